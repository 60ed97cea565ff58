/**
 * Every full-name mention in plain text, in text order, with the offices written beside it, a relative
 * noun before it, and quoted nicknames inside it. Cleaning a run down to the name is names.ts.
 */
import { isFinnishText, withoutFinnicCaseTail } from './lang/listener-allative';
import { boundName } from './name-bounds';
import { namesOrganisation } from './organisation-head';
import { isStationRun, personAfterOutlet } from './outlet-run';
import { sharedFamilyAfter } from './spouse';
import { isForeignRoleNoun, withoutCyrillicPlace } from './lang/role-nouns';
import { GERMAN_ROLE_NOUN } from './lang/de-roles';
import { attestedNominative, familyInNominative } from './lang/case-forms';
import { isNewLanguageRoleNoun, withoutPlaceAfterPreposition } from './lang/newlang-roles';
import { withoutSaintPlace } from './lang/saint-place';
import { isPaperName } from './outlets';
import { guessedGenitiveFamily, nominativeName, withoutGenitiveOnly } from './lang/nominative-name';
import { ROLE_NOUNS } from './roles';
import { RELATIVE_NOUNS, qualifiesRole } from './role-qualifier';
import { endsGroupName } from './group-name-before';
import { namesBodyBeforeNoun } from './body-noun-after';
import { isPluralPossessiveBody, withoutBodyAcronyms, withoutBodyTail, withoutLeadingUnit } from './body-tail';
import { GERMAN_DATIVE_BEFORE, PLACE_PREPOSITION_BEFORE, VIETNAMESE_UNIT_BEFORE } from './case-before-run';
import { CYRILLIC, mayHold, memoPerScripts } from './scripts-present';
import { LETTER_FOLDED, caseless } from '../patterns';
import { aboveStory } from './standfirst';
import { withoutCommonNounOpening } from './common-noun-opening';
import { isGreekBodyInGenitive } from './lang/greek-body';
import { fullNameOfArticledGiven } from './articled-given';
import { endsOnMonth } from './date-run';
import { agedAfter, agedOrRoleBefore, isBusinessOfFamily } from './lone-names';
import { withoutComplementOpening } from './complement-run';
import { AGE_ADJECTIVE, TURKISH_ADDRESS_AFTER, NAME_RUN, PORTFOLIOS, TITLES, bare, cleanName, isLeadingNoise, looksLikePerson } from './names';
import { namesPlaceOrTag } from './place-runs';
import { GROUP_NOUN_BEFORE, SHOP_NOUN_BEFORE, isToldRecipient, scandinavianNear, tailBeforeSpace, writesGroupNoun } from './run-before';
import { isCatalanText, joinedFamilyName } from './lang/catalan-joined-name';

export interface PersonMention {
  name: string;
  at: number;
  /** Offices and forms of address written with this mention, spelled out: "Sen. Maria Vance" -> ["senator"]. */
  titles: string[];
  /** Introduced as someone's relative, the relative noun: "father" in "her father, Tom Reyes". */
  relative?: string;
  /** A lone given name introduced by an age or a role noun (`de twaalfjarige Daan`): a person the text names no fuller. */
  alone?: boolean;
  /** Written in the genitive a word before asks for (`режиссёра Кирилла Зайцева`, lang/ru-uk.ts). */
  genitive?: boolean;
  /** Alone on its line: a writer's credit left above the story (credit-line.ts); or in a standfirst above the dateline (standfirst.ts). */
  credit?: boolean;
}

/** A relative noun owned by someone, right before a name: "her father, ", "Reyes's daughter ". */
const RELATIVE_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{L}[’']s?)\s+(?:(?:late|former|younger|older|eldest|oldest)\s+)?(father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|father-in-law|son-in-law|daughter-in-law|stepson|stepdaughter)\s*,?\s*$/u;

/** The lower-case word right before `at`, past spaces and one comma ("wife" in "his wife, Ana"); "" when none. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] === ',') end--;
  let start = end;
  while (start > 0 && /[a-z-]/.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/**
 * The words before a Cyrillic name ask for the genitive: a masculine role noun in it (`режиссёра`, `депутата`: the noun and -а/-я;
 * `директора предприятия X`, its complement between, `прокурора Озёрского района X` a place's adjective too), or a preposition (`у`, `от`, `По словам`).
 */
function genitiveBefore(before: string): boolean {
  const [, prior = '', word = ''] = /(?:(\p{Ll}+)\s+)?(?:\p{Lu}\p{Ll}+(?:ого|его|ой|ей|ої)\s+)?(\p{Ll}+)\s+$/u.exec(before) ?? [];
  const roleInGenitive = (noun: string) => /[^аеиоуяюєії][ая]$/u.test(noun) && isForeignRoleNoun(noun.slice(0, -1));
  return /^(?:у|від|для|без|от|до|біля|около|возле|після|после|словам|слов)$/u.test(word) || roleInGenitive(word) || (/(?:ия|ии|ы|и|а|я|ой|ей)$/u.test(word) && roleInGenitive(prior));
}

/** Where each family name was first written alone ("Trump said"), outside quotes, keyed by the mentions list. */
export const bareUses = new WeakMap<PersonMention[], Map<string, number>>();

const ABBREVIATED_TITLES: Record<string, string> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', pres: 'president', lt: 'lieutenant',
  col: 'colonel', capt: 'captain', adm: 'admiral', dr: 'doctor', prof: 'professor', mr: 'mr', mrs: 'mrs', ms: 'ms',
};

