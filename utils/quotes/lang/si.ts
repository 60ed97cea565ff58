/**
 * Sinhala, read as Tamil is (lang/dravidian.ts): after a quote `,” යැයි ඔහු පැවසීය.` (the quotative යැයි, he, said), `,” යැයි
 * X Y මහත්මිය කීවාය.` (the name, the form of address මහත්මිය, said), `,” ඇය කීවාය.` (no quotative); before one `X Y (34)
 * පැවසුවේ, “…”` ("what X said was") and `<role> X Yට අනුව, “…”` ("according to X").
 */

import { quotativeReader } from './dravidian';

const reader = quotativeReader({
  letter: /[\u0d80-\u0dff]/u,
  quotative: '(?:යැයි|යනුවෙන්|කියා)',
  quotativeOptional: true,
  said: '(?:පැවසීය|කීය)',
  pronoun: '(?:ඔහු|ඇය|ඔවුන්|ඇයි)',
  // A past verb in the third person (`පැවසීය`, `කීය`, `කීවාය`, `පැවසූහ`, `සඳහන් කළේය`).
  finite: '(?:[\\u0d80-\\u0dff]+\\s+)?(?:කළේය|කළාය)|[\\u0d80-\\u0dff]+(?:ීය|ේය|ූහ|ාය)',
  // "What X said was", "X said as follows".
  opens: '(?:පැවසුවේ|කියා\\s+සිටියේ|අවධාරණය\\s+කළේ|පවසන්නේ|මෙසේ\\s+කීය|මෙසේ\\s+කීවාය)',
  according: '(?:අනුව)',
  roles: new Set('සභාපති සභාපතිවරයා ලේකම් අමාත්‍ය ඇමති කොන්දොස්තර රියදුරු මහාචාර්ය වෛද්‍ය නිලධාරී කැඳවුම්කරු ලිපිකාරිනිය'.split(' ')),
  roleShape: /(?:කරු|වරයා|වරිය|කාරිනිය)$/u,
  loneNameTag: true,
  // Dative and genitive forms (`සිල්වාට`, `සභාවේ`), the form of address after a name (`මහතා`, `මහත්මිය`).
  // (And the indefinite -ක්, `තරුණියක්`, "a young woman": someone unnamed.)
  caseEnding: /(?:ට|ගේ|යේ|වේ|ක්)$/u,
  // (Days, `අද`, today; `ඊයේ`, yesterday: no name.)
  small: new Set('මෙම එම මේ ඒ එක ද මහතා මහත්මිය මිය තවදුරටත් අද ඊයේ හෙට'.split(' ')),
  // (`සිල්වාට අනුව`: the dative off the name.)
  fromGenitive: (word) => word.replace(/ට$/u, ''),
  // (`හමුවූ`, `වූ`: who met, who was; not -ි or -න, which given names end in too.)
  participle: /\p{L}ූ$/u,
  addressAfter: new Set(['මහතා', 'මහත්මිය', 'මිය']),
});

export const sinhala = reader.cues;
export const sinhalaSubject = reader.subject;
/** Whether a word may be part of a name: fuller-names.ts reads it. */
export const mayBeSinhalaNameWord = reader.mayBeNamePart;
