/**
 * A dash line whose tag names no one (`— conta.`, `– racconta.`, `—dijo la vecina.`) right after
 * the writer introduces one person, in the sentences before the dash or in the paragraph before:
 *   Na casa ao lado, o pedreiro Anderson Rocha, de 38 anos, terminou o segundo andar.
 *   — Gastei tudo o que tinha nessa laje — conta.           ← Anderson Rocha
 *   Quel volontario è Davide Zanetti. – Avevamo i fulmini sopra la testa – racconta.   ← Davide Zanetti
 * Reportage introduces each resident so before giving their words; the speaker is that person, not
 * the one who spoke last. An introduction holding a quote, or naming two people, decides nothing.
 * With no one introduced, a dash line after one background paragraph that names no one goes on the
 * last dash speaker's words (`– …, säger Karin Wiklund.` / `Proverna togs …` / `– Vi misstänker …`).
 */

import type { AttributedSpan } from '../attribute';
import { findPersonMentions } from '../person-mentions';
import { intervieweeBefore } from './dash-interview';
import { roleFromIntroduction } from './introduced-role';
import { interviewedIn } from './ru-uk';
import { findUnnamedIntroductions } from '../unnamed-introduction';
import { isGivenAndPatronymic } from './role-nouns';
import { resolveName } from '../name-resolution';
import { unnamedReportedSpeaker } from './unnamed-reported-speaker';

