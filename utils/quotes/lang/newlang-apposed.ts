/**
 * A role or relation opening the sentence, then the person's name between commas, in the languages
 * that write no article before a role (Romanian glues it on: `Avocatul`, `Fiica`):
 * `Avocatul familiei, Cristian Popa, a anunțat …:`, `Producent filmu, Krzysztof Lis ze studia Brzask, …`,
 * `A Nagykunsági Gazdakör elnöke, Tóth Gábor azt kéri …`. The name is the subject, the opening its role.
 * The opening must hold a role or relation noun: `Wczoraj rano, Jan Kowalski, …` or `Dziś, Anna Nowak …` give nothing here.
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName } from '../names';
import { isNewLanguageAgentNoun } from './newlang-roles';
import { person } from './shared';

/** Relatives and a few roles written with an article suffix or a case of their own. */
const RELATION_OR_ROLE =
  /^(?:fiica|fiul|soția|soțul|mama|tatăl|fratele|sora|apărătoarea|apărătorul|reprezentantul|reprezentanta|córka|syn|żona|mąż|matka|ojciec|producent|producentka|dcera|manželka|manžel|matka|otec|datter|søn|dotter|sonen|dochter|zoon|weduwe|leánya|lánya|fia|felesége|férje|elnöke|vezetője|szóvivője|igazgatója|polgármestere|alelnöke)$/u;

/** `Role words, Name Name,` or `Role words, Name Name verb…` (the name two or three capitalised words). */
const APPOSED = /^((?:A|Az)\s+)?(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}),\s+((?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+)(?=,|\s+(?:\(|\p{Ll}))/u;

export function apposedNameOpening(opening: string): SpeakerPhrase | null {
  const match = APPOSED.exec(opening);
  if (!match) return null;
  const role = match[2]!;
  const words = role.split(/\s+/u);
  // The head is the first word (`Avocatul familiei`, `Producent filmu`) or, after Hungarian `A`, the last (`… Gazdakör elnöke`).
  const head = (match[1] ? words.at(-1)! : words[0]!).toLowerCase();
  if (!RELATION_OR_ROLE.test(head) && !isNewLanguageAgentNoun(head)) return null;
  const name = cleanName(match[3]!);
  return name && name.includes(' ') ? person(name, role) : null;
}
