/**
 * Santali (Ol Chiki script, no capitals, sentences ended by the full stop ᱾): the subject comes first and the verb last.
 * Before a quote `<place ᱨᱮᱭᱟᱜ> <role> X (᱖᱘) ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` (X said), `ᱩᱱᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` (he or she said),
 * `ᱩᱱᱤ ᱟᱨᱦᱚᱸ ᱢᱮᱱᱠᱮᱫᱟᱭ` (said too); after one `“…,” X ᱢᱮᱱᱠᱮᱫᱟᱭ᱾`, `“…,” <role> ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` (the official the text named),
 * `“…,” ᱢᱮᱱᱛᱮ <relative clause> X ᱢᱮᱱᱠᱮᱫᱟᱭ᱾` (ᱢᱮᱱᱛᱮ / ᱢᱮᱱ ᱠᱟᱛᱮ, "saying so", closing the quoted words).
 * The name is the words after the last role noun, genitive (`ᱨᱮᱭᱟᱜ`, `ᱨᱮᱱ`) or participle (`ᱠᱟᱱ`, `ᱟᱠᱟᱱ`: "who is", "who has"),
 * three at most; an age in brackets after it is no part of it. `ᱢᱤᱫᱴᱮᱱ` ("one", "a") before a noun leaves the speaker unnamed.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const OL_CHIKI = /[\u1c50-\u1c7f]/u;
/** Verbs of saying, third person singular and plural: said, says, told, asked, added (`ᱢᱮᱱ ᱠᱮᱫᱟᱭ` written apart too). */
const VERB = '(?:ᱢᱮᱱ\\s?ᱠᱮᱫᱟ(?:ᱭ|ᱠᱚ|ᱠᱤᱱ)|ᱢᱮᱱᱟ(?:ᱭ|ᱠᱚ)|ᱢᱮᱱᱮᱫᱟ(?:ᱭ|ᱠᱚ)|ᱞᱟᱹᱭ\\s?ᱠᱮᱫᱟ(?:ᱭ|ᱠᱚ)|ᱠᱩᱞᱤ\\s?ᱠᱮᱫᱟ(?:ᱭ|ᱠᱚ)|ᱛᱮᱞᱟ\\s?ᱠᱮᱫᱟ(?:ᱭ|ᱠᱚ))';
/** "Saying so": the quotative after quoted words, before the rest of the tag. */
const QUOTATIVE = /^[\s,”"»]*(?:ᱢᱮᱱᱛᱮ|ᱢᱮᱱ\s?ᱠᱟᱛᱮ)\s+/u;
/** He or she, they (the plural ends in `ᱠᱩ` or `ᱠᱚ`). */
const PRONOUN = /^(?:ᱩᱱᱤ|ᱱᱩᱭ|ᱩᱱᱠᱩ|ᱩᱱᱠᱤᱱ|ᱱᱩᱠᱩ)$/u;
/** Adverbs and particles between the subject and its verb: too, again, then, the topic marker. */
const FILLER = /^(?:ᱟᱨᱦᱚᱸ|ᱦᱚᱸ|ᱫᱚ|ᱛᱮᱦᱮᱸ|ᱤᱱᱟ|ᱛᱟᱭᱚᱢ|ᱥᱮᱫᱟᱭ|ᱢᱩᱪᱟᱹᱫ)$/u;
/** Offices and occupations: village head, priest, elder, headman, doctor, officer, professor, teacher, minister, chair, secretary. */
const ROLES = new Set(
  ('ᱢᱟᱡᱷᱤ ᱯᱟᱨᱟᱱᱤᱠ ᱱᱟᱭᱠᱮ ᱜᱚᱰᱮᱫ ᱦᱟᱲᱟᱢ ᱵᱩᱰᱷᱤ ᱢᱩᱠᱷᱤᱭᱟ ᱯᱚᱨᱜᱚᱱᱟ ᱰᱟᱠᱴᱟᱨ ᱚᱯᱷᱤᱥᱟᱨ ᱯᱳᱨᱯᱷᱮᱥᱟᱨ ᱯᱨᱚᱯᱷᱮᱥᱟᱨ ᱢᱟᱥᱴᱟᱨ ᱢᱚᱱᱛᱨᱤ ' +
    'ᱥᱚᱵᱷᱟᱯᱚᱛᱤ ᱥᱮᱠᱨᱮᱴᱟᱨᱤ ᱨᱮᱯᱚᱨᱴᱟᱨ ᱜᱟᱹᱨᱰ ᱥᱤᱯᱟᱹᱦᱤ ᱪᱟᱥᱤ ᱥᱤᱠᱷᱭᱚᱠ ᱵᱤᱫᱭᱟᱹᱨᱛᱷᱤ ᱢᱮᱢᱵᱚᱨ ᱵᱤᱫᱷᱟᱭᱚᱠ ᱥᱟᱸᱥᱚᱫ ᱜᱟᱹᱣᱛᱟ').split(' '),
);
/** Words that close what goes before a name: genitives, participles of a relative clause, "from", "in". */
const BOUNDARY = /^(?:ᱨᱮᱭᱟᱜ|ᱨᱮᱱ|ᱨᱮᱱᱟᱜ|ᱠᱟᱱ|ᱟᱠᱟᱱ|\S+ᱟᱠᱟᱱ|ᱠᱷᱚᱱ|ᱨᱮ|ᱛᱮ|ᱥᱟᱶ|ᱟᱨ)$/u;
/** "One", "a" (person): the speaker is described, unnamed. */
const INDEFINITE = /^(?:ᱢᱤᱫᱴᱮᱱ|ᱢᱤᱫ|ᱥᱟᱱᱟᱢ)$/u;

const patterns = lazy(() => ({
  before: new RegExp(`([^᱾“”"\\n]{1,200}?)\\s*${VERB}\\s*[,:]?\\s*$`, 'u'),
  after: new RegExp(`^[\\s,”"»]*([^᱾“”"\\n]{0,160}?)\\s*${VERB}(?=[\\s,᱾:]|$)`, 'u'),
}));

/** The speaker a subject names: the name after its last role or boundary word, with the role; he, she; someone described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const words = subject.replace(/\([^()]{0,20}\)/gu, ' ').split(/[\s,]+/u).filter(Boolean);
  while (words.length > 0 && FILLER.test(words.at(-1)!)) words.pop();
  if (words.length === 0) return pronoun('they');
  if (PRONOUN.test(words.at(-1)!)) return pronoun('they');
  const indefinite = words.findIndex((word) => INDEFINITE.test(word));
  if (indefinite >= 0) return described(words.slice(indefinite).join(' '));
  // (`ᱡᱚᱛᱚ ᱦᱚᱲ ᱢᱮᱱᱠᱮᱫᱟᱠᱚ`, everyone said; `ᱜᱟᱹᱣᱛᱟ ᱦᱚᱲᱠᱚ`, the people of the village: a noun for people is no one named.)
  if (/^ᱦᱚᱲ(?:ᱠᱚ)?$/u.test(words.at(-1)!)) return described(words.slice(-2).join(' '));
  let start = words.length;
  while (start > 0 && words.length - start < 3 && !ROLES.has(words[start - 1]!) && !BOUNDARY.test(words[start - 1]!)) start--;
  // (A long run with no role or boundary before it is a clause, not a name: `ᱟᱛᱳ ᱦᱚᱲᱠᱚ ᱥᱟᱶᱛᱮ …`.)
  if (start > 0 && !ROLES.has(words[start - 1]!) && !BOUNDARY.test(words[start - 1]!)) return null;
  let roleStart = start;
  while (roleStart > 0 && ROLES.has(words[roleStart - 1]!)) roleStart--;
  const role = words.slice(roleStart, start).join(' ') || null;
  const name = words.slice(start).join(' ');
  if (!name) return role ? officeDescriptor(role) : null;
  return person(name, role);
}

/** `ᱧᱩᱛᱩᱢ` ("named"), `ᱧᱩᱛᱩᱢ ᱯᱩᱛᱷᱤ` (the book named …) right after quoted words: they are a title, no one's speech. */
const NAMING_AFTER = /^[\s”"»]*ᱧᱩᱛᱩᱢ(?:\s|$)/u;
/** A name and an age in brackets (`X Y (᱒᱔)`), as a story brings someone in. */
const AGED_NAME = /(?:^|\s)(\S+\s+\S+)\s*\([\u1c50-\u1c59\d]{1,3}\)/gu;
/** The topic of a sentence (`X ᱫᱚ …`): a surname the story gave in full before. */
const TOPIC_NAME = /^(\S+)\s+ᱫᱚ\s/u;

/**
 * `… X Y (᱒᱔) … ᱦᱤᱡᱩᱜ ᱟᱠᱟᱱᱟ᱾ ᱩᱱᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”`, `… Y ᱫᱚ … ᱠᱟᱱᱟ᱾ ᱩᱱᱤ ᱟᱨᱦᱚᱸ ᱢᱮᱱᱠᱮᱫᱟᱭ`: "he" or "she" before a quote is the person
 * the sentence before brings in, by a name and an age or as its topic (given in full earlier in the frame).
 */
function introducedBefore(frame: string): SpeakerPhrase | null {
  const sentences = frame.split('᱾').map((sentence) => sentence.trim()).filter(Boolean);
  const earlier = sentences.at(-2);
  if (!earlier) return null;
  const aged = [...earlier.matchAll(AGED_NAME)].at(-1)?.[1];
  const agedName = aged ? speakerIn(aged) : null;
  if (agedName?.kind === 'name' && !agedName.pronoun) return agedName;
  const topic = TOPIC_NAME.exec(earlier)?.[1];
  if (!topic || ROLES.has(topic) || PRONOUN.test(topic) || BOUNDARY.test(topic)) return null;
  const fuller = [...frame.matchAll(new RegExp(`(\\S+)\\s+${topic}(?=[\\s,᱾]|$)`, 'gu'))].map((match) => match[1]!).find((given) => !ROLES.has(given) && !BOUNDARY.test(given) && !FILLER.test(given));
  return person(fuller ? `${fuller} ${topic}` : topic);
}

export const santali: LanguageCues = {
  applies: (frame) => OL_CHIKI.test(frame),
  after(frame) {
    if (NAMING_AFTER.test(frame)) return null;
    // (`“…,” ᱢᱮᱱᱛᱮ “<title>” ᱧᱩᱛᱩᱢ ᱯᱩᱛᱷᱤ ᱚᱞᱟᱠᱟᱱ X ᱢᱮᱱᱠᱮᱫᱟᱭ᱾`: a title quoted inside the tag is a word of its relative clause.)
    const line = frame.split('\n')[0]!.replace(QUOTATIVE, '').replace(/“[^“”\n]{1,80}”/gu, 'ᱯᱩᱛᱷᱤ');
    const words = patterns().after.exec(line)?.[1];
    return words === undefined ? null : speakerIn(words);
  },
  before(frame) {
    const words = patterns().before.exec(frame)?.[1];
    if (words === undefined) return null;
    const found = speakerIn(words);
    return found?.pronoun && !found.descriptor ? (introducedBefore(frame) ?? found) : found;
  },
};
