/**
 * Closed word classes that never open a person's name, per language: prepositions, possessives and
 * conjunctions a sentence opens with (`För Anna Exempel, 73, är …`, `Seine Fraktion werde …`). names.ts
 * drops them from the front of a capitalised run like its own sentence openers. Words that are also
 * given names, family names or name particles are left out: `Da` (Da Silva), `Von` (Von Miller), `Hans`, `Til`,
 * `Sina`, `Om`, `Sue`, `Ante`, `Seu` (Seu Jorge), and the family names `Su`, `Zu`, `Na`, `Son`, `Sin`, `Haar`.
 */
export const NAME_OPENERS: ReadonlySet<string> = new Set(
  // Swedish, Danish and Norwegian prepositions and conjunctions.
  ('för från fra af av till hos efter etter vid ved mot mod utan uden uten inför bland blandt blant genom gennem gjennom trots ' +
    'när når men och og eller ' +
    // Swedish, Danish and Norwegian possessives of the third person.
    'hennes deras dens dets sitt ' +
    // Dutch prepositions and conjunctions.
    'voor met naar bij uit door tegen zonder tijdens sinds namens omdat toen maar vir ' + // (Afrikaans `Vir X …`, for X.)
    // (Dutch conjunctions opening a clause: `Waar vroeger honderd man werkten, …`.)
    'waar wanneer terwijl hoewel nadat zodra ' +
    // Luxembourgish prepositions and their contractions with the article opening a sentence: `Nom Treffen huet d'Ministesch gesot:`, `Op de Wisen …`.
    'op nom vum virum bäim ënnert iwwert hannert ' +
    // Haitian `Pou X, …` (for X) and `Dapre X` opening a sentence.
    'pou dapre daprè ' +
    // Javanese `Miturut X` (according to X) and kin possessed by a name after them (`Ibune X`, X's mother); Sundanese `Numutkeun X`, `Ceuk X`.
    'miturut manut jare ibune bapake anake adhine kakange bojone garwane numutkeun nurutkeun ceuk saur ' +
    // German prepositions, and `Und`, `Aber` opening a question (`Und X, was plant sie jetzt?`).
    'gegen ohne durch aus seit trotz wegen während über unter vor bis und aber ' +
    // French, Spanish, Italian and Portuguese prepositions and possessives.
    'sans contre vers sous depuis pendant malgré sa ses leur leurs notre votre côté ' +
    'sobre contra hacia sus nuestro nuestra nuestros nuestras ' +
    'suo sua suoi nostro nostra senza verso contro ' +
    'sem seus suas nosso nossa ' +
    // "According to" and prepositions opening a sentence in the languages of batch q-rare: Lithuanian `Pasak`, Albanian `Sipas`,
    // Latvian `Pēc`, Macedonian, Serbian and Bulgarian `Од`, `Според`, `Према`, `Во`, `Со`, Galician `Polo`, `Pola` (by the),
    // Catalan `Segons`; Basque none (its postpositions follow the name).
    'pasak sipas pēc saskaņā од според према во со кај polo pola segons ' +
    // Slovak and Croatian `Podľa`, `Prema` (according to), which take the name after them in the genitive (batch others5).
    'podľa prema ' +
    // Question particles opening a yes-no question: Latvian `Vai`, Estonian `Kas`, Lithuanian `Ar`, Polish `Czy`
    // (`Vai Ozols vēl brauks jūrā?`, "will Ozols still go to sea?"), never the front of a name.
    'vai kas ar czy ' +
    // Tagalog and Cebuano `Si X, <role>, ay …` (the personal article) and Romance `Si …` (if) opening a sentence, never a name's front.
    'si ' +
    // "Words of": `Parole di X, …` after a quote points back at its owner (lang/next-sentence-unnamed.ts POINTS_BACK).
    'parole palabras paroles palavras ' +
    // Greek demonstratives and adverbs opening a sentence: `Αυτό λέει ο X`, `Έτσι`, `Ωστόσο`.
    'αυτό αυτή αυτός αυτά έτσι ωστόσο όμως επίσης ' +
    // Russian and Ukrainian verbs of saying opening a sentence, the subject left out or after them: `Каже, …:`, `Говорит: «…»`.
    'каже кажуть говорит говорят говорить говорив говорила сказал сказала сказав сказали добавил добавила додав додала ' +
    'пояснил пояснила пояснив пояснила рассказывает розповідає вважає считает уточнил уточнила уточнив').split(' '),
);

/** Turkish occupations by their suffix written with a Turkish letter (`Çiftçi`, `Kırtasiyeci`), capitalised at a sentence's start. */
export function isTurkishOccupation(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:cı|ci|cu|cü|çı|çi|çu|çü)$/u.test(word) && /[çğışÇĞİŞ]/u.test(word);
}

/**
 * German possessives: `Seine Fraktion werde …`, `Ihre Partei`. A possessive and one noun are a description, never a
 * name; before a role and a name (`Seine Ehefrau Petra Wiegand`) they stay with the role, so they are not openers above.
 */
export const GERMAN_POSSESSIVE = /^(?:[Mm]ein|[Ss]ein|[Ii]hr|[Uu]nser|[Ee]uer|[Ee]ur|[Dd]ein)(?:e|em|en|er|es)?$/u;

/**
 * German demonstratives, quantifiers and numerals: `Diese Orgel hat …`, `Einige Betriebe haben …`, `Drei Jahre lang`. Like a
 * possessive, one of them and a noun are a description, never a name (no given name is spelled so).
 */
export const GERMAN_DETERMINER = /^(?:(?:[Dd]ies|[Jj]en|[Jj]ed|[Ee]inig|[Mm]anch|[Ss]olch|[Ww]elch|[Kk]ein|[Aa]ll)(?:e|em|en|er|es)|Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Elf|Zwölf|Zwanzig|Dreißig|Hundert|Tausend)$/u;

/**
 * `Ans Aufgeben denkt niemand`, `Ins Nachdenken kam er`: a German preposition fused with its article, then a verb made a noun
 * (a German separable verb prefix not opening Dutch names, an infinitive's -en/-eln/-ern), is a phrase, never a person (`Ans Vermeulen`, a Dutch given name and family name, has
 * no verb prefix before its family name).
 */
const FUSED_VERB_NOUN = /^(?:Ans|Ins|Aufs|Ums|Fürs|Durchs|Vors|Übers)\s+(?:Auf|Aus|Nach|Weiter|Zurück|Durch|Zusammen|Heraus|Hinaus|Mit)\p{Ll}{3,}(?:en|eln|ern)$/u;

/** Whether the capitalised run is a fused preposition and a verb made a noun. */
export const isFusedVerbNoun = (run: string): boolean => FUSED_VERB_NOUN.test(run);
