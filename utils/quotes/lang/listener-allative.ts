/**
 * Estonian and Finnish name whom something was said to in the allative after the speaker's name, closing the tag:
 * `ütles vallavanem Mart Kuusk Postimehele` ("said … to Postimees"), `kertoi Aino Virtanen Radio Pohjolalle`. The listener,
 * with a station's kind word before it (`Raadio …le`), is no part of the name (lang/listener-after-name.ts reads the tag).
 */

import { isFinnishText, withoutFinnishFromPlace } from './finnish-place';

/** A station's kind word, which opens an outlet's name written before its allative (`Raadio Kadrile`). */
export const STATION_KIND = String.raw`(?:Raadio|Radio|Televisioon|Televisio|TV)`;

/** A paper's town in the genitive before its allative (`Helsingin Sanomille`); never a -nen family name (`Virtanen`). */
export const TOWN_GENITIVE = String.raw`\p{Lu}[\p{L}-]+(?<!n)[aeiouyäö]n`;
const TOWN_GENITIVE_CLOSING = new RegExp(String.raw`(?<=^\S+\s+\S+)\s+${TOWN_GENITIVE}$`, 'u');

/** An Estonian paper's head noun in the allative, seldom printed without its place before it (`Järva Teatajale`). */
export const PLACE_PAPER_HEAD = String.raw`(?:Teatajale|Kullerile|Lehele|Häälele|Sõnumitele)`;
// `ütles Mari Kask Hiiu Häälele.`: the place in the genitive (a vowel) goes with the paper, after a two-word name.
const PLACE_PAPER_CLOSING = new RegExp(String.raw`(?<=^\S+\s+\S+)\s+\p{Lu}[\p{L}-]+[aeiouõäöü]\s+${PLACE_PAPER_HEAD}$`, 'u');

/** The allative closing a run after one name word at least: `-le` after a vowel (Estonian), `-lle` (Finnish). */
const ALLATIVE_TAIL = new RegExp(String.raw`(?<=\S)\s+(?:${STATION_KIND}\s+)?\p{Lu}[\p{L}-]{3,}[aeiouõäöü]l?le$`, 'u');

/** Estonian function words and verbs of saying, written in no other language here. */
const ESTONIAN_WORDS = /(?<![\p{L}])(?:ütles|ütleb|rääkis|sõnul|sõnas|ning|kuid|pole|lisas)(?![\p{L}])/u;

/**
 * A run's name without a Finnic case word closing it: the place it is from (lang/finnish-place.ts) or, when the run closes
 * its sentence, the listener in the allative (`Tõnis Org Raadio Kadakale.` → `Tõnis Org`); only in an Estonian or Finnish text,
 * as Italian family names end so (`Pino Daniele`).
 */
export function withoutFinnicCaseTail(name: string, text: string, end: number, isFinnish: () => boolean): string {
  if (/(?:st|lt|ss)[aä]$/u.test(name)) return isFinnish() ? withoutFinnishFromPlace(name) : name;
  if (PLACE_PAPER_CLOSING.test(name) && /^\s*[.!?,]/u.test(text.slice(end, end + 3)) && ESTONIAN_WORDS.test(text)) return name.replace(PLACE_PAPER_CLOSING, '');
  if (!ALLATIVE_TAIL.test(name) || !/^\s*[.!?,]/u.test(text.slice(end, end + 3))) return name;
  // (`Matti Virtanen Helsingin Sanomille.`: the paper's town too, when a two-word name stays before it.)
  return isFinnish() || ESTONIAN_WORDS.test(text) ? name.replace(ALLATIVE_TAIL, '').replace(TOWN_GENITIVE_CLOSING, '') : name;
}

export { isFinnishText };
