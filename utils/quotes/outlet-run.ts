/**
 * A Romance outlet's name glued before a person's in one capitalised run: `explicó a Diario del
 * Plata Gabriel Olivera, director …`, `afirmou ao Jornal da Cidade Sónia Teixeira`. The outlet
 * opens with its kind of publication and names its place or subject after a particle; the words
 * after that are the person who spoke.
 */

import { cleanName, looksLikePerson } from './names';

/**
 * A publication's kind, then one or more particle-and-name pairs: "Diario del Plata", "Jornal da Cidade", "Radio de la Costa";
 * or a station's name closed by its band, `à Radio Vallée FM Paul Roux`: the capitals after `FM` are the person.
 */
const OUTLET_OPENING = /^(?:Diario|Diário|Jornal|Journal|Periódico|Revista|Radio|Rádio|Canal|Gazeta|Gazzetta|Corriere|Correio|Giornale|Noticias|Notícias|Agencia|Agência|Agenzia|Semanario|Semanário|Tele|Televisión|Televisão)\s+(?:(?:(?:del|de\s+la|de\s+las|de\s+los|de|da|do|das|dos|della|dello|delle|di|du|des)\s+\p{Lu}[\p{L}'’-]*\s+)+|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:FM|AM|TV)\s+)/u;

/** A station in the dative (Polish, Slovak), "to Radio …", and the station's one-word name. */
const DATIVE_STATION_OPENING = /^(?:Radiu|Rádiu)\s+\p{Lu}[\p{L}'’-]*\s+(?=\p{Lu})/u;

/** The person's name after an outlet's name in `run` (the capitalised run as found), or null when the run opens with none. */
export function personAfterOutlet(run: string): string | null {
  // (`powiedział Radiu Lipowo Marek Nowicki`: a station in the dative, "to Radio X", is whom a tag's verb was said to; a
  // one-word station name, then a two-word name, the speaker.)
  const told = DATIVE_STATION_OPENING.exec(run);
  const toldPerson = told ? cleanName(run.slice(told[0].length)) : '';
  if (toldPerson.split(/\s+/u).length === 2 && looksLikePerson(toldPerson)) return toldPerson;
  const outlet = OUTLET_OPENING.exec(run);
  if (!outlet) return null;
  const person = cleanName(run.slice(outlet[0].length));
  return looksLikePerson(person) ? person : null;
}

/** `Diario del Plata Gabriel Olivera, director …` (the words after a recipient preposition): the words from the person on, or null. */
export function fromPersonAfterOutlet(words: string): string | null {
  const trimmed = words.trimStart();
  const outlet = OUTLET_OPENING.exec(trimmed);
  if (!outlet) return null;
  const rest = trimmed.slice(outlet[0].length);
  const run = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}/u.exec(rest)?.[0] ?? '';
  return looksLikePerson(cleanName(run)) ? rest : null;
}

/** A broadcaster's kind opening a run (`Radio`, `Rádio`, `Televisión`, `Tele`), the station's name after it. */
const STATION_OPENING = /^(?:Radio|Rádio|Rádió|Radiu|Rádiu|Raadio|Televisión|Televisão|Televisione|Télévision|Televizija|Tele)\s+\p{Lu}/u;

/**
 * Whether a capitalised run is a station's name and nobody's: `ai microfoni di Radio Monte Chiaro` (not a person
 * `Monte Chiaro`). A person glued after a station named with particles is outlet-run's: `a Radio de la Costa Ana Ruiz`.
 */
export function isStationRun(run: string): boolean {
  return STATION_OPENING.test(run) && run.trim().split(/\s+/u).length <= 4 && personAfterOutlet(run) === null;
}
