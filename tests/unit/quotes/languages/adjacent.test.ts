import { attributionTable, type AttributionCase } from './attribution-table';

// The language-neutral fallback (utils/quotes/lang/adjacent.ts), in languages no module reads.
const CASES: AttributionCase[] = [
  ['Finnish: "…", sanoo X', '"Emme luovu puistosta", sanoo Aino Virtanen.', 'Emme luovu puistosta', 'Aino Virtanen', null],
  ['Hungarian: „…” – mondta X, the short name resolved', 'Kovács Péter polgármester lett.\n\n„Nem adjuk fel” – mondta Péter.', 'Nem adjuk fel', 'Kovács Péter', null],
  ['Danish: X siger: "…"', 'Mette Holm siger: "Vi giver ikke op."', 'Vi giver ikke op.', 'Mette Holm', null],
  ['Croatian: the name and its comma before the quote', 'Ivan Horvat vodi udrugu.\n\nHorvat, "Nećemo odustati" rekao je.', 'Nećemo odustati', 'Ivan Horvat', null],
  ['Croatian: rekao je <role> X, the auxiliary no part of the role', '„Brod je imao kvar na motoru“, rekao je glasnogovornik prijevoznika Marko Jurić.', 'Brod je imao kvar na motoru', 'Marko Jurić', 'glasnogovornik prijevoznika'],
  ['Vietnamese: "…", ông X nói, the form of address before the short name', 'Ông Phạm Văn Lộc thừa nhận cây cầu đã xuống cấp.\n\n"Xã đã làm tờ trình lên huyện", ông Lộc nói.', 'Xã đã làm tờ trình lên huyện', 'Phạm Văn Lộc', null],
  ['one word after a finished quote names nobody the text gives in full', 'Grad planira most preko rijeke.\n\n"Most je gotov i otvoren za sav promet od danas", Zagreb slavi.', 'Most je gotov i otvoren za sav promet od danas', null, null],
  ['English words after the quote leave it to the English reader', 'The council met on Monday.\n\n"The plan is dead and everybody in this room knows it," would cost Ana Lopez her seat.', 'The plan is dead and everybody in this room knows it,', null, null],
  ['a preposition and a place after the quote are no tag', 'Grad planira most preko rijeke.\n\n"Nećemo odustati od mosta ni ove ni iduće godine," u Zagrebu.', 'Nećemo odustati od mosta ni ove ni iduće godine,', null, null],
  ['a place and a word after a finished quote are a sentence of their own', 'Grad planira most preko rijeke.\n\n"Most je gotov i otvoren za sav promet od danas." Zagreb slavi.', 'Most je gotov i otvoren za sav promet od danas.', null, null],
  ['Hungarian: the role written after the name', '„A tető beázik, ezt nem lehetett halogatni” – mondta Kovács Péter polgármester a sajtótájékoztatón.', 'A tető beázik, ezt nem lehetett halogatni', 'Kovács Péter', 'polgármester'],
  ['Finnish: ”…”, X sanoo, the family name resolved to the name in full', 'Henkilöstön luottamusmies Sari Mäkinen muistuttaa vuoroista.\n\n”Meitä ei kuultu ennen päätöstä lainkaan”, Mäkinen sanoo.', 'Meitä ei kuultu ennen päätöstä lainkaan', 'Sari Mäkinen', 'Henkilöstön luottamusmies'],
  ['Finnish: a dialogue dash and a tag the fallback reads', '– Sunnuntai on monelle lapsiperheelle ainoa vapaa päivä, sanoo kirjastotoimenjohtaja Aino Virtanen.', 'Sunnuntai on monelle lapsiperheelle ainoa vapaa päivä', 'Aino Virtanen', 'kirjastotoimenjohtaja'],
  ['Slovenian: je povedal <role> X, the auxiliary first, then the verb, then the role', '»Most bomo obnovili do oktobra,« je povedal župan Andrej Zupan.', 'Most bomo obnovili do oktobra,', 'Andrej Zupan', 'župan'],
];

attributionTable('Languages with no module', CASES);
