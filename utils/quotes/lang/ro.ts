/**
 * Romanian: `„…”, a declarat X`, `„…”, spune X`, `potrivit lui X`, `a precizat.` (the subject left out),
 * roles with their definite ending before the name (`primarul municipiului, Ion Popescu`, `actorul X`).
 */

import { alternation, lazy, officeDescriptor, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';
import { romanianSayingSource } from './ro-source-noun';

// (Batch s72: announcing before a colon, `Ministrul X a anunțat, la o conferință: „…”`.)
// (Batch s80: confirming too, `Contactată de Radio X, Ana Y a confirmat informația: „…”`.)
const PARTICIPLES = 'declarat spus precizat afirmat explicat adăugat subliniat transmis menționat arătat conchis mărturisit povestit răspuns scris recunoscut avertizat comentat insistat anunțat confirmat';
const PRESENT = 'spune declară afirmă explică adaugă susține precizează mărturisește povestește subliniază crede consideră răspunde scrie recunoaște avertizează anunță confirmă';
/**
 * (Batch others5: `– a completat Cristian Dobre –`, `”, a reacționat X`: the compound past is a tag whatever the participle, read by
 * its ending, -at, -it, -ut, -ât, as the Romance readers read theirs; `a fost`, `a doua` end otherwise.)
 */
// (A clitic may stand before it: `ne-a explicat X` "explained to us", `mi-a spus`, `i-a răspuns`.)
const ANY_PARTICIPLE = `(?:(?:ne|mi|i|le|ți|v)-)?a(?:u)?\\s+(?:mai\\s+)?\\p{Ll}{3,}(?:at|it|ut|ât)(?![\\p{L}])`;
const VERBS = alternation([...PARTICIPLES.split(' ').map((participle) => `a\\s+(?:mai\\s+)?${participle}`), ...PARTICIPLES.split(' ').map((participle) => `au\\s+${participle}`), ...PRESENT.split(' ')]);
/** After the quote, any participle (ANY_PARTICIPLE); before it, only the listed verbs (`La ședință, a vorbit apoi consilierul …:` names no one, ro.test.ts). */
const AFTER_VERBS = `${VERBS}|${ANY_PARTICIPLE}`;

const cues = latinCues({
  afterVerbs: AFTER_VERBS,
  subjectVerbs: VERBS,
  pronouns: { el: 'male', ea: 'female' },
  dropsSubject: true,
  according: '[Pp]otrivit(?:\\s+lui)?|[Cc]onform(?:\\s+lui)?',
  articles: 'un|o|lui|acesta|aceasta',
  hasArticles: false,
  stops: 'la|în|pentru|după|înainte|într-o|într-un|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|ieri|azi|astăzi|el|ea',
  recipients: 'pentru',
  outlet: /^(?:ziar\p{L}*|publicați\p{L}*|agenți\p{L}*|Agerpres|Mediafax|Digi24|radio|televiziun\p{L}*|HotNews|Gazet\p{L}*)$/iu,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: roleAnaphor(),
});

const read = roleNounReading(cues, { dropsSubject: true, placeAfterRole: true, according: '[Pp]otrivit\\s+lui' });

/**
 * Nouns for people with the definite ending (`femeia`, `bătrânul`, `pensionara`): opening a sentence with a capital they are
 * no name, but the person the story just introduced; their ending gives the gender (-a a woman's, -ul a man's).
 */
// (Batch s49: a council's offices and trades too, `Consilierul a adăugat:`; never `ministerul`, the ministry, no person.)
// (Copy's other word for the mayor, `Edilul spune că …`, as French `l’édile` and Spanish `el edil`.)
const PERSON_NOUN = /^(?:femeia|bărbatul|omul|bătrâna|bătrânul|tânăra|tânărul|fata|băiatul|mama|tatăl|vecina|vecinul|localnica|localnicul|pensionara|pensionarul|sătean(?:ul|ca)|fermierul|fermiera|agricultorul|medicul|polițistul|preotul|învățătoarea|învățătorul|proprietarul|proprietara|prefectul|primarul|primărița|edilul|edila|ministrul|ministra|directorul|directoarea|oficialul|consilierul|consiliera|viceprimarul|deputatul|deputata|senatorul|avocatul|avocata|inginerul|inginera|profesorul|profesoara|procurorul|inspectorul|antrenorul|jurnalistul|jurnalista)$/iu;

/** A person noun of PERSON_NOUN as the one who spoke: the person it stands for, by gender. */
function personNoun(noun: string): SpeakerPhrase {
  const plain = noun.toLowerCase();
  return { ...officeDescriptor(plain), gender: /(?:ul|ui|l)$/u.test(plain) ? 'male' : 'female' };
}

/** `Întrebat de ce …, prefectul a răspuns (scurt):`: after a fronted clause and its comma, a person noun and a listed verb. */
// (One manner adverb may close it: `a răspuns scurt`, `a spus apoi`.)
const NOUN_AFTER_CLAUSE = lazy(() => new RegExp(`,\\s+(\\p{Ll}+)\\s+(?:${VERBS})(?:\\s+\\p{Ll}{3,})?\\s*:\\s*$`, 'u'));


/**
 * `„…”, a declarat primarul pentru Radio Sud.`: a person noun after the verb, then `pentru` and the outlet it was told to;
 * the outlet is the listener, the noun stands for the person the story introduced.
 */
const NOUN_THEN_OUTLET = lazy(() => new RegExp(`^\\s*[,—–-]?\\s*(?:${AFTER_VERBS})\\s+(\\p{Ll}+)\\s+pentru\\s+\\p{Lu}[^.!?,;:]{0,60}[.!?]?\\s*$`, 'u'));

export const romanian: LanguageCues = {
  ...read,
  after(frame) {
    // (`„…” Avertismentul vine de la X, medic de familie.`: lang/ro-source-noun.ts.)
    const source = romanianSayingSource(frame);
    if (source) return source;
    const noun = NOUN_THEN_OUTLET().exec(frame)?.[1];
    return noun && PERSON_NOUN.test(noun) ? personNoun(noun) : read.after(frame);
  },
  before(frame) {
    const found = read.before(frame);
    if (found && !found.pronoun && PERSON_NOUN.test(found.phrase)) return personNoun(found.phrase);
    const noun = NOUN_AFTER_CLAUSE().exec(frame)?.[1];
    return found ?? (noun && PERSON_NOUN.test(noun) ? personNoun(noun) : null);
  },
};
