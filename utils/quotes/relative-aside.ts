/**
 * Slavic papers set a relative clause about the body between an office and its holder's name:
 * `Predsednik Turističnega društva X, ki prireja sejem, Tone Hribar, je dejal` (the president of the society, which holds
 * the fair, T. H.), `Prezes Związku X, który zarządza schroniskiem, Jan Kowalski, powiedział`. The clause parts the
 * office from the name, so the body's words were read as the speaker (`Turističnega`). For attribution it is blanked
 * to a comma and spaces of the same width (so every offset stays, and the name reads as an apposition) when a full name of two or three capitalised words follows it.
 */

import { CYRILLIC, LATIN, mayHold } from './scripts-present';

/** The relative pronouns of the Slavic languages (Slovene, BCS, Czech, Slovak, Polish, Russian, Ukrainian, Bulgarian). */
const RELATIVE =
  'ki|koji|koja|koje|kojeg|kojem|kojim|který|která|které|ktorý|ktorá|ktoré|który|która|które|' +
  'который|которая|которое|которые|який|яка|яке|які|който|която|което|които';
/**
 * An office's word before the comma, the clause (no comma, stop or quotation mark inside), then the name and the comma closing it.
 * (`…, ki ga vodi Mojca Novak, je …`: a name inside the clause is the clause's own, and no name follows it: left alone.)
 */
const ASIDE = new RegExp(
  String.raw`(?<=[\p{L}\p{M}])(,\s+(?:${RELATIVE})\s+[^,.;:!?«»„“”"()\n]{2,80},)(?=\s+\p{Lu}[\p{Ll}\p{M}]+(?:[\s-]+\p{Lu}[\p{Ll}\p{M}]+){1,2},)`,
  'gu',
);
const ANY_RELATIVE = new RegExp(String.raw`,\s+(?:${RELATIVE})\s`, 'u');

export function withRelativeAsideBlanked(text: string): string {
  if (!mayHold(LATIN | CYRILLIC, text) || !ANY_RELATIVE.test(text)) return text;
  return text.replace(ASIDE, (aside: string) => `,${' '.repeat(aside.length - 1)}`);
}
