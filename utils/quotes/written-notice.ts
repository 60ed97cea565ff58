/**
 * Words a story copies from a sign, a banner or a placard (`He has hung a sign on his door: "Cyclists welcome"`, `Van Dijk
 * zette een bord bij de ingang: ‘…’`, `Les manifestants brandissent une pancarte : « … »`) are written, not said:
 * they are never key quotes. Only after a colon that closes a clause naming such a notice, with no comma and at most a
 * place between the noun and the colon (`Asked about the sign, she said: "…"` is speech).
 */

import type { QuoteSpan } from './find';

/** Nouns for a written notice, in the languages read with spaces (whole words) and in Chinese, Japanese and Korean (anywhere). */
const NOTICE_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:signs?|notices?|banners?|placards?|posters?|bord|bordje|spandoek|affiche|pancartes?|panneau|banderole|Schild|Plakat|Transparent|cartel|letrero|pancarta|cartello|striscione|cartaz|faixa|placa|skylt|skilt|lappu|kyltti|pankart\p{L}*|arwydd|fógra|табличк\p{L}*|вывеск\p{L}*|плакат\p{L}*|транспарант\p{L}*|שלט|لافتة|يافطة)(?![\p{L}])|看板|招牌|标语|標語|横幅|橫幅|張り紙|貼り紙|현수막|팻말|안내문`,
  'u',
);

/** True when the clause right before the quote's colon names a written notice. */
export function isWrittenNotice(text: string, span: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, span.outerStart - 160), span.outerStart);
  const colon = /[:：]\s*$/u.exec(before);
  if (!colon) return false;
  const clause = before.slice(0, colon.index).split(/[.!?。！？\n]/u).at(-1)!;
  const notice = NOTICE_WORD.exec(clause);
  if (!notice) return false;
  // (Only a place may stand between the notice and the colon: `a sign on his door:`, `标语上写着：`; `举着标语站了三个小时：`
  // is someone holding one who then speaks.)
  const after = clause.slice(notice.index + notice[0].length);
  if (/[,，、]/u.test(after)) return false;
  return /^\p{L}/u.test(notice[0]) && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}]/u.test(notice[0]) ? after.trim().split(/\s+/u).filter(Boolean).length <= 5 : /^(?:上)?(?:写着|寫著|には|에는)?\s*$/u.test(after);
}
