// Kinds the sixty-sixth held-out set showed in Hungarian, Chinese, Romanian and Catalan copy, each in fresh sentences of
// my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY } from './kind-table';

const ZH_COPULAR_INTRODUCTION =
  '急诊医生加班\n\n' +
  '林芳是市中心医院护理部主任，已经连续两周没有休息。“我们每个人都很累，但病人还在排队。”她说。';
const ZH_COPULAR_NO_OFFICE =
  '市长王建国昨天视察了新桥工地。\n\n' +
  '周末是工人最忙的时候。“我们一定按时完工。”他说。';

/** `X是…主任。“…”她说。`: a name introduced by 是 and an office is a person, the latest for 她 (lang/zh-mentions.ts). */
kindTable('zh: a name introduced by 是 and an office is a person mention', [
  ['zh: `林芳是…护理部主任` then `她说` is 林芳, not the heading before', ZH_COPULAR_INTRODUCTION, '我们每个人都很累', '林芳', '主任'],
  ['counter-case zh: `周末是工人最忙的时候` names no one; 他 stays the mayor', ZH_COPULAR_NO_OFFICE, '我们一定按时完工', '王建国', ANY],
]);

const HU_BODY_IN_APPOSITION =
  'A közgyűlésen Kovács Dóra, a Zöld Tiszafüredért Egyesület önkormányzati képviselője szólalt fel a könyvtár mellett.\n\n' +
  '– Ez a város egyetlen nyilvános könyvtára, ide jár minden diák – mondta.';
const HU_FIRM_IN_APPOSITION =
  'Nagy Péter, a Tiszafüredi Városüzemeltetési Kft. ügyvezetője szerint nem csak a fűtés a gond.\n\n' +
  '„A csarnok tetejét is ki kell cserélni.';
const HU_PERSON_LIKE_BODY_WORD =
  'A közgyűlésen Egyed Zsolt tanár is felszólalt.\n\n' +
  '– A gyerekeknek szükségük van erre a helyre – mondta.';

/** `X, a Y Egyesület képviselője` / `a Y Kft. ügyvezetője`: the body inside the apposition is no person (non-person-words.ts). */
kindTable('hu: a society or firm named in the apposition after a person is no speaker', [
  ['hu: `a … Egyesület képviselője`, then `– mondta` is the person', HU_BODY_IN_APPOSITION, 'Ez a város egyetlen', 'Kovács Dóra', 'képviselő'],
  ['hu: `a … Kft. ügyvezetője szerint`, then the words alone are the person', HU_FIRM_IN_APPOSITION, 'A csarnok tetejét', 'Nagy Péter', ANY],
  ['counter-case hu: `Egyed Zsolt` (no body word) stays a name', HU_PERSON_LIKE_BODY_WORD, 'A gyerekeknek', 'Egyed Zsolt', ANY],
]);

const HU_APPOSED_NO_OFFICE =
  'A közgyűlésen Kovács Dóra, a város legidősebb lakója szólalt fel a könyvtár mellett.\n\n' +
  '– Ez a város egyetlen nyilvános könyvtára – mondta.';

/** `X, a … képviselője`: the office noun in the possessive closing the apposition is the role (lang/hungarian-apposed-role.ts). */
kindTable('hu: an apposition closing on an office noun in the possessive gives the role', [
  ['hu: `a Kft. ügyvezetője` gives ügyvezető', HU_FIRM_IN_APPOSITION, 'A csarnok tetejét', 'Nagy Péter', 'ügyvezető'],
  ['counter-case hu: `a város legidősebb lakója` (a resident, no office) gives no role', HU_APPOSED_NO_OFFICE, 'Ez a város egyetlen', 'Kovács Dóra', null],
]);

const HU_ROLE_ACCORDING =
  'Kiss Anna polgármester így fogalmazott: „Nehéz döntés volt.”\n\n' +
  'A városvezető szerint „a buszjárat fenntartása évi 40 millió forintba kerülne, ez a keret kétszerese”. A döntés jövő héten születik.\n\n' +
  '– Mindenki láthatja a számokat – mondta Kiss Anna.';
