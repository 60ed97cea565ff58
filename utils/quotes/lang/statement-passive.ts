/**
 * A quote read from a document with no author named, in the passive or impersonal voice: Macedonian `„…“, се наведува во
 * соопштението.`, Serbian `„…“, наводи се у саопштењу.`, Kyrgyz `«…» – деп айтылат
 * билдирүүдө.`, Kazakh `«…» – делінген мәлімдемеде.` ("it is said in the statement"). The document speaks, not the person
 * or body named before (`Министерството соопшти дека … „…“, се наведува во соопштението.`): described as the document.
 * Bulgarian `се казва в съобщението` is left to its reader (no speaker at all); Russian and Ukrainian have their own
 * (`— говорится в заявлении`, ru-uk.ts), with an author in the genitive.
 */

import type { SpeakerPhrase } from '../cues';
import { described } from './shared';

/** South Slavic: a reflexive verb of saying (`се наведува`, `се вели`, `наводи се`) and "in the" a document. */
const SOUTH_SLAVIC = /^[\s,]*[—–-]?\s*(?:се\s+(?:наведува|вели|посочува|нагласува|истакнува|наводи|каже|истиче|додаје)|(?:наводи|каже|истиче|додаје|вели|наглашава)\s+се|(?:е\s+)?(?:наведено|посочено|речено|написано|записано|пише))\s+(?:во|у)\s+(\p{Ll}{4,}(?:\s+\p{Ll}{2,}){0,3})\s*(?:[.!?]|$)/u;

/** Kyrgyz and Kazakh: the quotative and a passive (`деп айтылат`, `деп жазылган`, `делет`, `делінген`) and a document in the locative. */
const TURKIC = /^[\s,]*[—–-]?\s*(?:деп\s+(?:айтылат|айтылган|айтылды|жазылган|жазылат|белгиленген|белгиленет|көрсөтүлгөн|айтылған|жазылған|көрсетілген|атап\s+өтілген)|делет|делген|делинген|делінген|деледі)\s+(\p{Ll}{3,}(?:да|дә|де|та|те|до|дө|то|тө|нда|нде)(?:\s+\p{Ll}{2,}){0,2})\s*(?:[.!?]|$)/u;

/** The document a passive tag after a quote says it was read from, described; or null. */
export function passiveStatement(frame: string): SpeakerPhrase | null {
  const line = frame.split('\n')[0]!;
  const found = SOUTH_SLAVIC.exec(line) ?? TURKIC.exec(line);
  return found ? described(found[1]!) : null;
}
