/**
 * Marks right after a noun for a work name that work, not anyone's words: `ha presentato il dossier «Una città in
 * vendita?»`, `la campagne « Rester ici »`, `die Studie „Wohnen ohne Auto“`, `the report “Where the Water Goes”`.
 * Titles in sentence case (most languages but English) escape the title-case test in filter.ts, and one that is a
 * question or a sentence reads like speech; the noun just before the opening mark is what tells them apart.
 */

/** Nouns for documents, shows, campaigns and slogans, and the "titled" participles, in the languages read here. */
const WORK_NOUNS = [
  // English, French, Italian, Spanish, Portuguese, Catalan
  'report titled entitled dossier documentary campaign slogan motto hashtag exhibition petition manifesto podcast banner',
  'rapport livre étude documentaire campagne devise exposition pétition manifeste banderole pancarte intitulé intitulée',
  'rapporto libro documentario campagna mostra petizione striscione cartello intitolato intitolata',
  'informe libro documental campaña lema exposición petición pancarta titulado titulada',
  'relatório livro documentário campanha exposição petição faixa cartaz intitulado intitulada',
  'llibre documental campanya exposició petició pancarta titulat titulada',
  // German, Dutch, Scandinavian
  'bericht studie dokumentarfilm kampagne ausstellung petition transparent plakat betitelt titel',
  'boek documentaire tentoonstelling petitie spandoek getiteld',
  'rapporten bok boken bog bogen kampanj kampanjen kampagne kampagnen kampanje kampanjen utställning udstilling utstilling',
  // Slavic, Greek
  'доклад доклада отчёт отчет книга книгу кампания кампании лозунг лозунгом девиз выставка выставку петиция петицию',
  'доповідь звіт кампанія гасло виставка петиція изложба петиция',
  'raport książka książkę kampania kampanię hasło hasłem wystawa wystawę petycja petycję',
  // (Polish programmes and projects, `z programu „…”`, named in marks as works are.)
  'program programu programie programem projekt projektu projektem',
  'kniha knihu kampaň heslo heslem výstava výstavu petice petici knjiga knjigu kampanja kampanju izložba izložbu peticija',
  'έκθεση βιβλίο ντοκιμαντέρ καμπάνια σύνθημα',
  // Arabic, Hebrew
  'تقرير كتاب حملة شعار معرض عريضة بعنوان ספר קמפיין סיסמה תערוכה עצומה בשם',
].join(' ').split(' ');