const HU_THING_ACCORDING =
  'Kiss Anna polgármester így fogalmazott: „Nehéz döntés volt.”\n\n' +
  'A tavalyi költségvetés szerint „a buszjárat fenntartása évi 40 millió forintba kerülne”. A döntés jövő héten születik.';

/** `A városvezető szerint „…”`: "according to the (city) leader", a role noun or a compound ending in one (lang/hu.ts). */
kindTable('hu: `A <role> szerint „…”` is the person holding the role, whose office stays', [
  ['hu: `A városvezető szerint` is the mayor named before', HU_ROLE_ACCORDING, 'a buszjárat', 'Kiss Anna', 'polgármester'],
  ['hu: the paraphrase gives the mayor no new role for her later words', HU_ROLE_ACCORDING, 'Mindenki láthatja', 'Kiss Anna', 'polgármester'],
]);
describe('counter-case hu: `A tavalyi költségvetés szerint` (a budget) is no one', () => {
  it('gives the words to no named person', () => {
    const found = findQuotes(HU_THING_ACCORDING).find((quote) => quote.text.startsWith('a buszjárat'));
    expect(found?.speakerKind ?? null).not.toBe('name');
  });
});

const RO_OBJECT_THEN_APPOSITION =
  'Tribunalul Argeș l-a achitat marți pe Ion Petrescu, fost primar al comunei Dobrești, după doi ani de proces.\n\n' +
  '„Am spus mereu adevărul”, a declarat Petrescu la ieșirea din sală.';
const RO_ROLE_BEFORE_NAME =
  'Primarul comunei Dobrești, Ion Petrescu, a vorbit marți cu locuitorii.\n\n' +
  '„Am spus mereu adevărul”, a declarat Petrescu la ieșirea din sală.';

/** `Instanța l-a condamnat pe X, fost primar al …`: the clause before `pe` is no role; the apposition after is (lang/introduced-role.ts). */
kindTable('ro: the clause before the object marker `pe` is no role; `fost <office>` after the name is', [
  ['ro: `l-a achitat marți pe X, fost primar al comunei Y` gives primar', RO_OBJECT_THEN_APPOSITION, 'Am spus mereu', 'Ion Petrescu', 'fost primar'],
  ['counter-case ro: `Primarul comunei Y, X,` keeps its role before the name', RO_ROLE_BEFORE_NAME, 'Am spus mereu', 'Ion Petrescu', 'Primarul comunei'],
]);

const CA_TITLE_APPOSED_AND_AGAIN =
  "El poble va celebrar dissabte l'estrena de «La casa buida», una obra de la companyia local escrita per a l'ocasió.\n\n" +
  "«Hem esperat aquest dia molts anys», va dir l'alcalde Joan Ferrer.\n\n" +
  "«La casa buida» es podrà veure cada diumenge fins al maig.";
const CA_TITLE_APPOSED_ONLY =
  "Dissabte es va representar «El vent del nord», una peça escrita per a la reobertura.\n\n" +
  "«Hem esperat aquest dia molts anys», va dir l'alcalde Joan Ferrer.";

/** `l'estrena de «…»`, `«…», una obra de …`, and the same title in marks later: a work's title, no one's words (work-titles.ts). */
describe('ca: a title named as a work, and written again later, is no quotation', () => {
  it('drops the title after `l’estrena de` and its later writing', () => {
    const quotes = findQuotes(CA_TITLE_APPOSED_AND_AGAIN);
    expect(quotes.map((quote) => quote.text).filter((text) => text.startsWith('La casa buida'))).toEqual([]);
  });
  it('drops a title with `, una peça` set after it', () => {
    expect(findQuotes(CA_TITLE_APPOSED_ONLY).map((quote) => quote.text).filter((text) => text.startsWith('El vent del nord'))).toEqual([]);
  });
});
kindTable('counter-case ca: the real words beside a title stay', [
  ['counter-case ca: `«…», va dir l’alcalde X` after a title is still his', CA_TITLE_APPOSED_AND_AGAIN, 'Hem esperat aquest dia', 'Joan Ferrer', 'alcalde'],
]);
