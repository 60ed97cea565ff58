/**
 * West Slavic stories give a person's standing in an aside "as a …" set off by commas, in the sentence the name opens or
 * in the next one, whose subject is left out: `X Y przepracował w porcie trzydzieści lat. Dziś, jako emeryt, przychodzi …`
 * (Polish), `Dnes, jako důchodce, chodí …` (Czech), `Dnes, ako dôchodca, chodí …` (Slovak). The noun is the role a later
 * quote of theirs carries. Not `pracował jako spawacz` (what the work was, no aside), nor an aside in a next sentence
 * naming someone else.
 */

import { isNewLanguageRoleNoun } from './lang/newlang-roles';

/** `, jako emeryt,`, `Jako emerytka,`: "as" and one lower-case noun between commas (or opening the sentence). */
const AS_ASIDE = /(?:^|,\s+)(?:[Jj]ako|[Aa]ko)\s+(\p{Ll}[\p{Ll}-]{2,})\s*,/u;
/**
 * `X Y pracuje ako taviar na peci`, `pracuje jako zdravotní sestra`, `od lat pracuje jako spawacz`: "works as" in the present
 * right after the name says the job the person holds now; any trade, listed or not (an adjective before it stays with it).
 * Not the past `pracowała jako kucharka` (what the work was), nor "like" before a capital or a number.
 */
const WORKS_AS = /^\s+(?:\p{Ll}+\s+){0,2}?pracuj(?:e|ą|í)\s+(?:\p{Ll}+\s+){0,2}?[Jj]?ako\s+((?:\p{Ll}+[ýíyi]\s+)?\p{Ll}[\p{Ll}-]{3,})(?=[\s,.;]|$)/u;
/** The end of a sentence: a full stop, question or exclamation mark before a space. */
const SENTENCE_END = /[.!?](?:\s+|$)/u;
/** A capitalised word after a sentence's first: a name the next sentence gives. */
const LATER_CAPITAL = /\s\p{Lu}/u;

/** `after`: the text right after the name's run; `sentenceLead`: its sentence up to the run. */
export function asRole(after: string, sentenceLead: string): string | null {
  if (sentenceLead.trim() || !/ako\s/u.test(after)) return null;
  const job = WORKS_AS.exec(after)?.[1];
  if (job) return job;
  const end = SENTENCE_END.exec(after);
  const own = end ? after.slice(0, end.index) : after;
  const rest = end ? after.slice(end.index + end[0].length) : '';
  const nextEnd = SENTENCE_END.exec(rest);
  const next = nextEnd ? rest.slice(0, nextEnd.index) : '';
  // (Only within the paragraph: the next one may be anyone's.)
  const sameParagraph = !!end && !/\n/u.test(end[0]) && !/\n/u.test(next);
  const candidates = [own, ...(sameParagraph && next && !LATER_CAPITAL.test(next) ? [next] : [])];
  for (const sentence of candidates) {
    const noun = AS_ASIDE.exec(sentence)?.[1];
    if (noun && isNewLanguageRoleNoun(noun)) return noun;
  }
  return null;
}
