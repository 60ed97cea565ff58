/**
 * Speakers in an exchange printed as dash dialogue (a cross-examination, an interview, a press
 * conference): consecutive dash paragraphs opened by a question, most of them without a tag.
 *   El interrogatorio del fiscal, Ignacio Prieto, fue tenso.
 *   —¿Cobró usted 600 euros a la alumna?        ← the one who asks (the person the lead-in names)
 *   —Le cobré un paquete de veinte clases.      ← the one who answers (the one who spoke before)
 *   —¿Veinte clases en tres días?               ← asks again
 * A tagged line keeps its tag's speaker and tells which side it is. An untagged question is the
 * asker's, an answer after a question the other side's, and any other untagged line goes on from
 * the line before (the same person still speaking).
 */

import type { AttributedSpan } from '../attribute';
import { findPersonMentions } from '../person-mentions';
import { interviewedIn } from './ru-uk';
import { declinedFamilyAt } from './declined-family';

type Side = Pick<AttributedSpan, 'speaker' | 'role' | 'speakerKind' | 'speakerMention'>;

interface Line {
  /** Index of the line's first span, and of all its spans. */
  spans: number[];
  start: number;
  question: boolean;
  tagged: boolean;
}

const isQuestion = (words: string) => /^¿|\?["”»]?\s*$/u.test(words.trim()) || isPutToYou(words);

/**
 * `— Кажуть, ви писали книжку дев’ять років.`: an interviewer's line may put a statement to the one answering, with no
 * question mark; a short Russian or Ukrainian line holding "you" (ви, вы, вас, ти, ты…) and no "I" is one.
 */
function isPutToYou(words: string): boolean {
  const trimmed = words.trim();
  if (!/^\p{Script=Cyrillic}/u.test(trimmed) || trimmed.split(/\s+/u).length > 12) return false;
  const has = (pattern: RegExp) => pattern.test(` ${trimmed.toLowerCase()} `);
  return has(/[\s,](?:ви|вы|вас|вам|вами|ваш\p{L}*|ти|ты|тебе|тобі|тобой|твій|твой|твоя|твоє|твоё)[\s,.!…]/u) && !has(/[\s,](?:я|мене|меня|мені|мне|мій|мой|моя|мы|ми|нас|наш\p{L}*)[\s,.!…]/u);
}

export function exchangeSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  const result = [...spans];
  const dropped = new Set<number>();
  // The person an unnamed interviewer talks with answers every such run of the article.
  let interviewee: Side | null = null;
  for (const run of exchangeRuns(text, spans)) {
    const lead = leadParagraph(text, run[0]!.start);
    const before = spans.filter((span) => span.outerStart < run[0]!.start && span.speaker && span.speakerKind === 'name');
    const known = spans.filter((span) => span.speaker && span.speakerKind === 'name' && span.attribution !== 'context');
    const namedTag = (line: Line) => line.tagged && tagNames(text, spans[line.spans[0]!]!);
    const tagged = (question: boolean) => run.find((line) => namedTag(line) && line.question === question);
    let asker: Side | null = side(spans, tagged(true));
    let answerer: Side | null = side(spans, tagged(false));
    // The lead-in names the asker beside a word of asking (`El interrogatorio del fiscal, Ignacio Prieto, …`, `Prieto preguntó a …`);
    // the answerer is someone else it names (`Abbiamo incontrato Lucia Bassi`) or the one who spoke last.
    const quoted = unique(known.filter((span) => mentions(lead, span.speaker!)));
    // People the lead-in names with no tagged words of their own count only when it names no one who speaks.
    // (`ми поговорили з директоркою … Мартою Кушнір`: the one talked with, back in the nominative, lang/ru-uk.ts.)
    const others: Side[] = quoted.length > 0 ? [] : findPersonMentions(lead).map((person) => {
      const talkedWith = interviewedIn(lead, person.name);
      return { speaker: talkedWith?.name ?? person.name, role: talkedWith?.role ?? null, speakerKind: 'name', speakerMention: null };
    });
    const named = [...quoted, ...others].sort((a, b) => firstMention(lead, a.speaker!) - firstMention(lead, b.speaker!));
    asker ??= named.find((span) => span.speaker !== answerer?.speaker && asks(lead, span.speaker!)) ?? null;
    // `— Sabia …? — insistiu o procurador.`: a question whose tag describes its asker, resolved to a person, tells who asks.
    asker ??= side(spans, run.find((line) => line.tagged && line.question && spans[line.spans[0]!]!.speakerKind === 'name' && spans[line.spans[0]!]!.speaker !== answerer?.speaker));
    if (!asker) answerer ??= interviewee;
    // (Of those who spoke before, one whose words were a question was asking too: the judge beside the prosecutor.)
    answerer ??= named.find((span) => span.speaker !== asker?.speaker) ?? [...before].reverse().find((span) => span.speaker !== asker?.speaker && !isQuestion(span.text)) ?? [...before].reverse().find((span) => span.speaker !== asker?.speaker) ?? null;
    if (!asker && answerer) interviewee = answerer;
    let previous = null as { side: Side | null; question: boolean } | null;
    for (const line of run) {
      const first = spans[line.spans[0]!]!;
      let speaker: Side | null = namedTag(line) ? first : null;
      // A tag naming no one (`—respondió el acusado—`, `—contestó ella`) says only which side speaks.
      if (line.tagged && !speaker) speaker = (line.question ? asker : answerer) ?? first;
      if (!line.tagged) speaker = line.question ? asker : previous?.question ? answerer : previous?.side ?? null;
      // An interviewer's question with no name is no quote of the story.
      if (!line.tagged && line.question && !speaker?.speaker) line.spans.forEach((index) => dropped.add(index));
      if (speaker?.speaker && speaker !== first) {
        for (const index of line.spans) result[index] = { ...result[index]!, speaker: speaker.speaker, role: speaker.role, speakerKind: speaker.speakerKind, speakerMention: speaker.speakerMention, attribution: line.tagged ? result[index]!.attribution : 'context' };
      }
      previous = { side: speaker, question: line.question };
    }
  }
  return result.filter((_, index) => !dropped.has(index));
}

