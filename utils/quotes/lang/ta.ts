/**
 * Tamil: after a quote `” என்றார் X.` (the verb of saying before its subject), `” என்று அவர் குறிப்பிட்டார்.` (the quotative
 * என்று, then the respectful pronoun and a verb), `” என்று பாராட்டினார் X.`, `” என்று எச்சரித்தார்.` (its subject left out);
 * before one `X கூறியதாவது: “…”` ("X said as follows"), `X-இன் கூற்றுப்படி, “…”` ("according to X"), `<role> X, “…”` (the
 * subject, a comma, the quote, then the verb). The script has no capitals, so a name is read by structure: the last
 * words before the verb (or after it), back to a role noun or a word in the genitive, an initial (`எஸ். X`) kept with it.
 */

import type { SpeakerPhrase } from '../cues';
import { described, person, pronoun, type LanguageCues } from './shared';
import { quotativeReader } from './dravidian';

/** Offices and occupations written before a name; nouns of agents end in -ாளர், -ஞர், -நர். */
const ROLES = new Set(
  ('உறுப்பினர் ஆசிரியர் இல்லத்தரசி தலைவர் அமைச்சர் மேயர் ஆணையர் அதிகாரி மருத்துவர் விவசாயி மாணவர் மாணவி நிபுணர் ' +
    'பேராசிரியர் இயக்குநர் அலுவலர் உத்தியோகத்தர் ஆசிரியை செயலர் துணைத்தலைவர் எம்எல்ஏ எம்பி ஓட்டுநர் வியாபாரி தொழிலாளி மீனவர் ஆட்சியர் நீதிபதி ' +
    // Police ranks as the papers write them, by their English letters (DSP, SP, SI, DIG) or in full, and a temple's craftsman and priest.
    'டிஎஸ்பி எஸ்பி ஏஎஸ்பி எஸ்ஐ டிஐஜி ஐஜி டிஜிபி இன்ஸ்பெக்டர் கலெக்டர் ஸ்தபதி அர்ச்சகர் பூசாரி').split(' '),
);
/**
 * Words in the genitive (`கழகத்தின்`, `மன்றத்தின்`) or dative (`அவருக்கு`, `மக்களுக்குக்` with the next word's consonant): whose
 * or to whom, no name. So too a relative participle before a name (`வந்த`, `சேர்ந்த`, `கூறிய`, `விரும்பாத`, `வரும்`: who
 * came, who belongs, who said, who does not wish, who comes), a word with the clitic -உம் ("and", "also") and one in -ஆன
 * ("who is", `உறுப்பினரான`): no name ends so.
 */
// (And a clause of time, `கேட்டபோது`, "when asked".)
const CASE_ENDING = /(?:த்தின்|ின்|இன்|க்கு|ுக்கு|குக்|குச்|குத்|குப்|ந்த|த்த|ட்ட|ற்ற|ன்ற|ண்ட|ிய|ாத|ும்|ான|போது)$/u;

/**
 * What stands between a subject and its verb (`X செய்தியாளர்களுக்குக் கருத்துத் தெரிவிக்கையில்`, "X, to the press, giving
 * comment"): a dative or locative (`எங்களிடம்`, "to us"), an adverb (`உறுதியாக`, `கோபத்துடன்`), a day word, and the
 * nouns a verb takes (`கவலை தெரிவித்தார்`, "expressed worry"; `கேள்வி எழுப்பினார்`, "raised a question"): no name.
 */
const ADJUNCT = new RegExp(
  // (A verbal adverb too: `சிரித்தபடி`, `கூறியவாறு`, "while laughing", "as saying"; `எழுந்து`, `பார்த்து`, "having risen".)
  '(?:க்கு|குக்|குச்|குத்|குப்|ிடம்|இடம்|ிடமும்|ில்|த்தில்|ாக|ாகக்|ாகத்|ுடன்|வுடன்|படி|வாறு)$|(?<=[\\u0b80-\\u0bff]{3})(?:ந்து|த்து|ட்டு|ற்று)$|^(?:' +
    'கருத்து|கருத்துத்|கருத்துக்|கருத்துகளைத்|கவலை|கவலையும்|எதிர்ப்பு|எதிர்ப்புத்|நன்றி|வருத்தம்|அதிருப்தி|மகிழ்ச்சி|கண்டனம்|வேதனை|ஆதங்கம்|' +
    // (`நம்பிக்கை தெரிவித்தார்`, "expressed hope"; `ஆதரவு`, `அச்சம்`, `சந்தேகம்`: support, fear, doubt.)
    'நம்பிக்கை|ஆதரவு|அச்சம்|சந்தேகம்|கேள்வி|குற்றம்|பதில்|விளக்கம்|உறுதி|நேற்று|இன்று|மேலும்|இவ்வாறு|அப்போது|தொடர்ந்து|பின்னர்|மீண்டும்)$',
  'u',
);

