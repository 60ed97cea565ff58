/**
 * German: `„…“, sagte X`, `so X`, `laut X`, `X sagte: „…“`, `Am Montag sagte X: „…“`, roles written
 * before the name with a capital (`Geschäftsführerin X`, `Dessen Vorsitzender X`), the paper spoken
 * to (`sagte der …-Zeitung`) and `die 72-Jährige` for the woman named before.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, type LanguageCues } from './shared';
import { GERMAN_CAPITAL_ROLE } from './de-roles';
import { latinCues } from './latin';

const VERBS = alternation(
  ('sagte sagt sagten sagen erklärte erklärt betonte betont meinte meint ergänzte ergänzt warnte warnt schrieb ' +
    'schreibt antwortete antwortet kritisierte kritisiert versicherte versichert unterstrich unterstreicht fügte ' +
    'räumte räumt erzählte erzählt berichtete berichtet sprach spricht mahnte mahnt forderte fordert bilanzierte ' +
    'resümierte resümiert bestätigte bestätigt verriet verrät hieß heißt gesteht gestand seufzt seufzte lacht lachte ' +
    'schildert schilderte versprach verspricht fragte fragt rief ruft schimpfte schimpft haderte jubelte jubelt ' +
    'ärgerte\\s+sich ärgert\\s+sich freute\\s+sich freut\\s+sich winkte winkt wiegelte wiegelt erinnert\\s+sich erinnerte\\s+sich ' +
    // `Eine Mutter meldete sich am Mikrofon zu Wort: „…“`.
    'meldete\\s+sich meldet\\s+sich').split(' '),
);

/**
 * Separable verbs whose particle says what kind of saying it was, each stem with its own particle (`stellte … ein` closes a
 * business, no saying): `stellte … klar`, `wies … (darauf) hin`, `räumte … ein`, `hob … hervor`, `merkte … an`, `sagte … aus`.
 */
const SEPARABLE_PAIRS: [stems: string, particle: string][] = [
  ['stellte|stellt|stellten', 'klar'],
  ['wies|weist|wiesen', '(?:darauf\\s+)?hin'],
  ['räumte|räumt|räumten', 'ein'],
  ['hob|hebt|hoben', 'hervor'],
  ['merkte|merkt|merkten', 'an'],
  // (`sagte X vor Gericht aus:`, testimony.)
  ['sagte|sagt|sagten', 'aus'],
  // (`kündigte sie am Spielfeldrand an:`, an announcement; before a colon its subject is the speaker.)
  ['kündigte|kündigt|kündigten', 'an'],
];
const PAIRED = (words: string) => SEPARABLE_PAIRS.map(([stems, particle]) => `(?:${stems})(?=${words}\\s${particle}(?![\\p{L}]))`).join('|');

/** Separable verbs of saying, their particle closing the clause: `teilte Geschäftsführer X auf Anfrage mit`, `gab sie zu`. */
// (`stellte X in der Urteilsbegründung klar:`, `wies X darauf hin:`, `räumte X ein:`, `hob X hervor:`: a ruling, a pointer, an
// admission, a stress.)
const SEPARABLE =
  '(?:teilte|teilt|teilten)(?=[^.!?:„“»«]{1,80}\\smit(?![\\p{L}]))|(?:gab|gibt|gaben)(?=[^.!?:„“»«]{1,80}\\s(?:an|zu|bekannt)(?![\\p{L}]))|' +
  PAIRED('[^.!?:„“»«]{1,80}');

/**
 * The perfect before a colon, its participle closing the clause: `X hatte bereits vor der Sitzung gewarnt: „…“`. Not after
 * an opening adjunct (`Bei einer Versammlung hat mir ein Unternehmer gesagt:`), where the subject follows the auxiliary.
 */
const PERFECT_BEFORE_COLON = '(?<!(?:^|[.!?]\\s+)(?:Bei|Beim|In|Im|Auf|Am|An|Nach|Vor|Mit|Zu|Zum|Zur|Während|Seit|Über|Unter|Aus|Von|Vom|Gegenüber)\\s[^.!?:,„“]{0,60})(?:hat|hatte|haben|hatten)(?=[^.!?:„“»«]{0,80}\\s(?:ge\\p{Ll}{3,}t|erklärt|betont|versichert|berichtet|unterstrichen|geschrieben|versprochen|gerufen)\\s*:)';

