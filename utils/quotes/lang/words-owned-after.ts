/**
 * Sentences opening the paragraph after a quote that stands alone and saying whose the words were, named there for the
 * first time (next-sentence.ts reads them): Danish, Norwegian and Swedish `Ordene kommer fra X`, `Så sammanfattar X`;
 * Finnish `Näin arvioi <body> <office> X`; Turkish `Bu sözler, … X'e ait` ("these words belong to X").
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';

/**
 * Frames read as SAYS_IT's (next-sentence-unnamed.ts): "the words come from" and "so/thus" with a verb of summing up,
 * describing or judging, then the speaker (`Orden kom från X`, `Så beskriver X`, `Näin kertoo X`). `Så` alone opens
 * many a sentence (`Så kom beskedet`), so only these verbs count. (`Näin kuvailee tilannetta X`: a Finnish object in the
 * partitive, what was described, may stand between the verb and the speaker.)
 */
export const WORDS_OWNED_NORDIC = String.raw`(?:Ordene|Orden|Ordet|Citatet|Sitatet)\s+(?:kommer|kom)\s+(?:fra|från)|Så\s+(?:sammanfattar|sammanfattade|beskriver|beskrev|förklarar|förklarade|bedömer|bedömde|formulerar|formulerade|uttrycker|uttryckte|summerer|opsummerer|oppsummerer|forklarer|forklarede|forklarte|vurderer|vurderede|vurderte)|Näin\s+(?:sanoo|sanoi|kertoo|kertoi|arvioi|arvioivat|toteaa|totesi|kuvailee|kuvaili|kuvaa|summaa|summasi|muotoilee|muotoili|perustelee|perusteli|selittää|selitti)(?:\s+\p{Ll}+(?:ta|tä|a|ä)(?=\s+\p{Lu}))?`;

/** `Kuusikon Kyläyhdistyksen puheenjohtaja Liisa Koski`: capitalised words of a body (a genitive), a lower-case office, then the full name. */
const BODY_OFFICE_NAME = /^(?:\p{Lu}[\p{L}-]*\s+){1,4}((?:\p{Ll}[\p{L}-]*\s+){1,3})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[\s,.]|$)/u;

/** The speaker after a body and an office, or null: `Näin arvioi Järvelän Seuran puheenjohtaja Liisa Koski.` gives Liisa Koski. */
export function bodyOfficeThenName(after: string): SpeakerPhrase | null {
  const found = BODY_OFFICE_NAME.exec(after);
  return found ? person(found[2]!, found[1]!.trim()) : null;
}

/**
 * `Bu sözler, 38 yaşındaki Ayşe Demir'e ait.`: "these words" opening the sentence, the full name last with the dative
 * suffix after its apostrophe and `ait` ("belong"). A place in the dative ends no such sentence with `ait`.
 */
const TURKISH_WORDS_BELONG = /^Bu\s+(?:sözler|sözleri|cümleler|ifadeler|satırlar)(?![\p{L}])[^.!?]*?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})['’](?:a|e|ya|ye|na|ne)\s+ait(?![\p{L}])/u;

/** The compound suffix a Turkish body's name closes on (`Valiliği`, `Belediyesi`, `Derneği`): no person's. */
const TURKISH_BODY_END = /(?:ğı|ği|ğu|ğü|si|sı|sü)$/u;

export function turkishWordsBelong(sentence: string): SpeakerPhrase | null {
  const found = TURKISH_WORDS_BELONG.exec(sentence);
  return found && !TURKISH_BODY_END.test(found[1]!) ? person(found[1]!) : null;
}

/** Romance articles a first name takes in Catalan and colloquial Spanish: `Ho explica la Rosa Ferrer`, `en Pere Vila`. */
export const NAME_ARTICLE = /^(?:la|el|en|na|l['’])$/u;
