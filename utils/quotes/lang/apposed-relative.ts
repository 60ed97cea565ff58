/**
 * `O herói foi X Y, guarda-redes de 19 anos que defendeu os remates de Z W.`: a name inside the relative clause of another
 * person's apposition is what that person acted on (an object, a rival), not someone a descriptor after it (`contou o jovem`)
 * stands for; the person the apposition introduces is.
 */

import { cleanName, NAME_RUN } from '../names';

/** A full name, a comma, an apposition opening lower-case, then a relative pronoun whose clause runs on to the end. */
const APPOSED_THEN_RELATIVE = new RegExp(`(${NAME_RUN}),\\s+\\p{Ll}[^,;:.!?«»“”"]{0,80}?\\s(?:que|qui|che|who)\\s[^.!?«»“”"\\n]*$`, 'u');

/** Whether the mention at `at` stands in the relative clause of an apposition given to another person named in its sentence. */
export function insideAnothersApposedClause(text: string, mentions: readonly { name: string; at: number }[], at: number, name: string): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('\n', at - 1), ...[...text.slice(Math.max(0, at - 400), at).matchAll(/[.!?]\s/gu)].map((end) => Math.max(0, at - 400) + end.index)) + 1;
  const apposed = APPOSED_THEN_RELATIVE.exec(text.slice(sentenceStart, at));
  const other = apposed ? cleanName(apposed[1]!) : '';
  return other.includes(' ') && other !== name && mentions.some((mention) => mention.name === other || mention.name.endsWith(` ${other}`));
}
