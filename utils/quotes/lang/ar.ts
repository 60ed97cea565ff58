/**
 * Arabic: `«…»، قال X`, `وقال وزير الخارجية X لوكالة …: «…»`, `وأضاف أن …`, `قالت` (she), `بحسب X`; forms of
 * address (`سعادة`) dropped, an office in apposition (`X، الرئيس التنفيذي للشركة،`), a definite office taking only
 * adjectives (`المدرب الحسين X`), participles (`معتبرا أن`), `واختتم X … بالقول:`.
 */

import type { SpeakerPhrase } from '../cues';
import { semiticCues } from './semitic';
import { lazy, pronoun } from './shared';
import { arabicDecadeTag } from './arabic-age-decade';

export const VERB_STEMS = 'أفاد أفادت حذر حذرت قال قالها قالتها يرى ترى قائلاً قائلا قائلة أضاف روى روت مضيفاً معتبراً مؤكداً مشدداً موضحاً مشيراً مضيفا مضيفة معتبرا معتبرة مؤكدا مؤكدة مشددا مشددة موضحا موضحة مشيرا مشيرة أكد صرح أوضح تابع ذكر وكتب اعتبر أشار أعلن شدد لفت رأى قالت أضافت أكدت صرحت أوضحت تابعت ذكرت كتبت اعتبرت أشارت أعلنت شددت لفتت رأت يقول تقول يضيف تضيف لخص لخصت علق علقت ختم ختمت يختم تختم اختتم اختتمت ' +
  // (The Maghreb papers' own: `وأردف`, `نبه`, `استدرك`, and their participles, `مستدركا` "qualifying", `مبرزا`, `مردفا`.)
  'أردف أردفت يردف تردف نبه نبهت استدرك استدركت مستدركا مستدركة مبرزا مبرزة مردفا مردفة منبها منبهة ' +
  // (The present of reportage, Levantine and Egyptian papers' habit: `ويشرح X أن`, `يلفت الصيدلي إلى`, `توضح`; not `يشير`, also "pointing at".)
  'شرح شرحت يشرح تشرح يلفت تلفت يؤكد تؤكد يوضح توضح يعتبر تعتبر يروي تروي';

/** Given names written with the article, common in the Maghreb (`الحسين بوعزة`, `المهدي بنسعيد`): a closed list. */
export const ARTICLE_GIVEN = /^(?:الحسين|الحسن|المهدي|العربي|الطيب|الصادق|الهادي|المختار|البشير|المصطفى|الحبيب|العياشي|الصديق|الطاهر|المعطي|الغالي|الناجي)$/u;

const words = (list: string) => new Set(list.split(' '));
/** Nouns of organisations (`وزارة`, `هيئة`): with the article (`الهيئة`) a body, never a family name. */
export const BODY_NOUNS = 'وزارة هيئة مجلس حركة حزب منظمة شركة جامعة لجنة مكتب دائرة مديرية جمعية مؤسسة بنك إدارة قسم مركز مستشفى اتحاد نقابة معهد كلية';

/** A verb of hers: the perfect's ت ending, the imperfect's ت opening. */
const isFeminineVerb = (verb: string) => /ت$|^[وف]?ت(?:قول|ضيف|ختم|ردف|شرح|لفت|ؤكد|وضح|عتبر|روي)$/u.test(verb);

/** The verbs of saying, short vowels and shadda read through between their letters. */
const VERB_FORMS = `[وف]?(?:${VERB_STEMS.split(' ').map((stem) => [...stem].join('[\\u064B-\\u0652]*')).join('|')})`;

