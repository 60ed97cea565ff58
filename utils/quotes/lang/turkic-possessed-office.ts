/**
 * Turkic languages write a compound office as its head, possessed (-ы/-і/-сы, -i/-si, -u/-ü), after the body it belongs to,
 * and the holder's name after that: Kazakh `ауыл әкімінің орынбасары X Y`, `институттың аға ғылыми қызметкері X Y`,
 * Kyrgyz `мектептин директору X Y`, Uzbek `kutubxona direktori X Y`, Azerbaijani `idarənin müdiri X Y`. Read by roles.ts
 * for a name with no role inside its run, after its other readers; Turkish keeps its own (tr-participle.ts), tried first.
 */

import { CYRILLIC, mayHold } from '../scripts-present';
import { nounsAfterParticiple, possessedCompoundRole } from './tr-participle';

/** Letters of Kazakh and Kyrgyz: Russian has none of them, and its plural `директоры` is no possessed office. */
const TURKIC_CYRILLIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
/**
 * Office heads with the third-person possessive (head, director, chair, deputy, secretary, akim, chief, staff member, specialist,
 * representative, member, teacher, coach, doctor, editor, expert): Kazakh, Kyrgyz, Uzbek and Azerbaijani spellings.
 */
const HEAD = new RegExp(
  '^(?:басшысы|башчысы|директоры|директору|төрағасы|төрагасы|төрайымы|әкімі|акими|меңгерушісі|башкаруучусу|бастығы|орынбасары|басары|' +
    'хатшысы|катчысы|бапкері|машыктыруучусу|дәрігері|дарыгери|ректоры|ректору|қызметкері|кызматкери|маманы|адиси|өкілі|өкүлү|мүшесі|мүчөсү|' +
    'оқытушысы|мұғалімі|мугалими|редакторы|редактору|сарапшысы|эксперти|' +
    'direktori|rahbari|boshlig[‘’\'ʻʼ]i|o[‘’\'ʻʼ]rinbosari|raisi|mudiri|vakili|xodimi|a[‘’\'ʻʼ]zosi|hokimi|mutaxassisi|o[‘’\'ʻʼ]qituvchisi|kotibi|murabbiyi|' +
    'müdiri|sədri|rəhbəri|müavini|əməkdaşı|üzvü|nümayəndəsi|başçısı|direktoru|katibi|mütəxəssisi|həkimi)$',
  'iu',
);
/** A word in a case (genitive, dative, locative, ablative, accusative) is the body or an adjunct, no part of the office. */
const CASED = /(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|нун|нүн|ға|ге|қа|ке|да|де|та|те|нан|нен|дан|ден|тан|тен|ны|ні|ning|ga|ka|qa|da|dan|ni|nın|nin|nun|nün|də|dən)$/u;

// (A Latin head in lower case only: `muzey direktori X`; the Uzbek and Azerbaijani spellings are theirs alone.)
/** Whether `word` is a listed possessed office head, a Cyrillic one only in a text with Kazakh or Kyrgyz letters (`context`) or after a Turkic genitive. */
export function isTurkicOfficeHead(word: string, context: string, turkicGenitive = false): boolean {
  if (!HEAD.test(word)) return false;
  return /^\p{Script=Cyrillic}/u.test(word) ? turkicGenitive || (mayHold(CYRILLIC, context) && TURKIC_CYRILLIC.test(context)) : /^\p{Ll}/u.test(word);
}

/** The last words (at most four) of the sentence before a name, ranks after them left out (`… öğretim üyesi Doç.`). */
function leadOf(before: string): string[] {
  return before.replace(/(?:\s\p{Lu}\p{Ll}{0,4}\.)+\s*$/u, ' ').split(/[.!?:\n]\s/u).at(-1)!.trim().split(/\s+/u).slice(-4);
}

/** A Turkish role before a name: after a participle clause, or a noun and a possessed head (tr-participle.ts). */
export function turkishLeadRole(before: string): string | null {
  if (!/[ğıİşŞ]/u.test(before)) return null;
  const lead = leadOf(before);
  return (nounsAfterParticiple(lead) ?? possessedCompoundRole(lead))?.join(' ') ?? null;
}

/**
 * A Kazakh, Kyrgyz, Uzbek or Azerbaijani possessed office head right before a name, with up to two lower-case words
 * qualifying it (`жетекші ғылыми қызметкері`); roles.ts asks when nothing else gave a role.
 */
export function turkicPossessedRole(before: string): string | null {
  const lead = leadOf(before);
  const head = lead.at(-1) ?? '';
  // (`мектебинин директору X`: Kyrgyz may show none of its own letters there, but its genitive before the head.)
  const genitive = /(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн|ның|нің|дың|дің|тың|тің)$/u.test(lead.at(-2) ?? '');
  if (!isTurkicOfficeHead(head, before, genitive)) return nounsAfterAttribute(lead, before);
  const role = [head];
  // (`әкімінің орынбасары`: the body in the genitive stops the office; `жетекші ғылыми қызметкері`: plain words qualify it.)
  for (let at = lead.length - 2; at >= 0 && role.length < 3 && /^\p{Ll}[\p{Ll}‘’'ʻʼ-]+$/u.test(lead[at]!) && !CASED.test(lead[at]!); at--) role.unshift(lead[at]!);
  return role.join(' ');
}

/** Turkic attributive endings: of an age (`64 yoshli`, `19 yaşlı`, `58 жастағы`) or a place (`fransiyalik`, `алматылық`, `bakılı`). */
const ATTRIBUTE = /^\p{Ll}[\p{Ll}‘’'ʻʼ-]*(?:lik|liq|li|lı|lu|lü|лық|лік|дық|дік|тық|тік|жастағы|дағы|дегі|тағы|тегі)$/u;
/** Uzbek's `o‘`/`g‘`, Azerbaijani's ə, Kazakh's letters: the languages whose attributes these are (Turkish has its own reader). */
const TURKIC_TEXT = /[oOgG][‘’'ʻʼ]\p{Ll}|[əƏәғқңөұүһі]/u;

/**
 * `fransiyalik sayyoh X`, `64 yoshli qog‘ozgar usta X`, `58 жастағы мұғалім X`: after an attribute of age or origin, the one or
 * two plain lower-case nouns right before the name are what the person is, whatever the noun.
 */
function nounsAfterAttribute(lead: readonly string[], before: string): string | null {
  const at = lead.findLastIndex((word) => ATTRIBUTE.test(word));
  const nouns = lead.slice(at + 1);
  const plain = nouns.every((word) => /^\p{Ll}[\p{Ll}‘’'ʻʼ-]+$/u.test(word) && !CASED.test(word) && !ATTRIBUTE.test(word));
  return at >= 0 && nouns.length >= 1 && nouns.length <= 2 && plain && TURKIC_TEXT.test(before) ? nouns.join(' ') : null;
}

/**
 * `öğretim üyesi Prof. Dr. X`, `kafedra mudiri Prof. X`: abbreviated ranks alone in the name's run, between the office and the
 * name, leave the office written before them the role (roles.ts would otherwise keep only the ranks, or nothing).
 */
export function turkicRoleOverRanks(inside: readonly string[], before: string): string | null {
  if (inside.length === 0 || !inside.every((word) => /^\p{Lu}\p{Ll}{0,4}\.$/u.test(word))) return null;
  return turkishLeadRole(before) ?? turkicPossessedRole(before);
}
