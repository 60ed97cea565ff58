/**
 * Faroese: after a quote `– …, sigur X.`, `„…,“ segði hon.`, `– …, sigur venjarin.` (a definite office, -in/-urin, for the
 * one the text named with it); before one `X sigur: „…“`, `Hon segði: „…“`, `Sambært X …`. Roles stand before the name,
 * in lower case (`formaður X`) or made definite and set off by commas (`Stjórin, X Y,`). Names may hold a lower-case
 * particle of place (`Jógvan á Bakka`, `Rói í Dali`, `Símun við Á`, `Eyð av Rana`): it belongs to the name.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleNounReading } from './newlang-shared';

/** Present and past of "say", "tell", "explain", "answer", "add", "ask", "stress", "admit", "confirm", "write", "think". */
const SAYING = (
  'sigur segði søgdu siga sagði greiðir greiddi fortelur fortaldi svarar svaraði leggur legði spyr spurdi ' +
  'undirstrikar undirstrikaði viðgongur viðgekk staðfestir staðfesti skrivar skrivaði heldur helt vísir vísti ' +
  'ásannar ásannaði útskýrir útskýrdi rópar rópti meinar meinti'
).split(' ');
const VERBS = alternation(SAYING);

/**
 * Offices and person nouns a Faroese story names a speaker by, bare (`formaður`) or definite (`formaðurin`): chair, coach,
 * mayor, minister, director, manager, spokesperson, doctor, teacher, skipper, fisherman, resident, police officer.
 */
const ROLE_STEMS = (
  'formaður formanni forkvinna venjari borgarstjóri landsstýrismaður landsstýriskvinna stjóri leiðari nevndarlimur ' +
  'talsmaður talskvinna læknin lækni lærari skipari skipstjóri fiskimaður íbúgvi løgregluharri løgreglumaður ' +
  'stýrimaður róðrarmaður sjúkrarøktarfrøðingur prestur ráðharri forstjóri søgumaður granskari professari ' +
  'bóndi handilsmaður umboðsmaður kokkur ferðaleiðari sølumaður lærarinna'
).split(' ');
const ROLE_SET = new Set(ROLE_STEMS);
/** The definite ending (`venjarin`, `formaðurin`, `borgarstjórin`, `forkvinnan`): `-n` or `-in` taken off finds the office. */
const isRole = (word: string): boolean => {
  const plain = word.toLowerCase().replace(/[.,;:]+$/u, '');
  if (ROLE_SET.has(plain) || isNewLanguageRoleNoun(plain)) return true;
  return [plain.replace(/n$/u, ''), plain.replace(/in$/u, '')].some((form) => ROLE_SET.has(form)) || ROLE_STEMS.some((role) => role.length > 5 && plain.replace(/i?n$/u, '').endsWith(role));
};

/** A definite office alone after the verb (`sigur venjarin`, `segði formaðurin`): whom the text introduced with it. */
const DEFINITE_OFFICE = /^\p{Ll}[\p{L}-]{3,}(?:urin|arin|rin|in|an)$/u;

/** Lower-case particles of place inside a name: `á` (on), `í` (in), `við` (by), `av` (of), `úr` (from), `undir` (under). */
const PARTICLE = '(?:á|í|við|av|úr|undir|uttan)';
/**
 * A particle between a lone given name and a capitalised word, read as the `de` the name patterns know and given back
 * afterwards. After two names (`Rói Dahl í Klaksvík`) it opens the person's place instead.
 */
const PARTICLE_IN_NAME = lazy(() => new RegExp(`(?<=(?<!\\p{Lu}[\\p{L}-]*\\s+)\\p{Lu}\\p{Ll}+) ${PARTICLE} (?=\\p{Lu}\\p{Ll})`, 'gu'));

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: VERBS,
  // (hann: he; hon: she.)
  pronouns: { hann: 'male', Hann: 'male', hon: 'female', Hon: 'female' },
  dropsSubject: false,
  according: '[Ss]ambært|[Ss]amsvarandi\\s+við',
  articles: 'ein|eitt|eina|hin|tann|tað|hansara|hennara',
  hasArticles: false,
  // Adjuncts after the speaker: to, in, on, at, after, for, with, from, also, today, yesterday, when.
  stops: 'við|til|í|á|eftir|fyri|um|frá|úr|hjá|eisini|tó|nú|í\\s+dag|í\\s+gjár|tá|seinni|so|og|mánadagin|týsdagin|mikudagin|hósdagin|fríggjadagin|leygardagin|sunnudagin',
  recipients: 'við|til|fyri',
  outlet: /^(?:blað\p{L}*|\p{L}*[Bb]laðnum|\p{L}*[Bb]lað|Kringvarp\p{L}*|KVF|Dimmalætting|Sosialurin|Portal\p{L}*|\p{L}*[Ff]réttir|útvarp\p{L}*)$/u,
  capitalRole: { test: isRole },
  anaphor: { test: (words: string) => DEFINITE_OFFICE.test(words.trim()) && isRole(words.trim()) },
});