const cues = latinCues(
  {
    afterVerbs: `${VERBS}|so(?=\\s+\\p{Lu})`,
    subjectVerbs: `${VERBS}|${SEPARABLE}|${PERFECT_BEFORE_COLON}`,
    pronouns: { er: 'male', sie: 'female' },
    dropsSubject: false,
    according: '[Ll]aut|[Zz]ufolge|[Nn]ach\\s+Angaben\\s+(?:von|des|der)',
    hasArticles: true,
    articles: 'der|die|das|ein|eine|einer|dessen|deren|sein|seine|ihr|ihre',
    stops: 'mit|an|am|im|ins|ans|aufs|in|bei|gegenüber|auf|vor|nach|zu|zum|zur|mit|über|dem|den|vom|heute|gestern|dazu|dabei|laut|und|hinzu|ein|ab|weiter|später|zuvor|bereits|damals|jetzt|nun|noch|auch',
    recipients: 'dem|der|den|gegenüber|zu|zur|zum',
    outlet: /(?:zeitung|blatt|magazin|spiegel|rundschau|kurier|anzeiger|nachrichten|presse|agentur|sender|rundfunk|fernsehen|radio|tagesschau|journal)$/iu,
    capitalRole: GERMAN_CAPITAL_ROLE,
    // `die 72-Jährige`, `die Grünen-Politikerin`, `der Landwirt`: a singular person noun for the one just named.
    // (Capitalised too, opening the sentence before a colon: `Der 68-Jährige betont …:`.)
    anaphor: /^(?:(?:[Dd]er|[Dd]ie|[Dd]as)\s+\d+-[Jj]ährige[rn]?|[Dd]ie\s+(?:\d+-jährige\s+)?\p{Lu}[\p{L}-]+in|(?:[Dd]er|[Dd]ie)\s+\p{Lu}[\p{L}-]*(?:angestellte|beauftragte|vorsitzende|abgeordnete|bedienstete|reisende|studierende|auszubildende|selbstständige|selbständige)|[Dd]er\s+(?:\d+-jährige\s+|\p{Lu}\p{Ll}+er\s+)?(?:\p{Lu}[\p{L}-]*(?:er|e|ent|ant|ist|or|eur|ling|mann|chef|wirt|arzt|loge)|[\p{L}-]*[Cc]oach))$/u,
    anaphorGender: (words) => (/^[Dd]ie\s/.test(words) ? 'female' : /^[Dd]er\s/.test(words) ? 'male' : null),
  },
);

/** After a quote, `, teilte X auf Anfrage mit.`, `, kündigte der Gewerkschafter an.`: the words between the verb and its particle are read as after `sagte`. */
// (`, gibt sie zu bedenken.`, `, gab er zu verstehen.`: the particle with its infinitive.)
const SEPARABLE_AFTER = /^[\s,]*(?:teilte|teilt|teilten|gab|gibt|gaben|kündigte|kündigt|kündigten)\s+([^.!?:„“»«]{1,80}?)\s+(?:mit|an|zu|bekannt|zu\s+bedenken|zu\s+verstehen)(?=[.,;]|\s*$)/u;
/**
 * `Dann sagte X:`, `Schließlich erklärte die Zeugin:`: an adverb holding the first place, the subject after the verb; a capital
 * adverb is never the name, so it is left out and the verb opens the frame.
 */
const ADVERB_BEFORE_VERB = lazy(() => new RegExp(`(^\\s*|[.!?]\\s+)(?:Dann|Danach|Daraufhin|Darauf|Schließlich|Zuletzt|Anschließend|Zuvor|Zudem|Außerdem|Dazu|Deshalb|Daher|Trotzdem|Dennoch|Allerdings|Auch|Nun|Da|Doch|Sogar|Immerhin)\\s+(?=(?:${VERBS}|sagte)\\s)`, 'u'));

/** `Vor Gericht sagte X aus:`, `stellte X in der Begründung klar:`: read as `sagte X in der Begründung:`, the particle closing no name. */
const PAIRED_BEFORE_COLON = lazy(() => SEPARABLE_PAIRS.map(([stems, particle]) => [new RegExp(`(?<![\\p{L}])(?:${stems})(\\s(?:[^.!?:„“»«]|(?<=\\s\\p{Lu})\\.){1,80}?)\\s+${particle}(\\s*:\\s*)$`, 'u')] as const));
/** `, stellte die Richterin klar.`, `, räumte er ein.`: the paired separable verbs after a quote, read the same way. */
const PAIRED_AFTER = lazy(() => SEPARABLE_PAIRS.map(([stems, particle]) => new RegExp(`^[\\s,]*(?:${stems})\\s+([^.!?:„“»«]{1,80}?)\\s+${particle}(?=[.,;]|\\s*$)`, 'u')));

