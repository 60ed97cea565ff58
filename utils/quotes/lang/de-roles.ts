/**
 * German offices and occupations, capitalised like every German noun: kept apart, importing only patterns.ts,
 * because names.ts reads them too (to drop `Bürgermeisterin` from `Bürgermeisterin Anna Weber`).
 */

import { endsWithStem } from '../../pattern-endings';

/** Role nouns written before a name: the office's stem with its endings, inside compounds too. */
const ROLE_STEM =
  'führer|leiter|sprecher|minister|kanzler|präsident|vorsitzend|direktor|chef|meister|trainer|expert|anwalt|anwält|' +
  'arzt|ärzt|professor|sekretär|beauftragt|inhaber|gründer|berater|politiker|abgeordnet|vorstand|referent|koordinator|' +
  'manager|ökonom|analyst|forscher|lehrer|richter|kommissar|bischof|pfarrer|landrat|landrät|senator|bürgermeister|' +
  'kandidat|mitarbeiter|ermittler|staatsanwalt|staatsanwält|pressesprecher|intendant|dekan|rektor|dirigent|sänger|' +
  'verteidiger|ministerpräsident|fraktionschef|parteichef|generalsekretär|vizekanzler|bundesrat|bundesrät|landesrat|landesrät|' +
  'stadtrat|stadträt|gemeinderat|gemeinderät|regierungsrat|regierungsrät|kantonsrat|kantonsrät|nationalrat|nationalrät|ständerat|ständerät|grossrat|grossrät|obmann|obfrau|landwirt|biolog|ökolog|soziolog|psycholog|rentner|kämmerer|kämmerin|' +
  // East Belgian and Luxembourg councils: `Finanzschöffe X` (alderman), `Ratsmitglied X`, `Vorstandsmitglied X`.
  'schöff|mitglied|' +
  // Sport: `Kapitän Dominik Vogt`, `Torwart X`, `Schiedsrichter X`.
  'regisseur|schauspieler|dramaturg|künstler|musiker|autor|kapitän|torwart|stürmer|schiedsrichter|coach|spieler|kicker|gegenüber|sieger|routinier|' +
  // People by whom they are to someone: `Ein Kollege aus der Verkehrssparte …`, `Eine Kollegin …`, `Nachbarin X`.
  'kolleg|nachbar|' +
  // Inns and kitchens: `Hüttenwirt X`, `Wirtin X`, `Köchin X`, `Bäuerin X` (not `Koch` or `Bauer`, common family names).
  'wirt|köch|bäuer';

/**
 * A long capitalised noun in -in before a first name and a family name (`Konditorin Jana Wiesmann`,
 * `Stammkundin Hildegard Brüning`) is a woman's occupation; short ones (`Kerstin`, `Karin`) are names.
 * Only read when two name words follow it.
 */
export const GERMAN_FEMININE_NOUN = /^\p{Lu}\p{Ll}{6,}in$/u;

const ROLE_ENDINGS = ['in', 'innen', 'e', 'er', 'en', 's', 'es'];

/** A capitalised German office or occupation: `Geschäftsführerin`, `Vorsitzender`, `Landrat`. */
export const GERMAN_ROLE_PATTERN = new RegExp(`^(?=\\p{Lu})[\\p{L}-]*?(?:${ROLE_STEM})(?:${ROLE_ENDINGS.join('|')})?$`, 'iu');

/** Most words (English names among them) end with no stem: the pattern is then neither compiled nor run. */
const mayBeRole = endsWithStem(ROLE_STEM.split('|'), ROLE_ENDINGS);

/**
 * Relatives and witnesses written before a name like an office (`Seine Ehefrau Petra Wiegand`, `ihre Tochter
 * Veronika Aigner`, `Zeugin Marianne Scholz`): whole words, not stems, so a name ending in one (`Mendelssohn`) stays.
 */
const RELATION_NOUN = /^(?:Tochter|Sohn|Ehefrau|Ehemann|Gattin|Gatte|Witwe|Witwer|Mutter|Vater|Schwester|Bruder|Enkelin|Enkel|Nichte|Neffe|Cousine|Cousin|Schwiegertochter|Schwiegersohn|Lebensgefährtin|Lebensgefährte|Nachbarin|Nachbar|Zeugin|Zeuge|Augenzeugin|Augenzeuge)$/u;

/**
 * Nationalities written before a name (`der Slowene Žan Kranjec`, `die Norwegerin X`): what the person is, never a
 * first name. A list, not endings: first names end alike (`Karlene`, `Terese`).
 */
const DEMONYM = /^(?:Slowene|Slowenin|Slowake|Slowakin|Kroate|Kroatin|Serbe|Serbin|Norweger|Norwegerin|Schwede|Schwedin|Finne|Finnin|Däne|Dänin|Pole|Polin|Tscheche|Tschechin|Russe|Russin|Franzose|Französin|Italiener|Italienerin|Spanier|Spanierin|Japaner|Japanerin|Amerikaner|Amerikanerin|Kanadier|Kanadierin|Österreicher|Österreicherin|Schweizer|Schweizerin|Deutsche|Deutscher|Niederländer|Niederländerin|Brite|Britin|Ungar|Ungarin)$/u;

/**
 * Austrian papers write a woman's degree with a feminine ending after its full stop (`Mag.a X`, `Dr.in X`, `DI.in X`,
 * `Prof.in X`): a title before the name like `Mag.`, never a word of the name itself. (The quotes stage joins a dot before a
 * lower-case letter with U+A78F, quotes/index.ts, so either is read.)
 */
