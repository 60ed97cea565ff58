// Kinds the sixty-fourth held-out set showed in Croatian and Korean copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const KO_CLAUSE_BEFORE_NAME = '시청 앞 집회에 나선 박민수 시장은 “우리는 끝까지 싸우겠다. 시민이 먼저다”라고 말했다.';
const KO_TWO_SYLLABLE_NAME_AND_CITY = '김진 서울시 의원은 “우리는 끝까지 싸우겠다. 시민이 먼저다”라고 말했다.';
const KO_TWO_SYLLABLE_NAME_AND_OFFICE = '김진 국장은 “우리는 끝까지 싸우겠다. 시민이 먼저다”라고 말했다.';

/** `…에 나선 X 감독은 "…"`: a two-syllable verb of a relative clause before a full name and office is no name (lang/ko.ts). */
kindTable('A Korean relative-clause verb before a full name and office is no name', [
  ['ko: `집회에 나선 박민수 시장은` is 박민수', KO_CLAUSE_BEFORE_NAME, '우리는 끝까지', '박민수', '시장'],
  ['counter-case ko: a two-syllable name before a city and office stays the name', KO_TWO_SYLLABLE_NAME_AND_CITY, '우리는 끝까지', '김진', ANY],
  ['counter-case ko: a two-syllable name before its office alone stays the name', KO_TWO_SYLLABLE_NAME_AND_OFFICE, '우리는 끝까지', '김진', '국장'],
]);

const HR_OWNER_ADJECTIVE = 'Sud je u utorak donio presudu. „Tražit ćemo novo suđenje“, izjavio je Kovačev branitelj, odvjetnik Marko Jurić.';
const HR_SURNAME_IN_OV = 'Sud je u utorak donio presudu. „Tražit ćemo novo suđenje“, izjavio je Ivanov, ministar financija.';

/** `izjavio je Xov branitelj, odvjetnik Y Z`: the owner's adjective is no speaker, the appositive's name is (lang/possessive-owner.ts). */
kindTable('A Croatian possessive adjective of a surname is no speaker', [
  ['hr: `Kovačev branitelj, odvjetnik Marko Jurić` is Marko Jurić', HR_OWNER_ADJECTIVE, 'Tražit ćemo', 'Marko Jurić', 'odvjetnik'],
  ['counter-case hr: a surname in -ov with an appositive role stays the speaker', HR_SURNAME_IN_OV, 'Tražit ćemo', 'Ivanov', ANY],
]);

const ZH_COLON_PARAGRAPH = '縣府推動節水計畫。農業大學教授王志明認為，問題出在價格：\n\n「補助不能只靠發錢。長期來看必須調整作物。」';
const ZH_COLON_PARAGRAPH_NO_ONE = '縣府推動節水計畫，問題出在價格：\n\n「補助不能只靠發錢。」';
const JA_COLON_PARAGRAPH = '村の会議で田中一郎村長は次のように述べた：\n\n「私たちは工場を閉鎖しない。」';

/** A paragraph ending in a full-width colon introduces the quote in the next paragraph, as `said:` does (frames.ts). */
kindTable('A paragraph closed by a full-width colon introduces the next paragraph’s quote', [
  ['zh: `教授王志明認為，…：` over the quote is 王志明', ZH_COLON_PARAGRAPH, '補助不能', '王志明', ANY],
  ['ja: `田中一郎村長は次のように述べた：` over the quote is 田中一郎', JA_COLON_PARAGRAPH, '私たちは', '田中一郎', ANY],
  ['counter-case zh: a colon paragraph naming no one gives no name', ZH_COLON_PARAGRAPH_NO_ONE, '補助不能', UNNAMED, ANY],
]);
