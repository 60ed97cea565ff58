/**
 * Greek: `«…», δήλωσε ο δήμαρχος X`, `«…», είπε.` (the subject left out), `σύμφωνα με τον X`,
 * the article and role before the name (`ο γενικός γραμματέας X`, `η Μαρία X`).
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, person, pronoun, type LanguageCues } from './shared';
import { greekIndefiniteOpening } from './greek-unnamed';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';

const VERBS = alternation(
  ('δήλωσε είπε λέει ανέφερε σχολίασε τόνισε πρόσθεσε εξήγησε υποστήριξε σημείωσε υπογράμμισε παραδέχθηκε παραδέχτηκε ' +
    'δηλώνει τονίζει εξηγεί σημειώνει προσθέτει συμπληρώνει υποστηρίζει σχολιάζει αναφέρει επισημαίνει επισήμανε απάντησε έγραψε ξεκαθάρισε διαβεβαίωσε προειδοποίησε λένε δήλωσαν ' +
    // The present of a feature story: answering, stressing, wondering, shouting, remembering.
    'απαντά απαντάει υπογραμμίζει αναρωτιέται αναρωτήθηκε φωνάζει φώναξε θυμάται θυμήθηκε παραδέχεται διηγείται εξομολογείται ρωτά ρωτάει ρώτησε γράφει ' +
    // Making plain and warning, in the present a feature story tells in.
    'ξεκαθαρίζει προειδοποιεί διαβεβαιώνει ' +
    // Describing and telling what happened, in the present and the past.
    'περιγράφει περιέγραψε αφηγείται αφηγήθηκε ' +
    // Calling on the public (`«…», κάλεσε ο δήμαρχος`): an appeal in the speaker's words.
    'κάλεσε καλεί ' +
    // Closing a story on someone's words (`«…», κατέληξε ο πρόεδρος`): "concluded".
    'κατέληξε καταλήγει ' +
    // (The past with its old augment, as often written: `«…», επεσήμανε ο πρόεδρος`.)
    'επεσήμανε υπεγράμμισε').split(' '),
);

const read = latinCues(
  {
    afterVerbs: VERBS,
    subjectVerbs: VERBS,
    pronouns: { αυτός: 'male', αυτή: 'female' },
    dropsSubject: true,
    according: '[Σσ]ύμφωνα\\s+με(?:\\s+τ(?:ον|ην|ο|ους|ις))?',
    articles: 'ο|η|το|οι|τα|ένας|μια|μία|ένα|τον|την|του|της',
    hasArticles: true,
    stops: 'σε|στο|στη|στην|στον|κατά|μετά|πριν|χθες|σήμερα|από',
    recipients: 'σε|στο|στη|στην|στον|στα|στους|στις',
    outlet: /^(?:εφημερίδα\p{L}*|ΕΡΤ|ΑΠΕ|ραδιόφων\p{L}*|ιστοσελίδα|Καθημεριν\p{L}*)$/iu,
    capitalRole: { test: isNewLanguageRoleNoun },
    // (`ο 62χρονος ψαράς`: an age adjective before the role noun.)
    anaphor: roleAnaphor(/^(?:ο|η)\s+(?:\d{1,3}χρον(?:ος|η)\s+)?/u),
  },
  /\p{Script=Greek}/u,
);
const cues = roleNounReading(read, { dropsSubject: true, placeAfterRole: false });

/** `ο κ. Αντωνίου`: the abbreviated "Mr" ends no sentence. */
const MISTER = /(?<![\p{L}])(?:κ|κα)\.\s+(?=\p{Lu})/gu;
/** `σχολίασε ο Γιώργος Αντωνίου`: Greek puts the article before a name too; it opens no description there. */
const ARTICLE_BEFORE_NAME = /(?<![\p{L}])(?:ο|η|τον|την|του|της)\s+(?=\p{Lu})/gu;
const plain = (frame: string) => frame.replace(MISTER, '').replace(ARTICLE_BEFORE_NAME, '');

/** `ο δήμαρχος Παρθένου Νικόλαος Βασιλείου`: a place in the genitive after the role belongs to it. */
// (`αντιπεριφερειάρχης Πολιτικής Προστασίας X`: the feminine genitive accented on its ending, -ής, as well.)
// (The masculine genitive accented on its ending, -ού, too: `Τουρισμού`; and the feminine -άς and plural -ών:
// `ο δήμαρχος Κεφαλλονιάς X Y`, `ο πρόεδρος Αχαρνών X Y`.)
const GENITIVE = /(?:ου|ού|ας|άς|ης|ής|ων|ών)$/u;

function withPlaceInRole(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun || !found.role) return found;
  const words = found.phrase.split(/\s+/u);
  // (`ο πρόεδρος της ΚΑΕ Πανθεσσαλικός Αλέξανδρος Τσιρίγος`: a club after an acronym, in the nominative, too.)
  // (`ο εκπρόσωπος του Υπουργείου Γεωργίας Ανδρέας Πέτρου`: a body of two genitive words goes to the role as well.)
  const lead = words.slice(0, -2);
  if (words.length < 3 || words.length > 4 || !(lead.every((word) => GENITIVE.test(word)) || (words.length === 3 && /(?:^|\s)\p{Lu}{2,}$/u.test(found.role)))) return found;
  return person(words.slice(-2).join(' '), `${found.role} ${lead.join(' ')}`, found.gender);
}

