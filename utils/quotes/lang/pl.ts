/**
 * Polish: `„…” – mówi X`, `– powiedziała burmistrz X`, `– stwierdził.` (the subject left out, the verb's
 * ending giving the gender), `według X`, `zdaniem X`, roles before the name without a capital (`radny X`).
 */

import { alternation, described, officeDescriptor, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../speaker-phrase';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';
import { adjunctThenVerb } from './pl-adjunct-verb';

/** Past stems take -ł (he) or -ła (she). */
const PAST_STEMS =
  'powiedzia doda podkreśli stwierdzi zaznaczy wyjaśni przyzna oceni zapewni napisa mówi opowiada przekaza poinformowa ' +
  'zapowiedzia skomentowa tłumaczy odpowiedzia zauważy dodawa przypomnia ostrzeg przekonywa relacjonowa wspomina ' +
  'zastrzeg wylicza argumentowa skwitowa żartowa ubolewa ' +
  // (The imperfective past beside the perfective: `ostrzegł` once, `ostrzegała` as she went on warning.)
  'ostrzega zastrzega';
const PRESENT = 'mówi dodaje podkreśla stwierdza zaznacza wyjaśnia tłumaczy przyznaje ocenia zapewnia twierdzi opowiada przekonuje uważa relacjonuje wspomina odpowiada zauważa ' +
  'zastrzega ostrzega wylicza argumentuje kwituje komentuje żartuje ubolewa';

const VERBS = alternation([
  ...PAST_STEMS.split(' ').flatMap((stem) => [`${stem}ł`, `${stem}ła`]),
  ...PRESENT.split(' '),
  // `– śmiał się`, `– cieszyła się`: reflexive verbs of speaking.
  ...'śmia cieszy żali'.split(' ').flatMap((stem) => [`${stem}ł\\s+się`, `${stem}ła\\s+się`]),
  'śmieje\\s+się', 'cieszy\\s+się', 'żali\\s+się',
  // `– nie krył rozczarowania X`: "did not hide his disappointment", said of the words just quoted.
  'nie\\s+(?:krył(?:a)?|kryje)\\s+(?:rozczarowania|zadowolenia|radości|złości|emocji|irytacji|satysfakcji|niepokoju|obaw)',
]);

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: VERBS,
  pronouns: { on: 'male', ona: 'female' },
  dropsSubject: true,
  verbGender: (verb) => (/ła$/u.test(verb) ? 'female' : /ł$/u.test(verb) ? 'male' : null),
  according: '[Ww]edług|[Zz]daniem',
  articles: 'jego|jej',
  hasArticles: false,
  stops: 'w|we|na|po|podczas|dla|przed|wczoraj|dziś|dzisiaj|także|również|nam|mi|w\\s+rozmowie|w\\s+poniedziałek|we\\s+wtorek|w\\s+środę|w\\s+czwartek|w\\s+piątek|w\\s+sobotę|w\\s+niedzielę',
  recipients: 'dla',
  outlet: /^(?:gazet\p{L}*|dziennik\p{L}*|radi\p{L}*|telewizj\p{L}*|portal\p{L}*|serwis\p{L}*|PAP|TVN\p{L}*|Polsat\p{L}*|RMF)$/iu,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: roleAnaphor(),
});

const read = roleNounReading(cues, { dropsSubject: true, placeAfterRole: true, according: '[Ww]edług' });