/**
 * After a quote, `, ließ er über seinen Anwalt erklären.`: the one who had the words passed on is the speaker, not their own
 * lawyer or spokesperson (after über or durch and a possessive), whose noun would read as a name. Read as `sagte er.`.
 */
const HAD_IT_SAID = /^[\s,]*(?:ließ|ließen|lässt|lassen)\s+(.{1,60}?)\s+(?:über|durch)\s+(?:seinen|seine|sein|ihren|ihre|ihr|deren|dessen)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*\s+(?:\p{Ll}+\s+)?(?:mitteilen|erklären|ausrichten|verlauten|sagen|verkünden|wissen)(?=[.,;]|\s*$)/u;

/** A separable verb's particle closing the clause makes it another verb (`teilte die Stadt das Budget auf`). */
const PARTICLE_CLOSING = /^[^.!?;]*?\s(?:auf|ab|aus|an|ein|vor|fest|zurück|mit|hin|her|um|weg|los|bei|nach|zu)\s*[.!?;]/u;
/**
 * `», bremst der Ortschef.`, `“, strahlt sie`: the quote holds the first place of a German clause, so the word after it
 * is the finite verb (verb second), whichever verb it is (no list holds every verb of saying); read as `sagte`, unless a
 * particle closing the clause makes it another verb (PARTICLE_CLOSING).
 */
const VERB_SECOND = /^([\s,]*)\p{Ll}{3,}(?:t|te)(?=\s+(?:der|die|er|sie|\p{Lu}\p{Ll}+\s+\p{Lu}))/u;

/**
 * `Die Entscheidung sei endgültig, sagte Richter X in der Begründung:`: a clause fronted before the verb is no part of the office
 * before the name, nor does its article give the speaker's gender; the office is what follows the verb.
 */
const FRONTED_CLAUSE_ROLE = /^[^„“»«]*,\s+\p{Ll}+\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u;

function withoutFrontedClause(found: SpeakerPhrase | null): SpeakerPhrase | null {
  const office = found?.role ? FRONTED_CLAUSE_ROLE.exec(found.role)?.[1] : undefined;
  if (!found || !office) return found;
  const { gender: _fromTheClause, ...rest } = found;
  return { ...rest, role: office };
}

/**
 * `Mag.a X`, `Dr.in X`: Austrian papers write a woman's degree with a feminine ending after its full stop, where the name
 * readers expect a capital after `Mag.`; a degree is no role, so it is left out and the name read on its own. (The dot
 * may come joined as U+A78F, quotes/index.ts.)
 */
const GENDERED_DEGREE = /(?<![\p{L}])(?:Mag|Dr|DDr|DI|Ing|Prof)[.\uA78F](?:a|in)\s+(?=\p{Lu})/gu;
const withPlainDegrees = (frame: string) => frame.replace(GENDERED_DEGREE, '');

/**
 * `Die Leiterin des Amts, Anna Weber, bestätigt Mängel. „…“`, `Anna Weber, Leiterin des Amts, weist das zurück. „…“`: a name
 * set off by commas opens the sentence or closes its first noun phrase, so the finite verb after the comma is the second
 * place and the name its subject; the capitalised noun after the verb is its object (`Mängel`), never the one who speaks.
 * Read as `…, Anna Weber, sagte:`. (After a clause, `Das sei falsch, bestätigt Anna Weber.`, the subject follows the verb.)
 */
