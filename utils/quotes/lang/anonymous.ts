/**
 * A source the text says has no name (the English words are ANONYMOUS_SOURCE below):
 * `Il loro portavoce, che preferisce non comparire con il nome`, `qui a requis l’anonymat`, `que pidió no ser
 * identificado`, `que pediu para não ser identificado`, `der seinen Namen nicht nennen möchte`, `die anoniem wil blijven`.
 * A description with such a clause is never the person named nearby.
 */
const ANONYMOUS_ELSEWHERE = new RegExp(
  [
    // Italian
    'non\\s+(?:comparire|essere\\s+(?:nominat|citat|identificat)\\p{L}*)|(?:restare|rimanere|mantenere)\\s+(?:nell[’\']|l[’\'])anonimato|(?:chied|richied|chiest|richiest)\\p{L}*\\s+(?:l[’\']anonimato|di\\s+(?:restare|rimanere)\\s+anonim\\p{L}*)|non\\s+(?:dire|rivelare|dare|fare)\\s+il\\s+(?:suo\\s+|proprio\\s+)?nome',
    // French
    '(?:requis|garder|conserver|couvert\\s+de)\\s+l[’\']anonymat|couvert\\s+d[’\']anonymat|pas\\s+(?:souhaité|voulu)\\s+(?:être\\s+(?:cité|nommé)|que\\s+son\\s+nom|(?:donner|dévoiler|révéler)\\s+son\\s+(?:nom|identité))',
    // Spanish and Portuguese
    'no\\s+ser\\s+identificad\\p{L}*|(?:mantener|preservar|manter|preservar)\\s+(?:el\\s+|o\\s+)?anonimato|(?:não|nao)\\s+(?:ser|se)\\s+identifica\\p{L}*|no\\s+(?:dar|revelar|decir|publicar)\\s+su\\s+nombre|(?:bajo|con|sob|com)\\s+(?:la\\s+|a\\s+)?condici[óo]n\\s+de\\s+anonimato|condição\\s+de\\s+anonimato|não\\s+quis\\s+(?:se\\s+)?identificar',
    // German
    'Namen\\s+nicht\\s+(?:nennen|in\\s+der\\s+Zeitung)|nicht\\s+namentlich\\s+genannt|anonym\\s+bleiben',
    // Arabic and Hebrew (`فضّل عدم ذكر اسمه`, `ورفضت ذكر اسمها`, `שביקש שלא להזדהות`)
    '(?:عدم|رفض(?:ت|وا)?)\\s+(?:ذكر|الكشف\\s+عن|نشر)\\s+(?:اسمه|اسمها|هويته|هويتها)|ביקש(?:ה)?\\s+(?:שלא|לא)\\s+(?:להזדהות|להיחשף|לפרסם\\s+את\\s+שמ[הו](?![\\p{L}]))',
    // Russian and Ukrainian (`не пожелавший называть своё имя`, `попросила не называть её имени`, `що попросив не називати його імені`)
    'не\\s+(?:пожелавш|пожелал|захотевш|захотел|побажавш|побажал|захотів|захотіла)\\p{L}*\\s+(?:называть|назвать|раскрывать|называться|представиться|представляться|назваться|називати|назвати|розкривати|представитися|представлятися)|(?:попросивш|попросил|просил|попросив|попросила|просив|просила)\\p{L}*\\s+не\\s+(?:называть|указывать|публиковать|раскрывать|називати|вказувати|публікувати|розкривати)|на\\s+условиях\\s+анонимности|на\\s+умовах\\s+анонімності',
    // Bulgarian and Macedonian (`която пожела да не бъде назовавана`, `който пожела анонимност`, `кој побара да не биде именуван`)
    '(?:пожела|пожелаха|помоли|поиска|побара)\\s+(?:да\\s+(?:не\\s+(?:бъде|бъдат|биде|бидат)\\s+(?:назован|назовава|именуван|цитиран|посочен)\\p{L}*|остане\\s+анонимн\\p{L}*)|анонимност)',
    // Korean, Chinese, Japanese (`익명을 요구한`, `要求匿名的`, `不愿透露姓名的`, `匿名を条件に`)
    '익명을\\s*(?:요구|요청|전제)|이름을\\s*밝히지\\s*않|要求匿名|不(?:愿|願)(?:意)?(?:透露|具名|公开|公開)|匿名を条件に|匿名希望|名前を明かさない',
    // Turkish and Indonesian (`isminin açıklanmasını istemeyen`, `yang enggan disebut namanya`)
    '(?:ismi|adı)(?:nın|nin)?\\s+(?:açıklanmasını|verilmesini|yazılmasını)\\s+istemeyen|enggan\\s+(?:disebut|menyebutkan|diungkap)\\s+(?:nama|identitas)|tidak\\s+(?:ingin|mau)\\s+(?:disebut|diungkap)\\s+namanya',
    // Croatian, Serbian, Slovenian, Czech, Slovak and Polish (`koji nije htio otkriti ime`, `který si nepřál zveřejnit jméno`)
    'nije\\s+(?:želio|željela|htio|htjela)\\s+(?:da\\s+(?:mu|joj)\\s+se\\s+(?:objavi|navede|spomene)\\s+ime|(?:otkriti|reći|navesti)\\s+(?:svoje\\s+)?ime)|(?:želi|želio|željela|želel|želela)\\s+ostati\\s+anonim\\p{L}*|ni\\s+(?:želel|želela|hotel|hotela)\\s+(?:razkriti|povedati)\\s+(?:svojega\\s+)?imena|(?:nechtěl|nechtěla|nechce|nepřál|nepřála|nechcel|nechcela|neželal|neželala)\\s+(?:si\\s+)?(?:být\\s+jmenován\\p{L}*|byť\\s+menovan\\p{L}*|zveřejnit\\s+(?:své\\s+)?jméno|uvést\\s+(?:své\\s+)?jméno|zverejniť\\s+(?:svoje\\s+)?meno)|(?:chce|chciał\\p{L}*|chcą)\\s+(?:pozostać|zachować)\\s+anonim\\p{L}*|prosi\\p{L}*\\s+o\\s+anonimowość|nie\\s+chciał\\p{L}*\\s+(?:podawać|ujawniać|ujawnić|podać)\\s+(?:swojego\\s+)?nazwiska',
    // Uzbek and Tagalog (`ismini oshkor qilmaslikni soʻragan`, `tumangging magpakilala`: asked not to be named)
    'ismini\\s+oshkor\\s+qilmaslikni\\s+so[ʻ‘\'’]ragan|tumangging\\s+magpakilala',
    // Odia (`ନାମ ପ୍ରକାଶ ନକରିବା ସର୍ତ୍ତରେ`, on condition the name is not published) and Bengali (`নাম প্রকাশ না করার শর্তে`, `নাম প্রকাশে অনিচ্ছুক`)
    'ନାମ\\s+ପ୍ରକାଶ\\s+ନ\\s*କରିବା|নাম\\s+প্রকাশ\\s+না\\s+কর(?:ার\\s+শর্তে|ে)|নাম\\s+প্রকাশে\\s+অনিচ্ছুক',
    // Malagasy and Kinyarwanda (`tsy nety nambara ny anarany`, `utashatse ko amazina ye atangazwa`)
    'tsy\\s+(?:nety|te)\\s+(?:nambara|nanome|nilaza|notononina|hotononina)\\s+(?:ny\\s+)?anarany|(?:utashatse|utarashatse|utifuje|utifuza|wanze|batashatse|batifuje|banze)\\s+ko\\s+(?:amazina|izina)',
    // Dutch and Scandinavian
    // (`die niet met naam genoemd wil worden`, `som inte vill framträda med namn`, `som ikke vil stå frem med navn`.)
    'niet\\s+met\\s+(?:(?:zijn|haar)\\s+)?naam|anoniem\\s+(?:wil\\s+)?blijven|vara\\s+anonym|være\\s+anonym|inte\\s+vill\\s+(?:synas|framträda|stå\\s+fram)\\s+med\\s+namn|ikke\\s+vil\\s+stå\\s+fr[ae]m\\s+med\\s+navn',
  ].join('|'),
  'iu',
);

