// Kinds the fifty-eighth held-out set showed in European copy (second round), each in fresh sentences of my own, with
// counter-cases.
import { kindTable, ANY } from './kind-table';

const DASH_SPEECH_WITH_MARKED_NAME =
  'Tollef Brekke er havnesjef i Vesteid.\n\n' +
  '– Vi har sagt i mange år at «Havbris» er for liten for ruta. Nå ser alle det, sier han.\n\n' +
  '– Ingen kan si at dette kom som en overraskelse på oss.';
const DASH_SPEECH_WITH_LONG_MARKED_QUOTE =
  'Tollef Brekke er havnesjef i Vesteid.\n\n' +
  '– Han sa til oss: «Vi kommer aldri til å legge ned denne ruta, uansett hva som skjer», sier han.';

/** `– … «Ship» …, sier hun.`: a name in marks inside a dash line's speech leaves the speech whole (lang/dialogue.ts). */
kindTable('A few marked words inside a dash line are part of its speech', [
  ['nb: a ship name in marks inside a tagged dash line', DASH_SPEECH_WITH_MARKED_NAME, 'Vi har sagt i mange år', 'Tollef Brekke', ANY],
  ['nb: the untagged dash line after it goes on with the same speaker', DASH_SPEECH_WITH_MARKED_NAME, 'Ingen kan si', 'Tollef Brekke', ANY],
  ['counter-case nb: a long quotation in marks inside a dash line stays a quote of its own', DASH_SPEECH_WITH_LONG_MARKED_QUOTE, 'Vi kommer aldri', 'Tollef Brekke', ANY],
]);

const TAG_WITH_RELATIVE_CLAUSE =
  '– Det var morsomt før. Nå er det ikke morsomt lenger, sier Eirin Lunde, som driver Vesteid Bakeri, mens hun stenger døra.';
const TAG_WITH_APPOSITION =
  '– Det var morsomt før. Nå er det ikke morsomt lenger, sier Eirin Lunde, daglig leder i Vesteid Bakeri.';

/** `– …, sier X, som driver Y, mens …`: a relative clause after the tag's name never opens a tag (lang/dialogue.ts). */
kindTable('A relative clause after a dash tag is no tag of its own', [
  ['nb: `som driver <shop>` after the name leaves the name the speaker', TAG_WITH_RELATIVE_CLAUSE, 'Det var morsomt før', 'Eirin Lunde', ANY],
  ['counter-case nb: an apposition after the name is still read', TAG_WITH_APPOSITION, 'Det var morsomt før', 'Eirin Lunde', ANY],
]);

const SOUNDS_AT_NAME =
  'Stad Oudenwerve belooft dat de bussen vaker zullen rijden. ‘We bekijken of we in de winter een extra lijn kunnen inleggen’, klinkt het bij Marieke Verhulst.';
const SOUNDS_IN_QUOTE =
  'Stad Oudenwerve belooft dat de bussen vaker zullen rijden. ‘Het klinkt mooi, maar het komt te laat’, zegt Pieter Claes. Bij Marieke Verhulst klinkt het anders.';

/** `‘…’, klinkt het bij X.` (Flemish "so it sounds at X"): X said the words, not the body the sentence before names (lang/nl.ts). */
kindTable('Flemish `klinkt het bij X` tags the quote with X', [
  ['nl-BE: `klinkt het bij <name>` is the name, not the city body before', SOUNDS_AT_NAME, 'We bekijken of we', 'Marieke Verhulst', null],
  ['counter-case nl-BE: `klinkt` inside the quote, its own `zegt` tag after it, keeps that tag', SOUNDS_IN_QUOTE, 'Het klinkt mooi', 'Pieter Claes', ANY],
]);

const RUN_ON_AFTER_COLON_QUOTE =
  'Schepen Lotte Dewaele (Open Vld) vindt de timing slecht. Op de raad van dinsdag zei ze: ‘We laten de Marktstraat niet zomaar doodbloeden. Wie de weg afsluit, moet ook meebetalen.’\n\n' +
  '‘Ik sta hier sinds 1997 elke ochtend om vijf uur in de slagerij. De helft van mijn klanten komt van de andere kant van het water.\n\n' +
  '‘Als die allemaal een half uur moeten omrijden, komen ze niet meer voor hun vlees. Dat is eenvoudig’, zegt Koen Maes (58), die samen met zijn vrouw een slagerij runt.';
const CLOSED_PARAGRAPH_AFTER_COLON_QUOTE =
  'Schepen Lotte Dewaele (Open Vld) vindt de timing slecht. Op de raad van dinsdag zei ze: ‘We laten de Marktstraat niet zomaar doodbloeden. Wie de weg afsluit, moet ook meebetalen.’\n\n' +
  '‘De handelaars verdienen meer respect. Ik blijf erop hameren.’\n\n' +
  '‘Als die allemaal een half uur moeten omrijden, komen ze niet meer voor hun vlees. Dat is eenvoudig’, zegt Koen Maes (58), die samen met zijn vrouw een slagerij runt.';

/** `zei ze: ‘…’ ¶ ‘A ¶ ‘B’, zegt X`: a paragraph left open that the next one goes on is X's, not the speaker before (run-on-speaker.ts). */
kindTable('A quotation run over paragraphs belongs to its closing tag, not the quote before', [
  ['nl-BE: the open paragraph is the closing tag’s speaker’s', RUN_ON_AFTER_COLON_QUOTE, 'Ik sta hier sinds 1997', 'Koen Maes', ANY],
  ['counter-case nl-BE: a paragraph closed in itself stays with the speaker before', CLOSED_PARAGRAPH_AFTER_COLON_QUOTE, 'De handelaars verdienen', 'Lotte Dewaele', ANY],
]);
