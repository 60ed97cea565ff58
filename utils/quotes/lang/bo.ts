/**
 * Tibetan (syllables parted by the tsheg ་, sentences ended by the shad །): before a quote `<role> X ལགས་ཀྱིས་(ང་ཚོར་)གསུངས་དོན། “…”`
 * (X said, to us: the subject in the ergative `ཀྱིས` / `གྱིས` / `གིས` / `ཡིས`, the honorific ལགས before it dropped), after one
 * `“…” ཞེས་X་གྱིས་བཤད།` (the quotative ཞེས, "so", opening the tag), `“…” ཞེས་ཁོང་གིས་གསུངས།` (he or she), `“…” ཞེས་ཁ་སྣོན་གནང་།`
 * (added, the subject left out: the one just quoted), `“…” ཞེས་<role>་དེས་བཤད།` (that official: the one the text named).
 * With no capitals and no spaces, the name is the syllables after the last role noun, genitive (`ཀྱི`, `-འི`) or `ཡིན་པའི`
 * ("who is"), four at most; `ཞིག` ("a") before the ergative leaves the speaker described, unnamed.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const TIBETAN = /[\u0f00-\u0fff]/u;
/** Verbs of saying, plain and honorific (said, told, added, answered, explained, stated), with the endings that lead on (`-དོན`, `-རྗེས`, `-པ`). */
// (Dzongkha: `སླབ` said, `ཁ་སྐོང་ རྐྱབ` added, `འགྲེལ་བཤད་ རྐྱབ` explained, past `-ཅི`, `-ཡི`, `-ནུག`; its syllables may part with a space after the tsheg.)
const VERB = '(?:གསུངས|བཤད|ཞུས|ལབ|སླབ|བརྗོད|ཁ་སྣོན་(?:གནང|བྱས|ཞུས)|ཁ་སྐོང་(?:རྐྱབ|གནང)|ལན་(?:བཏབ|གནང|འདེབས|སླབ)|གསལ་བཤད་(?:གནང|བྱས)|འགྲེལ་བཤད་(?:རྐྱབ|གནང)|བརྗོད་(?:གནང|བྱས))(?:་(?:དོན|རྗེས|པ|ཡོད|ཅི|ཡི|ནུག|སྟེ))?'.replace(/་/gu, '་\\s*');
/** The ergative particles after a subject, and the demonstrative "that" / "this" with it glued on. */
const ERGATIVE = /^(?:ཀྱིས|གྱིས|གིས|ཡིས|དེས|འདིས|ཚོས)$/u;
/** He, she, honoured he or she; with ལགས too (`མོ་ལགས`). */
const PRONOUN = /^(?:ཁོང|མོ|ཁོ|ཁོང་ལགས|མོ་ལགས|ཁོ་རང|མོ་རང)$/u;
/** Adverbs between a Dzongkha ergative and the quote: again, too, at the end. */
const ADVERB_AFTER_ERGATIVE = '(?:ད་\\s*རུང|ཡང|སླར་\\s*ཡང|མཇུག་\\s*ལུ|དེ་\\s*ལས)';
/** Offices and occupations (two syllables each): director, owner, shopkeeper, minister, chair, secretary, teacher, doctor, spokesperson. */
const ROLES = ['འགོ་འཛིན', 'བདག་པོ', 'ཚོང་པ', 'བཀའ་བློན', 'ཚོགས་གཙོ', 'དྲུང་ཆེ', 'དགེ་རྒན', 'སྨན་པ', 'སློབ་དཔོན', 'སྐུ་ཚབ', 'གཙོ་འཛིན', 'ཁྲི་འཛིན', 'སྲིད་སྐྱོང', 'ལས་བྱེད་པ', 'ཞི་བདེ་པ', 'ཁ་ལོ་པ', 'མཁན་པོ', 'འཐུས་མི', 'གསར་འགོད་པ', 'ཁུངས་འཛིན', 'སྤྱི་ཁྱབ',
  // (Dzongkha: master, headman, mother, father, honoured lady, elder, engineer, contractor, minister, district head, doctor.)
  'ལོབ་དཔོན', 'རྒཔོ', 'ཨམ', 'ཨཔ', 'ཨ་ཞེ', 'དྲག་ཤོས', 'ཨིན་ཇི་ནི་ཡར', 'ཐེ་ཀེ་དར', 'བློན་པོ', 'རྫོང་བདག', 'ཌོག་ཊར'];
