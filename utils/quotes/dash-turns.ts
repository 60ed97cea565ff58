/**
 * A press conference printed as dash lines (`— Что не получилось в большинстве? — спросили тренера журналисты.`, then
 * an untagged `— Не было движения без шайбы.`): the questions and answers take turns, so an untagged answer is the
 * one asked (`тренера` → the person the text gave that role; `Зуева` → Зуев), or whoever answered the exchange's last
 * question, and an untagged question after an answer is the asker's again. Russian and Ukrainian only: their tags name
 * the one asked after the verb of asking, in the accusative. A quote with its own tag is left to it.
 *
 * The same turns in paragraphs of any language's copy (replyTurn): quotes standing alone after a quote tagged as a reply,
 * or after a question tagged as asked (English tags).
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

/** A tag saying its words answer the quote before: `“…,” Cr X responded.` */
const REPLY_TAG = /(?<![\p{L}])(?:responded|replied|retorted|countered|shot\s+back|fired\s+back|interjected|answered)(?![\p{L}])/u;

/** Where the paragraph holding a span starts and ends. */
function paragraphOf(text: string, span: { outerStart: number; outerEnd: number }): [number, number] {
  const end = text.indexOf('\n', span.outerEnd);
  return [text.lastIndexOf('\n', span.outerStart - 1) + 1, end < 0 ? text.length : end];
}

/**
 * `“…,” A said.` / `“…,” B responded.` / `“…”` / `“…”`: after two people's quotes in adjacent paragraphs, the second
 * tagged as an answer or the first a question tagged as asked (`“…?” A asked.` / `“…,” B said.`), quotes standing alone
 * as the next paragraphs take turns, A first. A continuation of one speaker is written in their own paragraph with a tag,
 * or after a paragraph that is not such an exchange.
 */
export function replyTurn(text: string, span: { outerStart: number; outerEnd: number; text: string }, done: readonly AttributedSpan[], people: readonly { name: string; at: number }[]): Speaker | null {
  const alone = (turn: { outerStart: number; outerEnd: number }) => {
    const [start, end] = paragraphOf(text, turn);
    return text.slice(start, end).trim() === text.slice(turn.outerStart, turn.outerEnd).trim();
  };
  const follows = (earlier: { outerStart: number; outerEnd: number }, later: { outerStart: number; outerEnd: number }) => /^\s*$/u.test(text.slice(paragraphOf(text, earlier)[1], paragraphOf(text, later)[0]));
  if (!alone(span)) return null;
  let next = span;
  let i = done.length - 1;
  for (; i >= 0 && alone(done[i]!) && follows(done[i]!, next); i--) next = done[i]!;
  const reply = done[i];
  const asked = reply && follows(reply, next) ? questionTurn(text, span, reply, people, done.slice(0, i)) : undefined;
  if (asked !== undefined) return asked;
  // The reply's paragraph may hold a split quote (`“…,” B said. “…”`): the opener is the paragraph's before.
  let first = i;
  while (reply && first > 0 && paragraphOf(text, done[first - 1]!)[0] === paragraphOf(text, reply)[0]) first--;
  const opener = done[first - 1];
  if (!reply || !opener || !follows(reply, next) || !follows(opener, reply) || !reply.speaker || !opener.speaker || reply.speaker === opener.speaker) return null;
  const tagOf = (turn: AttributedSpan) => text.slice(turn.outerEnd, paragraphOf(text, turn)[1]);
  const answered = REPLY_TAG.test(tagOf(done[first]!).slice(0, 80)) || (/\?\s*$/u.test(opener.text) && ASKED_TAG.test(tagOf(opener)));
  if (!answered) return null;
  const turn = (done.length - 1 - i) % 2 === 0 ? opener : reply;
  return { name: turn.speaker!, kind: turn.speakerKind ?? 'name' };
}

/** A tag saying its question was put: `“…?” Ms X asked.` */
const ASKED_TAG = /^[^\n]{0,60}?(?<![\p{L}])(?:asked|pressed|queried|put\s+it)(?![\p{L}])/u;

/**
 * `Under questioning from counsel X, Y said …` ¶ `“…?” Ms X asked.` ¶ `“That’s correct.”` ¶ `“And …?”`: after a question
 * tagged as asked, quotes standing alone as the next paragraphs are the exchange's: a question is the asker's, anything else
 * the one answering, the last other person the paragraph before the question names in full, or else the one last quoted
 * by name close before it. Undefined when no such question opens the run; null when it does but names no one to answer.
 */
function questionTurn(text: string, span: { outerStart: number; outerEnd: number; text: string }, question: AttributedSpan, people: readonly { name: string; at: number }[], earlier: readonly AttributedSpan[]): Speaker | null | undefined {
  const tag = text.slice(question.outerEnd, paragraphOf(text, question)[1]);
  if (!question.speaker || !/\?\s*$/u.test(question.text) || !ASKED_TAG.test(tag)) return undefined;
  if (/\?\s*$/u.test(span.text)) return { name: question.speaker, kind: question.speakerKind ?? 'name' };
  const start = paragraphOf(text, question)[0];
  const before = text.lastIndexOf('\n', text.slice(0, start).trimEnd().length - 1) + 1;
  const answering = people.filter((person) => person.at >= before && person.at < start && person.name !== question.speaker && /\s/u.test(person.name)).at(-1);
  if (answering) return { name: answering.name, kind: 'name' };
  // (`“…,” X told reporters.` ¶ `Reporters pressed her on it.` ¶ `“…?” one reporter asked.` ¶ `“No.”`: no one named there,
  // the one last quoted answers, when at most three paragraph lines stand between.)
  const quoted = earlier.filter((turn) => turn.fullSentence).at(-1);
  const between = quoted ? text.slice(quoted.outerEnd, start).split('\n').filter((line) => line.trim()).length : Infinity;
  const near = quoted && between <= 3 && quoted.speaker !== question.speaker && quoted.speakerKind === 'name';
  return near ? { name: quoted.speaker!, kind: 'name' } : null;
}