const GENDERED_DEGREE = /^(?:Mag|Dr|DDr|DI|Ing|Prof|Dipl\.-Ing|Univ\.-Prof)[.\uA78F](?:a|in)$/u;

export const GERMAN_ROLE_NOUN = { test: (word: string) => (mayBeRole(word) && GERMAN_ROLE_PATTERN.test(word)) || RELATION_NOUN.test(word) || DEMONYM.test(word) || GENDERED_DEGREE.test(word) };

/**
 * Agent and occupation nouns by their shape, for the roles no list holds (`Lawinenwarner`, `Bergretter`,
 * `Monteur`, `Praktikantin`, `Bevollmächtigter`, `Zuständige`): a capitalised word with an agent suffix,
 * long enough to be a compound where surnames are short (`Becker`, `Müller`, `Fischer` stay names).
 * Only the German reader asks, for the first words of a name run; first names and months of these shapes are kept out.
 */
const AGENT_SHAPES: Array<[RegExp, number]> = [
  [/(?:er|erin)$/u, 9],
  [/(?:eur|eurin|euse)$/u, 6],
  [/ist$/u, 7],
  // (`Christin`, `Kristin` are first names; `Polizistin`, `Pianistin` are longer.)
  [/istin$/u, 9],
  [/(?:ant|antin|ent|entin)$/u, 8],
  [/(?:or|orin|ier|ierin)$/u, 8],
  // Adjectives and participles made nouns: `die Zuständige`, `der Bevollmächtigte`, `die Auszubildende`.
  [/(?:ende|ender|igte|igter|liche|licher|ige|iger)$/u, 9],
  // Compounds on -mann/-frau: `Pflegefachmann`, `Feuerwehrfrau` (the surnames `Baumann`, `Zimmermann` are shorter).
  [/(?:mann|frau)$/u, 11],
  // Staff on -kraft: `Pflegekraft`, `Lehrkraft`, `Fachkraft`; only these heads, as power and firms end so too (`Wasserkraft`, `Norrkraft`).
  [/(?:[Pp]flege|[Ll]ehr|[Ff]ach|[Hh]ilfs|[Ee]insatz|[Ff]ührungs|[Aa]rbeits|[Rr]einigungs|[Kk]üchen|[Vv]erkaufs|[Ss]ervice)kraft$/u, 8],
  // Scientists on -loge/-login: `Glaziologe`, `Hydrologin`.
  [/(?:loge|login)$/u, 7],
  // A club's officers on -wart: `Kassenwart`, `Jugendwartin`, `Platzwart`.
  [/wart(?:in)?$/u, 8],
];
const NOT_AGENT = /^(?:Alexander|Sylvester|Christopher|Kristopher|Christoffer|Jennifer|Salvador|Theodor|Vincent|Laurent|Florent|Clement|Clément|Olivier|September|Oktober|November|Dezember)$/u;

export function isGermanAgentNoun(word: string): boolean {
  if (!/^\p{Lu}[\p{L}-]*\p{Ll}$/u.test(word) || NOT_AGENT.test(word)) return false;
  // (`Peñalosa`, `Gonçalves`: a letter only Spanish or Portuguese write makes it a family name of theirs.)
  if (/[ñçãõ]/u.test(word)) return false;
  // (`Klaus-Dieter`, `Hans-Peter`: a double given name closing on one of an agent noun's shape.)
  if (/^\p{Lu}\p{Ll}+-(?=\p{Lu})/u.test(word) && GIVEN_AGENT_SHAPED.test(word.slice(word.lastIndexOf('-') + 1))) return false;
  return AGENT_SHAPES.some(([ending, length]) => word.length >= length && ending.test(word));
}

/** The German reader's role words before a name: the listed offices, relatives and agent nouns by their shape. */
export const GERMAN_CAPITAL_ROLE = { test: (word: string) => GERMAN_ROLE_NOUN.test(word) || isGermanAgentNoun(word), beforeFullName: (word: string) => isShortGermanAgentNoun(word) };

/** Given names of an agent noun's shape, which open a three-word name (`Walter Hans Böhm`). */
const GIVEN_AGENT_SHAPED = /^(?:Peter|Walter|Günter|Gunter|Günther|Gunther|Dieter|Rainer|Reiner|Heiner|Werner|Oliver|Alexander|Christopher|Jennifer|Esther|Hermann|Xaver|Lothar|Roger|Oscar|Oskar|Victor|Viktor|Igor|Gregor|Hector|Heather|Amber|Piper|Skyler|Tanner|Hunter|Carter|Parker|Porter|Tucker|Spencer|Cooper|Walker|Turner|Fletcher|Archer|Chandler|Baker|Thor|Elinor|Eleanor|Leonor|Amor|Junior|Homer|Jasper|Casper|Kasper|Caspar|Kaspar|Sommer)$/u;

/**
 * `sagt Imker Hans Böhm`, `Fährmann Jonas Krug`: before a name of two more words, a short noun of an agent's shape is the
 * role, where alone (`Becker`, `Müller` before one word) it would be a family name; given names of that shape excepted.
 */
export function isShortGermanAgentNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:er|erin|mann|frau|eur|ist|istin)$/u.test(word) && !GIVEN_AGENT_SHAPED.test(word) && !NOT_AGENT.test(word);
}
