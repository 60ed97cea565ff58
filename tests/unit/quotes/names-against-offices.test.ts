import { startsTable } from './starts-table';

/**
 * Names that look like words and words that look like names: an Indian given name ending like a German agent noun, an
 * Akan given name ending like a Turkish title, a body written with an article and a capital; an office given again by
 * its initials; a role with its "of" and no article opening the sentence before the name. Each case has a counter-case.
 * Sentences of my own.
 */
startsTable('Names against offices', [
  // Given names shaped like other languages' role words.
  ['en: an Indian given name in -kant after the verb', '“Only a quarter of the reservoir is left,” said Ravikant Joshi, executive engineer in charge of the city’s pipelines.', 'Only a quarter', 'Ravikant Joshi'],
  ['en: an Indian given name in -shant', '“The tanker schedule will change from Monday,” said Prashant Kulkarni, the ward officer.', 'The tanker schedule', 'Prashant Kulkarni', 'ward officer'],
  ['de counter: an agent noun in -ant before the name is the role', '„Die Wartezeit war zu lang“, sagt Praktikant Jonas Krug.', 'Die Wartezeit', 'Jonas Krug'],
  ['en: an Akan given name in -esi before a numbered stool name', 'The chief of Elmina, Nana Kwesi Baidoo II, said: “The river is dry and the farms are empty now.”', 'The river is dry', 'Kwesi Baidoo'],
  ['tr counter: a Turkish title head in -usu before the name', '“Tatil boyunca feribot seferleri azalacak,” dedi Basın Sorumlusu Ali Kaya.', 'Tatil boyunca', 'Ali Kaya'],
  // An office given again by the initials of its capitalised words.
  ['en: the MCE after the Municipal Chief Executive', 'Speaking to the paper, the Elmina Municipal Chief Executive, Hon. Ama Serwaa Owusu, admitted the shortage.\n\nHon. Owusu also warned the committees. “Public money pays for this fuel, so nobody may resell it,” the MCE said.', 'Public money pays', 'Ama Serwaa Owusu'],
  ['en counter: initials no office of anyone stay a description', 'Speaking to the paper, the Elmina Municipal Chief Executive, Hon. Ama Serwaa Owusu, admitted the shortage.\n\n“Public money pays for this fuel, so nobody may resell it,” the NPA said.', 'Public money pays', 'the NPA'],
  // A role with "of" and no article opening the sentence, the name set beside it.
  ['en: Chair of the county, Cllr X, then "he said", after an unnamed trader', 'One trader on Main Street, speaking on condition of anonymity, said takings were down. “We need every parking bay we can get,” she said.\n\nChair of the county, Cllr Seán Moloney, said no vote would be held before June. “The consultation is still open,” he said.', 'The consultation is', 'Seán Moloney'],
  ['en counter: a group before the names stays with the unnamed trader', 'One trader on Main Street, speaking on condition of anonymity, said takings were down. “We need every parking bay we can get,” she said.\n\nFriends of the trader, Mary Keane and Tom Byrne, said it was unfair. “The consultation is still open,” she said.', 'The consultation is', 'One trader'],
  ['en: an office no list holds, its "of", then a title and the name', 'One trader on Main Street, speaking on condition of anonymity, said takings were down. “We need every parking bay we can get,” she said.\n\nConvener of the county, Cllr Seán Moloney, said no vote would be held before June. “The consultation is still open,” he said.', 'The consultation is', 'Seán Moloney'],
  // A participle qualifying an office; an article, role words and a full name after the verb.
  ['en: a participle before the office in apposition', '“The tanks are half empty,” said Ravi Kulkarni, superintending engineer for the eastern zone.', 'The tanks are half', 'Ravi Kulkarni', 'superintending engineer'],
  ['en: said the club captain X', '“We were lucky today,” said the club captain Tom Reyes.', 'We were lucky', 'Tom Reyes', 'captain'],
  ['en counter: a team after the role words is no person', '“We were lucky today,” said the captain of Mill Lane Rovers.', 'We were lucky', 'the captain'],
  // An article and one capitalised noun opening a sentence is a body, not the person a descriptor stands for.
  ['it: "la presidente" after "La Società" opens a sentence', 'Secondo Laura Bernasconi, presidente della Società Canottieri Lugano, «perdere il pontile per un anno ci costerà metà dei soci».\n\nLa Società ha già chiesto aiuto al Comune, ma senza risposta. «I ragazzi devono allenarsi a Ponte Tresa, dopo la scuola», aggiunge la presidente.', 'I ragazzi devono', 'Laura Bernasconi'],
  ['it counter: a family name with its particle after the full name', 'Secondo Paolo La Rosa, presidente della Società Canottieri Lugano, il pontile è pericoloso.\n\nLa Rosa ha già chiesto aiuto al Comune. «I ragazzi devono allenarsi a Ponte Tresa, dopo la scuola», aggiunge.', 'I ragazzi devono', 'Paolo La Rosa'],
  // Mends after the merges: an age set off after a full name is no portfolio of the role before it; a Turkish sentence
  // going on after "diyen X," is no role of X.
  ['pt: an age after the full name, then where the person lives', '“O rio subiu de repente, em uma hora já estava na porta”, contou a professora Lúcia Bernardes, de 61 anos, que vive na Vila Nova há trinta anos.', 'O rio subiu', 'Lúcia Bernardes', 'professora'],
  ['fr counter: a list of portfolios before the name stays one role', '« La rentrée se fera à temps », a assuré l’échevine de l’Enseignement, de la Jeunesse et des Sports, Claire Dumont.', 'La rentrée', 'Claire Dumont', 'échevine de l’Enseignement, de la Jeunesse'],
  ['tr: the sentence going on after "diyen X," gives no role', 'Maliyeci Doç. Dr. Kemal Arslan ise sorunun kalıcı olduğunu belirtti. “Fiyatı tüccar değil ihracatçılar koyuyor” diyen Arslan, ortak satış ağının kurulması gerektiğini söyledi.', 'Fiyatı tüccar', 'Kemal Arslan', null],
]);
