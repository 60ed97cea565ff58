// Three kinds the fifty-eighth held-out set showed (the fifty-eighth held-out set showed a Dutch tag `, legt hij uit <long
// place>.` before an untagged quote paragraph, a Swedish unnamed newcomer reported in indirect speech before an untagged dash
// line, and a Swedish tag inverted after a fronted phrase with `att` before a quoted clause), in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const NL_QUOTE = '‘We hebben nieuwe machines besteld en huren een tweede kraan uit Breda.’';

/** A long Dutch sentence with `de` as its only article: its tag was never read (lang/new-latin-words.ts). */
kindTable('A Dutch tag closing a long sentence with no `het` or `een` introduces the quote paragraph after it', [
  ['`legt hij uit` then a long place ending `van de <noun>`', `Bij de gemeente spreekt wethouder Pieter van Doorn van ‘een flinke klus’. Na de zomer gaan de ploegen door, legt hij uit in de keet aan de rand van de polder.\n\n${NL_QUOTE}`, 'We hebben', 'Pieter van Doorn', 'wethouder'],
  ['`vertelt zij` likewise', `Aan de kade noemt havenmeester Ilse de Wolf de storm ‘de zwaarste in jaren’. De schade aan de steigers loopt in de tonnen, vertelt zij op de brug aan de kop van de pier.\n\n${NL_QUOTE}`, 'We hebben', 'Ilse de Wolf', ANY],
  ['Flemish copy the same: `stelt hij`', `In de raad spreekt schepen Koen Verbeke van ‘de juiste keuze’. De werken aan de kaaien starten in de lente, stelt hij op de werf aan de oever van de rivier.\n\n${NL_QUOTE}`, 'We hebben', 'Koen Verbeke', ANY],
  ['counter-case: a long sentence with no tag gives the quote to no one new', `Bij de gemeente spreekt wethouder Pieter van Doorn van ‘een flinke klus’. Daarna zwijgt de zaal in de keet aan de rand van de polder.\n\nDirecteur Sanne Bakker van de aannemer knikt.\n\n${NL_QUOTE} zegt Bakker.`, 'We hebben', 'Sanne Bakker', ANY],
]);

/** `En busschaufför, som inte vill framträda med namn, säger att …` / `– …`: the untagged dash line is theirs (lang/unnamed-reported-speaker.ts). */
kindTable('A Scandinavian unnamed newcomer reported in indirect speech owns the untagged dash line after', [
  ['Swedish, with relative clauses', 'Bland de boende är tonen en annan. En busschaufför som har kört linjen i nästan tjugo år, och som inte vill framträda med namn, säger att många oroar sig.\n\n– Det här är en av de få linjer som finns kvar i norra delen av ön. Försvinner den så flyttar folk.\n\nAnna Berg säger att föreningen inte är emot.', 'Det här är', DESCRIBED, ANY],
  ['Norwegian `sier at`', 'Blant de ansatte er tonen en annen. En sveiser som har jobbet på verftet i tjue år, og som ikke vil stå fram med navn, sier at mange er bekymret.\n\n– Dette er en av de få industrijobbene som er igjen i kommunen. Forsvinner de, flytter folk herfra.\n\nKari Dahl sier at laget ikke er imot verftet.', 'Dette er', DESCRIBED, ANY],
  ['Danish `siger at`', 'Blandt de ansatte er tonen en anden. En kranfører som har arbejdet på havnen i tyve år, og som ikke vil stå frem med navn, siger at mange er bekymrede.\n\n– Det her er et af de få industrijob som er tilbage på øen. Forsvinder de, flytter folk væk herfra.\n\nMette Holm siger at foreningen ikke er imod havnen.', 'Det her er', DESCRIBED, ANY],
  ['counter-case: a dash line with its own tag stays its tag\'s', 'Bland de boende är tonen en annan. En busschaufför som har kört linjen i nästan tjugo år, och som inte vill framträda med namn, säger att många oroar sig.\n\n– Det här är en av de få linjer som finns kvar i norra delen av ön, säger Anna Berg, ordförande i föreningen.', 'Det här är', 'Anna Berg', ANY],
]);

/** `I dag skriver X att ”…”`: after a fronted phrase the verb comes second, its subject, then `att` (lang/latin.ts). */
const SV_FRAGMENT = '”en påverkan på grundvattnet i omgivande fastigheter inte kan uteslutas”';
kindTable('A subject after the verb, closed by `that`, before a quoted clause (verb-second languages)', [
  ['Swedish `I sitt yttrande skriver X att ”…”`', `I sitt yttrande till domstolen skriver Anna Berglund att ${SV_FRAGMENT} och kräver en säkerhet.`, 'en påverkan', 'Anna Berglund', ANY],
  ['Swedish `I dag säger X att`', `I dag säger Anna Berglund att ${SV_FRAGMENT}.`, 'en påverkan', 'Anna Berglund', ANY],
  ['Norwegian `I uttalelsen skriver X at «…»`', 'I uttalelsen skriver Anne Sørlie at «en påvirkning av grunnvannet kan ikke utelukkes» og krever garantier.', 'en påvirkning', 'Anne Sørlie', ANY],
  ['Dutch `In het advies schrijft X dat ‘…’`', 'In het advies schrijft Anna de Groot dat ‘een effect op het grondwater niet kan worden uitgesloten’.', 'een effect', 'Anna de Groot', ANY],
  ['counter-case: the subject first still reads as before', `Anna Berglund skriver att ${SV_FRAGMENT}.`, 'en påverkan', 'Anna Berglund', ANY],
]);
