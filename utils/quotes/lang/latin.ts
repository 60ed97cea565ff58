/**
 * One reader for the languages that write names with capitals and spaces (French, German,
 * Spanish, Italian, Portuguese, Russian, Ukrainian). Each language gives its words; this file
 * reads the shared shapes:
 *   after a quote   `, a déclaré X`, `, sagte X der Zeitung`, `— сказал X`, `, dijo.` (subject dropped)
 *   before a quote  `X a déclaré :`, `Am Montag sagte X:`, `Selon X, « … »`
 * and hands the words around the verb to latin-reader.ts, which splits name and role.
 */

import type { SpeakerPhrase } from '../cues';
import { SpeakerReader } from './latin-reader';
import { CLITIC_END, COMPLEMENTIZER } from './latin-reader-words';
import { speakerAfterOpening } from './clause-opening';
import { subjectAfterAdjunct, subjectAfterOccasion, withoutTimeAfterVerb } from './adjunct-group';
import { lazy, person, pronoun, type LanguageCues } from './shared';
import { lazyPattern, leadingWords, opensWith, registerGate, topLevelAlternatives, type PatternGate, type PatternParts } from '../../patterns';
import { wordEndGate } from '../../pattern-endings';

/** Each cue ends a word. */
const CUE_END = '(?![\\p{L}])';

export interface LatinLanguage {
  /** Reporting verbs right after a quote, the subject following: "a déclaré", "sagte", "dijo". */
  afterVerbs: string;
  /** Reporting verbs after their subject, before a quote: "a déclaré", "sagte", "declaró". */
  subjectVerbs: string;
  /** Subject pronouns and their gender. */
  pronouns: Record<string, 'male' | 'female'>;
  /** The verb alone after the quote means the last speaker (Spanish `, dijo.`, Russian `— сказала.`). */
  dropsSubject: boolean;
  /** The gender a verb form itself gives (Russian сказала is "she said"). */
  verbGender?: (verb: string) => 'male' | 'female' | null;
  /** Words that introduce a source: "selon", "laut", "según", "по словам". */
  according: string;
  /** Sentence-opening source that needs a comma after it: French `Pour X, « … »`. */
  openingSource?: string;
  /** Articles and determiners that start a description or a role. */
  articles: string;
  /** Whether a description needs its article (`un porte-parole`), or may start with a bare noun (Russian `представитель`). */
  hasArticles: boolean;
  /** Words after the speaker that end the speaker phrase: prepositions of an adjunct, times. */
  stops: string;
  /** Words that introduce the person or outlet spoken to: "à", "dem", "a", "al". */
  recipients: string;
  /** The last word of an outlet's name or description: "journal", "Zeitung", "газете". */
  outlet: RegExp;
  /** Capitalised role nouns written before a name (German): "Geschäftsführerin", "Vorsitzender". */
  capitalRole?: { test(word: string): boolean; beforeFullName?(word: string): boolean };
  /** A descriptor standing for the person named before: "die 72-Jährige", "la septuagénaire". */
  anaphor?: { test(words: string): boolean };
  /** Gender of an anaphor from its article: "die" → female. */
  anaphorGender?: (words: string) => 'male' | 'female' | null;
}

