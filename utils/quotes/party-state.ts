/**
 * `“…,” the Oregon Republican said` after `Reps. Ned Carver of Oregon …`, `the Ohio Democrat` after
 * `Sen. Rita Vance, D-Ohio,`: American political copy refers back to a lawmaker by state and party (or office). The
 * person is the latest one named beside that state, written out or as the label's abbreviation (`R-Ore.`, `(D-N.Y.)`).
 */

import type { EntityBook } from './entity-types';
import { introducedTieHolder } from './introduced-tie';
import { bracketedPartyHolder } from './bracketed-party';

const STATE_AND_PARTY = /^the\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:Republican|Democrat|Democratic\s+\p{Ll}+|Republican\s+\p{Ll}+|GOP\s+\p{Ll}+|independent|(?:state\s+)?(?:senator|lawmaker|representative|legislator)|congressman|congresswoman|governor)$/u;
/** How many mentions back the person may be. */
const LOOKBACK = 25;

/** Whether `abbreviation` (`Ore.`, `N.Y.`) shortens `state`: its letters in order, the first one first. */
function shortens(abbreviation: string, state: string): boolean {
  const letters = abbreviation.replace(/[.\s]/gu, '').toLowerCase();
  const full = state.toLowerCase();
  if (!letters || letters[0] !== full[0]) return false;
  let from = 0;
  for (const letter of letters) {
    from = full.indexOf(letter, from) + 1;
    if (from === 0) return false;
  }
  return true;
}

function isState(words: string, state: string): boolean {
  return words === state || (/^\p{Lu}[\p{L}.\s]*$/u.test(words) && /\./u.test(words) && shortens(words, state));
}

/**
 * Whether the text sets `state` against the name at `at`: after it (`X of Oregon`, `X, R-Ore.,`, `X (D-N.Y.)`) or
 * before it (`Oregon Rep. X`, `Oregon’s X`).
 */
function namesState(text: string, at: number, end: number, state: string): boolean {
  const after = /^(?:\s+of\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)|,?\s*\(?[RDI]-\s?((?:\p{Lu}[\p{L}]*\.?\s?){1,2}))/u.exec(text.slice(end, end + 30));
  if (after && isState((after[1] ?? after[2] ?? '').trim(), state)) return true;
  // (`X, a first-term delegate from Laurel,` … `the Laurel lawmaker`: the place in the apposition after the name.)
  const apposed = /^,\s+(?:an?|the)\s[^,.;:"“”]{0,80}?\s(?:from|of)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=[,.;\s])/u.exec(text.slice(end, end + 130));
  if (apposed && apposed[1] === state) return true;
  const before = /(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?:[’']s)?\s+(?:(?:Rep|Sen|Gov|Lt\.\s+Gov|Reps|Sens)\.\s+|(?:Congressman|Congresswoman|Senator|Governor|Representative)\s+)?$/u.exec(text.slice(Math.max(0, at - 40), at));
  return !!before && before[1] === state;
}

/** The latest person named beside the state of `phrase` (`the Ohio Democrat`: `X, D-Ohio,`), or null (none, or no state in it). */
export function stateHolder(phrase: string, text: string, book: EntityBook, at: number): string | null {
  const state = STATE_AND_PARTY.exec(phrase.trim())?.[1];
  if (!state) return null;
  const before = book.mentions.filter((mention) => mention.at < at).slice(-LOOKBACK).reverse();
  const holder = before.find((mention) => {
    const written = text.slice(mention.at).startsWith(mention.name) ? mention.name.length : (/^[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*/u.exec(text.slice(mention.at))?.[0].length ?? 0);
    return !book.entities.get(mention.name)?.body && namesState(text, mention.at, mention.at + written, state);
  });
  return holder?.name ?? null;
}

/** The person `phrase` refers back to by state and party, or null. */
export function partyStateHolder(phrase: string, text: string, book: EntityBook, at: number): string | null {
  // (Else the person whose own introduction carries the party, seat or place: `X, a Republican from Y,` … `the Republican`.)
  // (`the Fine Gael councillor` after `Cllr X (FG)`: the party bracketed after the name, bracketed-party.ts.)
  if (!STATE_AND_PARTY.test(phrase.trim())) return bracketedPartyHolder(phrase, text, book, at) ?? introducedTieHolder(phrase, text, book, at);
  // (`X, a state representative who chairs …,` … `the Marlton Democrat said`: with no state or party written by anyone,
  // a place's party member is the lawmaker the text introduced last.)
  return stateHolder(phrase, text, book, at) ?? introducedTieHolder(phrase, text, book, at) ?? placelessLawmaker(phrase, text, book, at);
}

/** The lawmaker introduced last, when no place is written beside them (`Sen. X of Wyoming` is no `Montana Republican`). */
function placelessLawmaker(phrase: string, text: string, book: EntityBook, at: number): string | null {
  const lawmaker = PARTY_HEAD.test(phrase) ? introducedTieHolder('the lawmaker', text, book, at) : null;
  const placed = book.mentions.some((mention) => mention.name === lawmaker && PLACE_BESIDE.test(text.slice(mention.at, mention.at + mention.name.length + 30)));
  return placed ? null : lawmaker;
}
const PLACE_BESIDE = /\b(?:of|from)\s+\p{Lu}|[(,]\s*[RDI]-\s?\p{Lu}/u;

/** A party's member as the head of `the <Place> <party>`: `the Ohio Democrat`, `the Marlton Republican`. */
const PARTY_HEAD = /\s(?:Republican|Democrat)$/u;

/** `partyStateHolder` as a named speaker, for the attribution chain. */
export function partyStateSpeaker(phrase: string, text: string, book: EntityBook, at: number): { name: string; kind: 'name' } | null {
  const name = partyStateHolder(phrase, text, book, at);
  return name ? { name, kind: 'name' } : null;
}