/** A name's owner form back to the name: `செல்வத்தின்` -> `செல்வம்`, `கண்ணனின்` -> `கண்ணன்`. */
function fromGenitive(word: string): string {
  if (word.endsWith('த்தின்')) return `${word.slice(0, -'த்தின்'.length)}ம்`;
  if (word.endsWith('ின்')) return `${word.slice(0, -'ின்'.length)}்`;
  return word;
}

/** The quotative; `என` doubles the next word's consonant: `எனக் கேட்டார்`, `எனத் தெரிவித்தார்`. */
const QUOTATIVE = '(?:என்றும்|என்று|எனவும்|எனக்|எனச்|எனத்|எனப்|என)';

/** Titles before a name: Mrs, Mr, Miss (`செல்வி`, also a given name, read so after an initial). */
const tamilTitles = new Set(['திருமதி', 'திரு', 'திரு.', 'செல்வி']);

const reader = quotativeReader({
  letter: /[\u0b80-\u0bff]/u,
  quotative: QUOTATIVE,
  quotativeOptional: false,
  // "said" / "says", respectful third person: the verb of the quotative itself.
  said: '(?:என்றார்|என்கிறார்|என்றனர்|என்கின்றனர்|என்றார்கள்)',
  pronoun: '(?:அவர்|அவள்|அவன்|அவர்கள்)',
  // A finite verb in the respectful third person, past or present (`தெரிவித்தார்`, `கூறுகிறார்`, `கேட்கிறான்`).
  finite: '[\\u0b80-\\u0bff]+(?:ார்|ார்கள்|னர்|ான்|ாள்)',
  // Verbs that open what a person said, before it: "said as follows", "while saying".
  opens: '(?:கூறியதாவது|தெரிவித்ததாவது|கூறுகையில்|கூறும்போது|பேசுகையில்|தெரிவிக்கையில்)',
  according: '(?:கூற்றுப்படி|கருத்துப்படி)',
  roles: ROLES,
  roleShape: /(?:ாளர்|ஞர்|நர்)$/u,
  // (`” என X எச்சரித்தார்.`: a name alone before the verb, once the adjuncts and the nouns verbs take are set aside.)
  loneNameTag: true,
  caseEnding: CASE_ENDING,
  titles: tamilTitles,
  adjunct: ADJUNCT,
  subjectReach: 16,
  // ("by phone", "through a statement": the postposition and its noun.)
  postposition: new Set(['மூலம்', 'மூலமாக', 'ஊடாக', 'வழியாக', 'வாயிலாக']),
  // (A finite verb by its tense ending, which a name in -குமார் lacks.)
  finiteWord: /(?:த்தார்|ினார்|கிறார்|கின்றார்|ன்றார்|ட்டார்|ந்தார்|ண்டார்|ற்றார்|ந்தனர்|த்தனர்|ினர்|றனர்|டனர்)$/u,
  // (With the postpositions of time a clause ends on before its subject: `… பெற்ற பிறகு X …`, "after receiving …, X".)
  small: new Set('இது இந்த அந்த குறித்து பற்றி மேலும் ஆனால் அதே ஒரு அவர் அவர்கள் நான் நாங்கள் பிறகு பின்னர் பின்பு முன்பு போது அப்போது இப்போது இதுகுறித்து இதுகுறித்துக் இதுதொடர்பாக'.split(' ')),
  fromGenitive,
});

