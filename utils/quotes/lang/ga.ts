/**
 * Irish, like Welsh (cy.ts), puts the verb first. After a quote the tag opens with the relative particle `a`:
 * `,’ a dúirt sí.` (she said), `,’ a deir Peadar Ó Gráda.` (says), `,’ a d’fhreagair an tUasal X.` (answered); or with
 * the old `ar`: `,’ ar sise.` (said she). Before a quote: `Dúirt X, <role>: ‘…’`, `Dar le X, ‘…’` and `De réir X, ‘…’`
 * (according to X). A name after a preposition may carry a prefixed h- or t- (`le hÉamonn X`, `an tUasal X`): no part of it.
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName } from '../names';
import { alternation, described, person, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';

/** The verbs after `a`: said, says, promised, explained, claimed, answered, admitted, asked, argued, confirmed, announced, wrote. */
const VERBS = 'dúirt deir gheall mhínigh mhaígh d’fhreagair d’admhaigh d’fhiafraigh d’áitigh dhearbhaigh d’fhógair scríobh'.split(' ');
const AFTER = alternation(VERBS.map((verb) => `a\\s+${verb.replace('’', '[’\']')}`));

/** `,’ ar sise.`, `,’ ar seisean.`: the old verb of saying, only ever before its pronoun (`ar` is "on" anywhere else). */
const AR = /^[\s,]*ar\s+(sise|sí|seisean|sé)(?![\p{L}])/u;

/** The same verbs opening a sentence, their subject after them (`Dúirt X:`, `D’admhaigh X, áfach, …:`). */
const OPENING_VERBS = 'Dúirt|Deir|Gheall|Mhínigh|Mhaígh|D[’\']fhreagair|D[’\']admhaigh|D[’\']fhiafraigh|D[’\']áitigh';

const cues = latinCues({
  // (`ar sé`, `ar sise`: the old verb of saying, only ever before its subject.)
  afterVerbs: `${AFTER}|ar\\s+(?:sise|seisean|sí|sé)`,
  subjectVerbs: OPENING_VERBS,
  // (sí, sise: she; sé, seisean: he.)
  pronouns: { sí: 'female', sise: 'female', sé: 'male', seisean: 'male' },
  dropsSubject: false,
  according: '[Dd]ar\\s+le|[Dd]e\\s+réir',
  articles: 'an|na',
  hasArticles: true,
  stops: 'inné|inniu|aréir|ag|le|leis|faoi|ar|i|sa|san|nuair|agus',
  recipients: 'le|leis|do|don',
  outlet: /^(?:RTÉ|TG4|Nuacht|Tuairisc|Raidió\s+na\s+Gaeltachta|Foinse)$/u,
});

/** Forms of address and offices before a name: councillor, Mr, Dr, minister, TD, Mrs. */
const TITLE = /^(?:(?:an|An)\s+(?:[Cc]homhairleoir|[Cc]omhairleoir|t[Uu]asal|Dr\.?|t[Aa]ire|[Tt]eachta)|Bean|[Cc]omhairleoir|Dr\.?)\s+/u;

