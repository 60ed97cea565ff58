// Punjabi in Gurmukhi (lang/pa.ts, read as Hindi is): short articles of my own about a village library, a vegetable market
// and a grain market, with invented people; counter-cases are bodies and a town's council (no person), someone unnamed,
// a pronoun tag after a named speaker, a split quote, and a Hindi tag that must still read as Hindi; a canal-cleaning story
// for a subject named in the sentence before the words, district officers by their initials, and short later mentions.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'ਪਿੰਡ ਕਾਲੇਵਾਲ ਦੇ ਸਕੂਲ ਵਿੱਚ ਨਵੀਂ ਲਾਇਬ੍ਰੇਰੀ ਖੁੱਲ੍ਹੀ ਹੈ।\n\n' +
  '“ਬੱਚੇ ਹੁਣ ਸ਼ਾਮ ਨੂੰ ਵੀ ਕਿਤਾਬਾਂ ਪੜ੍ਹ ਸਕਣਗੇ,” ਪ੍ਰਿੰਸੀਪਲ ਹਰਜੋਤ ਕੌਰ ਸੰਧੂ ਨੇ ਕਿਹਾ।\n\n' +
  'ਪੰਚਾਇਤ ਦੇ ਮੈਂਬਰ ਸੁਖਦੇਵ ਸਿੰਘ ਮਾਨ ਨੇ ਦੱਸਿਆ ਕਿ “ਇਸ ਲਈ ਪਿੰਡ ਵਾਲਿਆਂ ਨੇ ਆਪ ਪੈਸੇ ਇਕੱਠੇ ਕੀਤੇ।”\n\n' +
  '“ਸਰਕਾਰ ਤੋਂ ਕੋਈ ਮਦਦ ਨਹੀਂ ਮਿਲੀ,” ਉਨ੍ਹਾਂ ਕਿਹਾ।\n\n' +
  'ਸਿੱਖਿਆ ਵਿਭਾਗ ਨੇ ਕਿਹਾ, “ਅਸੀਂ ਅਗਲੇ ਸਾਲ ਹੋਰ ਕਿਤਾਬਾਂ ਭੇਜਾਂਗੇ।”\n\n' +
  'ਇੱਕ ਬਜ਼ੁਰਗ ਸੁਆਣੀ ਨੇ ਕਿਹਾ, “ਸਾਡੇ ਵੇਲੇ ਤਾਂ ਕਿਤਾਬ ਵੀ ਨਹੀਂ ਸੀ ਲੱਭਦੀ।”\n\n' +
  'ਹਰਜੋਤ ਕੌਰ ਸੰਧੂ ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ “ਕਿਤਾਬਾਂ ਦੀ ਸੰਭਾਲ ਬੱਚੇ ਆਪ ਕਰਨਗੇ।”\n\n' +
  'ਸੁਖਦੇਵ ਸਿੰਘ ਮਾਨ ਮੁਤਾਬਕ, “ਅਗਲਾ ਕੰਮ ਖੇਡ ਦਾ ਮੈਦਾਨ ਹੈ।”\n\n' +
  '“ਅਸੀਂ ਤਿਆਰ ਹਾਂ,” ਸਰਦਾਰ ਜਸਵੰਤ ਸਿੰਘ ਬਰਾੜ ਜੀ ਨੇ ਕਿਹਾ, “ਪਰ ਜ਼ਮੀਨ ਚਾਹੀਦੀ ਹੈ।”';

