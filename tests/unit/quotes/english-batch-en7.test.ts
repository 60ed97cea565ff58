import { startsTable } from './starts-table';

// Batch "English 7" (20 articles: Trinidad, Zambia, Uganda, Malaysia, Sri Lanka, a Bangladeshi English daily, Northern
// Ireland, the Isle of Man, Tasmania, the Northern Territory, Yukon, Alaska, Hawaii, a US West Coast TV station, a school
// board meeting, a police appeal, an obituary, a science story, a business wire and a cricket report): the kinds its first
// run lost, most frequent first, each in sentences of my own with a counter-case. Every row but the counter-cases failed
// before its change.

startsTable('en7: a body\'s whole name glued before a full name, its closing noun before the person (body-tail.ts)', [
  ['"President of the Harbour Boatmen Association X Y said …", then "Y said"', 'President of the Harbour Boatmen Association Anita Lall said the fees were too high.\n\n“It is a fair rule,” Lall said.', 'It is a fair rule', 'Anita Lall', 'President of the Harbour Boatmen Association'],
  ['"Chair of the Harbour Traders Association X Y said …", then "he said"', 'Chair of the Harbour Traders Association Leo Brandt said rents had doubled.\n\n“Nobody can pay that,” he said.', 'Nobody can pay', 'Leo Brandt'],
  ['"Head of the Eastfield Cycle Club X Y" then "Y said"', 'Head of the Eastfield Cycle Club Ruth Amos said the lane was dangerous.\n\n“We all ride it,” Amos said.', 'We all ride it', 'Ruth Amos'],
  ['counter-case: a body alone as subject names no one for "he said"', 'The Harbour Boatmen Association said the fees were too high.\n\n“It is a fair rule,” he said.', 'It is a fair rule', null],
  ['counter-case: a body\'s name whose last words are no person ("Union Jack Party") stays a body', 'The Boatmen Union Jack Party said the fees were too high.\n\n“It is a fair rule,” he said.', 'It is a fair rule', null],
]);

startsTable('en7: the Isle of Man\'s "MHK" is an office before a name, like "MP" (names.ts TITLES, roles.ts ROLE_NOUNS)', [
  ['"Ramsey MHK X Y tabled …", then "Mrs Y said"', 'Ramsey MHK Jane Crellin tabled the bill.\n\n“It is a fair rule,” Mrs Crellin said.', 'It is a fair rule', 'Jane Crellin', 'MHK'],
  ['the full name inside a clause: "The bill, tabled by Ramsey MHK X Y, passed", then "Mrs Y told the court:"', 'The bill, tabled by Ramsey MHK Jane Crellin, passed easily.\n\nMrs Crellin told the court: “It is a fair rule.”', 'It is a fair rule', 'Jane Crellin'],
  ['a descriptor tag after the quote is the member named before', 'Douglas MHK Tom Banda called the fares “steep”.\n\n“Nobody can afford the boat,” the former teacher said.', 'Nobody can afford', 'Tom Banda'],
  ['counter-case: "Ramsey MP X Y" was read before and still is', 'Ramsey MP Jane Crellin tabled the bill.\n\n“It is a fair rule,” Mrs Crellin said.', 'It is a fair rule', 'Jane Crellin', 'MP'],
]);

startsTable('en7: a source left unnamed on purpose in the quote\'s own paragraph keeps the pronoun (lang/english-withheld.ts, unnamed-introduction.ts)', [
  ['a definite description: "The nurse, who asked not to be named, says …", then "she says"', 'Mill owner Sara Dunn said trade was good.\n\nThe nurse, who asked not to be named, says the ward is full. “We have no beds left,” she says.', 'We have no beds', 'the nurse'],
  ['after a place phrase: "At the clinic, the nurse in charge, who asked not to be named, said …"', 'Mill owner Sara Dunn said trade was good.\n\nAt the clinic, the nurse in charge, who asked not to be named, said the ward was full. “We have no beds left,” she said.', 'We have no beds', 'the nurse'],
  ['"However, an older driver who did not want his name used disagreed", then "he said"', 'Mill owner Tom Dunn said trade was good.\n\nHowever, an older driver who did not want his name used disagreed. “They never paid on time,” he said.', 'They never paid', 'an older driver'],
  ['a pupil is a person: "A former pupil said …", then "she said"', 'Councillor Ann Lee said the town had lost a friend.\n\n“Her pupils are everywhere,” Cllr Lee said.\n\nA former pupil said the school had been strict. “If you came late, she knew,” she said.', 'If you came late', 'a former pupil'],
  ['counter-case: a definite description with no words of anonymity may be the person named before', 'Mill owner Sara Dunn said trade was good.\n\nThe owner says the ward is full. “We have no beds left,” she says.', 'We have no beds', 'Sara Dunn'],
  ['counter-case: a name set beside the description names the source', 'Mill owner Sara Dunn said trade was good.\n\nThe nurse, Ann Lee, who asked not to be named in the report, said the ward was full. “We have no beds left,” she said.', 'We have no beds', 'Ann Lee'],
]);

startsTable('en7: a councillor\'s ward after "councillor for" opens the run, the person after it (person-mentions.ts SEAT_OFFICE_BEFORE)', [
  ['"Local councillor for Hafod X Y said …", then "Cllr Y said"', 'Local councillor for Hafod Gwen Pryce said drivers sped there.\n\n“It has to change,” Cllr Pryce said.', 'It has to change', 'Gwen Pryce', 'councillor'],
  ['counter-case: "Member for Lyne X Y" as before', 'Member for Lyne Angus Teale said it.\n\n“Nobody believes it,” Mr Teale said.', 'Nobody believes it', 'Angus Teale', 'Member for Lyne'],
  ['counter-case: "The councillor for Hafod" with no name gives no named speaker', 'The councillor for Hafod said drivers sped there.\n\n“It has to change,” she said.', 'It has to change', null],
]);

startsTable('en7: "the skipper" is the captain named before (salience.ts soleNamed)', [
  ['"Zimbabwe captain X Y praised …", then "the skipper said"', 'Zimbabwe captain Joe Banda praised the team.\n\n“We fought hard,” the skipper said.', 'We fought hard', 'Joe Banda'],
  ['counter-case: a coach named before is not "the skipper"', 'Coach Tom Dunn praised the team.\n\n“We fought hard,” the skipper said.', 'We fought hard', 'the skipper'],
]);

startsTable('en7: the registered engineer\'s "Ir" is a title, no part of the name (names.ts TITLES)', [
  ['"director Datuk Ir X Y Z said …", then "said X"', 'Drainage director Datuk Ir Lim Boon Keat said 180mm of rain fell.\n\n“The tide was high,” said Lim.', 'The tide was high', 'Lim Boon Keat', 'director'],
  ['"director Ir X Y Z said …", then "he said"', 'Drainage director Ir Lim Boon Keat said 180mm of rain fell.\n\n“The tide was high,” he said.', 'The tide was high', 'Lim Boon Keat'],
  ['counter-case: a given name opening on "Ir" keeps it', 'Irene Lim said 180mm of rain fell.\n\n“The tide was high,” she said.', 'The tide was high', 'Irene Lim'],
]);
