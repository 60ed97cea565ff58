/**
 * `Her long-time trainer, Colin Baird, said …` … (Jock Rennie quoted) … `"…," the trainer said`; `defending NCAA champion
 * Luis Carrasco` … `said the national champion`; `X, the three-time champion arranger,` … `the champion arranger said`;
 * `Kakinada District Collector Smt. Lakshmi Prasanna` … `the Collector said`: a definite description whose head noun
 * heads a role the text itself gave a named person stands for that person, the latest such, though others were named
 * since. Any noun the article used as a role counts, listed or not (titles won in a competition, trades, posts): the
 * article's own words say it is a role. Left as written: plurals, the nouns papers use for people they do not name
 * (`the official`, `the spokesman`: salience.ts ANONYMOUS_NOUNS), capitalised qualifiers no role of the person holds,
 * and a description whose noun also describes someone unnamed the text brought in or quoted since the holder.
 */

import type { EntityBook, Mention } from './entities';
import type { UnnamedIntroduction } from './unnamed-introduction';
import { holdsOnlyUnder, namesSubordinateRank } from './subordinate-rank';
import { doesWhatNounSays } from './clause-doer';

/** The head of a role: its last word before a complement (`Schoolboy Cricketer of the Year` -> cricketer). */
export function roleHead(role: string): string {
  const words = role.split(/\s+(?:of|for|at|in|from|to|with|on)\s+/u)[0]!.split(/\s+/u);
  return (words.at(-1) ?? '').replace(/[’']s$/u, '').replace(/[^\p{L}-]/gu, '').toLowerCase();
}

/** The words of a description's noun phrase after "the": its qualifiers and its head. */
const DEFINITE_NOUN_PHRASE = /^the\s+((?:[\p{L}\d’'-]+\s+){0,3}?)(\p{L}[\p{L}-]{3,})$/iu;

export function statedRoleHolder(
  phrase: string,
  at: number,
  book: EntityBook,
  mentionsBefore: Mention[],
  introductions: UnnamedIntroduction[],
  anonymousNoun: (head: string) => boolean,
  describedSpeakerSince: (head: string, from: number, to: number) => boolean,
): string | null {
  const match = DEFINITE_NOUN_PHRASE.exec(phrase.trim());
  if (!match) return null;
  const head = match[2]!.toLowerCase();
  if (anonymousNoun(head) || (/s$/u.test(head) && !/(?:ss|us|is)$/u.test(head))) return null;
  const qualifiers = match[1]!.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
  for (let i = mentionsBefore.length - 1; i >= 0; i--) {
    const mention = mentionsBefore[i]!;
    const person = book.entities.get(mention.name);
    if (!person || person.body || person.outlet) continue;
    const roles = person.roles.filter((entry) => entry.at < at).map((entry) => entry.role);
    // (`X, who co-founded Palisade,` … `the co-founder said`: a clause's verb is a role too, clause-doer.ts.)
    const doer = doesWhatNounSays(person.descriptions, head);
    if (!roles.some((role) => roleHead(role) === head) && !doer) continue;
    if (!namesSubordinateRank(match[1]!) && holdsOnlyUnder(roles, head)) continue;
    if (qualifiers.some((qualifier) => !roles.some((role) => role.split(/[\s()]+/u).includes(qualifier)))) continue;
    // (`a second trainer, who asked not to be named,` brought in since: "the trainer" may be that one.)
    const unnamedSince = introductions.some((introduction) => introduction.at > mention.at && introduction.at < at && introduction.phrase.toLowerCase().split(/\s+/u).includes(head));
    if (unnamedSince || describedSpeakerSince(head, mention.at, at)) return null;
    return mention.name;
  }
  return null;
}
