// Two kinds. A Portuguese saint-named place after a preposition glued before the speaker's name (the fifty-fifth held-out
// set showed `afirmou à chegada a <São X> <Name>` read as one name); and a South Slavic paper's title said to between the tag's verb and the name (the fifty-fifth held-out set showed
// `рекао је за <Adjective> весник <Name>` with no speaker), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const CYRILLIC = '„Пут је затворен већ месец дана и нико нам ништа не говори“';
const LATIN = '„Put je zatvoren već mesec dana i niko nam ništa ne govori“';

/** `рекао је за Нови весник X Y`: the paper noun (-ник like an agent) is the outlet's title, not a role (outlet-listener.ts). */
kindTable('A paper title after `за` between the verb and the name is the listener', [
  ['Cyrillic `за <Adj> весник` then the name', `${CYRILLIC}, рекао је за Тамнавски весник Милорад Јовичић.`, 'Пут је', 'Милорад Јовичић', null],
  ['Cyrillic `за <Adj> дневник`, a role after the name', `${CYRILLIC}, рекла је за Подрински дневник Ружица Танасић, председница месне заједнице.`, 'Пут је', 'Ружица Танасић', 'председница'],
  ['Latin `za <Adj> glasnik`', `${LATIN}, rekao je za Moravski glasnik Milorad Jovičić.`, 'Put je', 'Milorad Jovičić', null],
  ['counter-case: a role after the verb stays the role', `${CYRILLIC}, рекао је председник Милорад Јовичић.`, 'Пут је', 'Милорад Јовичић', 'председник'],
  ['counter-case: a radio station then a role keeps the name', `${LATIN}, rekao je za Radio Vrbas profesor Milorad Jovičić.`, 'Put je', 'Milorad Jovičić', ANY],
]);

const PT = '«As escolas da vila estão a fechar e ninguém nos explica porquê»';

/** `disse à saída a São Lucas X Y`: the saint-named place is where it was said, not the name's start (lang/saint-place.ts). */
kindTable('A saint-named place after a preposition is no part of the name after it', [
  ['`à saída a São <X>` then the name and a role', `${PT}, disse à saída a São Lucas Joana Pires Correia, presidente da associação de pais.`, 'As escolas', 'Joana Pires Correia', 'presidente'],
  ['`em Santo <X>` then the name', `${PT}, afirmou em Santo Amaro Joana Pires Correia.`, 'As escolas', 'Joana Pires Correia', null],
  ['a later bare mention keeps the short name', `${PT}, disse à saída a São Lucas Joana Pires Correia. No fim, Joana Pires Correia prometeu voltar: «Voltamos cá na segunda-feira.»`, 'Voltamos', 'Joana Pires Correia', ANY],
  ['counter-case: the place with no name after it is no speaker', `${PT}, disse em São Lucas.`, 'As escolas', UNNAMED, ANY],
  ['counter-case: a name with no place stays whole', `${PT}, disse Joana Pires Correia.`, 'As escolas', 'Joana Pires Correia', null],
]);
