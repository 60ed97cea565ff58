/**
 * Armenian: after a quote `«…»,- ասաց տնօրեն Արա Պետրոսյանը։` (a dash, the verb, role words and the name in the nominative
 * with its article, -ը, or -ն before a vowel), `«…»,- նշեց նա։` (he or she), `«…»,- պատմում է Լիլիթը։` (a present verb, its
 * participle in -ում and է); before one `Պետրոսյանը նշեց. «…»` (the Armenian full stop ։ ends a sentence, and `.` or `:`
 * before a quote reads as a colon) and `Ըստ Պետրոսյանի՝ «…»` ("according to", the genitive -ի). Armenian has capitals, so
 * a name is a run of capitalised words, the last two kept (`Առավոտյան Արա Պետրոսյանն …`: a sentence's first word is no name
 * of a third word); a form of address (Տիկին, Պարոն) is dropped, giving the gender, and lower-case words before it are the role.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const ARMENIAN = /[\u0531-\u0587]/u;
const CAPITAL = '[\\u0531-\\u0556]';
const SMALL = '[\\u0561-\\u0587]';
const VOWEL = /^[աեէըիոօ]/u;
/** Verbs of saying in the aorist, third person (`ասաց`, said; `նշեց`, noted), singular and plural. */
const PAST = alternation(
  ('ասաց նշեց պատմեց հայտնեց հավելեց ավելացրեց ընդգծեց շեշտեց հայտարարեց պարզաբանեց բացատրեց հարցրեց պատասխանեց ' +
    'վստահեցրեց հիշեց խոստովանեց զգուշացրեց մանրամասնեց եզրափակեց դժգոհեց կարծիք հայտնեց գրեց հորդորեց առարկեց ' +
    'ասացին նշեցին պատմեցին հայտնեցին').split(' '),
);
/** Present stems, as the participle in -ում and the auxiliary է (`ասում է`, says; `պատմում է`, tells). */
const PRESENT = alternation('աս նշ պատմ հայտն ավելացն ընդգծ շեշտ բացատր հարցն պատասխան վստահեցն հիշ կարծ համոզվ'.split(' '));
// (And the perfect, the participle in -ել and է, `ասել է`, "has said", as reports of an interview write it:
// `Պետրոսյանը ռադիոյին ասել է. «…»`.)
const VERB = `(?:${PAST}|(?:${PRESENT})(?:ում|ել)\\s+(?:է|են))`;
/** Forms of address before a name: Mrs, Mr, Miss, Dr, Prof. */
const ADDRESS = '(?:[Տտ]իկին|[Պպ]արոն|[Օօ]րիորդ|[Դդ]ոկտոր|[Պպ]րոֆեսոր)';
/** Pronouns: նա (he or she), նրանք (they), ինքը (he or she himself). */
const PRONOUN = '(?:նա|նրանք|ինքը|ինքն)';
/** Nouns for a person the text may have described before: a woman, a man, a resident, a neighbour, an old man, a pensioner. */
const PERSON_NOUN = /^(?:կին|տղամարդ|բնակիչ|հարևան|հարևանուհի|ծերունի|թոշակառու|աղջիկ|տղա|մայր|հայր|վարորդ|վաճառող|ուսանող|աշակերտ|երիտասարդ)$/u;
/**
 * Offices and trades a story calls a person it named by (`Մարզիչը`, the coach; `Տնօրենը`, the head): capitalised opening a
 * sentence, they are no name.
 */
const OFFICE_NOUN = /^(?:մարզիչ|տնօրեն|տնօրենուհի|քաղաքապետ|փոխքաղաքապետ|համայնքապետ|մարզպետ|նախարար|փոխնախարար|պատգամավոր|նախագահ|ղեկավար|բժիշկ|ուսուցիչ|ուսուցչուհի|խոսնակ|փորձագետ|ոստիկան|դատավոր|փաստաբան|վարպետ|ֆերմեր|գյուղապետ|ինժեներ|ճարտարապետ|դասախոս|պետ|մարզիկ|սան)$/u;
/** Word shapes of bodies and places, never a person: -ություն (a ministry, a company), -արան (a town hall), -ատուն. */
// (`Արարողությանը ներկա էր …`, "present at the ceremony": -ության is the same noun's dative or genitive, no name.)
const BODY_SHAPE = /(?:ություն|ության|արան|ատուն|ակոմիտե|խորհուրդ)(?:ը|ն)?$/u;

