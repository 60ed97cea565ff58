/**
 * Luganda: a verb of saying carries its subject and tense as prefixes (`ya-gambye` he/she said, `a-gamba` says,
 * `ba-gambye` they said, `ya-tegeezezza` informed, `ya-yongeddeko` added). After a quote the subject comes first and the
 * verb after `bwe` (as): `,” X bwe yagambye.` (as X said), `,” <role>, X, 58, bwe yagambye.`, `,” bwe yayongeddeko.`
 * (as he or she added: the person the sentences before name); before one `X, <who she is>, yagambye nti: “…”`,
 * `Yagambye nti: “…”`, `Ye yayongeddeko nti:` (he or she said that), `Okusinziira ku X, “…”` (according to X) and `X
 * yagambye nti … . “…”` (a sentence reporting what X said). Forms of address (Omw. Mr, Omuk. Mrs, Owek. Hon., Mzee,
 * Musawo Dr) come off names.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/**
 * Stems of saying, past and present: said, informed, added, asked, explained, answered, stressed, warned, confirmed,
 * announced, complained, revealed.
 */
const STEM = '(?:gambye|gamba|tegeezezza|tegeeza|yongeddeko|yongerako|gasseeko|gattako|buuzizza|buuza|nnyonnyodde|nnyonnyola|zzeemu|ddamu|kkaatirizza|kkaatiriza|labudde|labula|kakasizza|kakasa|langiridde|langirira|eemulugunyizza|bikkudde)';
/** A subject prefix: ya- (he or she, past), a- (he or she), ba- (they), yali a- (had). */
const VERB = `(?:ya|a|ba)${STEM}`;
/** `yagambye nti:` (said that). */
const THAT = '(?:\\s+nti)?';
/** Forms of address before a name: Mr, Mrs, Miss, Hon., elder, doctor, reverend, sheikh, professor, chairman. */
const ADDRESS = /^(?:(?:Omw\.?|Omwami|Omuk\.?|Omukyala|Nnyabo|Ssebo|Owek\.?|Owekitiibwa|Mzee|Musawo|Dr\.?|Rev\.?|Fr\.?|Sheikh|Pulofeesa|Prof\.?|Ssentebe|Minisita|Kansala)\s+)+(?=\p{Lu})/u;
/** Offices a story names its speaker by alone (`omukungu ono bwe yagambye`): official, chairman, minister, doctor, spokesperson, teacher. */
const OFFICES = /^(?:omukungu|ssentebe|minisita|musawo|omwogezi|omusomesa|omukulu|kansala|omubaka|omukulembeze)$/u;
/** Nouns heading a body's name: government, authority, ministry, council, police, company, hospital, school, association, court. */
const BODY = /^(?:Gavumenti|Ekitongole|Minisitule|Minisitule|Olukiiko|Poliisi|Kkampuni|Kampuni|Eddwaliro|Essomero|Ekibiina|Kkooti|Ekkanisa|Palamenti)(?![\p{L}])/u;
/** Capitalised words opening a phrase of place, time or manner (but, in, at, when, according to): no name. */
const OPENING = /^(?:Kyokka|Naye|Mu|Ku|E|Okusinziira|Bwe|Oluvannyuma|Ate|Era|Olwaleero|Eggulo|Wabula)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  // (`,” bwe yagambye.`: the subject left to the sentences before.)
  bare: new RegExp(`^[\\s,]*bwe\\s+${VERB}(?=[\\s.,;!?]|$)`, 'u'),
  // (`,” X bwe yagambye.`, `,” <role>, X, 58, bwe yagambye.`: the subject before `bwe` and the verb.)
  subjectAs: new RegExp(`^[\\s,]*([^.!?“”"\\n]{2,200}?),?\\s+bwe\\s+${VERB}(?=[\\s.,;!?]|$)`, 'u'),
  // (`,” yagambye X.`: the verb first, its subject after it.)
  tagVerb: new RegExp(`^[\\s,]*${VERB}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:[^.!?“”"\\n]{2,200}?\\s+)?(?:bwe\\s+)?${VERB}\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:(?:Ye|Yye)\\s+(?:ya|a)|Ya|A)${STEM}${THAT}\\s*[:,]?\\s*$`, 'u'),
  according: /(?:^|[.!?]\s+)Okusinziira\s+ku\s+([^.!?“”"]{2,160}?)\s*,?\s*$/u,
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${VERB}${THAT}\\s*:\\s*$`, 'u'),
  // (`X, <who>, yagambye nti <what> . “…”`: the sentence before reports what X said; the quote is X's own words.)
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${VERB}${THAT}\\s+\\p{Ll}[^.!?“”"]{2,400}[.!?]\\s*$`, 'u'),
}));

