/**
 * Dhivehi (Thaana script, written right to left, quotes in straight marks and commas ،): before a quote
 * `<body>ގެ <role> X، <age>، <how> ބުނީ، "…"` (X said; `ވިދާޅުވީ` of someone honoured), after one `"…،" X ބުންޏެވެ.`
 * (the sentence-final form), `"…،" <role> X ވިދާޅުވިއެވެ.`, `"…،" އޭނާ ބުންޏެވެ.` (he or she said). The subject comes
 * first, the verb last; the script has no capitals, so the name is the words after the last role noun or genitive
 * (`-ގެ`, whose the role is), three at most. Groups set off by commas after it are an age or how it was said
 * (`ވާހަކަ ދައްކަމުން`, "while talking"). A noun in the indefinite (`ފަޅުވެރިއަކު`, "a crewman") or someone who asked not
 * to be named is described, no name; a body in the ablative (`ކައުންސިލުން`, "from the council") is no person.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const THAANA = /[\u0780-\u07bf]/u;
/** Verbs of saying: the focus forms before a quote (said, says, honoured said) and the sentence-final ones after it. */
const VERB_BEFORE = '(?:ބުނީ|ބުނަނީ|ވިދާޅުވީ|ވިދާޅުވަނީ|ބުނުއްވީ|އިތުރަށް\\s+ބުނީ|ސުވާލުކުރީ|ޖަވާބުދިނީ)';
const VERB_AFTER = '(?:ބުންޏެވެ|ބުނެއެވެ|ބުނީއެވެ|ވިދާޅުވިއެވެ|ވިދާޅުވެއެވެ|ބުނުއްވިއެވެ|އިތުރަށް\\s+ބުންޏެވެ|ސުވާލުކުރިއެވެ|ޖަވާބުދިނެވެ)';
/** He or she (the plain and the honoured forms). */
const PRONOUN = /^(?:އޭނާ|އެކަމަނާ|އެކަލޭގެފާނު|އެމަނިކުފާނު|އެބޭފުޅާ)$/u;
/** Offices and occupations before a name, and the words that open them (`ސްޓޭޓް މިނިސްޓަރު`, `މެނޭޖިންގ ޑައިރެކްޓަރު`). */
const ROLES = new Set(
  ('ރައީސް ނައިބު މިނިސްޓަރު ވަޒީރު ޑައިރެކްޓަރު ޖެނެރަލް މެމްބަރު ވެރިޔާ ވެރިއެއް ކެޔޮޅު ފަޅުވެރިޔާ ޓީޗަރު ޑރ. ޑޮކްޓަރު ' +
    'ސެކްރެޓަރީ ޗެއަރމަން ސީއީއޯ ޕްރިންސިޕަލް ނަރުސް މެނޭޖަރު ފުލުހުންގެ ކޮމިޝަނަރު ތަރުޖަމާނު ސްޓޭޓް މެނޭޖިންގ ޑެޕިއުޓީ ސީނިއަރ ކައުންސިލަރު').split(' '),
);
/** A verb's participle or a clause's ending: while, having, so that, because (`ދައްކަމުން`, `ގޮސް`): how it was said. */
const CLAUSE_END = /(?:މުން|ގެން|ފައި|މަށް|ކަށް|ތީ|އިރު|ނަމަ)$/u;
/** The indefinite `-އަކު`, `-އެއް` ("a crewman"), or a plural: someone described. */
// (After a consonant the ending is its vowel sign, `ޓީޗަރަކު`; after a vowel, alif, `ފަޅުވެރިއަކު`.)
const INDEFINITE = /(?:[\u07a6]ކު|އަކު|[\u07ac]އް|އެއް)$/u;
/** Asked not to be named (`ނަން ހާމަނުކުރުމަށް އެދުނު`). */
const ANONYMITY = /ނަން\s+ހާމަ(?:ނުކުރުމަށް|ނުކުރުމުގެ|ނުކޮށް)/u;

const patterns = lazy(() => ({
  before: new RegExp(`(?:^|[.؟!\\n]\\s*)([^.؟!"“”\\n]*?)\\s*${VERB_BEFORE}\\s*[،,:]?\\s*$`, 'u'),
  after: new RegExp(`^[\\s"“”،,]*([^.؟!"“”\\n]{1,160}?)\\s*${VERB_AFTER}`, 'u'),
}));

/** A role, a genitive (whose the role is), or a noun of someone who does something (`-ވެރިޔާ`: `ދަތުރުވެރިޔާ`, a passenger). */
const isRole = (word: string) => ROLES.has(word) || /(?:ގެ|ވެރިޔާ)$/u.test(word);

/** The person a subject names: the name after its last role word, the role before it; or he, she, someone described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  if (ANONYMITY.test(subject)) return described(subject.split('،').at(-1)!);
  const groups = subject.split(/[،,]/u).map((group) => group.trim()).filter((group) => group && !/^[\d\u0660-\u0669]+$/u.test(group));
  const useful = groups.filter((group) => !CLAUSE_END.test(group));
  const group = useful.find((words) => words.split(/\s+/u).some((word) => isRole(word) && !/ގެ$/u.test(word))) ?? useful[0];
  if (!group) return null;
  const tokens = group.split(/\s+/u);
  if (tokens.some((word) => PRONOUN.test(word))) return pronoun('they');
  if (INDEFINITE.test(tokens.at(-1)!)) return described(group);
  // (`ކައުންސިލުން ބުނީ`: a body in the ablative, its statement; no one person.)
  if (/ން$/u.test(tokens.at(-1)!) && tokens.length <= 3) return null;
  let roleEnd = tokens.length;
  while (roleEnd > 0 && !isRole(tokens[roleEnd - 1]!)) roleEnd--;
  const name = tokens.slice(roleEnd, roleEnd + 3);
  const role = tokens.slice(0, roleEnd).join(' ') || null;
  if (name.length === 0) return role && isRole(tokens[roleEnd - 1]!) ? officeDescriptor(tokens.slice(Math.max(0, roleEnd - 2), roleEnd).join(' ')) : null;
  return person(name.join(' '), role);
}

/**
 * The person a sentence brings in by name: the subject before `ބުނީ` (said), or a name after an age (`47 އަހަރުގެ X Yގެ ދޯނި`,
 * "47-year-old X Y's boat", its genitive off): for a "he" or "she" in a later tag (lang/introduced.ts may read Thaana with it).
 */
export function dhivehiSubject(sentence: string): SpeakerPhrase | null {
  const said = patterns().before.exec(sentence.replace(/[.؟!]\s*$/u, ''))?.[1];
  const found = said ? speakerIn(said) : null;
  if (found?.kind === 'name' && !found.pronoun) return found;
  const aged = /(?:^|\s)[\d\u0660-\u0669]{1,3}\s+އަހަރުގެ\s+([\u0780-\u07bf]+\s+[\u0780-\u07bf]+?)(?:ގެ)?(?=[\s،,.]|$)/u.exec(sentence);
  return aged ? person(aged[1]!) : null;
}

export const dhivehi: LanguageCues = {
  applies: (frame) => THAANA.test(frame),
  after(frame) {
    const words = patterns().after.exec(frame.split('\n')[0]!)?.[1];
    return words ? speakerIn(words) : null;
  },
  before(frame) {
    const subject = patterns().before.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
