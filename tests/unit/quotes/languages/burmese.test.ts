// Burmese (lang/my.ts): the quotative `ဟု` and a name glued to its form of address and the subject marker က after a quote
// (`” ဟု ဒေါ်X (၅၂ နှစ်) က ပြောပါတယ်။`), `<role> ဦးX က “…”` before one, `၎င်းက ဆိုပြီး` / `ဟုလည်း ဆက်ပြောသည်` for the person
// just quoted, `ဦးXကမူ … ပြောသည်။ “…” ဟု ၎င်းက ဆိုသည်။` (the pronoun left to the sentence before), and a quote standing alone
// after a sentence whose subject is a titled name; each in short paragraphs of my own about invented people, with
// counter-cases: someone unnamed, bodies (one opening with မ, no form of address there), a sign's words.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const UMBRELLAS =
  'ပုသိမ်မြို့တွင် ထီးပွဲတော် စတင်ကျင်းပသည်။\n\n' +
  'ပွဲစီစဉ်ရေးကော်မတီ ဥက္ကဋ္ဌ ဦးမြင့်ဆွေက “ဒီနှစ် ထီးဆိုင် ငါးဆယ်ကျော် ပါဝင်တယ်။ ဧည့်သည်တွေလည်း များလာတယ်” ဟု ပြောသည်။\n\n' +
  '“ထီးတစ်လက် လုပ်ဖို့ သုံးရက်ကြာတယ်။ ဝါးကို ကိုယ်တိုင် ခုတ်ရတယ်” ဟု ထီးလုပ်သူ ဒေါ်ခင်သီတာ (၅၂ နှစ်) က ပြောပါတယ်။\n\n' +
  '“ဈေးရောင်းရတာ အရင်နှစ်ထက် ကောင်းတယ်” ဟု ၎င်းက ဆိုပြီး “ကုန်ကြမ်းဈေး တက်နေတယ်” ဟုလည်း ဆက်ပြောသည်။\n\n' +
  'ကိုကျော်ကျော်ဝင်းက “ကျွန်တော်တို့ ရွာက ထီးတွေကို ရန်ကုန်အထိ ပို့တယ်။ အော်ဒါ အများကြီး ရထားတယ်” ဟု ပြောသည်။\n\n' +
  'ဦးမြင့်ဆွေကမူ ပွဲတော်ကို နှစ်စဉ် ဆက်လက်ကျင်းပသွားမည်ဖြစ်ကြောင်း ပြောသည်။ “လာမယ့်နှစ်မှာ ဆိုင်ခန်း ပိုတိုးမယ်” ဟု ၎င်းက ဆိုသည်။\n\n' +
  '“ငါးနှစ်ရှိပြီ ဒီပွဲကို လာနေတာ” ဟု ရွာသူကြီး ဦးဘသန်းက ပြောသည်။\n\n' +
  'ထီးပန်းချီဆရာမ ဒေါ်စန္ဒာလှိုင်က ဤသို့ ပြောသည် - “အရောင်တွေကို သဘာဝပစ္စည်းနဲ့ပဲ ဖျော်တယ်”';

const WARD =
  'မော်လမြိုင် ဆေးရုံကြီးတွင် ကလေးအထူးကုဆောင် အသစ် ဖွင့်လှစ်သည်။\n\n' +
  'ကလေးအထူးကု ဆရာဝန် ဒေါက်တာသန်းထိုက်ဦးက “ကုတင် တစ်ရာ ထပ်တိုးလာပြီ။ ဆရာဝန် ဆယ်ဦး အသစ် ခန့်ထားပါသည်” ဟု ပြောကြားသည်။\n\n' +
  'မမြတ်နိုးသူ (၃၀ နှစ်) သည် ကလေးကို ဆေးကုသရန် ရွာမှ လာရောက်သူ တစ်ဦးဖြစ်သည်။\n\n' +
  '“အရင်က ရန်ကုန်အထိ သွားရတယ်။ အခု အချိန်ကုန် သက်သာပြီ”\n\n' +
  '“ဆေးဝါး လုံလောက်အောင် စီစဉ်ထားပါသည်” ဟု ဆရာဝန်က ဆက်ပြောသည်။\n\n' +
  'ဆေးရုံမှ သူနာပြုတစ်ဦးက “ညဘက်တွင် ဝန်ထမ်း မလုံလောက်သေးပါ” ဟု ပြောသည်။\n\n' +
  'ကျန်းမာရေးဦးစီးဌာနက “နောက်နှစ်တွင် ဆေးရုံ နှစ်ခု ထပ်ဖွင့်မည်” ဟု ပြောသည်။\n\n' +
  'ဆေးရုံ ဝင်ပေါက်တွင် “ဆေးလိပ် မသောက်ရ” ဟု ရေးထားသည်။\n\n' +
  'မီးသတ်တပ်ဖွဲ့က “ဆေးရုံ အဆောက်အအုံ လုံခြုံရေး စစ်ဆေးပြီးပါပြီ” ဟု ပြောသည်။\n\n' +
  '“ဆေးရုံ ကားပါကင် ကျဉ်းလွန်းတယ်” ဟု လူနာရှင် ကိုမင်းကျော်စွာက ဆိုသည်။';