const T = '[\\u0b80-\\u0bff][^\\s,.;:“”"‘’]*';
/** `” என்று <body> தெரிவித்துள்ளது.`: a verb in the neuter ("it has stated", `கூறியது`, `அறிவிக்கிறது`), a body's, no person's. */
const BODY_AFTER = new RegExp(`^[\\s,]*${QUOTATIVE}\\s+((?:${T}\\s+){0,4}${T})\\s+[\\u0b80-\\u0bff]+(?:ுள்ளது|த்தது|ியது|கிறது|கின்றது|ந்தது)\\s*(?:[.,]|$)`, 'u');
/** `<words> ஒருவர், “…”`: "one (person)" as the subject right before the quote, set off by a comma. */
const ONE_BEFORE = new RegExp(`(?:^|[\\s,.])((?:${T}\\s+){0,4}ஒருவர்)\\s*,\\s*$`, 'u');
/** `” என்று <words> ஒருவர் தெரிவித்தார்.`: "one (person)", someone the text leaves unnamed. */
const ONE_AFTER = new RegExp(`^[\\s,]*${QUOTATIVE}\\s+((?:${T}\\s+){0,4}ஒருவர்)\\s`, 'u');
/** `” என்று X-உம் Y-உம் தெரிவித்தனர்.`: a verb in the plural (-னர், -ார்கள்), a group or several people, no one person. */
const PLURAL_AFTER = new RegExp(`^[\\s,]*${QUOTATIVE}\\s+((?:${T}\\s+){0,5}?)[\\u0b80-\\u0bff]+(?:னர்|ார்கள்)\\s*(?:[.,]|$)`, 'u');
/** `” என்ற அவர், “…”`, `” எனக் கூறிய அவர், “…”`: "he who said", between two quotes of one speaker; the one just quoted. */
const WHO_SAID_AFTER = new RegExp(`^[\\s,]*(?:என்ற|(?:${QUOTATIVE}\\s+)?[\\u0b80-\\u0bff]+(?:ிய|த்த))\\s+(?:அவர்|அவள்|அவன்)\\s*,`, 'u');
/**
 * `” என்ற X, “…” என்றும் கேட்டுக்கொண்டார்.`: "X, who said …," then a second quote the verb closes; X (up to three words, an
 * initial with them) is the speaker of both. Not `” என்ற ஆய்வறிக்கையில்,` ("in the report titled …"): a case form is no name.
 */
const NAME_SAID = `(?:என்ற|(?:${QUOTATIVE}\\s+)?(?:கூறிய|தெரிவித்த))\\s+((?:${T}\\s+){0,2}${T})\\s*,`;
const NAME_SAID_AFTER = new RegExp(`^[\\s,]*${NAME_SAID}`, 'u');
/** Nouns `என்ற` ("that", "called") ties quoted words to: news, a demand, a slogan, a title, a question, a fear, a name. */
const QUOTED_NOUNS = new Set(
  'செய்தி செய்தியை தகவல் கோரிக்கை கோரிக்கையை அறிவிப்பு முழக்கம் முழக்கங்கள் வாசகம் வாசகங்கள் தலைப்பு பெயர் கேள்வி கருத்து அச்சம் நம்பிக்கை பதாகை பதாகைகள் புத்தகம் திட்டம் உத்தரவு'.split(' '),
);

/**
 * `” என்றார் 58 வயதான அந்த விவசாயி.`: "said that (58-year-old) farmer", the demonstrative pointing back at one the text has
 * introduced by that office or trade (lang/introduced.ts), as a pronoun would; not `” என்றார் விவசாயி X.`, a name.
 */
const THAT_ROLE_AFTER = /^[\s,]*(?:என்றார்|என்கிறார்)(?:\s+\d{1,3}\s+வயதான)?\s+(?:அந்த|அவ்)\s+([\u0b80-\u0bff]+)\s*\.?\s*$/u;

/**
 * `X ‘<outlet>’க்கு அளித்த பேட்டியில் கூறியதாவது:`, "X said in an interview given to <outlet>": the outlet (a title in quote
 * marks or one dative word) and the interview stand between the subject and its verb, no part of the name.
 */
const INTERVIEW_GIVEN = /\s+(?:‘[^‘’]{1,60}’)?[^\s‘’]*(?:க்கு|குக்|ிடம்|இடம்)\s+(?:அளித்த|கொடுத்த|அளித்துள்ள)\s+(?:பேட்டியில்|பேட்டியின்போது|நேர்காணலில்)(?=\s+[\u0b80-\u0bff]+(?:தாவது|கையில்|போது)\s*[:,]?\s*$)/u;

/**
 * `… என்று Xஇடம் கேட்டபோது, “…” என்று பதிலளித்தார்.`: "when (we) asked X …", the one asked, in the locative -இடம், answers
 * the quote that follows (`ராமலிங்கத்திடம்` from `ராமலிங்கம்`, `கண்ணனிடம்` from `கண்ணன்`; `அவரிடம்`, "him", points back).
 */