/**
 * `, δήλωσε στη συνέντευξη Τύπου ο προπονητής …`: a place or occasion between the verb and a subject in the nominative
 * (ο/η opening it) is skipped, so the subject is read rather than taken as left out; an outlet's name in guillemets
 * may stand there (`είπε στο «Πελοπόννησος Σήμερα» η …`).
 */
const ADJUNCT_BEFORE_SUBJECT = new RegExp(`^([\\s,–—-]*(?:${VERBS}))\\s+(?:σε|στο|στη|στην|στον|στους|στις|κατά|μετά|από|μέσω)\\s(?:[^,.;«»]|«[^«»]{1,40}»){1,60}?\\s(?=(?:ο|η)\\s)`, 'u');
const withoutAdjunct = (frame: string) => frame.replace(ADJUNCT_BEFORE_SUBJECT, '$1 ');

/**
 * `, δήλωσε ο προπονητής του Πανθεσσαλικού, Γιάννης Μαυρίδης.`: the role (and whose), then the name set off by a comma, perhaps
 * after a rank in lower case (`η εκπρόσωπος Τύπου της Πυροσβεστικής, σμηναγός Χ Υ`).
 */
const ROLE_COMMA_NAME = new RegExp(`^[\\s,–—-]*(?:${VERBS})\\s+(?:ο|η)\\s+(\\p{Ll}[^,.;«»]{1,60}?),\\s+(?:\\p{Ll}{4,}\\s+)?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s*(?:[.,;]|$)`, 'u');

function roleThenApposedName(frame: string): SpeakerPhrase | null {
  const match = ROLE_COMMA_NAME.exec(frame);
  return match && roleLed(match[1]!) ? person(match[2]!, match[1]!) : null;
}

/**
 * Whether role words open on a role noun, perhaps after one word qualifying it: `η διευθύνουσα σύμβουλος της …`,
 * `ο γενικός γραμματέας`, `η αναπληρώτρια υπουργός`; a genitive's article second (`η κόρη του δημάρχου`) is someone else's office.
 */
function roleLed(role: string): boolean {
  const words = role.split(/\s+/u);
  if (isNewLanguageRoleNoun(words[0]!)) return true;
  return words.length >= 2 && !/^(?:του|της|των|τον|την|το|τα)$/u.test(words[0]!) && !/ου$/u.test(words[1]!) && isNewLanguageRoleNoun(words[1]!);
}

/**
 * `«…» αναρωτιέται η Ελένη Χ`: any verb in the third person (present -ει, -ται, past -ε) right after the quote, then an article and
 * a capital, reports the words as a listed verb does; read as `λέει`.
 */
const ANY_VERB_AFTER = /^(\s*(?:[,–—-]\s*)?)\p{Ll}{3,}(?:ει|ται|ε)(?=\s+(?:ο|η)\s+\p{Lu})/u;
const asSaid = (frame: string) => (cues.applies(plain(frame)) ? frame : frame.replace(ANY_VERB_AFTER, '$1λέει'));

/** `Ο ψαράς Γιώργος Χ θυμάται ότι «…»`: the sentence's subject (its role, a full name), any third-person verb, then "that". */
const SUBJECT_VERB_THAT = /(?:^|[.!?;]\s+)(Ο|Η)\s+((?:\p{Ll}+\s+){1,3})(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+\p{Ll}{3,}(?:ει|ται|ε)\s+(?:ότι|πως)\s*$/u;

function subjectBeforeThat(frame: string): SpeakerPhrase | null {
  const match = SUBJECT_VERB_THAT.exec(frame);
  return match ? person(match[3]!, `${match[1]} ${match[2]!.trim()}`) : null;
}

/**
 * `Η πρόεδρος του Συλλόγου Χ, Μαρία Κ., εκτιμά ότι …. «…»`: the sentence's subject a role, the full name set off by commas, a
 * verb of the third person (`-ει`, `-ά` as `εκτιμά`, past `-ε`) and "that": whose words the sentence reports says the quote right after it.
 */
const APPOSED_SUBJECT_THAT = /(?:^|[.!?;»]\s+)(Ο|Η)\s+(\p{Ll}[^,.;«»]{1,80}?),\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+),\s+\p{Ll}{3,}(?:ει|εί|ά|ται|ε)\s+(?:ότι|πως)\s[^.!?;«»:]*[.:]?\s*$/u;

function apposedSubjectBeforeThat(frame: string): SpeakerPhrase | null {
  const match = APPOSED_SUBJECT_THAT.exec(frame);
  return match && isNewLanguageRoleNoun(match[2]!.split(/\s+/u)[0]!) ? person(match[3]!, `${match[1]} ${match[2]!.trim()}`) : null;
}

