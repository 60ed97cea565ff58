/**
 * People mentions in Japanese: a name in kanji or katakana with an honorific (さん, 氏) or an office
 * (課長, 社長) written right after it, split off as the role (`田中課長は` → 田中, 課長), with a role before
 * it joined by の or 、 (`同市の農家、佐藤美香さんは` → 農家). A shorter writing of a full name given
 * before (`山本さん`, `健一さん` after `山本健一さん`) is that person. A mention with は or が after it is its
 * sentence's topic or subject, for the salience of 彼は/彼女は and of a subject left out (`と話した`).
 */

import type { Gender } from '../coreference';
import type { CaselessMention } from './caseless-mention';
import { BODY, HONORIFICS, KANA_GIVEN_NAME, NOT_A_NAME, ROLES, TOPIC_NOT_A_PERSON, roleBeforeName } from './ja';
import { lazy } from './shared';

const NAME_CHARS = '\\p{Script=Han}\\p{Script=Katakana}ー・';
const MENTION = lazy(
  () => new RegExp(`(?<![${NAME_CHARS}])(\\p{Script=Han}{2,5}?|[\\p{Script=Katakana}ー・]{2,12}?|${KANA_GIVEN_NAME})(${HONORIFICS}|(?:${ROLES}){1,2})(?:[（(]\\d{1,3}[^（）()「」。]{0,6}[）)])?(は|が|も|の|に|と|を|、)?`, 'gu'),
);
const HONORIFIC = new RegExp(`^(?:${HONORIFICS})$`, 'u');
const OFFICE_ALONE = lazy(() => new RegExp(`^(?:${ROLES})$`, 'u'));
const FEMALE = /(?:妻|母|娘|女性|主婦|女将)[の、]?$/u;
const MALE = /(?:夫|父|息子|男性)[の、]?$/u;

/** People mentions in one run of Japanese text, offsets from `base`; `known` holds the full names read so far. */
export function japaneseMentions(text: string, base: number, skip: (at: number) => boolean, known: string[]): CaselessMention[] {
  const found: CaselessMention[] = [];
  for (const match of text.matchAll(MENTION())) {
    let name = match[1]!;
    const suffix = match[2]!;
    const at = match.index;
    if (skip(base + at) || NOT_A_NAME.test(name) || /^同/u.test(name) || BODY.test(name) || TOPIC_NOT_A_PERSON.test(name)) continue;
    // (`社長の` after a name is the office; a run that is itself an office, `市長は`, names no one.)
    if (OFFICE_ALONE().test(name)) continue;
    // A two-character run before an office may be a place or a body (`北浜市長`, `分団長`, `金融機関`, `協議会長`): a
    // family name there needs は or が after it, or an honorific somewhere in the text (`田中課長は`, `桐原町議` after `桐原さん`).
    const office = HONORIFIC.test(suffix) ? null : suffix;
    // (A katakana word before an office is a thing, `ロボット司書`, unless a foreign name's ・ shows a name.)
    if (office && (office.length === 1 || (/^[\p{Script=Katakana}ー]+$/u.test(name)) || (name.length <= 2 && !/^(?:は|が)$/u.test(match[3] ?? '') && !known.some((other) => other.startsWith(name))))) continue;
    // `山本さん` after `山本健一さん`: the full name the text gave first.
    // (`美咲さん` after `川村美咲さん`: the given name alone, as a paper writes a child or a first-name interview.)
    const full = known.find((other) => other !== name && (other.startsWith(name) || other.endsWith(name)));
    if (full) name = full;
    else if (!known.includes(name)) known.push(name);
    const sentenceStart = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    const lead = text.slice(sentenceStart, at);
    const role = office ?? roleBeforeName(lead) ?? null;
    const gender: Gender | null = FEMALE.test(lead) ? 'female' : MALE.test(lead) ? 'male' : null;
    // (`小林さんによると`: the one a report is "according to" is the source of the quote that follows, as a subject is.)
    const source = match[3] === 'に' && /^(?:よると|よれば)/u.test(text.slice(at + match[0].length));
    // (`最年少は、高校２年の佐藤美保さん（17）だ。`, `…のは、X さんだ。`: the one a topic sentence names at its end, before the
    // copula, is what the sentence is about, as a subject.)
    const clefted = !match[3] && /は/u.test(lead) && /^(?:だった|だ|でした|です)(?:。|$)/u.test(text.slice(at + match[0].length));
    found.push({ name, at: base + at, subject: /^(?:は|が)$/u.test(match[3] ?? '') || source || clefted, role, gender });
  }
  return found;
}
