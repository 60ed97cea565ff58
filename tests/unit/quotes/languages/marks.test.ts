import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../utils/quotes/find';
import { NARROW_NBSP, NBSP } from './attribution-table';

/** Each language's usual quotation marks, as its newspapers set them. */
describe.each([
  ['French guillemets with narrow no-break spaces', `«${NARROW_NBSP}Nous ouvrons lundi${NARROW_NBSP}», a dit Paul.`, ['Nous ouvrons lundi']],
  ['French guillemets with no-break spaces and a colon', `Il a dit${NBSP}: «${NBSP}Nous ouvrons lundi.${NBSP}»`, ['Nous ouvrons lundi.']],
  ['German low-high marks', '„Wir öffnen am Montag“, sagte Anna.', ['Wir öffnen am Montag']],
  ['German reversed guillemets', '»Wir öffnen am Montag«, sagte Anna.', ['Wir öffnen am Montag']],
  ['Spanish guillemets with curly marks inside', '«Dijo “nunca” y se fue», contó Lucía.', ['Dijo “nunca” y se fue']],
  ['Russian guillemets with a dash after', '«Мы откроем мост в марте», — сказал Иван.', ['Мы откроем мост в марте']],
  ['Russian low-high marks nested in guillemets', '«Он сказал „ждите“ и ушёл», — сказала Мария.', ['Он сказал „ждите“ и ушёл']],
  ['Arabic guillemets and an Arabic comma', '«سنفتح الجسر في مارس»، قال أحمد.', ['سنفتح الجسر في مارس']],
  ['Arabic curly marks', 'وقال أحمد: “سنفتح الجسر في مارس”.', ['سنفتح الجسر في مارس']],
  ['Hebrew straight marks', 'דוד אמר: "נפתח את הגשר במרץ".', ['נפתח את הגשר במרץ']],
  ['Hebrew gershayim as marks', '״נפתח את הגשר במרץ״, אמר דוד.', ['נפתח את הגשר במרץ']],
  ['Hebrew acronyms are not marks', 'דובר צה"ל אמר: "אין נפגעים" ויו״ר הוועדה שתק.', ['אין נפגעים']],
  ['Japanese corner brackets', '山田氏は「月曜日に開店する」と語った。', ['月曜日に開店する']],
  ['Japanese white corner brackets', '『月曜日に開店する』と山田氏は書いた。', ['月曜日に開店する']],
  ['Chinese curly marks between Han characters', '王明说：“我们三月开通大桥。”他补充道。', ['我们三月开通大桥。']],
  ['Chinese corner brackets (traditional)', '王明說：「我們三月開通大橋。」', ['我們三月開通大橋。']],
  ['Korean curly marks before 라고', '김 장관은 “다리를 3월에 개통하겠다”라고 말했다.', ['다리를 3월에 개통하겠다']],
])('%s', (_name, text, expected) => {
  it('finds the quoted words', () => {
    expect(findQuoteSpans(text).map((span) => span.text)).toEqual(expected);
  });
});

describe('sentence-like quotes in scripts without capitals', () => {
  it.each([
    ['Arabic after a colon', 'وقال أحمد: «العمال جاهزون».'],
    ['Hebrew at a paragraph start right after a closing mark', 'דוד אמר: "נפתח במרץ."\n\n"העובדים מוכנים", אמר הוא.'],
    ['Japanese at a sentence start', '山田氏は会見を開いた。「工事は順調だ」と述べた。'],
  ])('%s', (_name, text) => {
    expect(findQuoteSpans(text).at(-1)?.fullSentence).toBe(true);
  });

  it('leaves a quote inside the sentence partial', () => {
    expect(findQuoteSpans('山田氏は記者団に「工事は順調だ」と述べた。')[0]?.fullSentence).toBe(false);
  });
});