/** "Member for" a seat, before a run the seat opens (portfolios after "Minister for" are roles.ts's PORTFOLIOS). */
// (A councillor's ward likewise: "councillor for Sketty Bethan Rowlands".)
const SEAT_OFFICE_BEFORE = /(?:^|[^\p{L}])(Member\s+(?:for|of)|[Cc]ouncill?or\s+for)\s+$/u;

/** A sentence opening with a preposition of place, perhaps after "Back" or "Out": `Back on `, `Up at `, `On `. */
const OPENING_PLACE_PHRASE = /(?:^|[.!?]\s+|\n\s*)(?:(?:Back|Out|Up|Down|Over)\s+(?:on|at|in)|On|At|Up\s+at|Down\s+at)\s+$/u;

function onlyAfterPlacePrepositions(text: string, run: string): boolean {
  for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length)) {
    if (!/(?:^|\s)(?:[Oo]n|[Aa]t|[Ii]n|near|outside|across)\s+$/u.test(text.slice(Math.max(0, at - 10), at))) return false;
  }
  return true;
}

/** The office written right before a run that opens with its seat or portfolio ("Member for", `schepen voor`), or null. */
export function seatOfficeBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 32), at);
  // (`schepen voor Cultuur Hilde Van der Veken`, `wethouder voor Wonen X`: a Dutch office and "for", then its portfolio.)
  const dutch = /(?:^|\s)(\p{Ll}[\p{L}-]+\s+voor)\s+$/u.exec(before);
  if (dutch && isNewLanguageRoleNoun(dutch[1]!.split(/\s/u)[0]!)) return dutch[1]!;
  return SEAT_OFFICE_BEFORE.exec(before)?.[1] ?? null;
}

/** "of Culture, Tourism and ", "for Roads & ": the list of portfolios an office or ministry is of, up to its last item. */
const PORTFOLIO_LIST_BEFORE = /\s(?:of|for)\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)*\s+(?:and|&)\s+$/u;

/** After a list of portfolios, the words of a run past its last portfolio word, when two name words or more follow it: "Civil Aviation Dinesh Raj Pokharel" -> "Dinesh Raj Pokharel". */
export function afterPortfolioList(text: string, at: number, name: string): string {
  if (!PORTFOLIO_LIST_BEFORE.test(text.slice(Math.max(0, at - 80), at))) return name;
  const words = name.split(' ');
  const last = words.findLastIndex((word) => PORTFOLIOS.has(word.toLowerCase()));
  return last >= 0 && words.length - last > 2 ? words.slice(last + 1).join(' ') : name;
}

