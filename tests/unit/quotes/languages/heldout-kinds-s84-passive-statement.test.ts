// A quote read from a document in the passive or impersonal voice, "it is said in the statement", no author named
// (the sixty-fourth held-out set showed Macedonian `се наведува во соопштението` and Kyrgyz `деп айтылат билдирүүдө`
// after a body's announcement): the document speaks, not the person or body named before. Fresh sentences of my own,
// in South Slavic and Turkic neighbours that share the shape, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

kindTable('A passive "it is said in the statement" tag is a description, not the one named before', [
  ['mk: `„…“, се наведува во соопштението.` after a body', 'Од Управата за шуми соопштија дека патот ќе биде затворен. „Патролите ќе бидат засилени по целиот гребен“, се наведува во соопштението.', 'Патролите', DESCRIBED, ANY],
  ['mk: `се вели во писмото` after a named man', 'Горан Трпевски, градоначалникот на Белица, испрати писмо до владата. „Мостот над реката пука и никој не одговара“, се вели во писмото.', 'Мостот', DESCRIBED, ANY],
  ['sr: `наводи се у саопштењу`', 'Из Покрајинске управе за воде саопштили су да ће брана бити поправљена. „Радови ће трајати најмање три месеца“, наводи се у саопштењу.', 'Радови', UNNAMED, ANY],
  ['ky: `деп айтылат билдирүүдө` after a named man', 'Жайыт комитетинин төрагасы Медер Токтосунов билдирүү таратты. «Көпүрө жазга чейин оңдолот», — деп айтылат билдирүүдө.', 'Көпүрө', DESCRIBED, ANY],
  ['ky: `деп жазылган катта`', 'Айыл өкмөтү облуска кат жөнөттү. «Суу түтүктөрү отуз жыл мурун салынган», — деп жазылган катта.', 'Суу', DESCRIBED, ANY],
  ['kk: `делінген мәлімдемеде`', 'Облыстық әкімдік мәлімдеме таратты. «Жол көктемге дейін жабық болады», — делінген мәлімдемеде.', 'Жол', DESCRIBED, ANY],
  ['counter-case mk: a named man after the verb stays the speaker', '„Мостот над реката пука и никој не одговара“, изјави Горан Трпевски.', 'Мостот', 'Горан Трпевски', ANY],
  ['counter-case bg: a pronoun after a real verb stays the person', 'Кметът Петър Събев посети хижата. „Всички хижи ще бъдат проверени“, каза той.', 'Всички хижи', 'Петър Събев', ANY],
  ['counter-case ky: `деп кошумчалады Медер Токтосунов` names him', '«Көпүрө жазга чейин оңдолот», — деп кошумчалады Медер Токтосунов.', 'Көпүрө', 'Медер Токтосунов', ANY],
]);
