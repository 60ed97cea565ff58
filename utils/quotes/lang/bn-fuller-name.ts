/**
 * A Bengali name of two or three words the text introduced with more words, given later in its short form: `নাজমুল হুদা`
 * after `সভাপতি শেখ মো. নাজমুল হুদা` (the prefixes `শেখ`, `মো.`, "Sheikh", "Muhammad", open the full name), `আবদুল জলিল`
 * after `কৃষক আবদুল জলিল গাজী (৫৮)` (the family name dropped). The first such introduction wins; only a form the text writes
 * counts. One-word short forms are lang/fuller-names.ts's.
 */

import { escapeForPattern as escape } from '../../patterns';
import { isBengaliRole, isBengaliSayingVerb, mayBeBengaliGivenName } from './bn';

/** Words opening a Bengali Muslim name, kept with it: Muhammad (written out or `মো.`), Sheikh, Syed, Khandakar, Kazi, Mir. */
const PREFIXES = '(?:মো\\.|মোঃ|মোহাম্মদ|মুহাম্মদ|মোছা\\.|মোসা\\.|শেখ|সৈয়দ|খন্দকার|কাজী|মীর)';

export function bengaliFullerName(before: string, short: string): string | null {
  if (!/^[\u0980-\u09ff]+(?:\s[\u0980-\u09ff]+){1,2}$/u.test(short)) return null;
  const written = escape(short).replace(/ /gu, '\\s+');
  // (`শেখ মো. X Y`: one or two prefixes before the short form.)
  const prefixed = new RegExp(`(?:^|[\\s,।:“”"])((?:${PREFIXES}\\s+){1,2})${written}(?=[\\s,।:(]|$)`, 'u').exec(before);
  // (`কৃষক X Y Z (৫৮)`: one name word after it, closed by the age in brackets or opened by a role before the short form.)
  const tailed = new RegExp(`(?:^|[\\s,।:“”"])(?:(\\S+)\\s+)?${written}\\s+([\\u0980-\\u09ff]{2,})(?=\\s*\\([০-৯\\d]{1,3}\\)|\\s*[,।])`, 'gu');
  for (const match of before.matchAll(tailed)) {
    // (Not `শিক্ষক X Y বলেন, …`: the verb after the name is none of it.)
    if (!mayBeBengaliGivenName(match[2]!) || isBengaliSayingVerb(match[2]!) || /\u09c7$/u.test(match[2]!)) continue;
    const aged = /^\s*\(/u.test(before.slice(match.index + match[0].length));
    if (aged || isBengaliRole(match[1] ?? '')) return prefixed && prefixed.index < match.index ? `${prefixed[1]!.trim().split(/\s+/u).join(' ')} ${short}` : `${short} ${match[2]}`;
  }
  return prefixed ? `${prefixed[1]!.trim().split(/\s+/u).join(' ')} ${short}` : null;
}
