// Santali (lang/sat.ts, Ol Chiki): `<role> X (age) ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` before a quote, `“…,” X ᱢᱮᱱᱠᱮᱫᱟᱭ᱾` after one, `ᱩᱱᱤ` (he, she)
// for the person the sentence before brings in, `ᱢᱮᱱᱛᱮ` (saying so) closing quoted words, in short paragraphs of my own about
// invented people, with counter-cases: someone unnamed (`ᱢᱤᱫᱴᱮᱱ`, one), a title named in marks, a clause with no name.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const WELL =
  'ᱜᱟᱰᱟᱫᱤᱦ ᱟᱛᱳ ᱨᱮ ᱱᱟᱶᱟ ᱠᱩᱹᱭ ᱵᱮᱱᱟᱣ ᱮᱱᱟ᱾\n\n' +
  'ᱟᱛᱳ ᱨᱮᱭᱟᱜ ᱯᱟᱨᱟᱱᱤᱠ ᱥᱟᱢᱩ ᱦᱮᱢᱵᱨᱚᱢ (᱕᱒) ᱢᱮᱱᱠᱮᱫᱟᱭ, “ᱱᱤᱛ ᱫᱚ ᱠᱩᱲᱤᱠᱚ ᱫᱟᱜ ᱞᱟᱹᱜᱤᱫ ᱥᱟᱦᱮᱫ ᱵᱟᱝ ᱪᱟᱞᱟᱜᱼᱟ᱾”\n\n' +
  '“ᱱᱚᱣᱟ ᱠᱩᱹᱭ ᱫᱚ ᱡᱚᱛᱚ ᱦᱚᱲ ᱞᱟᱹᱜᱤᱫ ᱠᱟᱱᱟ,” ᱯᱟᱨᱟᱱᱤᱠ ᱢᱮᱱᱠᱮᱫᱟᱭ, “ᱟᱞᱮ ᱢᱤᱫ ᱛᱮ ᱦᱤᱛᱟᱹᱞ ᱞᱮ᱾”\n\n' +
  '“ᱫᱟᱜ ᱫᱚ ᱥᱟᱯᱷᱟ ᱜᱮ,” ᱦᱮᱢᱵᱨᱚᱢ ᱢᱮᱱᱠᱮᱫᱟᱭ᱾\n\n' +
  'ᱛᱟᱭᱚᱢ ᱢᱤᱫᱴᱮᱱ ᱵᱩᱰᱷᱤ ᱦᱚᱲ ᱢᱮᱱᱠᱮᱫᱟᱭ, “ᱤᱧ ᱫᱚ ᱱᱤᱛ ᱨᱟᱹᱥᱠᱟᱹ ᱜᱮᱧ ᱢᱮᱱᱟᱜᱼᱟ᱾”';

const SCHOOL =
  'ᱵᱤᱨᱵᱟᱦᱟ ᱤᱥᱠᱩᱞ ᱨᱮ ᱱᱟᱶᱟ ᱯᱩᱛᱷᱤ ᱚᱲᱟᱜ ᱠᱷᱩᱞᱟᱹᱭ ᱮᱱᱟ᱾\n\n' +
  'ᱤᱥᱠᱩᱞ ᱨᱮᱭᱟᱜ ᱢᱟᱥᱴᱟᱨ ᱜᱚᱯᱟᱞ ᱢᱟᱨᱰᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ: “ᱜᱤᱫᱨᱟᱹᱠᱚ ᱫᱚ ᱟᱢᱟᱜ ᱯᱟᱹᱨᱥᱤ ᱨᱮ ᱯᱟᱲᱦᱟᱣ ᱫᱟᱲᱮᱭᱟᱜᱼᱟᱠᱚ᱾”\n\n' +
  '“ᱯᱩᱛᱷᱤ ᱫᱚ ᱟᱹᱰᱤ ᱠᱚᱢ ᱢᱮᱱᱟᱜᱼᱟ,” ᱢᱮᱱᱛᱮ ᱤᱥᱠᱩᱞ ᱨᱮ ᱯᱟᱲᱦᱟᱣ ᱠᱟᱱ ᱥᱤᱛᱟ ᱵᱮᱥᱨᱟ ᱢᱮᱱᱠᱮᱫᱟᱭ᱾\n\n' +
  'ᱥᱤᱛᱟ ᱵᱮᱥᱨᱟ ᱫᱚ ᱜᱟᱹᱣᱛᱟ ᱠᱷᱚᱱ ᱦᱮᱡ ᱟᱠᱟᱱᱟ᱾ ᱩᱱᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ, “ᱤᱧ ᱫᱚ ᱢᱟᱥᱴᱟᱨ ᱦᱩᱭ ᱥᱟᱱᱟᱢ ᱠᱟᱱᱟ᱾”\n\n' +
  'ᱤᱥᱠᱩᱞ ᱨᱮ “ᱡᱤᱣᱤ ᱨᱮᱭᱟᱜ ᱥᱟᱹᱜᱩᱱ” ᱧᱩᱛᱩᱢ ᱯᱩᱛᱷᱤ ᱚᱞᱟᱠᱟᱱ ᱢᱟᱨᱰᱤ ᱦᱚᱸ ᱦᱤᱡᱩᱜ ᱟᱠᱟᱱᱟ᱾';

