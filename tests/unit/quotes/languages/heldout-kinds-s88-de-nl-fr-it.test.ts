// A word for the start, middle or end of a span before a month that is also a given name is a time, never a person (the
// sixty-eighth held-out set showed a German deadline `bis Ende <Monat>` named as the speaker of a spokesman's quote),
// in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

kindTable('An edge word before a name-like month is a time, not the speaker', [
  ['German `bis Anfang April` before `sagt der Sprecher`', 'Die Prüfung dauert bis Anfang April. «Wir liegen gut im Zeitplan», sagt der Sprecher.', 'Wir liegen', UNNAMED, ANY],
  ['German `Ende Mai` likewise', 'Die Halle soll Ende Mai wieder öffnen. «Wir liegen gut im Zeitplan», sagt der Sprecher.', 'Wir liegen', UNNAMED, ANY],
  ['German `Mitte August` likewise', 'Der Bericht kommt erst Mitte August. «Wir liegen gut im Zeitplan», sagt der Sprecher.', 'Wir liegen', UNNAMED, ANY],
  ['counter-case: the given name August before a family name stays a person', '«Wir liegen gut im Zeitplan», sagt August Meier, der Wirt.', 'Wir liegen', 'August Meier', ANY],
  ['counter-case: a month as a given name before a family name stays a person', '«Wir liegen gut im Zeitplan», sagt Mai Ende.', 'Wir liegen', 'Mai Ende', ANY],
  ['counter-case: a named speaker before a deadline keeps the quote', 'Die Leiterin des Heims, Karin Vogt, ist zuversichtlich. Der Umbau soll bis Ende August fertig sein. «Wir liegen gut im Zeitplan», sagt sie.', 'Wir liegen', 'Karin Vogt', ANY],
]);

// A German preposition fused with its article before a verb made a noun opens a phrase, never a name (the sixty-eighth
// held-out set showed `Ans <Verb>` opening the sentence before a lone quote named as its speaker).
kindTable('A fused preposition before a verb made a noun is no person', [
  ['`Ans Aufhören` before a lone quote', 'Auf die Frage, ob er aufhöre, schüttelt Lorenz Gubler den Kopf. Ans Aufhören denkt im Verein niemand.\n\n«Aufhören? Nie. Wir machen weiter.»', 'Aufhören? Nie', UNNAMED, ANY],
  ['`Ans Aussteigen` likewise', 'Auf die Frage, ob sie aufgebe, lacht Nora Baumli nur. Ans Aussteigen denkt sie nicht.\n\n«Wir machen weiter. Der Verein braucht uns.»', 'Wir machen', UNNAMED, ANY],
  ['counter-case: the Dutch given name Ans before a family name', 'Ans Vermeulen is tevreden. «We gaan door», zegt ze.', 'We gaan', 'Ans Vermeulen', ANY],
  ['counter-case: Ans before a family name opening like a prefix', 'Ans Andriessen is tevreden. «We gaan door», zegt ze.', 'We gaan', 'Ans Andriessen', ANY],
  ['a name after a fused phrase, not the phrase, is the speaker', 'Ins Nachdenken kommt Petra Haller erst spät. «Wir machen weiter», sagt sie.', 'Wir machen', 'Petra Haller', ANY],
]);