/** `prof. Joanna Lis`, `dr hab. Piotr Zając`: an academic title's full stop ends no sentence (the reader cuts the tag at it). */
const ACADEMIC = /(?<![\p{L}])(prof|hab|inż|mgr|doc|dr)\.\s+/gu;
/** `Wójt X – od roku na urzędzie – nie kryje obaw:`: an aside set off by dashes after the name reads as one set off by commas. */
const DASHED_ASIDE = /(\p{Lu}\p{Ll}+)\s[–—]\s([^–—„”"\n]{2,120}?)\s[–—]\s(?=\p{Ll})/u;
/**
 * `W rozmowie z Radiem Opole Nowak ostrzegał, że …:`: an interview opening the sentence names the outlet spoken to, its own
 * capitals running into the speaker's; the subject is the capitalised word(s) right before the verb. Read without the opening.
 * (`W rozmowie z nami Nowak …` too; the name keeps one word when the outlet's ends the run, resolved to the full name later.)
 */
const INTERVIEW_OPENING = new RegExp(String.raw`(^|[.!?]\s+)W\s+rozmowie\s+z\s+(?:[\p{L}\d„”"-]+\s+){1,4}(?=\p{Lu}\p{Ll}+\s+(?:${VERBS})(?![\p{L}]))`, 'u');
/**
 * `– powiedziała wójt w rozmowie z Radiem Opole.`, `– mówi w wywiadzie dla „Gazety” radny.`: an interview after the verb names
 * whom the words were given to, never who gave them; read without it. Only when the outlet's run ends the tag or a lower-case
 * word follows it (`… z PAP burmistrz`): capitals after it may be the speaker's own (`w rozmowie z Radiem Opole Jan Nowak`).
 */
const INTERVIEW_IN_TAG = /\s+w\s+(?:rozmowie\s+z|wywiadzie\s+dla)\s+(?:nami|mną|dziennikarzami|(?:(?:\p{Lu}[\p{L}\d.-]*|„[^”"\n]{1,40}[”"]|(?:radi|telewizj|portal|gazet|dziennik|serwis|tygodnik|stacj|agencj)\p{L}*)(?:\s+|(?=[.,;:!?]|$))){1,5})(?=[.,;:!?]|$|\p{Ll})/u;
const VERB_LAST = new RegExp(String.raw`(?:^|\s)(?:${VERBS})$`, 'u');
/** The tag without its interview; kept when the verb comes right before it and capitals close it (`powiedziała w rozmowie z Radiem Opole Anna Sowa,`: the name may be in the run). */
function withoutInterview(frame: string): string {
  const interview = INTERVIEW_IN_TAG.exec(frame);
  if (!interview) return frame;
  const next = frame[interview.index + interview[0].length] ?? '';
  const lowerAfter = /\p{Ll}/u.test(next);
  if (!lowerAfter && VERB_LAST.test(frame.slice(0, interview.index))) return frame;
  return frame.slice(0, interview.index) + (lowerAfter ? ' ' : '') + frame.slice(interview.index + interview[0].length);
}
const plain = (frame: string) => withoutInterview(frame.replace(ACADEMIC, '$1 ').replace(DASHED_ASIDE, '$1, $2, ').replace(INTERVIEW_OPENING, '$1'));

/** Agent nouns by their ending (`Kominiarz`, `Piekarka`, `Aktywistka`), which family names rarely have. */
const AGENT_END = /^\p{Lu}\p{Ll}{3,}(?:arz|arka|ysta|ystka|ista|istka)$/u;

/** Offices that are no family name, written alone with the sentence's capital: the spokesperson, director, mayor, chair, minister. */
const OFFICES_ALONE = /^(?:Rzecznik|Rzeczniczka|Dyrektor|Dyrektorka|Burmistrz|Wojewoda|Prezes|Prezeska|Minister|Ministra|Wiceprezydent|Przewodniczący|Przewodnicząca)$/u;

/** `Szef Orła mówi …`, `Szefowa Caritasu`: "the boss of" a body in the genitive is the person the story named as its head, no name. */
const BOSS_OF_BODY = /^Szef(?:owa)?\s\p{Lu}\p{Ll}+$/u;

/** `Kominiarz, który pracuje na wschód od Lublina, mówi:`: one capitalised noun for a trade opening the sentence is someone unnamed. */
function unnamedTrade(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (found?.kind === 'name' && !found.role && BOSS_OF_BODY.test(found.phrase)) return officeDescriptor(found.phrase.split(' ')[0]!.toLowerCase());
  if (!found || found.kind !== 'name' || found.role || /\s/u.test(found.phrase)) return found;
  // (Not every listed office: `Sołtys` is a family name too.)
  if (AGENT_END.test(found.phrase)) return described(found.phrase);
  // (`Rzecznik zaznacza, że …`: an office no family name shares opening the sentence is the one who holds it.)
  return OFFICES_ALONE.test(found.phrase) ? officeDescriptor(found.phrase.toLowerCase()) : found;
}

/** `W rozmowie z „Kurierem” zapewnił jednak:`: an adjunct and a verb with its subject left out (pl-adjunct-verb.ts). */
const subjectLeftOut = adjunctThenVerb(VERBS, isNewLanguageRoleNoun);

export const polish: LanguageCues = {
  ...read,
  after: (frame) => unnamedTrade(read.after(plain(frame))),
  before: (frame) => unnamedTrade(read.before(plain(frame))) ?? subjectLeftOut(frame),
};
