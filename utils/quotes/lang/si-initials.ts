/**
 * A Sinhala name the text introduced with its initials, given later without them: `නිශාන්ත ද සිල්වා` or `සිල්වා` after
 * `කළමනාකරු එච්. කේ. නිශාන්ත ද සිල්වා මහතා`. Sinhala initials are the English letters' names, each with a dot and
 * usually a space (`එච්. කේ.`, `ඩබ්.එම්.`); only those names count, so a sentence's last word and its full stop
 * (`ඇත. සිල්වා`) never pass for one. The first such introduction wins.
 */

import { escapeForPattern as escape } from '../../patterns';

/** The English letters' names as Sinhala writes them in initials (A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z). */
const LETTER = '(?:ඒ|බී|සී|ඩී|ඊ|එෆ්|ජී|එච්|අයි|ජේ|කේ|එල්|එම්|එන්|ඕ|පී|කිව්|කියු|ආර්|එස්|ටී|යූ|වී|ඩබ්ලිව්|ඩබ්|එක්ස්|වයි|සෙඩ්|ඉසෙඩ්)';
const WORD = '[\\u0d80-\\u0dff\\u200c\\u200d]+';

export function sinhalaInitialsName(before: string, short: string): string | null {
  if (!/^[\u0d80-\u0dff\u200c\u200d]+(?:\s[\u0d80-\u0dff\u200c\u200d]+){0,3}$/u.test(short)) return null;
  const written = escape(short).replace(/ /gu, '\\s+');
  // (`එච්. කේ. X ද Y`: up to three initials, up to two given names and the particle `ද` before the short form.)
  const full = new RegExp(`(?:^|[\\s,:“”"‘’])((?:${LETTER}\\.\\s*){1,3})((?:${WORD}\\s+){0,2}?)${written}(?=[\\s,.:]|$)`, 'u').exec(before);
  if (!full) return null;
  const initials = full[1]!.trim().split(/\s*(?<=\.)\s*/u).filter(Boolean).join(' ');
  const given = full[2]!.trim().split(/\s+/u).filter(Boolean);
  return [initials, ...given, short].join(' ');
}
