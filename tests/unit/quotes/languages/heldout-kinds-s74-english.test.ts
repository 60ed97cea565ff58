// Two shapes of the printed interview (the fifty-fourth held-out set showed plain questions answered under the
// interviewee's family name as a label, and an introduction closing on `Excerpts:`), in fresh sentences of my own,
// with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY } from './kind-table';

const INTRO = 'Tobias Wrenfield has kept bees on the ridge above Larchmoor for thirty years. He spoke with the Gazette at his workshop on Friday.';
const PLAIN_QUESTIONS = `${INTRO}\n\nWhat did the cold spring cost the hives?\n\nWrenfield: Two colonies, maybe three. The queens stopped laying in April and never caught up.\n\nWill the honey price go up?\n\nWrenfield: It has to. The shops in town still want it by the jar, and the jars cost more than they did.\n\nThe county council said a grant scheme would open in June.`;

/** `What now?` / `Wrenfield: …`: the answers under the family name are the person the introduction named (asked-name-labels.ts). */
kindTable('Plain questions answered under the interviewee’s name as a label', [
  ['the first answer', PLAIN_QUESTIONS, 'Two colonies, maybe', 'Tobias Wrenfield', ANY],
  ['the second answer', PLAIN_QUESTIONS, 'It has to. The shops', 'Tobias Wrenfield', ANY],
]);

const EXCERPTS = 'At the town hall, Councillor Imelda Ostrova has put forward a fund to repair the harbour wall. She spoke to Harbour Weekly on Tuesday. Excerpts:';
const QA = '\n\nWill the fund be enough?\n\nIt will not fix everything, I admit that. But it will keep the boats in the water for another winter.\n\nWhy should the town pay for it?\n\nBecause nobody else will. The harbour feeds this town, and we cannot wait for the ministry to notice.';

/** `She spoke to X on Tuesday. Excerpts:` announces the interview as the bare sentence does (qa-answers.ts). */
kindTable('An interview introduced with `Excerpts:` after the announcing sentence', [
  ['the first answer', `${EXCERPTS}${QA}`, 'It will not fix', 'Imelda Ostrova', ANY],
  ['the second answer', `${EXCERPTS}${QA}`, 'Because nobody else', 'Imelda Ostrova', ANY],
]);

const FAQ = 'The Larchmoor market reopens next month after the roof repairs.\n\nWhen is the market open?\n\nSaturday: from eight until two, all through the summer months.\n\nWhere do stallholders park?\n\nSaturday: behind the chapel, in the old coal yard by the bridge.';
const ANSWERED_ONCE = PLAIN_QUESTIONS.replace(/\n\nWill the honey[\s\S]*?cost more than they did\./u, '');
const EXPLAINER = `${EXCERPTS}\n\nWhat does the fund pay for?\n\nThe fund covers the stone facing and the two slipways, the council says.\n\nWho decides?\n\nThe harbour board votes on each repair in turn.`;

/** Counter-cases: look-alikes that are no one's words, so no quotation may start with them. */
describe('Look-alikes of the two interview shapes stay unread', () => {
  it.each([
    ['a FAQ answered under a day’s label', FAQ, 'from eight until two'],
    ['one labelled answer alone is no interview', ANSWERED_ONCE, 'Two colonies, maybe'],
    ['after `Excerpts:`, answers in the third person are an explainer’s', EXPLAINER, 'The fund covers'],
  ])('%s', (_name, text, words) => {
    expect(findQuotes(text).map((quote) => quote.text).filter((quoted) => quoted.startsWith(words))).toEqual([]);
  });
});
