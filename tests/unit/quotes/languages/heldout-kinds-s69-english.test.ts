/**
 * English kinds read since the fiftieth session (forty-ninth set), each with a counter-case: a source named after
 * `According to` with words of office before the name is the pronoun's person after it (according-source.ts).
 */
import { ANY, kindTable } from './kind-table';

const ACCORDING_WITH_OFFICE = "A herder at a cattle post near the fence, who would not give his name, said some animals had been moved.\n\n\u201cPeople knew about the sick cows first,\u201d he said.\n\nAccording to Meat Board spokesperson Mary Phiri, the board \u201cwill not buy from the zone until it is declared free\u201d.\n\n\u201cWe understand the frustration of the farmers,\u201d she told the Echo.\n";
const ACCORDING_TO_FIGURES = "Fisherman Tom Akers said the catch had halved.\n\n\u201cIt\u2019s the worst season I remember,\u201d he said.\n\nAccording to figures from the Fisheries Board, landings fell by a third.\n\n\u201cWe can\u2019t pay the crew on this,\u201d he said.\n";
const ACCORDING_THEN_ANOTHER = "Fisherman Tom Akers said the catch had halved.\n\n\u201cIt\u2019s the worst season I remember,\u201d he said.\n\nAccording to harbour spokesman Ben Ode, the quay will reopen in May. Trader Ivy Lam, 70, was unconvinced.\n\n\u201cI have heard that every spring,\u201d she said.\n";

kindTable('According to <office> X, … then a pronoun', [
  ['en: `According to Meat Board spokesperson X, …` then `she told` is X', ACCORDING_WITH_OFFICE, 'We understand', 'Mary Phiri', ANY],
  ['counter-case en: `According to figures from the Board` names no person: `he` stays the last speaker', ACCORDING_TO_FIGURES, 'We can’t pay', 'Tom Akers', ANY],
  ['counter-case en: another person named in the next sentence is the one speaking', ACCORDING_THEN_ANOTHER, 'I have heard', 'Ivy Lam', ANY],
]);
