/**
 * A source the text says has no name, in the languages other than English (unnamed-speaker.ts holds the English ones):
 * `Il loro portavoce, che preferisce non comparire con il nome`, `qui a requis l’anonymat`, `que pidió no ser
 * identificado`, `que pediu para não ser identificado`, `der seinen Namen nicht nennen möchte`, `die anoniem wil blijven`.
 * A description with such a clause is never the person named nearby.
 */
const ANONYMOUS_ELSEWHERE = new RegExp(
  [
    // Italian
    'non\\s+(?:comparire|essere\\s+(?:nominat|citat|identificat)\\p{L}*)|(?:restare|rimanere|mantenere)\\s+(?:nell[’\']|l[’\'])anonimato',
    // French
    '(?:requis|garder|conserver|couvert\\s+de)\\s+l[’\']anonymat|pas\\s+souhaité\\s+(?:être\\s+(?:cité|nommé)|que\\s+son\\s+nom)',
    // Spanish and Portuguese
    'no\\s+ser\\s+identificad\\p{L}*|(?:mantener|preservar|manter|preservar)\\s+(?:el\\s+|o\\s+)?anonimato|(?:não|nao)\\s+(?:ser|se)\\s+identifica\\p{L}*',
    // German
    'Namen\\s+nicht\\s+(?:nennen|in\\s+der\\s+Zeitung)|nicht\\s+namentlich\\s+genannt|anonym\\s+bleiben',
    // Arabic and Hebrew (`فضّل عدم ذكر اسمه`, `שביקש שלא להזדהות`)
    'عدم\\s+(?:ذكر|الكشف\\s+عن|نشر)\\s+(?:اسمه|اسمها|هويته|هويتها)|ביקש(?:ה)?\\s+(?:שלא|לא)\\s+(?:להזדהות|להיחשף|לפרסם\\s+את\\s+שמ)',
    // Dutch and Scandinavian
    'niet\\s+met\\s+(?:zijn|haar)\\s+naam|anoniem\\s+(?:wil\\s+)?blijven|vara\\s+anonym|være\\s+anonym|inte\\s+vill\\s+synas\\s+med\\s+namn',
  ].join('|'),
  'iu',
);

export function isAnonymousElsewhere(sentence: string): boolean {
  return ANONYMOUS_ELSEWHERE.test(sentence);
}