/** The name a group of words is, its forms of address taken off (`Omw. X Y` → `X Y`), or null (a body, a place). */
export function lugandaName(group: string): string | null {
  const words = group.trim().replace(ADDRESS, '');
  if (OPENING.test(words) || BODY.test(words) || !patterns().name.test(words)) return null;
  return cleanName(words) || null;
}

/**
 * `Ssentebe w'ekibiina, Omw. X Y, 58,`, `Omuk. X Y, 44, alina …`: the name among comma-set groups; a group before it is
 * its role, a lower-case noun group after it too (not an age, not a relative clause `alina …`, who has …, nor `omu ku …`,
 * one of …). No name: the
 * first group describes someone (`Omu ku bayizzi`, one of the hunters), or is a body.
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !OPENING.test(group));
  const at = groups.findIndex((group) => lugandaName(group) !== null);
  if (at < 0) return groups.length > 0 ? lowerSubject(groups[0]!) : null;
  const after = groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !/^(?:a\p{Ll}+|e[yw]\p{Ll}+|omu\s+ku)(?:\s|$)/u.test(group));
  const role = [...groups.slice(0, at), ...after].join(', ');
  return person(lugandaName(groups[at]!)!, role || null);
}

/** A subject with no name: `ye` (he or she), an office (`omukungu ono`, this official), a body, else someone described. */
function lowerSubject(words: string): SpeakerPhrase | null {
  if (/^(?:[Yy]e|[Yy]ye)(?![\p{L}])/u.test(words)) return pronoun('they');
  if (BODY.test(words)) return described(words);
  // (`Omu ku bayizzi` (one of the hunters), capitalised as it opens the sentence: someone described.)
  if (/^Omu\s+ku\s/u.test(words)) return described(words);
  // (`Omukyala omu atunda …` (a woman who sells …): a noun capitalised as it opens the sentence, lower-case words after it;
  // not `X alina …`, a name and its relative clause.)
  if (/^\p{Lu}\p{Ll}+\s+(?!a\p{Ll}|e[yw])\p{Ll}/u.test(words)) return described(words);
  const noun = /^(\p{L}+)\s+(?:ono|oyo|oli)$/u.exec(words)?.[1] ?? words;
  if (OFFICES.test(noun.toLowerCase())) return officeDescriptor(noun.toLowerCase());
  if (/^\p{Lu}/u.test(words)) return null;
  return described(words);
}

/** `Omw. X`, `Omuk. X`: a form of address's full stop, which would end the sentence for the patterns, taken off. */
const withoutAddressStops = (frame: string) => frame.replace(/(?<![\p{L}])(Omw|Omuk|Owek|Dr|Rev|Fr|Prof)\.(?=\s+\p{Lu})/gu, '$1');

export const luganda: LanguageCues = {
  applies: (frame) => new RegExp(`(?:^|[\\s,])(?:[Yy]a|[Aa]|[Bb]a)${STEM}(?=[\\s:,.;!?]|$)|Okusinziira\\s+ku`, 'u').test(frame),
  after(written) {
    const line = withoutAddressStops(written.split('\n')[0]!);
    const { bare, subjectAs, tagVerb } = patterns();
    // (`,” bwe yayongeddeko.`: he or she, whom the sentences before the quote name; nothing is read here.)
    if (bare.test(line)) return null;
    const subject = subjectAs.exec(line)?.[1];
    if (subject) return speakerIn(subject);
    const verb = tagVerb.exec(line);
    if (!verb) return null;
    const words = /^[^.!?;“”"\n]*/u.exec(line.slice(verb[0].length))![0].trim();
    return words && !/^(?:nti|nga|bwe|mu|ku|e)(?![\p{L}])/u.test(words) ? speakerIn(words) : null;
  },
  before(written) {
    const frame = withoutAddressStops(written);
    const { splitTag, pronounBefore, according, subjectBefore, reported } = patterns();
    // (`“…,” X bwe yagambye, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return luganda.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1];
    if (source) return speakerIn(source);
    const subject = subjectBefore.exec(frame)?.[1] ?? reported.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