const FAIR =
  'ᱥᱤᱧᱜᱤ ᱢᱮᱞᱟ ᱨᱮ ᱟᱭᱢᱟ ᱦᱚᱲ ᱦᱤᱡᱩᱜ ᱟᱠᱟᱱᱟ᱾\n\n' +
  'ᱢᱮᱞᱟ ᱨᱮᱭᱟᱜ ᱥᱮᱠᱨᱮᱴᱟᱨᱤ ᱞᱤᱞᱤ ᱪᱟᱸᱫᱽ ᱢᱮᱱ ᱠᱮᱫᱟᱭ, “ᱱᱚᱣᱟ ᱥᱮᱨᱢᱟ ᱵᱟᱨ ᱜᱩᱬ ᱦᱚᱲ ᱦᱤᱡᱩᱜ ᱟᱠᱟᱱᱟ᱾”\n\n' +
  'ᱩᱱᱤ ᱟᱨᱦᱚᱸ ᱢᱮᱱᱠᱮᱫᱟᱭ, “ᱮᱱᱮᱡ ᱫᱚ ᱧᱤᱫᱟᱹ ᱦᱚᱸ ᱪᱟᱞᱟᱜᱼᱟ᱾”\n\n' +
  '“ᱫᱟᱠᱟ ᱫᱚ ᱟᱹᱰᱤ ᱵᱮᱥ ᱦᱩᱭ ᱟᱠᱟᱱᱟ,” ᱢᱮᱱ ᱠᱟᱛᱮ ᱥᱮᱠᱨᱮᱴᱟᱨᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ᱾\n\n' +
  'ᱜᱟᱹᱣᱛᱟ ᱦᱚᱲᱠᱚ ᱢᱮᱱᱠᱮᱫᱟᱠᱚ, “ᱟᱞᱮ ᱫᱚ ᱥᱮᱨᱢᱟ ᱥᱮᱨᱢᱟ ᱦᱤᱡᱩᱜ ᱞᱮ᱾”';