const QUOTE_MARK = /["“”«»„]/u;
const DASH = /^[–—―]/u;
/** A capitalised name of up to four words in marks: a programme's, a book's or a club's, no one's words. */
const SHORT_TITLE = /[„“"«]\p{Lu}[^„“”"«»\s]*(?:\s[^„“”"«»\s]+){0,3}[”"»]/gu;

export function introducedDashSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  const result = [...spans];
  result.forEach((span, i) => {
    const previous = result[i - 1];
    // The words going on after the tag (`— conta. — Ninguém…`) are the same person's.
    if ((span.attribution === 'continued' || span.speaker === null) && previous && previous.speaker !== spans[i - 1]?.speaker && sameLine(text, previous, span)) {
      result[i] = { ...span, speaker: previous.speaker, role: previous.role, speakerKind: previous.speakerKind, speakerMention: previous.speakerMention };
      return;
    }
    // A tag the attribution could not read (`— contou, ainda com a camisola suada.`) leaves the speaker null.
    // (Nor does a dash line the attribution carried on from the last speech across a paragraph introducing someone else.)
    // (Nor one read from a pronoun in the sentences before: `Hennes bror X följde … sade han till tidningen att …` / `– Vi …`.)
    const unread = span.speaker === null || span.attribution === 'continued' || (span.attribution === 'context' && !span.speakerMention) || (span.attribution === 'after' && !namesSpeaker(text, span));
    // (`„…” – stwierdził.` opening its paragraph: a tag of one verb leaves the subject out, as a dash line's does.)
    if (!unread || !(DASH.test(text.slice(span.outerStart, span.outerStart + 1)) || verbAloneAfter(text, span))) return;
    // (An interview's untagged answer after its question: the person the introduction is about, dash-interview.ts.)
    const person = introducedBefore(text, span.outerStart) ?? intervieweeBefore(text, text.lastIndexOf('\n', span.outerStart - 1) + 1);
    // `En 52-årig kvinna som bor … har väntat.` / `– …, säger kvinnan.`: someone brought in unnamed, kept as described.
    const unnamed = !person && span.speaker === null ? unnamedIntroducedBefore(text, span.outerStart) : null;
    if (unnamed) {
      result[i] = { ...span, speaker: unnamed, role: null, speakerKind: 'description', speakerMention: null };
      return;
    }
    if (!person && span.speaker === null && previous?.speaker && afterOneBackgroundParagraph(text, previous, span)) {
      result[i] = { ...span, speaker: previous.speaker, role: previous.role, speakerKind: previous.speakerKind, speakerMention: null };
      return;
    }
    if (!person || person === span.speaker) return;
    // The role the introduction gave them (`Ifølge lektor … Jesper Holm er …`), when it gave one.
    result[i] = { ...span, speaker: person, role: roleFromIntroduction(text, person, span.outerStart), speakerKind: 'name', speakerMention: null };
  });
  return result;
}

/** The one person the sentences before the dash (or, with none, the paragraph before) name, when they hold no quote. */
function introducedBefore(text: string, dashAt: number): string | null {
  const lineStart = text.lastIndexOf('\n', dashAt - 1) + 1;
  let intro = text.slice(lineStart, dashAt).trim();
  if (!intro) {
    const before = text.slice(0, lineStart).trimEnd();
    intro = before.slice(before.lastIndexOf('\n') + 1).trim();
  }
  // (A title of a few words in marks is no quote: `… w ramach programu „Zdrowy Powiat 2030”.`)
  if (!intro || QUOTE_MARK.test(intro.replace(SHORT_TITLE, '')) || DASH.test(intro)) return null;
  const names = [...new Set(findPersonMentions(intro).map((mention) => mention.name))];
  // (`мы побеседовали с … Андреем Мельниковым`: an interview's lead-in; its questions and answers are dash-exchange.ts's.)
  if (names.length === 1 && interviewedIn(intro, names[0]!)) return null;
  // (`Вера Павловна машет …`: the polite address is the person the text named in full before, role-nouns.ts.)
  if (names.length === 1 && isGivenAndPatronymic(names[0]!)) return resolveName(names[0]!, findPersonMentions(text.slice(0, lineStart)));
  return names.length === 1 ? names[0]! : null;
}

/** The unnamed person the paragraph before the dash (naming no one, quoting nothing) opens with. */
function unnamedIntroducedBefore(text: string, dashAt: number): string | null {
  const lineStart = text.lastIndexOf('\n', dashAt - 1) + 1;
  if (text.slice(lineStart, dashAt).trim()) return null;
  const before = text.slice(0, lineStart).trimEnd();
  const intro = before.slice(before.lastIndexOf('\n') + 1).trim();
  if (!intro || QUOTE_MARK.test(intro) || DASH.test(intro) || findPersonMentions(intro).length > 0) return null;
  // (`Eräs asukas … sanoo …`: the one whose saying the paragraph reports, when it reports one, lang/unnamed-reported-speaker.ts.)
  return unnamedReportedSpeaker(intro) ?? findUnnamedIntroductions(intro, () => false)[0]?.phrase ?? null;
}

/** The last speech was a dash line, and between it and this one stands one paragraph naming no one and quoting nothing. */
function afterOneBackgroundParagraph(text: string, previous: AttributedSpan, span: AttributedSpan): boolean {
  if (!DASH.test(text.slice(previous.outerStart, previous.outerStart + 1))) return false;
  const previousLineEnd = text.indexOf('\n', previous.outerEnd);
  if (previousLineEnd < 0 || previousLineEnd > span.outerStart) return false;
  const between = text.slice(previousLineEnd, span.outerStart).split('\n').map((line) => line.trim()).filter(Boolean);
  return between.length === 1 && !QUOTE_MARK.test(between[0]!) && !DASH.test(between[0]!) && findPersonMentions(between[0]!).length === 0;
}

/**
 * The quote opens its paragraph and its tag is one lower-case verb closing the sentence after a dash or the mark alone
 * (`„…” – stwierdził.`, `„…,“ doplnila.`), as Slavic papers set it. (Not `«…», añadió.`, a comma after the mark: Romance
 * papers go on with the last speaker past a paragraph naming someone else.)
 */
function verbAloneAfter(text: string, span: AttributedSpan): boolean {
  return (span.outerStart === 0 || text[span.outerStart - 1] === '\n') && /^(?:\s*[–—-]\s*|[^\S\n]+)\p{Ll}{3,}[.!?](?:\s|$)/u.test(text.slice(span.outerEnd, span.outerEnd + 40));
}

/** The tag's words hold the speaker's family name (`— disse Ana Souza`), so nothing is left to guess. */
function namesSpeaker(text: string, span: AttributedSpan): boolean {
  const mention = span.speakerMention;
  if (!mention || !span.speaker) return false;
  const family = span.speaker.split(/\s+/u).at(-1)!;
  return text.slice(mention.start, mention.end).includes(family);
}

function sameLine(text: string, a: AttributedSpan, b: AttributedSpan): boolean {
  return !text.slice(a.outerEnd, b.outerStart).includes('\n');
}