const DEGREE = String.raw`(?:(?:DI|Mag\.|Dr\.|Ing\.|Prof\.)\s+)?`;
const FULL_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}`;
const FINITE_VERB_AFTER_COMMA = String.raw`,\s+(?!(?:der|die|das|dessen|deren|welche[rs]?|und|oder|aber|sondern|wie|als|so)\s)\p{Ll}{3,}\s[^.!?:„“»«]*[.!?]\s*$`;
const APPOSED_NAME_THEN_VERB = lazy(() => [
  new RegExp(String.raw`(?:^|[.!?]\s+)\s*((?:Der|Die|Dessen|Deren|Ihr|Sein|Seine|Ihre)\s[^,.!?:„“»«]{2,80},\s+)${DEGREE}(${FULL_NAME})${FINITE_VERB_AFTER_COMMA}`, 'u'),
  new RegExp(String.raw`(?:^|[.!?]\s+)\s*()${DEGREE}(${FULL_NAME},\s+[^,.!?:„“»«]{3,100})${FINITE_VERB_AFTER_COMMA}`, 'u'),
]);
/** The sentence alone, its verb read as `sagte:` (the sentences before it are no part of the role). */
function withApposedSubject(frame: string): string {
  const apposed = APPOSED_NAME_THEN_VERB().map((pattern) => pattern.exec(frame)).find(Boolean);
  return apposed ? `${apposed[1]}${apposed[2]}, sagte: ` : frame;
}

/**
 * `X, Obmann des Vereins, sagte Radio Y: „…“`: a station named after the verb of saying, no article before it, is whom it was
 * said to (a dative), never the subject; read as `sagte:` (`sagte Bürgermeister X:` names the speaker and stays).
 */
const STATION_SAID_TO = /(\s\p{Ll}{3,})\s+(?:Radio|Rádio|Sender|TV)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(\s*:\s*)$/u;

/**
 * `„…“ Das sagt einer, der es wissen muss: Anna Weber, seit 2019 Leiterin des Amts.`: a new sentence after the quote points
 * back at it (`Das`, `So`) and names its speaker only after a colon; the words before the colon describe them, the name after
 * it is the speaker. Read as `sagte Anna Weber.` (`Das sagt viel über X:` names no one after the colon.)
 */
const NAMED_AFTER_COLON = lazy(() => new RegExp(String.raw`^\s*(?:Das|Dies|So)\s+(?:${VERBS})\s+(?:einer|eine|jemand|der|die|ein)(?=[\s,])[^.!?:„“»«]{0,80}:\s+${DEGREE}(${FULL_NAME})(?![\p{L}])`, 'u'));

export const german: LanguageCues = {
  ...cues,
  before: (written) => {
    const frame = withApposedSubject(withPlainDegrees(written.replace(STATION_SAID_TO, '$1$2')));
    return nounAfterNumeral(withoutFrontedClause(cues.before(PAIRED_BEFORE_COLON().reduce((read, [pattern]) => read.replace(pattern, 'sagte$1$2'), frame).replace(ADVERB_BEFORE_VERB(), '$1'))));
  },
  after(written) {
    const frame = withPlainDegrees(written);
    // (Its opening verb tested first, with no \p class: most frames lack it.)
    const hadItSaid = /^[\s,]*(?:ließ|ließen|lässt|lassen)\s/u.test(frame) ? HAD_IT_SAID.exec(frame) : null;
    if (hadItSaid) return cues.after(`sagte ${hadItSaid[1]}.`);
    const namedAfterColon = NAMED_AFTER_COLON().exec(frame);
    if (namedAfterColon) return cues.after(`sagte ${namedAfterColon[1]}.`);
    const separable = SEPARABLE_AFTER.exec(frame) ?? PAIRED_AFTER().map((pattern) => pattern.exec(frame)).find(Boolean);
    if (separable) return cues.after(`sagte ${separable[1]}.`);
    return withoutTrailingAdverb(cues.after(frame) ?? (VERB_SECOND.test(frame) && !PARTICLE_CLOSING.test(frame) ? cues.after(frame.replace(VERB_SECOND, '$1sagte')) : null));
  },
};

/**
 * `Eine Mutter zweier Kinder, die …, sagte:`: German capitalises nouns, so one capital after a numeral or determiner in the
 * genitive (`zweier`, `dreier`, `beider`, `mehrerer`) is a plural noun, no name; the whole phrase describes the speaker.
 */
const GENITIVE_DETERMINER_AT_END = /\s(?:zweier|dreier|vierer|fünfer|beider|mehrerer|einiger|vieler)$/u;

function nounAfterNumeral(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun || /\s/u.test(found.phrase) || !found.role || !GENITIVE_DETERMINER_AT_END.test(found.role)) return found;
  return described(`${found.role} ${found.phrase}`);
}

/** `meint der Winzer leise`, `ergänzt seine Frau lachend`: German capitalises nouns, so a lower-case word closing a description is how it was said. */
const TRAILING_ADVERB = /^((?:der|die|das|sein|seine|ihr|ihre)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*)\s+\p{Ll}+$/u;

function withoutTrailingAdverb(found: SpeakerPhrase | null): SpeakerPhrase | null {
  const adverb = found?.kind === 'description' ? TRAILING_ADVERB.exec(found.phrase) : null;
  return adverb ? { ...found!, phrase: adverb[1]! } : found;
}
