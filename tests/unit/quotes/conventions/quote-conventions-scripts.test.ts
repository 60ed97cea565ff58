import { describe } from 'vitest';
import { runConventions, type ConventionCase } from './table';

/** Third batch (probed before it was written: 9 of its first 12 cases were found), with counter-cases. */
const SCRIPTS: ConventionCase[] = [
  ['id', 'a tag with a glued pronoun', '"Kami tidak akan mundur dari rencana ini," ujarnya.', ['Kami tidak akan mundur dari rencana ini,']],
  ['th', 'a quote after กล่าวว่า', 'รัฐมนตรีกล่าวว่า "เราจะไม่ยอมแพ้"', ['เราจะไม่ยอมแพ้']],
  ['fa', 'a short quote after a colon', 'وزیر گفت: «ما تسلیم نمی‌شویم».', ['ما تسلیم نمی‌شویم']],
  ['hi', 'a quote after कहा', 'मंत्री ने कहा, "हम हार नहीं मानेंगे।"', ['हम हार नहीं मानेंगे।']],
  ['bg', 'a quote with a pronoun tag', '«Не знаем какво ще стане», каза тя.', ['Не знаем какво ще стане']],
  ['fa', 'a title after a colon names no one', 'کتاب هفته: «بوف کور».', []],
  ['fr', 'a dish after a colon names no one', 'Menu du jour : « Soupe aux choux ».', []],
  ['vi', 'a film title', 'Bộ phim “Mùa hè chiều thẳng đứng” được chiếu lại tối qua.', []],
  ['fi', 'a ship’s name', 'Laiva ”Aurora” saapui satamaan aamulla.', []],
  ['ar', 'one word after وصف', 'ووصف الوزير القرار بأنه "خطأ".', []],
  ['hr', 'a ship’s name', 'Brod „Galeb“ uplovio je u luku.', []],
];

/** Partial quotes after a verb of naming: todos, for the reason given in quote-conventions-more.test.ts (KNOWN_MISSES). */
const PARTIAL_MISSES: ConventionCase[] = [
  ['zh', 'a partial quote after 称', '他称这是“一个错误的决定”。', ['一个错误的决定']],
  ['ar', 'a partial quote after وصف', 'ووصف الوزير القرار بأنه "خطأ كبير لا يمكن قبوله".', ['خطأ كبير لا يمكن قبوله']],
  ['he', 'a partial quote after כינה', 'השר כינה את ההחלטה "טעות חמורה שתעלה ביוקר".', ['טעות חמורה שתעלה ביוקר']],
  ['tr', 'a partial quote before olarak nitelendirdi', 'Bakan, kararı "büyük bir hata" olarak nitelendirdi.', ['büyük bir hata']],
  ['vi', 'a partial quote after gọi', 'Ông An gọi đây là “một quyết định sai lầm nghiêm trọng”.', ['một quyết định sai lầm nghiêm trọng']],
  ['fi', 'a partial quote after sanoi, että', 'Hän sanoi, että päätös oli ”suuri virhe, jota kaikki katuvat”.', ['suuri virhe, jota kaikki katuvat']],
  ['hr', 'a partial quote after rekao je', 'Ministar je rekao da je to bila „velika pogreška koju svi žalimo“.', ['velika pogreška koju svi žalimo']],

];

describe('quote conventions: other scripts and languages without a reader', () => {
  runConventions(SCRIPTS);
  runConventions(PARTIAL_MISSES, { fails: true });
});
