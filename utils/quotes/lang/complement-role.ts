/**
 * A role before the name carrying a complement, in every language (helper q-roles; table
 * tests/unit/quotes/languages/role-reading.test.ts): `said deputy mayor for transport X`, `řekl náměstek pro dopravu X`,
 * `sagte Stadträtin für Bildung X`, `dijo el secretario de Obras Públicas X`. The readers take a role word right before a
 * name; a preposition and its words between them leave them no name, or glue the complement's capitalised words to it
 * (`Públicas Raúl Medina`). So the tag is read again without the complement, and the complement goes back into the role,
 * after the role word it belongs to. The name is the last two capitalised words (three after a lower-case complement).
 * A complement naming a person (`spokesman for Mayor X`, `portavoz de la alcaldesa X`) or ending in a preposition
 * (`lawyer for the family of X`) is whom the role serves, and is left to the readers.
 */

import type { SpeakerPhrase } from '../cues';
import { isTitle, PORTFOLIOS } from '../names';
import { isRoleWord } from '../roles';
import { GERMAN_ROLE_NOUN, isGermanAgentNoun } from './de-roles';
import { isPersonNoun } from './clause-role';
import { isForeignRoleNoun } from './role-nouns';

/** Prepositions (and fused articles) opening a role's complement. */
const PREPOSITION = String.raw`(?:for|of|at|in|on|with|con|com|avec|mit|pro|ds\.|do\s+spraw|für|van|voor|im|vom|de|del|de\s+la|des|du|au|aux|à|alla|alle|al|ai|agli|allo|dei|degli|della|dello|delle|per|di|da|do|dos|das|para|por|по|з|с|для|за|od|ve|v|na|dla|w|z|ze)`;
const PREPOSITION_START = new RegExp(String.raw`(?<=^|[\s(])(\p{L}[\p{L}’'-]*)\s+(${PREPOSITION})\s+`, 'gu');
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Up to five complement words, then the name, then the end of the tag, punctuation or a lower-case word (its verb). */
const REST = new RegExp(String.raw`^((?:[^\s,;:«»“”„"()]+\s+){0,5}?)(${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?)(?=\s*[.,;:!?()]|\s*$|\s+\p{Ll})`, 'u');
/** A coordinating conjunction closing the complement's words (`Kultur og`, `Energy and`, `Bildung und`). */
const COORDINATING = String.raw`(?:and|og|och|und|et|y|e|en|és|ja|ir|un|și|şi|и|і|та)`;
const COORDINATING_END = new RegExp(String.raw`(?:^|\s)${COORDINATING}$`, 'u');
const CLOSED_END = new RegExp(String.raw`(?:^|\s)(?:${PREPOSITION}|the|a|an|la|le|el|il|lo|der|die|das|den|dem|o|os|as|les|los|las)\s*$`, 'iu');

interface Complement {
  roleWord: string;
  complement: string;
  name: string;
  start: number;
  end: number;
}

/** A description the reader ended right where the complement starts. */
function cutAtComplement(written: string, phrase: string, complement: Complement): boolean {
  const at = written.indexOf(phrase);
  return at >= 0 && at + phrase.length === complement.start;
}