const WORK_NOUN_BEFORE_MARK = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:ה)?(?:${WORK_NOUNS.join('|')})\\s*$`, 'iu');

/**
 * Arabic and Hebrew write the noun with its owner's ending and its adjectives after it, the title right after those:
 * `في تقريرها السنوي «…»`, `בדוח השנתי "…"`, `קבוצת הפייסבוק "…"` (a group's name), an outlet's (`مع صحيفة «…»`,
 * `لإذاعة «…»`), a body's (`مدير شركة «…»`). Not after a colon: `قال في تقريره: «…»`.
 */
const SEMITIC_WORK_BEFORE_MARK =
  /(?:^|[^\p{L}\p{M}])(?:[وفبل]?(?:ال)?(?:تقرير|دراسة|كتاب|حملة|مبادرة|وثيقة|عريضة|مجموعة|جمعية|إذاعة|اذاعة|قناة|صحيفة|جريدة|مجلة|وكالة|شركة|شركات|مؤسسة|منظمة|مصنع|نادي|حزب|هيئة|رابطة|نقابة|مصرف|بنك|مشروع|برنامج)(?:ه|ها|هم|هما)?(?:\s+[وب]?ال\p{Script=Arabic}+){0,2}|[ובלמ]?ה?(?:דוח|דו["״]ח|מחקר|ספר|קמפיין|קבוצת|עמותת|תנועת|מטה|עצומה|תערוכה)(?:\s+ה\p{Script=Hebrew}+){0,2})\s*$/u;

/** The quoted words open like a name or a sentence: capital, digit or a script without capitals. */
const OPENS_LIKE_TITLE = /^[\s¿¡]*(?:\p{Lu}|\p{N}|(?!\p{Ll})\p{L})/u;

/**
 * Thai writes no space between a kind of work and the word "titled" (เรื่อง, ชื่อ) before its title: `ภาพยนตร์เรื่อง “…”`
 * (the film titled …), `หนังสือชื่อ “…”`; so does a verb of staging or screening glued to เรื่อง, the play or film it puts on
 * (`คณะเลือกเล่นเรื่อง “…”`, the troupe chose to play the story …; `ฉายเรื่อง “…”`). A plain `เรื่อง “…”` (about …) after a verb
 * of saying is left to the readers.
 */
const THAI_WORK_BEFORE_MARK = /(?:(?:ละคร|ภาพยนตร์|หนังสือ|นวนิยาย|นิยาย|เพลง|สารคดี|รายการ|นิทรรศการ|บทกวี|ซีรีส์)[\u0e01-\u0e4e]{0,12}?(?:เรื่อง|ชื่อ)|(?:เล่น|แสดง|ฉาย)เรื่อง)\s*$/u;

/**
 * A programme or campaign named in marks right after its noun: Thai `เปิดตัวโครงการ “…”` (project), `แคมเปญ “…”`; Chinese
 * `列入“…”`, `纳入“…”` (listed among, a plan's name).
 */
const PROGRAMME_BEFORE_MARK = /(?:โครงการ|แคมเปญ|มาตรการ|นโยบาย|列入|纳入|納入|列为|列為)\s*$/u;
/** Thai `เปิดเผยกับ “…” ว่า “…”`: a paper or person told, in marks after กับ/แก่ ("to") and before ว่า ("that") and the real words. */
const THAI_LISTENER_BEFORE_MARK = /(?:กับ|แก่)\s*$/u;
const THAI_THAT_THEN_WORDS = /^\s*ว่า\s*[“"«]/u;

export function namedProgrammeOrListener(text: string, outerStart: number, words: string, before = text.slice(Math.max(0, outerStart - 40), outerStart)): boolean {
  if (words.length > 30 || /\s/u.test(words.trim())) return false;
  if (PROGRAMME_BEFORE_MARK.test(before)) return true;
  const close = text.indexOf(words, outerStart) + words.length;
  return THAI_LISTENER_BEFORE_MARK.test(before) && THAI_THAT_THEN_WORDS.test(text.slice(close + 1, close + 12));
}

/**
 * `директор «Приморской сетевой компании»`: a few words in marks closing on a company's, plant's or fund's noun, right after a
 * lower-case word (no colon or dash: no one's words), name that body.
 */
const CYRILLIC_BODY_NAME = /^(?:[\p{Script=Cyrillic}-]+\s+){0,4}(?:компани[яиюей]|корпораци[яиюей]|ассоциаци[яиюей]|организаци[яиюей]|(?:завод|фонд|банк|холдинг|концерн|комбинат)(?:а|у|ом|е)?)$/iu;

/**
 * `في تصريح خاص لـ"صوت المدينة": "…"`, `אמר ל"קול העמק": "…"`: a few words in marks right after the preposition "to" standing
 * alone (لـ, ל) are the outlet or person the words were told to; no one says words "to" a quotation.
 */
const TOLD_TO_BEFORE_MARK = /(?:^|[^\p{L}\p{M}])(?:لـ|ل|ל[-־]?)\s?$/u;
const MAX_LISTENER_WORDS = 5;

/**
 * `地元テレビ「みなと放送」の取材に、「…」と語った`: a few words in corner brackets after a kind of outlet or programme, or
 * followed by `の取材`, `のインタビュー` (the outlet's interview), name the outlet or the show, not anyone's words.
 */
const JAPANESE_OUTLET_BEFORE_MARK = /(?:テレビ|ラジオ|放送局|局|新聞|紙|誌|番組|チャンネル|サイト)\s*$/u;
const JAPANESE_OUTLET_AFTER_MARK = /^の(?:取材|インタビュー|番組|放送|記事|報道|電話取材|取材班)/u;
/**
 * `写真展「港町の百年」を開く`, `映画「…」が公開`: corner brackets right after a noun for an exhibition, event, film, book or
 * campaign, no particle between, hold its title (`展` closes 写真展, 企画展, 個展); words said follow `は`, `、` or a verb.
 */
const JAPANESE_WORK_BEFORE_MARK = /(?:展|展覧会|展示会|イベント|キャンペーン|シンポジウム|講演会|フォーラム|映画|ドラマ|小説|著書|書籍|アルバム|報告書|冊子|スローガン|標語|プロジェクト|公演|舞台|フェスティバル)\s*$/u;

/**
 * Whether the marked words at `outerStart` name a work: here by the noun before them, or at an earlier writing of the same
 * words in marks (`l'estrena de «La casa buida»` … `«La casa buida» es podrà veure fins al juny`: the title again).
 */