/** The tag's words hold the speaker's name (`—insistió Idoate.`), not a description or a pronoun. */
function tagNames(text: string, span: AttributedSpan): boolean {
  const mention = span.speakerMention;
  return !!mention && !!span.speaker && mentions(text.slice(mention.start, mention.end), span.speaker);
}

function unique<T extends Side>(spans: T[]): T[] {
  return spans.filter((span, index) => spans.findIndex((other) => other.speaker === span.speaker) === index);
}

/** Words of asking in es, pt, it, fr: `interrogatorio`, `preguntas`, `perguntou`, `domande`, `chiesto`, `questions`, `a demandé`. */
const ASKING = /(?<![\p{L}])(?:interroga\p{L}*|interrogó|interrogou|interrogatoire|interrogé|pregunt\p{L}*|pergunt\p{L}*|domand\p{L}*|chie(?:de|sto|sero)|questions?|questionn\p{L}*|demand(?:e|é|a)|contrainterrogatorio|turno)(?![\p{L}])/iu;

/** The person is named right after a word of asking (`del fiscal, Ignacio Prieto`) or asks (`Prieto preguntó`); `preguntó a Ortuño` names the one asked. */
function asks(paragraph: string, name: string): boolean {
  const at = firstMention(paragraph, name);
  const family = name.split(/\s+/u).at(-1)!;
  const before = paragraph.slice(Math.max(0, at - 80), at).split(/\s+/u).slice(-7).join(' ');
  const after = paragraph.slice(at + family.length).split(/\s+/u).filter(Boolean).slice(0, 2).join(' ');
  const asked = /(?<![\p{L}])(?:a|al|ao|à|aos|ad|le|lhe|gli)\s+(?:\p{Lu}\p{L}*\s+)*$/u.test(`${before} `.replace(/\s+$/u, ' '));
  return (ASKING.test(before) && !asked) || ASKING.test(after);
}
function side(spans: AttributedSpan[], line: Line | undefined): Side | null {
  return line ? spans[line.spans[0]!]! : null;
}

/** Runs of two or more consecutive dash paragraphs whose first asks a question. */
function exchangeRuns(text: string, spans: AttributedSpan[]): Line[][] {
  const lines: Line[] = [];
  spans.forEach((span, index) => {
    const lineStart = text.lastIndexOf('\n', span.outerStart - 1) + 1;
    const opensLine = /^[ \t]*$/u.test(text.slice(lineStart, span.outerStart)) && /^[–—―]/u.test(text.slice(span.outerStart, span.outerStart + 1));
    const last = lines.at(-1);
    if (opensLine) lines.push({ spans: [index], start: lineStart, question: isQuestion(span.text), tagged: span.attribution === 'after' });
    else if (last && text.lastIndexOf('\n', span.outerStart - 1) + 1 === last.start) last.spans.push(index);
  });
  const runs: Line[][] = [];
  for (const line of lines) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && !/\S/u.test(text.slice(text.indexOf('\n', previous.start), line.start))) run.push(line);
    else runs.push([line]);
  }
  return runs.filter((run) => run.length >= 2 && run[0]!.question && run.some((line) => !line.question) && run.some((line) => !line.tagged));
}

/** The paragraph before the run. */
function leadParagraph(text: string, runStart: number): string {
  const before = text.slice(0, runStart).replace(/\s+$/u, '');
  return before.slice(before.lastIndexOf('\n') + 1);
}

/** The family name (the last word) is how a story names a person again. */
function mentions(paragraph: string, name: string): boolean {
  return firstMention(paragraph, name) >= 0;
}

// (`ми запитали у Віктора Гнатюка` after `Віктор Степанович Гнатюк`: the family name in another case, lang/declined-family.ts.)
function firstMention(paragraph: string, name: string): number {
  return declinedFamilyAt(paragraph, name.split(/\s+/u).at(-1)!);
}