/** Offices and occupations written before a name (`وزير`, `المدرب`): the role, never part of the name. */
const ROLE_HEADS = words(
  'وزير وزيرة الوزير الوزيرة رئيس رئيسة الرئيس الرئيسة المتحدث المتحدثة متحدث الناطق الناطقة مدير مديرة المدير المديرة ' +
    'الأمين الأمينة السفير السفيرة سفير النائب النائبة نائب نائبة المستشار المستشارة مستشار قائد القائد زعيم الزعيم ' +
    'الملك الأمير الشيخ الدكتور الدكتورة د. م. أ. أ.د. العميد اللواء العقيد محافظ المحافظ عمدة سكرتير المندوب مندوب ممثل الممثل ممثلة الممثلة ' +
    'عضو رئيس_الوزراء المفوض الأستاذ الأستاذة أستاذ أستاذة البروفيسور المدعي ' +
    // Occupations written before a name like offices: `الطالب الجامعي عمر الخطيب`, `الناشرة سلمى عبد الكريم`.
    'الطالب الطالبة الباحث الباحثة الكاتب الكاتبة الناقد الناقدة الناشر الناشرة المهندس المهندسة الطبيب الطبيبة ' +
    'بائع بائعة البائع البائعة المحامي المحامية محامي المعلم المعلمة المزارع الصياد الخبير الخبيرة الفلاح الفلاحة ' +
    // `قال العامل رام بهادور`, `استشارية طب الطوارئ X`, `X، صاحب بازار للتحف`.
    'المقيم المقيمة الزائر الزائرة السائح السائحة المستأجر المستأجرة ' +
    // Travellers, patients and fans as a story introduces them: `المسافرة ليلى منصور`.
    'المسافر المسافرة الراكب الراكبة المريض المريضة المتقاعد المتقاعدة المشجع المشجعة ' +
    // A relative or friend of someone named before: `نجله المهندس X`, `صديقه الشاعر X`.
    'نجله نجلها ابنه ابنها ابنته ابنتها صديقه صديقها زميله زميلها شقيقه شقيقها شقيقته شقيقتها زوجته زوجها أرملته ' +
    'المخرج المخرجة الفنان الفنانة الروائي الروائية الشاعر الشاعرة الصحفي الصحفية الناشط الناشطة المواطن المواطنة ' +
    'الضابط النقيب الرائد المقدم الرقيب عميد عميدة العميدة منسق منسقة المنسق المنسقة الممرض الممرضة المسعف المتطوع المتطوعة ' +
    'المترشح المترشحة المرشح المرشحة التلميذ التلميذة العامل العاملة السائق الموظف الموظفة التاجر الممرض الممرضة صاحب صاحبة استشاري استشارية أخصائي أخصائية ' +
    // Courts: `القاضي X`, `المتهم X`, `وكيلة النيابة X`.
    'القاضي القاضية قاضي المتهم المتهمة وكيل وكيلة الصيدلي الصيدلانية ' +
    // Sport: `المدرب X`, `مدرب الفريق X`, `المهاجم الشاب X`.
    'المدرب المدربة مدرب مدربة اللاعب اللاعبة المهاجم الحارس المدافع الناخب ' +
    // In construct with the team after them: `حارس مرمى المولودية، X،`, `لاعب وسط الفريق X`.
    // (`ولي الأمر X`: a parent or guardian, in construct with الأمر.)
    // (`كاتبها العام X`: the body's general secretary, its pronoun on the noun.)
    'حارس لاعب ولي كاتب كاتبه كاتبها ' +
    // Occupations in apposition after a name, indefinite: `X، فلاح من الدلتا،`, `X، طالبة جامعية،`.
    'فلاح فلاحة طالب طالبة طبيب طبيبة صياد تاجر تاجرة سائق محام محامية',
);
// (`وقالت زائرة قدمت من مسقط`: a visitor, a tourist, a traveller, described by what they are, never a name.)
const DESCRIPTION_HEADS = words('مسؤول مسؤولة مصدر مصادر شاهد شاهدة سكان أحد إحدى مواطن مواطنة خبير خبيرة محلل محللة زائر زائرة سائح سائحة مسافر مسافرة');