/** A syllable that closes what goes before the name: a genitive, a relative's ending, "a" (`ཞིག`). */
// (Not `ཡང`, "also": it opens names too, `ཡང་ཛོམ`, `ཡང་ཆེན`.)
const BOUNDARY = /^(?:ཀྱི|གྱི|གི|ཡི|ནི|དང|ནས|ལ|ལུ|ལས|ཞེས|ཞེས་པའི|\S*འི|ཀྱང)$/u;
const INDEFINITE = /^(?:ཞིག|ཅིག|ཤིག)$/u;

const patterns = lazy(() => ({
  after: new RegExp(`^[\\s”"»》]*(?:ཞེས|ཟེར)་\\s*(?:པ་)?([^།“”"\\n]{0,120}?)་?\\s*${VERB}\\s*(?:[།༎]|$)`, 'u'),
  // (Dzongkha `X གིས་ “…” ཟེར་ སླབ་ཅི།`: the subject and its ergative before the quote, the verb after it.)
  ergativeBefore: new RegExp(`([^།༎“”"\\n]{1,240}?)་?\\s*(?:ཀྱིས|གྱིས|གིས|ཡིས)་?\\s*(?:${ADVERB_AFTER_ERGATIVE}་?\\s*)?$`, 'u'),
  before: new RegExp(`([^།༎“”"\\n]{1,240}?)་?${VERB}[།༎]?\\s*[:：]?\\s*$`, 'u'),
}));

/** The speaker of the words before a verb of saying: the subject before the first ergative (or he, she, none said). */
function speakerIn(words: string, subjectOptional: boolean): SpeakerPhrase | null {
  // (`X (ལོ་ ༥༨) གིས`: an age in brackets after the name is no part of it.)
  const syllables = words.replace(/\([^()]{0,30}\)/gu, ' ').split(/[་\s]+/u).filter(Boolean);
  const at = syllables.findIndex((syllable) => ERGATIVE.test(syllable));
  if (at < 0) return subjectOptional && syllables.length <= 2 ? pronoun('they') : null;
  const particle = syllables[at]!;
  let subject = syllables.slice(0, at);
  // (`<role>་དེས`: "that" glued to the ergative points at the official the text named.)
  // (`ཚོང་པ་ཚོས`, the traders: a group, described, no one person.)
  if (particle === 'ཚོས') return described([...subject.slice(-2), 'ཚོ'].join('་'));
  if (particle === 'དེས' || particle === 'འདིས') return subject.length > 0 ? officeDescriptor(roleAtEnd(subject) ?? subject.slice(-2).join('་')) : null;
  if (subject.at(-1) === 'ལགས') subject = subject.slice(0, -1);
  const joined = subject.join('་');
  // (`མི་རྣམས`, `མི་ཚུ` (Dzongkha): people, a group; no one person.)
  if (/^(?:ཚོ|ཚུ|རྣམས)$/u.test(subject.at(-1) ?? '')) return null;
  // (`མོ`, `ཁོ` end names too, `བསོད་ནམས་དབང་མོ`: alone, or after a word that closes what goes before, they are "she", "he".)
  const last = subject.at(-1) ?? '';
  const pronounLast = PRONOUN.test(last) && (!/^(?:མོ|ཁོ)$/u.test(last) || subject.length === 1 || BOUNDARY.test(subject.at(-2)!));
  if (PRONOUN.test(joined) || pronounLast) return /^མོ/u.test(joined) || last === 'མོ' ? pronoun('she', 'female') : pronoun('they');
  if (INDEFINITE.test(subject.at(-1) ?? '')) {
    const noun = subject.slice(0, -1);
    let from = noun.length;
    while (from > 0 && noun.length - from < 4 && !BOUNDARY.test(noun[from - 1]!)) from--;
    return described(noun.slice(from).join('་'));
  }
  let start = subject.length;
  while (start > 0 && subject.length - start < 4 && !BOUNDARY.test(subject[start - 1]!) && !/[\d༠-༩]/u.test(subject[start - 1]!) && !endsRole(subject.slice(0, start))) start--;
  const name = subject.slice(start).join('་');
  const role = roleAtEnd(subject.slice(0, start));
  if (!name) return role ? officeDescriptor(role) : null;
  return person(name, role);
}

