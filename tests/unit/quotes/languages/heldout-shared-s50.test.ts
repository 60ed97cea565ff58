// Shared changes the fiftieth session's helpers asked for (their reports), each with a row of my own sentences and a
// counter-row; the rest of their shared changes unmarked expected failures in their own tables.
import { kindTable, ANY } from './kind-table';

const WHERE_OPENING = 'Wo Lukas Brunner früher Kühe hütete, steht heute ein Hotel. «Das tut weh, jeden Tag ein bisschen mehr», sagt Brunner.';
const WHEN_OPENING = 'Als Lukas Brunner die Alp übernahm, gab es noch keinen Weg. «Wir trugen alles hinauf, Sack für Sack», sagt Brunner.';
const GIVEN_NAME_WOLF = 'Wolf Brunner führt die Alp seit zwanzig Jahren. «Wir trugen alles hinauf, Sack für Sack», sagt Brunner.';

/** A German conjunction opening the sentence (`Wo`, `Als`, `Wenn`, `Weil`, `Obwohl` …) is no part of the name after it (names.ts LEADING_NOISE). */
kindTable('German conjunctions opening a sentence before a name', [
  ['de: `Wo X Y früher …` gives X Y, not "Wo X Y"', WHERE_OPENING, 'Das tut weh', 'Lukas Brunner', ANY],
  ['de: `Als X Y die Alp übernahm` gives X Y', WHEN_OPENING, 'Wir trugen alles', 'Lukas Brunner', ANY],
  ['counter-case de: a given name that opens like one (`Wolf`) stays the name', GIVEN_NAME_WOLF, 'Wir trugen alles', 'Wolf Brunner', ANY],
]);
