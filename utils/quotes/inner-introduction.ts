/**
 * An unnamed person brought in as the subject of a clause that does not open the sentence, in Latin-script languages:
 * after an opening phrase and its comma (`Dans Limoilou, une résidante … raconte`, `At the gate, a steward said …`,
 * `Du côté du syndicat, une porte-parole a rappelé …`) or
 * after a comma and a conjunction that opens a clause (`…, als eine Mutter aus dem Quartier ans Mikrofon trat`,
 * `…, when a nurse stepped forward`). The clause is then read as a sentence opening (unnamed-introduction.ts).
 * Left alone: a comma inside a list or an apposition (`Tom Reyes, a nurse,` is named; `Among the delegations was Tom
 * Reyes, a nurse who …`), and any clause opening with a capitalised word (a name).
 */

/** Conjunctions that open a clause whose subject follows at once. */
const CLAUSE_CONJUNCTION = /^(?:when|while|as|after|before|als|wenn|während|nachdem|bevor|quand|lorsque|alors\s+que|tandis\s+que|cuando|mientras|quando|mentre|enquanto|toen|terwijl|när|medan|da|mens|mentre)\s+/iu;
/** An opening phrase: a preposition or adverb and at most nine more words before the comma (`In the hallway, where …, `, `At the club, which …, `: a clause on the place may follow). */
const OPENING_PHRASE = /^(?:In|At|On|Outside|Inside|Near|Among|Later|Nearby|Elsewhere|Meanwhile|After|Before|During|Earlier|Afterward|Afterwards|Après|Avant|Pendant|Nach|Después|Antes|Durante|Dopo|Prima|Depois|Tijdens|Efter|Etter|Al|Als|A\s+la|Davant|Prop|Dans|À|Au|Aux|Du\s+côté|Côté|Chez|Sur|Devant|Près|Plus\s+loin|En|Auf|Im|Am|Vor|In|Bei|Unter|Später|Daneben|En|Entre|Frente|Ante|Cerca|Más|Nel|Nella|Sul|Sulla|Davanti|Accanto|Poco|No|Na|Em|Perto|Diante|Op|Bij|Voor|Naast|Verderop|På|Vid|Utanför|Ved|Utenfor)(?:\s+[^\s,.;:!?"“”«»„]+){0,9}(?:,\s+(?:where|when|which|où|wo|donde|dove|onde|waar|där)\s[^,.;:!?"“”«»„]{1,60})?,\s+/u;

/**
 * Scandinavian puts the verb second, so a place opening the sentence pushes the subject after the verb (`Ved bordet sitter
 * en eldre kvinne …`, `I kön står ett par …`) or after `vi` (`På torget møter vi en …`): the indefinite there is the clause's new person.
 */
const INVERTED_INDEFINITE = /^(?:Bredvid|Bakom|Framför|Utanför|Vid|På|I|Ved|Foran|Bak|Utenfor|Udenfor|Uden\s+for|Inne|Ute|Inde|Ude|Här|Där|Her|Der)(?:\s+[^\s,.;:!?"“”«»„]+){1,4}?\s+\p{Ll}+(?:\s+(?:vi|jeg|jag|man))?\s+(?=(?:en|ett|ei|et)\s)/u;

/** `Among the protesters was a retired welder …`: English inverts a place and "was" before a new person too. */
const ENGLISH_INVERTED = /^(?:Among|Outside|Inside|Near|Behind|Beside|At|In|On)\s[^,.;:!?"“”]{1,60}?\s(?:was|were|sat|stood|came)\s+(?=(?:a|an|one|another)\s)/u;

/** `Größere Sorgen hat eine Witwe …`, `Am Tresen wartet ein Vater …`: German puts the verb second, a new person after it. */
const GERMAN_INVERTED = /^\p{Lu}\p{Ll}*(?:\s+[^\s,.;:!?"“”«»„]+){0,4}?\s+(?:\p{Ll}{2,}t|war|kam|saß)\s+(?=(?:eine?|einer)\s)/u;

/** `But one party activist, who …, was less forgiving`, `Mais une voisine …`: a conjunction opening the sentence before a new person. */
const CONJUNCTION_FIRST = /^(?:But|And|Yet|Still|Mais|Et|Aber|Und|Pero|Ma|Mas|Maar|Men),?\s+(?=(?:one|a|an|another|un|une|ein|eine|einer|una|uno|um|uma|een|en|ett|ei|et)\s)/u;

/** Where clauses that may bring in a new subject start inside one sentence (offsets into it), after the first. */
export function innerClauseOpenings(sentence: string): number[] {
  const openings: number[] = [];
  const phrase = OPENING_PHRASE.exec(sentence);
  // (`Among the delegations was X Y, a grandmother …`: a capitalised word after lower-case ones ends a name the clause is set beside.)
  // (Not a place after a preposition: `Al barri de Sant Narcís, una veïna …`, `Du côté de la Fédération des X, une porte-parole …`.)
  const apposedToName = phrase && /\s\p{Ll}[^,]*\s\p{Lu}[^,\s]*,\s+$/u.test(phrase[0]) && !/\s(?:de|of|in|at|di|du|del|della|des|da|do|van|von|en|al|am|im|bei)\s(?:la\s|l['’])?(?:\p{Lu}[^,\s]*\s)*\p{Lu}[^,\s]*,\s+$/u.test(phrase[0]);
  if (phrase && !apposedToName && /^\p{Ll}/u.test(sentence.slice(phrase[0].length))) openings.push(phrase[0].length);
  const inverted = phrase ? null : (INVERTED_INDEFINITE.exec(sentence) ?? ENGLISH_INVERTED.exec(sentence) ?? GERMAN_INVERTED.exec(sentence) ?? CONJUNCTION_FIRST.exec(sentence));
  if (inverted) openings.push(inverted[0].length);
  for (const comma of sentence.matchAll(/,\s+/gu)) {
    const rest = sentence.slice(comma.index + comma[0].length);
    const conjunction = CLAUSE_CONJUNCTION.exec(rest);
    if (conjunction && /^\p{Ll}/u.test(rest.slice(conjunction[0].length))) openings.push(comma.index + comma[0].length + conjunction[0].length);
  }
  return openings;
}

/** The clause from `at` with its first letter capitalised, as a sentence would open. */
export function asOpening(sentence: string, at: number): string {
  return sentence.slice(at).replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}
