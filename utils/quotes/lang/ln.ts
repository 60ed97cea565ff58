/**
 * Lingala: a verb carries its subject as a prefix (`a-lobi` he/she said, `ba-lobi` they said, `e-lobi` it says) and a
 * tense as its ending (`alobi` has said, `alobaki` said, `alobaka` says). After a quote `», alobi X Y, <who he is>.`
 * (said X Y), `», alobi.` / `», asukisi.` (the person just quoted), `», ye abakisi, «…` (he added), `», alobi ministre.`
 * (the office holder the text named), `», alobi mobange yango.` (that elder: the one the text gave that noun); before
 * one `X alobi boye : «…»` (X said thus), `Ye alobi :`, `Engebene na X, «…»` and `Ndenge alobi X, «…»` (according to X).
 * Forms of address (Tata, Mama, Madame, Monsieur, Mokonzi chief, Pasteur, Docteur) open names and come off them.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, namedWithRoles, officeDescriptor, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/**
 * Stems of saying, with a tense ending (-i perfect, -aki past, -aka habitual): say (lob-), add (bakis-), explain (limbol-),
 * conclude (sukis-), ask (tun-), answer (yanol-), tell (yebis-), admit (ndim-), stress (kundol-), warn (kebis-), request (seng-).
 */
const STEM = '(?:lob|bakis|limbol|sukis|tun|yanol|yebis|ndim|kundol|kebis|seng|lakis)';
const TENSE = '(?:i|aki|aka|ak[ií]|ɛlɛ)';
/** He or she said: the person's prefix. */
const VERB = `a${STEM}${TENSE}`;
/** The same with `ye` (he, she) before it, or the verb opening a sentence. */
const PRONOUN_VERB = `(?:[Yy]e\\s+(?:mpe\\s+|lisusu\\s+|na\\s+ye\\s+)?${VERB}|A${STEM}${TENSE})`;
/** Forms of address before a name: Mr, Mrs, father, mother, chief, pastor, doctor, professor, bishop, minister. */
const ADDRESS = '(?:Tata|Mama|Madame|Mme|Monsieur|M\\.|Mokonzi|Pasteur|Pastor|Docteur|Dr|Professeur|Prof|Mgr|Abbé|Maître|Me|Ministre|Ndeko)\\.?';
/** Words after the verb that say how or when, not who: thus, again, and, to us, yesterday, today, before, after. */
const NO_SUBJECT = /^(?:boye|lisusu|mpe|na|lobi|lelo|liboso|nsima|ete|mpo|awa|kuna|epai|wana|kaka)(?![\p{L}])/u;
/** Nouns heading a body's name (the state, a ministry, a party, a church, a company, a council, the police): no person. */
const BODY = /^(?:Leta|Guvernema|Gouvernement|Minisitere|Ministère|Lisanga|Lingomba|Ndako|Kompani|Société|Assemblée|Palama|Polisi|Police|Eklezia|Eglise|Mairie|Commune|Territoire|Provinsi|Kelasi|Inivɛrsite|Université|Hôpital|Lopitalo)(?![\p{L}])/u;
/** A noun pointed at (`mokambi yango` that leader, `moto wana` that person). */
const POINTED = /^(\p{Ll}[\p{L}-]*)\s+(?:yango|wana|oyo|ye)$/u;
/**
 * Offices a story names its speaker by (chief, leader, minister, governor, mayor, president, teacher, doctor, pastor): pointed
 * at or alone, the one holding it. Any other noun (`mobange yango`, that elder) may be someone the story left unnamed: described.
 */
