import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['»…,« siger borgmester X (V): the role before the name, the party after it', '»Vi kan ikke tage chancen med folks helbred,« siger borgmester Henrik Dalsgaard (V).', 'Vi kan ikke tage chancen med folks helbred,', 'Henrik Dalsgaard', 'borgmester'],
  ['siger hun: the woman named two sentences before, the sentence between naming nobody', '»Vi kan ikke tage chancen,« siger borgmester Henrik Dalsgaard.\n\nVed kajen står Lone Mikkelsen med sine børnebørn. Hun havde lovet dem en dag i vandet.\n\n»Det er simpelthen ikke godt nok,« siger hun.', 'Det er simpelthen ikke godt nok,', 'Lone Mikkelsen', null],
  ['Norwegian: – …, sier ordfører X', '– Vi gir ikke opp badeplassen, sier ordfører Kari Nordmann.', 'Vi gir ikke opp badeplassen', 'Kari Nordmann', 'ordfører'],
  ['ifølge X before the quote', 'Ifølge Jesper Thomsen er kloaknettet »alt for lille til nutidens regn«.', 'alt for lille til nutidens regn', 'Jesper Thomsen', null],
  ['skriver avisen: a newspaper is no speaker', 'Kommunen vil spare på badene i år.\n\n»Havnebadet lukker hele sommeren på grund af kloakken,« skriver avisen.', 'Havnebadet lukker hele sommeren på grund af kloakken,', null, null],
  ['Norwegian: a role compound in -sjef', '– Vi har satt inn en hurtigbåt for passasjerer, sier kommunikasjonssjef Morten Lie.', 'Vi har satt inn en hurtigbåt for passasjerer', 'Morten Lie', 'kommunikasjonssjef'],
  ['Norwegian: two first names after a role stay (no place in another case before them)', 'Fisker Odd Arne Haugen har ikke levert fangsten.\n\n– Fisken må på land innen to døgn, sier han.', 'Fisken må på land innen to døgn', 'Odd Arne Haugen', 'Fisker'],
];

attributionTable('Danish and Norwegian', CASES);
