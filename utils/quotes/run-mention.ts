/**
 * A capitalised run read by entities.ts may hold more than the person mention person-mentions.ts found in it
 * (`l’ex assessore alla Cultura Marco Esempio`: the portfolio opens the run). When the run as cleaned names no one the
 * text knows, the mention that ends where the run ends is the person, if it opens with a capital (`Asociación de
 * Feriantes` holds no person `de Feriantes`): both readers then agree on who was named.
 */
import type { PersonMention } from './person-mentions';

export function mentionClosingRun(people: readonly PersonMention[], runAt: number, run: string, isKnown: (name: string) => boolean, cleaned: string): string {
  if (isKnown(cleaned)) return cleaned;
  const end = runAt + run.length;
  const inner = people.find((person) => person.at > runAt && person.at + person.name.length === end && person.name.includes(' ') && /^\p{Lu}/u.test(person.name));
  return inner && cleaned.endsWith(inner.name) && isKnown(inner.name) ? inner.name : cleaned;
}
