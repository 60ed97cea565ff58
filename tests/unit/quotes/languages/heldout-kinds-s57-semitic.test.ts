// Kinds the fifty-seventh held-out set showed in Hebrew and Arabic copy, each in fresh sentences of my own, with
// counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const DANI = 'דני כהן, 60, עומד ליד הבית: "זה היה הבית שלנו כל החיים".\n\n';

/** `ראש המועצה עו"ד X הגן על ההחלטה. "…", אמר.`: an office over a body, a title, then the name open the sentence (lang/semitic-opening.ts). */
kindTable('he: an office, a title and the name open the sentence before `"…", אמר`', [
  ['he: `ראש המועצה עו"ד X הגן…` then `"…", אמר` is X', `${DANI}ראש המועצה עו"ד אורי לוי הגן על ההחלטה. "חיכינו לזה עשר שנים ולא הצלחנו", אמר.`, 'חיכינו לזה', 'אורי לוי', 'ראש המועצה'],
  ['he: `מנהלת בית הספר ד"ר X הגיבה` then `"…", אמרה` is X', `${DANI}מנהלת בית הספר ד"ר רינה טל הגיבה להחלטה. "לא נסכים לסגור את הכיתות", אמרה.`, 'לא נסכים', 'רינה טל', ANY],
  ['counter-case he: `ראש המועצה פגש את עו"ד X` makes X the object: the person before still speaks', `${DANI}ראש המועצה פגש אתמול את עו"ד אורי לוי. "חיכינו לזה עשר שנים ולא הצלחנו", אמר.`, 'חיכינו לזה', 'דני כהן', ANY],
]);

/** `"…", אמרה ל"חדשות הצפון" X, 41, …`: the outlet told, its name in quotation marks, stands between the verb and the name (lang/semitic-adverbs.ts). */
kindTable('he: a quoted outlet after the verb, then the name', [
  ['he: `אמרה ל"חדשות הצפון" X, 41,` is X', `${DANI}המתנגדים לא משתכנעים. "אנחנו לא נגד בנייה, אנחנו נגד הרס", אמרה ל"חדשות הצפון" מירב שלום, 41, מנהלת העמותה.`, 'אנחנו לא נגד', 'מירב שלום', ANY],
  ['counter-case he: `אמר ל"חדשות הצפון" דובר המשטרה` is no name', '"אנחנו לא נגד בנייה, אנחנו נגד הרס", אמר ל"חדשות הצפון" דובר המשטרה.', 'אנחנו לא נגד', DESCRIBED, ANY],
]);

/** `לדברי מהנדס המועצה, X, "…"`: `מהנדס` (an engineer) only looks like "from the" (lang/he.ts). */
kindTable('he: `לדברי מהנדס …, X,` before the words', [
  ['he: `לדברי מהנדס המועצה, X, "…"` is X', `${DANI}לדברי מהנדס המועצה, יואב רז, "הבדיקה נעשתה בזהירות רבה בשלב התכנון". הוא הוסיף כי העבודות יתחילו בקרוב.`, 'הבדיקה נעשתה', 'יואב רז', 'מהנדס המועצה'],
  ['counter-case he: `"…", אמר מהבמה` (from the stage) is no name: the person before', `${DANI}"נמשיך להיאבק על כל עץ", אמר מהבמה.`, 'נמשיך להיאבק', 'דני כהן', ANY],
]);

const FISHER = 'وقال الصياد خالد مراد: «البحر حياتنا».\n\n';

