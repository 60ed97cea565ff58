import { attributionTable, type AttributionCase } from './attribution-table';

// The language-neutral fallback (utils/quotes/lang/adjacent.ts), in languages no module reads.
const CASES: AttributionCase[] = [
  ['Finnish: "…", sanoo X', '"Emme luovu puistosta", sanoo Aino Virtanen.', 'Emme luovu puistosta', 'Aino Virtanen', null],
  ['Hungarian: „…” – mondta X, the short name resolved', 'Kovács Péter polgármester lett.\n\n„Nem adjuk fel” – mondta Péter.', 'Nem adjuk fel', 'Kovács Péter', null],
  ['Danish: X siger: "…"', 'Mette Holm siger: "Vi giver ikke op."', 'Vi giver ikke op.', 'Mette Holm', null],
  ['Croatian: the name and its comma before the quote', 'Horvat, "Nećemo odustati" rekao je.', 'Nećemo odustati', 'Horvat', null],
  ['a preposition and a place after the quote are no tag', 'Grad planira most preko rijeke.\n\n"Nećemo odustati od mosta ni ove ni iduće godine," u Zagrebu.', 'Nećemo odustati od mosta ni ove ni iduće godine,', null, null],
  ['a place and a word after a finished quote are a sentence of their own', 'Grad planira most preko rijeke.\n\n"Most je gotov i otvoren za sav promet od danas." Zagreb slavi.', 'Most je gotov i otvoren za sav promet od danas.', null, null],
];

attributionTable('Languages with no module', CASES);