/** `λέει ο αγρότης και δείχνει τα δέντρα.`: a second verb joined by "and" closes the subject; what follows is what he does. */
const JOINED_VERB = /(\s\p{Ll}{3,})\s+και\s+\p{Ll}{2,}(?:ει|ται|ε)(?:\s[^.!?«»]*)?(?=[.!?]?\s*$)/u;
const withoutJoinedVerb = (frame: string) => frame.replace(JOINED_VERB, '$1');

/**
 * `», είπε γελώντας.`, `», λέει δείχνοντας το σπίτι της.`: a gerund (-οντας, -ώντας) after the verb tells how it was said; it and
 * its objects go, up to a subject in the nominative (`είπε χαμογελώντας ο Χ`) or the sentence's end, so a left-out subject is read.
 */
const GERUND_AFTER_VERB = new RegExp(`^([\\s,–—-]*(?:${VERBS}))\\s+\\p{Ll}{2,}(?:οντας|ώντας)(?:\\s+(?!(?:ο|η)\\s)[^\\s.!?;,«»]+)*?(?=\\s+(?:ο|η)\\s|\\s*[.!?;,]|\\s*$)`, 'u');
const withoutGerund = (frame: string) => frame.replace(GERUND_AFTER_VERB, '$1');

/** `», φωνάζει από την αυλή.`: a listed verb, then only an adjunct opened by a preposition: the subject was left out. */
const VERB_AND_ADJUNCT = new RegExp(`^[\\s,–—-]*(?:${VERBS})\\s+(?:από|σε|στο|στη|στην|στον|στα|στους|με|μέσα|πάνω|κάτω|δίπλα|μπροστά|πίσω)\\s[^A-ZΑ-ΩΆ-Ώ«»"]{0,60}$`, 'u');
const leftOut = (frame: string): SpeakerPhrase | null => (VERB_AND_ADJUNCT.test(frame) ? { ...pronoun('they'), dropped: true } : null);

const readAfter = (frame: string) => roleThenApposedName(withoutAdjunct(asSaid(frame))) ?? withPlaceInRole(cues.after(plain(withoutAdjunct(asSaid(frame)))));

/** `κοντά στην Χ`, `από την Χ`: a capital right after "in the" or "from the" is a place, never the subject's name. */
const PLACE_ARTICLE = /(?:^|\s)(?:στην|στη|στον|στο|στις|στους|στα|από\s+την|από\s+τον|από\s+το)\s+$/u;

/**
 * `Στην είσοδο …, ένας νεαρός κάτοικος από την Χ σχολίασε:`, `Μια υπάλληλος …, που δεν …, λέει πως …:`: someone unnamed,
 * brought in by an indefinite article in a comma group of the sentence before the colon (lang/greek-unnamed.ts).
 */
function indefiniteSubject(frame: string): SpeakerPhrase | null {
  const sentence = frame.split(/(?<=[.!;])\s+/u).at(-1)!;
  if (!/:\s*$/u.test(sentence)) return null;
  const opening = sentence.split(/,\s+/u).map((group) => greekIndefiniteOpening(group.trim().replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()))).find(Boolean);
  return opening ? described(opening.phrase) : null;
}

/** The name read before a quote, unless it stands after a place's article (then the unnamed subject, if any, or no one). */
function notAPlace(found: SpeakerPhrase | null, frame: string): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun) return found;
  const at = frame.lastIndexOf(found.phrase);
  return at > 0 && PLACE_ARTICLE.test(frame.slice(0, at)) ? indefiniteSubject(frame) : found;
}

/**
 * `Η κ. Χ πάντως εμφανίστηκε επιφυλακτική: «…»`: a sentence opening with its subject (article, perhaps `κ.`, a name) and
 * ending in a colon before the quote, whatever its verb, is that person's lead-in.
 */
const OPENING_SUBJECT_COLON = /(?:^|[.!?;]\s+)(?:Ο|Η)\s+(?:(?:κ|κα)\.\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+\p{Ll}[^.!?;«»:A-ZΑ-ΩΆ-Ώ]{0,80}:\s*$/u;

function openingSubjectBeforeColon(frame: string): SpeakerPhrase | null {
  const name = OPENING_SUBJECT_COLON.exec(frame)?.[1];
  if (!name) return null;
  const found = person(name);
  if (found && !name.includes(' ')) found.loose = true;
  return found;
}

export const greek: LanguageCues = {
  ...cues,
  applies: (frame) => cues.applies(plain(asSaid(frame))) || SUBJECT_VERB_THAT.test(frame) || APPOSED_SUBJECT_THAT.test(frame) || OPENING_SUBJECT_COLON.test(frame),
  after: (frame) => readAfter(withoutJoinedVerb(withoutGerund(frame))) ?? leftOut(frame),
  before: (frame) => notAPlace(withPlaceInRole(cues.before(plain(frame))), frame) ?? subjectBeforeThat(frame) ?? apposedSubjectBeforeThat(frame) ?? indefiniteSubject(frame) ?? openingSubjectBeforeColon(frame),
};
