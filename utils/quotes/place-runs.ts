/** Runs of capitals that name a place or a party's tag, never a person (person-mentions.ts). */

/** A Kazakh place's name: its last word in the locative or its adjective (-ында, -дағы, "in X"), or a noun for a place after it (city, district, river, gorge, region, street, village, lake). */
const KAZAKH_PLACE = /(?:\p{Ll}(?:дағы|дегі|тағы|тегі|ында|інде)|\s(?:қала|аудан|өзен|шатқал|облыс|көше|ауыл|көл)\p{Ll}*)(?:[\s,.]|$)/u;

/** Whether the run (and the few characters after it) is such a place or tag. */
export function namesPlaceOrTag(run: string, following: string): boolean {
  // (`State Sen. X, R-Oak Lawn,`: a party's letter and a hyphen open the lawmaker's home town.)
  if (/^[RDI]-\p{Lu}/u.test(run)) return true;
  // (`Ақсу шатқалындағы`: Kazakh sets the noun for a place after its name, or a locative ending on it.)
  return /\p{Script=Cyrillic}$/u.test(run) && KAZAKH_PLACE.test(run + following);
}
