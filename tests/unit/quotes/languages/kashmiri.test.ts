// Kashmiri in Perso-Arabic script (lang/ks.ts, read as Urdu is with its own verbs and the ergative on the speaker): short
// articles of my own about an apple harvest and a village school, with invented people; counter-cases are bodies (the
// government), someone unnamed with `اکھ` (one), groups in the plural ergative, and pronoun tags after a named speaker.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const APPLES =
  'شوپیانس منٛز چھُ یِمہِ ؤری سیبن ہُند مول کَم۔\n\n' +
  'باغبان بشیر احمد لونن ووٚن، “میٲنۍ باغ چھُ ژور کنال۔ یِمہِ ؤری گٔیہ سیب لوٚکٕٹۍ۔”\n\n' +
  '“منڈی منٛز چھُ نہٕ کانٛہہ خریدار،” لونن ووٚن، “تہٕ ٹرک چھِ وَتہِ پٮ۪ٹھ رُکان۔”\n\n' +
  '“أسۍ دِمو باغبانن نوٚو دوا،” محکمہٕ باغبانی کِس ڈائریکٹر عبدالرشید شاہ یَن ووٚن۔\n\n' +
  '“یہِ کام گژھِ جلدی،” تٔمۍ ووٚن۔\n\n' +
  '“مول بڑِ نوِ ؤری،” سرکارن ووٚن۔\n\n' +
  'اکھ ٹرک ڈرائیور ووٚن، “أسۍ چھِ ژور دۄہ پٮ۪ٹھہٕ وَتہِ پٮ۪ٹھ۔”\n\n' +
  '“باغن منٛز چھِ نوِ کیٖم،” باغبان رفیق یوسف خانن ووٚن۔';

const SCHOOL =
  'کپوارہ کِس اکِس گامس منٛز کھوٚل نوٚو سکوٗل۔\n\n' +
  'ٹیچر نسیمہ بانو چھےٚ وَنان، “شُرۍ چھِ وۄنۍ وقتس پٮ۪ٹھ یِوان۔”\n\n' +
  '“کتابہٕ چھےٚ کَم،” سۄ چھےٚ وَنان۔\n\n' +
  'ڈاکٹر پرویز احمد میر ہِنٛدِ مطابق، “سکوٗلس چھُ نوِ عمارتٕچ ضرورت۔”\n\n' +
  '“سرکار گژھِ پیسہٕ دِنۍ،” میرن ووٚن۔\n\n' +
  '“أسۍ چھِ خوش،” والدینن ووٚن۔\n\n' +
  'سکوٗلٕچ طالبہ زونہٕ مُکھتار چھےٚ وَنان، “میٲنۍ کلاس چھےٚ ژٕ بجہِ۔”';

const ROWS: KindCase[] = [
  ['ks: `باغبان X Y Zن ووٚن، “…”` (X said): the ergative set off, the name in the nominative', APPLES, 'میٲنۍ باغ', 'بشیر احمد لون', 'باغبان'],
  ['ks: a split quote with `Zن ووٚن` between: the first part is the man named in full before', APPLES, 'منڈی منٛز', 'بشیر احمد لون', ANY],
  ['ks: the split quote\'s second part is his too', APPLES, 'تہٕ ٹرک', 'بشیر احمد لون', ANY],
  ['ks: `“…،” <body> کِس ڈائریکٹر X Y یَن ووٚن۔` (a name ending in a vowel takes `یَن`)', APPLES, 'أسۍ دِمو', 'عبدالرشید شاہ', ANY],
  ['ks: `“…،” تٔمۍ ووٚن۔` (he said) is the man just quoted', APPLES, 'یہِ کام', 'عبدالرشید شاہ', ANY],
  ['ks: `“…،” سرکارن ووٚن۔` (the government said) is a body, no person', APPLES, 'مول بڑِ', UNNAMED, null],
  ['ks: `اکھ ٹرک ڈرائیور ووٚن` (one lorry driver said) is someone described', APPLES, 'أسۍ چھِ ژور', DESCRIBED, null],
  ['ks: `… خانن ووٚن` of a name ending in ن: one ن is the ergative, the name keeps its own', APPLES, 'باغن منٛز', 'رفیق یوسف خان', ANY],
  ['ks: `ٹیچر X Y چھےٚ وَنان، “…”` (X is saying) before the words', SCHOOL, 'شُرۍ چھِ', 'نسیمہ بانو', 'ٹیچر'],
  ['ks: `“…،” سۄ چھےٚ وَنان۔` (she is saying) is the woman just quoted', SCHOOL, 'کتابہٕ چھےٚ', 'نسیمہ بانو', ANY],
  ['ks: `ڈاکٹر X Y Z ہِنٛدِ مطابق` (according to X) drops the title', SCHOOL, 'سکوٗلس چھُ', 'پرویز احمد میر', ANY],
  ['ks: `“…،” میرن ووٚن۔` is the family name of the man named in full before', SCHOOL, 'سرکار گژھِ', 'پرویز احمد میر', ANY],
  ['ks: `“…،” والدینن ووٚن۔` (the parents said, plural ergative) is a group, no person', SCHOOL, 'أسۍ چھِ خوش', UNNAMED, null],
  ['ks: `<genitive> طالبہ X Y چھےٚ وَنان` (the school\'s student X is saying): the genitive belongs to the role', SCHOOL, 'میٲنۍ کلاس', 'زونہٕ مُکھتار', ANY],
  ['ks: the Urdu tag `X نے کہا` is not read as Kashmiri', 'پروفیسر عارف حسین نے کہا، “تعلیم ضروری ہے۔”', 'تعلیم ضروری', 'عارف حسین', 'پروفیسر'],
];

kindTable('Kashmiri quote tags (lang/ks.ts)', ROWS);
