// Kinds the seventy-second held-out set showed: interviews printed with the two sides' names as labels instead of
// `Q:`/`A:` (name-labels.ts), each in fresh sentences of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, UNNAMED } from './kind-table';
import { nameLabelledAnswers } from '../../../../utils/quotes/name-labels';
import { findQuoteSpans } from '../../../../utils/quotes/find';

const OUTLET_AND_SURNAME_LABELS =
  'The dairy co-operative has asked for a meeting with the minister. The Courier spoke to its secretary, Ilse Marwick, on Friday.\n\n' +
  'Courier: Will the strike go ahead?\n\n' +
  'Marwick: It will, unless the offer changes. We have waited long enough for an answer.\n\n' +
  'Courier: And if the minister says no?\n\n' +
  'Marwick: Then we will stay out until the spring, and the shelves will show it.\n\n' +
  'The ministry did not reply to a request for comment.';
const FULL_NAMES_THEN_SURNAMES =
  'Lab chemist Tomasz Wielgosz has measured the river’s salt for a decade. Reporter Anna Berg spoke with him.\n\n' +
  'Anna Berg: How salty is the river now?\n\n' +
  'Tomasz Wielgosz: Saltier than at any time I have measured, by a long way.\n\n' +
  'Berg: Is the mine to blame?\n\n' +
  'Wielgosz: Mostly. The rest is the dry summer, which nobody can change.';
const FRENCH_SPACED_COLON =
  'La mairie a fermé la piscine. Le Journal a interrogé le maître-nageur Bastien Laforgue.\n\n' +
  'Le Journal : Pourquoi fermer en plein été ?\n\n' +
  'Laforgue : Le bassin fuit depuis trois ans, et personne ne veut payer les travaux.\n\n' +
  'Le Journal : Et les enfants du quartier ?\n\n' +
  'Laforgue : Ils iront à la rivière, comme nous autrefois. Ce n’est pas une solution.';
const RUSSIAN_NAME_IN_ANOTHER_CASE =
  'Корреспондент поговорил с садоводом Павлом Ерохиным.\n\n' +
  'Корреспондент: Сколько деревьев погибло?\n\n' +
  'Ерохин: Почти треть. Я такого мороза не помню.\n\n' +
  'Корреспондент: Будете сажать снова?\n\n' +
  'Ерохин: Буду, но уже другие сорта.\n\n' +
  'Павел Ерохин держит сад под Тамбовом с 1996 года.';
const GIVEN_NAME_LABELS_AND_AN_INNER_QUOTE =
  'Nadia Kemboi has been speaking to the Courier’s Sam Ogilvy-Hart after her win.\n\n' +
  'Sam: You looked relaxed the whole way. Were you?\n\n' +
  'Nadia: No! From 25km my legs were burning. But my coach told me before the race, “The final climb belongs to whoever wants it most.” So I wanted it most.\n\n' +
  'Sam: A record, in that wind. Did you plan that?\n\n' +
  'Nadia: I planned to win. The record was a bonus.';
const ROLE_FROM_AN_EARLIER_QUOTE =
  '"The new rota leaves the ward two nurses short every night," said charge nurse Oskar Lindqvist on Monday.\n\n' +
  'The Herald spoke to Lindqvist again after the board meeting.\n\n' +
  'Herald: Did the board listen?\n\n' +
  'Lindqvist: It listened, and then it voted the rota through anyway.\n\n' +
  'Herald: What happens now?\n\n' +
  'Lindqvist: We keep counting the empty shifts and we send the count to every board member each week.';
const VIETNAMESE_HONORIFIC_LABEL =
  'Chị Phạm Thị Lan nuôi tôm ở huyện Cần Giờ đã mười năm. Phóng viên đã trò chuyện với chị.\n\n' +
  'PV: Năm nay tôm có bị bệnh không, thưa chị?\n\n' +
  'Chị Lan: Có, ao của tôi mất gần một nửa vì nước quá mặn.\n\n' +
  'PV: Chị có định nuôi tiếp không?\n\n' +
  'Chị Lan: Tôi sẽ nuôi tiếp, nhưng thả thưa hơn để tôm khỏe hơn.';
const DEBATE_NO_QUESTIONS =
  'The two candidates, Nadia Pereira and Samuel Okoro, met in the town hall.\n\n' +
  'Pereira: Bus fares will fall in my first year.\n\n' +
  'Okoro: Fares are not the problem. The buses never come.\n\n' +
  'Pereira: They will come when people ride them.\n\n' +
  'Okoro: Then start with the timetable.\n\n' +
  '"It was a fair fight," said moderator Hal Brennan afterwards.';

