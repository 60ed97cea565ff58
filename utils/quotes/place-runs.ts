/** Runs of capitals that name a place or a party's tag, never a person (person-mentions.ts). */

import { isRomancePlaceRun } from './romance-place-run';

/** A Kazakh place's name: its last word in the locative or its adjective (-ында, -дағы, "in X"), or a noun for a place after it (city, district, river, gorge, region, street, village, lake). */
const KAZAKH_PLACE = /(?:\p{Ll}(?:дағы|дегі|тағы|тегі|ында|інде)|\s(?:қала|аудан|өзен|шатқал|облыс|көше|ауыл|көл)\p{Ll}*)(?:[\s,.]|$)/u;

/**
 * Kyrgyz and Kazakh decline only a full name's last word (`Бакыт Осмоновго`): a run whose every word carries a case ending,
 * dative, ablative or locative (`Базага Казакстандан`, "to the base, from Kazakhstan"), is places or things, no person.
 */
const TURKIC_OBLIQUE_WORD = /^\p{Lu}\p{Ll}{2,}(?:га|ге|го|гө|ға|ка|ке|ко|кө|қа|дан|ден|дон|дөн|тан|тен|тон|төн|нан|нен|нон|нөн|да|де|до|дө|та|те|то|тө)$/u;
const TURKIC_LETTERS = /[ңөүәғқұ]/u;

/**
 * `із Зеленого Гаю`, `из Красного Бора`: after a preposition of place, two capitalised words whose first is an adjective in an
 * oblique case (-ого, -ої, -ому, -ій, -ой; not -ом, `с Иваном`): a village's name; a given name never declines as an adjective.
 */
const SLAVIC_PLACE_PREPOSITION = /(?:^|[\s(])(?:із|зі|з|до|від|біля|поблизу|у|в|на|из|со|с|от|около|возле|во)\s+$/iu;
const SLAVIC_ADJECTIVE_PLACE = /^\p{Lu}\p{Ll}+(?:ого|его|ої|ому|ему|ій|ой)\s+\p{Lu}\p{Ll}+$/u;

/** `who has lived on Harrow Isle since 1990`, `grew up in Cedar Flats`: a run right after a verb of living and `on`/`in`/`at` is where someone lives. */
const LIVED_IN_BEFORE = /(?<![\p{L}])(?:lived|lives|living|live|grew\s+up|settled)\s+(?:on|in|at)\s+$/u;

/** Whether the run (and the few characters after it, or before it) is such a place or tag. */
export function namesPlaceOrTag(run: string, following: string, preceding = '', text = ''): boolean {
  // (`a Pietralunga da Torino`, `Pietralunga di Sopra`: a Romance village, romance-place-run.ts.)
  if (isRomancePlaceRun(run, preceding, text)) return true;
  if (SLAVIC_ADJECTIVE_PLACE.test(run) && SLAVIC_PLACE_PREPOSITION.test(preceding)) return true;
  // (`State Sen. X, R-Oak Lawn,`: a party's letter and a hyphen open the lawmaker's home town.)
  if (/^[RDI]-\p{Lu}/u.test(run)) return true;
  if (LIVED_IN_BEFORE.test(preceding)) return true;
  // (`Базага Казакстандан,`: every word of the run in an oblique case, Kyrgyz or Kazakh; a text with their letters only.)
  if (/\s/u.test(run) && run.split(/\s+/u).every((word) => TURKIC_OBLIQUE_WORD.test(word)) && TURKIC_LETTERS.test(text || run + following)) return true;
  // (`Ақсу шатқалындағы`: Kazakh sets the noun for a place after its name, or a locative ending on it.)
  return /\p{Script=Cyrillic}$/u.test(run) && KAZAKH_PLACE.test(run + following);
}
