/**
 * Greek: a sentence opening with a definite office and no name (`Ο δήμαρχος ζήτησε όριο…`) brings in its holder,
 * unnamed, when the text named no one with that office before: the quote after it whose verb has no subject
 * (`«…», τόνισε.`) is theirs, a description, not the person quoted last. `Ο δήμαρχος Νίκος Χ …` earlier, or
 * `Νίκος Χ, δήμαρχος …`, makes it that person, left to the usual reading.
 */

import type { Gender } from '../coreference';
import { isNewLanguageRoleNoun } from './newlang-roles';

/** `Ο δήμαρχος`, `Η πρόεδρος του συλλόγου`: the article, the office, then a lower-case word (the verb or its genitive). */
const OPENING = /^(Ο|Η)\s+(\p{Ll}+)(?=\s+\p{Ll})/u;

/** The unnamed office holder a Greek sentence at `at` opens with, or null. */
export function greekOfficeOpening(text: string, at: number, sentence: string): { phrase: string; gender: Gender | null } | null {
  const match = OPENING.exec(sentence);
  if (!match || !isNewLanguageRoleNoun(match[2]!)) return null;
  // (Its stem, accents aside, for the genitive and accusative too: δήμαρχος, δημάρχου, δήμαρχο.)
  const bare = (words: string) => words.normalize('NFD').replace(/\p{M}/gu, '');
  const noun = bare(match[2]!);
  const stem = noun.slice(0, Math.max(4, noun.length - 3));
  const office = `(?:${stem}|${stem[0]!.toUpperCase()}${stem.slice(1)})`;
  const named = new RegExp(`${office}\\p{L}*(?:\\s+\\p{Ll}+){0,3}\\s+\\p{Lu}|\\p{Lu}\\p{Ll}+,\\s+(?:ο\\s+|η\\s+)?${office}`, 'u');
  if (named.test(bare(text.slice(0, at)))) return null;
  return { phrase: `${match[1]!.toLowerCase()} ${match[2]!}`, gender: match[1] === 'Η' ? 'female' : 'male' };
}

/** Greek people's nouns an indefinite description opens with, beyond offices and trades: family, age, place in life. */
const PERSON_NOUN = /^(?:γυναίκα|άνδρας|άντρας|μητέρα|πατέρας|γονέας|γιαγιά|παππούς|νέος|νέα|νεαρός|νεαρή|ηλικιωμένος|ηλικιωμένη|μαθητής|μαθήτρια|φοιτητής|φοιτήτρια|επιβάτης|επιβάτισσα|οδηγός|περαστικός|περαστική|πελάτης|πελάτισσα|ψηφοφόρος|εργαζόμενος|εργαζόμενη|ιδιοκτήτης|ιδιοκτήτρια|θεατής|μάρτυρας|ασθενής|γείτονας|γειτόνισσα|υπάλληλος|πωλητής|εργάτης|κάτοικος|ψαράς|αγρότης|μαγαζάτορας)$|(?:ισσα|τρια|άρχης|ιώτης|ιώτισσα|ούχος)$/u;
const INDEFINITE_GENDER: Record<string, Gender | null> = { Ένας: 'male', Μια: 'female', Μία: 'female', Ένα: null };

/**
 * `Ένας ηλικιωμένος ψαράς από το νησί, που …, είπε …`, `Ένας κάτοικος της περιοχής …`: an indefinite article,
 * maybe an adjective, then a person's noun open the sentence: someone brought in unnamed (`Μια μελέτη` brings in no one).
 */
export function greekIndefiniteOpening(sentence: string): { phrase: string; gender: Gender | null } | null {
  const [article = '', ...words] = sentence.split(/\s+/u, 3);
  if (!(article in INDEFINITE_GENDER)) return null;
  const nounAt = words.findLastIndex((word) => /^\p{Ll}+$/u.test(word) && (PERSON_NOUN.test(word) || isNewLanguageRoleNoun(word)));
  // (An adjective before the noun agrees with it: `Ένας ηλικιωμένος`, lower case like the noun.)
  if (nounAt < 0 || !words.slice(0, nounAt + 1).every((word) => /^\p{Ll}+$/u.test(word))) return null;
  return { phrase: [article.toLowerCase(), ...words.slice(0, nounAt + 1)].join(' '), gender: INDEFINITE_GENDER[article]! };
}
