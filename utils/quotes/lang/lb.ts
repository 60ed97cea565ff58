/**
 * Luxembourgish, read as German's neighbour: after a quote `„…“, sot X.`, `„…“, seet d'Ministesch.`, the perfect `„…“, huet X
 * gesot.` (auxiliary first, participle last) and `esou X`; before one `X sot: „…“`, `Hie sot:`, `Si huet … erzielt, datt …`,
 * `X huet dat esou formuléiert: „…“`. Nouns are capitalised, and names take an article (`de Jang`, `d'Josée`, `den Här X`),
 * the elided `d'` glued to the word; forms of address stand before the family name (`d'Fra X`, `den Här X`, `d'Me X`,
 * the lawyer's Maître). A role set off by commas opens the sentence before the name (`De Buergermeeschter, de X Y, …`).
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, type LanguageCues } from './shared';
import { GERMAN_CAPITAL_ROLE } from './de-roles';
import { latinCues } from './latin';

/** Present and past of "say", "explain", "stress", "ask", "answer", "add", "tell", "think", "confirm", "warn", "write". */
const SAYING = (
  'sot soten seet soen erkläert erkläre betount betoune freet froen fréiert äntwert äntweren ergänzt ergänzen ' +
  'erzielt erzillt mengt menge bestätegt warnt schreift schreiwen kritiséiert rifft rifen bedauert ënnersträicht ënnerstreicht'
).split(' ');
const VERBS = alternation(SAYING);

/** Participles closing the perfect (`huet X gesot`, `hat se gefrot`): said, asked, explained, stressed, answered, added, told, written. */
const PARTICIPLES = alternation(
  ('gesot gefrot erkläert betount geäntwert ergänzt bäigefüügt erzielt ënnerstrach geschriwwen gewarnt bestätegt kritiséiert ' +
    'formuléiert gemengt präziséiert confirméiert ugekënnegt zouginn higewisen gefuerdert').split(' '),
);

/**
 * Offices and occupations a Luxembourgish story puts before a name or alone after its article, beside the German ones
 * de-roles.ts knows: judge, public prosecutor, lawyer (Affekot, Affekotin), mayor, alderman, minister, chair, spokesperson.
 */
const ROLE = /^(?:Riichter|Riichterin|Procureur|Procureure|Affekot|Affekotin|Avocat|Avocate|Buergermeeschter|Buergermeeschtesch|Schäffen|Minister|Ministesch|President|Presidentin|Direkter|Direktesch|Direktor|Direktorin|Spriecher|Sproochrieder|Sproochriederin|Vertrieder|Vertriederin|Responsabel|Responsabelen|Enseignant|Enseignante|Dokter|Doktesch|Schräiner|Bäuerin|Zeien|Zeie|Trainer|Trainerin|Kapitän|Pompjee|Gemengerot|Deputéierten|Deputéiert|Proprietär|Proprietärin|Patron|Patronne|Beschëllegten|Geschiedegt|Geschiedegten)$/u;
const isRole = (word: string) => ROLE.test(word) || GERMAN_CAPITAL_ROLE.test(word);

