/**
 * A role set off by commas right after a name, in a language whose role nouns no list here holds: the apposition is
 * what the person is when it opens with a lower-case agent or occupation noun by its ending and is closed by a comma
 * before the predicate: `Dr Marek Pawlak, weterynarz współpracujący ze schroniskiem, ostrzega …`. (Closing a tag, an
 * apposition may be a kinship or a participle the tables keep apart, `…, mama dwójki dzieci.`, `intervistato dal …`.)
 * The words opening it must not be a closed-class word (a relative pronoun, conjunction, preposition, pronoun) nor
 * English (`Smith, laughing, said` reads no role; `X, por enquanto, não pensa` an adverbial): the English readers have their own rules for appositions.
 */

import { NOT_A_VERB } from './tag-words';
import { isNewLanguageAgentNoun, isOccupation } from './newlang-roles';
import { isAlbanianLinkedRole } from './sq-roles';

/** Relative pronouns, conjunctions, prepositions and pronouns of the languages read here, which open no role. */
const NOT_A_ROLE_OPENER = new Set(
  ('who which that whose whom what when where while som der die dat wat ki kes joka jonka jota aki ami amely care cine ' +
    'który która które którzy ktorý ktorá ktoré který která které koji koja koje što kdo που ο η οι το και να ότι yang dan atau ' +
    'và là ve ile ama ja ja és és is de og och eller men en et ei a i e y o u w z ze na do od po za pri v s k ke pe la în ' +
    'din cu ale al di da of in on at for with by from to as but and or not now then also so yet still already ' +
    'який яка які который которая которые и а но що как як ma ale ani aby żeby že ale nebo nebol alebo ili te pa').split(' '),
);

// (`X, ’n hidroloog aan die universiteit wat die rivier bestudeer, sê …`, `X, een geoloog van de universiteit, zegt …`: the Afrikaans
// or Dutch indefinite article may open it and their relative clause close it, neither part of the role; the clause may run past the
// words read.)
const APPOSITION = /^,\s+(?:(?:een|['’]n|ŉ)\s+)?(\p{Ll}[\p{L}-]*(?:\s+[^\s,.;:()!?"“”„«»]+){0,7}?)(?:\s+(?:wat|dat|welke)\s[^,.;:()!?"“”„«»]{1,90}(?:\s*,\s+\p{Ll}|$)|\s*,\s+\p{Ll})/u;

/**
 * The role apposed right after a name: `after` is the text just past the name, `lead` its sentence up to it. A name
 * itself in apposition (`Zijn advocaat, mr. Thijs van Leeuwen, overweegt …`) is followed by the predicate, and Turkish
 * sets a comma after its subject (`Kaya, kararın … belirtti.`): neither is read.
 */
export function appositionRole(after: string, lead: string): string | null {
  const found = APPOSITION.exec(after);
  if (!found || /,\s*(?:\p{L}+\.\s*)?$/u.test(lead) || /[ıİşŞğĞ]/u.test(found[0])) return null;
  // Its noun must have an agent's or occupation's shape (`weterynarz`), since an adverbial may stand there too (`X, invece, è pessimista`).
  // (`X, kapiteni i anijes, …`: an Albanian noun with its suffixed article and genitive link, sq-roles.ts.)
  if (!(isNewLanguageAgentNoun(found[1]!.split(/\s+/u)[0]!) || isOccupation(found[1]!.split(/\s+/u)[0]!) || isAlbanianLinkedRole(found[1]!))) return null;
  const words = found[1]!.split(/\s+/u);
  if (NOT_A_ROLE_OPENER.has(words[0]!) || NOT_A_VERB.has(words[0]!) || /(?:ing|ed|ly)$/u.test(words[0]!) || words.some((word) => /^(?:the|an|of|who|and)$/u.test(word))) return null;
  return found[1]!;
}
