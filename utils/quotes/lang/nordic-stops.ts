/**
 * Weekdays the Swedish, Danish and Norwegian readers stop at, each spelt as any of the three spells it. The three share their
 * verbs of saying (`skrev`, `sa`), so each reads the others' sentences too: a neighbour's weekday opening a verb-second
 * sentence (`Mandag skrev hun:`, `Lördag sa hon:`) is then no name to the reader that spells it otherwise.
 */
export const NORDIC_WEEKDAYS = 'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag';