/** Whether a capitalised word stands after another capitalised word that is no title or role somewhere in the text: part of a fuller name. */
function namedInFull(text: string, word: string): boolean {
  for (const match of text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}’'.-]*)\\s+${word}(?![\\p{L}])`, 'gu'))) {
    if (!ROLE_NOUNS.has(bare(match[1]!)) && !TITLES.has(bare(match[1]!)) && !AGE_ADJECTIVE.test(match[1]!) && !isLeadingNoise(match[1]!)) return true;
  }
  // (`Hatice Teyze`: a Turkish form of address after the name is no family name.)
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${word}\\s+(\\p{Lu}\\p{Ll}+)`, 'gu'))].some((match) => !TURKISH_ADDRESS_AFTER.test(match[1]!));
}

/** Given names that are also months or modal verbs, followed by one family name. */
const GIVEN_NAME_WORD = /^(?:June|April|May|August|Will)\s+\p{Lu}[\p{L}’'-]+$/u;
function personNounBefore(before: string): boolean {
  const word = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(before)?.[1] ?? '';
  return ROLE_NOUNS.has(word) || /(?:[^e]er|or|ist|ian|ant|ent|man|woman)$/u.test(word);
}

/**
 * Every full-name mention (two words or more) in text order; `skip` marks offsets to ignore (inside quotes). Without `skip`
 * the answer is remembered per text while the article's scripts stay the same (the dash, dialogue and interview readers ask
 * again for the same paragraphs, once per line): each caller gets its own copy to change.
 */
export function findPersonMentions(text: string, skip?: (at: number) => boolean): PersonMention[] {
  if (skip) return readPersonMentions(text, skip);
  const kept = rememberedMentions(text);
  const copy = kept.map((mention) => ({ ...mention, titles: [...mention.titles] }));
  bareUses.set(copy, bareUses.get(kept)!);
  nicknamesOf.set(copy, nicknamesOf.get(kept)!);
  return copy;
}
const rememberedMentions = memoPerScripts((text: string) => readPersonMentions(text), 400);

function readPersonMentions(text: string, skip: (at: number) => boolean = () => false): PersonMention[] {
  const mentions: PersonMention[] = [];
  const bareSeen = new Map<string, number>();
  const runs = new RegExp(NAME_RUN, 'gu');
  const source = withoutBodyAcronyms(withoutNicknames(text)); // (and a body's acronym after its name, body-tail.ts)
  let finnish: boolean | undefined, groupNounInText: boolean | undefined, catalan: boolean | undefined; // (each read once, by the first run that asks)
  for (let match = runs.exec(source); match; match = runs.exec(source)) {
    if (skip(match.index)) continue;
    // `… contra o Avaí\nTencati sobre renovação`: a run never joins two lines (list items, headlines); read on from the next one.
    if (match[0].includes('\n')) {
      runs.lastIndex = match.index + match[0].indexOf('\n') + 1;
      continue;
    }
    // (`Mae X Y – … – yn …`, `Mae X Y yn gadeirydd`: Welsh "is" opening the sentence before its subject and `yn`; read on after it.)
    if (/^(?:Mae|Roedd)\s\p{Lu}/u.test(match[0]) && /^\s+(?:yn|wedi|[–—])\s/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) {
      runs.lastIndex = match.index + match[0].indexOf(' ') + 1;
      continue;
    }
    // `Simon Delvaux (Vert Horizon)`: a party or list in brackets right after a name is no person.
    if (text[match.index + match[0].length] === ')' && /\p{L}\s?\($/u.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    // (`Agenția Națională pentru Achiziții Publice`, `Fundacja dla Rozwoju Wsi`: a capitalised run right after a capitalised word
    // and Romanian or Polish "for" goes on a body's name, batch others5; English offices, `Minister for Transport X`, keep theirs.)
    // (Each `…word\s+$` pattern below is tried only when `tail`, the text before the run's spaces, ends with its word: run-before.ts.)
    const tail = tailBeforeSpace(text, match.index);
    if (/(?:pentru|dla)$/.test(tail) && /\p{Lu}\p{Ll}+\s+(?:pentru|dla)\s+$/u.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    // (`I Övre Lainio bor …`, `På Vestre Strand`: a Scandinavian preposition of place opening the sentence, a place after it;
    // a text with å, æ, ø, ä or ö, none of the languages whose `I` opens a sentence as "and".)
    const placeOpening = (/^(?:I|På|Från|Fra|Vid|Ved)\s/u.test(match[0]) && /^(?:I|På|Från|Fra|Vid|Ved)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(match[0])) || (/(?:^|[.!?]\s+|\n\s*)I\s+$/u.test(text.slice(Math.max(0, match.index - 4), match.index)) && match[0].split(' ').length <= 2);
    if (placeOpening && scandinavianNear(text, match.index, true)) continue;
    // `Damian Pilarczyk, burmistrz Kłodnicy,`: one capitalised word after the lower-case office set beside a full name is its place or body.
    if (!/\s/u.test(match[0]) && /\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}’'-]+,\s+\p{Ll}{3,}\s+$/u.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    // `im Tiroler Oberland`, `am Mühlenweg`: a German preposition fused with its article names a place.
    if (/(?:^|\s)(?:im|am|vom|zum|zur|beim|ins)\s+$/u.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    // `der Kreistag des Kreises Aldenau`: a noun in the genitive after `des`, then a place.
    if (/(?:^|\s)des\s+$/u.test(text.slice(Math.max(0, match.index - 5), match.index)) && /^\p{Lu}\p{Ll}+es\s+\p{Lu}\p{Ll}+$/u.test(match[0])) continue;
    // (`når Vestlandets Tidende møter henne`: a paper's name is no person, outlets.ts; nor whom one talks to, `kepada Harian Timur,`, run-before.ts.)
    if (isGreekBodyInGenitive(text, match.index, match[0]) || endsOnMonth(match[0]) || isPaperName(match[0]) || isStationRun(match[0]) || isToldRecipient(text, match.index, match.index + match[0].length) || isPluralPossessiveBody(match[0])) continue; // (outlet-run.ts; body-tail.ts)
    // (`δηλώνει στην «Πρωινή Φωνή»`, `told the "Harbour Voice"`: a run wrapped whole in quotation marks is a title or an outlet.)
    if (/[«"“„]$/u.test(text.slice(Math.max(0, match.index - 1), match.index)) && /^[»"”“]/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 1))) continue;
    // `seit letztem Frühling Hühner`, `nach dem europäischen Markt`: after a German dative article or adjective, capitals open nouns.
    if (/[mn]$/.test(tail) && GERMAN_DATIVE_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index)) && !GERMAN_ROLE_NOUN.test(match[0].split(/\s/u)[0]!) && !/\svon\s/u.test(match[0])) continue;
    // `з полонини Менчул Іван Шкіряк`: a place named after its kind is not the first name (lang/role-nouns.ts).
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    let name = withoutSaintPlace(withoutPlaceAfterPreposition(withoutCyrillicPlace(boundName(cleanName(match[0]), match[0], text, match.index), before, match[0]), text.slice(Math.max(0, match.index - 48), match.index)), match[0], before); // (`a São Pedro X Y`: lang/saint-place.ts.)
    // (`viljelijä Jari Mäkinen Ylikylästä`, `ütles X Y Postimehele.`: a place it is from, a listener, lang/listener-allative.ts.)
    name = withoutFinnicCaseTail(name, text, match.index + match[0].length, () => (finnish ??= isFinnishText(text)));
    if (name === match[0]) name = withoutCommonNounOpening(name, text, match.index);
    // (`Núria Casadevall i Pujol`: in Catalan text a second family name joined by `i`, lang/catalan-joined-name.ts.)
    const joined = name.includes(' ') && match[0].endsWith(name) && (catalan ??= isCatalanText(text)) ? joinedFamilyName(text.slice(match.index + match[0].length, match.index + match[0].length + 40)) : '';
    if (joined) [name, runs.lastIndex] = [`${name} i ${joined}`, match.index + match[0].length + text.slice(match.index + match[0].length).indexOf(joined) + joined.length];
    // `säger presschef Per Holm`: the Scandinavian first name Per is also the Italian sentence opener `Per Lo Bue …`,
    // which only opens a sentence; written with its capital after a lower-case word, it is the name's first word.
    if (name !== match[0] && /^Per\s+\p{Lu}[\p{L}’'-]+$/u.test(match[0]) && /\p{Ll},?\s+$/u.test(before)) name = match[0];
    // `Long-time supporter June Abernathy`, `local builder Will Hartigan`: a month or modal after a noun for a person, with one
    // family name after it, is a first name (`in June Smith`, `said June` keep it a date).
    if (name !== match[0] && GIVEN_NAME_WORD.test(match[0]) && personNounBefore(before)) name = match[0];
    // `a Diario del Plata Gabriel Olivera`: an outlet's name glued before the person's (outlet-run.ts).
    const afterOutlet = personAfterOutlet(match[0]);
    if (afterOutlet) name = afterOutlet;
    // (`il tecnico del Fiorano Gianni Bassi`: a team, place, ministry or body opening the run after "of the", complement-run.ts.)
    const afterComplement = withoutComplementOpening(text, match.index, match[0], name);
    if (afterComplement === null) continue;
    name = afterComplement;
    // "Member for Cootamundra-Murray Angus Teale", "Minister for Health Sue Pratt": after an office and "for"/"of", the seat or portfolio.
    if (name.split(' ').length > 2 && match[0].startsWith(name.split(' ')[0]!) && seatOfficeBefore(text, match.index)) name = name.slice(name.indexOf(' ') + 1);
    // (`director del Sistema de Agua Potable de Tlacotepec`: what is left opening on a particle was a body's name of its own.)
    if (/^\p{Ll}/u.test(name) && !/^\p{Ll}/u.test(match[0])) continue;
    // "the Barbados Workers’ Union Andrea Skeete": a body's name closing on a word no name has ("Union", "Council") glued before a
    // full name; the body's first words tell it from a run opening on such a word ("West Ham United" stays whole).
    name = withoutLeadingUnit(withoutBodyTail(name, match[0])); // (and a seat's unit noun opening it: `Division X Y`)
    // "Ministry of Culture, Tourism and Civil Aviation Dinesh Raj Pokharel": a run closing a list of portfolios holds the last one first.
    name = afterPortfolioList(text, match.index, name);
    // "in Lower Wedgeport", "near Hollister Grove": an English run right after these prepositions is a place (an owner excepted: "in Reyes's view").
    // (`The chip shop worker, from Kirkby Moor, Lancs, told …`: "from" set off by a comma gives where someone is from.)
    // (The same for Romanian `în`/`din`, Polish `w`, Czech and Slovak `v`, Scandinavian `på`, Vietnamese `ở`/`tại`, unlike `de`, `di`,
    // `ve`, `från`, `от`, `u`, `i`, which also mean "by", "of", "and", "from", "at someone's": two words are the place; of three or
    // more the first is, and a person follows it: `Rzecznik … w Lublinie Paweł Zając`.)
    // (Scandinavian `i`, "in", after a lower-case word, `på fjället i Övre Lainio`: a text with å, æ or ø is none where it is "and".)
    const scandinavianIn = /\p{Ll}\s+i\s+$/u.test(text.slice(Math.max(0, match.index - 6), match.index)) && scandinavianNear(text, match.index, false);
    if (scandinavianIn || PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index)) || VIETNAMESE_UNIT_BEFORE.test(text.slice(Math.max(0, match.index - 11), match.index))) {
      // (A run whose first word the cleaning above already took off keeps the rest.)
      const placeStillThere = match[0].startsWith(name.split(' ')[0]!);
      if (placeStillThere && name.split(' ').length < 3) continue;
      if (placeStillThere) name = name.slice(name.indexOf(' ') + 1);
    }
    // (`Back on Wilga Downs, the 64-year-old …`: a place phrase opening the sentence, before its comma, names no one.)
    // (`At Hawes Auction Mart yesterday, trade was down`: a word of when may stand before the comma.)
    if (OPENING_PLACE_PHRASE.test(text.slice(Math.max(0, match.index - 16), match.index)) && /^(?:\s+(?:yesterday|today|tonight|(?:this|last|on)\s+\p{L}+))?,/u.test(text.slice(match.index + match[0].length))) continue;
    // (`fell on Wilga Downs, north of the town`: a run the text only ever writes after "on", "at" or "in" is a place.)
    // (Not an owner, `knocked on Cheryl Simmons’s door`, nor one acted on, `called on Joe Bell to resign`: a place phrase closes at a comma or stop.)
    if (/(?:^|\s)on[^\S\n]+$/u.test(text.slice(Math.max(0, match.index - 4), match.index)) && /^[,.;]/u.test(text.slice(match.index + match[0].length)) && onlyAfterPlacePrepositions(text, match[0])) continue;
    // (A heading ending in one, `County steps in`, is no preposition of the paragraph's first words.)
    // (`an amendment, from Sen. X Y,`: an abbreviated title opening the run after "from" makes it the person the thing came from;
    // a place may open with a title written out, `from Prince George`.)
    if ((/(?:^|\s)(?:[Ii]n|near|outside|across|throughout)[^\S\n]+$/u.test(text.slice(Math.max(0, match.index - 12), match.index)) || (/,\s+from\s+$/u.test(text.slice(Math.max(0, match.index - 12), match.index)) && !(/^\p{Lu}\p{Ll}{1,4}\.\s/u.test(match[0]) && TITLES.has(bare(match[0].split(/\s+/u)[0]!)))) || (/^(?:In|Near|Outside|Across|Throughout)\s/.test(match[0]) && name === match[0].slice(match[0].indexOf(' ') + 1))) && !/[’']s?$/.test(match[0]) && !/^[’']/.test(text.slice(match.index + match[0].length))) continue;
    // (`bringt drei Krügla Märzen an den Tisch`: a run counted by a number word is things, no person; `Mother of four X` is X.)
    if (/(?:^|\s)(?<!(?:^|\s)(?:of|von)\s)(?:two|three|four|five|six|zwei|drei|vier|fünf|sechs)\s+$/u.test(text.slice(Math.max(0, match.index - 14), match.index))) continue;
    // (`a farm in northern Vermont`, `not central Europe`: a lower-case compass adjective right before the run makes it a region.)
    if (/(?:^|\s)(?:(?:north|south)(?:east|west)?ern|eastern|western|central)\s+$/u.test(text.slice(Math.max(0, match.index - 16), match.index)) && !/[’']s?$/.test(match[0])) continue;
    if (!name.includes(' ') && name !== '') {
      const key = name.toLowerCase();
      if (!bareSeen.has(key)) bareSeen.set(key, match.index);
    }
    // "Ms. Okafor" is a person too, though one word: the form of address says so.
    // (The plain prefix first: the \p{…} pattern compiles only for a run that opens with a form of address.)
    // (British and Commonwealth papers write the form of address without its dot: "Mrs Wong, a cleaner, said".)
    const addressed = ADDRESS_OPENING.test(match[0]) && /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.|Mr|Mrs|Ms|Dr|Madam)\s+\p{Lu}[\p{L}'’-]+$/u.test(match[0]) && /^\p{Lu}/u.test(name);
    // "dating show Villa Nights", "the album Blue Harbour": a run right after the kind of work is its title.
    if (WORK_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    // (`gere a pastelaria Sol Nascente`: a run after a shop's kind is the shop, run-before.ts.)
    if (SHOP_NOUN_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    // (`del comitato di quartiere Campo Aperto`, `the tenants' association Harbor Homes`: a run after a group's noun is its name.)
    // (Not a title opening the run: `committee Chairman X Y`.)
    const opener = bare(match[0].split(/\s+/u)[0]!);
    // (Only in an apposition, `X Y, che guida il comitato di …`: `il segretario del comitato Marco Neri` names the secretary.)
    const groupLead = text.slice(Math.max(0, match.index - 110), match.index);
    const group = (groupNounInText ??= writesGroupNoun(text)) ? GROUP_NOUN_BEFORE.exec(groupLead) : null;
    if (group && /,\s+(?:[\p{L}’'-]+\s+){0,4}$/u.test(groupLead.slice(0, group.index)) && !TITLES.has(opener) && !ROLE_NOUNS.has(opener)) continue;
    // (`la Ville de Québec`, `Città di Torino`: a town as a body; `Ville` alone is also a Finnish given name.)
    if (/(?:^|\s)(?:Ville|Città|Ciudad|Cidade|Ciutat)\s+(?:de|di|d['’]|del|da|do)\s/u.test(match[0])) continue;
    // (`Verdun–La Haute-Ville`: a run glued to a capitalised word by a dash is the rest of a compound place name.)
    if (/[–—]/.test(text.slice(Math.max(0, match.index - 24), match.index)) && /\p{Lu}\p{Ll}+[–—](?:\p{Lu}\p{Ll}{0,2}\s+)?$/u.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    // "the group Parents for Cheaper Inhalers", "Parents Against Closures": a run after a capitalised plural and "for" or "against" ends a group's name (group-name-before.ts).
    if (/(?:for|against)$/.test(tail) && endsGroupName(text, match.index)) continue;
    // "Shutting Harlow, which has 300 pupils, would …": a sentence's subject taken up by "which" is a thing, never a person.
    // (Not `Gregory Tate of Bramwell Capital, which owns …`: "which" takes up the body after "of".)
    if (THING_SUBJECT_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8)) && !/\sof\s/u.test(match[0]) && SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    // "his £180,000 Range Rover": what a possessive owns outright is a thing (a relative comes with its noun: "his wife, Ana").
    if (OWNED_THING.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    // "Fiona Rudd (Lib Dem, North Tamsworth)": a party or constituency tag in brackets after a name is no person,
    // nor any later item of that list ("North Tamsworth" after the comma).
    if (text.slice(Math.max(0, match.index - 80), match.index).includes('(') && /\p{Lu}[\p{L}'’.-]*\s*\((?:[^()\n,]{1,30},\s*){0,2}$/u.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
    // "The port operator, Velmar Terminals, said": a run set beside an organisation's noun is that organisation (not after `The chairman of the company,`).
    if (/,\s*$/.test(text.slice(Math.max(0, match.index - 3), match.index)) && namesOrganisation(GROUP_BEFORE.exec(text.slice(Math.max(0, match.index - 60), match.index))?.[1] ?? '')) continue;
    // "Wakka Wakka elder Aunty Margaret Doolan", "Kelantan Red Crescent volunteer Lim": a run qualifying the noun before a name is no person.
    if (qualifiesRole(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    if (namesBodyBeforeNoun(text.slice(Math.max(0, match.index - 8), match.index), text.slice(match.index + match[0].length, match.index + match[0].length + 16))) continue; // (`the X Y group`, body-noun-after.ts)
    // `Konditori Lindqvist` beside `Maja Lindqvist` and `konditoriet`: a business named after a person in the text (a bakery,
    // a law firm) is no second person when the article writes its first word as a common noun too.
    if (isBusinessOfFamily(text, name, mentions)) continue;
    // (`R-Oak Lawn` after a lawmaker, `Ақсу шатқалындағы`: a party tag's home town, a Kazakh place, place-runs.ts.)
    if (namesPlaceOrTag(match[0], text.slice(match.index + match[0].length, match.index + match[0].length + 12), text.slice(Math.max(0, match.index - 12), match.index), text)) continue;
    const namedAlone = !name.includes(' ') && ONE_NAME_GIVEN.test(text.slice(Math.max(0, match.index - 40), match.index));
    // "Mr Egerton’s wife, Caroline,": a relative given a first name alone carries the family name of the one named before.
    // ("He and his wife Eirlys": after "his"/"her", the family name of the last person named in full, close before.)
    const given = !name.includes(' ') && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name);
    const ownerLead = given ? text.slice(Math.max(0, match.index - 50), match.index) : '';
    const family = given ? (/['’]/.test(ownerLead) /* (the owner's apostrophe) */ ? FAMILY_OWNER_BEFORE.exec(ownerLead)?.[1] : undefined) ?? (OWN_RELATIVE_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index)) ? mentions.findLast((mention) => mention.name.includes(' ') && mention.at > match!.index - 400)?.name.split(' ').at(-1) : undefined) : undefined;
    if (family && family !== name) name = `${name} ${family}`;
    if (given && !family) name = fullNameOfArticledGiven(text, match.index, name, mentions) ?? name;
    // "Bill and Darlene Koenig": a lone given name (no word of anyone named before) joined to a full name shares its family name.
    const sharedAfter = given && !family ? sharedFamilyAfter(text.slice(match.index + match[0].length, match.index + match[0].length + 60)) : undefined;
    const shared = sharedAfter !== undefined && !mentions.some((mention) => mention.name.split(' ').includes(name)) ? sharedAfter : undefined;
    if (shared) name = `${name} ${shared}`;
    // "Midfielder Fabinho said", "said striker Pedrinho": one name after a role noun, written nowhere as part of a fuller name, is a person known by one name.
    const roleBefore = match[0] === name ? wordBefore(text, match.index) : match[0].split(/\s+/).length === 2 ? bare(match[0].split(/\s+/)[0]!) : '';
    const knownByOne = given && ROLE_NOUNS.has(roleBefore) && !namedInFull(text, name);
    // `de twaalfjarige Daan`, `Nioåriga Elsa`, `Ο 13χρονος Στέλιος`, `konobar Luka`: a lone given name after an age adjective or
    // a lower-case role noun of these languages is a person known by that name (a child, a waiter), when no fuller name has it.
    const introducedAlone = given && !knownByOne && agedOrRoleBefore(text, match.index, match[0], name) && (!namedInFull(text, name) || agedAfter(text, match.index, match[0]));
    if (!looksLikePerson(name) && !addressed && !namedAlone && !knownByOne && !introducedAlone) continue;
    const at = match[0].endsWith(name) ? match.index + match[0].length - name.length : match.index + match[0].indexOf(name.split(' ')[0]!);
    // Lower-case offices sit just before the run: "presidential candidate Ana Lopez".
    // ("Mr. Reyes’s granddaughter, Ana Reyes": an owner or a comma ends the words that title her.)
    // ("said Ms Lim.\n\nProfessor Daniel Koh": a paragraph break or a sentence's last word ends them too: "Ms" is not his.)
    const lead = text.slice(Math.max(0, match.index - 30), at).split(/[,;:\n]|\p{L}[’']s?\s|(?<=(?:^|\s)\p{Ll}+[.!?][”"’']?)\s/u).at(-1)!.split(/\s+/).slice(-4);
    const titles = lead.map(bare).map((word) => ABBREVIATED_TITLES[word] ?? word).filter((word) => TITLES.has(word) || word === 'doctor');
    const relative = RELATIVE_NOUNS.has(wordBefore(text, match.index)) ? RELATIVE_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1] : undefined;
    mentions.push(relative ? { name, at, titles, relative } : introducedAlone ? { name, at, titles, alone: true } : aboveStory(text, at, name) ? { name, at, titles, credit: true } : { name, at, titles });
    // `Zdaniem doktoranta Michała Górskiego`: a family name met only in the genitive, its nominative guessed (lang/nominative-name.ts).
    const guessed = /\p{Ll}$/u.test(name) ? guessedGenitiveFamily(name, text.slice(Math.max(0, at - 40), at)) : null;
    if (guessed && !bareSeen.has(guessed)) bareSeen.set(guessed, at);
  }
  // `Dawida Kubiaka` beside `Kubiak`: the nominative the text attests (lang/nominative-name.ts).
  // (`Podle Tomáše Kozla` beside `Tomáš Kozel`: the full name the text writes in the nominative, lang/case-forms.ts.)
  const fullNames = new Set(mentions.map((mention) => mention.name).filter((name) => name.includes(' ')));
  for (const mention of mentions) if (mention.name.includes(' ')) mention.name = attestedNominative(mention.name, fullNames) ?? mention.name;
  for (const mention of mentions) mention.name = nominativeName(mention.name, bareSeen, text);
  // (`Riikka Virtasen mukaan` beside `Virtanen`: a Finnish family name in a case, the given name as written.)
  for (const mention of mentions) mention.name = familyInNominative(mention.name, bareSeen);
  for (const mention of mentions) if (mayHold(CYRILLIC, mention.name) && genitiveBefore(text.slice(Math.max(0, mention.at - 40), mention.at))) mention.genitive = true;
  bareUses.set(mentions, withoutGenitiveOnly(bareSeen, text));
  nicknamesOf.set(mentions, nicknames(text, mentions));
  return mentions;
}

/** An owner's family name and a relative noun right before a lone first name: "Mr Egerton’s wife, ", "Reyes's son ". */
const FAMILY_OWNER_BEFORE = /(?<![\p{L}])(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}[\p{L}-]*)[’']s?\s+(?:late\s+)?(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower)\s*,?\s+$/u;

/** "his wife ", "her husband, ": a relative of the person just named, before a lone first name. */
const OWN_RELATIVE_BEFORE = /(?<![\p{L}])(?:[Hh]is|[Hh]er)\s+(?:wife|husband|son|daughter|brother|sister|mother|father)\s*,?\s+$/u;

/** The comma-separated group right before a run, opening its sentence or clause. */
const GROUP_BEFORE = /(?:^|[.!?;:,]\s+|\n\s*)([^,.!?;:\n]{2,56}),\s*$/u;

const ADDRESS_OPENING = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Madam)\.?\s/;

const THING_SUBJECT_AFTER = /^,\s+which\s/;
/** Where a sentence (or a paragraph, or a quotation) opens. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?]["”’']?\s+|\n)$/u;
// (`mestre do arrastão Estrela do Norte`, `the trawler Northern Star`: a vessel's noun names the vessel.)
// (`Results show Priya Roy ahead`: after a plural or an auxiliary, "show" is the verb.)
const WORK_BEFORE = /(?<![\p{L}])(?:show(?<!(?:\p{L}s|(?<![\p{L}])(?:to|will|would|may|might|could|should|do|does|did))\sshow)|series|sitcom|film|movie|album|programme|program|podcast|novel|magazine|musical|documentary|ship|vessel|trawler|ferry|yacht|tanker|freighter|navio|barco|arrastão|traineira|buque|pesquero|bateau|chalutier|navire|peschereccio|traghetto|Schiff|Kutter|Trawler|Fähre)\s+$/u;

/** `(?<![\p{L}])(?:his|her|their|its|my|our|your)\s+(?:[£$€][\d,.]+[mk]?\s+|new\s+|old\s+)?$` as if flagged `iu` (patterns.ts caseless). */
export const OWNED_THING = new RegExp(
  `(?<![${LETTER_FOLDED}])(?:${['his', 'her', 'their', 'its', 'my', 'our', 'your'].map(caseless).join('|')})\\s+(?:[£$€][\\d,.]+[mMkK\\u212a]?\\s+|${caseless('new')}\\s+|${caseless('old')}\\s+)?$`,
  'u',
);

/** Wire copy's source who gives one name: "who gave only his first name, Karim", "identified only as Ana", "identified herself only as Linda",
 * "asked to be identified by her first name only, Rita". */
export const ONE_NAME_GIVEN = /\b(?:(?:gave|giving|gives|give)\s+only\s+(?:his|her|their)\s+(?:first|given)\s+name|(?:identified|named|known)\s+(?:(?:herself|himself|themselves)\s+)?only\s+as|(?:gave|giving)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:identified|named|called|referred\s+to)\s+(?:only\s+)?by\s+(?:his|her|their)\s+(?:first|given)\s+name(?:\s+only)?),?\s+$/u;

/** A nickname in quotes between a first and a family name: Danny “The Cat” Mulhern. */
// (Swedish and Finnish open with ”, German with „, others with guillemets either way: Per-Olof ”Pelle” Dahlgren.)
// (The mark is matched first and the name's word looked behind from after it, the same test: a leading look-behind is tried at every character.)
const NICKNAME = /[“"‘'”„«»](?<=\p{Lu}\p{Ll}+ [“"‘'”„«»])(?:\p{Lu}[\p{L}’'-]*)(?: \p{Lu}[\p{L}’'-]*){0,2}[”"’'“«»](?= \p{Lu}\p{Ll})/gu;

/** Tabloids call a person by the nickname (one word or two) given inside the name: "Bullet" is Kyle “Bullet” Barraclough. */
export const nicknamesOf = new WeakMap<PersonMention[], Map<string, string>>();

/** `X, 58, conhecida na comunidade como dona Zezé`, `known locally as Tiny`: the one word a person is known by, after the name. */
const KNOWN_AS = /\b(?:known|conhecid[ao]|conocid[ao]|connue?|not[ao])\s+(?:[\p{Ll}\s]{0,30}\s)?(?:as|como|comme|come)\s+(?:(?:dona|seu|don|doña|tia|tio)\s+)?(\p{Lu}\p{Ll}+)(?=[\s,.;])/gu;

function nicknames(text: string, mentions: PersonMention[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of /\s(?:as|como|comme|come)\s/u.test(text) ? text.matchAll(KNOWN_AS) : []) {
    const person = mentions.findLast((mention) => mention.at < match.index! && match.index! - mention.at < 80 && mention.name.includes(' '));
    if (person && !found.has(bare(match[1]!))) found.set(bare(match[1]!), person.name);
  }
  if (!/\p{Ll} [“"‘']\p{Lu}/u.test(text)) return found;
  for (const match of text.matchAll(NICKNAME)) {
    const word = match[0].slice(1, -1);
    const person = mentions.find((mention) => mention.at < match.index! && mention.at + mention.name.length + match[0].length + 2 > match.index!);
    if (person && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(word) && !found.has(bare(word))) found.set(bare(word), person.name); // (`Big Curt` too, name-resolution.ts)
  }
  return found;
}

/** The text with quoted nicknames blanked out (same length), so "Danny “The Cat” Mulhern" is one run, Danny Mulhern. */
/** Whether a quoted span is a nickname inside a name (`Marjorie “Miss Marj” Bynoe`): nobody's words, so no speaker to note. */
export function isNicknameSpan(text: string, outerStart: number, outerEnd: number): boolean {
  const nickname = new RegExp(NICKNAME.source, 'u');
  return /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, outerStart - 30), outerStart)) && nickname.test(text.slice(Math.max(0, outerStart - 30), Math.min(text.length, outerEnd + 30))) && /^ \p{Lu}\p{Ll}/u.test(text.slice(outerEnd, outerEnd + 3));
}

export function withoutNicknames(text: string): string {
  return /\p{Ll} [“"‘'”„«»]\p{Lu}/u.test(text) ? text.replace(NICKNAME, (nickname) => ' '.repeat(nickname.length)) : text;
}