const MARKET =
  'ᱦᱟᱴ ᱨᱮ ᱵᱤᱞᱤ ᱨᱮᱭᱟᱜ ᱫᱚᱨ ᱨᱚᱦᱚᱲ ᱮᱱᱟ᱾\n\n' +
  'ᱥᱚᱦᱮᱫᱯᱩᱨ ᱠᱷᱚᱱ ᱦᱮᱡ ᱟᱠᱟᱱ ᱪᱟᱥᱤ ᱢᱟᱭᱱᱟ ᱛᱩᱰᱩ (᱓᱘) ᱦᱚᱸ ᱦᱟᱴ ᱨᱮ ᱦᱤᱡᱩᱜ ᱟᱠᱟᱱᱟ᱾ ᱩᱱᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ, “ᱱᱤᱛ ᱫᱚ ᱫᱟᱢ ᱵᱟᱝ ᱧᱟᱢᱚᱜ ᱠᱟᱱᱟ᱾”\n\n' +
  'ᱦᱟᱴ ᱨᱮᱭᱟᱜ ᱢᱩᱠᱷᱤᱭᱟ ᱵᱤᱨᱥᱟ ᱴᱩᱰᱩ ᱢᱮᱱᱠᱮᱫᱟᱭ, “ᱥᱚᱨᱠᱟᱨ ᱫᱚ ᱪᱟᱥᱤᱠᱚ ᱜᱚᱲᱚ ᱮᱢᱟ᱾”\n\n' +
  '“ᱫᱚᱨ ᱫᱚ ᱛᱟᱭᱚᱢ ᱛᱮ ᱨᱚᱦᱚᱲᱚᱜᱼᱟ,” ᱩᱱᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ᱾\n\n' +
  'ᱦᱟᱴ ᱨᱮ ᱦᱚᱲᱠᱚ ᱥᱟᱶᱛᱮ ᱠᱟᱛᱷᱟ ᱠᱟᱛᱮ ᱡᱚᱛᱚ ᱦᱚᱲ ᱢᱮᱱᱠᱮᱫᱟᱠᱚ, “ᱟᱞᱮ ᱫᱚ ᱥᱟᱵᱟᱨ ᱛᱟᱦᱮᱱ ᱞᱮ᱾”';