/** A name's nominative without its article: -ը always, -ն doubled (`Պետրոսյանն`) or before a word opening with a vowel. */
function withoutArticle(word: string, next = ''): string {
  if (word.endsWith('ը')) return word.slice(0, -1);
  if (word.endsWith('նն') || (word.endsWith('ն') && VOWEL.test(next) && word.length > 3 && !word.endsWith('յան'))) return word.slice(0, -1);
  return word;
}

/** A genitive name's nominative: -ի off (`Պետրոսյանի`), -յի after a vowel (`Մարիայի`). */
const withoutGenitive = (word: string) => word.replace(/յի$/u, '').replace(/ի$/u, '');

const patterns = lazy(() => ({
  // `,- ասաց …։`, `», — հուզված ասաց …`: at most two words (adverbs) before the verb, the subject after it.
  tagAfter: new RegExp(`^[\\s,]*[-–—]*\\s*((?:${SMALL}+\\s+){0,2}?)${VERB}(?![\\u0561-\\u0587])\\s*([^։:.,;՝!?«»\\n]{0,120})`, 'u'),
  // `… X Yը նշեց.`, `Նա ասաց.`: the sentence before the quote, its verb last.
  verbAtEnd: new RegExp(`(?:^|[։:.!?]\\s+|\\n)([^։:!?\\n]{1,400}?)\\s+${VERB}\\s*[.:,]?\\s*$`, 'u'),
  according: new RegExp(`(?:^|[\\s,])[Ըը]ստ\\s+((?:${SMALL}+\\s+){0,4}?(?:${CAPITAL}${SMALL}+\\s+)?${CAPITAL}${SMALL}+?(?:յի|ի))\\s*[՝,:]?\\s*$`, 'u'),
  capitalRun: new RegExp(`(?:${ADDRESS}\\s+)?${CAPITAL}${SMALL}+(?:-${CAPITAL}?${SMALL}+)?(?:\\s+${CAPITAL}${SMALL}+(?:-${CAPITAL}?${SMALL}+)?)*`, 'gu'),
  address: new RegExp(`^${ADDRESS}\\s+`, 'u'),
  pronoun: new RegExp(`^${PRONOUN}$`, 'iu'),
}));

/** The role: the lower-case words right before the name (at most five), none a verb. */
function roleBefore(words: string): string | null {
  const role = /(?:^|\s)((?:[\u0561-\u0587-]+\s+){0,4}[\u0561-\u0587-]+)\s*$/u.exec(words)?.[1] ?? '';
  return role && !new RegExp(`(?:^|\\s)${VERB}`, 'u').test(role) ? role : null;
}

/** A name in `run` (capitalised words, perhaps a form of address first): the last two words, the article off the last. */
function nameOf(run: string, next: string, role: string | null): SpeakerPhrase | null {
  const address = patterns().address.exec(run)?.[0]?.trim();
  const words = run.slice(address ? address.length : 0).trim().split(/\s+/u);
  const last = withoutArticle(words.at(-1)!, next);
  if (BODY_SHAPE.test(last) || (words.length === 1 && !address && !/(?:յան|ունի|ենց|յանց|ց)$/u.test(last) && BODY_SHAPE.test(words[0]!))) return null;
  const name = [...words.slice(-2, -1), last].join(' ');
  const gender = address && /^[Տտ]իկին|^[Օօ]րիորդ/u.test(address) ? 'female' : address && /^[Պպ]արոն/u.test(address) ? 'male' : undefined;
  return person(name, role, gender);
}

