// A quote standing as a paragraph of its own, then a paragraph that opens by pointing back at it with someone unnamed
// (`‘…’` / `Dat zegt een buurvrouw van de X die …`; the fifty-eighth held-out set showed it in Dutch), in the languages
// that write "that says" first (Dutch, Swedish, Danish, German), in fresh sentences of my own, with counter-cases.
import { kindTable, DESCRIBED, UNNAMED } from './kind-table';

kindTable('A lone quote paragraph, then `Dat zegt een …` in the next paragraph, is someone unnamed', [
  ['nl: `Dat zegt een buurvrouw van de X die …`', 'Op een avond in buurthuis De Lindeboom zaten zestig bewoners in de zaal.\n\n‘Ze beloven steeds dat het goed komt. Maar niemand van de gemeente komt hier kijken.’\n\nDat zegt een buurvrouw van de Molenkade die liever anoniem blijft.', 'Ze beloven', DESCRIBED, null],
  ['nl: a single sentence quoted', '‘De brug gaat elke week stuk.’\n\nDat zegt een visser die al dertig jaar in de haven ligt.', 'De brug', DESCRIBED, null],
  ['sv: `Det säger en granne som …`', 'Mötet i bygdegården drog fyrtio personer.\n\n”Ni lovar alltid att det ordnar sig. Ingen kommer hit och tittar.”\n\nDet säger en granne från Västerby som inte vill synas med namn.', 'Ni lovar', DESCRIBED, null],
  ['da: `Det siger en beboer, der …`', '”Bussen kommer aldrig til tiden om vinteren.”\n\nDet siger en beboer, der ikke vil have sit navn i avisen.', 'Bussen kommer', DESCRIBED, null],
  ['counter-case: a name after `Dat zegt` stays the name', 'Kees de Wit woont al jaren aan de kade.\n\n‘Ze beloven steeds dat het goed komt.’\n\nDat zegt Kees de Wit.', 'Ze beloven', 'Kees de Wit', null],
  ['counter-case: a next paragraph bringing in someone without pointing back is no speaker', 'Op een avond in het dorpshuis zaten zestig bewoners in de zaal.\n\n‘Ze beloven steeds dat het goed komt.’\n\nEen buurvrouw had een petitie meegenomen.', 'Ze beloven', UNNAMED, null],
]);
