// Standard Moroccan Tamazight (lang/zgh.ts, Tifinagh): `«…», ⵉⵏⵏⴰ X, <role>.` after a quote (ⵜⵏⵏⴰ she said, ⵏⵏⴰⵏ they said),
// `X, <role>, ⵜⵏⵏⴰ: «…»` and `<role>, X, ⵉⵏⵏⴰ: «…»` before one, `ⵏⵜⵜⴰⵜ` (she) for the woman just quoted, a role noun alone for
// the official named before, in short paragraphs of my own about invented people, with counter-cases: someone unnamed
// (`ⵢⴰⵏ`, one), a body, a group with a plural verb.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const CLINIC =
  'ⵜⴰⵙⴳⵏⴼⵓⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵜⵕⵥⵎ ⴳ ⵜⵖⵔⵎ ⵏ ⵓⵙⵉⴼ.\n\n' +
  '«ⵉⵎⵓⴹⴰⵏ ⵓⵔ ⵙⵓⵍ ⴷⴷⵓⵏ ⵙ ⵜⵎⴷⵉⵏⵜ ⵉ ⵓⵙⴳⵏⴼⵓ», ⵉⵏⵏⴰ ⵢⵓⵙⴼ ⴰⵎⵔⴰⵏ, ⴰⵎⵙⵙⵓⴷⵓ ⵏ ⵜⵙⴳⵏⴼⵓⵜ, 51 ⵏ ⵉⵙⴳⴳⴰⵙⵏ.\n\n' +
  '«ⵏⵔⴰ ⴽⵔⴰⴹ ⵏ ⵉⵎⴷⴰⵡⴰⵢⵏ ⵢⴰⴹⵏⵉⵏ», ⵉⵏⵏⴰ ⴰⵎⵔⴰⵏ.\n\n' +
  'ⵣⴰⵀⵔⴰ ⵓⴱⵓⴽⵔ, ⵜⴰⵎⴷⴰⵡⴰⵢⵜ ⴳ ⵜⵙⴳⵏⴼⵓⵜ, ⵜⵏⵏⴰ: «ⴰⵔ ⵏⵥⵕⵕⴰ ⵎⵔⴰⵡ ⵏ ⵉⵎⵓⴹⴰⵏ ⴽⵓ ⴰⵙⵙ.»\n\n' +
  '«ⵜⴰⵙⴳⵏⴼⵓⵜ ⵜⵍⵍⴰ ⵖⵓⵔ ⵏⵖ ⴰⵔⵉ», ⵜⵏⵏⴰ ⵏⵜⵜⴰⵜ.\n\n' +
  'ⵢⴰⵏ ⵓⴼⵍⵍⴰⵃ ⵏ ⵓⵙⵉⴼ ⵉⵏⵏⴰ: «ⵜⴰⴳⵓⵔⵉ ⵏⵏⵙ ⵜⴼⵓⵍⴽⵉ ⵙ ⵓⵟⵟⴰⵚ.»';

const OLIVES =
  'ⴰⵙⴳⴳⴰⵙ ⴰ ⵉⴳⴳⵓⵜ ⵓⵣⵉⵜ ⴳ ⵜⵎⵏⴰⴹⵜ ⵏ ⵉⴳⵏⵏⴰⵏ.\n\n' +
  'ⴰⵎⵖⴰⵔ ⵏ ⵜⴷⴰⵡⵜ, ⵄⵍⵉ ⴱⵓⵣⵉⴷ, ⵉⵏⵏⴰ: «ⵉⴽⵛⵎ ⵓⵣⵉⵜ ⴰⵟⵟⴰⵚ ⵙ ⵜⵎⵙⵙⵓⵔⵜ.»\n\n' +
  '«ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵓⵔ ⵜⵜⵉⵍⵉⵏ ⴰⵟⵟⴰⵚ», ⵉⵏⵏⴰ ⴷⴰⵖ ⵓⵎⵖⴰⵔ.\n\n' +
  'ⴰⵎⵖⴰⵔ ⵉⵔⵏⴰ: «ⵏⵔⴰ ⴰⴷ ⵏⵣⵣⵏⵣ ⴰⵣⵉⵜ ⴳ ⵙⵙⵓⵇ ⵏ ⵜⵎⴷⵉⵏⵜ.»\n\n' +
  'ⵜⴰⵏⴱⴰⴹⵜ ⵜⵏⵏⴰ: «ⴰⵔ ⵏⵜⵜⴰⵡⵙ ⵉⵎⵣⴷⴰⵖ ⵏ ⵓⴷⵔⴰⵔ.»\n\n' +
  '«ⵏⵔⴰ ⴰⵎⴰⵏ ⵉ ⵉⴳⵏⵏⴰⵏ», ⵏⵏⴰⵏ ⵉⵎⵣⴷⴰⵖ ⵏ ⵓⵙⵉⴼ.\n\n' +
  'ⵏⵏⴰⵏ ⵉⴼⵍⵍⴰⵃⵏ ⵏ ⵜⵖⵔⵎ: «ⵉⵍⵍⴰ ⵓⵎⴰⵏ ⵖⵓⵔ ⵏⵖ.»';

