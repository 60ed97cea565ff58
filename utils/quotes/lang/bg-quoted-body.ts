/**
 * Bulgarian and Macedonian name a firm in quotation marks, often with its legal form (`ЕООД`, `ООД`, `ЕАД`, `АД`, `ДООЕЛ`)
 * before or after it, between an office and its holder's name: `, каза управителят на ЕООД „Бяла мелница“ Стоян Пеев.`,
 * `директорът на „Пирин“ АД Иван Петров заяви:`. The reader takes the legal form for a name, or stops at the marks; so
 * it reads a copy where the firm is one plain noun ("the company") and the firm's own words are given back in the role.
 * Only right before a capitalised name: `на ЕООД „Бяла мелница“.` ends no tag.
 */

import type { SpeakerPhrase } from '../cues';

const LEGAL_FORM = 'ЕООД|ООД|ЕАД|АД|ЕТ|ДООЕЛ|ДОО';
/** A lower-case word, the firm (legal form, name in marks, legal form), then a capitalised word. */
const FIRM_BEFORE_NAME = new RegExp(`(?<=\\p{Ll}\\s)((?:(?:${LEGAL_FORM})\\s+)?[„“"«]\\p{Lu}[^„“”"«»\\n]{0,40}[“”"»](?:\\s+(?:${LEGAL_FORM}))?)(?=\\s+\\p{Lu}\\p{Ll})`, 'u');
/** The plain noun read in the firm's place: "the company", with its article like a role's complement. */
const STAND_IN = 'дружеството';

/** `read` on `frame` with a firm in marks before a name read as one noun; null when the frame holds none. */
export function readThroughQuotedFirm(frame: string, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const firm = FIRM_BEFORE_NAME.exec(frame);
  if (!firm || frame.includes(STAND_IN)) return null;
  const found = read(frame.slice(0, firm.index) + STAND_IN + frame.slice(firm.index + firm[0].length));
  if (found?.kind !== 'name' || found.pronoun || !found.role?.includes(STAND_IN)) return null;
  return { ...found, role: found.role.replace(STAND_IN, firm[1]!) };
}
