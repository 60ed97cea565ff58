// Name runs and role nouns are read once per word while the article's scripts stay the same (memoPerScripts,
// utils/quotes/scripts-present.ts): the kept answer must be the one a fresh read gives, across articles of other scripts.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanName } from '../../utils/quotes/names';
import { isForeignRoleNoun } from '../../utils/quotes/lang/role-nouns';
import { memoPerScripts, readingArticle, setScriptGates } from '../../utils/quotes/scripts-present';

const RUNS = [
  'Russian President Vladimir Putin', 'Secretary of State Hillary Clinton', "Putin's", 'Sen. Barbara Mikulski of Maryland', 'Farmer Bruce Henderson',
  'тренер Іван Шкіряк', 'Иван Петров', 'пенсионерка Ганна Лисенко', 'Der Geologe Jan Muster', 'Serkan Yıldız’a', 'Datuk Seri Anwar Ibrahim',
  'Γιώργος Παπαδόπουλος', 'Minister of State for Transport Lim Wei Ming', 'Martin Luther King III', 'Nioåriga Elsa', 'Mama Rose Wanjiru Kamau',
];
const WORDS = ['médecin-chef', 'L’économiste', 'dell’assessore', 'директорка', 'Десятикласниця', 'Мельник', 'vicevoorzitter', 'infirmière-major', 'alcaldesa', 'Anna', 'Школярка', 'журналист', 'pekař', 'αντιδήμαρχος'];
const ARTICLES = ['An English story about nothing.', 'Русский текст и English words.', 'Ελληνικό κείμενο.', 'Texte français, un médecin-chef.', '中文和English。', 'Український текст.'];

afterEach(() => setScriptGates('on'));

/** Each reader's answers over `calls` (article index, word), with the memo (gates on) or read afresh (gates off). */
function answers(calls: Array<[number, string]>, gates: 'on' | 'off'): unknown[] {
  setScriptGates(gates);
  try {
    return calls.map(([article, word]) => readingArticle([ARTICLES[article]!, word], () => [cleanName(word), isForeignRoleNoun(word)]));
  } finally {
    setScriptGates('on');
  }
}

describe('memoPerScripts', () => {
  it('reads a word once per set of scripts, again when the scripts change, and afresh with the gates checked', () => {
    let reads = 0;
    const read = memoPerScripts((word: string) => {
      reads++;
      return word.length;
    });
    readingArticle(['English'], () => [read('a'), read('a'), read('bb')]);
    expect(reads).toBe(2);
    readingArticle(['Русский'], () => read('a'));
    expect(reads).toBe(3);
    setScriptGates('checked');
    readingArticle(['Русский'], () => [read('a'), read('a')]);
    expect(reads).toBe(5);
  });

  it('holds no more than it is told to', () => {
    let reads = 0;
    const read = memoPerScripts((word: string) => (reads++, word), 2);
    readingArticle(['x'], () => ['a', 'b', 'c', 'a'].map(read));
    expect(reads).toBe(4);
  });

  it('gives cleanName and isForeignRoleNoun the answers a fresh read gives, in any order of articles and words', () => {
    const call = fc.tuple(fc.nat(ARTICLES.length - 1), fc.constantFrom(...RUNS, ...WORDS));
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 40 }), (calls) => {
        expect(answers(calls, 'on')).toEqual(answers(calls, 'off'));
      }),
      { numRuns: 300 },
    );
  });
});
