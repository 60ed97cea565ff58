// The shared lists and readers the fortieth session changed from its helpers' reports (a twenty-ninth set of invented
// articles), each in fresh sentences of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

/** `schepen van Mobiliteit X Van Y`: a particle opening the family name keeps three words after the role's complement (name-bounds.ts). */
kindTable('A family name opened by a particle after an office and its portfolio', [
  ['nl: `zegt schepen van Mobiliteit Joke Van Roost` is Joke Van Roost', '„De tram moet sneller rijden”, zegt schepen van Mobiliteit Joke Van Roost. Zij wil extra haltes schrappen.', 'De tram moet sneller', 'Joke Van Roost', ANY],
  ['counter-case nl: a two-word name after the portfolio stays two words', '„Wij kiezen voor de fiets”, zegt schepen van Cultuur Lien Maes.', 'Wij kiezen voor de fiets', 'Lien Maes', ANY],
]);

/** `הדס כרמלי` … `אמרה כרמלי`: Hebrew given names opening with ה (a closed list) are names, not an article (lang/fuller-names.ts). */
kindTable('A Hebrew given name opening with ה before the family name', [
  ['he: `הדס כרמלי` … `אמרה כרמלי` is הדס כרמלי', 'הדס כרמלי, מנהלת המתנ"ס בשכונה, סיפרה כי ההורים כועסים. "אין לנו איפה לשים את הילדים", אמרה כרמלי.', 'אין לנו איפה', 'הדס כרמלי', ANY],
  ['counter-case he: the article on a role noun (`המנהלת כרמלי`) is no given name', 'המנהלת כרמלי סיפרה כי ההורים כועסים. "אין לנו איפה לשים את הילדים", אמרה כרמלי.', 'אין לנו איפה', 'כרמלי', ANY],
]);

const URDU =
  'رکن اسمبلی چوہدری فیصل وڑائچ نے کہا کہ میدان بند نہیں ہوگا۔ چوہدری فیصل نے کہا کہ ’’ہم عدالت جائیں گے اور بچوں کا میدان بچائیں گے۔‘‘\n\n' +
  'فاسٹ بولر شاہد رفیق بھٹہ بھی احتجاج میں شامل تھے۔ شاہد نے کہا کہ ’’یہ میدان ہماری نرسری ہے۔‘‘';

/** Urdu: a title and a given name (`چوہدری فیصل`) or a given name alone after a role are the full name given before (lang/fuller-names.ts, attribute.ts). */
kindTable('Urdu short names resolved to the full name the text gave', [
  ['ur: `چوہدری فیصل نے کہا` after `رکن اسمبلی چوہدری فیصل وڑائچ` is the full name', URDU, 'ہم عدالت جائیں گے', 'چوہدری فیصل وڑائچ', ANY],
  ['ur: `شاہد نے کہا` after `فاسٹ بولر شاہد رفیق بھٹہ` is the full name, not the role and the given name', URDU, 'یہ میدان ہماری نرسری', 'شاہد رفیق بھٹہ', ANY],
]);

/** `Очільник громади X` … `— зазначив очільник громади`: Ukrainian `очільник` is an office noun (lang/role-nouns.ts). */
kindTable('Ukrainian office noun for the head of a community', [
  ['uk: `Очільник громади X …` … `— зазначив очільник громади` is X with that role', 'Очільник громади Петро Савчук пообіцяв відновити дах до зими. «Гроші вже є, підрядника обрано», — зазначив очільник громади.', 'Гроші вже є', 'Петро Савчук', 'очільник'],
]);

const KOREAN_LETTER =
  '구청장 김도윤 씨는 요금 인상이 불가피하다고 밝혔다. 그는 “적자가 너무 크다”고 말했다.\n\n' +
  '이날 역 앞에서 만난 40대 회사원 B씨는 출근길이 걱정이라고 했다. 그는 “요금이 또 오르면 버스로 갈아탈 수밖에 없다”고 말했다.';

/** `40대 회사원 B씨는 …. 그는 “…”`: a person a Korean paper names by a letter is someone unnamed (unnamed-introduction.ts). */
kindTable('Korean: a person named by a letter (A씨) stays unnamed', [
  ['ko: `40대 회사원 B씨는 …. 그는 “…”고 말했다` stays unnamed, not the man quoted before', KOREAN_LETTER, '요금이 또 오르면', UNNAMED, null],
  ['counter-case ko: the named official before keeps his own quote', KOREAN_LETTER, '적자가 너무 크다', '김도윤', ANY],
]);

const MALAY =
  'Pekebun kecil Rahim Osman berkata harga buah sawit jatuh lagi. "Kami rugi setiap bulan," katanya.\n\n' +
  'Namun, seorang peniaga baja di pekan itu berkata keadaan tidak seteruk itu. "Pembeli masih datang," katanya.';

/** `Namun, seorang peniaga …`: a connective and its comma before Malay `seorang` (unnamed-introduction.ts). */
kindTable('Malay: someone unnamed after a connective opening the sentence', [
  ['ms: `Namun, seorang peniaga … berkata …. "…," katanya` stays unnamed', MALAY, 'Pembeli masih datang', DESCRIBED, null],
  ['counter-case ms: the named smallholder keeps his own quote', MALAY, 'Kami rugi setiap bulan', 'Rahim Osman', null],
]);

/** `“…”라고 적힌 손팻말`: words written on a placard are no one's speech (filter.ts KOREAN_QUOTATIVE). */
describe('Korean words written on a sign are not quotations', () => {
  it('ko: `“…”라고 적힌 손팻말을 든 시민` is no quote', () => {
    const texts = findQuotes('역 앞 광장에는 “요금 인상 철회하라”라고 적힌 손팻말을 든 시민 20여 명이 모였다.').map((quote) => quote.text);
    expect(texts.some((text) => text.startsWith('요금 인상 철회하라')), JSON.stringify(texts)).toBe(false);
  });
});
