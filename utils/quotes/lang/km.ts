/**
 * Khmer: before a quote `លោក X Y … បាននិយាយថា៖ «…»` (Mr X Y said that), `<role> … លោក X Y <role> ដែល … បានប្រាប់<outlet>ថា៖ «…»`
 * (the role and a relative clause between the name and the verb, the one told glued to it), `នាងបន្តថា៖ «…»` (she went on),
 * `លោក<title>បានបន្ថែមថា៖` (the form of address and a title alone: the person just named); and a quote standing alone after a
 * sentence in which a titled name speaks (`វេជ្ជបណ្ឌិត X Y … បានឱ្យដឹងថា …។ «…»`); a subject with neither (`សាលាក្រុង បានថ្លែងថា៖`)
 * is described. After one `» លោក X Y <role> មានប្រសាសន៍`, `» លោក X បន្ត` (Mr X went on) and `» នេះជាសម្ដីរបស់លោក X។` (these are
 * Mr X's words); `» អ្នកស្រីបន្ថែម។`, `» លោកមានប្រសាសន៍។` (a form of address alone) are left to the sentence before. Forms of
 * address (លោក, លោកស្រី, អ្នកស្រី, កញ្ញា) and titles (ឯកឧត្តម, វេជ្ជបណ្ឌិត) open names and are no part of them; Khmer writes
 * the family name, a space, then the given name.
 */