/** A name of capitalised words, with the family-name particles between them (`Síle Nic Aodha`, `Pádraig de Bhál`). */
// (The family name alone opens with its particle: `Ó Gráda`, `Nic Aodha`.)
const NAME = /^((?:Ó|Ní|Nic|Mac|Mhic|Uí|Ua|\p{Lu}[\p{Ll}’'-]+)(?:\s+(?:Ó|Ní|Nic|Mac|Mhic|Uí|Ua|de|\p{Lu}[\p{Ll}’'-]+))*\s+\p{Lu}[\p{Ll}’'-]+)/u;

/** The prefixed h- or t- before a capital vowel (`hEibhlín`, `tUasal`): Irish mutation, no part of the word. */
const PREFIXED = /(?<=\s)[ht]-?(?=[AEIOUÁÉÍÓÚ])/gu;

/** `an tUasal X` (Mr), `Bean X` (Mrs): a form of address before a name, no role (`an Comhairleoir X` stays one). */
const ADDRESS = /(?<=^|\s)(?:an\s+t?Uasal|Bean)\s+(?=\p{Lu})/gu;

/** Read with the mutations and forms of address taken off. */
const plain = (frame: string) => frame.replace(PREFIXED, '').replace(ADDRESS, '');

/** `Comhairle Contae X`, `an Roinn Oideachais`, `Údarás na Gaeltachta`: a body's name opens with its noun, no person's does. */
const BODY = /^(?:Comhairle|Roinn|Údarás|Coiste|Cumann|Comharchumann|Rialtas|Oifig|Seirbhís|Feidhmeannacht|Bord|Ollscoil|Scoil|Foras|Conradh|Comhlacht|Eagraíocht|Gardaí|Garda|Teach|Ospidéal|Iontaobhas)(?:\s|$)/u;

/** `Dúirt X Y, <role>:`, `D’admhaigh X Y, áfach, …:`, `Dúirt <role>, X Y:`: the verb opens the sentence, a colon closes it. */
const VERB_FIRST = new RegExp(`(?:^|[.!?]\\s+)(?:${OPENING_VERBS})\\s+([^:.!?‘’“”]{3,200}?)\\s*:\\s*$`, 'u');

/** The person a subject of comma-set groups names: the first group when it is a name (its role after), else the last. */
function namedIn(subject: string): ReturnType<typeof person> {
  const groups = subject.split(/,\s+/u);
  const opening = NAME.exec(groups[0]!.replace(TITLE, ''));
  // (`Dúirt Comhairle Contae X i ráiteas:`: a body said it; no one is named.)
  if (opening && BODY.test(opening[1]!)) return described(opening[1]!);
  if (opening) {
    // (`, atá ina cónaí …`, `, a bhí …`: a relative clause says more about the person; `áfach` (however) is an aside.)
    const role = groups[1] && /^(?:an\s+|na\s+)?\p{Ll}/u.test(groups[1]) && !NO_ROLE.test(groups[1]) ? groups[1] : null;
    return gendered(cleanName(opening[1]!), role);
  }
  const last = NAME.exec(groups.at(-1)!.replace(TITLE, ''));
  return last && groups.length > 1 ? gendered(cleanName(last[1]!), groups.slice(0, -1).join(', ')) : null;
}

/** Words opening a group after the name that is no role: however, also, a relative clause, a reported clause. */
const NO_ROLE = /^(?:áfach|freisin|fosta|ar\s|go\s|gur\s|nach\s|nár\s|atá|a\s|ina\s|inné|inniu)/u;

/**
 * A woman's family name takes `Ní`, `Nic` (or a wife's `Uí`, `Mhic`), a man's `Ó` or `Mac` (`Nóra Ní Bhriain`, `Seán Ó
 * Briain`): the particle gives the gender a later `a dúirt sí` needs.
 */
function gendered(name: string, role?: string | null) {
  const particle = /(?:^|\s)(Ní|Nic|Uí|Mhic|Ó|Ua|Mac)\s+\p{Lu}/u.exec(name)?.[1];
  const gender = !particle ? undefined : /^(?:Ó|Ua|Mac)$/u.test(particle) ? 'male' : 'female';
  return person(name, role, gender);
}

function verbFirst(frame: string) {
  const subject = VERB_FIRST.exec(frame)?.[1];
  if (!subject) return null;
  // (`Dúirt bean óg, nár mhian léi a hainm a lua:`: Irish has no indefinite article; a lower-case noun is someone
  // unnamed. `Dúirt an príomhoide:` with its article stands for the holder of that office.)
  const head = subject.split(/,\s+/u)[0]!;
  const office = /^(an|na)\s+(\p{Ll}+)$/u.exec(head);
  if (office) return officeOf(office[1]!, office[2]!);
  return /^\p{Ll}/u.test(head) && !/^(?:an|na|sé|sí|siad)\s/u.test(head) ? described(head) : namedIn(subject);
}

/** `an comhairleoir`: a description, not a subject left out, read as the holder of that office the text named, else as written. */
const officeOf = (article: string, noun: string): SpeakerPhrase => ({ phrase: `${article} ${noun}`, kind: 'description', pronoun: false, descriptor: true, definite: `${article} ${noun}` });

/** `Dar le X Y, ‘…’`: the source closing the frame with its comma. */
const ACCORDING_END = /(?:^|[.!?]\s+|\s)(?:[Dd]ar\s+le|[Dd]e\s+réir)\s+([^,.!?:‘’“”]{3,120}?),?\s*$/u;

/** `a dúirt an príomhoide`: an article and one lower-case noun after the verb stand for the holder of that office. */
const ARTICLED_OFFICE = new RegExp(`^[\\s,]*(?:${AFTER})\\s+(an|na)\\s+(\\p{Ll}+)\\s*[.,]?\\s*$`, 'u');

/** `a dúirt urlabhraí ón gComhairle`: a bare noun and where the person is from, someone the text does not name. */
// (A clause after a comma, `, nár mhian léi a hainm a lua`, says why no name: no part of the description.)
const UNNAMED_AFTER = new RegExp(`^[\\s,]*(?:${AFTER})\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:ó|ón|ó\\s+na|as|de|ag)\\s+[^.!?,]{2,80}?)\\s*(?:[.,][^]*)?$`, 'u');

/** The words after a tag's verb, to the sentence's end. */
const AFTER_REST = new RegExp(`^[\\s,]*(?:${AFTER})\\s+([^.!?;]+)`, 'u');

function after(written: string): SpeakerPhrase | null {
  const frame = plain(written);
  const said = AR.exec(frame)?.[1];
  if (said) return pronoun(/^sí|^sise/u.test(said) ? 'she' : 'he');
  const office = ARTICLED_OFFICE.exec(frame);
  if (office) return officeOf(office[1]!, office[2]!);
  // (`a dúirt an Comhairleoir X Y.`: the title is the role, the particles part of the name; the shared reader splits them.)
  const rest = AFTER_REST.exec(frame)?.[1];
  const title = rest ? /^an\s+(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u.exec(rest) : null;
  const titled = title && /^(?:Comhairleoir|Teachta|Aire|Dr)$/u.test(title[1]!) ? namedIn(rest!.slice(title[0].length)) : null;
  if (titled?.kind === 'name') return { ...titled, role: titled.role ? `${title![1]}, ${titled.role}` : title![1]! };
  const found = withoutAside(cues.after(frame));
  if (found?.kind === 'name' && !found.pronoun) {
    const named = namedIn(found.phrase) ?? gendered(found.phrase);
    if (named?.kind === 'description') return named;
    if (named) return { ...found, phrase: named.phrase, role: found.role ?? named.role, gender: found.gender ?? named.gender };
  }
  if (!found) {
    const unnamed = UNNAMED_AFTER.exec(frame);
    if (unnamed) return described(unnamed[1]!);
  }
  return found;
}

function before(written: string): SpeakerPhrase | null {
  const frame = plain(written);
  const according = ACCORDING_END.exec(frame)?.[1];
  return withoutAside(verbFirst(frame) ?? (according ? namedIn(according.replace(TITLE, '')) : null) ?? cues.before(frame));
}

/** `X, áfach, …` read by the shared reader: an aside or a clause after the name is no role. */
function withoutAside(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found?.role || !NO_ROLE.test(found.role)) return found;
  const { role: _aside, ...rest } = found;
  return rest;
}

export const irish: LanguageCues = { ...cues, after, before };
