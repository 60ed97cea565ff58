/**
 * The people of an article as a small explicit model: every mention of a person outside the quotes
 * (full name, short name, "Ms. Okafor") resolves to one entity, named by its full name, which
 * collects what the text says about the person wherever it says it:
 *   - gender (coreference.ts: Mr./Ms., "her" after the name, "spokeswoman");
 *   - age ("Ana Lopez, 71," or "71-year-old Ana Lopez"), for "the 71-year-old";
 *   - roles with where they were learned (roles.ts), so a role applies to later quotes;
 *   - offices ("Sen." -> senator, "the city's treasurer" -> treasurer), for "the senator";
 *   - whether the text calls it an outlet ("Xinhua, the official news agency"), never a speaker.
 * Each mention records whether it is the subject of its sentence (it opens the sentence, perhaps
 * after an opening phrase or a role) or the listener of "told X": salience.ts reads the subjects.
 */

import { councilSeatOf } from './council-seat';
import { isCleftLead } from './lang/cleft';
import { joinsTwoNames, personObjectBefore } from './clause-links';
import { mentionClosingRun } from './run-mention';
import { isTurkicInnerSubject } from './turkic-subject';
import { isGermanInvertedSubject } from './lang/german-inverted';
import { blankEntity, type Entity, type EntityBook, type Mention } from './entity-types';
import { cleanName, NAME_RUN, TITLES } from './names';
import { namesOrganisation } from './organisation-head';
import { boundName } from './name-bounds';
import { roleWithComplement } from './lang/complement-role';
import { afterPortfolioList, ONE_NAME_GIVEN, seatOfficeBefore, withoutNicknames, type PersonMention } from './person-mentions';
import { officeOfBody, withoutBodyAcronyms } from './body-tail';
import { familyBearers, latestBearer, namedAlready, resolveName } from './name-resolution';
import { fitsAddress } from './namesakes';
import { leadWithoutRoleBracket } from './role-bracket';
import { appositives } from './appositive-groups';
import { introducedAlone } from './sole-introduction';
import { describesOutlet } from './outlets';
import { apposedToOrganisation, namedAfterGroupNoun } from './body-names';
import { isForeignRoleNoun, withoutCyrillicPlace } from './lang/role-nouns';
import { ageOf, hasRoleNoun, isBackgroundRole, isHonorific, isHonourOnly, isLoneClauseNoun, isRoleWord, ING_QUALIFIER, roleBeforeName, roleFromAppositive, ROLE_NOUNS, withoutMainSubject } from './roles';
import { roleWrittenAfter } from './lang/eu-role-after-name';
import { lastAtOrBefore, sentenceStarts, withoutParagraphStamp } from './sentences';
import { descriptionGender, type Gender } from './coreference';
import { guarded } from '../patterns';
import { acronymOffice, qualifiesRole, repeatsTitle, statesPost } from './stated-post';
import { apposedRole } from './apposed-before';
import { introducedAsPassiveAgent, opensAfterParticipleClause, saysAfterComplement, speaksInRelativeClause } from './saying-relative';
import { occupationOverAddress } from './lang/south-slavic-address';
import { roleByGroupForm } from './lang/bare-occupation';

export type { Entity, EntityBook, Mention } from './entity-types';

const ABBREVIATED_OFFICES: Record<string, string> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', pres: 'president', lt: 'lieutenant',
  col: 'colonel', capt: 'captain', adm: 'admiral', dr: 'doctor', prof: 'professor', supt: 'superintendent', cllr: 'councillor', ald: 'alderman', del: 'delegate',
};
const FEMALE_ROLE = /(?:wom[ae]n|ess)$|^(?:mother|wife|daughter|sister|grandmother|widow|chairwoman)$/;
const MALE_ROLE = /(?:^|[^o])m[ae]n$|^(?:father|husband|son|brother|grandfather|widower)$/;
/** After a name, a place or body ("from Newcastle West", "of the Institute of Food Policy"), up to three appositives ("X, 34, of Duluth, Minn., was"), one set off by dashes (after a short one set off by a comma too: `X, D-Essex — no relation to the mayor — called`), or a party tag, then a lower-case word that is not a preposition: most often its verb. */
const PREDICATE = /^(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:from|of|in)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}’'-]*){0,4}(?=\s+\p{Ll}))?(?:(?:,\s[^,"“”]{1,130}){1,3},|,(?=\s+\p{Ll})|(?:,\s[^,"“”—–\n]{1,60}){0,2}\s[—–]\s[^—–"“”\n]{1,130}?\s[—–])?\s*(?:\(\p{Lu}[^)]*\)\s*)?(?!(?:of|and|or|in|on|at|to|for|the|a|an|with|from|by|who|whose|which)\b)\p{Ll}/u;