/** The elided article `d'` glued to its noun or name, read as a word of its own (`déi`) and given back afterwards. */
const ELIDED = /(?<![\p{L}])([Dd])['’](?=\p{Lu})/gu;
const ELIDED_STAND_IN = 'déi ';
/** Forms of address before a family name, with the article before them: Mrs, Mr, Maître (a lawyer), Dr, Prof: none of it the name. */
const ADDRESS = /(?<![\p{L}])(?:(?:[Dd]['’]|[Dd]en\s+|[Dd]e\s+))?(?:Fra|Här|Hären|Madame|Monsieur|Me|Dr\.|Prof\.)\s+(?=\p{Lu})/gu;
/** An article (elided or not) alone before a name: `de Jang Weber`, `d'Josée Wagner`, `den Här X`. */
// (One capitalised word after it is a noun, as every noun is capitalised: `d'Gemeng`, the council.)
const ARTICLE_BEFORE_NAME = /^(?:[Dd]e|[Dd]en|[Dd]éi)\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu})/u;

const cues = latinCues({
  afterVerbs: `${VERBS}|esou(?=\\s)`,
  // (`huet` when a participle of saying closes its clause: `X huet dat esou formuléiert:`, `Si huet dem Geriicht erzielt, datt …`.)
  subjectVerbs: `${VERBS}|(?:huet|hat|hunn|haten)(?=[^.!?:„“»«]{0,120}\\s(?:${PARTICIPLES})\\s*(?::|,\\s+(?:datt|dass|wéi|ob)\\s))`,
  pronouns: { hien: 'male', hie: 'male', Hien: 'male', Hie: 'male', si: 'female', Si: 'female' },
  dropsSubject: false,
  according: '[Ll]aut|[Gg]eméiss',
  hasArticles: true,
  articles: 'de|den|déi|d|e|en|eng|engem|enger|säi|seng|sengem|senger|hir|hiren|hirem',
  stops: 'mat|mam|an|am|um|op|bei|bäi|no|nom|virum|bäim|ouni|duerch|virun|fir|vu|vun|vum|géint|géigeniwwer|haut|gëschter|dobäi|dann|och|nach|scho|elo|duerno|dobaussen|zu|zum|zur|wéi|datt|a',
  recipients: 'dem|der|den|géigeniwwer|zu',
  outlet: /(?:zeitung|wort|journal|tageblatt|radio|rtl|télé|tv|agence|presse|magazin)$/iu,
  capitalRole: { test: isRole },
  // `d'Riichterin`, `de Procureur`: an office alone after its article stands for the one the text named with it.
  anaphor: { test: (words: string) => /^(?:[Dd]e|[Dd]en|[Dd]éi)\s+\p{Lu}[\p{L}-]+$/u.test(words.trim()) && isRole(words.trim().split(/\s+/u)[1]!) },
  anaphorGender: (words) => (/(?:in|esch)$/u.test(words) ? 'female' : null),
});

/** `„…“, huet X gesot.` → `sot X`: the perfect read as the simple past, the auxiliary where the verb stands, the participle dropped. */
const PERFECT_AFTER = lazy(() => new RegExp(`^([\\s,–—-]*)(?:huet|hat|hunn|haten)\\s+([^.!?;:„“"]{1,90}?)\\s+(?:${PARTICIPLES})(?![\\p{L}])`, 'u'));

const asRead = (frame: string) => frame.replace(ADDRESS, '').replace(ELIDED, (_all, d: string) => (d === 'D' ? 'Déi ' : ELIDED_STAND_IN));
const perfectAsPast = (frame: string) => asRead(frame).replace(PERFECT_AFTER(), '$1sot $2');
const written = (words: string) => words.replace(/(?<![\p{L}])([Dd])éi\s+(?=\p{Lu})/gu, "$1'");

/** A name read with its article (`de Marco K.`) is the name alone; the elided article goes back on a description. */
function tidy(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found) return null;
  if (found.kind === 'description' && ARTICLE_BEFORE_NAME.test(found.phrase) && !isRole(found.phrase.split(/\s+/u)[1]!)) return person(found.phrase.replace(ARTICLE_BEFORE_NAME, ''), null);
  return { ...found, phrase: written(found.phrase), ...(found.role ? { role: written(found.role) } : {}), ...(found.definite ? { definite: written(found.definite) } : {}) };
}

/**
 * `De Vertrieder vum Parquet, de Marc Schmit, huet …`, `D'Affekotin, d'Anne Welter, sot:`: a role opening the sentence, then
 * the name with its article set off by commas, then the verb: the name is the speaker, the role theirs.
 */
const APPOSED_NAME = lazy(() => new RegExp(`(?:^|[.!?]\\s+)((?:De|Den|Déi)\\s+\\p{Lu}[^,.!?„“"]{2,60}),\\s+(?:de|den|déi)\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}.-]*)+)(?:\\s+\\(\\d+\\))?,\\s+(?:${VERBS}|huet|hat)(?![\\p{L}])`, 'u'));

function apposedName(frame: string): SpeakerPhrase | null {
  const found = APPOSED_NAME().exec(frame);
  const role = found?.[1]!.split(/\s+/u)[1];
  return found && role && isRole(role) ? person(found[2]!, written(found[1]!)) : null;
}

/**
 * `E Client aus Esch, deen …, sot:`, `Eng Noperin sot:`: an indefinite article opening the subject before the verb and colon is
 * someone left unnamed (a capitalised noun after it is no name).
 */
const UNNAMED_SUBJECT = lazy(() => new RegExp(`(?:^|[.!?]\\s+)((?:E|En|Eng|Een)\\s+[^,.!?:„“"]{2,60}?)(?:,[^.!?:„“"]{0,160})?\\s+(?:${VERBS})(?:\\s+\\p{Ll}+){0,5}\\s*:\\s*$`, 'u'));

function unnamedSubject(frame: string): SpeakerPhrase | null {
  const found = UNNAMED_SUBJECT().exec(frame);
  const phrase = found ? described(found[1]!) : null;
  return phrase ? { ...phrase, unnamed: true } : null;
}

/**
 * `Nom Treffen huet d'Buergermeeschtesch gesot: „…`: a sentence opened by a phrase of time or place puts the verb second and its
 * subject after it (German's inversion), between the auxiliary and the participle; read as `d'Buergermeeschtesch sot:`.
 * Only after such an opening: `X huet de Journalisten gesot:` holds the ones told there.
 */
const INVERTED_PERFECT = lazy(() => new RegExp(`(?:^|[.!?]\\s+)(?:Nom|No|Virum|Bäim|Duerno|Dono|Dunn|Du|Elo|Haut|Gëschter|Mat|Fir|Op|Am|Um|An|Zu|Bei|Wärend)\\s[^.!?:„“"]{0,80}?\\s(?:huet|hat)\\s+((?:[Dd]['’]|[Dd]en?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})\\s+(?:${PARTICIPLES})\\s*:\\s*$`, 'u'));

function invertedPerfect(frame: string): SpeakerPhrase | null {
  const subject = INVERTED_PERFECT().exec(frame)?.[1];
  return subject ? tidy(cues.before(asRead(`${subject} sot:`))) : null;
}

/** Words Luxembourgish has and German lacks: its verbs of saying, `huet`, `hunn`, `esou`, `hien`, `vum`, `eng`, `dat ass`. */
const OWN_WORD = /(?<![\p{L}])(?:sot|seet|soten|gesot|huet|hunn|esou|erkläert|betount|gefrot|freet|äntwert|Hie|hie|Hien|hien|vum|eng|dat\s+ass)(?![\p{L}])/u;

export const luxembourgish: LanguageCues = {
  ...cues,
  applies: (frame) => OWN_WORD.test(frame) && cues.applies(perfectAsPast(frame)),
  after: (frame) => tidy(cues.after(perfectAsPast(frame))),
  before: (frame) => unnamedSubject(frame) ?? apposedName(asRead(frame)) ?? invertedPerfect(frame) ?? tidy(cues.before(asRead(frame))),
};