/** The subject after the verb: a pronoun, role words and a name, a noun for a person or an office. */
function subjectAfter(words: string): SpeakerPhrase | null {
  const trimmed = words.trim();
  if (!trimmed) return null;
  const first = trimmed.split(/\s+/u)[0]!;
  if (patterns().pronoun.test(first)) return pronoun('they');
  const run = [...trimmed.matchAll(patterns().capitalRun)][0];
  if (run) {
    const after = trimmed.slice(run.index + run[0].length).trim();
    return nameOf(run[0], after, roleBefore(trimmed.slice(0, run.index)));
  }
  // (`մի բնակիչ`, "a resident": someone the text leaves unnamed; so is `բնակիչներից մեկը`, "one of the residents".)
  if (/^մի\s/u.test(trimmed) || /[\u0561-\u0587]ներից\s+մեկ(?:ը|ն)?(?:\s|$)/u.test(trimmed)) return { ...described(trimmed.split(/\s+/u).slice(0, 4).join(' '))!, unnamed: true };
  const words2 = trimmed.split(/\s+/u).slice(0, 4);
  const head = withoutArticle(words2.at(-1)!);
  // (`ասաց կինը`, "the woman said": the person just described, no name; `նշեց վարչության պետը`: the office's holder.)
  if (words2.length === 1 && PERSON_NOUN.test(head)) return described(trimmed);
  return /ը$|ն$/u.test(words2.at(-1)!) && !BODY_SHAPE.test(head) ? officeDescriptor([...words2.slice(0, -1), head].join(' ')) : null;
}

/** The subject of the sentence before the quote: a pronoun opening it, or the capitalised name in the nominative with its article. */
function subjectBefore(sentence: string): SpeakerPhrase | null {
  const words = sentence.trim();
  if (patterns().pronoun.test(words.split(/\s+/u)[0]!)) return pronoun('they');
  for (const run of words.matchAll(patterns().capitalRun)) {
    const last = run[0].split(/\s+/u).at(-1)!;
    const next = words.slice(run.index + run[0].length).trim();
    // (A subject takes the article: `Պետրոսյանը`, `Արան`; `Երևանի`, `Հայաստանում` are a place's other cases.)
    if (!/(?:ը|ն)$/u.test(last)) continue;
    // (A body's or a thing's noun opening the sentence, `Արարողությանը`, leaves the subject to a later run.)
    const named = nameOf(run[0], next, roleBefore(words.slice(0, run.index)));
    if (named) return named;
  }
  return null;
}

/** A surname's ending (`-յան`, `-յանց`, `-ունի`, `-ենց`, `-եան`): one capitalised word with it is a person's name whatever opens the sentence. */
const SURNAME = /(?:յան|յանց|ունի|ենց|եան|յանն|յանը)$/u;

/**
 * A whole sentence right before a quote with no tag of its own (`Մարզիչը բացեց մատյանը. «…»`, "the coach opened the register"):
 * its subject speaks. An office's noun with its article is the holder the story named; a name must be marked as one (two
 * capitalised words, a surname's ending, a role before it): a capitalised word alone opening a sentence (`Դահլիճը`, the hall)
 * is no name. A pronoun there (`Նա …։`) is left to the story's context: it may be someone the sentence before brought in.
 */
function sentenceSubject(sentence: string): SpeakerPhrase | null {
  const first = sentence.trim().split(/\s+/u)[0] ?? '';
  const head = withoutArticle(first.toLowerCase());
  if (/(?:ը|ն)$/u.test(first) && OFFICE_NOUN.test(head)) return officeDescriptor(head);
  const read = subjectBefore(sentence);
  if (!read || read.pronoun) return null;
  return read.phrase.includes(' ') || read.role || SURNAME.test(read.phrase) ? read : null;
}

export const armenian: LanguageCues = {
  applies: (frame) => ARMENIAN.test(frame),
  after(frame) {
    const tag = patterns().tagAfter.exec(frame.split('\n')[0]!);
    return tag ? subjectAfter(tag[2]!) : null;
  },
  before(frame) {
    const source = patterns().according.exec(frame)?.[1];
    if (source) {
      const words = source.split(/\s+/u);
      const capitals = words.filter((word) => /^[\u0531-\u0556]/u.test(word));
      return person(capitals.map((word, i) => (i === capitals.length - 1 ? withoutGenitive(word) : word)).join(' '), roleBefore(words.slice(0, words.length - capitals.length).join(' ') + ' '));
    }
    const sentence = patterns().verbAtEnd.exec(frame)?.[1];
    if (sentence) return subjectBefore(sentence);
    // (The frame is a whole sentence only when the quote opens the next one.)
    return /^[\u0531-\u0556][^«»"“”]*[.։]\s*$/u.test(frame) ? sentenceSubject(frame) : null;
  },
};
