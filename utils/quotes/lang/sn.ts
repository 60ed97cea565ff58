/**
 * Shona: a verb of saying carries its subject and tense as prefixes (`a-ka-ti` he/she said, `va-ka-ti` they said, the
 * plural of respect for one person, `va-ka-daro` said so, `va-ka-wedzera` added). After a quote `,” vakadaro VaX.` /
 * `vakati X` (said X), `,” vakadaro.` / `vakadaro ivo vachi…` (he or she: the person the sentences before name), `,”
 * vakadaro mutauriri.` (said the spokesperson: the one the text gave the office), `,” akadaro mumwe mutyairi.` (a driver:
 * someone described); before one `X, <who he is>, vakati: “…”`, `Vakati: “…”`, `Sekureva kwaX, “…”` (according to X)
 * and `X vakati … . “…”` (a sentence reporting what X said). The honorific `Va` is glued to a name (`VaMoyo` is Moyo);
 * forms of address (Mai Mrs, Baba Mr, Chiremba Dr, Sabhuku village head, Ishe chief) come off names.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Stems of saying: said (ti), said so (daro), spoke, added, explained, asked, answered, confirmed, warned, urged, announced, commented. */
const STEM = '(?:ti|daro|taura|wedzera|tsanangura|bvunza|pindura|simbisa|yambira|yambiradza|kurudzira|zivisa|tsinhira|dudzira|rondedzera|jekesa|pedzisa|ramba|bvuma)';
/** A person's subject prefix (a- he/she, va- they or the one respected) and a tense (ka remote past, a recent past, no present). */
const VERB = `(?:va|a)(?:ka|a|no)?${STEM}`;
/** The same verb opening a sentence, its subject the person just named (`Vakati:`, `Ivo vakati:`). */
const VERB_OPENING = `(?:(?:Ivo|Iye)\\s+${VERB}|(?:Va|A)(?:ka|a|no)?${STEM})`;
/** `vakati kuti:` (said that). */
const THAT = '(?:\\s+kuti)?';
/** The honorific glued to a name (`VaMoyo`), after a preposition's prefix too (`naVaMoyo` with, `kwaVaMoyo` of). */
const HONORIFIC = /^(?:kuna|kwa|na|ku|sa)?[Vv]a-?(?=\p{Lu})/u;
/** Forms of address before a name: Mrs, Mr, Miss, Dr, village head, chief, pastor, professor, councillor, minister, police ranks. */
const ADDRESS = /^(?:(?:Mai|Amai|Baba|Muzvare|Chiremba|Dr\.?|Sabhuku|Ishe|Mambo|Changamire|Mufundisi|Purofesa|Prof\.?|Kanzura|Gurukota|Sekuru|Ambuya|Gogo|Inspector|Insp\.?|Sajeni|Sgt\.?|Konsitebhu|Cst\.?)\s+)+(?=\p{Lu})/u;
/** Offices a story names its speaker by alone (`vakadaro mutauriri`): spokesperson, doctor, village head, chief, minister, chair, councillor, manager. */
const OFFICES = /^(?:mutauriri|chiremba|sabhuku|ishe|mambo|gurukota|sachigaro|kanzura|meya|maneja|mukuru|mutungamiri|mufundisi|purofesa|mudzidzisi)$/u;
/** `mukuru uyu`, `chiremba uyu` (this official, this doctor): the person just named. */
const POINTED = /^(\p{Ll}+)\s+(?:uyu|uyo|uya)$/u;
/** Nouns heading a body's name: government, council, police, ministry, company, hospital, party, organisation, school, church, court. */
const BODY = /^(?:Hurumende|Kanzuru|Mapurisa|Bazi|Kambani|Chipatara|Bato|Sangano|Chikoro|Chechi|Kereke|Paramende|Dare|Komiti|Bhangi)(?![\p{L}])/u;
/** Words after a verb that say how, when or to whom, not who: while …ing (`vachipukuta`), that, today, to, with, about. */
const NO_SUBJECT = /^(?:vachi\p{Ll}+|achi\p{Ll}+|vo\p{Ll}+|kuti|nhasi|nezuro|ku\p{Ll}*|kwa\p{Ll}*|ne\p{Ll}*|na\p{Ll}*|pa\p{Ll}*|mu\p{Ll}*ni|uye|asi)(?![\p{L}])/u;
/** Capitalised words opening a phrase of place, time or manner (in, at, but, and, according to): no name. */
const OPENING = /^(?:Pa|Ku|Mu|Kwa|Asi|Uye|Sekureva|Sekutaura|Maererano|Nhasi|Nezuro|Kunyange|Zvisinei|Mushure)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  tagVerb: new RegExp(`^[\\s,]*${VERB}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  subjectVerb: new RegExp(`^[\\s,]*([^.!?“”"\\n,]{2,80}?)\\s+${VERB}(?=[\\s.,;!?]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:[^.!?“”"\\n,]{2,80}?\\s+)?${VERB}(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)${VERB_OPENING}${THAT}\\s*[:,]?\\s*$`, 'u'),
  // (`Sekureva kwaVaX,`, `Sekureva kwaX Y,`, `Sekureva kwebazi …,` (of the ministry), `Sekureva kwavo,` (of him or her).)
  according: /(?:^|[.!?]\s+)(?:Sekureva|Sekutaura)\s+(kw[aeo][^.!?“”"]{2,160}?)\s*,?\s*$/u,
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${VERB}${THAT}\\s*:\\s*$`, 'u'),
  // (`X, <who>, vakati <what> . “…”`: the sentence before reports what X said; the quote is X's own words.)
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${VERB}${THAT}\\s+\\p{Ll}[^.!?“”"]{2,400}[.!?]\\s*$`, 'u'),
  // (`<role>, X Y, vakasimbisa … . “…”`: a sentence whose subject is a person named, doing anything, right before the quote.)
  namedSubject: new RegExp(`(?:^|[.!?]\\s+)((?:[^.!?“”",]{2,80},\\s*)?(?:\\p{Lu}\\p{Ll}+\\s+)?(?:Va)?${NAME_RUN}(?:\\s*,[^.!?“”"]{1,200}?,)?)\\s+(?:va|a)(?:ka|a|no|i)\\p{Ll}{2,}[^.!?“”"]{0,300}[.!?]\\s*$`, 'u'),
}));