const ASKED_ONE_BEFORE = /(?:^|[\s,])([\u0b80-\u0bff]{2,}?)(த்திடம்|ிடம்)\s+(?:கேட்டபோது|கேட்டதற்கு|கேட்ட\s+போது)\s*,?\s*$/u;

function askedOne(frame: string): SpeakerPhrase | null {
  const found = frame.includes('டம்') ? ASKED_ONE_BEFORE.exec(frame) : null;
  if (!found) return null;
  const name = `${found[1]}${found[2] === 'த்திடம்' ? 'ம்' : '்'}`;
  if (/^(?:அவர்|அவள்|அவன்|அவர்கள்)$/u.test(name)) return pronoun('they');
  return isNameWord(name) ? reader.nameIn(name) : null;
}

export const tamil: LanguageCues = {
  ...reader.cues,
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (WHO_SAID_AFTER.test(line)) return pronoun('they');
    const thatRole = THAT_ROLE_AFTER.exec(line.split(/(?<=\.)\s/u)[0]!)?.[1];
    if (thatRole && isRole(roleOf(thatRole))) return pronoun('they');
    // (The frame ends at the next quote, so the verb closing the sentence is mostly unseen: a noun `என்ற` names, "the news that",
    // is no speaker, `” என்ற செய்தி, “…” என்ற கோரிக்கையுடன் பரவியது.`; a verb seen must be a person's.)
    const namedSaid = NAME_SAID_AFTER.exec(line);
    const closing = namedSaid ? line.slice(namedSaid[0].length).replace(/“[^“”]*”/gu, '').split('.')[0]!.trim() : '';
    const noun = namedSaid && QUOTED_NOUNS.has(namedSaid[1]!.trim().split(/\s+/u)[0]!);
    const saidBy = namedSaid && !noun && (!closing || /[\u0b80-\u0bff]{2,}ார்$/u.test(closing)) ? reader.nameIn(namedSaid[1]!.replace(/\u2024/gu, '.')) : null;
    if (saidBy?.kind === 'name') return saidBy;
    const one = ONE_AFTER.exec(line);
    if (one) return { ...described(one[1]!)!, unnamed: true };
    const plural = PLURAL_AFTER.exec(line)?.[1]?.trim();
    if (plural) return { ...described(plural)!, unnamed: true };
    const body = BODY_AFTER.exec(line);
    return body ? described(body[1]!) : reader.cues.after!(frame);
  },
  before(frame) {
    const read = reader.cues.before!(frame.replace(INTERVIEW_GIVEN, ''));
    if (read) return read;
    const asked = askedOne(frame);
    if (asked) return asked;
    // (`பூ விற்கும் பெண் ஒருவர், “…” என்றார்.`: "a woman (one)," right before the quote, someone the text leaves unnamed.)
    const one = ONE_BEFORE.exec(frame);
    if (one) return { ...described(one[1]!)!, unnamed: true };

    // (`… (66), … அமர்ந்திருந்தார். வாழ்த்தினார். “…”`: a quote with no tag after narration ending on a person's verb, its subject
    // left out, goes on that subject: the one the narration introduced, lang/introduced.ts.)
    // (So too after `… X-உம் ஒருவர்.`, "X too is one of them", tamilSubject.)
    return NARRATION_ENDS.test(frame) || ALSO_ONE.test(frame.trimEnd()) ? pronoun('they') : null;
  },
};
/** A sentence closing on a finite verb in the respectful third person singular (`வாழ்த்தினார்.`, `அமர்ந்திருந்தார்.`). */
// (With the reportive -ஆம், "it is said", too: `வந்திருந்தாராம்.`.)
const NARRATION_ENDS = /[\u0b80-\u0bff]{2,}(?:த்தா|ினா|ந்தா|ட்டா|ண்டா|ற்றா|ன்றா|கிறா)(?:ர்|ராம்)\.\s*$/u;
/** Whether a word may be part of a name (no role, case form or small word): fuller-names.ts reads it. */
export const mayBeTamilNameWord = reader.mayBeNamePart;
const { isRole, isNameWord, isInitial } = reader;