const read = roleNounReading(cues, { dropsSubject: false, placeAfterRole: false, according: '[Ss]ambært' });

/** Reads the frame with each particle inside a name written as `de`, and puts the particle back in the name found. */
function withNameParticles(frame: string, reader: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const particles: string[] = [];
  const masked = frame.replace(PARTICLE_IN_NAME(), (particle) => {
    particles.push(particle);
    return ' de ';
  });
  const found = reader(masked);
  if (!found || particles.length === 0) return found;
  let at = 0;
  const restore = (words: string) => words.replace(/ de /gu, () => particles[at++] ?? ' de ');
  return { ...found, phrase: restore(found.phrase), ...(found.role ? { role: restore(found.role) } : {}) };
}

/**
 * `… stóð ein eldri kvinna við flaggi. Hon segði: „…“`: a pronoun after a sentence that brings in an unnamed person (`ein`,
 * `eitt`, "a", and a noun for a person) stands for that person, not for whoever the story named before.
 */
const PERSON_NOUN = '(?:kvinna|kona|genta|gentan|mamma|móðir|maður|drongur|pápi|faðir|íbúgvi|persónur|áskoðari|gestur|ferðafólk|fiskimaður|næmingur|lærari|bóndi)';
const UNNAMED_THEN_PRONOUN = lazy(() => new RegExp(`(?:^|[.!?]\\s+)[^.!?]*?(?<![\\p{L}])((?:ein|eitt|eina|einum)\\s+(?:\\p{Ll}+\\s+){0,2}?${PERSON_NOUN})(?![\\p{L}])[^.!?]*[.!?]\\s+(?:Hon|Hann)\\s+(?:${VERBS})\\s*:\\s*$`, 'u'));

function unnamedThenPronoun(frame: string): SpeakerPhrase | null {
  const found = UNNAMED_THEN_PRONOUN().exec(frame);
  const phrase = found ? described(found[1]!) : null;
  return phrase ? { ...phrase, unnamed: true } : null;
}

/** Bodies made definite after the verb (`sigur kommunan`, `segði løgreglan`): no person, and no one named before. */
const BODY_TAG = lazy(() => new RegExp(`^[\\s–—-]*(?:${VERBS})\\s+((?:kommunan|kommunustýrið|landsstýrið|stjórnin|nevndin|felagið|løgreglan|fyritøkan|ráðið|bygdaráðið|býráðið|skúlin|sjúkrahúsið|ráðharraskrivstovan|samtakið|grunnurin))(?![\\p{L}])`, 'u'));

function bodyTag(frame: string): SpeakerPhrase | null {
  const found = BODY_TAG().exec(frame);
  const phrase = found ? described(found[1]!) : null;
  return phrase ? { ...phrase, unnamed: true } : null;
}

/** `sigur fiskimaðurin X Y`: an office in lower case right before the name is the name's role (the shared reader keeps only the lists'). */
function withRoleBefore(frame: string, found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (found?.kind !== 'name' || found.pronoun || found.role) return found;
  const at = frame.indexOf(found.phrase);
  const word = at > 0 ? /(?:^|\s)(\p{Ll}[\p{L}-]+)\s+$/u.exec(frame.slice(0, at))?.[1] : undefined;
  return word && isRole(word) ? { ...found, role: word } : found;
}

/** Words Faroese has and Danish or Norwegian lacks: its verbs of saying, `hon`, `tað`, `ikki`, `eg`, `vit`, and the letter ð. */
const OWN_WORD = /ð|(?<![\p{L}])(?:sigur|segði|søgdu|hon|Hon|tað|Tað|ikki|eg|Eg|vit|Vit|eisini|sambært|Sambært)(?![\p{L}])/u;

export const faroese: LanguageCues = {
  ...read,
  applies: (frame) => OWN_WORD.test(frame) && read.applies(frame),
  after: (frame) => bodyTag(frame) ?? withRoleBefore(frame, withNameParticles(frame, read.after)),
  before: (frame) => unnamedThenPronoun(frame) ?? withNameParticles(frame, read.before),
};