const ROWS: KindCase[] = [
  ['sat: `<place ᱨᱮᱭᱟᱜ> <role> X (age) ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` is X, with the role, the age no part of the name', WELL, 'ᱱᱤᱛ ᱫᱚ ᱠᱩᱲᱤᱠᱚ', 'ᱥᱟᱢᱩ ᱦᱮᱢᱵᱨᱚᱢ', 'ᱯᱟᱨᱟᱱᱤᱠ'],
  ['sat: `“…,” <role> ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` (the official said) is the official named before', WELL, 'ᱱᱚᱣᱟ ᱠᱩᱹᱭ', 'ᱥᱟᱢᱩ ᱦᱮᱢᱵᱨᱚᱢ', ANY],
  ['sat: the part after a tag set between two quotes goes on the same person', WELL, 'ᱟᱞᱮ ᱢᱤᱫ ᱛᱮ', 'ᱥᱟᱢᱩ ᱦᱮᱢᱵᱨᱚᱢ', ANY],
  ['sat: `“…,” <surname> ᱢᱮᱱᱠᱮᱫᱟᱭ᱾` is the person named in full before', WELL, 'ᱫᱟᱜ ᱫᱚ ᱥᱟᱯᱷᱟ', 'ᱥᱟᱢᱩ ᱦᱮᱢᱵᱨᱚᱢ', ANY],
  ['sat: counter-case: `ᱢᱤᱫᱴᱮᱱ ᱵᱩᱰᱷᱤ ᱦᱚᱲ ᱢᱮᱱᱠᱮᱫᱟᱭ` (an old woman said) is someone described, no name', WELL, 'ᱤᱧ ᱫᱚ ᱱᱤᱛ', DESCRIBED, null],
  ['sat: `<body ᱨᱮᱭᱟᱜ> <role> X ᱢᱮᱱᱠᱮᱫᱟᱭ: “…”` is X, the body before the genitive no part of the name', SCHOOL, 'ᱜᱤᱫᱨᱟᱹᱠᱚ ᱫᱚ', 'ᱜᱚᱯᱟᱞ ᱢᱟᱨᱰᱤ', 'ᱢᱟᱥᱴᱟᱨ'],
  ['sat: `“…,” ᱢᱮᱱᱛᱮ <relative clause ending ᱠᱟᱱ> X ᱢᱮᱱᱠᱮᱫᱟᱭ᱾` is X, the clause no part of the name', SCHOOL, 'ᱯᱩᱛᱷᱤ ᱫᱚ ᱟᱹᱰᱤ', 'ᱥᱤᱛᱟ ᱵᱮᱥᱨᱟ', null],
  ['sat: `X ᱫᱚ … ᱾ ᱩᱱᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` (he or she said) is the topic of the sentence before', SCHOOL, 'ᱤᱧ ᱫᱚ ᱢᱟᱥᱴᱟᱨ', 'ᱥᱤᱛᱟ ᱵᱮᱥᱨᱟ', ANY],
  ['sat: `… X (age) … ᱾ ᱩᱱᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` is the person brought in with an age, not the one quoted before', MARKET, 'ᱱᱤᱛ ᱫᱚ ᱫᱟᱢ', 'ᱢᱟᱭᱱᱟ ᱛᱩᱰᱩ', ANY],
  ['sat: `<role> X ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` after another speaker is X, the new speaker', MARKET, 'ᱥᱚᱨᱠᱟᱨ ᱫᱚ', 'ᱵᱤᱨᱥᱟ ᱴᱩᱰᱩ', 'ᱢᱩᱠᱷᱤᱭᱟ'],
  ['sat: `“…,” ᱩᱱᱤ ᱢᱮᱱᱠᱮᱫᱟᱭ᱾` (he said) after a quote is the one just quoted', MARKET, 'ᱫᱚᱨ ᱫᱚ ᱛᱟᱭᱚᱢ', 'ᱵᱤᱨᱥᱟ ᱴᱩᱰᱩ', ANY],
  ['sat: counter-case: `ᱡᱚᱛᱚ ᱦᱚᱲ ᱢᱮᱱᱠᱮᱫᱟᱠᱚ` (everyone said), a clause with no role or name, gives no one', MARKET, 'ᱟᱞᱮ ᱫᱚ ᱥᱟᱵᱟᱨ', UNNAMED, null],
  ['sat: `<role> X ᱢᱮᱱ ᱠᱮᱫᱟᱭ, “…”` (the verb written apart) is X, with the role', FAIR, 'ᱱᱚᱣᱟ ᱥᱮᱨᱢᱟ ᱵᱟᱨ', 'ᱞᱤᱞᱤ ᱪᱟᱸᱫᱽ', 'ᱥᱮᱠᱨᱮᱴᱟᱨᱤ'],
  ['sat: `ᱩᱱᱤ ᱟᱨᱦᱚᱸ ᱢᱮᱱᱠᱮᱫᱟᱭ, “…”` (she said too) is the one just quoted', FAIR, 'ᱮᱱᱮᱡ ᱫᱚ ᱧᱤᱫᱟᱹ', 'ᱞᱤᱞᱤ ᱪᱟᱸᱫᱽ', ANY],
  ['sat: `“…,” ᱢᱮᱱ ᱠᱟᱛᱮ <role> ᱢᱮᱱᱠᱮᱫᱟᱭ᱾` (saying so, the secretary said) is the secretary named before', FAIR, 'ᱫᱟᱠᱟ ᱫᱚ ᱟᱹᱰᱤ', 'ᱞᱤᱞᱤ ᱪᱟᱸᱫᱽ', ANY],
  ['sat: counter-case: `ᱜᱟᱹᱣᱛᱟ ᱦᱚᱲᱠᱚ ᱢᱮᱱᱠᱮᱫᱟᱠᱚ` (the villagers said) is a group, no one named', FAIR, 'ᱟᱞᱮ ᱫᱚ ᱥᱮᱨᱢᱟ', UNNAMED, null],
];

kindTable('Santali attribution', ROWS);

describe('Santali: a title in marks is no quote', () => {
  it('`“<title>” ᱧᱩᱛᱩᱢ ᱯᱩᱛᱷᱤ ᱚᱞᱟᱠᱟᱱ X ᱢᱮᱱᱠᱮᱫᱟᱭ᱾` (X, who wrote the book named …) gives the title no speaker', () => {
    const title = findQuotes(SCHOOL).find((quote) => quote.text.startsWith('ᱡᱤᱣᱤ ᱨᱮᱭᱟᱜ'));
    expect(title?.speaker ?? null).toBeNull();
  });
});