/** A role with the clitics that set it beside a name, back to the role: `தலைவருமான` ("who is also the head"), `தலைவரான`, `தலைவரும்`. */
const roleOf = (token: string) => token.replace(/(?<=[\u0b80-\u0bff]{2})(?:ுமான|ான|ும்)$/u, '்');
/** `<office>உம் <office>ஆன X`: a role ending in "and" goes on to another, not to the name. */
const opensName = (token: string) => isRole(roleOf(token)) && !token.endsWith('ும்');
/** `குழுத் தலைவர்`: a consonant doubled before a word opening with it is a noun's joint to the next word, no name's end. */
const joinedToNext = (word: string, next: string) => /([கசதப])்$/u.test(word) && next.startsWith(/([கசதப])்$/u.exec(word)![1]!);
/** `” என்று` in narration: the reported words' speaker follows, as after a quote (`… என்று ஆணையர் X தெரிவித்தார்.`). */
const REPORTED = /(?:^|\s)(?=(?:என்று|என|எனத்|எனக்)\s)/gu;
/** `<words> ஒருவர்,`: "one (person)" as a sentence's subject, someone the text leaves unnamed. */
const ONE_SUBJECT = new RegExp(`(?:^|[\\s,])((?:${T}\\s+){0,4}ஒருவர்)(?=\\s*,|\\s)`, 'u');
/** `<group>-இல் … X-உம் ஒருவர்`: a word with the clitic -உம் ("also") right before ஒருவர் ("one") is one of the group named. */
const ALSO_ONE = /(?:^|\s)([\u0b80-\u0bff]{3,}ும்)\s+ஒருவர்\s*[.,]?\s*$/u;
/** "But", "however" opening a sentence, then its subject and at least two more words. */
const CONTRAST_SUBJECT = /^(?:ஆனால்|எனினும்|இருப்பினும்|ஆயினும்),?\s+([\u0b80-\u0bff]{3,})\s+[\u0b80-\u0bff]\S*\s+\S/u;
/**
 * A sentence closing on a verb only a person's: the respectful third person (`மறுத்தார்`, "he refused"), or the negative, which
 * marks no person, of a verb of being satisfied, agreeing, believing, wishing, replying (`திருப்தியடையவில்லை`, `ஏற்கவில்லை`).
 */
const PERSONS_VERB_ENDS = /(?:[஀-௿]{2,}(?:த்தார்|ினார்|ந்தார்|ட்டார்|ண்டார்|ற்றார்|கிறார்)|(?:திருப்தியடைய|ஏற்க|ஒப்புக்கொள்ள|நம்ப|விரும்ப|பதிலளிக்க|உடன்பட|சம்மதிக்க)வில்லை)\.?\s*$/u;
/** `… X செய்தியாளர்களிடம் பேசினார்.`: a name alone before a verb of speaking and the one spoken to ("X spoke to the press"). */
const SPOKE = /^(.*?)\s+(?:பேசினார்|கூறினார்|தெரிவித்தார்|பேட்டியளித்தார்|விளக்கினார்)\s*\.?\s*$/u;

/**
 * The person a sentence introduces: one who reported words (`… என்று <role> X தெரிவித்தார்.`), someone unnamed (`<noun>
 * ஒருவர்,`), a role noun or initials and one name word after them (two when a comma closes the second): `… வியாபாரி டி. X
 * நேற்று …`, `<office>உம் <office>ஆன எஸ். X …`; a name with an age in brackets (`X (66),`); a name alone before a verb of
 * speaking and its listener (`X செய்தியாளர்களிடம் பேசினார்.`).
 */