/** `Courier: …?` / `Marwick: …`: the answers are the interviewee's, the label read as the fullest name given before. */
kindTable('An interview printed with name labels: the answers are the interviewee’s, named in full', [
  ['en: outlet label asking, surname label answering, is the full name', OUTLET_AND_SURNAME_LABELS, 'It will, unless the offer', 'Ilse Marwick', ANY],
  ['en: the second answer too', OUTLET_AND_SURNAME_LABELS, 'Then we will stay out', 'Ilse Marwick', ANY],
  ['en: full-name labels first, then surnames', FULL_NAMES_THEN_SURNAMES, 'Mostly. The rest', 'Tomasz Wielgosz', ANY],
  ['fr: `Laforgue :` with the spaced colon of French type', FRENCH_SPACED_COLON, 'Le bassin fuit', 'Bastien Laforgue', ANY],
  ['ru: a label in the nominative, the name before in another case, the nominative written after', RUSSIAN_NAME_IN_ANOTHER_CASE, 'Почти треть', 'Павел Ерохин', ANY],
  ['en: given-name labels, `Nadia:`, stand for the person introduced', GIVEN_NAME_LABELS_AND_AN_INNER_QUOTE, 'I planned to win', 'Nadia Kemboi', ANY],
  ['counter-case en: the words an answer quotes are not the interviewee’s', GIVEN_NAME_LABELS_AND_AN_INNER_QUOTE, 'The final climb', UNNAMED, ANY],
  ['en: the answers keep the role the interviewee’s earlier quote gives', ROLE_FROM_AN_EARLIER_QUOTE, 'We keep counting', 'Oskar Lindqvist', 'nurse'],
  ['vi: `Chị Lan:`, an honorific and the given name, is the woman introduced in full', VIETNAMESE_HONORIFIC_LABEL, 'Tôi sẽ nuôi tiếp', 'Phạm Thị Lan', ANY],
  ['counter-case en: a marked quote after a two-sided debate keeps its own speaker', DEBATE_NO_QUESTIONS, 'It was a fair fight', 'Hal Brennan', ANY],
]);

const TIMETABLE =
  'The festival programme, organised by Greta Solberg, was published on Friday.\n\n' +
  'Monday: Brass bands play in the park from noon. Who can resist?\n\n' +
  'Tuesday: A film night in the square, weather permitting.\n\n' +
  'Wednesday: Children’s theatre in the library hall.\n\n' +
  'Thursday: The closing concert by the river.';
const MANY_SPEAKERS =
  'Minutes of the council meeting, chaired by Ruth Kovacs, with members Ivo Lindgren and Pia Marsh.\n\n' +
  'Kovacs: Is the motion seconded?\n\n' +
  'Lindgren: Seconded, though we have not seen the costs.\n\n' +
  'Kovacs: Any objections?\n\n' +
  'Marsh: I object until we have the costs in writing.';
const LABEL_NAMING_NOBODY =
  'The water board answered readers’ questions on Monday.\n\n' +
  'Reporter: When will the pipes be replaced?\n\n' +
  'Spokesperson: Work starts in the spring and should take two years.\n\n' +
  'Reporter: Will bills go up?\n\n' +
  'Spokesperson: Only by the rate of inflation, the board has decided.';
const NOTES_AND_UPDATES =
  'Roadworks on the ring road were extended by Ada Quill, the county engineer.\n\n' +
  'Update: Is the bridge open again? Not yet.\n\n' +
  'Note: The detour adds twenty minutes to the trip.\n\n' +
  'Update: Will it open by Friday?\n\n' +
  'Note: Buses will use the old road until then.';

/** Labels that take no turns of an asking side and a named one are no interview: their lines are nobody’s quotes. */
describe('Labelled lines that are no name-labelled interview stay unquoted', () => {
  it.each([
    ['a timetable of day labels', TIMETABLE, 'Brass bands'],
    ['a transcript of three speakers', MANY_SPEAKERS, 'I object'],
    ['an answering label naming no person', LABEL_NAMING_NOBODY, 'Work starts'],
    ['`Update:` and `Note:` labels', NOTES_AND_UPDATES, 'The detour'],
  ])('counter-case: %s', (_name, text, words) => {
    const quotes = findQuotes(text);
    expect(quotes.find((quote) => quote.text.includes(words)), JSON.stringify(quotes.map((quote) => [quote.text, quote.speaker]))).toBeUndefined();
  });
});

/** A broadcast transcript labels its speakers in capitals (`HOST:`, `MARSH:`): caps-labels.ts reads those, not this reader. */
it('counter-case: an interview labelled in capitals is left to the capitals-label reader', () => {
  const text =
    'Councillor Ada Marsh joined the morning programme on Tuesday.\n\n' +
    'HOST: Will the depot close this year?\n\n' +
    'MARSH: Not while I sit on the committee. The figures do not support it.\n\n' +
    'HOST: And the drivers?\n\n' +
    'MARSH: They keep their jobs, every one of them.';
  expect(nameLabelledAnswers(text, findQuoteSpans(text))).toBeNull();
  expect(nameLabelledAnswers(text.replace(/HOST/gu, 'Host').replace(/MARSH/gu, 'Marsh'), findQuoteSpans(text))).not.toBeNull();
});

/** A station's call letters asking (`WKRD:`) are no transcript's capitals: the answers are still the interviewee's. */
it('an asker labelled with call letters still makes an interview', () => {
  const text =
    'WKRD reached the harbour master, Tove Lindahl, on Tuesday.\n\n' +
    'WKRD: Will the dredging finish before the season?\n\n' +
    'Lindahl: If the weather holds, yes. We lost a week in March already.\n\n' +
    'WKRD: What happens if it does not?\n\n' +
    'Lindahl: Then the bigger boats wait outside the bar for the tide.';
  const quotes = findQuotes(text);
  expect(quotes.find((quote) => quote.text.startsWith('If the weather'))?.speaker).toBe('Tove Lindahl');
  expect(quotes.find((quote) => quote.text.startsWith('Then the bigger'))?.speaker).toBe('Tove Lindahl');
});