/** After a name, up to three appositives (none opening with "and") and a verb of saying: "…, the party chairwoman, said". */
const SPEAKS_NEXT = /^(?:,\s(?!and\s)[^,"“”\n]{1,100}){0,3},?\s+(?:said|says|told|added|explained|wrote|argued|insisted)\b/u;

/** A first-person writer's interview opening the sentence: "I spoke with X", "We asked X", "I caught up with X". */
const WRITER_INTERVIEWS = /^\s*(?:I|We)\s+(?:(?:spoke|talked|chatted|sat\s+down|caught\s+up)\s+(?:with|to)|interviewed|asked|met|called|reached)\s+$/u;
/** After a possessive, the owner's family: "’s two youngest children", "'s husband", "’s family". */
const FAMILY_OWNED = /^(?:[’']s?)?\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:children|kids|sons?|daughters?|husband|wife|partner|baby|babies|family|parents|grandchildren|twins)\b/u;
/** A sentence opening with an adverb and an inverted verb, the subject to follow: "Then came ", "Next up was ", "Up stepped ". */
const INVERTED_SUBJECT = /^\s*(?:Then|Next|Now|Last|Finally|First|Up|Enter|Cue)(?:\s+up)?\s+(?:came|comes|rose|rises|stood|stands|stepped|steps|spoke|speaks|was|is)\s+$/u;

/** A French or Portuguese compound past after the name, perhaps past an age: `Léa Nguyen a pris`, `Ana Lima, 27 anos, tem feito`. */
const FOREIGN_PREDICATE = guarded('quotes/entities: foreign predicate', /^(?:,\s\d{1,3}\s\p{Ll}+,)?\s+(?:a|ont|avait|est|tem|foi)\s/u, ['a', 'ont', 'avait', 'est', 'tem', 'foi'], 'u', {
  prefix: '^(?:,\\s\\d{1,3}\\s\\p{Ll}+,)?\\s+',
  // (`a pour sa part évoqué`, `a également dénoncé`: an adverb between the auxiliary and its participle.)
  suffix: '(?:\\s+(?:pour\\s+sa\\s+part|de\\s+son\\s+côté|quant\\s+à\\s+(?:lui|elle)|également|aussi|ensuite|encore|enfin|alors|também|ainda))?\\s+\\p{Ll}+(?:é|ée|i|is|it|u|ue|ert|te|ado|ada|ido|ida)(?![\\p{L}])',
});
/** `Per l’enologa Silvia Rocca il rischio…`, `Para el catedrático X la situación…`: the person whose view the sentence gives. */
const TOPIC_OPENING = guarded('quotes/entities: topic opening', /^(?:Per|Para|Pour|Für|Secondo|Según|Segundo|Selon)\s/u, ['Per', 'Para', 'Pour', 'Für', 'Secondo', 'Según', 'Segundo', 'Selon'], 'u', {
  prefix: '^',
  suffix: "\\s+(?:[\\p{Ll}’'-]+\\s+){0,6}$",
});
/** `c’è Amir Haddad`, `hay un vecino, X`, `il y a X`, `es gibt X`: a person introduced by existence is salient. */
const EXISTENTIAL = guarded('quotes/entities: existential', /(?:c[’']è|ci sono|hay|il y a|es gibt|há|estava|estaba|era)\s/u, ["c[’']è", 'ci sono', 'hay', 'il y a', 'es gibt', 'há', 'estava', 'estaba', 'era'], 'u', {
  suffix: '\\s+(?:(?:o|a|el|la|il|lo|le|un|una|um|uma)\\s+)?(?:\\p{Ll}+\\s+){0,2}$',
});

/**
 * Whether a mention opens its sentence: nothing before it but opening phrases closed by a comma
 * ("In Ohio, …"), a conjunction, and capitalised or role words ("Republican presidential candidate").
 */
function opensSentence(lead: string, titled = false): boolean {
  // "Chair of the county, Cllr X, said": a role with its "of" and no article, then the name set beside it (a title
  // opening the name says the word before "of" is an office, though no list holds it).
  const roleOf = /^(\p{Lu}\p{Ll}+)(?:\s+\p{Ll}+)?\s+(?:of|for)\s+[^,"“”]{2,60},\s*$/u.exec(lead.trimStart());
  if (roleOf && (isRoleWord(roleOf[1]!) || titled)) return true;
  // ("The Department of Wildlife and National Parks (DWNP) regional wildlife officer for Ngamiland, Mr X, confirmed": a long body before the office.)
  if (/^[^,"“”;:]{81,160},\s*$/u.test(lead.trimStart()) && lead.trim().slice(0, -1).split(/\s+/u).slice(-5).some((word) => ROLE_NOUNS.has(word.toLowerCase()))) return true;
  if (personObjectBefore(lead)) return false;
  let rest = withoutParagraphStamp(lead.trimStart()).replace(/^\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*\s*[:—–]\s*/u, '');
  if (rest.includes('«')) rest = rest.replace(/«(\p{Lu}[\p{L}\d’'-]*(?:\s\p{Lu}[\p{L}\d’'-]*){0,2})»(?=\s+\p{Lu})/gu, '$1'); // (`Тренер «Сокола» X`: a club's name in guillemets, as written bare; none without a «.)
  // ("At a rally in Charleston, W.Va., on Thursday night, Trump …": a place and its state make two of three phrases.)
  for (let i = 0; i < 3; i++) rest = rest.replace(/^[^,"“”]{0,80},\s*/, '');
  rest = rest.replace(/^(?:but|and|so|yet|then|still)\s+/i, '');
  // ("co-founder and chief executive Viktor Lindqvar": "and" joining two role words is part of the role; `Clerk and Recorder X`: the second opens the run.)
  const words = rest.split(/\s+/).filter(Boolean).filter((word, i, all) => !(/^(?:and|&)$/.test(word) && i > 0 && isRoleWord(all[i - 1]!) && (i === all.length - 1 || isRoleWord(all[i + 1]!))));
  // "The district GOP chairman Chuck Williams declined", "the former secretary of state Ana Lopez said": an article before the role.
  if (words.length >= 2 && /^(?:the|a|an)$/i.test(words[0]!) && words.slice(1).some((word) => ROLE_NOUNS.has(word.toLowerCase()))) words.shift();
  // "At the mas camp, wirebender Kwame X was": a lone lower-case noun opening the clause is what the person is.
  // ("That van driver, pal Stan X, 68, said": tabloid copy's short word for a friend set beside the noun phrase.)
  if (words.length === 1 && lead.trimEnd() !== rest.trimEnd() && (isLoneClauseNoun(words[0]!) || /^(?:pal|mate|hubby|partner|friend|neighbour|neighbor)$/u.test(words[0]!))) return true;
  // "Hedgehog rescuer Maureen X, who …, welcomed it", "INDORE: Left-arm spinner X", "…, 19-year-old student X,": a qualifier and a noun for a person.
  if (words.length === 2 && /^(?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)*|\d{1,3}-year-old)$/u.test(words[0]!) && isLoneClauseNoun(words[1]!)) return true;
  // "Mother of four Salote X said", "Father-of-two Tom Reyes": a family word opening the sentence describes the name after it.
  // ("State tourism, culture and heritage committee chairman Datuk X": lower-case portfolios listed before the role noun and titles.)
  const listed = /^(?:[\p{Ll}-]+\s+){1,3}(?:and|&)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)((?:\s+\p{Lu}[\p{L}.]*){0,2})\s*$/u.exec(rest);
  if (listed && ROLE_NOUNS.has(listed[1]!) && listed[2]!.split(/\s+/u).filter(Boolean).every((word) => TITLES.has(word.replace(/\.$/u, '').toLowerCase()))) return true;
  // "Medical officer of health Dr X told …", "Chief of staff Ana X", "Chairman of the board X": a role noun and its "of" complement.
  // (At most five words match, and `words` holds no more than `rest`: the count is tested first.)
  const ofRole = words.length <= 5 ? /^(?:\p{L}[\p{L}-]*\s+)?(\p{L}[\p{L}-]*)\s+of\s+(?:the\s+)?\p{Ll}[\p{Ll}-]*\s*$/u.exec(rest) : null;
  if (ofRole && ROLE_NOUNS.has(ofRole[1]!.toLowerCase())) return true;
  // ("Huntly mother Aroha X", "Leeds dad Tom X": a place may come first.)
  if (/^(?:Mother|Father|Grandmother|Grandfather|Mum|Mom|Dad|\p{Lu}[\p{L}’'-]+\s+(?:mother|father|grandmother|grandfather|mum|mom|dad))(?:[\s-]+of[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))?\s*$/u.test(rest)) return true;
  // (`Το βράδυ, ο Γιάννης κλείνει …`, `A la tarda, en Pere …`, `The pastor, the Rev. X, …`: after an opening phrase, an article before a name.)
  if (words.length === 1 && (/^(?:ο|η|en|na)$/u.test(words[0]!) || (titled && words[0] === 'the')) && lead.trimEnd() !== rest.trimEnd()) return true;
  // `Il geologo Franco Dallago`, `Старшая акушерка Галина Фомина`: an article or capitalised adjective and a lower-case role noun.
  // (`In classe, intanto, la maestra X cerca …`: after an opening adjunct and its comma the article is in lower case.)
  if (/,\s+(?:il|la|el|lo|los|las)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*$/u.test(lead) && /^(?:il|la|el|lo|los|las)\s/u.test(rest)) return true;
  if (/^(?:(?:Il|La|Le|El|Lo|Los|Las|O|Os|As|L[’'])\s*|\p{Script=Cyrillic}+\s+)\p{Ll}+(?:\s+\p{Ll}+)?\s*$/u.test(rest) && !/^\p{Script=Latin}+\s+\p{Script=Cyrillic}/u.test(rest)) return true;
  // (`Заступник директора з безпеки філармонії X`: a Cyrillic office noun and the genitive complements after it, a place's or
  // body's capitalised: `Студентка Київської національної музичної академії X`.)
  if (/^[\u0400-\u052f\u1c80-\u1c8f\u1d2b\u1d78\u2de0-\u2dff\ua640-\ua69f\ufe2e\ufe2f\ud800-\udbff]/.test(rest) && /^\p{Script=Cyrillic}+(?:\s+\p{Ll}+){3,5}\s*$|^\p{Script=Cyrillic}+(?:\s+\p{Script=Cyrillic}+){2,5}\s*$/u.test(rest) && isForeignRoleNoun(words[0]!)) return true;
  // ("Rural Drinking Water and Sanitation Department executive engineer S. R. Kulkarni": a long office ending in its noun.)
  // ("emergency medicine consultant Dr Fergal Hickey": up to two lower-case nouns may qualify the role noun.)
  // ("Water board senior forecaster Mark X said": a noun for a person by its ending may close the role as well.)
  const roleEnd = words.findLastIndex((word, i) => ROLE_NOUNS.has(word.toLowerCase()) || (i === words.length - 1 && isLoneClauseNoun(word)));
  // ("Department of Water senior forecaster X": "of" or "and" between two capitalised words belongs to the body's name.)
  const inBodyName = (word: string, i: number) => /^(?:of|and|for)$/.test(word) && i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && /^\p{Lu}/u.test(words[i + 1] ?? '');
  const qualified = roleEnd >= 0 && roleEnd >= words.length - 3 && words.length <= 7 && words.every((word, i) => i >= roleEnd || (roleEnd - i <= 2 && /^\p{Ll}+$/u.test(word) && (!/(?:ed|ing)$|^(?:the|a|an|his|her|their|its|our|my|and|or|to|of|with|by|at|in|on|met|saw|told|asked|called|hired)$/.test(word) || ING_QUALIFIER.test(word))) || isRoleWord(word) || inBodyName(word, i) || (/^\p{Lu}/u.test(word) && !/^(?:He|She|They|It|We|I|You|The|A|An|This|That)$/.test(word))) && words.slice(roleEnd + 1).every((word) => isRoleWord(word) || /^\p{Lu}/u.test(word));
  if (qualified) return true;
  const longOffice = words.length > 4 && words.length <= 10 && ROLE_NOUNS.has(words.at(-1)!.toLowerCase()) && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:and|of|for)$/.test(word) || isRoleWord(word));
  if (words.length > 4 && !longOffice) return false;
  // `Депутат областной думы Светлана Рогова`: lower-case words may complement a role noun before them; `A aposentada Maria Lins`: an article before a foreign one.
  const roleAt = words.findIndex((word) => isRoleWord(word));
  const foreignRole = roleAt >= 0 && isForeignRoleNoun(words[roleAt]!);
  return words.every((word, i) => /^(?:and|of|for)$/.test(word) && longOffice || isRoleWord(word) || (foreignRole && i === roleAt - 1 && /^(?:A|O|La|Le|El|Il|Lo)$/.test(word)) || (roleAt >= 0 && i > roleAt && /^\p{Ll}/u.test(word) && (foreignRole || !/^\p{Script=Latin}/u.test(word))) || (/^\p{Lu}/u.test(word) && !/^(?:The|A|An|That|This|If|When|While|As)$/.test(word)));
}

function office(word: string): string {
  const plain = word.toLowerCase().replace(/\.$/, '');
  return ABBREVIATED_OFFICES[plain] ?? plain;
}

export function buildEntities(
  text: string,
  people: PersonMention[],
  genders: Map<string, Gender>,
  skip: (at: number) => boolean,
): EntityBook {
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const starts = sentenceStarts(text);
  // A name recurs in many runs: each form is resolved once (the genders do not change while the book is built; resolveName
  // reads them only for a mention opening with `Mr`, `Ms`…, so any other is resolved once for both).
  const resolvedForms = new Map<string, string>();
  const resolve = (name: string, byGender: boolean): string => {
    const key = `${byGender && name.startsWith('M') ? 'g' : '-'}${name}`;
    let found = resolvedForms.get(key);
    if (found === undefined) resolvedForms.set(key, (found = resolveName(name, people, byGender ? genders : undefined)));
    return found;
  };
  const known = new Set(people.map((person) => resolve(person.name, false)));
  const entity = (name: string): Entity => {
    let found = entities.get(name);
    if (!found) entities.set(name, (found = blankEntity(name, genders.get(name) ?? null)));
    return found;
  };

  let previousOpens = false;
  let previousEnd = 0;
  const runs = new RegExp(NAME_RUN, 'gu');
  // `Bandleader Anthony “Tony B” Boodoosingh`: read runs with quoted nicknames and bodies' acronyms blanked (same offsets), as person mentions are found.
  const source = withoutBodyAcronyms(withoutNicknames(text));
  for (let match = runs.exec(source); match; match = runs.exec(source)) {
    if (skip(match.index)) continue;
    const run = match[0];
    let cleaned = withoutCyrillicPlace(boundName(cleanName(run), run, text, match.index), text.slice(Math.max(0, match.index - 24), match.index), run);
    if (!cleaned) continue;
    // "Member for Cootamundra-Murray Angus Teale": the seat opens the run; the office and seat are the role (names.ts).
    const seatOffice = cleaned.split(' ').length > 2 && run.startsWith(cleaned.split(' ')[0]!) ? seatOfficeBefore(text, match.index) : null;
    if (seatOffice) cleaned = cleaned.slice(cleaned.indexOf(' ') + 1);
    else cleaned = afterPortfolioList(text, match.index, cleaned);
    // ("But Mrs. Clinton, who …": the form of address tells which Clinton, after a capitalised sentence opener too.)
    const addressed = /(?:^|\s)((?:Mr|Mrs|Ms|Miss)\.?\s[^]*)$/.exec(run)?.[1];
    const resolved = resolve(addressed ?? mentionClosingRun(people, match.index, run, (name) => !!resolve(name, false) && known.has(resolve(name, true)), cleaned), true);
    const bearers = cleaned.includes(' ') ? undefined : familyBearers(cleaned, people);
    if (!known.has(resolved) && !bearers) continue;
    const runEnd = match.index + run.length;
    const after = text.slice(runEnd, runEnd + 200);
    const groups = /^,\s/.test(after) ? withoutMainSubject(appositives(after), after, text.slice(starts[lastAtOrBefore(starts, match.index)] ?? 0, match.index)) : [];
    // "Vance, the former president,": of several Vances, the one already known to hold that office.
    // (`Martín compra agua …` before `Rosa Martín` is named: someone named already, name-resolution.ts.)
    const name = officeHolder(bearers, groups, entities) ?? (addressed ? undefined : latestBearer(bearers, mentions, match.index, text, people, fitsAddress(text, match.index + Math.max(0, run.indexOf(cleaned)), entities, genders))) ?? namedAlready(resolved, cleaned, people, match.index);
    if (!known.has(name)) continue;
    // (`presidente di Confallevatori Piemonte`, `director of Harbour Freight`, `driftschef i Vestby Vand`, Swedish `vd för Norrlands Trä`: an office's complement or workplace is its body, no person.)
    // (`an official of the Coastal Licensing and Permits Authority`: English `of the` before the body likewise.)
    const complementOf = /(?:^|\s)(\p{Ll}+)\s+(?:di|de|d['’]|of(?:\s+the)?|von|van|do|da|i|ved|hos|på|vid|för)\s*$/u.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1];
    if (complementOf && run.startsWith(name) && (ROLE_NOUNS.has(complementOf) || isForeignRoleNoun(complementOf)) && name.includes(' ')) continue;
    const firstTime = !entities.has(name);
    const person = entity(name);
    // (A blanked nickname splits the run: "Anthony          Boodoosingh" holds the name from its first word.)
    const nameStart = Math.max(0, run.includes(cleaned) ? run.indexOf(cleaned) : run.indexOf(cleaned.split(' ')[0]!));
    const nameAt = match.index + nameStart;
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    if (namedAfterGroupNoun(before) || apposedToOrganisation(before, after)) person.body = true;
    // (`secretario de Obras Públicas Raúl Medina`: a run opening with a role's complement, lang/complement-role.ts.)
    const role = officeOfBody(run.slice(0, Math.max(0, run.lastIndexOf(name))), before) ?? (seatOffice ? `${seatOffice} ${run.slice(0, nameStart).trim()}` : (roleWithComplement(before, run.slice(0, nameStart)) ?? roleBeforeName(run.slice(0, nameStart), before)));
    // A rank or form of respect ("Rev.", "Capt.") says less than a role spelled out before or after the name: learned first, it yields.
    const honorific = !!role && isHonorific(role);
    if (role && honorific) learn(person, nameAt, role);
    // A role spelled out after the name outranks a title before it ("Councilor X, chairman of the transport committee,"),
    // unless only its ending says it is a role ("Judge X, an animal science instructor at …"): the title then stays.
    // (`X, the sponsor's cousin and the warden of the reservoir,`: two roles joined by "and the" are both hers.)
    const spelled = groups.flatMap((group) => [group, ...(/\sand\sthe\s/u.test(group) ? group.split(/\s+and\s+(?=the\s)/u) : [])]).map((group) => roleFromAppositive(group)).filter((appositive): appositive is string => !!appositive);
    // (`Cllr X, the council's convener for transport,`: a post the text states outranks the title, stated-post.ts.)
    const posts = groups.filter(statesPost).map((group) => roleFromAppositive(group)).filter((post): post is string => !!post);
    for (const appositive of spelled) if (!hasRoleNoun(appositive) && !posts.includes(appositive)) learn(person, nameAt, appositive);
    // ("Assistant Minister Ratu Semi Nakauta" … "Ratu Semi said": the honour alone keeps the office learned before.)
    if (role && !honorific && !(person.roles.length > 0 && isHonourOnly(role))) learn(person, nameAt, role);
    // (`Barba X Y, umirovljeni ribar, …`: an occupation after the name, learned later, outranks a Dalmatian form of address.)
    const occupation = occupationOverAddress(role, groups, isForeignRoleNoun);
    if (occupation) learn(person, nameAt, occupation);
    // (`The Iyaloja of Oja Tuntun, Chief (Mrs) X,`: a form of address in brackets splits the run; the title before it is the name's.)
    const lead120 = text.slice(Math.max(0, match.index - 120), match.index);
    const bracketedTitle = /(?<=,\s+)(?:\p{Lu}[\p{L}.]*\s+)+\((?:Mrs|Mr|Ms|Miss|Dr)\.?\)\s*$/u.exec(lead120)?.[0] ?? '';
    // (`The moderator, KXLY anchor X,`: the group before a role written with the name is a second role.)
    const leadWithoutRole = role && !run.slice(0, nameStart).trim() && /,\s*$/u.test(lead120.trimEnd().slice(0, -role.length)) && lead120.trimEnd().endsWith(role) ? lead120.trimEnd().slice(0, -role.length) : null;
    const apposed = apposedRole(lead120.slice(0, lead120.length - bracketedTitle.length), bracketedTitle + run.slice(0, nameStart)) ?? (leadWithoutRole ? apposedRole(leadWithoutRole, '') : null);
    if (apposed) learn(person, nameAt, apposed);
    // ("Lee's cousin, Rosa Lima, is the superintendent of …": a role stated after "is the", copular-role.ts.)
    const statedRole = roleWrittenAfter(after, text.slice(starts[lastAtOrBefore(starts, match.index)] ?? 0, match.index));
    if (statedRole) learn(person, nameAt, statedRole);
    for (const group of groups) {
      const age = ageOf(group);
      if (age !== null) person.age = age;
      person.descriptions.add(withoutArticle(group));
      person.gender ??= descriptionGender(group);
      if (describesOutlet(group)) person.outlet = true;
      if (namesOrganisation(group)) person.body = true; // (`X, the president of the union,` is a person, organisation-head.ts)
    }
    // (`City councillor X, a long-standing critic of the budget,`: a stance towards something says what X thinks; the office before stays the role.)
    for (const appositive of spelled) if ((hasRoleNoun(appositive) || posts.includes(appositive)) && !(role && !honorific && STANCE.test(appositive))) learn(person, nameAt, appositive);
    // (`X, pescar de 61 de ani,`: the noun a Romanian age closes is the person's role, lang/ro-aged-role.ts.)
    for (const aged of spelled.length ? [] : groups.map(roleByGroupForm)) if (aged) learn(person, nameAt, aged);
    const ageBefore = /(\d{1,3})-year-old\s+$/.exec(before);
    if (ageBefore) person.age = ageOf(ageBefore[0]);
    // (`Никита Белов (23)`, `Anna Berg (41)`: an age in brackets right after the name.)
    const bracketed = /^\s?[(（](\d{1,3})[)）]/u.exec(after);
    if (bracketed) person.age = ageOf(bracketed[1]!);
    const sentenceStart = starts[lastAtOrBefore(starts, match.index)] ?? 0;
    const lead = leadWithoutRoleBracket(text.slice(sentenceStart, match.index)); // (`Chief engineer (roads) X said`, role-bracket.ts.)
    // "Trump's campaign said": the campaign is the subject, not Trump (the run keeps the "'s").
    const possessive = /[’']s?$/.test(run) || /^[’'](?![\p{L}])/u.test(text.slice(runEnd, runEnd + 2));
    const listener = /\b(?:told|tells|telling|asked|asks|to|with)\s+$/.test(before);
    // "Minister of Tourism, Culture and the Arts Nadia X said": an office naming a list of portfolios opens the sentence.
    const listedOffice = LISTED_OFFICE.exec(lead + run.slice(0, nameStart));
    if (listedOffice && listedOffice[1]!.split(/\s+/).some((word) => ROLE_NOUNS.has(word.toLowerCase()))) learn(person, nameAt, listedOffice[0].slice(listedOffice[0].indexOf(listedOffice[1]!)).trim());
    const opens = !possessive && !listener && (opensSentence(lead, TITLES.has(run.split(/\s+/u)[0]!.replace(/\.$/u, '').toLowerCase())) || !!listedOffice);
    // `Die Leiterin der Schule, Sabine Kröger, verweist`: after a role and a comma, the comma after the name closes it.
    const closesApposition = /,\s*$/.test(lead) && /^,\s*\p{Ll}/u.test(text.slice(runEnd, runEnd + 4));
    // Other languages: `Léa Nguyen a pris`, `Per l’enologa Silvia Rocca il rischio…`, `c’è Amir Haddad, arrivato…`.
    const foreignSubject = FOREIGN_PREDICATE.test(text.slice(runEnd, runEnd + 40)) || (TOPIC_OPENING.test(lead) && /^\s+\p{Ll}/u.test(text.slice(runEnd, runEnd + 3))) || EXISTENTIAL.test(lead);
    // "I spoke with Ramaswami by video call": the person the writer interviews is whom the next "she" is about.
    const interviewed = WRITER_INTERVIEWS.test(lead);
    // "a shopkeeper who gave his name only as Dwayne said", "… was a porter who gave her name only as Efua.": the one name given is the clause's subject.
    const givenOneName = ONE_NAME_GIVEN.test(before) && (PREDICATE.test(text.slice(runEnd, runEnd + 170)) || /^\s*[.;]/u.test(text.slice(runEnd, runEnd + 3)));
    // "Then came Fiona Rudd", "Next up was X": the subject after an inverted verb of arriving or speaking.
    const inverted = INVERTED_SUBJECT.test(lead) || isCleftLead(lead) || isGermanInvertedSubject(lead, text.slice(runEnd, runEnd + 170));
    // "Huntly mother Aroha Whitiora's two youngest children have caught it": a sentence about someone's family is about them.
    const familyOwner = possessive && !listener && opensSentence(lead) && FAMILY_OWNED.test(text.slice(runEnd, runEnd + 40));
    // "After the vote ended in mayhem when …, Ana Reyes, the party chairwoman, said": after a long opening clause, one who speaks is its subject.
    const speaksAfterOpening = !possessive && !listener && /,\s*$/.test(lead) && !personObjectBefore(lead) && (SPEAKS_NEXT.test(text.slice(runEnd, runEnd + 170)) || opensAfterParticipleClause(lead, after)); // (`Asked …, X laughed`, saying-relative.ts)
    // ("… thanked Emergency Manager Kelsey Dunn, who said …": the one a relative clause reports, saying-relative.ts.)
    // (`According to Dr X, head of …, admissions have doubled. "…," she said`: the source a sentence opens with is reported.)
    const reported = !possessive && (speaksInRelativeClause(after) || (firstTime && introducedAsPassiveAgent(lead, after)) || /^\s*According\s+to\s+$/u.test(lead) || /,\s+according\s+to\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(lead) || (/,\s+(?:said|says)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(lead) && /^\s*[,.]/u.test(after))); // (`Y will keep its staff, said X, a spokeswoman`: the one reporting it; not `…, said X had been strict`)
    // ("For sheep farmer Rory X, whose family …, the change means …", `Pour la conseillère X, la commune a …`: whom the story turns to.)
    // ("For former South Crofty miner Jack X, 74, …": a place's name may sit inside the role, its last word lower-case.)
    // (`Quant à Mme X, elle …`, `As for X, she …`: the topic set before the clause is whom its pronoun is about.)
    const fronted = /^\s*,/u.test(text.slice(runEnd, runEnd + 2)) && /^(?:For|Pour|Para|Per|Für|Voor|För|As\s+for|Quant\s+à|En\s+cuanto\s+a|Quanto\s+(?:a|ao|à))\s+(?:(?:\p{L}[\p{L}’'-]*\s+){0,4}\p{Ll}[\p{L}’'-]*\s+)?$/u.test(lead.trimStart());
    // (`… mağazası olan X Y isə …`, `… тұратын X Y … айтады`: Turkic subjects come after long modifiers, turkic-subject.ts.)
    const turkicTopic = !possessive && isTurkicInnerSubject(run, lead, text.slice(runEnd, runEnd + 40));
    const mention: Mention = { name, at: nameAt, subject: (opens && (PREDICATE.test(text.slice(runEnd, runEnd + 170)) || closesApposition || saysAfterComplement(after))) || foreignSubject || turkicTopic || interviewed || givenOneName || inverted || familyOwner || speaksAfterOpening || reported || fronted || introducedAlone(text, people, nameAt, runEnd, firstTime, sentenceStart, starts[lastAtOrBefore(starts, match.index) + 1] ?? text.length) };
    // (`Hearts head coach Aboubakar Ouattara`: a team or person qualifying the role before a name, stated-post.ts.)
    if (qualifiesRole(after)) mention.qualifier = true;
    const previous = mentions.at(-1);
    // "Tom Reyes and Nia Okafor toured": both are subjects, and together a "they".
    // ("Tom Reyes and his wife, Ana Lopez, toured": a relative noun may stand between them.)
    if (previous && previousOpens && joinsTwoNames(text.slice(previousEnd, match.index)) && PREDICATE.test(text.slice(runEnd, runEnd + 170))) {
      previous.subject = true;
      mention.subject = true;
      mention.group = `${previous.name} and ${name}`;
    }
    previousOpens = opens;
    previousEnd = runEnd;
    mentions.push(mention);
  }
  // (`ông Phạm Quốc Hưng`, `bà Lý Thị Mai`: the Vietnamese forms of address give a man and a woman.)
  for (const mention of mentions) {
    const person = entities.get(mention.name);
    const address = person && !person.gender ? /(?:^|[\s(])(ông|bà|chị)\s+$/iu.exec(text.slice(Math.max(0, mention.at - 5), mention.at))?.[1]?.toLowerCase() : undefined;
    if (address) person!.gender = address === 'ông' ? 'male' : 'female';
  }
  for (const person of entities.values()) {
    if (person.gender) continue;
    // Offices that carry a gender: "spokeswoman", "chairman" (written out: `Ald.` stands for an alderwoman too).
    for (const word of person.offices) {
      if (!person.roles.some((entry) => entry.role.toLowerCase().includes(word))) continue;
      if (FEMALE_ROLE.test(word)) person.gender = 'female';
      else if (MALE_ROLE.test(word)) person.gender = 'male';
    }
  }
  return { entities, mentions, genders };
}

/** An office naming a list of portfolios before a name: "Minister of Tourism, Culture and the Arts ". */
// ("Meanwhile, Joint Secretary at the Ministry of Culture, Tourism and Civil Aviation X": a sentence adverb may open it, the office be at a ministry.)
const LISTED_OFFICE = /^\s*(?:(?:Meanwhile|However|Separately|Also|But|And),\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+(?:(?:at|in)\s+the\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:Ministry|Department|Office)\s+)?(?:of|for)\s+\p{Lu}[\p{L}-]*(?:(?:,\s+|\s+and\s+(?:the\s+)?|\s+&\s+)\p{Lu}[\p{L}-]*)+(?:\s+\p{Lu}[\p{L}-]*)?\s+$/u;

function officeHolder(bearers: string[] | undefined, appositives: string[], entities: Map<string, Entity>): string | undefined {
  if (!bearers) return undefined;
  for (const group of appositives) {
    const role = roleFromAppositive(group);
    const office = role ? officeOf(role) : '';
    const holder = office ? bearers.find((bearer) => entities.get(bearer)?.offices.has(office)) : undefined;
    if (holder) return holder;
  }
  return undefined;
}

/** The office a role names, as offices are kept: "the former president" -> "president", "Sen." -> "senator". */
export function officeOf(role: string): string {
  return office(role.toLowerCase().split(/\s+(?:of|for|at|from|in|to)\s+/)[0]!.split(/\s+/).at(-1) ?? '');
}

function learn(person: Entity, at: number, role: string): void {
  // ("Mayor Cr Lachlan Petrie" … "Cr Petrie said": the title alone, as the fuller role ends, keeps the fuller role.)
  const last = person.roles.at(-1)?.role;
  // (`Cr Whitmore said` after `the council's mayor, Cr Sally Whitmore,`: the title written with the name again, stated-post.ts.)
  if (last !== role && !last?.endsWith(` ${role}`) && !(last && abbreviates(role, last)) && !repeatsTitle(person.roles, role) && !(last && councilSeatOf(role, last))) person.roles.push({ at, role });
  for (const word of role.toLowerCase().split(/\s+(?:for|to)\s/)[0]!.split(/[\s-]+/)) { // (not the governor a "spokesman for the governor" serves)
    const spelled = office(word);
    if (ROLE_NOUNS.has(spelled) || ABBREVIATED_OFFICES[word.replace(/\.$/, '')]) person.offices.add(spelled);
  }
  // (`health MEC X` … `the MEC said`: an office in capitals heading the role, stated-post.ts.)
  const acronym = acronymOffice(role);
  if (acronym) person.offices.add(acronym);
}

/**
 * Whether a one-word title shortens a role learned before ("DS" for "Detective Sergeant", "Cllr" for "Ceredigion
 * councillor for the ward"): capitals are the initials of its capitalised words, a mixed-case word the letters of one word in order.
 */
function abbreviates(title: string, role: string): boolean {
  const short = title.replace(/\.$/, '');
  if (!/^\p{Lu}[\p{L}]{0,4}$/u.test(short) || short.length < 2) return false;
  if (/^\p{Lu}+$/u.test(short)) return role.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('') === short;
  const letters = new RegExp(`^${[...short.toLowerCase()].join('\\p{L}*')}`, 'u');
  return role.toLowerCase().split(/\s+/).some((word) => letters.test(word));
}

export function withoutArticle(phrase: string): string {
  return phrase.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/[.,;:]+$/, '').toLowerCase();
}

/**
 * Teaches an entity a role its quote's cue gives ("Tom Reyes, the city's treasurer, said"), as the
 * cue gives it: English cues already give the normal form (roles.ts), and other languages keep their
 * article ("a governadora do estado": Portuguese "a" is "the", not the English "a" to drop).
 */
export function learnRole(book: EntityBook, name: string, at: number, role: string): void {
  // (A speaker no capitalised run named, in a script without capitals (`אבי לוי`), is entered here: the role carries on.)
  let person = book.entities.get(name);
  if (!person) book.entities.set(name, (person = blankEntity(name, book.genders.get(name) ?? null)));
  if (!(STANCE.test(role) && roleAt(book, name, at))) learn(person, at, role);
}

/** "a long-standing critic of the budget", "a vocal opponent of the plan": a view of something, no post; an office learned first stays. */
const STANCE = /^(?:[\p{Ll}-]+\s+){0,2}(?:critic|opponent|supporter|advocate|champion|backer|foe|sceptic|skeptic)s?\s+(?:of|for)\s/u;

/**
 * The latest role learned for `name` at or before `at`. A past job or a tenure ("a former public defender",
 * "an 18-year veteran of the unit") is background: it gives way to a present role learned before it.
 */
export function roleAt(book: EntityBook, name: string, at: number): string | null {
  const roles = book.entities.get(name)?.roles ?? [];
  let role: string | null = null;
  let present: string | null = null;
  for (const entry of roles) {
    if (entry.at > at) continue;
    role = entry.role;
    // (A form of respect a later cue gives, `Alhaji`, does not replace the office the story gave: honoured-office.ts.)
    if (!isBackgroundRole(entry.role) && !(present && isHonorific(entry.role))) present = entry.role;
  }
  return present ?? role;
}
