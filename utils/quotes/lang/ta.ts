/**
 * Tamil: after a quote `” என்றார் X.` (the verb of saying before its subject), `” என்று அவர் குறிப்பிட்டார்.` (the quotative
 * என்று, then the respectful pronoun and a verb), `” என்று பாராட்டினார் X.`, `” என்று எச்சரித்தார்.` (its subject left out);
 * before one `X கூறியதாவது: “…”` ("X said as follows"), `X-இன் கூற்றுப்படி, “…”` ("according to X"), `<role> X, “…”` (the
 * subject, a comma, the quote, then the verb). The script has no capitals, so a name is read by structure: the last
 * words before the verb (or after it), back to a role noun or a word in the genitive, an initial (`எஸ். X`) kept with it.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';

const TAMIL = /[\u0b80-\u0bff]/u;
const QUOTATIVE = '(?:என்றும்|என்று|எனவும்|என)';
/** "said" / "says", respectful third person: the verb of the quotative itself. */
const SAID = '(?:என்றார்|என்கிறார்|என்றனர்|என்கின்றனர்|என்றார்கள்)';
const PRONOUN = '(?:அவர்|அவள்|அவன்|அவர்கள்)';
/** A finite verb in the respectful third person, past or present (`தெரிவித்தார்`, `கூறுகிறார்`, `கேட்கிறான்`). */
const FINITE = '[\\u0b80-\\u0bff]+(?:ார்|ார்கள்|னர்|ான்|ாள்)';
/** Verbs that open what a person said, before it: "said as follows", "while saying". */
const OPENS = '(?:கூறியதாவது|தெரிவித்ததாவது|கூறுகையில்|கூறும்போது|பேசுகையில்|தெரிவிக்கையில்)';
/** A word, an initial's dot kept on it (`எஸ்.`). */
const WORD = '[^\\s,.;:“”"‘’]+(?:\\.(?=\\s))?';

/** Offices and occupations written before a name; nouns of agents end in -ாளர், -ஞர், -நர். */
const ROLES = new Set(
  ('உறுப்பினர் ஆசிரியர் இல்லத்தரசி தலைவர் அமைச்சர் மேயர் ஆணையர் அதிகாரி மருத்துவர் விவசாயி மாணவர் மாணவி நிபுணர் ' +
    'பேராசிரியர் இயக்குநர் செயலர் துணைத்தலைவர் எம்எல்ஏ எம்பி ஓட்டுநர் வியாபாரி தொழிலாளி மீனவர் ஆட்சியர் நீதிபதி').split(' '),
);
const ROLE_SHAPE = /(?:ாளர்|ஞர்|நர்)$/u;
/** Initials as Tamil writes them, a letter's name and a dot: `எஸ்.`, `கே.`, `ஜெ.`, `ஆர்.`, `மு.`. */
const INITIAL = /^[\u0b80-\u0bff]{1,4}\.$/u;
/** Words in the genitive (`கழகத்தின்`, `மன்றத்தின்`) or dative (`அவருக்கு`): whose or to whom, no name. */
const CASE_ENDING = /(?:த்தின்|ின்|இன்|க்கு|ுக்கு)$/u;
const SMALL = new Set('இது இந்த அந்த குறித்து பற்றி மேலும் ஆனால் அதே ஒரு அவர் அவர்கள் நான் நாங்கள்'.split(' '));