const arabicCues = semiticCues({
  // (Short vowels and shadda written on a verb, `صرّح`, `أكّد`, are read through between its letters; tanween is not: `مؤكدًا أن` after a far subject stays unread, as before.)
  // (Tanween and short vowels may stand between the letters: `قائلًا` writes the tanween on the lam.)
  verbs: VERB_FORMS,
  isFeminine: isFeminineVerb,
  pronouns: { هو: 'male', هي: 'female' },
  according: '[وف]?(?:بحسب|حسب|وفقا\\s+لـ?|وفقاً\\s+لـ?|وفقًا\\s+لـ?)|على\\s+لسان',
  roleHeads: ROLE_HEADS,
  descriptionHeads: DESCRIPTION_HEADS,
  definite: /^(?:[وفبكل]?ال|لل)\p{Script=Arabic}/u,
  givenWithArticle: ARTICLE_GIVEN,
  // Documents are no speakers either: `وحسب التقرير، فإن`.
  outletHeads: words('صحيفة جريدة يومية بوابة منصة وكالة قناة موقع تلفزيون إذاعة مجلة شبكة رويترز تقرير بيان دراسة استطلاع'),
  constructNouns: words(BODY_NOUNS),
  // (`فقالت وهي تنتظر`: a circumstantial clause, "while she waited", is no speaker.)
  // (`هكذا يلخص الطبيب X Y الوضع`: the situation summed up, the verb's object after its subject, is no name.)
  stop: /^(?:الوضع|الأمر|المشهد|الموقف|وهو|وهي|وهم|وهن|الذي|التي|الذين|اللذان|اللتان|اللواتي|اللاتي|قد|إن|أن|بأن|بأنه|بأنها|إنه|إنها|أنه|أنها|في|خلال|عن|على|إلى|من|(?:علي|إلي|لدي|في|من|عن|من)(?:ه|ها|هم|هما|هن)|له|لها|لهم|أمس|اليوم|مساء|صباح|يوم|أمام|عبر|بعد|قبل|منذ|حيث|لـ|لـ?["«“]\S*|ل(?:ل|وكالة|صحيفة|جريدة|يومية|أسبوعية|بوابة|منصة|قناة|موقع|تلفزيون|إذاعة|مجلة|شبكة|رويترز|فرانس|بي|وسائل|ـ)\p{L}*|ب[\u0621-\u064a]{2,}(?:ته|تها|ه|ها|هم))$/u,
  script: /\p{Script=Arabic}/u,
  // Forms of address, no role: `سعادة X`, `معالي الوزير`.
  // (`الكابتن X`: how the sports pages address a coach or a former player.)
  // (`عم حسن`: Egypt's "uncle" before a given name, a form of respect.)
  // (`الريس X`: how a boatman, a fisherman or a foreman is addressed in Egypt and the Gulf, no office.)
  title: /^(?:سعادة|معالي|فضيلة|سمو|السيد|السيدة|الحاج|الحاجة|الكابتن|عم|عمّ|الريس|الريّس)$/u,
  // Titles an office in apposition says more than: `المهندسة X، مديرة المشروع،`.
  // (`الشيخ X، رئيس الجمعية،`: a sheikh's title yields to the office after the name, as a doctor's does.)
  weakRole: /^(?:الدكتور|الدكتورة|د\.|م\.|أ\.|أ\.د\.|المهندس|المهندسة|الأستاذ|الأستاذة|اللواء|العميد|العقيد|المستشار|الشيخ|الشيخة)$/u,
  definiteHeadTakes: /^(?:[وف]?ال\p{Script=Arabic}+(?:ي|ية)|ال(?:عام|عامة|سابق|سابقة|جديد|جديدة|مؤقت|مؤقتة|مساعد|مساعدة|أعلى|أول|أولى|شاب|شابة|مخضرم|منتخب|مكلف|مكلفة|حالي|حالية|مناوب|مناوبة|مختص|مختصة|معالج|معالجة|مقيم|مقيمة|ميداني|ميدانية))$/u,
  participle: /^[وف]?(?:قائلا|قائلة|مضيفا|مضيفة|معتبرا|معتبرة|مؤكدا|مؤكدة|مشددا|مشددة|موضحا|موضحة|مشيرا|مشيرة|مستدركا|مستدركة|مبرزا|مبرزة|مردفا|مردفة|منبها|منبهة)ً?$/u,
  bySaying: /(?:^|\s)[وف]?(?:اختتم|ختم|علق|عقب|رد|استهل|افتتح)\u0651?(?:ت)?\s+(.+?)\s+ب(?:ال)?قول(?:ه|ها)?\s*[:،]?\s*$/u,
  // (`أما المسافرة X، التي كانت في طريقها…، فقالت`: a relative clause may follow the topic.)
  // (`أما الناقدة X، أستاذة الأدب بجامعة…، فترى`: or an office in apposition.)
  topic: /(?:^|\s)أما\s+([^،,.]+?)\s*[،,](?:\s*(?:الذي|التي|الذين|اللواتي|اللاتي)\s[^.؟!]*?[،,]|\s*[^،,.؟!]{2,60}?[،,])?\s*$/u,
  // `وقالت بصوت خافت:`, `قال بحسرة`: how the words were said, right after the verb, is no speaker (a name like بسام is no manner word).
  adjunct: /^ب(?:صوت|نبرة|ابتسامة|حزن|حذر|غضب|مرارة|حسرة|فخر|حماس|ثقة|أسى|لهجة|هدوء|انفعال|تأثر|ألم|أسف|ضحكة)\s/u,
  // `وأصدرت الهيئة بيانا جاء فيه أن`, `في بيان، جاء فيه أن`, `بيانا قالت فيه إن`: the words of a statement.
  statement: /(?:^|\s)(?:(?:في|ب)\s+)?(?:بيان|بيانا|بياناً|رسالة|منشور|تدوينة|كلمة)(?:\s+\p{Script=Arabic}+){0,2}?\s*[،,]?\s+(?:جاء|ورد|قال|قالت)\s+(?:فيه|فيها)\s*(?:أن|أنه|إن|:)?\s*$/u,
  // `وكان قد قال`, `وكانت قد أكدت`: "had", the subject left out.
  auxiliary: /(?:^|[\s،,])[وف]?(?:كان|كانت)\s+قد\s*$/u,
  // `سارة العتيبي، مؤسسة شركة ناشئة،`: a noun of the agent's shape (م…) after a name is an office (not a time: مساء, مطلع).
  agentNoun: /^م(?!ساء|نتصف|طلع|نذ)\p{Script=Arabic}{3,5}$/u,
  backReference: /^[وف]?(?:بحسبه|بحسبها|حسبه|حسبها|وفقاً له|وفقا له|وفقاً لها|وفقا لها)$/u,
  // (`سمير الفاسي يملك مطحنة …`: the imperfect, "owns", "works", after a name opening the sentence, semitic-opening.ts doerOpening;
  // Arabic letters only: Persian `یک راننده تاکسی` is "a taxi driver".)
  presentVerb: /^[يت][\u0621-\u064A]{2,4}$/u,
  // `قال الوزير`, `قالت المتقاعدة`, `قال الشاب`: one definite noun (and its adjective) is the person just named;
  // a word ending in ي is a family name (`قال المصري`), not a descriptor, unless a nationality follows (`التقني الجزائري`);
  // `تقول الأم لثلاثة أطفال`: a parent "of three children" is still the person just named.
  // `وأضاف المتحدث ذاته`, `أوضحت المتحدثة نفسها` ("the same speaker", the Maghreb papers' second mention): whoever was just
  // quoted; `المصدر ذاته` (the same source) stays the unnamed source it was.
  // `وقال مدير المدرسة الموقوف عن العمل`, `رئيس النادي المستقيل`: an office in construct with its body and a participle of what
  // befell its holder (suspended, dismissed, convicted) is the person the story is about; `وزير النقل السابق` may be someone new.
  anaphor: /^(?:[وف]?المتحدثة?$|[وف]?ال(?!(?:مصدر|مصادر|شاهد|شاهدة)\s)\p{Script=Arabic}+\s+(?:ذات|نفس)(?:ه|ها)$|(?!(?:ال)?(?:مصدر|متحدث|متحدثة|ناطق|بيان|وزارة|حكومة|شركة|شرطة|جيش|مكتب|لجنة|مجلس|رئاسة|تقرير|مصادر|سلطات|بلدية)(?:\s|$))(?:[وف]?ال\p{Script=Arabic}+(?<!ي)(?:\s+ال\p{Script=Arabic}+)?|[وف]?ال\p{Script=Arabic}{3,}ي\s+ال\p{Script=Arabic}{3,}ي|(?:رجل|سيدة)\s+الأعمال)(?:\s+البالغة?\s+من\s+العمر\s+\d+\s+عام(?:اً|ا))?(?:\s+ل(?:(?:ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر)ة?\s+(?:أطفال|أبناء|بنات|أولاد)|طفلين|ولدين|ابنين|بنتين|طفل|طفلة))?(?:\s+(?:قبل|بعد|وهو|وهي)\s.*)?|(?:رئيس|رئيسة|مدير|مديرة|محافظ|وزير|وزيرة|قائد|أمين|أمينة|عميد|عميدة|محامي|محامية|مدرب|مدربة)\s+ال\p{Script=Arabic}+\s+ال(?:موقوف|مقال|مستقيل|معزول|مدان|متهم|محتجز|مفصول)ة?(?:\s+(?:عن|من)\s+ال\p{Script=Arabic}+)?)$/u,
});

/**
 * `ولي الأمر X، الذي جاء لمساندة ابنته، قال: «…»`: a relative clause between the subject and its verb says more about
 * the person, no part of the tag; read as `ولي الأمر X قال:`.
 */
const RELATIVE_BEFORE_VERB = /\s*[،,]\s*(?:الذي|التي|الذين)\s[^،,.؟!:«»"“”]{1,100}[،,]\s*(?=[وف]?\p{Script=Arabic}{2,8}\s*:?\s*$)/u;

/**
 * `رئيس البلدية الموقوف عن العمل` read as the person named before: the office in construct (`رئيس البلدية`) is what the text
 * introduced them with (lang/definite-role.ts), the adjective and its complement after it say no more of who.
 */
function officeOfDescriptor(found: SpeakerPhrase | null): SpeakerPhrase | null {
  const office = found?.descriptor && found.definite ? /^(\p{Script=Arabic}+\s+ال\p{Script=Arabic}+)\s+ال/u.exec(found.definite) : null;
  return office && !/^ال/u.test(office[1]!) ? { ...found!, definite: office[1]! } : found;
}

/**
 * `«…»، تقول البقالي، قبل أن تضيف: «…»`: "before adding" (or "after", `بعد أن`) and a verb closing the frame goes on the
 * tag before it; the subject of that tag's verb is the speaker, else the verb's own person.
 */
const BEFORE_ADDING = lazy(() => new RegExp(`[،,]?\\s*(?:قبل|بعد)\\s+(?:أن|ما)\\s+(${VERB_FORMS})\\s*:?\\s*$`, 'u'));

function continuedTag(frame: string): SpeakerPhrase | null {
  const clause = BEFORE_ADDING().exec(frame);
  if (!clause) return null;
  const tag = frame.slice(0, clause.index).split(/[.!؟]\s/u).at(-1)!.replace(/^[\s،,]+/u, '');
  const earlier = arabicCues.after(tag);
  return earlier && !earlier.pronoun ? earlier : pronoun(isFeminineVerb(clause[1]!) ? 'she' : 'he');
}

/** `وختم أوحمو تصريحه قائلا:`: what the speaker ended or began (his statement, her talk) before a participle of saying is no part of the name. */
const OWN_WORDS_BEFORE_PARTICIPLE = /\s+(?:تصريح|حديث|كلام|كلمت|مداخلت|رد|جواب|تدخل|مداخلات|تصريحات)(?:ه|ها)(?=\s+[وف]?(?:قائل|مضيف|مؤكد|مشدد|موضح|مشير|مستدرك|مبرز|مردف)\p{Script=Arabic}*\s*[:،]?\s*$)/u;

/** `«…»، ختم الوزير حديثه.`: after "ended"/"began", his talk or statement closing the tag is what was ended, no part of the name. */
const OWN_WORDS_CLOSING_TAG = /^([\s،,]*[وف]?(?:اختتم|ختم|استهل|افتتح)\u0651?ت?\s+[^.!؟]+?)\s+(?:تصريح|حديث|كلام|كلمت|مداخلت|رد|جواب|تدخل|مداخلات|تصريحات)(?:ه|ها)(?=\s*[.!؟]?\s*$)/u;

/** `مدير شركة «الأفق» سليم النجار`: a body named in marks between an office and the name reads as the body (`مدير الشركة X`). */
const BODY_NAMED_IN_MARKS = /\s(شركة|مؤسسة|منظمة|مصنع|جمعية|هيئة|رابطة|نقابة|مصرف|بنك)\s*«[^«»]{1,40}»\s/gu;

/** A word that may be part of a name: Arabic letters, no article first, no office, description, particle or verb of saying. */
const NAME_WORD = lazy(() => ({
  test: (word: string) => /^[\u0621-\u064a]{2,}$/u.test(word) && !ROLE_HEADS.has(word) && !DESCRIPTION_HEADS.has(word) && !/^(?:[وف]?(?:كان|كانت|قال|قالت|هو|هي|هذا|هذه|ذلك|تلك|لكن|غير|بعد|قبل|منذ|حين|عند|بين|مع|أحد|إحدى|كل|بعض|أكثر|أصحاب|الذي|التي)|أبو|أم|عبد|بن)$/u.test(word) && !new RegExp(`^${VERB_FORMS}$`, 'u').test(word),
}));

/**
 * `بين الواقفين كانت X Y Z، ربة منزل…، تمسك…` ("among them was"), `X Y Z يملك مولّدين…` (three name words and a verb in the
 * present): the person a sentence brings in, for the quote standing alone after it. The family name may carry the article
 * (`نادين فؤاد الحداد`), the first word never.
 */
function introducedInSentence(sentence: string): SpeakerPhrase | null {
  const among = /(?:^|\s)[وف]?(?:من\s+)?بين\s[^،.]{2,60}?\s[وف]?(?:كان|كانت)\s+([\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,}){1,2})\s*[،,]/u.exec(sentence);
  const doer = /^\s*([\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,}){2})\s+[يت][\u0621-\u064a]{2,4}(?=\s)/u.exec(sentence);
  for (const found of [among, doer]) {
    const names = found?.[1]!.split(/\s+/u) ?? [];
    if (names.length >= 2 && names.slice(0, -1).every((word) => NAME_WORD().test(word)) && (NAME_WORD().test(names.at(-1)!) || /^ال[\u0621-\u064a]{3,}$/u.test(names.at(-1)!))) return { phrase: names.join(' '), kind: 'name', pronoun: false };
  }
  return null;
}

export const arabic: typeof arabicCues = {
  ...arabicCues,
  subject: (sentence) => arabicCues.subject(sentence) ?? introducedInSentence(sentence),
  before: (written) => {
    const frame = written.replace(OWN_WORDS_BEFORE_PARTICIPLE, '').replace(BODY_NAMED_IN_MARKS, ' ال$1 ');
    return continuedTag(frame) ?? officeOfDescriptor(arabicCues.before(frame.replace(RELATIVE_BEFORE_VERB, ' ')));
  },
  // (`«…»، يقول الرجل الخمسيني،`: a decade of life for someone named before, lang/arabic-age-decade.ts.)
  after: (frame) => arabicDecadeTag(frame) ?? officeOfDescriptor(arabicCues.after(frame.replace(OWN_WORDS_CLOSING_TAG, '$1'))),
};
