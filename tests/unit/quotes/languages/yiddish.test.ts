// Yiddish in Hebrew letters (lang/yi.ts): `„…“, זאָגט X` and `„…“, האָט X געזאָגט` after a quote, `X האָט געזאָגט:`,
// `דער שטאָטראַט X האָט געפֿרעגט:`, `לויט X,` before one, pronouns after the verb, the same words unpointed (`זאגט`, `האט`),
// in short paragraphs of my own about invented people, with counter-cases: a body after `לויט`, someone left unnamed,
// a role noun with no one named, and Hebrew, which keeps its own reader.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'די שטאָטישע ביבליאָטעק אין גרינפֿעלד וועט זיך פֿאַרמאַכן אויף דרײַ חדשים.\n\n' +
  '„מיר דאַרפֿן אַ נײַעם דאַך, אַנדערש וועלן די ביכער פֿאַרפֿוילן ווערן“, זאָגט שמואל קאַץ, דער דירעקטאָר פֿון דער ביבליאָטעק.\n\n' +
  '„די לייענער וועלן קענען באַקומען ביכער דורך דער פּאָסט“, האָט קאַץ צוגעגעבן.\n\n' +
  'ריווקע לעווין, 67, וואָס קומט יעדן טאָג לייענען צײַטונגען, האָט געזאָגט: „אָן דער ביבליאָטעק האָב איך ניט וווּ צו גיין.“\n\n' +
  '„איך וועל וואַרטן ביז זיי עפֿענען ווידער“, זאָגט זי.\n\n' +
  'אַ שכן פֿון דער ביבליאָטעק, וואָס האָט ניט געוואָלט מע זאָל שרײַבן זײַן נאָמען, האָט געזאָגט: „דער בנין איז שוין לאַנג געווען אין אַ שלעכטן מצבֿ.“';

const COUNCIL =
  'דער שטאָטראַט בערל גאָלדשטיין האָט געפֿרעגט: „פֿאַר וואָס האָט מען ניט געוואָרנט די תּושבֿים?“\n\n' +
  'די ספּאָקעסמענטשין פֿון דער שטאָט, חנה ראַבינאָוויטש, האָט דערקלערט, אַז די אַרבעט וועט אָנהייבן אין מאַרץ. „מיר האָבן געשיקט בריוו צו יעדן הויז“, האָט זי געזאָגט.\n\n' +
  'לויט ד״ר יוסף בלום, „דער דאַך קען אויסהאַלטן נאָך איין ווינטער, ניט מער.“';

const UNPOINTED =
  'די ישיבה אויף דער מיזרח־גאס האט באקומען א נייעם מנהל.\n\n' +
  '„די שולע וועט זיין אפן ווי געווענליך“, זאגט משה פרידמאן, דער מנהל פון דער ישיבה.\n\n' +
  '„מיר האבן נישט קיין ברירה“, האט ער געזאגט.';

const BAKERY =
  'פּערל שוואַרץ, 41, פֿירט אַ בעקערײַ אויף דער הויפּטגאַס. שוואַרץ זאָגט, אַז די קונים קומען ווייניקער.\n\n' +
  '„די מענטשן האָבן מורא פֿון די נײַע פּרײַזן. מיר האָבן פֿאַרלוירן אַ דריטל פֿון אונדזער געשעפֿט.“';

const COURT =
  'דער פּראָצעס וועט אָנהייבן אין אַפּריל. נחום זעליגער גלייבט, אַז דער ריכטער וועט אים געבן רעכט. „איך האָב אַלע קוויטלעך אין סדר“, זאָגט ער אין זײַן קראָם.';

const STREET =
  'לויט דער שטאָטישער פֿאַרוואַלטונג, „די גאַס וועט זײַן פֿאַרמאַכט ביז פֿרײַטיק צוליב די רערן.“\n\n' +
  '„מע דאַרף עפּעס טאָן מיט די לעכער אין וועג“, זאָגט אַ פֿרוי וואָס וואַרט אויף דעם אויטאָבוס.\n\n' +
  '„קיינער איז ניט געווען פֿאַרוווּנדיקט אין דעם אומגליק“, האָט דער פּאָליציאַנט געזאָגט.';

const HEBREW = 'העירייה הודיעה על סגירת הכביש. "העבודות יסתיימו עד סוף החודש", אמר יוסי כהן, מהנדס העיר.';

const ROWS: KindCase[] = [
  ['yi: `„…“, זאָגט X Y, דער <role> …` is X Y, the role set off by the comma', LIBRARY, 'מיר דאַרפֿן', 'שמואל קאַץ', 'דירעקטאָר'],
  ['yi: `„…“, האָט X צוגעגעבן` (the perfect, the family name between auxiliary and participle) is the man named before', LIBRARY, 'די לייענער', 'שמואל קאַץ', ANY],
  ['yi: `X, 67, וואָס …, האָט געזאָגט: „…“` is X, past the age and the clause about her', LIBRARY, 'אָן דער ביבליאָטעק', 'ריווקע לעווין', ANY],
  ['yi: `„…“, זאָגט זי` (she says) is the woman just quoted', LIBRARY, 'איך וועל וואַרטן', 'ריווקע לעווין', ANY],
  ['yi: `אַ שכן …, וואָס …, האָט געזאָגט:` (a neighbour) is someone left unnamed', LIBRARY, 'דער בנין איז', UNNAMED, null],
  ['yi: `דער שטאָטראַט X Y האָט געפֿרעגט:` is X Y, the councillor', COUNCIL, 'פֿאַר וואָס', 'בערל גאָלדשטיין', 'שטאָטראַט'],
  ['yi: `די ספּאָקעסמענטשין …, X Y, האָט דערקלערט, … . „…“, האָט זי געזאָגט` is the spokeswoman named', COUNCIL, 'מיר האָבן געשיקט', 'חנה ראַבינאָוויטש', ANY],
  ['yi: `לויט ד״ר X Y, „…“` (according to Dr X Y) is X Y, the title no part of the name', COUNCIL, 'דער דאַך קען', 'יוסף בלום', ANY],
  ['yi: unpointed `„…“, זאגט X Y, דער מנהל …` is X Y', UNPOINTED, 'די שולע', 'משה פרידמאן', 'מנהל'],
  ['yi: unpointed `„…“, האט ער געזאגט` is the man just quoted', UNPOINTED, 'מיר האבן נישט', 'משה פרידמאן', ANY],
  ['yi: a paragraph `X זאָגט, אַז …` before a quote of its own introduces its speaker', BAKERY, 'די מענטשן', 'פּערל שוואַרץ', ANY],
  ['yi: `X גלייבט, אַז …` (believes that) then `„…“, זאָגט ער אין …` is X, the adjunct no part of the pronoun', COURT, 'איך האָב אַלע', 'נחום זעליגער', ANY],
  ['yi: counter-case: `לויט דער … פֿאַרוואַלטונג` (according to the administration) is a body, no person', STREET, 'די גאַס וועט', UNNAMED, null],
  ['yi: counter-case: `זאָגט אַ פֿרוי וואָס …` (says a woman who …) is someone described, no name', STREET, 'מע דאַרף עפּעס', DESCRIBED, null],
  ['yi: counter-case: `האָט דער פּאָליציאַנט געזאָגט` with no one named is no named person', STREET, 'קיינער איז ניט', UNNAMED, null],
  ['yi: counter-case: Hebrew `"…", אמר X Y, <role>` keeps the Hebrew reader', HEBREW, 'העבודות יסתיימו', 'יוסי כהן', ANY],
];

kindTable('Yiddish tags, the perfect, unpointed spelling, and unnamed speakers', ROWS);