export function namesAWork(text: string, outerStart: number, words: string): boolean {
  if (namesAWorkHere(text, outerStart, words)) return true;
  const title = words.trim();
  if (title.length < 3 || /[.!?]$/u.test(title)) return false;
  for (let at = text.lastIndexOf(title, outerStart - 1); at > 0; at = text.lastIndexOf(title, at - 1)) {
    const open = /[«“„"‘'『「]\s?$/u.exec(text.slice(Math.max(0, at - 2), at));
    if (open && namesAWorkHere(text, at - open[0].length, title)) return true;
  }
  return false;
}

function namesAWorkHere(text: string, outerStart: number, words: string): boolean {
  // `그는 『…』의 저자다`: Korean sets a book's title in double corner brackets, never anyone's words (Japanese quotes in them).
  if (text[outerStart] === '『' && /\p{Script=Hangul}/u.test(words) && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(words)) return true;
  if (!OPENS_LIKE_TITLE.test(words)) return false;
  const before = text.slice(Math.max(0, outerStart - 40), outerStart);
  if (THAI_WORK_BEFORE_MARK.test(before)) return true;
  if (namedProgrammeOrListener(text, outerStart, words, before)) return true;
  if (text[outerStart] === '「' && words.length <= 16 && !/[。！？]/u.test(words) && (JAPANESE_OUTLET_BEFORE_MARK.test(before) || JAPANESE_WORK_BEFORE_MARK.test(before) || JAPANESE_OUTLET_AFTER_MARK.test(text.slice(text.indexOf('」', outerStart) + 1, text.indexOf('」', outerStart) + 12)))) return true;
  if (TOLD_TO_BEFORE_MARK.test(before) && words.trim().split(/\s+/u).length <= MAX_LISTENER_WORDS) return true;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (CYRILLIC_BODY_NAME.test(words.trim()) && /\p{Ll}\s*$/u.test(line)) return true;
  return WORK_NOUN_BEFORE_MARK.test(line) || SEMITIC_WORK_BEFORE_MARK.test(line) || PREMIERE_OF_BEFORE_MARK.test(line) || workApposedAfter(text, outerStart, words);
}

/** A show's opening night or first screening, then "of", before the marks: `l'estrena de «…»`, `la première de « … »`, `the premiere of "…"`. */
const PREMIERE_OF_BEFORE_MARK = /(?:^|[^\p{L}])(?:estrena|estreno|estreia|première|premiere)\s+(?:de|del|do|da|du|of)\s*$/iu;

/** Kinds of work an apposition after a title names (`«…», una obra de …`, `"…", a play by …`, `« … », un film de …`). */
const WORK_KIND =
  'obra|pieza|peça|pièce|play|film|movie|película|pel·lícula|filme|novel·la|novela|novel|roman|romanzo|romance|llibre|libro|livre|livro|book|' +
  'cançó|canción|canção|chanson|canzone|song|disc|disco|album|àlbum|álbum|documental|documentary|documentaire|documentario|documentário|' +
  'espectacle|espectáculo|espetáculo|spettacolo|spectacle|show|sèrie|serie|series|série|poema|poem|poème|musical|comèdia|comedia|comédie|commedia|òpera|ópera|opera|opéra';
const WORK_APPOSED = new RegExp(`^\\s*[»”"“]?\\s*,\\s*(?:una?|une|uno|um|uma|an?|el|la|il|le|o|l['’])\\s*(?:\\p{L}+\\s+)?(?:${WORK_KIND})(?![\\p{L}])`, 'iu');

/** `«La casa buida», una obra de la companyia …`: the marked words are set beside a noun for a kind of work, so they are its title. */
function workApposedAfter(text: string, outerStart: number, words: string): boolean {
  const at = text.indexOf(words, outerStart);
  return at >= 0 && WORK_APPOSED.test(text.slice(at + words.length, at + words.length + 60));
}