function isRoleHead(word: string): boolean {
  // (`vicesindaco`, `Vizepräsidentin`, `wiceburmistrz`, `subdirectora`: a deputy's prefix on an office.)
  const plain = word.replace(/^(?:l|d)['’]/u, '').replace(/^(?:vice-?|vize-?|wice|sub-?|co-)(?=\p{L}{4})/iu, '');
  return isRoleWord(plain.toLowerCase()) || isForeignRoleNoun(plain) || GERMAN_ROLE_NOUN.test(plain) || isGermanAgentNoun(plain) || isPersonNoun(plain.toLowerCase()) || /^(?:Beauftragte|Beauftragter|Beauftragten)$/u.test(plain);
}

function complementIn(frame: string, atEnd = false): Complement | null {
  for (const match of frame.matchAll(PREPOSITION_START)) {
    // (`conseillère municipale déléguée à la culture`: a role noun may head the words before the preposition.)
    const heads = frame.slice(Math.max(0, match.index - 40), match.index).trim().split(/\s+/u).slice(-2);
    if (!isRoleHead(match[1]!) && !heads.some((word) => /^\p{Ll}/u.test(word) && isRoleHead(word))) continue;
    const restAt = match.index + match[0].length;
    const rest = REST.exec(frame.slice(restAt));
    if (!rest) continue;
    let words = rest[1]!.trim();
    let name = rest[2]!;
    // (A portfolio, a German noun after `für`, or an adjective agreeing with the complement's noun (`Obras Públicas`) closes
    // the complement before a two-word name; three capitalised words are a name otherwise: `Minister for Energy Asif Khan Bhutta`.)
    const nameWords = name.split(/\s+/u);
    const lastWord = words.split(/\s+/u).at(-1) ?? '';
    const agrees = /^\p{Lu}/u.test(lastWord) && /(?:as|es|os)$/u.test(nameWords[0]!) && lastWord.slice(-2) === nameWords[0]!.slice(-2);
    // (`Rådmand for Kultur og Fritid X Y`, `Stadtrat für Bau und Verkehr X Y`: a word after a conjunction closes the portfolio; not
    // English, Romance "and", where a body and a person are joined: `the Department of Health and Tom Reyes Khan`.)
    const coordinated = COORDINATING_END.test(words) && !/(?:^|\s)(?:and|et|y|e)$/u.test(words);
    if (nameWords.length === 3 && (PORTFOLIOS.has(nameWords[0]!.toLowerCase()) || (!words && /^(?:für|im|vom|van|voor)$/u.test(match[2]!)) || agrees || coordinated)) {
      words = `${words} ${nameWords[0]}`.trim();
      name = nameWords.slice(1).join(' ');
    }
    const complement = `${match[2]} ${words}`.trim();
    const complementWords = words ? words.split(/\s+/u) : [];
    // (`spokesman for Mayor Ellen Park`, `portavoz de la alcaldesa Rosa Gil`: a title or role noun right before the name
    // makes the name the person the role serves; `adjointe au maire chargée des sports X` is the deputy.)
    const last = complementWords.at(-1) ?? '';
    if (isTitle(last) || isRoleWord(last.toLowerCase()) || isForeignRoleNoun(last)) continue;
    if (!words || CLOSED_END.test(words)) continue;
    const nameAt = restAt + rest[0].lastIndexOf(name);
    if (atEnd && nameAt + name.length !== frame.length) continue;
    return { roleWord: match[1]!, complement, name, start: match.index + match[1]!.length, end: nameAt };
  }
  return null;
}

/**
 * The speaker read with the complement taken out of the tag, the complement back in the role; the first reading when
 * it found the name as it is, or when the frame holds no such complement.
 */
export function withComplementReadThrough(written: string, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const found = withPlaceGroupReadThrough(written, read);
  // (`řekl náměstek pro dopravu X` read as a left-out subject and a descriptor: the weakest reading, read again.)
  if (found && found.kind !== 'name' && found.kind !== 'description') return found;
  const complement = complementIn(written);
  // (`ha detto il vicesindaco con delega allo Sport X` read as the descriptor `il vicesindaco`, cut at the complement.)
  if (found?.pronoun && !found.dropped && !(complement && found.descriptor && found.definite && cutAtComplement(written, found.definite, complement))) return found;
  // (A reading of the name alone, of someone else, or of a description (`A spokeswoman for organisers Northern Prize Draw`)
  // stands; one that glued the complement to the name, or found no subject, is read again.)
  // (`la conseillère municipale déléguée` cut at the complement is read again, and so is a description of the role word, the
  // complement and the name with no article, `schepen van Mobiliteit Annelies Claes`, batch others5.)
  if (!complement || (found?.kind === 'description' && !cutAtComplement(written, found.phrase, complement) && !(found.phrase.startsWith(`${complement.roleWord} `) && found.phrase.endsWith(` ${complement.name}`))) || (found?.kind === 'name' && !found.pronoun && (found.phrase === complement.name || !found.phrase.endsWith(` ${complement.name}`)))) return found;
  const again = read(`${written.slice(0, complement.start)} ${written.slice(complement.end)}`);
  if (again?.kind !== 'name' || again.pronoun || again.phrase !== complement.name) return found;
  const role = again.role;
  const at = role ? role.lastIndexOf(complement.roleWord) : -1;
  const withComplement = role && at >= 0 ? `${role.slice(0, at + complement.roleWord.length)} ${complement.complement}${role.slice(at + complement.roleWord.length)}` : `${role ? `${role} ` : ''}${complement.roleWord} ${complement.complement}`;
  return { ...again, role: withComplement.trim() };
}

/**
 * `Stadträtin für Bildung Sabine Kurz`, `secretario de Obras Públicas Raúl Medina`: the name a capitalised run ending
 * `window` holds after a role's complement, for the mention finders (name-bounds.ts); null when none stands there.
 */
export function nameAfterComplement(window: string): string | null {
  if (!/\s(?:\p{Ll}{1,5}\.?|do\s+spraw)\s+\S+/u.test(window)) return null;
  return complementIn(window, true)?.name ?? null;
}

/**
 * A body in capitals (and a number) opening the run, right after a lower-case role noun: `директор ТЭЦ-7 X Y`, `prezes PKP X Y`,
 * `ředitel ČEZ X Y`. Languages with cases put the body there with no preposition; it is the role's complement, not the role alone.
 */
const ACRONYM_LEAD = /^\p{Lu}{2,6}(?:-\d{1,3})?$/u;
const ROLE_NOUN_AT_END = /(?:^|\s)(\p{Ll}[\p{L}-]{2,})\s+$/u;

/** A role word, a preposition and up to three lower-case words closing the text before a name run (built once, not per run). */
// (A capitalised word before a conjunction too: `Rådmand for Kultur og` before the run `Fritid X Y`.)
const ROLE_AND_PREPOSITION_AT_END = new RegExp(String.raw`(?:^|\s)((\p{L}[\p{L}’'-]*)\s+${PREPOSITION}(?:\s+(?:\p{Ll}[\p{L}’'-]*|\p{Lu}[\p{L}’'-]*(?=\s+${COORDINATING}$|\s+${COORDINATING}\s))){0,3})\s+$`, 'u');

/**
 * `El secretario de Obras Públicas Raúl Medina visitó`: the capitalised words of a complement a name run opens with
 * (`Obras Públicas`) are the role's end, with the role word and preposition before the run; null when the run holds none.
 */
export function roleWithComplement(before: string, runLead: string): string | null {
  const lead = runLead.trim();
  if (!lead) return null;
  const acronymOwner = ACRONYM_LEAD.test(lead) ? ROLE_NOUN_AT_END.exec(before)?.[1] : undefined;
  if (acronymOwner && isRoleHead(acronymOwner)) return `${acronymOwner} ${lead}`;
  const found = ROLE_AND_PREPOSITION_AT_END.exec(before);
  // (`Senior Minister of State for Transport X`: English capitalised offices are read whole elsewhere, names.ts.)
  // (One opening its sentence is capitalised for that: `Rådmand for Kultur og Fritid X`.)
  const opensSentence = !!found && /(?:^|[.!?]\s+|\n\s*)$/u.test(before.slice(0, found.index + found[0].search(/\S/u)));
  return found && isRoleHead(found[2]!) && (/^\p{Ll}/u.test(found[2]!) || opensSentence || GERMAN_ROLE_NOUN.test(found[2]!) || isGermanAgentNoun(found[2]!)) && !isTitle(lead.split(/\s+/u).at(-1)!) && !isForeignRoleNoun(lead.split(/\s+/u).at(-1)!) ? `${found[1]} ${lead}` : null;
}

/** A preposition of place or origin closing a role (`рыбак из`, `директор завода в`, `pescador de`, `fisherman from`). */
const PLACE_PREPOSITION_END = /(?:^|\s)(?:из|в|во|на|с|со|от|у|з|із|від|до|под|z|ze|w|we|v|ve|na|u|od|de|da|do|di|del|du|à|a|en|em|in|from|at|of|aus|von|im|am|van|uit|från|fra|i)$/u;

/**
 * `Сергей Лебедев, рыбак из Астрахани, сказал:`: a reader that took the one capitalised word after a role and a preposition
 * of place for the speaker read a place. The comma group is the role of the name before it, read again without the group.
 */
function withPlaceGroupReadThrough(written: string, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const found = read(written);
  if (found?.kind !== 'name' || found.pronoun || /\s/u.test(found.phrase) || !found.role || !PLACE_PREPOSITION_END.test(found.role)) return found;
  const group = `${found.role} ${found.phrase}`;
  const at = written.indexOf(`, ${group},`);
  if (at < 0) return found;
  const again = read(written.slice(0, at) + written.slice(at + group.length + 2));
  return again?.kind === 'name' && !again.pronoun && /\s/u.test(again.phrase) && !again.role ? { ...again, role: group } : found;
}