export function isAnonymousElsewhere(sentence: string): boolean {
  return ANONYMOUS_ELSEWHERE.test(sentence);
}

/** Where the first such clause starts in `text` (it may start inside a word, as Hebrew `ש` glues to its verb), or -1. */
export function anonymousClauseAt(text: string): number {
  return ANONYMOUS_ELSEWHERE.exec(text)?.index ?? -1;
}

/** Words saying a source is left unnamed on purpose: "who asked not to be named", "on condition of anonymity". */
// (`who did not want his name published`, `who didn’t want to give her name`: the name kept out of the paper.)
export const ANONYMOUS_SOURCE = /\b(?:(?:asked|requested|wished|wanted|want|preferred|declined|refused)\s+(?:not\s+)?to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?name)|(?:did\s+not|didn[’']t)\s+want\s+(?:his|her|their)\s+(?:full\s+)?name\s+(?:to\s+be\s+)?(?:published|used|printed|given|revealed|disclosed)|(?:asked|requested)\s+that\s+(?:his|her|their)\s+(?:full\s+)?name\s+not\s+be\s+(?:published|used|printed|given|revealed|disclosed)|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|requested|granted)\s+anonymity)/i;

/** A source left unnamed on purpose, in any language the readers know. */
export function isUnnamedOnPurpose(sentence: string): boolean {
  return ANONYMOUS_SOURCE.test(sentence) || ANONYMOUS_ELSEWHERE.test(sentence);
}