const MARKET =
  'ⵙⵙⵓⵇ ⵏ ⵍⵅⵎⵉⵙ ⵉⵍⵍⴰ ⴳ ⵓⵎⵏⴰⴹ ⴰⵎⴰⵢⵏⵓ.\n\n' +
  'ⵃⵙⵙⴰⵏ ⵓⵍⴰⵀⵢⴰⵏ, ⴰⵎⵏⴰⴷ ⵏ ⵙⵙⵓⵇ, ⵉⵏⵏⴰ: «ⵉⵎⵙⵖⴰⵏ ⵓⵔ ⵙⵓⵍ ⵜⵜⵄⴷⴷⴰⵏ ⵙ ⵓⴱⵔⵉⴷ ⴰⵇⴷⵉⵎ.»\n\n' +
  '«ⴰⵏⵎⵎⴰⵍ ⵉⵍⵍⴰ ⴳ ⵓⵎⴽⴰⵏ ⴰⴷ», ⵉⵏⵏⴰ ⵏⵜⵜⴰ.\n\n' +
  '«ⵜⵉⵙⵏⵏⴰⵢⵉⵏ ⵓⵔ ⴰⵖ ⵢⵉⵡⵉⵏ ⴰⵟⵟⴰⵚ», ⵜⵏⵏⴰ ⵎⴰⵍⴽⴰ ⵜⴰⵎⴳⴰⵔⵜ, ⵜⴰⵎⵙⵙⵓⵜⵔⵉⵜ ⴳ ⵙⵙⵓⵇ.\n\n' +
  'ⴰⵙⵙ ⵏ ⵓⵙⵎⵎⴰⵙ, ⵎⴰⵍⴽⴰ ⵜⴰⵎⴳⴰⵔⵜ ⵜⵔⵏⴰ: «ⵏⵔⴰ ⴰⵏⵎⵎⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵉ ⵉⵎⵙⵖⴰⵏ.»';