/** Also the language's cheap test: a frame holding none of its verbs or source words cannot match. */
/** A pronoun opening the sentence or the clause after a comma, a lower-case verb, and the rest of the clause up to a colon. */
const PRONOUN_CLAUSE_BEFORE_COLON = /(?:^|,\s+)(\p{L}{2,4})\s+\p{Ll}{3,}[^,.;:!?«»"“”]*:\s*$/u;
/** A Germanic `that` closing the words before a quoted clause: `att`, `at`, `dat` (`skriver X att ”…”`). */
const THAT_CLOSING = /,?\s+(?:att|at|dat)\s*$/u;
/** An article or a full name opening a sentence: a subject of its own before the comma. */
const SUBJECT_OPENING = /^\s*(?:(?:Der|Die|Das|Ein|Eine|Le|La|Les|Un|Une|El|Los|Las|Il|Lo|Gli|Uno|Una|O|A|Os|As|Um|Uma|The|De|Het|Een)\s|L['’]|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;
/** A full name, then a lower-case role set off by commas, ending the words before a verb. */
const APPOSED_SUBJECT_BEFORE_VERB = /(?:^|,\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s+(\p{Ll}[^,;:]{1,60}),\s*$/u;

export function latinCues(language: LatinLanguage, script?: RegExp): LanguageCues {
  const patterns = lazy(() => buildPatterns(language));
  const gates = openingGates(language);
  // No case folding and no look-behind: the index joins these into one test for every frame the
  // English reader leaves, most of them English.
  const cueWords = `${language.afterVerbs}|${language.subjectVerbs}|${language.according}${language.openingSource ? `|${language.openingSource}` : ''}`;
  const cueSource = `(?:${cueWords})${CUE_END}`;
  // The same pattern behind the words its matches end with (pattern-endings.ts, exact): most frames hold none of them.
  const cue = wordEndGate(`latin cue (${language.according.slice(0, 12)}…)`, () => topLevelAlternatives(cueWords), 'u', CUE_END);
  const applies = (frame: string) => (script ? script.test(frame) : true) && cue.admits(frame) && cue.pattern().test(frame);
  const reader = new SpeakerReader(language);

  function after(written: string): SpeakerPhrase | null {
    // `a encore dit X`, `ha poi aggiunto X`, `tem ainda sublinhado`: an adverb between auxiliary and participle (closed class).
    const adverbless = written.replace(AUXILIARY_ADVERB, '$1 ');
    const known = gates.afterVerb.admits(adverbless) ? gates.afterVerb.pattern().exec(adverbless) : null;
    // `», ha zanjado la edil`, `», a tranché l’élu`: a compound past after the quote is its tag, whatever the participle;
    // read as the language's own `ha dicho` / `a dit` / `ha detto` (the article and noun after it say who).
    const frame = known ? adverbless : adverbless.replace(PERFECT_TAG, (_all, lead: string, aux: string, ending: string) => `${lead}${aux} ${PERFECT_SAID[ending.slice(0, 2)] ?? 'dit'}`);
    const verb = known ?? (frame !== adverbless && gates.afterVerb.admits(frame) ? gates.afterVerb.pattern().exec(frame) : null);
    if (verb) {
      // `dit-elle`, `a-t-il ajouté`: the pronoun glued to the verb or its auxiliary.
      const glued = verb[1] ?? /-(?:t-)?(\p{L}+)/u.exec(verb[0])?.[1];
      const inverted = glued ? pronounOf(language, glued) : null;
      if (inverted) return inverted;
      // (`», a déclaré hier le maire, X`: a time between the verb and its subject, adjunct-group.ts.)
      const rest = withoutTimeAfterVerb(frame.slice(verb[0].length));
      // (`—dijo entre lágrimas Guadalupe Gil`: a short adjunct before the subject, adjunct-group.ts.)
      // (`», a declarat joi, într-o ședință, directoarea școlii, X`: where it was said, set off by commas, adjunct-group.ts.)
      const found = subjectAfterOccasion(rest, (words) => reader.read(words)) ?? reader.read(rest) ?? subjectAfterAdjunct(rest, (words) => reader.read(words)) ?? reader.read(rest);
      // `— сказала Мария Соколова`: the verb's gender is the speaker's.
      const gender = language.verbGender?.(verb[0].trim());
      if (found && !found.pronoun && found.kind === 'name' && gender) found.gender = gender;
      // `, ha spiegato ai giornalisti.`: a recipient the reader refuses as a speaker still leaves the subject out.
      if (found !== undefined && !(found === null && language.dropsSubject && reader.nothingButRecipient(rest))) return found;
      // `, dijo.` or `, dijo a El Diario del Sur.`: the subject left out.
      if (language.dropsSubject && reader.nothingButRecipient(rest)) return genderedZero(language, verb[0]);
      return null;
    }
    const source = gates.accordingAtStart.admits(frame) ? gates.accordingAtStart.pattern().exec(frame) : null;
    if (source) return reader.read(frame.slice(source[0].length)) ?? null;
    return null;
  }

  function before(frame: string): SpeakerPhrase | null {
    const { according, subjectVerb, openingSource } = patterns();
    // `Joint par téléphone, il insiste sur les aides :`: a subject pronoun opening the clause before the colon, then its verb.
    // (Not after a subject of its own: `Der 68-Jährige betont, er habe …:` reports what he said.)
    const clausePronoun = PRONOUN_CLAUSE_BEFORE_COLON.exec(frame);
    const ownSubject = !!clausePronoun && SUBJECT_OPENING.test(frame.slice(0, clausePronoun.index));
    const spoken = clausePronoun && !ownSubject && !/^sie$/iu.test(clausePronoun[1]!) ? pronounOf(language, clausePronoun[1]!) : null;
    if (spoken) return spoken;
    // `Así lo ha explicado hoy la directora, X:`, `Interrogé sur …, le député X a répondu :` (clause-opening.ts).
    const opened = speakerAfterOpening(frame, (words) => reader.read(words) ?? null);
    if (opened) return opened;
    // `Man hätte aufstocken können, so Gisler. «…»`, `…, versicherte er. «…»`: a sentence of reported speech
    // ending with its verb and speaker introduces the quote that follows it.
    const closing = /,\s+([^,;:«»"“”„]{2,80})\.\s*$/u.exec(frame);
    const reported = closing ? after(closing[1]!) : null;
    if (reported && !reported.dropped && reported.kind === 'name') return reported;
    // `…, schreibt ihre Direktion auf Anfrage. «…»`: a described source closing the sentence is the quote's too.
    // (Only a definite or possessive one: `a annoncé une aide` reads its object as the subject.)
    // (`…, Franco Pinna, direttore commerciale, spiega la posizione …`: after a full name and role set off by commas, the
    // description is the verb's object and the name its subject.)
    const apposedSubject = reported?.kind === 'description' ? APPOSED_SUBJECT_BEFORE_VERB.exec(frame.slice(0, closing!.index + 1)) : null;
    if (apposedSubject) return person(apposedSubject[1]!, apposedSubject[2]!);
    if (reported && reported.kind === 'description' && !/^(?:un|une|ein|eine|einer|uno|una|um|uma|een|en|ett)\s/iu.test(reported.phrase) && !reader.isOutlet(reported.phrase)) return reported;
    const opening = openingSource?.exec(frame);
    if (opening) {
      // `Pour X, « … »` names a source; `Pour la première fois, « … »` does not.
      const found = reader.read(opening[1] ?? '');
      if (found && found.kind === 'name' && !found.pronoun) return found;
    }
    const source = according.exec(frame);
    if (source) {
      const found = reader.read(frame.slice(source.index + source[0].length));
      if (found) return found;
      // `Der zweite Mann lag laut Gruber fast eineinhalb Meter tief.`: a name cited inside the sentence, a short
      // form of one given in full (loose: `laut Angaben der Polizei` names nobody).
      const cited = CITED_NAME.exec(frame.slice(source.index + source[0].length));
      // (`Enligt Trafikverkets presschef Johan Ek orsakades …`: the capital is the owner of a role, the person named after it.)
      const owned = cited ? OWNER_ROLE_NAME.exec(frame.slice(source.index + source[0].length + cited[0].length)) : null;
      const holder = owned && language.capitalRole?.test(owned[1]!) ? person(owned[2]!, `${cited![1]} ${owned[1]}`) : null;
      if (holder) return holder;
      const loose = cited ? person(cited[1]!) : null;
      if (loose) return { ...loose, loose: true };
    }
    subjectVerb.lastIndex = 0;
    let best: SpeakerPhrase | null = null;
    for (let verb = subjectVerb.exec(frame); verb; verb = subjectVerb.exec(frame)) {
      const head = frame.slice(0, verb.index);
      // The verb may come second (`Am Montag sagte X:`), its subject after it.
      // (`I sitt yttrande skriver myndigheten att ”…”`, `In het advies schrijft X dat ‘…’`: after a fronted phrase the
      // subject follows the verb and `that` closes it before a quoted clause; the subject is read without it.)
      const rest = frame.slice(verb.index + verb[0].length);
      const following = reader.read(rest, true) ?? (THAT_CLOSING.test(rest) ? reader.read(rest.replace(THAT_CLOSING, ''), true) : undefined);
      // `Y añadió: «…»`: a sentence with no subject but its verb (`Poi aggiunge:`, `Luego añadió:`: a capitalised conjunction is no name).
      // `Il primo giorno mi disse: «…»`: a time and an object pronoun before the verb, its subject left out too.
      // `Jak napisał w komunikacie, „…”`, `Как сказал …`: "as" opening the clause is no subject; the subject follows or is left out.
      // (`… – mówi kierowniczka. Jak dodaje, „…”`: the head's own sentence.)
      const asOpening = AS_OPENING.test(head.replace(/^[^]*[.!?…]\s+/u, ''));
      const leftOut = CONJUNCTION_ONLY.test(head) || asOpening || (CLITIC_END.test(` ${head.trim()}`) && !/\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(head) && head.trim().split(/\s+/u).length <= 5);
      const dropped = language.dropsSubject && following === undefined && leftOut ? genderedZero(language, verb[0]) : null;
      // `Bei der Verleihung des Ehrenrings sagte sie:`: after an opening adjunct the subject follows the verb.
      const afterAdjunct = following && following.kind === 'name' && PREPOSITION_OPENING.test(head.trimStart()) ? following : null;
      // `Der Preis richte sich nach dem Markt, sagt Mediensprecher X:`: a clause and a comma before the verb hold its
      // object or a reported thought, the subject follows the verb (`X, Mediensprecher, sagt:` reads none after it).
      const afterClause = following && following.kind === 'name' && !following.pronoun && /(?:^|\s)\p{Ll}+\s+\S+,\s*$/u.test(head) ? following : null;
      const found = (verb[1] ? pronounOf(language, verb[1]) : null) ?? afterAdjunct ?? afterClause ?? (asOpening || CONJUNCTION_ONLY.test(head) ? null : reader.subject(head.replace(RELATIVE_AFTER_NAME, '$1 ').replace(OBJECT_CLITIC_END, ' '))) ?? following ?? dropped;
      if (found) best = found;
      // `O pescador diz que a associação alerta para o problema. “…”`: the verbs after `que` are the reported clause's;
      // the main clause's subject reports it and the quote after (not before a colon, which closes the speaker's clause).
      if (found && COMPLEMENTIZER.test(frame.slice(verb.index + verb[0].length)) && !/:\s*$/u.test(frame)) return found;
    }
    return best;
  }

  return { applies, after, before, cue: cueSource };
}

/** `Ruiz lo resume así:`, `Rossi la spiega così:`: an object pronoun between the subject and its verb is no part of the subject. */
const OBJECT_CLITIC_END = /(?<=\p{L})\s+(?:lo|la|los|las|le|les)\s*$/u;

/**
 * `El veterinario X Y, que recorre … en Esquel, advierte`: a relative clause set off by commas between a name and its verb
 * says more about the person; a place at its end is no subject.
 */
const RELATIVE_AFTER_NAME = /(\p{Lu}\p{Ll}+),\s+(?:que|qui|che|quien|quem|cui)\s[^,;:«»"“”„]{2,140},\s*$/u;

/** A capitalised word or two right after a source word, then the sentence going on in lower case. */
// (`laut Angaben der Polizei`: a noun and its genitive, not a name.)
const CITED_NAME = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)(?=\s+(?!(?:der|die|das|des|dem|den|von|vom|de|del|della|di|du|des|la|le|el|do|da)\s)\p{Ll})/u;

/** After a capitalised owner: a lower-case role noun and a full name (`presschef Johan Ek`). */
const OWNER_ROLE_NAME = /^\s+(\p{Ll}[\p{L}-]*)\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+)(?=\s+\p{Ll}|,)/u;

/** Slavic "as" opening a reported clause (`Jak podkreślił`, `Jak řekl`, `Как сказал`, `Як зазначив`, `Ako povedal`). */
const AS_OPENING = /^\s*(?:Jak|Jako|Tak\s+jak|Как|Як|Ako|Kako)\s*$/u;

/**
 * A capitalised preposition opening the sentence: an adjunct, not the subject (`Bei der Verleihung …`, `Nach dem Spiel …`;
 * Scandinavian and Dutch too: `I en e-post sier rådgiver X:`, `Tijdens de raad zei X:`).
 */
const PREPOSITION_OPENING = /^(?:Bei|Beim|Nach|Vor|Am|Im|In|Auf|Mit|Seit|Während|Wegen|Zum|Zur|Unter|Über|Bis|Beim|Vom|I|På|Etter|Efter|Ved|Vid|Fra|Från|Bij|Tijdens|Op)\s/u;

/** `a encore dit` read as `a dit` (see `after`). */
export const withoutAuxiliaryAdverb = (frame: string): string => frame.replace(AUXILIARY_ADVERB, '$1 ');

/** A French, Italian or Portuguese auxiliary at the tag's start, then an adverb of sequence or addition. */
const AUXILIARY_ADVERB = /^(\s*[—–-]?\s*(?:a|ont|avait|avaient|ha|hanno|aveva|avevano|tem|tinha|têm))\s+(?:encore|ensuite|aussi|également|enfin|alors|poi|anche|ancora|inoltre|infine|ainda|também|depois|ainsi)\s+(?=\p{Ll})/u;

/** An auxiliary and a participle opening the tag (Spanish -ado/-ido, Italian -ato/-uto/-ito, French -é), then an article. */
// (`», a attaqué d’emblée la procureure, X`: "right away" may stand between; adjunct-group.ts drops it.)
// (`», ha promesso Bonomi`, `», ha ammesso il tecnico`: the Italian strong participles too, and a family name after them.)
const PERFECT_TAG = /^(\s*[—–-]?\s*)(ha|han|a|ont|hanno)\s+\p{Ll}{2,}?(ado|ido|ato|uto|ito|é|esso|isso|esto|uso)(?=(?:\s+d[’']emblée|\s+d[’']entrée\s+de\s+jeu|\s+sans\s+détour)?\s+(?:la|el|le|il|lo|l[’']|los|las|les|i|gli)(?:\s|\p{Ll})|\s+\p{Lu}\p{Ll}+[\s,.])/u;
/** The participle of "said" by the ending read: `ha dicho`, `ha detto`, `a dit`. */
const PERFECT_SAID: Record<string, string> = { ad: 'dicho', id: 'dicho', at: 'detto', ut: 'detto', it: 'detto', 'é': 'dit', es: 'detto', is: 'detto', us: 'detto' };

/** Where `afterVerb` and `accordingAtStart` start reading their words. */
const VERB_OPENING = /^[—–-]?\s*/u;
const SOURCE_OPENING = /^[\s(]?/u;

/** What may open a sentence whose subject is left out: nothing, or "and", "also", "then". */
const CONJUNCTION_ONLY = /^[\s,;]*(?:(?:y|e|и|і|а|también|además|luego|inoltre|anche|poi|também|ainda|depois|также|тоже|потом|також|потім)[\s,]*)?$/iu;

function genderedZero(language: LatinLanguage, verb: string): SpeakerPhrase {
  const gender = language.verbGender?.(verb.trim()) ?? null;
  return gender ? pronoun(gender === 'female' ? 'she' : 'he', gender) : pronoun('they');
}

function pronounOf(language: LatinLanguage, word: string): SpeakerPhrase | null {
  const gender = language.pronouns[word.toLowerCase()];
  return gender ? pronoun(gender === 'female' ? 'she' : 'he') : null;
}

/**
 * The two patterns `after` reads at the frame's start, each behind its first word: most frames
 * after a quote are English, and their first word rules both out before either is built.
 */
function openingGates(language: LatinLanguage): { afterVerb: PatternGate; accordingAtStart: PatternGate } {
  const pronouns = Object.keys(language.pronouns).join('|');
  // The lists are split on first use: a page with no frame after a quote pays nothing.
  const gate = (name: string, opening: RegExp, source: string, describe: () => PatternParts): PatternGate => {
    const parts = lazy(describe);
    // The words the alternatives open with, read from the list itself (its alternatives joined again).
    const openings = lazy(() => leadingWords(source));
    const pattern = lazy(() => lazyPattern(parts())());
    return registerGate({
      name: `${name} (${language.according.slice(0, 12)}…)`,
      admits: (frame) => opensWith(frame, opening, openings()),
      pattern,
      get parts() {
        return parts();
      },
    });
  };
  return {
    // A dash may stand between quote and verb (`», — сказал`); French glues the pronoun on (`dit-elle`).
    afterVerb: gate('latin afterVerb', VERB_OPENING, language.afterVerbs, () => ({
      prefix: '^[—–-]?\\s*',
      alternatives: topLevelAlternatives(language.afterVerbs),
      suffix: `(?:-t)?(?:-(${pronouns}))?(?![\\p{L}\\-])`,
      flags: 'iu',
    })),
    accordingAtStart: gate('latin accordingAtStart', SOURCE_OPENING, language.according, () => ({ prefix: '^[\\s(]?', alternatives: topLevelAlternatives(language.according), suffix: '(?![\\p{L}])\\s*', flags: 'u' })),
  };
}

function buildPatterns(language: LatinLanguage) {
  const pronouns = Object.keys(language.pronouns).join('|');
  return {
    according: new RegExp(`(?:^|[\\s(])(?:${language.according})(?![\\p{L}])\\s*`, 'u'),
    subjectVerb: new RegExp(`(?:^|[\\s,])(?:(${pronouns})\\s+)?(?:${language.subjectVerbs})(?![\\p{L}\\-])`, 'giu'),
    openingSource: language.openingSource ? new RegExp(`^(?:${language.openingSource})\\s+([^,]{2,80}),\\s*$`, 'u') : null,
  };
}

