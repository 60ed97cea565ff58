/**
 * A body or place written before a name in a language that declines it: `Ředitel Krajské správy a údržby silnic Vysočiny
 * Jiří Bartoš`, `předseda Spolku pro obnovu sídliště Pod Lesem Jan Marek`, `Načelnik Općine Omišalj Tomislav Žic`, `Η
 * αντιπεριφερειάρχισσα Αγροτικής Ανάπτυξης Λασιθίου Μαρία Χατζάκη`. The capitalised run holds the end of the body's name
 * and the person's two words; a word before those two in an oblique case (a genitive, instrumental or locative ending no
 * given name in the nominative has: `Vysočiny`, `Lesem`, `Općine`, `Λασιθίου`) or a capitalised preposition (`Pod`, `Nad`)
 * shows the run opens inside the body, so the person is the last two words. Only when the article writes the family name
 * again (alone or in a case: `řekl … Bartoš`, `Podle Jiřího Bartoše`), and only in a text with the letters of the
 * languages that decline so (Czech, Slovak, Polish, Croatian, Slovene) or in Greek: a Spanish `Ana María García` is never read.
 */

/** Genitive, instrumental and locative endings of Slavic nouns and adjectives, and Greek genitives, which no given name in the nominative ends with. */
const OBLIQUE = /\p{Ll}(?:u|y|ej|ího|ého|ých|ych|em|ou|iej|ego|ine|ije|skog|ów|ov|ου|ών|ων|ής)$/u;
/** Slavic prepositions written with a capital inside a place's name (`Pod Lesem`, `Nad Nisou`). */
const PREPOSITION = /^(?:Pod|Nad|Na|Při|Pri|Před|Pred|Za|Od|Do|Ob|Po|Kod|Iz|Ve|Ze)$/u;
/** Letters of the languages that decline names and bodies so, or Greek script. */
const DECLINING_SCRIPT = /[čďěňřšťůľĺŕąćęłńśźżžđ]|\p{Script=Greek}/u;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** The person's two words of a run that opens inside a body or place (see above), or `name` as it was. */
export function withoutDeclinedBody(name: string, text: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  const [given, family] = words.slice(-2) as [string, string];
  if (!NAME_WORD.test(given) || !NAME_WORD.test(family)) return name;
  const leading = words.slice(0, -2);
  if (!leading.some((word) => OBLIQUE.test(word) || PREPOSITION.test(word))) return name;
  // (The whole text's letters last: the tests of the name's own words above are cheaper, and any failing gives `name` back.)
  if (!DECLINING_SCRIPT.test(text)) return name;
  // (The family name written again, in any case: its stem, all but the last two letters, four at least.)
  const stem = family.slice(0, Math.max(4, family.length - 2)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const uses = text.match(new RegExp(`(?<![\\p{L}])${stem}\\p{L}{0,4}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  return uses >= 2 ? `${given} ${family}` : name;
}

/**
 * The role of a person whose run opened inside a declined body (`Ředitel Krajské správy a údržby silnic` + `Vysočiny`,
 * `Η αντιπεριφερειάρχισσα` + `Αγροτικής Ανάπτυξης Λασιθίου`): from the last role noun in the eight words before the run (in its sentence) to
 * the run's body words; null when the run's words hold no oblique word or no role noun stands before them.
 */
export function declinedBodyRole(inside: readonly string[], before: string, isRoleNoun: (word: string) => boolean): string | null {
  if (inside.length === 0 || inside.length > 3 || !inside.some((word) => OBLIQUE.test(word) || PREPOSITION.test(word))) return null;
  // (A list of portfolios may hold commas: `η αντιδήμαρχος Περιβάλλοντος, Καθαριότητας και Πολιτικής Προστασίας`.)
  const words = before.split(/[;:.!?\n]/u).at(-1)!.trim().split(/\s+/u).filter(Boolean).slice(-8);
  if (!DECLINING_SCRIPT.test(`${words.join(' ')} ${inside.join(' ')}`)) return null;
  const head = words.findLastIndex((word) => isRoleNoun(word.toLowerCase()));
  return head < 0 ? null : [...words.slice(head), ...inside].join(' ');
}
