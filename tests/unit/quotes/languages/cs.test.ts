import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['„…“ řekl X', '„Dál to neutáhneme,“ řekl Tomáš Procházka.', 'Dál to neutáhneme,', 'Tomáš Procházka', null],
  ['uvedla předsedkyně X: the role before the name', '„Požadujeme šest platů,“ uvedla předsedkyně odborů Lenka Marešová.', 'Požadujeme šest platů,', 'Lenka Marešová', 'předsedkyně odborů'],
  ['Starosta Dolní Lhoty X: the place after the role is no part of the name', 'Starosta Dolní Lhoty Martin Kučera je zklamaný. „Sklárna tady je od roku 1890,“ prohlásil.', 'Sklárna tady je od roku 1890,', 'Martin Kučera', 'Starosta Dolní Lhoty'],
  ['a name met only in the genitive takes the nominative the text attests', 'Úřad podle mluvčí Veroniky Benešové nabídne kurzy. „Hledáme i firmy,“ dodala Benešová.', 'Hledáme i firmy,', 'Veronika Benešová', null],
  ['popsal X with a short name', 'Sklář Jiří Veselý pracuje ve firmě od patnácti let.\n\n„Kdo mě teď vezme?“ popsal Veselý.', 'Kdo mě teď vezme?', 'Jiří Veselý', 'Sklář'],
  ['dodala: the subject left out is the one just quoted', '„Dál to neutáhneme,“ řekla Lenka Marešová. „Hledáme i firmy,“ dodala.', 'Hledáme i firmy,', 'Lenka Marešová', null],
  // q-other batch 1: a town named in the plural (genitive -ic) after the role is the role's place.
  ['Starosta Drnovic X připouští …, then řekl.: the place in -ic goes with the role', 'Starosta Drnovic Jiří Pospíšil (nez.) připouští, že peníze nejsou. „Vyjdou nás zhruba na 200 tisíc,“ řekl.', 'Vyjdou nás zhruba na 200 tisíc,', 'Jiří Pospíšil', 'Starosta Drnovic'],
];

attributionTable('Czech', CASES);