const MARKET =
  'ਮੋਗਾ ਦੀ ਸਬਜ਼ੀ ਮੰਡੀ ਵਿੱਚ ਨਵਾਂ ਸ਼ੈੱਡ ਬਣਿਆ ਹੈ।\n\n' +
  'ਮੰਡੀ ਦੇ ਪ੍ਰਧਾਨ ਕੁਲਦੀਪ ਸਿੰਘ ਔਲਖ ਨੇ ਕਿਹਾ, “ਹੁਣ ਮੀਂਹ ਵਿੱਚ ਸਬਜ਼ੀ ਖ਼ਰਾਬ ਨਹੀਂ ਹੋਵੇਗੀ।”\n\n' +
  'ਉਨ੍ਹਾਂ ਅੱਗੇ ਕਿਹਾ, “ਦੁਕਾਨਦਾਰਾਂ ਨੂੰ ਕਿਰਾਇਆ ਵੀ ਘੱਟ ਦੇਣਾ ਪਵੇਗਾ।”\n\n' +
  'ਨਗਰ ਨਿਗਮ ਨੇ ਕਿਹਾ, “ਸ਼ੈੱਡ ਦੀ ਸਫ਼ਾਈ ਰੋਜ਼ ਹੋਵੇਗੀ।”\n\n' +
  'ਸਬਜ਼ੀ ਵੇਚਣ ਵਾਲੀ ਬੀਬੀ ਪਰਮਜੀਤ ਕੌਰ ਗਰੇਵਾਲ ਕਹਿੰਦੇ ਹਨ, “ਪਹਿਲਾਂ ਅਸੀਂ ਧੁੱਪ ਵਿੱਚ ਬੈਠਦੇ ਸੀ।”\n\n' +
  '“ਹੁਣ ਗਾਹਕ ਵੀ ਵੱਧ ਆਉਂਦੇ ਹਨ,” ਉਹ ਦੱਸਦੇ ਹਨ।\n\n' +
  'ਇੱਕ ਰੇਹੜੀ ਵਾਲੇ ਨੇ ਦੱਸਿਆ, “ਸਾਨੂੰ ਤਾਂ ਅਜੇ ਵੀ ਥਾਂ ਨਹੀਂ ਮਿਲੀ।”\n\n' +
  '“ਕੰਮ ਦਸੰਬਰ ਤੱਕ ਮੁੱਕ ਜਾਵੇਗਾ,” ਕੁਲਦੀਪ ਸਿੰਘ ਔਲਖ ਨੇ ਆਪਣੇ ਦਫ਼ਤਰ ਦੇ ਬਾਹਰ ਖੜ੍ਹੇ ਹੋ ਕੇ ਪੱਤਰਕਾਰਾਂ ਨੂੰ ਦੱਸਿਆ।\n\n' +
  'ਡਾ. ਰਮਨਦੀਪ ਕੌਰ ਸਿੱਧੂ ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ “ਤਾਜ਼ੀ ਸਬਜ਼ੀ ਸਿਹਤ ਲਈ ਚੰਗੀ ਹੈ।”';

const GRAIN =
  'ਖੰਨਾ ਮੰਡੀ ਵਿੱਚ ਝੋਨੇ ਦੀ ਖ਼ਰੀਦ ਸ਼ੁਰੂ ਹੋਈ।\n\n' +
  '“ਨਮੀ ਬਹੁਤ ਹੈ,” 62 ਸਾਲਾ ਕਿਸਾਨ ਅਵਤਾਰ ਸਿੰਘ ਚੀਮਾ ਨੇ ਕਿਹਾ।\n\n' +
  'ਖੰਨਾ ਨਗਰ ਕੌਂਸਲ ਨੇ ਕਿਹਾ, “ਟਰਾਲੀਆਂ ਲਈ ਥਾਂ ਬਣਾਈ ਜਾਵੇਗੀ।”\n\n' +
  '“ਮੰਡੀ ਦੇ ਬਾਹਰ ਜਾਮ ਹੈ,” जिलाधिकारी रमेश कुमार ने कहा।';

const CANAL =
  'ਰਾਜਪੁਰਾ ਨੇੜੇ ਨਹਿਰ ਦੀ ਸਫ਼ਾਈ ਦਾ ਕੰਮ ਸ਼ੁਰੂ ਹੋਇਆ।\n\n' +
  'ਪਿੰਡ ਦੇ ਨੌਜਵਾਨਾਂ ਨੇ ਵੀ ਕਹੀਆਂ ਚੁੱਕ ਲਈਆਂ। “ਸਾਨੂੰ ਵੀ ਹੱਥ ਵਟਾਉਣਾ ਚਾਹੀਦਾ ਹੈ।”\n\n' +
  'ਰਾਜਪੁਰਾ ਦੀ ਤਹਿਸੀਲਦਾਰ ਜਸਲੀਨ ਕੌਰ ਬੇਦੀ ਸਵੇਰੇ ਮਸ਼ੀਨਾਂ ਨਾਲ ਮੌਕੇ ’ਤੇ ਪਹੁੰਚੇ। “ਕੰਮ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਮੁੱਕ ਜਾਵੇਗਾ।”\n\n' +
  '“ਬਿਜਲੀ ਦੀਆਂ ਤਾਰਾਂ ਵੀ ਠੀਕ ਕਰਵਾਈਆਂ ਜਾਣ,” ਐੱਸਡੀਓ ਨੇ ਕਿਹਾ।\n\n' +
  'ਕਿਸਾਨ ਆਗੂ ਕਰਨੈਲ ਸਿੰਘ ਵਿਰਕ (61) ਨੇ ਦੱਸਿਆ ਕਿ ਪਿਛਲੇ ਸਾਲ ਪਾਣੀ ਨਹੀਂ ਪਹੁੰਚਿਆ ਸੀ। “ਫ਼ਸਲ ਸੁੱਕ ਗਈ ਸੀ,” ਵਿਰਕ ਨੇ ਕਿਹਾ।\n\n' +
  '“ਮਸ਼ੀਨਾਂ ਦਾ ਤੇਲ ਪਿੰਡ ਦੇਵੇਗਾ,” ਤਹਿਸੀਲਦਾਰ ਨੇ ਕਿਹਾ।\n\n' +
  'ਪਿੰਡ ਦੇ ਸਾਬਕਾ ਸਰਪੰਚ ਅਮਰੀਕ ਸਿੰਘ ਨੇ ਟਰੈਕਟਰ ਦੇਣ ਦੀ ਪੇਸ਼ਕਸ਼ ਕੀਤੀ ਸੀ। ਕਿਨਾਰੇ ’ਤੇ ਖੜ੍ਹਿਆਂ ਉਸ ਨੇ ਕਿਹਾ, “ਪਿੰਡ ਪਿੱਛੇ ਨਹੀਂ ਹਟੇਗਾ।”';