const OFFICE = /^(?:mokonzi|mokambi|ministre|minisitre|guvernere|gouverneur|bourgmestre|prezida|président|molakisi|monganga|pasteur|sango|mokumbi|administrateur|mobateli)$/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  titled: new RegExp(`^(.*?)\\s*((?:${ADDRESS}\\s+)+)(${NAME_RUN})(.*)$`, 'u'),
  tag: new RegExp(`^[\\s,]*(?:ye\\s+(?:mpe\\s+|lisusu\\s+)?)?${VERB}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:ye\\s+)?${VERB}(?:\\s+[^.!?«»“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)${PRONOUN_VERB}(?:\\s+(?:boye|ete|lisusu))?\\s*:?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?«»“”"]{2,200}?),?\\s+(?:na\\s+ye,?\\s+)?${VERB}(?:\\s+(?:boye|ete|lisusu))?\\s*:\\s*$`, 'u'),
  // (`Engebene na X, «…»`, `Ndenge alobi X, «…»`, `Ndenge X alobi, «…»`: according to X.)
  according: new RegExp(`(?:^|[.!?]\\s+)(?:Engebene\\s+na|Ndenge\\s+${VERB})\\s+([^.!?«»“”"]{2,160}?)\\s*,?\\s*$|(?:^|[.!?]\\s+)Ndenge\\s+([^.!?«»“”"]{2,160}?)\\s+${VERB}\\s*,?\\s*$`, 'u'),
}));

/** A name in a group of words, its form of address off; the words before it are its role (`Ministre ya X, Madame Y Z`). */
function lingalaName(group: string): { name: string; role: string | null } | null {
  const words = group.trim();
  if (BODY.test(words)) return null;
  const titled = patterns().titled.exec(words);
  if (titled) {
    const name = cleanName(titled[3]!);
    return name ? { name, role: titled[1]!.trim().replace(/,$/u, '') || null } : null;
  }
  if (!patterns().name.test(words)) return null;
  const name = cleanName(words);
  return name ? { name, role: null } : null;
}

/** `Mama X Y, mokambi ya …,`, `Mokambi ya bilenge, X Y,`: the name among comma-set groups; the others are its role. No name: someone described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  const at = groups.findIndex((group) => lingalaName(group) !== null);
  if (at < 0) return groups[0] && !BODY.test(groups[0]) ? described(groups[0]) : null;
  // (`oyo azali na mbula 67` (who is 67), `na ye` (for his part): no role.)
  const roles = [...groups.slice(0, at), ...groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !/^(?:oyo|na\s+ye)(?![\p{L}])/u.test(group))];
  return namedWithRoles(lingalaName(groups[at]!)!, roles.join(', ') || null);
}

/** The words after a tag's verb: a name and its role, an office (`ministre`), a noun pointed at, someone described. */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;«»“”"\n]*/u.exec(rest)![0].trim();
  if (!words || NO_SUBJECT.test(words)) return pronoun('they');
  const [head, ...after] = words.split(/\s*,\s*/u);
  const found = lingalaName(head!);
  if (found) return namedWithRoles(found, after.find((group) => /^\p{Ll}/u.test(group) && !/^(?:oyo|na\s+ye)(?![\p{L}])/u.test(group)) ?? null);
  if (/^\p{Lu}/u.test(head!)) return BODY.test(head!) ? described(head!) : null;
  // (`alobi ministre`, `alobi mokambi yango`: an office, alone or pointed at, is the one holding it.)
  const noun = POINTED.exec(head!)?.[1] ?? head!;
  return OFFICE.test(noun) ? officeDescriptor(noun) : described(head!);
}

export const lingala: LanguageCues = {
  applies: (frame) => new RegExp(`(?:^|[\\s,])(?:[Yy]e\\s+)?(?:[Aa]|[Bb]a|[Ee])${STEM}${TENSE}(?=[\\s:,.;!?]|$)|Engebene\\s+na`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const verb = patterns().tag.exec(line);
    if (!verb) return null;
    return /^[\s,]*ye\s/u.test(line) ? pronoun('they') : tagSubject(line.slice(verb[0].length));
  },
  before(frame) {
    const { splitTag, pronounBefore, according, subjectBefore } = patterns();
    // (`«…», ye abakisi, «…»`, `«…», alobi X, «…»`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return lingala.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame);
    if (source) return speakerIn((source[1] ?? source[2])!);
    const subject = subjectBefore.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
