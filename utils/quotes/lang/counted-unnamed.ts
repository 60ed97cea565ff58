/**
 * Korean `경기장을 찾은 한 팬은`, Chinese `一名在工地上干活的泥瓦匠说`, Japanese `球場に駆けつけたファンの一人は`: "one" counted
 * before (or after) a noun as the subject is someone the paper does not name, whatever the noun. The noun lists of
 * unnamed-introduction.ts miss any person they do not hold (팬, 泥瓦匠, 保護者 after a clause), and the quote then goes to the
 * person named before. Korean 한 before a noun with a topic or subject particle (not a counter of times or things: `한 번은`);
 * Chinese 一名/一位 (counters of people only) before a noun phrase that ends at a verb of saying or a colon, with no name
 * in it (`一位名叫…的`); Japanese `Nの一人は` after a clause.
 */

/** Korean counters of times, things and spans after 한, `한 번은`, `한 가지는`: no person. */
const KOREAN_COUNTER = /^(?:번|번째|해|달|주|날|때|곳|편|쪽|가지|차례|마디|개|잔|명도|순간|켠)$/u;
const KOREAN_ONE = /^((?:[\d가-힣]+\s+){0,6}?한\s+(?:[가-힣]+\s+)?([가-힣]{1,5}?))(?:은|는|이|가)\s/u;
const CHINESE_ONE = /^(?:[^，,。！？“”「」、\n]{1,20}[，,、])?((?:[^，,。！？“”「」\n]{1,24}?的)?一(?:名|位)[^，。、：:“”「」\n]{1,16}?)(?:\p{Script=Han}{1,2}地)?(?:说|說|表示|坦言|指出|透露|告诉|告訴|直言|感叹|感嘆)?[:：，,]/u;
const JAPANESE_ONE_OF = /^[^。「」『』、\n]{0,30}?([\p{Script=Han}\p{Script=Katakana}ー]{1,8}の一人)(?:は|が)/u;

/** The phrase of someone unnamed a sentence opens with by counting them as one, or null. */
export function countedUnnamed(sentence: string): string | null {
  const korean = KOREAN_ONE.exec(sentence);
  if (korean) return KOREAN_COUNTER.test(korean[2]!) ? null : korean[1]!;
  const chinese = CHINESE_ONE.exec(sentence);
  // (`一位名叫李春梅的店员`, `一名姓陈的摊主`: a name or a family name given is someone named.)
  if (chinese) return /名叫|叫做|姓/u.test(chinese[1]!) ? null : chinese[1]!;
  return JAPANESE_ONE_OF.exec(sentence)?.[1] ?? null;
}
