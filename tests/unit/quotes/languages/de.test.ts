import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['sagte X', '„Wir öffnen die Brücke im März“, sagte Anna Weber.', 'Wir öffnen die Brücke im März', 'Anna Weber', null],
  ['so X', '„Die Brücke war zu lange gesperrt“, so Anna Weber.', 'Die Brücke war zu lange gesperrt', 'Anna Weber', null],
  ['laut X', '„Die Brücke war zu lange gesperrt“, laut Anna Weber.', 'Die Brücke war zu lange gesperrt', 'Anna Weber', null],
  ['X sagte: before the quote', 'Anna Weber sagte: „Wir öffnen die Brücke im März.“', 'Wir öffnen die Brücke im März.', 'Anna Weber', null],
  ['verb second, the name after it', 'Am Mittwoch sagte Anna Weber: „Wir öffnen die Brücke im März.“', 'Wir öffnen die Brücke im März.', 'Anna Weber', null],
  ['a capitalised role before the name', '„Wir stellen zehn Leute ein“, sagte Geschäftsführerin Anna Weber.', 'Wir stellen zehn Leute ein', 'Anna Weber', 'Geschäftsführerin'],
  ['a possessive role before the name', 'Der Verein wächst. Dessen Vorsitzender Jonas Keller sagte: „Wir brauchen eine neue Halle.“', 'Wir brauchen eine neue Halle.', 'Jonas Keller', 'dessen Vorsitzender'],
  ['an office with a title', '»Wir öffnen im März«, sagte Bürgermeisterin Anna Weber.', 'Wir öffnen im März', 'Anna Weber', 'Bürgermeisterin'],
  ['the newspaper spoken to is not the speaker', '„Wir öffnen die Brücke im März“, sagte Anna Weber der Rheinischen Zeitung.', 'Wir öffnen die Brücke im März', 'Anna Weber', null],
  ['sagte sie der …-Zeitung', 'Anna Weber leitet das Bauamt.\n\n„Wir öffnen die Brücke im März“, sagte sie der Rheinischen Zeitung.', 'Wir öffnen die Brücke im März', 'Anna Weber', null],
  ['die 72-Jährige is the woman named before', 'Anna Weber wohnt seit 1970 im Dorf.\n\n„Hier hat sich alles verändert“, sagt die 72-Jährige.', 'Hier hat sich alles verändert', 'Anna Weber', null],
  ['der 45-Jährige is the man named before', 'Jonas Keller führt den Hof seit 2001.\n\n„Der Regen kam zu spät“, sagt der 45-Jährige.', 'Der Regen kam zu spät', 'Jonas Keller', null],
  ['a described speaker', '„Die Straße bleibt gesperrt“, sagte ein Sprecher der Stadt.', 'Die Straße bleibt gesperrt', 'ein Sprecher der Stadt', null],
  ['der Sprecher der Stadt, X, : the role before the name', '„Die Straße bleibt gesperrt“, sagte der Sprecher der Stadt, Jonas Keller, am Montag.', 'Die Straße bleibt gesperrt', 'Jonas Keller', 'der Sprecher der Stadt'],
  ['X, Vorsitzende des Vereins, : the role after the name', 'Anna Weber, Vorsitzende des Vereins, sagte: „Wir brauchen eine neue Halle.“', 'Wir brauchen eine neue Halle.', 'Anna Weber', 'Vorsitzende des Vereins'],
  ['sagte er: the man named before', 'Jonas Keller besuchte die Fabrik.\n\n„Wir öffnen am Montag“, sagte er.', 'Wir öffnen am Montag', 'Jonas Keller', null],
  ['fügte sie hinzu', 'Anna Weber leitet das Bauamt.\n\n„Der Zeitplan steht“, fügte sie hinzu.', 'Der Zeitplan steht', 'Anna Weber', null],
  ['a broadcaster after the name', '„Der Zeitplan steht“, sagte Anna Weber dem Sender Radio Nord.', 'Der Zeitplan steht', 'Anna Weber', null],
  ['a name with von der', '„Europa muss schneller werden“, sagte Ursula von der Leyen.', 'Europa muss schneller werden', 'Ursula von der Leyen', null],
  [
    'die 54-Jährige after an office and a date that look like names',
    'Bürgermeisterin Anna Weber stellte am Dienstag den Zeitplan vor.\n\n„Wir haben zu viel Zeit verloren“, räumte die 54-Jährige ein.',
    'Wir haben zu viel Zeit verloren',
    'Anna Weber',
    // The office written before her name is learned once and carried to her later quotes (entities.ts).
    'Bürgermeisterin',
  ],
  [
    'sagte er: the man, not the woman who spoke before',
    '„Wir haben zu viel Zeit verloren“, räumte die 54-jährige Anna Weber ein. Auch Jonas Keller, Inhaber der Bäckerei am Markt, wartet. „Jeder Monat zählt“, sagte er der Rheinischen Zeitung.',
    'Jeder Monat zählt',
    'Jonas Keller',
    null,
  ],
  ['a determiner and its noun before the name', 'Dessen Nachbarin Maria Schulz sagte: „Meine Kunden fahren einen Umweg.“', 'Meine Kunden fahren einen Umweg.', 'Maria Schulz', 'dessen Nachbarin'],
  ['a newspaper that writes is not a speaker', 'Die Stadt plant eine neue Brücke.\n\n„Der Bau wird deutlich teurer als geplant“, schreibt die Süddeutsche Zeitung.', 'Der Bau wird deutlich teurer als geplant', null, null],
  ['a hyphenated compound role before the name', '„Man hat es verfallen lassen“, kritisierte Grünen-Fraktionschef Mehmet Yıldız.', 'Man hat es verfallen lassen', 'Mehmet Yıldız', 'Grünen-Fraktionschef'],
  ['a party tag in brackets after the name', '„Wir haben es uns nicht leicht gemacht“, sagte Bürgermeisterin Katrin Albers (SPD) am Dienstag.', 'Wir haben es uns nicht leicht gemacht', 'Katrin Albers', 'Bürgermeisterin'],
  ['Rolle, Name, Verb: the woman introduced as the subject is sie', 'Ingrid Maaß schwimmt seit 1971 hier.\n\nDie Leiterin der Grundschule, Sabine Kröger, verweist auf die Wartelisten. „Fast jedes dritte Kind kann nicht schwimmen“, sagte sie der Deutschen Presse-Agentur.', 'Fast jedes dritte Kind kann nicht schwimmen', 'Sabine Kröger', 'die Leiterin der Grundschule'],
  ['im Tiroler Oberland is a place, not the man the age stands for', 'Der Landwirt Florian Hechenberger treibt seine Schafe jeden Sommer auf eine Alm im Tiroler Oberland. „Seit die Hunde da sind, schlafe ich wieder durch“, sagt der 38-Jährige.', 'Seit die Hunde da sind, schlafe ich wieder durch', 'Florian Hechenberger', 'Landwirt'],
  ['a long feminine noun before two name words is her occupation', 'Die 29-jährige Konditorin Jana Wiesmann übernimmt den Betrieb. „Ich wollte immer etwas Eigenes haben“, sagt sie.', 'Ich wollte immer etwas Eigenes haben', 'Jana Wiesmann', 'Konditorin'],
  ['a first name in -in stays a name', '„Wir bleiben offen“, sagte Christin Müller.', 'Wir bleiben offen', 'Christin Müller', null],
];

attributionTable('German', CASES);
