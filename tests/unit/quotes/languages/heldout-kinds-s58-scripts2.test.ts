// Kinds the fifty-eighth held-out set showed in scripts with no capitals, each in fresh sentences of my own, with counter-cases.
import { expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY } from './kind-table';

const HEBREW_AGE_DESCRIPTOR =
  'דוד לוי, הנהג הוותיק של הקו, אמר: "האוטובוס הזה מאחר כל בוקר".\n\n' +
  'הנהג בן ה-47 הוסיף: "אף אחד לא מקשיב לנו".';
const HEBREW_BEN_IN_NAME =
  'דוד לוי, הנהג הוותיק של הקו, אמר: "האוטובוס הזה מאחר כל בוקר".\n\n' +
  'אבי בן שושן הוסיף: "גם הנוסעים כבר התייאשו".';
const TAMIL_DEMONSTRATIVE_DESCRIPTOR =
  '“கடந்த வாரம் புயலில் இரண்டு படகுகள் உடைந்தன,” என்றார் மீனவர் செல்வராஜ்.\n\n' +
  '“இந்தக் கடற்கரையில் நாற்பது ஆண்டுகளாக மீன் பிடிக்கிறேன்,” என்று அந்த பெரியவர் கண்கலங்கியபடி தெரிவித்தார்.';
const TAMIL_NAMED_TAG =
  '“கடந்த வாரம் புயலில் இரண்டு படகுகள் உடைந்தன,” என்றார் மீனவர் செல்வராஜ்.\n\n' +
  '“இந்தக் கடற்கரையில் நாற்பது ஆண்டுகளாக மீன் பிடிக்கிறோம்,” என்று மீனவர் கண்ணம்மா தெரிவித்தார்.';

/** `<role> בן ה-47 הוסיף:`, `என்று அந்த பெரியவர் தெரிவித்தார்`: a descriptor for the person just named, no name (lang/aged-anaphor.ts). */
kindTable('An age clause or a demonstrative descriptor in a caseless script is the person just named', [
  ['he: `הנהג בן ה-47 הוסיף:` after `דוד לוי, הנהג …, אמר` is דוד לוי', HEBREW_AGE_DESCRIPTOR, 'אף אחד', 'דוד לוי', ANY],
  ['counter-case he: `אבי בן שושן הוסיף:` is a name of its own', HEBREW_BEN_IN_NAME, 'גם הנוסעים', 'אבי בן שושן', ANY],
  ['ta: `என்று அந்த பெரியவர் … தெரிவித்தார்` after `என்றார் மீனவர் செல்வராஜ்` is செல்வராஜ்', TAMIL_DEMONSTRATIVE_DESCRIPTOR, 'இந்தக் கடற்கரையில்', 'செல்வராஜ்', ANY],
  ['counter-case ta: `என்று மீனவர் கண்ணம்மா தெரிவித்தார்` names someone new', TAMIL_NAMED_TAG, 'இந்தக் கடற்கரையில்', 'கண்ணம்மா', ANY],
]);

const ARABIC_LANGUAGE_AFTER_NAME =
  'وقالت المعلمة نادية الشرقاوي للصحفيين: «المدرسة تحتاج إلى سقف جديد».\n\n' +
  'وأضافت الشرقاوي بالفرنسية: «لا يمكن أن ننتظر سنة أخرى».';
const ARABIC_NAME_OPENING_WITH_BAL =
  'وقالت المعلمة نادية الشرقاوي للصحفيين: «المدرسة تحتاج إلى سقف جديد».\n\n' +
  'وأضافت سعاد بالحاج: «لا يمكن أن ننتظر سنة أخرى».';

/** `وأضافت X بالفرنسية:`: the language spoken in is no part of the name (lang/arabic-language-manner.ts). */
kindTable('An Arabic language of speech after the name is no part of it', [
  ['ar: `وأضافت الشرقاوي بالفرنسية:` is نادية الشرقاوي', ARABIC_LANGUAGE_AFTER_NAME, 'لا يمكن', 'نادية الشرقاوي', ANY],
  ['counter-case ar: `وأضافت سعاد بالحاج:` keeps a family name in بال', ARABIC_NAME_OPENING_WITH_BAL, 'لا يمكن', 'سعاد بالحاج', ANY],
]);

const ARABIC_OUTLET_NAME_IN_MARKS =
  'وأوضح الطبيب سامر الحلبي في مقابلة مع صحيفة «نبض المدينة اليوم» أن المستشفى يعاني نقصا في الأدوية. وقال الحلبي: «نعمل بنصف الطاقم منذ الصيف».';
const ARABIC_SAID_TO_OUTLET_THEN_COLON = 'وقال الطبيب سامر الحلبي لصحيفة محلية: «نعمل بنصف الطاقم منذ الصيف».';

/** `صحيفة «…»`, `لإذاعة «…»`: marks right after a noun for an outlet hold its name (work-titles.ts). */
kindTable('An Arabic outlet name in marks is no quotation', [
  ['ar: the quotation after `صحيفة «نبض المدينة اليوم»` is سامر الحلبي’s', ARABIC_OUTLET_NAME_IN_MARKS, 'نعمل بنصف', 'سامر الحلبي', ANY],
  ['counter-case ar: `قال X لصحيفة محلية: «…»` is still a quotation', ARABIC_SAID_TO_OUTLET_THEN_COLON, 'نعمل بنصف', 'سامر الحلبي', ANY],
]);

it('ar: the outlet name in `صحيفة «…»` is not taken as a quotation', () => {
  expect(findQuotes(ARABIC_OUTLET_NAME_IN_MARKS).map((quote) => quote.text)).not.toContain('نبض المدينة اليوم');
});
