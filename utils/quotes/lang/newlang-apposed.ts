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
// (`Autor posudku, statik X Y z …,`: a lower-case role noun may open the group before the name.)
const APPOSED = /^((?:A|Az)\s+)?(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}),\s+(\p{Ll}[\p{L}-]{3,}\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+)(?=,|\s+(?:\(|\p{Ll}))/u;

/**
 * `Kuopion keskustassa asuva X Y, 81, oli …`, `Kaupassa työskentelevä X Y kertoo …`: a Finnish place in the inessive or
 * adessive (-ssa, -lla), a present participle (-va, "living", "working") and the full name: the name is the subject,
 * never the place's genitive opening the sentence.
 */
const FINNISH_PARTICIPLE_OPENING = /^(?:\p{Lu}\p{Ll}+\s+)?\p{L}+(?:ssa|ssä|lla|llä)\s+(\p{Ll}+(?:va|vä))\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+)(?=,|\s+\p{Ll})/u;

export function apposedNameOpening(opening: string): SpeakerPhrase | null {
  // (Finnish endings only, tested first with no \p class: most openings lack them.)
  const participle = /(?:ssa|ssä|lla|llä)\s+\S+(?:va|vä)\s/u.test(opening) ? FINNISH_PARTICIPLE_OPENING.exec(opening) : null;
  if (participle) return person(participle[2]!);
  const match = APPOSED.exec(opening);
  if (!match) return null;
  const role = match[2]!;
  const words = role.split(/\s+/u);
  // The head is the first word (`Avocatul familiei`, `Producent filmu`) or, after Hungarian `A`, the last (`… Gazdakör elnöke`).
  const head = (match[1] ? words.at(-1)! : words[0]!).toLowerCase();
  const inner = match[3]?.trim();
  // (The inner noun, when there is one, must be a role itself: `Ráno, v piatok X Y` opens with no one's role.)
  if (inner ? !isNewLanguageAgentNoun(inner) : !RELATION_OR_ROLE.test(head) && !isNewLanguageAgentNoun(head)) return null;
  const name = cleanName(match[4]!);
  // (The role noun next to the name is the role: `Hans forsvarer, advokat X` is an advokat.)
  return name && name.includes(' ') ? person(name, inner ?? role) : null;
}