const ROWS: KindCase[] = [
  ['my: `<role> ဦးX က “…” ဟု ပြောသည်။` is X, U off the name, the office as the role', UMBRELLAS, 'ဒီနှစ် ထီးဆိုင်', 'မြင့်ဆွေ', 'ဥက္ကဋ္ဌ'],
  ['my: `” ဟု <trade> ဒေါ်X (၅၂ နှစ်) က ပြောပါတယ်။` is X, the age in brackets before the subject marker', UMBRELLAS, 'ထီးတစ်လက်', 'ခင်သီတာ', ANY],
  ['my: `” ဟု ၎င်းက ဆိုပြီး` (she said, and) is the woman just quoted', UMBRELLAS, 'ဈေးရောင်းရတာ', 'ခင်သီတာ', ANY],
  ['my: `” ဟုလည်း ဆက်ပြောသည်။` (also went on) is the woman just quoted', UMBRELLAS, 'ကုန်ကြမ်းဈေး', 'ခင်သီတာ', ANY],
  ['my: `ကိုX က` where X holds က inside (`ကျော်`) keeps the whole name', UMBRELLAS, 'ကျွန်တော်တို့ ရွာက', 'ကျော်ကျော်ဝင်း', ANY],
  ['my: `” ဟု <role> ကိုX က ဆိုသည်။` where X holds က inside (`ကျော်`) keeps the whole name', WARD, 'ဆေးရုံ ကားပါကင်', 'မင်းကျော်စွာ', ANY],
  ['my: `ဦးXကမူ … ပြောသည်။ “…” ဟု ၎င်းက ဆိုသည်။` is X, not the man quoted before', UMBRELLAS, 'လာမယ့်နှစ်မှာ', 'မြင့်ဆွေ', ANY],
  ['my: `” ဟု <role> ဦးX က ပြောသည်။` is X', UMBRELLAS, 'ငါးနှစ်ရှိပြီ', 'ဘသန်း', ANY],
  ['my: `<role> ဒေါ်X က ဤသို့ ပြောသည် - “…”` (said thus) is X', UMBRELLAS, 'အရောင်တွေကို', 'စန္ဒာလှိုင်', 'ထီးပန်းချီဆရာမ'],
  ['my: `ဒေါက်တာX က “…”` is X, Dr no part of the name', WARD, 'ကုတင် တစ်ရာ', 'သန်းထိုက်ဦး', ANY],
  ['my: a quote standing alone after `မX (၃၀ နှစ်) သည် … ဖြစ်သည်။` is X', WARD, 'အရင်က ရန်ကုန်အထိ', 'မြတ်နိုးသူ', ANY],
  ['my: `” ဟု ဆရာဝန်က ဆက်ပြောသည်။` (the doctor) is the doctor named before, not the mother just quoted', WARD, 'ဆေးဝါး လုံလောက်', 'သန်းထိုက်ဦး', ANY],
  ['my: `<place>မှ <noun>တစ်ဦးက “…”` (one nurse) is someone unnamed (counter-case)', WARD, 'ညဘက်တွင်', DESCRIBED, null],
  ['my: a department `<body>ဌာနက “…”` is no person (counter-case)', WARD, 'နောက်နှစ်တွင်', UNNAMED, null],
  ['my: a sign `“…” ဟု ရေးထားသည်` (is written) is no one’s words (counter-case)', WARD, 'ဆေးလိပ်', UNNAMED, null],
  ['my: `မီးသတ်တပ်ဖွဲ့က` (the fire brigade) is no `မ` before a name (counter-case)', WARD, 'ဆေးရုံ အဆောက်အအုံ', UNNAMED, null],
];

// The doctor by office needs the pipeline to find its holder (office-holder.ts): Burmese names are in no mention list, as no
// capitals mark them, and its role-noun test takes Myanmar vowel signs for no letters (`\p{M}`); until then the office
// falls back to the latest speaker.
kindTable('Burmese names with forms of address, the quotative ဟု, and unnamed speakers', ROWS, [
  'my: `” ဟု ဆရာဝန်က ဆက်ပြောသည်။` (the doctor) is the doctor named before, not the mother just quoted',
]);