/**
 * `X ལགས་ནི་ … རེད། “…”`: a sentence opening with a name, its honorific ལགས and the topic ནི (X is …), with no verb of saying:
 * the words quoted next are that person's. Only with ལགས, which is said of people alone.
 */
function honouredTopic(sentence: string): SpeakerPhrase | null {
  const syllables = sentence.split(/[་\s]+/u).filter(Boolean);
  const at = syllables.findIndex((syllable, i) => syllable === 'ལགས' && /^(?:ནི|ཀྱིས)$/u.test(syllables[i + 1] ?? ''));
  if (at < 1) return null;
  let start = at;
  while (start > 0 && at - start < 4 && !BOUNDARY.test(syllables[start - 1]!) && !/[\d༠-༩]/u.test(syllables[start - 1]!) && !endsRole(syllables.slice(0, start)) && !/^(?:མཁན|པ|བ|པོ|མོ)$/u.test(syllables[start - 1]!)) start--;
  return start < at ? person(syllables.slice(start, at).join('་'), roleAtEnd(syllables.slice(0, start))) : null;
}

/** The role noun the syllables end with, if any. */
function roleAtEnd(syllables: readonly string[]): string | null {
  const joined = syllables.join('་');
  return ROLES.find((role) => joined === role || joined.endsWith(`་${role}`)) ?? null;
}

const endsRole = (syllables: readonly string[]) => roleAtEnd(syllables) !== null;

/**
 * The person a sentence brings in by name: the subject before its ergative (`X ལགས་ཀྱིས་ … གནང་།`) or its topic (`X ལགས་ནི་ … རེད།`),
 * for a "he" or "she" in the next one (lang/introduced.ts may read Tibetan paragraphs with it).
 */
export function tibetanSubject(sentence: string): SpeakerPhrase | null {
  const words = sentence.replace(/[།༎]\s*$/u, '');
  // (Only a person's subject: with ལགས, a role or `ཡིན་པའི` (who is) before it; `གློག་སྐུད་ཐུང་འཁྲིལ་གྱིས`, "by a short circuit", is a cause.)
  const found = speakerIn(words, false) ?? honouredTopic(words);
  const personal = found?.kind === 'name' && !found.pronoun && (!!found.role || new RegExp(`${found.phrase}་(?:ལགས|གྱིས|ཀྱིས|གིས)`, 'u').test(words) && /ལགས|ཡིན་པའི/u.test(words));
  return personal ? found : null;
}

export const tibetan: LanguageCues = {
  applies: (frame) => TIBETAN.test(frame),
  after(frame) {
    const words = patterns().after.exec(frame.split('\n')[0]!)?.[1];
    return words === undefined ? null : speakerIn(words, true);
  },
  before(frame) {
    const ergative = patterns().before.test(frame) ? undefined : patterns().ergativeBefore.exec(frame)?.[1];
    if (ergative !== undefined) return speakerIn(`${ergative.replace(/^.*[།༎]\s*/u, '')}་གིས`, false);
    const words = patterns().before.exec(frame)?.[1];
    const sentences = frame.split(/[།༎]\s*/u).map((sentence) => sentence.trim()).filter(Boolean);
    if (words === undefined) return honouredTopic(sentences.at(-1) ?? '');
    const found = speakerIn(words.replace(/^.*[།༎]\s*/u, ''), false);
    // (`X ལགས་ཀྱིས་ … གནང་། ཁོང་གིས་གསུངས་དོན། “…”`: he or she is the person the sentence before brought in.)
    if (found?.pronoun && sentences.length >= 2) {
      const earlier = sentences.at(-2)!;
      const named = speakerIn(earlier, false) ?? honouredTopic(earlier);
      if (named && !named.pronoun && named.kind === 'name') return named;
    }
    return found;
  },
};
