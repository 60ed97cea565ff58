// Kinds the sixty-second held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const THAT_WAS_REVEAL =
  'The ferry operator wants to drop the winter timetable altogether. Nolan Brierly, who fishes out of the harbour, said the plan would strand him.\n\n' +
  '"I lose a day\'s catch every time the boat is late," Brierly said.\n\n' +
  '"We have asked for a proper timetable for six years and been ignored every single time."\n\n' +
  'That was Councillor Fenella Ashgrove, a Harbour Ward Liberal, who told the meeting she would vote against the plan.';
const THAT_WAS_NOT_A_NAME =
  'The ferry operator wants to drop the winter timetable altogether. Nolan Brierly, who fishes out of the harbour, said the plan would strand him.\n\n' +
  '"I lose a day\'s catch every time the boat is late," Brierly said.\n\n' +
  '"We have asked for a proper timetable for six years and been ignored every single time."\n\n' +
  'That was in Port Allenby, where the meeting ran past midnight.';
const THOSE_WORDS_FROM =
  'Deputy mayor Ingrid Salvesen promised a decision before the summer. "The pool will reopen, one way or another," Salvesen said.\n\n' +
  '\u2018A promise is only worth something if people can swim in it.\u2019\n\n' +
  'Those words, from lifeguard Matteo Ferrandi, drew the loudest cheer of the evening.';
const THOSE_WORDS_FROM_A_PLACE =
  'Deputy mayor Ingrid Salvesen promised a decision before the summer. "The pool will reopen, one way or another," Salvesen said.\n\n' +
  '\u2018A promise is only worth something if people can swim in it.\u2019\n\n' +
  'Those words were painted on a banner in Kestrel Park by the end of the week.';

/** A lone quote, then `That was <role> X, …` / `Those words, from <role> X, …`: the next paragraph names its speaker (revealed-after.ts). */
kindTable('A lone quote whose speaker the next paragraph reveals over the one before it', [
  ['en: `That was Councillor X, a … Liberal, who …` after a lone quote is X', THAT_WAS_REVEAL, 'We have asked for a proper', 'Fenella Ashgrove', ANY],
  ['counter-case en: `That was in Port Allenby, where …` names no one: the quote stays with the speaker before', THAT_WAS_NOT_A_NAME, 'We have asked for a proper', 'Nolan Brierly', ANY],
  ['en: `Those words, from lifeguard X, drew …` after a lone quote is X', THOSE_WORDS_FROM, 'A promise is only worth', 'Matteo Ferrandi', ANY],
  ['counter-case en: `Those words were painted … in Kestrel Park` names no speaker', THOSE_WORDS_FROM_A_PLACE, 'A promise is only worth', 'Ingrid Salvesen', ANY],
]);

const HANDED_IN_TESTIMONY =
  'The county board heard from more than ninety residents on the quarry expansion.\n\n' +
  'The board\u2019s own staff were blunt. "The haul road cannot carry another forty trucks a day," according to written testimony submitted by Priya Ravensworth, the county roads engineer.';
const REPORT_BY_A_BODY =
  'The county board heard from more than ninety residents on the quarry expansion.\n\n' +
  'Ada Lindgren, who lives beside the haul road, was blunt. "The haul road cannot carry another forty trucks a day," according to a report prepared by Halvern Transport Consultants.';

/** `"…," according to written testimony submitted by X, the …`: the one who handed the paper in (according-handed-in.ts). */
kindTable('The person who handed in the paper an "according to" source names', [
  ['en: `according to written testimony submitted by X, the county roads engineer` is X', HANDED_IN_TESTIMONY, 'The haul road cannot', 'Priya Ravensworth', 'engineer'],
  ['counter-case en: `according to a report prepared by <a firm>` is no person', REPORT_BY_A_BODY, 'The haul road cannot', 'Ada Lindgren', ANY],
]);
