// The script pre-pass never skips a reader that would have matched: on articles mixing scripts (an
// English story quoting a Russian name, a Chinese one naming a Western firm, quotes in another language
// than the page's), findQuotes with the gates gives exactly what it gives with every gate open, and
// no text a gate judged by the article holds a script the article lacks ('checked' throws if one does).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/quotes';
import { speakerAfterInOtherLanguages, speakerBeforeInOtherLanguages } from '../../utils/quotes/cues-intl';
import { isForeignRoleNoun, startsWithCyrillicPlace, withoutCyrillicPlace } from '../../utils/quotes/lang/role-nouns';
import { readingArticle, setScriptGates } from '../../utils/quotes/scripts-present';

const PARAGRAPHS = [
  '"We start tomorrow," said Anna Berg, the mayor.',
  '"It works," said Иван Петров, a Moscow engineer.',
  'Иван Петров, who runs the plant, told reporters: "We are ready."',
  '«Мы готовы», — сказал Иван Петров.',
  '«Все хорошо», — поделилась пенсионерка Ганна Лисенко.',
  'Из села Красный Яр Валентина Петровна Сухова сказала: «Все хорошо».',
  '"سنبدأ العمل غدا"، قال أحمد حسن.',
  'وقالت فاطمة الزهراني: "نحن مستعدون".',
  '"נתחיל מחר", אמר דוד כהן, דובר צה"ל.',
  '“我们明天开始。”张伟说。',
  '“我们明天开始。”Apple公司的Tim Cook说。',
  '「明日から始めます」と山田太郎さんは述べた。',
  '"내일 시작합니다"라고 김민수 씨가 말했다.',
  '«Θα ξεκινήσουμε αύριο», δήλωσε ο Γιώργος Παπαδόπουλος.',
  '"เราจะเริ่มพรุ่งนี้" นายสมชาย ใจดี กล่าว',
  'महापौर सुनीता वर्मा ने कहा, “हम कल से काम शुरू करेंगे।”',
  '“हम कल से काम शुरू करेंगे,” रमेश यादव ने कहा।',
  '« Nous commençons demain », a déclaré Marie Dupont.',
  '„Wir fangen morgen an“, sagte Jonas Weber.',
  '"Empezamos mañana", dijo la alcaldesa Ana López.',
  '"Zaczynamy jutro" – powiedział Jan Kowalski.',
  'Kim nodded. "Fine," she said.',
  '— Вы готовы? — спросил журналист.',
  '— Готовы, — ответил Иван Петров.',
];

const article = fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 6 }).map((paragraphs) => paragraphs.join('\n\n'));

function withGates<T>(mode: 'checked' | 'off', read: () => T): T {
  setScriptGates(mode);
  try {
    return read();
  } finally {
    setScriptGates('on');
  }
}

afterEach(() => setScriptGates('on'));

describe('script gates', () => {
  it('every paragraph here is attributed by some reader, so the comparison below can fail', () => {
    const speakers = PARAGRAPHS.map((paragraph) => withGates('off', () => findQuotes(paragraph)).find((quote) => quote.speaker)?.speaker ?? null);
    expect(speakers.filter(Boolean).length).toBeGreaterThanOrEqual(PARAGRAPHS.length - 4);
  });

  it('findQuotes gives the same quotes and speakers with the gates as with every gate open', () => {
    fc.assert(
      fc.property(article, fc.constantFrom('', 'Дневник', 'Daily Gazette', '日报'), (text, title) => {
        const open = withGates('off', () => findQuotes(text, { title, siteName: title }));
        const gated = withGates('checked', () => findQuotes(text, { title, siteName: title }));
        expect(gated).toEqual(open);
      }),
      { numRuns: 150 },
    );
  });

  const frameChar = fc.constantFrom(...'aeisntA Z,.:—«»"“”сказлИПвоαβεδΓقالحسنאמרדכה我们说山田とは述べ김말했다สมชายกล่าว-'.split(''));
  const frame = fc.array(frameChar, { maxLength: 40 }).map((chars) => chars.join(''));
  const phrase = fc.oneof(frame, fc.constantFrom(...PARAGRAPHS.flatMap((paragraph) => paragraph.split(/(?<=[”"»」」])/u))));

  it('the other languages read a frame the same inside an article that holds it as with every gate open', () => {
    fc.assert(
      fc.property(phrase, phrase, (before, after) => {
        const read = () => readingArticle([`${before}\n${after}`], () => [speakerAfterInOtherLanguages(after), speakerBeforeInOtherLanguages(before)]);
        expect(withGates('checked', read)).toEqual(withGates('off', read));
      }),
      { numRuns: 400 },
    );
  });

  it('the Cyrillic role and place helpers answer as with every gate open', () => {
    const words = fc.array(fc.constantFrom('Иван', 'Петров', 'села', 'Красный', 'Яр', 'Валентина', 'Петровна', 'Anna', 'Berg', 'пенсионерка', 'водитель', 'maire', 'Ганна'), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(words, words, (name, before) => {
        const read = () => readingArticle([`${before.join(' ')} ${name.join(' ')}`], () => [withoutCyrillicPlace(name.join(' '), `${before.join(' ')} `), startsWithCyrillicPlace(name), isForeignRoleNoun(name[0]!)]);
        expect(withGates('checked', read)).toEqual(withGates('off', read));
      }),
      { numRuns: 400 },
    );
  });
});
