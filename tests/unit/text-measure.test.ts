// Text measures in every script. Word counts of unspaced scripts come from the engine's dictionary
// segmenter (ICU), whose data differs a little between versions, so those are checked as ranges.
import { describe, expect, it } from 'vitest';
import { countLetters, countWords, endsSentence, endsWithStop, hasSentenceEnd, hasUnspacedScript, readingMinutesOf } from '../../utils/text-measure';

interface Sample {
  script: string;
  text: string;
  words: [min: number, max: number];
  letters: number;
  unspaced: boolean;
  /** Ends with a punctuation stop (Thai and Lao end sentences with a space, not a mark). */
  stop: boolean;
}

// One sentence each, "The city council decided on Tuesday to extend the night bus service", written anew per language.
const SAMPLES: Sample[] = [
  { script: 'English', text: 'The city council voted on Tuesday to extend the night bus service.', words: [12, 12], letters: 54, unspaced: false, stop: true },
  { script: 'Japanese', text: '市議会は火曜日、夜間バスの運行を延長することを決めた。', words: [9, 18], letters: 25, unspaced: true, stop: true },
  { script: 'Chinese (simplified)', text: '市议会周二投票决定延长夜间公交服务。', words: [6, 12], letters: 17, unspaced: true, stop: true },
  { script: 'Chinese (traditional)', text: '市議會週二投票決定延長夜間公車服務。', words: [6, 12], letters: 17, unspaced: true, stop: true },
  { script: 'Korean', text: '시의회는 화요일 야간 버스 운행을 연장하기로 결정했다.', words: [7, 7], letters: 23, unspaced: false, stop: true },
  { script: 'Thai', text: 'สภาเมืองลงมติเมื่อวันอังคารให้ขยายบริการรถโดยสารกลางคืน', words: [8, 18], letters: 55, unspaced: true, stop: false },
  { script: 'Lao', text: 'ສະພານະຄອນໄດ້ລົງມະຕິໃຫ້ຂະຫຍາຍການບໍລິການລົດເມກາງຄືນ', words: [6, 16], letters: 49, unspaced: true, stop: false },
  { script: 'Khmer', text: 'ក្រុមប្រឹក្សាក្រុងបានបោះឆ្នោតពង្រីកសេវាឡានក្រុងពេលយប់។', words: [4, 14], letters: 53, unspaced: true, stop: true },
  { script: 'Myanmar', text: 'မြို့တော်ကောင်စီသည် ညဘတ်စ်ကားဝန်ဆောင်မှုကို တိုးချဲ့ရန် ဆုံးဖြတ်ခဲ့သည်။', words: [6, 18], letters: 67, unspaced: true, stop: true },
  { script: 'Arabic', text: 'صوّت مجلس المدينة يوم الثلاثاء على تمديد خدمة الحافلات الليلية.', words: [10, 10], letters: 53, unspaced: false, stop: true },
  { script: 'Hebrew', text: 'מועצת העיר הצביעה ביום שלישי על הארכת שירות האוטובוסים הלילי.', words: [10, 10], letters: 51, unspaced: false, stop: true },
  { script: 'Hindi', text: 'नगर परिषद ने मंगलवार को रात्रि बस सेवा बढ़ाने का फैसला किया।', words: [12, 12], letters: 48, unspaced: false, stop: true },
  { script: 'mixed Japanese and Latin', text: 'Apple社のiPhone 15は東京で発売された。', words: [8, 14], letters: 24, unspaced: true, stop: true },
];

describe('text measures in every script', () => {
  it.each(SAMPLES.map((s) => [s.script, s] as const))('%s', (_script, sample) => {
    const words = countWords(sample.text);
    expect(words).toBeGreaterThanOrEqual(sample.words[0]);
    expect(words).toBeLessThanOrEqual(sample.words[1]);
    expect(countLetters(sample.text)).toBe(sample.letters);
    expect(hasUnspacedScript(sample.text)).toBe(sample.unspaced);
    expect(endsWithStop(sample.text)).toBe(sample.stop);
    expect(endsSentence(sample.text)).toBe(true);
    expect(hasSentenceEnd(sample.text)).toBe(true);
  });

  it('counts a Japanese story by its words, not by its few spaces', () => {
    const story = '市議会は火曜日、夜間バスの運行を延長することを決めた。'.repeat(20);
    expect(story.split(/\s+/).length).toBe(1);
    expect(countWords(story)).toBeGreaterThan(150);
  });

  it('counts a wrapper as the sum of its paragraphs (no word spans a space)', () => {
    const paragraphs = SAMPLES.map((sample) => sample.text);
    const total = paragraphs.reduce((sum, text) => sum + countWords(text), 0);
    expect(countWords(paragraphs.join('\n\n'))).toBe(total);
    expect(countWords(paragraphs.join(' '))).toBe(total);
  });

  it('ignores punctuation-only tokens and counts digits as words', () => {
    expect(countWords('Vote — 12 to 3 — passes')).toBe(5);
    expect(countWords('  ')).toBe(0);
    expect(countLetters('«Oui», dit-elle.')).toBe(10);
  });

  it.each([
    ['English label', 'Related stories', false],
    ['English sentence ending mid-text', 'It rained. Then it stopped', true],
    ['Japanese label', '関連記事', false],
    ['Japanese sentence inside closing marks', '「延長を決めた。」と述べた', true],
    ['Chinese sentence with no space after the stop', '他说。然后离开', true],
  ])('%s: a sentence ends inside = %s', (_label, text, expected) => {
    expect(hasSentenceEnd(text)).toBe(expected);
  });

  it('reads a trailing ellipsis or closing quote as a stop', () => {
    expect(endsWithStop('「延長を決めた。」')).toBe(true);
    expect(endsWithStop('“We will stay.”')).toBe(true);
    expect(endsWithStop('관련 기사')).toBe(false);
  });
});

describe('reading minutes (IReST speeds)', () => {
  it.each([
    ['228 English words', Array.from({ length: 228 }, () => 'word').join(' '), 0.9, 1.1],
    ['2,000 Japanese characters', 'きょうはあめがふった。市議会が決めた。'.repeat(100).slice(0, 2000), 4.5, 6.2],
    ['2,000 Chinese characters', '市议会周二投票决定延长夜间公交服务'.repeat(120).slice(0, 2000), 7.2, 8.5],
    ['Korean words', Array.from({ length: 456 }, () => '버스').join(' '), 1.9, 2.1],
  ])('%s', (_label, text, min, max) => {
    const minutes = readingMinutesOf(text);
    expect(minutes).toBeGreaterThanOrEqual(min);
    expect(minutes).toBeLessThanOrEqual(max);
  });
});