/** `رحّبت الدكتورة X Y Z، أستاذة…، بالقرار.` then a paragraph `وقالت: «…»`: the person the paragraph before opened with (semitic-paragraph-subject.ts). */
kindTable('ar: a paragraph opening on a bare verb of saying goes on with the person the paragraph before opened with', [
  ['ar: `رحّبت الدكتورة X Y Z…` then `وقالت: «…»` is X Y Z', `${FISHER}في المقابل، رحّبت الدكتورة سعاد أحمد النعيمي، أستاذة الاقتصاد في جامعة الشمال، بالقرار.\n\nوقالت: «التجارب السابقة تثبت أن السوق يتعافى سريعاً».`, 'التجارب السابقة', 'سعاد أحمد النعيمي', ANY],
  ['ar: `رحّب الدكتور X Y Z…` then `وقال: «…»` is X Y Z', `${FISHER}في المقابل، رحّب الدكتور سعيد أحمد النعيمي، أستاذ الاقتصاد في جامعة الشمال، بالقرار.\n\nوقال: «التجارب السابقة تثبت أن السوق يتعافى سريعاً».`, 'التجارب السابقة', 'سعيد أحمد النعيمي', ANY],
  ['counter-case ar: `رحّبت …` (she) then `وقال:` (he) is not her', `${FISHER}في المقابل، رحّبت الدكتورة سعاد أحمد النعيمي، أستاذة الاقتصاد في جامعة الشمال، بالقرار.\n\nوقال: «التجارب السابقة تثبت أن السوق يتعافى سريعاً».`, 'التجارب السابقة', 'خالد مراد', ANY],
  ['counter-case ar: a paragraph before with no person in it leaves the last speaker', `${FISHER}وتمتد المحمية الجديدة على مساحة كبيرة.\n\nوأضاف: «التجارب السابقة تثبت أن السوق يتعافى سريعاً».`, 'التجارب السابقة', 'خالد مراد', ANY],
]);

/** `في تقريرها السنوي «…»`, `קבוצת הפייסבוק "…"`: a work's or a group's name after its noun, with an owner's ending and adjectives (work-titles.ts). */
describe('ar/he: a title after its noun, with its ending and adjectives, is no quote', () => {
  const texts = (text: string) => findQuotes(text).map((quote) => quote.text);
  it('ar: `نشرت في تقريرها السنوي «…»` is a report title', () => {
    expect(texts(`${FISHER}وكانت الوزارة قد نشرت في تقريرها السنوي «واقع المياه الجوفية 2023» أرقاماً مقلقة.`)).not.toContain('واقع المياه الجوفية 2023');
  });
  it('he: `מייסדת קבוצת הוואטסאפ "…"` is a group name', () => {
    expect(texts(`${DANI}"לא נוותר על החוף", אמרה נועה לוי, מייסדת קבוצת הוואטסאפ "שומרים על הים".`)).not.toContain('שומרים על הים');
  });
  it('counter-case ar: `وقال … في تقريره: «…»` after a colon is the words said', () => {
    expect(texts('وكانت الوزارة قد نشرت تقريرها السنوي أمس. وقال الوزير عادل حسن في تقريره: «الوضع صعب جداً ولن نسكت عنه».')).toContain('الوضع صعب جداً ولن نسكت عنه');
  });
});

const ENGINEER = 'وقال المهندس عادل حسن البدري، مدير إدارة المياه الجوفية في الوزارة، أمس: «سنحفر آباراً جديدة».\n\n' + FISHER;

/** `«…»، أضاف مدير إدارة المياه الجوفية`: an office in a chain of constructs stands for the person introduced with it (lang/definite-role.ts). */
kindTable('ar: an office of several construct words in the tag is the person introduced with it', [
  ['ar: `أضاف مدير إدارة المياه الجوفية` after `X، مدير إدارة المياه الجوفية في الوزارة،` is X', `${ENGINEER}وردّاً على ذلك، أكد البدري أن الأبواب مفتوحة. «سنلتقي بالمزارعين في كل قرية»، أضاف مدير إدارة المياه الجوفية.`, 'سنلتقي بالمزارعين', 'عادل حسن البدري', ANY],
  ['counter-case ar: `أضاف مدير إدارة الطرق` that no one named holds stays a description', `${ENGINEER}«سنلتقي بالمزارعين في كل قرية»، أضاف مدير إدارة الطرق في المحافظة.`, 'سنلتقي بالمزارعين', DESCRIBED, ANY],
]);