const ROWS: KindCase[] = [
  ['pa: `“…,” <role> X Y Z ਨੇ ਕਿਹਾ।` is X Y Z with the role', LIBRARY, 'ਬੱਚੇ ਹੁਣ ਸ਼ਾਮ', 'ਹਰਜੋਤ ਕੌਰ ਸੰਧੂ', 'ਪ੍ਰਿੰਸੀਪਲ'],
  ['pa: `<body> ਦੇ ਮੈਂਬਰ X ਨੇ ਦੱਸਿਆ ਕਿ “…”`: ਕਿ, "that", before the words', LIBRARY, 'ਇਸ ਲਈ ਪਿੰਡ', 'ਸੁਖਦੇਵ ਸਿੰਘ ਮਾਨ', 'ਮੈਂਬਰ'],
  ['pa: `“…,” ਉਨ੍ਹਾਂ ਕਿਹਾ।` (no ਨੇ) is the man just quoted', LIBRARY, 'ਸਰਕਾਰ ਤੋਂ ਕੋਈ', 'ਸੁਖਦੇਵ ਸਿੰਘ ਮਾਨ', ANY],
  ['pa: `ਸਿੱਖਿਆ ਵਿਭਾਗ ਨੇ ਕਿਹਾ` is a department, no person', LIBRARY, 'ਅਸੀਂ ਅਗਲੇ ਸਾਲ', DESCRIBED, null],
  ['pa: `ਇੱਕ ਬਜ਼ੁਰਗ ਸੁਆਣੀ ਨੇ ਕਿਹਾ` (one elderly woman) is someone described', LIBRARY, 'ਸਾਡੇ ਵੇਲੇ', DESCRIBED, null],
  ['pa: `X ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ “…”` (X\'s saying is that) is X', LIBRARY, 'ਕਿਤਾਬਾਂ ਦੀ ਸੰਭਾਲ', 'ਹਰਜੋਤ ਕੌਰ ਸੰਧੂ', ANY],
  ['pa: `X ਮੁਤਾਬਕ, “…”` (according to X) is X', LIBRARY, 'ਅਗਲਾ ਕੰਮ', 'ਸੁਖਦੇਵ ਸਿੰਘ ਮਾਨ', ANY],
  ['pa: a split quote, `ਸਰਦਾਰ X ਜੀ ਨੇ ਕਿਹਾ,` between: the title and ਜੀ are no part of the name', LIBRARY, 'ਅਸੀਂ ਤਿਆਰ', 'ਜਸਵੰਤ ਸਿੰਘ ਬਰਾੜ', null],
  ['pa: the split quote\'s second part is the same man\'s', LIBRARY, 'ਪਰ ਜ਼ਮੀਨ', 'ਜਸਵੰਤ ਸਿੰਘ ਬਰਾੜ', null],
  ['pa: `<place> ਦੇ ਪ੍ਰਧਾਨ X ਨੇ ਕਿਹਾ, “…”` before the words', MARKET, 'ਹੁਣ ਮੀਂਹ', 'ਕੁਲਦੀਪ ਸਿੰਘ ਔਲਖ', 'ਪ੍ਰਧਾਨ'],
  ['pa: `ਉਨ੍ਹਾਂ ਅੱਗੇ ਕਿਹਾ, “…”` (he further said) is the man just quoted', MARKET, 'ਦੁਕਾਨਦਾਰਾਂ ਨੂੰ', 'ਕੁਲਦੀਪ ਸਿੰਘ ਔਲਖ', ANY],
  ['pa: `ਨਗਰ ਨਿਗਮ ਨੇ ਕਿਹਾ` (the municipal corporation) is no person', MARKET, 'ਸ਼ੈੱਡ ਦੀ ਸਫ਼ਾਈ', UNNAMED, null],
  ['pa: `ਬੀਬੀ X ਕਹਿੰਦੇ ਹਨ, “…”` (X says) drops the title ਬੀਬੀ', MARKET, 'ਪਹਿਲਾਂ ਅਸੀਂ', 'ਪਰਮਜੀਤ ਕੌਰ ਗਰੇਵਾਲ', ANY],
  ['pa: `“…,” ਉਹ ਦੱਸਦੇ ਹਨ।` (she tells) is the woman just quoted', MARKET, 'ਹੁਣ ਗਾਹਕ', 'ਪਰਮਜੀਤ ਕੌਰ ਗਰੇਵਾਲ', ANY],
  ['pa: `ਇੱਕ ਰੇਹੜੀ ਵਾਲੇ ਨੇ ਦੱਸਿਆ` (a cart vendor) is no one named', MARKET, 'ਸਾਨੂੰ ਤਾਂ', UNNAMED, null],
  ['pa: where and how, at length, between ਨੇ and the verb after the words', MARKET, 'ਕੰਮ ਦਸੰਬਰ', 'ਕੁਲਦੀਪ ਸਿੰਘ ਔਲਖ', ANY],
  ['pa: `ਡਾ. X ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ` drops the title ਡਾ.', MARKET, 'ਤਾਜ਼ੀ ਸਬਜ਼ੀ', 'ਰਮਨਦੀਪ ਕੌਰ ਸਿੱਧੂ', null],
  ['pa: `62 ਸਾਲਾ ਕਿਸਾਨ X ਨੇ ਕਿਹਾ` (a 62-year-old farmer) is X, a farmer', GRAIN, 'ਨਮੀ ਬਹੁਤ', 'ਅਵਤਾਰ ਸਿੰਘ ਚੀਮਾ', 'ਕਿਸਾਨ'],
  ['pa: `<town> ਨਗਰ ਕੌਂਸਲ ਨੇ ਕਿਹਾ` is a town\'s council, no person', GRAIN, 'ਟਰਾਲੀਆਂ ਲਈ', DESCRIBED, null],
  ['pa: a Hindi tag `जिलाधिकारी X ने कहा` in a Punjabi story still reads as Hindi', GRAIN, 'ਮੰਡੀ ਦੇ ਬਾਹਰ', 'रमेश कुमार', 'जिलाधिकारी'],
  ['pa: `<place> ਦੀ ਤਹਿਸੀਲਦਾਰ X ਕੌਰ Y … ਪਹੁੰਚੇ। “…”`: the sentence before names the speaker, ਕੌਰ and the family name after it', CANAL, 'ਕੰਮ ਦਸ ਦਿਨਾਂ', 'ਜਸਲੀਨ ਕੌਰ ਬੇਦੀ', 'ਤਹਿਸੀਲਦਾਰ'],
  ['pa: `ਪਿੰਡ ਦੇ ਨੌਜਵਾਨਾਂ ਨੇ … ਲਈਆਂ। “…”` (the village youth): a group names no one', CANAL, 'ਸਾਨੂੰ ਵੀ ਹੱਥ', UNNAMED, null],
  ['pa: `ਐੱਸਡੀਓ ਨੇ ਕਿਹਾ` with no officer so named is an office, no person', CANAL, 'ਬਿਜਲੀ ਦੀਆਂ', DESCRIBED, null],
  // Read by shared files (lang/fuller-names.ts, lang/introduced.ts, lang/unnamed-office.ts), which do not yet read Gurmukhi.
  ['pa: `X ਸਿੰਘ Y (61) ਨੇ ਦੱਸਿਆ … “…,” Y ਨੇ ਕਿਹਾ।`: the family name alone is the man named in full', CANAL, 'ਫ਼ਸਲ ਸੁੱਕ', 'ਕਰਨੈਲ ਸਿੰਘ ਵਿਰਕ', ANY],
  ['pa: `ਤਹਿਸੀਲਦਾਰ ਨੇ ਕਿਹਾ` after `ਤਹਿਸੀਲਦਾਰ X` is the officer the story named', CANAL, 'ਮਸ਼ੀਨਾਂ ਦਾ ਤੇਲ', 'ਜਸਲੀਨ ਕੌਰ ਬੇਦੀ', ANY],
  ['pa: `X ਨੇ … ਕੀਤੀ ਸੀ। … ਉਸ ਨੇ ਕਿਹਾ, “…”`: the man the sentence before names, not the one quoted before', CANAL, 'ਪਿੰਡ ਪਿੱਛੇ', 'ਅਮਰੀਕ ਸਿੰਘ', ANY],
];
kindTable('Punjabi tags, titles, bodies and unnamed speakers', ROWS, [
  'pa: `ਤਹਿਸੀਲਦਾਰ ਨੇ ਕਿਹਾ` after `ਤਹਿਸੀਲਦਾਰ X` is the officer the story named',
]);
