/**
 * A press conference printed as dash lines (`— Что не получилось в большинстве? — спросили тренера журналисты.`, then
 * an untagged `— Не было движения без шайбы.`): the questions and answers take turns, so an untagged answer is the
 * one asked (`тренера` → the person the text gave that role; `Зуева` → Зуев), or whoever answered the exchange's last
 * question, and an untagged question after an answer is the asker's again. Russian and Ukrainian only: their tags name
 * the one asked after the verb of asking, in the accusative. A quote with its own tag is left to it.
 */

import type { AttributedSpan, Speaker } from './attribute';
import type { EntityBook } from './entities';

/** A verb of asking and the word after it: the one asked (`спросили тренера`, `запитали міністра`, `спросил у Зуева`). */
const ASKED = /(?:^|\s)(?:спросил[аи]?|переспросил[аи]?|поинтересовал(?:ся|ась|ись)\s+у|запитал[аи]?|запитав|перепитав|перепитал[аи]|спитал[аи]?|спитав)\s+(?:у\s+)?(\p{L}[\p{L}-]+)/u;
/** How far back a turn of the same exchange may stand. */
const LOOKBACK = 6;

const isDashLine = (text: string, span: AttributedSpan) => /^[^\S\n]*[—–]/u.test(text.slice(text.lastIndexOf('\n', span.outerStart - 1) + 1, span.outerEnd));
const asks = (span: AttributedSpan) => /\?\s*$/u.test(span.text);

/** The person a tag after a question names as asked, by role stem or family-name stem, or null. */
function askedIn(text: string, question: AttributedSpan, book: EntityBook): Speaker | null {
  const lineEnd = text.indexOf('\n', question.outerEnd);
  const word = ASKED.exec(text.slice(question.outerEnd, lineEnd < 0 ? undefined : lineEnd))?.[1];
  if (!word) return null;
  const stem = word.toLowerCase().replace(/(?:а|я|у|ю|ого|его)$/u, '');
  if (stem.length < 3) return null;
  const capital = /^\p{Lu}/u.test(word);
  const holder = book.mentions.findLast((mention) => mention.at < question.outerStart && (capital ? mention.name.split(/\s+/u).at(-1)!.toLowerCase().startsWith(stem) : !!book.entities.get(mention.name)?.roles.some((entry) => entry.role.toLowerCase().split(/\s+/u).some((part) => part.startsWith(stem)))));
  return holder ? { name: holder.name, kind: 'name' } : null;
}

/** The speaker an untagged dash line takes from the exchange before it, or null. */
export function exchangeTurn(text: string, span: AttributedSpan | { outerStart: number; outerEnd: number; text: string }, done: readonly AttributedSpan[], book: EntityBook): Speaker | null {
  const current = span as AttributedSpan;
  const previous = done.at(-1);
  if (!previous || !isDashLine(text, current) || !isDashLine(text, previous) || !/\p{Script=Cyrillic}/u.test(current.text)) return null;
  const turns = done.slice(-LOOKBACK).filter((turn) => isDashLine(text, turn)).reverse();
  if (asks(previous) && !asks(current)) {
    // An answer: the one the exchange's tagged question asked, else whoever answered a question of it before.
    for (const turn of turns) {
      if (asks(turn)) {
        const asked = askedIn(text, turn, book);
        if (asked) return asked;
      } else if (turn.speaker && turn.speakerKind) return { name: turn.speaker, kind: turn.speakerKind };
    }
    return null;
  }
  if (asks(current) && !asks(previous)) {
    const asker = turns.find((turn) => asks(turn) && turn.speaker && turn.speakerKind);
    return asker ? { name: asker.speaker!, kind: asker.speakerKind! } : null;
  }
  return null;
}
