/**
 * A paragraph that is wholly a quote with no tag, read from the paragraph before it, as papers in any language print it:
 *  - that paragraph names one person and ends with a colon (`Der Bürgermeister Ivo Novak sagte vor Reportern:` / `„…“`);
 *  - that paragraph brings in one person for the first time, with an age, as its opening subject and quotes no one
 *    (`The 63-year-old Mira Dobreva has picked cherries for years.` / `"…"`), or with the copula (`त्यस्तै एक किसान हुन् X Y।`);
 *  - the quote goes on from the paragraph before, which opened with a mark and closed none (the old print habit:
 *    `„… next year.` / `„We spoke to the firm …“`): the same speaker's.
 * Two people named there, a body or a document before the colon (no person), or a lone quote after someone else's quote
 * leave the quote as it was. Needs no word list: the person is read from the names the text gives.
 * (paragraph-newcomer.ts and introducing-paragraph.ts do the like for a quote with a tag, `he said`, `the teacher said`;
 * this file is for the quote with none.)
 */

import type { AttributedSpan } from './attribute';
import { findPersonMentions, type PersonMention } from './person-mentions';
import { roleWrittenBefore } from './lang/introduced-role';
import { copularNewcomer } from './lang/hindustani-copular-intro';
import { hindiAgedNewcomer } from './lang/hindi-aged-newcomer';
import { metApposition, metByReporters } from './met-newcomer';
import { DEVANAGARI, mayHold } from './scripts-present';

const OPENING_MARK = /^[„“"«‚‘]/u;
const CLOSING_MARK = /[”“"»’‘]$/u;
const ANY_MARK = /[„“”"«»]/u;
/** Short words in marks (an outlet, a site, a firm: `пред „Вестник“ заяви:`) are no one's words. */
const MARKED_NAME = /[„“"«][^„“”"«»\n]{1,60}[”“"»]/gu;
/** How far into its paragraph the newcomer may stand and still open it (`63-годишната`, `Die 63-jährige`, `71 gadu vecā`). */
const MAX_LEAD = 30;

/** An age of one to three digits, not part of a year or a longer figure. */
const AGE_NEAR = /(?<![\p{N}.,])\p{N}{1,3}(?![\p{N}]|[.,]\p{N})/u;

type Paragraph = { from: number; to: number };

function paragraphAt(text: string, at: number): Paragraph {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { from, to: end < 0 ? text.length : end };
}

function paragraphBefore(text: string, from: number): Paragraph | null {
  let to = from - 1;
  while (to > 0 && /\s/u.test(text[to - 1]!)) to--;
  return to <= 0 ? null : { from: text.lastIndexOf('\n', to - 1) + 1, to };
}

/** The one person a paragraph names (by family name, so `Ivo Novak … Novak` is one), or null. */
function soleNamed(mentions: readonly PersonMention[], paragraph: Paragraph): PersonMention | null {
  const inside = mentions.filter((mention) => mention.at >= paragraph.from && mention.at < paragraph.to);
  const families = new Set(inside.map((mention) => mention.name.split(/\s+/u).at(-1)));
  return families.size === 1 ? inside[0]! : null;
}

export function leadInParagraphSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  let mentions: PersonMention[] | null = null;
  const people = () => (mentions ??= findPersonMentions(text));
  const out: AttributedSpan[] = [];
  for (const span of spans) {
    out.push(span);
    if (span.speaker != null || span.speakerKind != null) continue;
    const own = paragraphAt(text, span.outerStart);
    // (Wholly a quote: nothing of the writer's before the mark nor after the closing one.)
    if (text.slice(own.from, span.outerStart).trim() || text.slice(span.outerEnd, own.to).trim()) continue;
    const before = paragraphBefore(text, own.from);
    if (!before) continue;
    const lead = text.slice(before.from, before.to);
    // (`„… догодина.` / `„Разговарях …“`: the paragraph before opened a quote and closed none; it goes on here.)
    if (OPENING_MARK.test(lead) && !CLOSING_MARK.test(lead) && OPENING_MARK.test(span.text.length ? text.slice(span.outerStart, span.outerStart + 1) : '')) {
      const carried = out.find((earlier) => earlier !== span && earlier.outerStart >= before.from && earlier.outerStart < before.to && earlier.speaker);
      if (carried) out[out.length - 1] = { ...span, speaker: carried.speaker, role: carried.role, speakerKind: carried.speakerKind, attribution: 'continued', speakerMention: carried.speakerMention ?? null };
      continue;
    }
    const byColon = /:$/u.test(lead) && !ANY_MARK.test(lead.replace(MARKED_NAME, ''));
    const byNewcomer = !byColon && !ANY_MARK.test(lead);
    if (!byColon && !byNewcomer) continue;
    // (Devanagari names no mention list finds: `त्यस्तै एक किसान हुन् X Y।`, "one such farmer is X Y", brings X Y in.)
    const copular = byNewcomer && mayHold(DEVANAGARI, lead) ? copularNewcomer(lead) : null;
    // (Or with an age as the first sentence's subject, `… बैठे 81 वर्षीय X Y Z … हैं।`, lang/hindi-aged-newcomer.ts.)
    const aged = byNewcomer && !copular && mayHold(DEVANAGARI, lead) ? hindiAgedNewcomer(lead, text.slice(before.to)) : null;
    const devanagariNewcomer = copular ?? aged;
    const person = devanagariNewcomer ? { name: devanagariNewcomer.name, at: before.from + devanagariNewcomer.at, titles: [] } : soleNamed(people(), before);
    if (!person) continue;
    if (byNewcomer) {
      const family = person.name.split(/\s+/u).at(-1)!;
      // (A newcomer opens the paragraph as its subject, and the text has not named them before.)
      // (The aged newcomer is held to the first sentence already: a place may open it, `मंदिर के पास बैठे 81 वर्षीय X`.)
      // (Or the reporters met them there, `…, chúng tôi gặp kỹ sư X Y Z, …`, met-newcomer.ts: a time or place may come first.)
      const met = !devanagariNewcomer && metByReporters(text.slice(before.from, person.at));
      if ((!aged && !met && person.at - before.from > MAX_LEAD) || /[.!?:;]/u.test(text.slice(before.from, person.at))) continue;
      // (A family name that is also a community's, `… स्थानीय X समुदायका`, may stand before a copular newcomer: the full name may not.)
      if (text.slice(0, before.from).includes(devanagariNewcomer ? person.name : family)) continue;
      // (Brought in with an age, as papers bring in a new voice: `63-годишната X`, `X, 63,`, `Hin 63 ára X`; a name alone may
      // open a paragraph whose later sentences are someone else's: `X spoke for an hour. They chanted back.`)
      // (Or with the copula before the name, lang/hindustani-copular-intro.ts.)
      if (!devanagariNewcomer && !met && !AGE_NEAR.test(text.slice(before.from, person.at + person.name.length + 6))) continue;
    }
    // (The role written beside the name there, as the usual readers find it: `Rīgas domes deputāts X Y … rakstīja:`.)
    // (The reporters' newcomer: the job set beside the name there first, met-newcomer.ts.)
    const metRole = byNewcomer && !devanagariNewcomer && metByReporters(text.slice(before.from, person.at)) ? metApposition(text.slice(person.at + person.name.length, before.to)) : null;
    const role = metRole ?? roleWrittenBefore(text, person.name, span.outerStart) ?? copular?.role ?? null;
    out[out.length - 1] = { ...span, speaker: person.name, role, speakerKind: 'name', attribution: 'context', speakerMention: { start: person.at, end: person.at + person.name.length } };
  }
  return out;
}