export function tamilSubject(sentence: string): SpeakerPhrase | null {
  const reported = [...sentence.matchAll(REPORTED)].at(-1);
  const reporter = reported ? tamil.after(sentence.slice(reported.index).replace(/\u2024/gu, '.')) : null;
  if (reporter?.kind === 'name' && !reporter.pronoun) return reporter;
  // (`பக்தர்களில் 70 வயதான X-உம் ஒருவர்.`, "among the devotees, X too is one": a name with the clitic -உம் before ஒருவர்.)
  // (The clitic glides after a vowel: `மீனாட்சியும்` is மீனாட்சி, `ராதாவும்` ராதா; after a consonant `-ளும்` is -ள்.)
  const alsoOne = ALSO_ONE.exec(sentence)?.[1]?.replace(/(?<=[ிீெேை])யும்$|(?<=[ாூொோௌு])வும்$/u, '').replace(/ும்$/u, '்');
  if (alsoOne && isNameWord(alsoOne) && !isRole(alsoOne) && !/^(?:அவர்|அவள்|அவன்|இவர்)$/u.test(alsoOne)) return person(alsoOne);
  const one = ONE_SUBJECT.exec(sentence);
  if (one) return { ...described(one[1]!)!, unnamed: true };
  const tokens = sentence.trim().split(/\s+/u);
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!.replace(/[,.]$/u, '');
    const initialHere = /^[\u0b80-\u0bff]{1,3}\u2024$/u.test(tokens[i]!);
    if (!opensName(token) && !initialHere) continue;
    let at = initialHere ? i : i + 1;
    const name: string[] = [];
    while (isInitial(tokens[at] ?? '') || /^[\u0b80-\u0bff]{1,3}\u2024$/u.test(tokens[at] ?? '')) name.push(tokens[at++]!);
    const first = tokens[at]?.replace(/,$/u, '') ?? '';
    // (A title word after an initial is a name, `மு. செல்வி`.)
    const titleAfterInitial = name.length > 0 && tamilTitles.has(first);
    if (!(isNameWord(first) || titleAfterInitial) || ADJUNCT.test(first) || joinedToNext(first, tokens[at + 1] ?? '')) continue;
    name.push(first);
    const second = tokens[at + 1] ?? '';
    if (!tokens[at]!.endsWith(',') && /,$/u.test(second) && isNameWord(second.slice(0, -1))) name.push(second.slice(0, -1));
    const roleEnd = initialHere ? i : i + 1;
    // (The role word, and the noun joined to it before: `பேரூராட்சித் தலைவரான`, "who is the town's head".)
    const office = roleEnd > 0 && isRole(roleOf(tokens[roleEnd - 1]!)) ? roleOf(tokens[roleEnd - 1]!) : null;
    const owner = office && roleEnd > 1 && joinedToNext(tokens[roleEnd - 2]!, office) ? `${tokens[roleEnd - 2]} ` : '';
    return person(name.join(' ').replace(/\u2024/gu, '.'), office ? owner + office : null);
  }
  const aged = /\(\d{1,3}\)/u.test(sentence) ? reader.subject(sentence.replace(/\u2024/gu, '.')) : null;
  if (aged) return aged;
  // (`ஆனால் X அந்த உறுதிமொழியில் திருப்தியடையவில்லை.`: after "but", a name word opening the sentence as its subject, the
  // family name of someone written in full before, fuller-names.ts; only with a verb a person's: not `ஆனால் தண்ணீர் வரவில்லை.`)
  const opening = CONTRAST_SUBJECT.exec(sentence.trim())?.[1];
  if (opening && isNameWord(opening) && !ADJUNCT.test(opening) && !isRole(opening) && PERSONS_VERB_ENDS.test(sentence)) return person(opening);
  const before = SPOKE.exec(sentence.trim())?.[1]!.split(/\s+/u) ?? [];
  while (before.length > 0 && ADJUNCT.test(before.at(-1)!)) before.pop();
  const lone = before.at(-1) ?? '';
  // (`சங்கச் செயலர் செய்தியாளர்களிடம் பேசினார்.`: an office alone, someone described, not the last person named.)
  if (isRole(lone)) return described(before.length > 1 && joinedToNext(before.at(-2)!, lone) ? `${before.at(-2)} ${lone}` : lone);
  // (One word bounded by the sentence's start or a word no name may be: `விழா முடிந்ததும் X …`, "when the event ended, X".)
  return isNameWord(lone) && !joinedToNext(lone, '') && (before.length === 1 || !isNameWord(before.at(-2)!)) ? person(lone) : null;
}

/** Tamil initials' dots (`டி. X`) as a one-dot leader, so a sentence splitter sees no stop there; tamilSubject gives them back. */
// (Any vowel sign may close the letter's name, `கா.`, `கு.`, `பொ.`, or none, a consonant with its own a, `க.`, `ப.`; not the
// short words a sentence may end on, `அது.`, `இது.`.)
export const withTamilInitialsJoined = (text: string) => text.replace(/(?<=(?:^|\s)(?!(?:அது|இது|எது)\.)(?:[\u0b80-\u0bff]{1,2}[\u0bbe-\u0bcd]|[\u0b95-\u0bb9]))\./gu, '\u2024');
