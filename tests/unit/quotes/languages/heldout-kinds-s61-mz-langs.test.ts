// Kinds the sixty-first held-out set showed in Polish, Arabic and Russian copy, each in fresh sentences of my own,
// with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const DEPUTY_OF_TOWN =
  'Sytuacja w szpitalu jest trudna. Anna Kowal, zastępczyni burmistrza Lipowa, przyznaje, że „gminy nie stać na nowy oddział w tym roku”.';
const TOWN_OFFICE_BEFORE_NAME = 'Szpital czeka na pieniądze. Burmistrz Lipowa Tomasz Wilk przyznaje, że „nie ma pieniędzy na basen”.';
const DEPUTY_WITHOUT_TOWN = 'Szpital czeka na pieniądze. Anna Kowal, zastępczyni burmistrza, przyznaje, że „gminy nie stać na basen”.';

/** `X Y, zastępczyni burmistrza Z, przyznaje, że „…”`: the genitive place closing the appositive is no speaker (newlang-shared.ts). */
kindTable('Polish: the place owning an office in an appositive after the name is no speaker', [
  ['pl: `X Y, zastępczyni burmistrza Lipowa, przyznaje, że` is X Y', DEPUTY_OF_TOWN, 'gminy nie stać', 'Anna Kowal', 'burmistrza'],
  ['counter-case pl: `Burmistrz Lipowa X Y przyznaje` is still X Y', TOWN_OFFICE_BEFORE_NAME, 'nie ma pieniędzy', 'Tomasz Wilk', ANY],
  ['counter-case pl: an appositive with no place keeps its name', DEPUTY_WITHOUT_TOWN, 'gminy nie stać', 'Anna Kowal', 'zastępczyni burmistrza'],
]);

const BOSS_OF_CLUB_AFTER_STATION =
  'Do końca maja klub musi przedstawić Polskiemu Związkowi Piłki Nożnej plan modernizacji boiska.\n\n' +
  '„Drużyna zasłużyła na więcej” – powiedział we wtorek Radiu Lipowo Marek Nowicki, prezes klubu. Szef Orła mówi wprost o „walce o przetrwanie”. Klub musi znaleźć sponsora.';
const BOSS_OF_CLUB_COLON =
  '„Drużyna zasłużyła na więcej” – powiedział Marek Nowicki, prezes klubu. Szef Orła mówi: „Walczymy o przetrwanie”. Klub musi znaleźć sponsora.';
const STATION_NAMED_ALONE = 'Audycję prowadzi Radio Lipowo. „Gramy tylko polską muzykę” – mówi Ewa Sroka, szefowa stacji.';

/**
 * `Szef Orła mówi …` ("the boss of Orzeł"): a description of the club's head, no person named Szef (non-person-words.ts, pl.ts);
 * `powiedział Radiu Lipowo X Y`: a station in the dative is whom it was said to, X Y after it a person (outlet-run.ts).
 */
kindTable('Polish: "the boss of" a club is the head named before; a name after a station in the dative is a person', [
  ['pl: `Szef Orła mówi o „…”` after `Radiu Lipowo X Y, prezes klubu` is X Y', BOSS_OF_CLUB_AFTER_STATION, 'walce o przetrwanie', 'Marek Nowicki', ANY],
  ['pl: `Szef Orła mówi: „…”` is the club president named before', BOSS_OF_CLUB_COLON, 'Walczymy o przetrwanie', 'Marek Nowicki', ANY],
  ['counter-case pl: a station named alone stays no person', STATION_NAMED_ALONE, 'Gramy tylko', 'Ewa Sroka', ANY],
]);

const COMPANY_IN_MARKS =
  'تأخر تسليم الشحنة أسبوعين. وقال مدير شركة «الأفق للنقل» سليم النجار لصحيفة «المساء»: «لم نتسلم أي دفعة منذ أربعة أشهر».';
const DEFINITE_COMPANY = 'تأخر تسليم الشحنة أسبوعين. وقال مدير الشركة سليم النجار: «لم نتسلم أي دفعة منذ أربعة أشهر».';
const ENDED_HIS_TALK =
  'وقال سليم النجار في بداية المؤتمر: «سنبني المدرسة».\n\n«لن نتراجع عن المشروع»، ختم وزير التربية حديثه.';
const ENDED_NAMED = 'تحدث الوزير طويلاً عن المدارس.\n\n«لن نتراجع عن المشروع»، ختم سليم النجار حديثه.';

/** `مدير شركة «…» X Y`: the body's name in marks is neither the speaker nor a quote (ar.ts, work-titles.ts). */
kindTable('Arabic: a company named in marks between the office and the name; "ended his talk" closing a tag', [
  ['ar: `مدير شركة «…» X Y لصحيفة «…»:` is X Y', COMPANY_IN_MARKS, 'لم نتسلم', 'سليم النجار', 'مدير'],
  ['counter-case ar: `مدير الشركة X Y:` unchanged', DEFINITE_COMPANY, 'لم نتسلم', 'سليم النجار', 'مدير الشركة'],
  ['ar: `ختم وزير التربية حديثه` keeps the office, not "his talk"', ENDED_HIS_TALK, 'لن نتراجع', DESCRIBED, ANY],
  ['counter-case ar: `ختم X Y حديثه` is X Y', ENDED_NAMED, 'لن نتراجع', 'سليم النجار', ANY],
]);

const RU_COMPANY_IN_MARKS =
  'Авария случилась ночью. Ирина Белова, главный инженер «Заречной энергетической компании», объяснила: «Трубу прорвало в трёх местах».';
const RU_SHORT_QUOTE_ENDING_ON_COMPANY = 'Директор вышел к журналистам. Он сказал: «Это наша компания». Потом ушёл.';
const PL_PROGRAMME = 'Wójt zapowiedział, że gmina wystąpi o pieniądze z programu „Czyste rzeki”. „Nie zostawimy tego” – dodał Jan Lis.';
const PL_WORDS_AFTER_VERB = 'Jan Lis mówił długo. „Czyste rzeki to nasz cel” – dodał wójt.';

describe('Names in marks that are no one’s words (work-titles.ts)', () => {
  const texts = (text: string) => findQuotes(text).map((quote) => quote.text);
  it('ar: a company named in marks after `شركة` is no quote', () => expect(texts(COMPANY_IN_MARKS)).not.toContain('الأفق للنقل'));
  it('ru: `инженер «… компании»` is no quote', () => expect(texts(RU_COMPANY_IN_MARKS)).not.toContain('Заречной энергетической компании'));
  it('counter-case ru: `сказал: «Это наша компания»` stays a quote', () => expect(texts(RU_SHORT_QUOTE_ENDING_ON_COMPANY)).toContain('Это наша компания'));
  it('pl: a programme named in marks after `programu` is no quote', () => expect(texts(PL_PROGRAMME)).not.toContain('Czyste rzeki'));
  it('counter-case pl: words in marks before a tag stay a quote', () => expect(texts(PL_WORDS_AFTER_VERB).some((text) => text.startsWith('Czyste rzeki'))).toBe(true));
});