const isRole = (word: string) => ROLES.has(word) || ROLE_SHAPE.test(word);
const isNameWord = (word: string) => TAMIL.test(word) && !/\d/u.test(word) && !isRole(word) && !SMALL.has(word) && !CASE_ENDING.test(word);

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*(?:${QUOTATIVE}\\s+${PRONOUN}(?:\\s+${WORD}){0,3}?\\s+${FINITE}|${SAID}\\s+${PRONOUN})(?=[\\s.,]|$)`, 'u'),
  saidThenName: new RegExp(`^[\\s,]*${SAID}\\s+(${WORD}(?:\\s+${WORD}){0,5}?)\\s*(?:[.,]|$)`, 'u'),
  verbThenName: new RegExp(`^[\\s,]*${QUOTATIVE}\\s+(?:${WORD}\\s+)?${FINITE}\\s+(${WORD}(?:\\s+${WORD}){0,4}?)\\s*(?:\\.|$)`, 'u'),
  nameThenVerb: new RegExp(`^[\\s,]*${QUOTATIVE}\\s+(${WORD}(?:\\s+${WORD}){0,4}?)\\s+${FINITE}\\s*(?:\\.|$)`, 'u'),
  opens: new RegExp(`(?:^|[\\s,.])(${WORD}(?:\\s+${WORD}){0,6}?)\\s+${OPENS}\\s*[:,]?\\s*$`, 'u'),
  pronounOpens: new RegExp(`(?:^|[\\s,.])${PRONOUN}(?:\\s+${WORD}){0,3}?\\s+${OPENS}\\s*[:,]?\\s*$`, 'u'),
  according: new RegExp(`(?:^|[\\s,.])(${WORD}(?:\\s+${WORD}){0,6}?)\\s+(?:கூற்றுப்படி|கருத்துப்படி)\\s*,?\\s*$`, 'u'),
  subjectComma: new RegExp(`(?:^|[.!?]\\s+)((?:${WORD}\\s+){1,7}${WORD})\\s*,\\s*$`, 'u'),
  roleAlone: new RegExp(`(?:^|[\\s,])(${WORD})\\s*$`, 'u'),
}));

/** A name's owner form back to the name: `செல்வத்தின்` -> `செல்வம்`, `கண்ணனின்` -> `கண்ணன்`. */
function fromGenitive(word: string): string {
  if (word.endsWith('த்தின்')) return `${word.slice(0, -'த்தின்'.length)}ம்`;
  if (word.endsWith('ின்')) return `${word.slice(0, -'ின்'.length)}்`;
  return word;
}

/** The person the words name, the name last (an initial with it), the role before it. */
function nameIn(words: string, requireRole = false): SpeakerPhrase | null {
  const tokens = words.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 1 && new RegExp(`^${PRONOUN}$`, 'u').test(tokens[0]!)) return pronoun('they');
  const name: string[] = [];
  while (tokens.length > 0 && name.length < 3 && (isNameWord(tokens.at(-1)!) || (name.length > 0 && INITIAL.test(tokens.at(-1)!)))) name.unshift(tokens.pop()!);
  while (tokens.length > 0 && INITIAL.test(tokens.at(-1)!)) name.unshift(tokens.pop()!);
  // A name of three words with no initial is more likely a clause's end than a name: keep the last two.
  if (name.length === 3 && !INITIAL.test(name[0]!)) tokens.push(name.shift()!);
  let roleStart = tokens.length;
  while (roleStart > 0 && roleStart > tokens.length - 4 && !CASE_ENDING.test(tokens[roleStart - 1]!) && !SMALL.has(tokens[roleStart - 1]!)) roleStart--;
  const hasRole = tokens.slice(roleStart).some(isRole);
  const role = hasRole ? tokens.slice(roleStart).join(' ') : null;
  if (name.length === 0) return role && isRole(tokens.at(-1)!) ? { ...described(role)!, role, office: true } : null;
  if (requireRole && !hasRole && !INITIAL.test(name[0]!)) return null;
  return person(name.join(' '), role);
}

export const tamil: LanguageCues = {
  applies: (frame) => TAMIL.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { pronounAfter, saidThenName, verbThenName, nameThenVerb } = patterns();
    if (pronounAfter.test(line)) return pronoun('they');
    const said = saidThenName.exec(line) ?? verbThenName.exec(line);
    if (said) return nameIn(said[1]!);
    const named = nameThenVerb.exec(line);
    const found = named ? nameIn(named[1]!, true) : null;
    if (found) return found;
    // (A verb with its subject left out, `” என்று எச்சரித்தார்.`: the subject is read before the quote, else carried over.)
    return null;
  },
  before(frame) {
    const { opens, pronounOpens, according, subjectComma, roleAlone } = patterns();
    if (pronounOpens.test(frame)) return pronoun('they');
    const opened = opens.exec(frame);
    if (opened) return nameIn(opened[1]!);
    const source = according.exec(frame)?.[1];
    if (source) return nameIn(source.split(/\s+/u).map((word, i, all) => (i === all.length - 1 ? fromGenitive(word) : word)).join(' '));
    // (`<role> X Y, “…” என்று …`: a subject with a role or an initial, then a comma, before the quote.)
    const subject = subjectComma.exec(frame);
    if (subject) return nameIn(subject[1]!, true);
    // (`…, மாவட்ட ஆட்சியர் “…” என்று …`: an office alone right before the quote is its holder.)
    const office = roleAlone.exec(frame)?.[1];
    return office && isRole(office) ? nameIn(frame.split(/[,.;:!?]/u).at(-1)!) : null;
  },
};

/**
 * The person a sentence introduces with a role (`… வியாபாரி டி. X நேற்று …`, `மருத்துவர் X (50) …`): the role noun, its
 * initials and one name word after it (two when a comma closes the second).
 */
export function tamilSubject(sentence: string): SpeakerPhrase | null {
  const tokens = sentence.trim().split(/\s+/u);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isRole(tokens[i]!.replace(/[,.]$/u, ''))) continue;
    let at = i + 1;
    const name: string[] = [];
    while (INITIAL.test(tokens[at] ?? '') || /^[\u0b80-\u0bff]{1,3}\u2024$/u.test(tokens[at] ?? '')) name.push(tokens[at++]!);
    const first = tokens[at]?.replace(/,$/u, '') ?? '';
    if (!isNameWord(first)) continue;
    name.push(first);
    const second = tokens[at + 1] ?? '';
    if (!tokens[at]!.endsWith(',') && /,$/u.test(second) && isNameWord(second.slice(0, -1))) name.push(second.slice(0, -1));
    return person(name.join(' ').replace(/\u2024/gu, '.'), tokens.slice(Math.max(0, i - 2), i + 1).filter((token) => !CASE_ENDING.test(token)).join(' '));
  }
  return null;
}

/** Tamil initials' dots (`டி. X`) as a one-dot leader, so a sentence splitter sees no stop there; tamilSubject gives them back. */
export const withTamilInitialsJoined = (text: string) => text.replace(/(?<=(?:^|\s)[\u0b80-\u0bff]{1,2}[\u0bcd\u0bc6\u0bc7\u0bbf\u0bc0])\./gu, '\u2024');