/** The name a group of words is, its honorific and forms of address taken off (`VaMoyo` → `Moyo`, `Mai X Y` → `X Y`), or null. */
export function shonaName(group: string): string | null {
  const words = group.trim().replace(HONORIFIC, '').replace(ADDRESS, '').replace(HONORIFIC, '');
  if (OPENING.test(words) || BODY.test(words) || !patterns().name.test(words)) return null;
  return cleanName(words) || null;
}

/**
 * `Mutauriri wemapurisa, Inspector X Y,`, `VaX,`, `Mai X Y, 41, mutengesi …`: the name among comma-set groups; the groups
 * around it (lower-case ones after it, not an age) are its role. No name: the first group describes someone (or a body).
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !OPENING.test(group));
  const at = groups.findIndex((group) => shonaName(group) !== null);
  if (at < 0) return groups.length > 0 ? lowerSubject(groups[0]!) : null;
  // (`ane makore 41` (aged 41), `anogara …` (who lives …): an age or a relative clause is no role.)
  const after = groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !/^(?:ane|vane|ano|vano|aka|vaka)\p{Ll}*/u.test(group));
  const role = [...groups.slice(0, at), ...after].join(', ');
  return person(shonaName(groups[at]!)!, role || null);
}

/** A subject with no name: `ivo`/`iye` (he or she), an office (`mutauriri`, `chiremba uyu`), a body, else someone described. */
function lowerSubject(words: string): SpeakerPhrase | null {
  // (He or she: the sentences before name them; nothing read here leaves it to them.)
  if (/^(?:[Ii]vo|[Ii]ye)(?![\p{L}])/u.test(words)) return pronoun('they');
  // (`vese` (all), `vanhu` (people), `vagari` (residents): a group, no one person.)
  if (/^(?:[Vv]ese|[Vv]anhu|[Vv]agari|[Vv]o)(?![\p{L}])/u.test(words)) return null;
  if (BODY.test(words)) return described(words);
  // (`Mumwe mutyairi anoshanda …` (a certain driver who works …): a noun capitalised as it opens the sentence, lower-case words after it.)
  if (/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(words) && !shonaName(words.split(/\s+/u)[0]!)) return described(words);
  if (/^\p{Lu}/u.test(words)) return null;
  const noun = POINTED.exec(words)?.[1] ?? words;
  if (OFFICES.test(noun)) return officeDescriptor(noun);
  return described(words);
}

/** The words after a tag's verb: a name (`VaX`, `Chiremba X`), `ivo`, an office, someone described, or the subject in the verb. */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;“”"\n]*/u.exec(rest)![0].trim();
  // (`,” vakadaro.`, `vakadaro vachiseka` (laughing): he or she, whom the sentences before the quote name.)
  if (!words || NO_SUBJECT.test(words)) return null;
  const [head, ...after] = words.split(/\s*,\s*/u);
  const name = shonaName(head!.split(/\s+(?=vachi|achi)/u)[0]!);
  if (name) return person(name, after[0] && /^\p{Ll}/u.test(after[0]) && !NO_SUBJECT.test(after[0]) && !/^(?:ane|vane|ano|vano)\p{Ll}*/u.test(after[0]) ? after[0] : null);
  // (`vakadaro ivo vachipukuta misodzi`: the pronoun, then how it was said.)
  return lowerSubject(head!.split(/\s+(?=v?achi\p{Ll})/u)[0]!);
}

/** The source after `Sekureva`: `kwavo`, `kwake` (his, hers), `kwaVaX` or `kwa X` (a name), `kwebazi …` (a noun's class glued on). */
function sourceOf(words: string): SpeakerPhrase | null {
  if (/^kw(?:avo|ake)$/u.test(words)) return pronoun('they');
  const named = /^kwa(?:\s+|(?=[VvA-Z\p{Lu}]))(.+)$/u.exec(words)?.[1];
  if (named) return speakerIn(named);
  return described(words.replace(/^kw[aeo]/u, ''));
}

export const shona: LanguageCues = {
  applies: (frame) => new RegExp(`(?:^|[\\s,])(?:[Vv]a|[Aa])(?:ka|a|no)?${STEM}(?=[\\s:,.;!?]|$)|Seku(?:reva|taura)\\s+kw`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { tagVerb, subjectVerb } = patterns();
    const verb = tagVerb.exec(line);
    if (verb) return tagSubject(line.slice(verb[0].length));
    // (`,” VaX vakadaro.`, `,” ivo vakadaro.`: the subject before the verb.)
    const subject = subjectVerb.exec(line)?.[1];
    if (!subject) return null;
    const name = shonaName(subject);
    return name ? person(name) : lowerSubject(subject);
  },
  before(frame) {
    const { splitTag, pronounBefore, according, subjectBefore, reported, namedSubject } = patterns();
    // (`“…,” vakati VaX, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return shona.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1];
    if (source) return sourceOf(source);
    const subject = subjectBefore.exec(frame)?.[1] ?? reported.exec(frame)?.[1];
    if (subject) return speakerIn(subject);
    const named = namedSubject.exec(frame)?.[1];
    return named ? speakerIn(named) : null;
  },
};