const ROWS: KindCase[] = [
  ['zgh: `«…», ⵉⵏⵏⴰ X, <role>, <age>.` is X, with the role, the age no part of it', CLINIC, 'ⵉⵎⵓⴹⴰⵏ ⵓⵔ ⵙⵓⵍ', 'ⵢⵓⵙⴼ ⴰⵎⵔⴰⵏ', 'ⴰⵎⵙⵙⵓⴷⵓ'],
  ['zgh: `«…», ⵉⵏⵏⴰ <surname>.` is the person named in full before', CLINIC, 'ⵏⵔⴰ ⴽⵔⴰⴹ', 'ⵢⵓⵙⴼ ⴰⵎⵔⴰⵏ', ANY],
  ['zgh: `X, <role>, ⵜⵏⵏⴰ: «…»` (she said) is X, the role set off by commas', CLINIC, 'ⴰⵔ ⵏⵥⵕⵕⴰ', 'ⵣⴰⵀⵔⴰ ⵓⴱⵓⴽⵔ', 'ⵜⴰⵎⴷⴰⵡⴰⵢⵜ'],
  ['zgh: `«…», ⵜⵏⵏⴰ ⵏⵜⵜⴰⵜ.` (she said) is the woman just quoted', CLINIC, 'ⵜⴰⵙⴳⵏⴼⵓⵜ ⵜⵍⵍⴰ', 'ⵣⴰⵀⵔⴰ ⵓⴱⵓⴽⵔ', ANY],
  ['zgh: counter-case: `ⵢⴰⵏ ⵓⴼⵍⵍⴰⵃ … ⵉⵏⵏⴰ:` (a farmer said) is someone described, no name', CLINIC, 'ⵜⴰⴳⵓⵔⵉ ⵏⵏⵙ', DESCRIBED, null],
  ['zgh: `<role ⵏ body>, X, ⵉⵏⵏⴰ: «…»` is X, the role before the name', OLIVES, 'ⵉⴽⵛⵎ ⵓⵣⵉⵜ', 'ⵄⵍⵉ ⴱⵓⵣⵉⴷ', 'ⴰⵎⵖⴰⵔ'],
  ['zgh: `«…», ⵉⵏⵏⴰ ⴷⴰⵖ ⵓⵎⵖⴰⵔ.` (the head said too) is the head named before', OLIVES, 'ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵓⵔ', 'ⵄⵍⵉ ⴱⵓⵣⵉⴷ', ANY],
  ['zgh: `<role> ⵉⵔⵏⴰ: «…»` (the head added) is the head named before', OLIVES, 'ⵏⵔⴰ ⴰⴷ ⵏⵣⵣⵏⵣ', 'ⵄⵍⵉ ⴱⵓⵣⵉⴷ', ANY],
  ['zgh: counter-case: `ⵜⴰⵏⴱⴰⴹⵜ ⵜⵏⵏⴰ:` (the authority said) is a body, no person', OLIVES, 'ⴰⵔ ⵏⵜⵜⴰⵡⵙ', UNNAMED, null],
  ['zgh: counter-case: `«…», ⵏⵏⴰⵏ ⵉⵎⵣⴷⴰⵖ …` (the residents said) is a group, no one named', OLIVES, 'ⵏⵔⴰ ⴰⵎⴰⵏ', UNNAMED, null],
  ['zgh: counter-case: `ⵏⵏⴰⵏ ⵉⴼⵍⵍⴰⵃⵏ …:` before a quote (the farmers said) is a group too', OLIVES, 'ⵉⵍⵍⴰ ⵓⵎⴰⵏ', UNNAMED, null],
  ['zgh: `X, <role ⵏ place>, ⵉⵏⵏⴰ: «…»` is X, with the role', MARKET, 'ⵉⵎⵙⵖⴰⵏ ⵓⵔ', 'ⵃⵙⵙⴰⵏ ⵓⵍⴰⵀⵢⴰⵏ', 'ⴰⵎⵏⴰⴷ'],
  ['zgh: `«…», ⵉⵏⵏⴰ ⵏⵜⵜⴰ.` (he said) is the man just quoted', MARKET, 'ⴰⵏⵎⵎⴰⵍ ⵉⵍⵍⴰ', 'ⵃⵙⵙⴰⵏ ⵓⵍⴰⵀⵢⴰⵏ', ANY],
  ['zgh: `«…», ⵜⵏⵏⴰ X, <role>.` after a man quoted is X, the new speaker', MARKET, 'ⵜⵉⵙⵏⵏⴰⵢⵉⵏ', 'ⵎⴰⵍⴽⴰ ⵜⴰⵎⴳⴰⵔⵜ', 'ⵜⴰⵎⵙⵙⵓⵜⵔⵉⵜ'],
  ['zgh: `<time>, X ⵜⵔⵏⴰ: «…»` (she added) is X, the time phrase before the comma no part of the name', MARKET, 'ⵏⵔⴰ ⴰⵏⵎⵎⴰⵍ', 'ⵎⴰⵍⴽⴰ ⵜⴰⵎⴳⴰⵔⵜ', ANY],
];

kindTable('Tamazight attribution', ROWS);
