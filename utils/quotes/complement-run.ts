/**
 * `il tecnico del Fiorano Gianni Bassi`, `ministro de Transportes Jorge Navarro`: after "of the", or an office and "of",
 * a run's first word is the team, place or ministry, the rest the person (`l’assessora alla Cultura Federica Lanzi`: "to
 * the" before a portfolio as well; `der Bürgermeister aus Neustadt Peter Beispiel`: "from" after a role noun). But after
 * a body's own word (`investigadora del Instituto Tinerfeño de Ciencias Volcánicas`) with a lower-case link inside what
 * is left, the whole run is that body's name, and no one is named.
 */

import { isForeignRoleNoun } from './lang/role-nouns';
import { GERMAN_ROLE_NOUN } from './lang/de-roles';
import { NOT_A_PERSON } from './non-person-words';
import { bare } from './names';

// (Somali puts a place right after its noun with no "of": `Guddoomiyaha degmada Baydhabo X Y Z`, chairman of the district Baydhabo.)
const OF_BEFORE = /(?:^|\s)(?:(del|della|dello|dei|degli|delle|du|des|do|da|dos|das|de\s+la|de\s+los|de\s+las|alla|alle|al|ai|agli|au|aux|ao|degmada|gobolka|magaalada|tuulada|deegaanka)|(\p{L}+)\s+(?:de|di|aus|uit|från|fra))\s+$/u;

/** The name left once a complement's first word is taken off; null when the run is a body's name. */
export function withoutComplementOpening(text: string, at: number, run: string, name: string): string | null {
  const words = name.split(' ');
  // (Only when the run's first word is still there: `de la Universidad de Zaragoza Jorge Abad Lanuza` lost its body in names.ts.)
  if (words.length <= 2 || !run.startsWith(words[0]!)) return name;
  const of = OF_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  if (!of || !(of[1] || isForeignRoleNoun(of[2]!) || (/^\p{Lu}/u.test(of[2]!) && GERMAN_ROLE_NOUN.test(of[2]!)))) return name;
  const rest = name.slice(name.indexOf(' ') + 1);
  return NOT_A_PERSON.has(bare(words[0]!)) && /\s\p{Ll}+\s/u.test(rest) ? null : rest;
}