import { described, lazy, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

const KHMER = /[\u1780-\u17ff]/u;
/** Forms of address before a name: Mrs, Madam, grandfather, grandmother, teacher, Mr, Miss (fuller-names.ts reads them too). */
export const KHMER_ADDRESS = '(?:លោកស្រី|អ្នកស្រី|លោកជំទាវ|លោកតា|លោកយាយ|លោកគ្រូ|អ្នកគ្រូ|លោក|កញ្ញា|អ្នកនាង)';
/** Titles written before a name, alone or after a form of address: Excellency, Samdech, doctor (medical, academic), professor, general. */
const TITLE = '(?:ឯកឧត្តម|សម្ដេច|វេជ្ជបណ្ឌិត|បណ្ឌិត|សាស្ត្រាចារ្យ|ឧត្តមសេនីយ៍|អនុបណ្ឌិត)';
const ADDRESS = `(?:${KHMER_ADDRESS}\\s*(?:${TITLE}\\s*)?|${TITLE}\\s*)`;
/** Said, told, recounted, went on, added, stressed, claimed, explained, let it be known, raised, answered, wrote (with their auxiliaries). */
const VERB = '(?:សរសេរ|និយាយ|ប្រាប់|រៀបរាប់|បន្ត|បន្ថែម|បញ្ជាក់|ថ្លែង|អះអាង|ពន្យល់|ឱ្យដឹង|ឲ្យដឹង|លើកឡើង|ឆ្លើយ|សង្កត់ធ្ងន់|មានប្រសាសន៍|ព្រមាន)';
/** A verb of saying with its auxiliaries: `បាន` (past), `ក៏` (also), `មាន` (honorific), and the complementiser `ថា` (that). */
const SAID = `(?:ក៏)?(?:បាន)?${VERB}(?:ថា)?`;
/**
 * Words that follow a name but are none of it: verbs and their auxiliaries, `ដែល` (who), `អាយុ` (aged), `ក៏` (also), `នៅ` (at),
 * `ជា` (is) glued to a noun (`ជាកម្មករ`; alone or in `ជាម` it is a family name).
 */
const NOT_NAME = `(?:បាន|ដែល|ជា[\\u1780-\\u17d3]{3}|អាយុ|ក៏|នៅ|និង|${VERB})`;
/** One word of a name: Khmer letters and signs, no stop (។ ៖ are U+17D4–17D6), no digits. */
const WORD = `(?!${NOT_NAME})[\\u1780-\\u17d3]{2,}`;
// (The quote finder reads the Khmer stop ។ as ., script-stops.ts.)
/** A family name and a given name, or one word alone when a verb follows at once. */
const NAME = `(${WORD}(?:\\s${WORD})?)`;
/** No object: a form of address right after "met", "with", "of", "from", "to", "asked", "told", "and" heads an object, not the subject. */
const NOT_OBJECT = '(?<!(?:ជួប|ជាមួយ|របស់|ពី|ឱ្យ|ឲ្យ|សួរ|ប្រាប់|និង|ទៅ)\\s?)';
/** He, she: a form of address alone or a pronoun (`នាង` she, `គាត់` he or she, respectful). */
const HE_OR_SHE = `(?:${KHMER_ADDRESS}(?:${TITLE})?|${TITLE}|នាង|គាត់)`;

const patterns = lazy(() => ({
  // (A role and a clause may sit between the name and the verb; the one told is glued to the verb, `បានប្រាប់អ្នកសារព័ត៌មានថា៖`.)
  nameBefore: new RegExp(`(?:^|[\\s.])${NOT_OBJECT}${ADDRESS}\\s*${NAME}(?:\\s([^«».]{0,160}?))?\\s+${SAID}[^\\s«».]{0,24}?(?:ថា)?\\s*៖?\\s*$`, 'u'),
  // (The sentence before a quote standing alone: a titled name, then a verb of saying anywhere in it.)
  introduces: new RegExp(`(?:^|\\s)${NOT_OBJECT}${ADDRESS}\\s*${NAME}\\s([^«».]{0,200}?)${SAID}[^«»]*\\.\\s*$`, 'u'),
  // (The sentence before opens on a named subject who does something else: `លោក X Y … បានអំពាវនាវ …។ «…» លោកថ្លែង។`.)
  opensOnName: new RegExp(`(?:^|\\.\\s*)(${KHMER_ADDRESS})\\s*(?:${TITLE}\\s*)?${NAME}\\s([^«».]{0,240}?)\\.\\s*$`, 'u'),
  // (Khmer glues the place or the one told to the verb: `អ្នកស្រីបានសរសេរនៅលើទំព័ររបស់ខ្លួនថា៖` "she wrote on her page that".)
  pronounBefore: new RegExp(`(?:^|[\\s.])(${HE_OR_SHE})\\s*${SAID}[^\\s«».]{0,48}?\\s*៖?\\s*$`, 'u'),
  // (A role may come between the name and the verb: `» ឯកឧត្តម X Y អភិបាលខេត្ត បានថ្លែង។`.)
  nameAfter: new RegExp(`^[\\s។.]*${ADDRESS}\\s*${NAME}(?:\\s([^«».]{0,80}?))?\\s+${SAID}`, 'u'),
  // (`កម្មករម្នាក់ដែលសុំមិនបញ្ចេញឈ្មោះ បានប្រាប់ថា …`: a noun with "one" (another one) opening the sentence, then a verb of
  // saying: someone unnamed.)
  someone: new RegExp(`(?:^|\\.\\s*)\\s*([\\u1780-\\u17d3]{2,}?ម្នាក់(?:ទៀត)?)(?=ដែល|បាន|\\s)[^«».]{0,120}?${SAID}`, 'u'),
  // (`សាលាក្រុង បានថ្លែងថា៖`: a subject with no form of address or title, a body or someone unnamed, no one named.)
  bareSubject: new RegExp(`(?:^|\\.\\s*)([\\u1780-\\u17d3]{2,}?(?:\\s[\\u1780-\\u17d3]{2,}?){0,2}?)\\s*${SAID}[^\\s«».]{0,24}?\\s*៖?\\s*$`, 'u'),
  wordsOf: new RegExp(`^[\\s។.]*នេះជា(?:សម្ដី|ការលើកឡើង|ប្រសាសន៍)របស់\\s*${ADDRESS}\\s*${NAME}`, 'u'),
}));

/** The role written after the name, up to a relative clause (`ដែល`), an auxiliary (`បាន`) or `while`; `ជា` (is) off it. */
function roleAfterName(words: string | undefined): string | null {
  const role = (words ?? '').split(/\s*(?:ដែល|បាន|ខណៈ)/u)[0]!.replace(/^អាយុ\s*[០-៩\d]+\s*ឆ្នាំ\s*/u, '').replace(/^ជា/u, '').trim();
  return role || null;
}

/** He or she by the form of address: `លោក` a man, `នាង`, `លោកស្រី`, `អ្នកស្រី`, `កញ្ញា` a woman; `គាត់` and titles either. */
function heOrShe(word: string): SpeakerPhrase {
  if (/^(?:លោកស្រី|អ្នកស្រី|អ្នកនាង|កញ្ញា|នាង|លោកជំទាវ|លោកយាយ|អ្នកគ្រូ)/u.test(word)) return pronoun('they', 'female');
  return /^លោក/u.test(word) ? pronoun('they', 'male') : pronoun('they');
}

/**
 * `អ្នកស្រី X Y … បានស្វាគមន៍ …។ អ្នកស្រីបានសរសេរថា៖`: the sentence just before opens on a named person (any verb), of the
 * same form of address as the pronoun that follows if one does (`អ្នកស្រី` after `លោក` is someone else).
 */
function namedJustBefore(text: string, he?: string): SpeakerPhrase | null {
  const subject = patterns().opensOnName.exec(text);
  if (!subject) return null;
  if (he && heOrShe(he).gender !== heOrShe(subject[1]!).gender) return null;
  return person(subject[2]!.trim(), roleAfterName(subject[3]));
}

/**
 * The person a Khmer pronoun tag before a quote stands for, read from the quote's paragraph (`lead`, the words before its
 * mark): `អ្នកស្រី X Y … បានស្វាគមន៍ …។ អ្នកស្រីបានសរសេរថា៖ «…»` is X Y's. The cue readers see the tag's sentence alone.
 */
export function khmerPronounIntroduced(lead: string): SpeakerPhrase | null {
  if (!KHMER.test(lead)) return null;
  const line = lead.replace(/។/gu, '.').trimEnd();
  const alone = patterns().pronounBefore.exec(line);
  return alone ? namedJustBefore(line.slice(0, alone.index + 1), alone[1]!) : null;
}

/**
 * `«…»។ នេះជាសម្ដីរបស់លោក X Y …។`: the sentence after the quote's own stop says whose words they were ("these are the words
 * of X Y"), as English `That was Kim's message.` does (signatures.ts); a sentence of any other shape is left alone.
 */
export function khmerWordsOfKicker(sentence: string): SpeakerPhrase | null {
  const named = patterns().wordsOf.exec(sentence);
  if (!named) return null;
  // (`… អាយុ ៦៨ឆ្នាំ ដែលជាមេភូមិ` "who is the village chief": the role the relative clause gives.)
  const role = /^[^.]*?\sដែលជា([\u1780-\u17d3]{2,})/u.exec(sentence.slice(named[0].length))?.[1] ?? null;
  return person(named[1]!.trim(), role);
}

export const khmer: LanguageCues = {
  applies: (frame) => KHMER.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const named = patterns().wordsOf.exec(line) ?? patterns().nameAfter.exec(line);
    if (named) return person(named[1]!.trim(), roleAfterName(named[2]));
    // (`» នាងនិយាយ។`, `» លោកមានប្រសាសន៍។`: a form of address or a pronoun alone names no one; the quote goes to whom the
    // sentence before brings in (`លោក X … បានបញ្ជាក់ថា …។`, `<noun>ម្នាក់ … បានប្រាប់ថា …។`) or to the speaker going on, as
    // the context reads them (attribute.ts), not to the latest speaker a pronoun would stand for.)
    return null;
  },
  before(frame) {
    const line = frame.split('\n').at(-1)!;
    const named = patterns().nameBefore.exec(line) ?? patterns().introduces.exec(line);
    if (named) return person(named[1]!.trim(), roleAfterName(named[2]));
    const someone = patterns().someone.exec(line);
    if (someone) return described(someone[1]!);
    const alone = patterns().pronounBefore.exec(line);
    if (alone) return namedJustBefore(line.slice(0, alone.index + 1), alone[1]!) ?? heOrShe(alone[1]!);
    // (`លោក X Y … បានអំពាវនាវ …។ «…»`: a quote standing alone after a sentence whose subject is a named person is theirs,
    // whatever that sentence's verb; the pronoun after it, if any, stands for them.)
    const subject = namedJustBefore(line);
    if (subject) return subject;
    const bare = patterns().bareSubject.exec(line)?.[1];
    // (`ប្រធានសហគមន៍រូបនេះ` "this chair": a role with a demonstrative is the person just named.)
    if (bare && /រូប(?:នេះ|នោះ)$/u.test(bare)) return pronoun('they');
    return bare ? described(bare) : null;
  },
};
