// Kinds in Ukrainian, Czech, Polish, Russian and Romanian copy (the sixtieth held-out set showed a form of address in a later
// tag taking the office's place, a family name ending like a patronymic cutting the given name off, `the official` with no
// article, Romanian `Edilul` for the mayor, and a Romanian trade before the age), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

/** `— усміхається пані Оксана` after `директорка бібліотеки Оксана Гуменюк`: the form of address is no office (roles.ts HONOUR). */
kindTable('A form of address in a later tag leaves the office given before', [
  ['uk: `пані` and the given name', '«Ми не мали грошей», — каже директорка бібліотеки Оксана Гуменюк.\n\n«Книжок вистачає, — усміхається пані Оксана, — а от полиць ні».', 'Книжок вистачає', 'Оксана Гуменюк', 'директорка'],
  ['uk: a later full-name tag keeps the office too', '«Ми не мали грошей», — каже директорка бібліотеки Оксана Гуменюк.\n\n«Книжок вистачає», — усміхається пані Оксана.\n\n«Полиць немає», — додає Оксана Гуменюк.', 'Полиць немає', 'Оксана Гуменюк', 'директорка'],
  ['cs: `paní` and the given name', '„Peníze nemáme,“ řekla ředitelka knihovny Jana Malá.\n\n„Knihy máme, jen police chybí,“ směje se paní Jana.', 'Knihy máme', 'Jana Malá', 'ředitelka'],
  ['counter-case: `paní` with no office before stays the role', '„Knihy máme, jen police chybí,“ směje se paní Jana Malá.', 'Knihy máme', 'Jana Malá', '=paní'],
]);

/** `Марія Іванівна Шуневич`: a family name ending in -ович/-евич after a patronymic is no patronymic (lang/role-nouns.ts). */
kindTable('A three-part East Slavic name whose family name ends like a patronymic stays whole', [
  ['uk: given name and patronymic later', 'Марія Іванівна Шуневич — найстарша в бригаді. Їй 70.\n\n«Тісто любить тишу», — жартує Марія Іванівна.', 'Тісто любить', 'Марія Іванівна Шуневич', null],
  ['ru: likewise', 'Ольга Петровна Ходкевич — старейшая в артели. Ей 68.\n\n«Тесто любит тишину», — шутит Ольга Петровна.', 'Тесто любит', 'Ольга Петровна Ходкевич', null],
  ['counter-case: two words, the family name in -евич alone', '«Тісто любить тишу», — жартує Марія Шуневич.', 'Тісто любить', 'Марія Шуневич', null],
]);

/** `— наголосив посадовець` after `заступник голови району X`: an official is the latest person given an office (any-official.ts). */
kindTable('A bare noun for any official is the latest person given an office, over an unnamed speaker before', [
  ['uk: `посадовець` after an unnamed speaker', 'Одна з вчительок, яка переїхала сюди з Херсона, попросила не називати її імені.\n\n«Тут я вперше за рік відчула спокій».\n\nЯк повідомив заступник голови району Богдан Лисак, ремонт почнуть у травні.\n\n«Гроші вже є», — наголосив посадовець.', 'Гроші вже є', 'Богдан Лисак', 'заступник'],
  ['counter-case: no one given an office, the official stays unnamed', '„Peníze už jsou,“ zdůraznil úředník.', 'Peníze už jsou', UNNAMED, ANY],
]);

/** `Edilul spune că …` after `primarul comunei, X`: Romanian copy's other word for the mayor is no name (lang/ro.ts). */
kindTable('Romanian `Edilul` opening a sentence is the mayor named before', [
  ['`Edilul` and a later `a adăugat el`', '„Drumul e închis de o lună”, a declarat primarul orașului, Sorin Vlădescu.\n\nEdilul spune că a scris de trei ori la minister. „Nu ne-a răspuns nimeni până azi”, a adăugat el.', 'Nu ne-a răspuns', 'Sorin Vlădescu', 'primarul'],
  ['counter-case: a man named after the mayor, by his name', '„Drumul e închis de o lună”, a declarat primarul orașului, Sorin Vlădescu.\n\nPaul Ardeleanu spune că a scris de trei ori la minister. „Nu ne-a răspuns nimeni până azi”, a adăugat el.', 'Nu ne-a răspuns', 'Paul Ardeleanu', ANY],
]);

/** `X, cizmar de 58 de ani,`: the noun a Romanian age closes is the person's role, whatever the trade (lang/ro-aged-role.ts). */
kindTable('A Romanian trade before the age in an apposition is the role', [
  ['a trade no list holds, an untagged quote after', 'Ion Ciobanu, cizmar de 58 de ani, și-a închis atelierul în martie.\n\n„Nu mai vine nimeni cu pantofi la reparat. Toți cumpără alții noi.”', 'Nu mai vine', 'Ion Ciobanu', 'cizmar'],
  ['a woman\'s trade, in a tag', '„Nu mai vine nimeni la probă”, a spus Ana Dobre, croitoreasă de 47 de ani.', 'Nu mai vine', 'Ana Dobre', 'croitoreasă'],
  ['an age under twenty, with no second `de`', 'Mihai Stan, ucenic de 17 ani, lucrează lângă el.\n\n„Învăț meseria de la zero, dar îmi place.”', 'Învăț meseria', 'Mihai Stan', 'ucenic'],
  ['counter-case: with an indefinite article the group describes her, no role', 'Ana Dobre, o croitoreasă de 47 de ani, și-a închis atelierul.\n\n„Nu mai vine nimeni la probă.”', 'Nu mai vine', 'Ana Dobre', null],
  ['counter-case: `în vârstă de` gives only the age', 'Ion Ciobanu, în vârstă de 58 de ani, și-a închis atelierul în martie.\n\n„Nu mai vine nimeni cu pantofi la reparat.”', 'Nu mai vine', 'Ion Ciobanu', null],
]);
