// Three kinds (the fifty-sixth held-out set showed them in German and Danish), in fresh sentences of my own, with counter-cases:
// a German role noun before a name after a capitalised conjunction opening the sentence (`Wenn Fährmann X Y …`);
// a German occupation in a capitalised apposition after the name, given to a later quote (`X Y, Lehrerin an …, fährt …`);
// a Nordic or Dutch weekday opening a verb-second sentence, which is no name (`Mandag skrev hun:`).
import { kindTable, ANY } from './kind-table';

const TAIL = 'Seit dem Frühjahr kommen immer weniger Gäste auf die Insel, und die Kasse der Gemeinde ist leer.';

/** `Wenn Imker X Y im Mai …`: the agent noun after the opener is the role, not the first word of the name (name-bounds.ts). */
kindTable('A German role noun after a capitalised sentence opener is no part of the name', [
  ['`Wenn Schäfer X Y …`', `Wenn Schäfer Bernd Ollendorf die Herde abends in den Stall treibt, ist es schon dunkel. ${TAIL} „Die Wölfe kommen jede Nacht näher an den Stall“, sagt Ollendorf.`, 'Die Wölfe', 'Bernd Ollendorf', 'Schäfer'],
  ['`Als Imkerin X Y …`', `Als Imkerin Hanna Lüdtke im Mai die Kästen auf der Wiese öffnete, war sie nicht auf das vorbereitet, was sie sah. „Ich habe so etwas noch nie gesehen, und ich mache das seit dreißig Jahren“, sagt Lüdtke.`, 'Ich habe so', 'Hanna Lüdtke', 'Imkerin'],
  ['a hyphenated given name: `Weil Bootsmann X-Y Z …`', `Weil Bootsmann Hans-Jörg Pflüger die Tore allein bedient, dauert jede Fahrt länger. ${TAIL} „Ich schaffe das nicht mehr lange“, sagt Pflüger.`, 'Ich schaffe', 'Hans-Jörg Pflüger', 'Bootsmann'],
  ['counter-case: a given name of an agent noun\'s shape keeps its place', `Wenn Peter Hans Mollwitz morgens den Motor anwirft, ist es still im Hafen. ${TAIL} „Es geht einfach nicht mehr“, sagt Mollwitz.`, 'Es geht', 'Peter Hans Mollwitz', null],
]);

/** `X Y, Lehrerin an einer Schule in Z, fährt …`: German capitalises the occupation in the apposition (german-apposed-role.ts). */
kindTable('A capitalised German apposition after a name gives the later quote its role', [
  ['an occupation with where it is done', `Jana Pohlke, Lehrerin an einer Grundschule in Oberwelden, fährt seit Jahren mit dem Bus. „Für uns ist das der einzige Weg zur Schule“, sagt die 41-Jährige.`, 'Für uns', 'Jana Pohlke', 'Lehrerin'],
  ['a staff noun on -kraft', `Udo Brink, Pflegekraft in einem Heim in Oberwelden, fährt seit Jahren mit dem Bus. „Für uns ist das der einzige Weg zur Arbeit“, sagt Brink.`, 'Für uns', 'Udo Brink', 'Pflegekraft'],
  ['counter-case: an age in the apposition is no role', `Jana Pohlke, Mitte vierzig, fährt seit Jahren mit dem Bus. „Für uns ist das der einzige Weg zur Arbeit“, sagt Pohlke.`, 'Für uns', 'Jana Pohlke', null],
  ['counter-case: a place in the apposition is no role', `Jana Pohlke, Oberwelden, fährt seit Jahren mit dem Bus. „Für uns ist das der einzige Weg zur Arbeit“, sagt Pohlke.`, 'Für uns', 'Jana Pohlke', null],
]);

const DA = '»Det kan ikke passe, at borgerne skal vente en hel uge på en færge.«';
const SV = '»Det kan inte stämma att invånarna ska vänta en hel vecka på en färja.«';

/** `Mandag skrev hun:`: the weekday opening the sentence names nobody (names.ts). */
kindTable('A Nordic weekday opening a verb-second sentence is no speaker', [
  ['Danish `Mandag skrev hun:` over a quote of its own paragraph', `Karen Lauridsen, formand for udvalget, har bedt om et møde. Mandag skrev hun på Facebook:\n\n${DA}`, 'Det kan', 'Karen Lauridsen', ANY],
  ['Danish `Lørdag skrev han:`', `Ove Kjær, formand for havnen, har bedt om et møde. Lørdag skrev han på Facebook:\n\n${DA}`, 'Det kan', 'Ove Kjær', ANY],
  ['counter-case: Swedish `Söndag skrev hon:` (read right already), the pronoun after the verb finds the woman named before', `Karin Lund, ordförande i nämnden, har begärt ett möte. Söndag skrev hon på Facebook:\n\n${SV}`, 'Det kan', 'Karin Lund', ANY],
  ['counter-case: a name before the verb stays the speaker', `Karin Lund, ordförande i nämnden, har begärt ett möte. Mats Berg skrev på Facebook:\n\n${SV}`, 'Det kan', 'Mats Berg', ANY],
]);
