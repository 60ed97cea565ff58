import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const NBSP = '\u00a0';

/** [quoted text, speaker] for every quote in `text`. */
function speakers(text: string): Array<[string, string | null]> {
  return findQuotes(text).map((quote) => [quote.text, quote.speaker]);
}

describe.each([
  [
    'French',
    [
      ['a déclaré X after the quote', `«${NBSP}Nous ouvrons lundi${NBSP}», a déclaré Claire Martin.`, 'Claire Martin'],
      ['a dit X after the quote', `«${NBSP}Nous ouvrons lundi${NBSP}», a dit Claire Martin.`, 'Claire Martin'],
      ['present tense after the quote', `«${NBSP}Nous ouvrons lundi${NBSP}», explique Claire Martin.`, 'Claire Martin'],
      ['X a déclaré : before the quote', `Claire Martin a déclaré${NBSP}: «${NBSP}Nous ouvrons lundi matin.${NBSP}»`, 'Claire Martin'],
      ['selon X', `«${NBSP}Nous ouvrons lundi${NBSP}», selon Claire Martin.`, 'Claire Martin'],
      ['a described speaker', `«${NBSP}Nous ouvrons lundi${NBSP}», a déclaré un porte-parole de la mairie.`, 'un porte-parole de la mairie'],
      ['a-t-elle ajouté: the last named woman', `Claire Martin a visité le marché.\n\n«${NBSP}Nous ouvrons lundi${NBSP}», a-t-elle ajouté.`, 'Claire Martin'],
      ['a title dropped', `«${NBSP}Nous ouvrons lundi${NBSP}», a déclaré le ministre Paul Girard.`, 'Paul Girard'],
    ],
  ],
  [
    'German',
    [
      ['sagte X after the quote', '„Wir öffnen am Montag“, sagte Anna Weber.', 'Anna Weber'],
      ['sagte X with a time after the name', '„Wir öffnen am Montag“, sagte Anna Weber am Mittwoch.', 'Anna Weber'],
      ['so X after the quote', '„Wir öffnen am Montag“, so Anna Weber.', 'Anna Weber'],
      ['X sagte: before the quote', 'Anna Weber sagte: „Wir öffnen am Montag.“', 'Anna Weber'],
      ['the verb second, the name after it', 'Am Mittwoch sagte Anna Weber: „Wir öffnen am Montag.“', 'Anna Weber'],
      ['reversed guillemets and a described speaker', '»Wir öffnen am Montag«, sagte ein Sprecher der Stadt.', 'ein Sprecher der Stadt'],
      ['laut X', '„Wir öffnen am Montag“, laut Anna Weber.', 'Anna Weber'],
      ['sagte er: the last named man', 'Jonas Weber besuchte die Fabrik.\n\n„Wir öffnen am Montag“, sagte er.', 'Jonas Weber'],
      ['a title dropped', '„Wir öffnen am Montag“, sagte Bundeskanzlerin Anna Weber.', 'Anna Weber'],
    ],
  ],
  [
    'Arabic',
    [
      ['قال X after the quote', '«نفتح المتجر يوم الاثنين»، قال أحمد حسن.', 'أحمد حسن'],
      ['وقال X: before the quote', 'وقال أحمد حسن للصحفيين: «نفتح المتجر يوم الاثنين».', 'أحمد حسن'],
      ['قالت X إن before the quote', 'قالت ليلى حسن إن «المتجر يفتح يوم الاثنين».', 'ليلى حسن'],
      ['بحسب X', '«نفتح المتجر يوم الاثنين»، بحسب أحمد حسن.', 'أحمد حسن'],
      ['straight marks', '"نفتح المتجر يوم الاثنين"، قال أحمد حسن.', 'أحمد حسن'],
    ],
  ],
  [
    'Japanese',
    [
      ['「…」とX氏は述べた', '「月曜日に開店する」と山田太郎氏は述べた。', '山田太郎'],
      ['X氏は「…」と語った', '山田太郎氏は「月曜日に開店する」と語った。', '山田太郎'],
      ['Xさんが「…」と話した', '佐藤花子さんが「月曜日に開店する」と話した。', '佐藤花子'],
      ['『…』と X は書いた', '『月曜日に開店する』と山田太郎氏は説明した。', '山田太郎'],
    ],
  ],
])('%s attribution', (_language, cases) => {
  it.each(cases)('%s', (_name, text, speaker) => {
    expect(speakers(text)[0]?.[1]).toBe(speaker);
  });
});

describe('attribution across languages', () => {
  it('keeps one speaker for a German utterance split by its attribution', () => {
    expect(speakers('„Wir haben lange gewartet“, sagte Anna Weber. „Die Brücke ist endlich offen.“')).toEqual([
      ['Wir haben lange gewartet', 'Anna Weber'],
      ['Die Brücke ist endlich offen.', 'Anna Weber'],
    ]);
  });

  it('gives Arabic "she said" (قالت) the last woman who spoke, not the last speaker', () => {
    const text = [
      'وقالت ليلى حسن: «نفتح المتجر يوم الاثنين».',
      'وقال أحمد علي: «سنبيع كل شيء قبل الربيع».',
      'وقالت: «الأسعار ستبقى كما هي».',
      'وقال: «العمال سعداء بالخطة».',
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['ليلى حسن', 'أحمد علي', 'ليلى حسن', 'أحمد علي']);
  });
});
