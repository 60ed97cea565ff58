/**
 * Arabic: an occupation with no article in construct with the definite noun of its trade, then a name
 * (`صانع القوارب سالم الحارثي`, `بائع الخضار منير داود`), is that person's role and name, as `النحال X` is: Arabic writes no
 * article on the first noun of a construct, so no list of offices can hold every trade.
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';
import { plainName, type SemiticLanguage } from './semitic';

/** Names built as a construct themselves (`عبد الرحمن`, `أبو الفضل`, `نور الدين`): their first two words are one name. */
const NAME_CONSTRUCT_HEAD = /^(?:عبد|أبو|ابو|أبي|أم|ام|ابن|بن|بنت|آل)$/u;
const NAME_CONSTRUCT_TAIL = /^ال(?:دين|له|لة|رحمن|رحيم|كريم|عزيز|حميد|مجيد|ملك|قادر|فتاح|رزاق|لطيف|حليم|هادي|باقي|فضل|عباس|حسن|حسين)$/u;
/** A family name with the article after the given name (`المهيري`, `الكعبي`, `الحداد`). */
const FAMILY_WITH_ARTICLE = /^ال\p{Script=Arabic}{3,}$/u;

export function occupationBeforeName(language: SemiticLanguage, words: readonly string[]): SpeakerPhrase | null {
  if (words.length < 4 || words.length > 5 || !/^\p{Script=Arabic}+$/u.test(words[0]!)) return null;
  const [head, trade, ...name] = words as [string, string, ...string[]];
  if (language.definite.test(head) || language.stop.test(head) || NAME_CONSTRUCT_HEAD.test(head) || head.endsWith('.')) return null;
  // (The trade is a plain noun: one in ي after the article is a family name, `خالد الكعبي`, and a divine name or الدين ends a given name.)
  if (!language.definite.test(trade) || language.stop.test(trade) || NAME_CONSTRUCT_TAIL.test(trade) || /ي$/u.test(trade)) return null;
  if (!plainName(language, name[0]!) || !name.slice(1).every((word) => plainName(language, word) || FAMILY_WITH_ARTICLE.test(word))) return null;
  return person(name.join(' '), `${head} ${trade}`);
}
