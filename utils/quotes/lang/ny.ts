/**
 * Chichewa: a verb of saying carries its subject and tense as prefixes (`a-na-ti` he/she said, `a-da-tero` said so,
 * `wa-tero` has said so, `a-na-nena` said, `a-na-onjezera` added). A person is spoken of with the honorific plural `a`
 * before the name (`a Phiri`, Mr or Mrs Phiri) and `iwo` (they) for one person respected. After a quote `,” anatero a X.`
 * (said X), `,” a X anatero.`, `,” iwo anatero.` / `iye anatero` (he or she: left to
 * the sentences before, which name them), `,” adatero mfumuyo.`
 * (said that chief: the one the text gave the office), `,” anatero mayi wina.` (a woman: someone described); before one
 * `X, <who he is>, anati: “…”`, `Iwo anati: “…”` and `Malinga ndi X, “…”` (according to X). Forms of address (Mayi Mrs,
 * Bambo Mr, Dokotala Dr, Gulupu and Mfumu for chiefs) come off names.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Stems of saying: said so (tero), said (ti, nena), added, explained, asked, answered, stressed, warned, admitted, announced, told. */
const STEM = '(?:tero|ti|nena|onjezera|wonjezera|fotokoza|funsa|yankha|tsindika|chenjeza|vomereza|lengeza|uza|pempha)';
/** A person's subject prefix (a- he/she or the honorific they, wa- has) and a tense (na, da past; ma habitual; ku present). */
const VERB = `(?:a(?:na|da|ma|ku)?|wa)${STEM}`;
/** The same verb with a capital, opening a sentence: its subject is the person just named (`Anati:`, `Iwo anati:`). */
const VERB_OPENING = `(?:(?:Iwo|Iye)\\s+${VERB}|A(?:na|da)${STEM}|Wa${STEM})`;
/** `anati kuti:`, `anawonjezera kuti:` (said that). */
const THAT = '(?:\\s+kuti)?';
/** Forms of address before a name: Mrs, Mr, Miss, Dr, chiefs (group village head, chief, senior chief), Hon., Reverend, the honorific `a`. */
const ADDRESS = /^(?:(?:[Aa]|Mayi|Amayi|Bambo|Abambo|Mai|Dokotala|Dr\.?|Gulupu|Mfumu|Nyakwawa|Senior\s+Chief|Inkosi|Phungu|Olemekezeka|Abusa|M'busa|Mbusa|Pulofesa)\s+)+(?=\p{Lu})/u;
/** Offices a story names its speaker by alone (`adatero mfumuyo`): chief, doctor, minister, member of parliament, head, nurse. */
const OFFICES = /^(?:mfumu|gulupu|nyakwawa|dokotala|nduna|phungu|mkulu|namwino|mphunzitsi|wapampando|mneneri|mtsogoleri|sing'anga|bwanamkubwa)$/u;
/** A noun closed by `-yo`, `-yu`, `-wo` (that one, just mentioned): `mfumuyo`, `dokotalayo`, `phunguyo`. */
const POINTED = /^(\p{Ll}[\p{Ll}']+?)(?:yo|yu|wo|yi)$/u;
/** Words after a verb that say how or when, not who: laughing (`akuseka`), while, then, today, that, to, at the end. */
const NO_SUBJECT = /^(?:ak[uo]\p{Ll}+|mo\p{Ll}+|po\p{Ll}+|kuti|lero|dzulo|pamene|pomwe|kenako|ndipo|ku|kwa|pa|ndi|mu|m'|komanso|potsiriza|pomaliza)(?![\p{L}])/u;
/** Nouns heading a body's name: government, organisation, ministry, council, police, hospital, company, party, district. */
const BODY = /^(?:Boma|Bungwe|Unduna|Khonsolo|Apolisi|Polisi|Chipatala|Kampani|Chipani|Nyumba|Sukulu|Mpingo|Komiti|Ofesi|Nthambi)(?![\p{L}])/u;
/** Capitalised words opening a phrase of place, time or manner (in, at, after, but, for his part): no name. */
const OPENING = /^(?:Ku|Kwa|Pa|Mu|Pamene|Pomwe|Koma|Ndipo|Komanso|Potsiriza|Pomaliza|Kumbali|Malinga|Ngakhale|Poyankhapo|Poyankha|Lero|Dzulo)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  tagVerb: new RegExp(`^[\\s,]*${VERB}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  subjectVerb: new RegExp(`^[\\s,]*([^.!?“”"\\n,]{2,80}?)\\s+${VERB}(?=[\\s.,;!?]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:[^.!?“”"\\n,]{2,80}?\\s+)?${VERB}(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)${VERB_OPENING}${THAT}\\s*[:,]?\\s*$`, 'u'),
  according: /(?:^|[.!?]\s+)Malinga\s+ndi\s+([^.!?“”"]{2,160}?)\s*,?\s*$/u,
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${VERB}${THAT}\\s*:\\s*$`, 'u'),
  // (`X, <who>, anati <what> . “…”`: the sentence before reports what X said; the quote is X's own words.)
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${VERB}${THAT}\\s+\\p{Ll}[^.!?“”"]{2,400}[.!?]\\s*$`, 'u'),
  // (`Kumapeto, a X anali …. “…”`: a sentence whose subject is a person named with the honorific `a`, right before the quote.)
  honouredSubject: new RegExp(`(?:^|[.!?]\\s+)(?:[^.!?“”",]{2,80},\\s*)?[Aa]\\s+(${NAME_RUN})\\s+(?:a|sa)\\p{Ll}{3,}[^.!?“”"]{0,300}[.!?]\\s*$`, 'u'),
}));

/** The name a group of words is, its forms of address taken off (`a X`, `Mayi X Y` → `X Y`), or null (a body, a place). */
export function chichewaName(group: string): string | null {
  const words = group.trim().replace(ADDRESS, '');
  if (OPENING.test(words) || BODY.test(words) || !patterns().name.test(words)) return null;
  return cleanName(words) || null;
}

/**
 * `Mkulu wa zaumoyo, Dokotala X Y,`, `A X,`, `X, mlimi wa ku Y,`: the name among comma-set groups; the groups around it
 * (lower-case ones after it) are its role. No name: the first group describes someone (or a body, as described).
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !OPENING.test(group));
  const at = groups.findIndex((group) => chichewaName(group) !== null);
  if (at < 0) return groups.length > 0 ? lowerSubject(groups[0]!) : null;
  // (`omwe anatsegula …` (who opened …), `a zaka 29` (aged 29): a relative clause or an age is no role.)
  const after = groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !/^(?:omwe|yemwe|amene|a\s+zaka|wa\s+zaka|ochokera)(?![\p{L}])/u.test(group));
  const role = [...groups.slice(0, at), ...after].join(', ');
  return person(chichewaName(groups[at]!)!, role || null);
}

/** A subject with no name: `iwo`/`iye` (he or she), `mfumuyo` (that chief: an office), a body, else someone described. */
function lowerSubject(words: string): SpeakerPhrase | null {
  // (He or she: the sentence before names them, often someone unnamed, `kholo lina … anati …`; salience's latest speaker
  // would be someone else. Nothing read here leaves it to that sentence, read by `before`.)
  if (/^(?:[Ii]wo|[Ii]ye)(?![\p{L}])/u.test(words)) return null;
  // (`iwowo`, `onse` (all), `anthu` (people): a group, no one person.)
  if (/^(?:[Ii]wowo|[Oo]nse|[Aa]nthu)(?![\p{L}])/u.test(words)) return null;
  if (BODY.test(words)) return described(words);
  if (/^\p{Lu}/u.test(words)) return null;
  const noun = POINTED.exec(words)?.[1];
  if (noun && OFFICES.test(noun)) return officeDescriptor(noun);
  if (OFFICES.test(words)) return officeDescriptor(words);
  return described(words);
}

/** The words after a tag's verb: `a X` or a name, `iwo`, an office pointed at, someone described, or the subject in the verb. */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;“”"\n]*/u.exec(rest)![0].trim();
  // (`,” anatero.`, `anatero akuseka`: he or she, whom the sentences before the quote name; nothing is read here.)
  if (!words || NO_SUBJECT.test(words)) return null;
  const [head, ...after] = words.split(/\s*,\s*/u);
  const name = chichewaName(head!);
  if (name) return person(name, after[0] && /^\p{Ll}/u.test(after[0]) && !NO_SUBJECT.test(after[0]) && !/^(?:omwe|yemwe|amene)(?![\p{L}])/u.test(after[0]) ? after[0] : null);
  // (`anatero iwo akuseka`: the pronoun, then how it was said.)
  return lowerSubject(head!.split(/\s+(?=ak[uo]\p{Ll})/u)[0]!);
}

export const chichewa: LanguageCues = {
  // (Or a person named with the honorific `a` in a sentence holding Chichewa's own small words: `Kumapeto, a X anali … ndi …`.)
  applies: (frame) => new RegExp(`(?:^|[\\s,])(?:[Aa](?:na|da)?|[Ww]a)${STEM}(?=[\\s:,.;!?]|$)|Malinga\\s+ndi`, 'u').test(frame) || (/(?:^|\s)[Aa]\s+\p{Lu}/u.test(frame) && /(?:^|\s)(?:ndipo|pamene|pomwe|chifukwa|komanso|ndi|kuti)(?=\s)/iu.test(frame)),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { tagVerb, subjectVerb } = patterns();
    const verb = tagVerb.exec(line);
    if (verb) return tagSubject(line.slice(verb[0].length));
    // (`,” a X anatero.`, `,” iwo anatero.`: the subject before the verb.)
    const subject = subjectVerb.exec(line)?.[1];
    if (!subject) return null;
    const name = chichewaName(subject);
    return name ? person(name) : lowerSubject(subject);
  },
  before(frame) {
    const { splitTag, pronounBefore, according, subjectBefore } = patterns();
    // (`“…,” anatero a X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return chichewa.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1];
    if (source) return speakerIn(source);
    const subject = subjectBefore.exec(frame)?.[1] ?? patterns().reported.exec(frame)?.[1];
    if (subject) return speakerIn(subject);
    const honoured = patterns().honouredSubject.exec(frame)?.[1];
    return honoured ? person(chichewaName(honoured) ?? honoured) : null;
  },
};
