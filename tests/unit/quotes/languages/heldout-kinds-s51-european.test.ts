// Kinds the fifty-first session read in European copy in Latin script (Spanish, Italian, Portuguese, Czech, Swedish,
// French and Dutch pages of a thirty-first set of invented articles), each in fresh sentences of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, UNNAMED } from './kind-table';

const ES_TO_STATION = 'La consejera de Educación, Pilar Montoya Ruiz, visitó el instituto. «Hemos contratado a doce profesores más», explicó Montoya a Radio Vega Baja tras la visita.';
const PT_TO_STATION = 'O prefeito de Itapuã, Caio Nogueira, visitou a escola. “Contratamos doze professores”, disse Nogueira à Rádio Vale Verde.';
const IT_TO_STATION = "L'assessora Paola Gatti ha visitato la scuola. «Abbiamo assunto dodici insegnanti», ha detto Gatti a Radio Colle Alto.";
const CS_TO_SERVER = 'Starostka Hana Dvořáková navštívila školu. „Přijali jsme dvanáct učitelů,“ řekla Dvořáková serveru Obecní listy.';
const CS_DATIVE_OUTLET_FIRST = 'Starostka Hana Dvořáková navštívila školu. „Přijali jsme dvanáct učitelů,“ řekl Českému rozhlasu ředitel školy Pavel Marek.';
const CS_OUTLET_IN_ROLE = 'Starostka Hana Dvořáková navštívila školu. „Přijali jsme dvanáct učitelů,“ řekl ředitel Českého rozhlasu Pavel Marek.';

/** `dijo X a Radio Y Z`, `řekl X serveru Y`: the name before the outlet speaks, not the station's name after it (bare-outlet.ts). */
kindTable('A short name, then the station or site spoken to', [
  ['es: `explicó Montoya a Radio Vega Baja` is Montoya', ES_TO_STATION, 'Hemos contratado', 'Pilar Montoya Ruiz', ANY],
  ['pt: `disse Nogueira à Rádio Vale Verde` is Nogueira', PT_TO_STATION, 'Contratamos doze', 'Caio Nogueira', ANY],
  ['it: `ha detto Gatti a Radio Colle Alto` is Gatti', IT_TO_STATION, 'Abbiamo assunto', 'Paola Gatti', ANY],
  ['cs: `řekla Dvořáková serveru Obecní listy` is Dvořáková', CS_TO_SERVER, 'Přijali jsme', 'Hana Dvořáková', ANY],
  ['counter-case cs: an outlet in the dative right after the verb is still skipped', CS_DATIVE_OUTLET_FIRST, 'Přijali jsme', 'Pavel Marek', ANY],
  ['counter-case cs: an outlet inside a role before the name stays the role', CS_OUTLET_IN_ROLE, 'Přijali jsme', 'Pavel Marek', 'rozhlasu'],
]);

const SV_OFFICE_AT_PAPER_FIRM =
  'Sågen i Åby stänger. Ägaren, den norska koncernen Nordhamn Paper, hänvisar till svag efterfrågan.\n\n– Vi har tappat en tredjedel av orderna, säger Lars Berg, Norgechef på Nordhamn Paper, till TT.';
const EN_TOLD_OUTLET = 'The mill will close in spring.\n\n"We have lost a third of our orders," Lars Berg told the Daily Herald.';

/** `X, Norgechef på Nordhamn Paper,`: an office at a firm whose name ends in an outlet word is a person's role (outlets.ts isOutletRole). */
kindTable('An office at a body whose name ends in an outlet word', [
  ['sv: `säger X, Norgechef på Nordhamn Paper, till TT` is X', SV_OFFICE_AT_PAPER_FIRM, 'Vi har tappat', 'Lars Berg', 'Norgechef'],
  ['counter-case en: the outlet told stays no role', EN_TOLD_OUTLET, 'We have lost', 'Lars Berg', null],
]);

const FR_LONG_TAG =
  'Au bar du port, on parle de la tempête.\n\n— Deux fois. Ils m’ont dit d’attendre la marée, et la marée ne viendra pas avant midi, répond Marcel Lebrun, 64 ans, dont le chalutier a été endommagé.';
const FR_DASH_NARRATION = 'Au bar du port, on parle de la tempête.\n\n— Deux fois par semaine, le chalutier part au large, et les marins, dont beaucoup ont perdu leur bateau, attendent.';

/** `— …, répond X, 64 ans, dont le chalutier …`: a relative clause closing a dialogue tag does not count toward its length (dialogue.ts). */
kindTable('A dialogue tag closed by a relative clause', [
  ['fr: `répond X, 64 ans, dont …` is X', FR_LONG_TAG, 'Deux fois. Ils', 'Marcel Lebrun', ANY],
]);
describe('A dash line with a relative clause and no tag', () => {
  it('counter-case fr: a dash line of narration, `dont …` and all, is no quote', () => {
    expect(findQuotes(FR_DASH_NARRATION).map((quote) => quote.text)).toEqual([]);
  });
});

const IT_FIRST_WORDS =
  'Eccellenza, girone B: il Montesano vince in rimonta. Il tecnico Bruno Sechi esalta la squadra.\n\n«Un gol così lo sogno da quando ero piccolo». Sono le prime parole di Davide Orrù, 18 anni, ancora in maglia sotto la tribuna.';
const ES_FIRST_WORDS =
  'Tercera división: el Alcorán gana en el descuento. El entrenador Julio Reyes elogia al equipo.\n\n«Un gol así lo soñaba desde niño». Son las primeras palabras de Iván Soto, 18 años, todavía en el césped.';
const IT_NOT_WORDS =
  'Eccellenza, girone B: il Montesano vince in rimonta. Il tecnico Bruno Sechi esalta la squadra.\n\n«Un gol così lo sogno da quando ero piccolo». Sono le ore più belle di Davide Orrù, 18 anni, ancora in maglia sotto la tribuna.';

/** `«…». Sono le prime parole di X`: "these are the (first) words of X" after a quote names its owner, new or not (next-sentence-unnamed.ts). */
kindTable('A quote, then "these are the words of X"', [
  ['it: `Sono le prime parole di X, 18 anni` is X, with no role from "the words of"', IT_FIRST_WORDS, 'Un gol così', 'Davide Orrù', null],
  ['es: `Son las primeras palabras de X` is X', ES_FIRST_WORDS, 'Un gol así', 'Iván Soto', ANY],
  ['counter-case it: `Sono le ore più belle di X` names no owner of the words', IT_NOT_WORDS, 'Un gol così', 'Bruno Sechi', ANY],
]);

const IT_NUMBER_ONE = 'Per il presidente rossoblù Franco Dessì la vittoria vale doppio. «Con questi punti siamo secondi», spiega il numero uno del club, che è sceso negli spogliatoi.';
const IT_OTHER_DESCRIPTION = 'Per il presidente rossoblù Franco Dessì la vittoria vale doppio. «Con questi punti siamo secondi», spiega un tifoso del club.';

/** `spiega il numero uno del club`: "the number one" of a body is its head, the person just named (descriptor-complement.ts). */
kindTable('"The number one of the club" for the person just named', [
  ['it: `il numero uno del club` is the president just named', IT_NUMBER_ONE, 'Con questi punti', 'Franco Dessì', ANY],
  ['counter-case it: `un tifoso del club` stays someone unnamed', IT_OTHER_DESCRIPTION, 'Con questi punti', UNNAMED, null],
]);

const IT_STATION_MICROPHONES =
  "Il gol di Davide Orrù, 18 anni, ha deciso la partita.\n\nIl tecnico Bruno Sechi ha elogiato la squadra.\n\nE mentre la squadra rientrava, Orrù si è fermato con i microfoni di Radio Monte Chiaro. «Non ho pensato a niente, dedico il gol a mio padre», ha raccontato l'attaccante, cresciuto nel vivaio.";
const IT_PLACE_NOT_STATION =
  "Il gol di Davide Orrù, 18 anni, ha deciso la partita.\n\nIl tecnico Bruno Sechi ha elogiato la squadra.\n\nE mentre la squadra rientrava, il sindaco di Monte Chiaro, Luca Serra, è sceso in campo. «Una giornata storica per il paese», ha raccontato il sindaco.";

/** `ai microfoni di Radio Monte Chiaro`: a station's name is nobody (outlet-run.ts isStationRun). */
kindTable('A station named "Radio" and a place-like name', [
  ['it: `l’attaccante` after `i microfoni di Radio Monte Chiaro` is the forward, not the station', IT_STATION_MICROPHONES, 'Non ho pensato', 'Davide Orrù', ANY],
  ['counter-case it: a mayor named after the place is still the one speaking', IT_PLACE_NOT_STATION, 'Una giornata storica', 'Luca Serra', ANY],
]);

const ES_GIVEN_NAME_BETWEEN =
  'El empresario Tomás Ibarra Solís, acusado de estafa, negó este martes ante la Audiencia haber cobrado comisiones.\n\n«Yo nunca cobré nada», aseguró Ibarra, de 58 años.\n\nLa fiscal le preguntó por los pagos.\n\n—Eso lo llevaba el contable, no yo —respondió el empresario.';
const CS_PLACE_BETWEEN =
  'Primátor Hradce Jan Novák otevřel most.\n\nDopravu řídila policie.\n\n„Most je hotový o měsíc dřív,“ řekl primátor.';

/** `El empresario Tomás Ibarra Solís … aseguró Ibarra`: a given name between the noun and two more capitals (introduced-noun.ts). */
kindTable('A role noun before a three-word name whose family name the text uses alone', [
  ['es: `respondió el empresario` is the whole name, given name and all', ES_GIVEN_NAME_BETWEEN, 'Eso lo llevaba', 'Tomás Ibarra Solís', ANY],
  ['counter-case cs: a place between the office and the name stays out of it', CS_PLACE_BETWEEN, 'Most je hotový', 'Jan Novák', ANY],
]);

const ES_FROM_THE_BACK = 'La sesión terminó tarde. «Cinco años, y ni una llamada», le espetó desde el fondo de la sala Julián Ortega, primo de la víctima, antes de salir.';
const ES_SHOUTED_FROM_DOOR = 'La sesión terminó tarde. «Cinco años, y ni una llamada», gritó desde la puerta Julián Ortega.';
const ES_ARRIVED_FROM = 'La sesión terminó tarde. «Cinco años, y ni una llamada», fue el lema que llegó desde la calle.';

/** `», le espetó desde el fondo de la sala X`: a preterite with an object pronoun, and a place after it (es.ts, adjunct-group.ts). */
kindTable('A preterite tag with "from the …" before the name', [
  ['es: `le espetó desde el fondo de la sala X, primo de …` is X, the place no role', ES_FROM_THE_BACK, 'Cinco años', 'Julián Ortega', 'primo'],
  ['es: `gritó desde la puerta X` is X with no role', ES_SHOUTED_FROM_DOOR, 'Cinco años', 'Julián Ortega', null],
  ['counter-case es: `fue el lema que llegó desde la calle` names no one', ES_ARRIVED_FROM, 'Cinco años', UNNAMED, null],
]);

const ES_VERDICT =
  'La vista terminó con el informe de la forense, la doctora Elena Ruiz Campos, que examinó los restos. Sus conclusiones fueron claras:\n\n«Las lesiones son compatibles con una caída desde varios metros. No hay signos de violencia previa.»';
const ES_VERDICT_AFTER_SPEAKER =
  'El padre de la víctima, Ramiro Gil, habló al salir. «Queremos justicia», dijo Gil.\n\nLa vista terminó con el informe de la forense, la doctora Elena Ruiz Campos, que examinó los restos. Sus conclusiones fueron claras:\n\n«Las lesiones son compatibles con una caída desde varios metros. No hay signos de violencia previa.»';
const FR_VERDICT = "Le procès s'est terminé avec l'expertise de l'ingénieur Marc Dupuis, qui a analysé les débris. Ses conclusions sont sans appel :\n\n« Les échantillons avaient une résistance très faible. Ce n'est pas une petite erreur. »";
const ES_NO_POSSESSIVE =
  'El padre de la víctima, Ramiro Gil, habló al salir. «Queremos justicia», dijo Gil.\n\nLa vista terminó con el informe de la forense. Las conclusiones fueron claras:\n\n«Las lesiones son compatibles con una caída desde varios metros. No hay signos de violencia previa.»';

/** `… la doctora X, que examinó los restos. Sus conclusiones fueron claras: «…»`: a possessive verdict before a colon (possessive-verdict.ts). */
kindTable('A possessive verdict sentence before a colon', [
  ['es: `Sus conclusiones fueron claras:` after the one person named is hers', ES_VERDICT, 'Las lesiones son', 'Elena Ruiz Campos', ANY],
  ['es: the same after someone else spoke: the person the sentence before names', ES_VERDICT_AFTER_SPEAKER, 'Las lesiones son', 'Elena Ruiz Campos', ANY],
  ['fr: `Ses conclusions sont sans appel :` is the engineer', FR_VERDICT, 'Les échantillons', 'Marc Dupuis', ANY],
  ['counter-case es: `Las conclusiones fueron claras:` with no possessive is not given to the person just named', ES_NO_POSSESSIVE, 'Las lesiones son', UNNAMED, null],
]);

const PT_CEO_AND_FOUNDER = '“Foi a escolha mais dura da minha vida”, disse a CEO e cofundadora da Agrotec, Paula Mendes, em vídeo enviado aos funcionários.';
const PT_TO_ACRONYM_OUTLET = 'A diretora Paula Mendes falou ontem. “Foi a escolha mais dura da minha vida”, disse à RTP Paula Mendes.';

/** `disse a CEO da Agrotec, X`: an office's initials after `a` are the subject's role, not an outlet spoken to (latin-reader-words.ts). */
kindTable('An office written in initials after the article `a`', [
  ['pt: `disse a CEO e cofundadora da Agrotec, X,` is X', PT_CEO_AND_FOUNDER, 'Foi a escolha', 'Paula Mendes', 'CEO'],
  ['counter-case pt: `disse à RTP X` still skips the broadcaster', PT_TO_ACRONYM_OUTLET, 'Foi a escolha', 'Paula Mendes', ANY],
]);

const NL_RUN_ON =
  'Restaurator Sanne Vos werkt al maanden aan het doek. ‘Het is een lastige klus,’ zegt ze.\n\nVolgens kunsthistoricus Lotte Smit van de Universiteit Leiden, die het archief heeft bekeken, zegt de brief veel over de stad.\n\n‘De Bruin schreef bijna alleen voor rijke kooplieden. Als een klant iets niet beviel, ging het eruit.\n\n‘Dat hij hier een kind heeft weggelaten, vertelt ons iets over de smaak van de koper,’ vertelde ze woensdag aan Radio Noordveld.';
const NL_CLOSED_BEFORE =
  'Restaurator Sanne Vos werkt al maanden aan het doek. ‘Het is een lastige klus,’ zegt ze.\n\nVolgens kunsthistoricus Lotte Smit zegt de brief veel over de stad.\n\n‘De Bruin schreef bijna alleen voor rijke kooplieden,’ zegt Vos.\n\n‘Dat hij hier een kind heeft weggelaten, vertelt ons iets over de smaak van de koper,’ vertelde Smit woensdag.';

/** `‘… ¶ ‘…,’ vertelde ze.`: single marks run over paragraphs; the opening one is the tag's speaker's (run-on-speaker.ts, newlang-introduced.ts). */
kindTable('A single-marked quotation run over paragraphs', [
  ['nl: the untagged opening paragraph is the one the tag names', NL_RUN_ON, 'De Bruin schreef', 'Lotte Smit', ANY],
  ['nl: `vertelde ze` is the one the paragraph before the quotation cites, not a name inside the quotation', NL_RUN_ON, 'Dat hij hier', 'Lotte Smit', ANY],
  ['counter-case nl: a paragraph closed with its own tag keeps it', NL_CLOSED_BEFORE, 'De Bruin schreef', 'Sanne Vos', ANY],
]);

const DE_MOTHER_OF_TWO = 'Der Gemeinderat beschloss die Schließung. Ein Vater dreier Söhne, der seinen Namen nicht nennen will, sagte nach der Sitzung: „Die reden von Geld, wir reden von unseren Kindern.“';
const DE_HEAD_OF_BOTH = 'Der Gemeinderat beschloss die Schließung. Die Leiterin beider Schulen, Sabine Kröger, sagte nach der Sitzung: „Die reden von Geld, wir reden von unseren Kindern.“';

/** `Ein Vater dreier Söhne, der …, sagte:`: a capital after a genitive numeral is a plural noun, no name (de.ts nounAfterNumeral). */
kindTable('A German description with a genitive numeral', [
  ['de: `Ein Vater dreier Söhne` is a description, not a man called Söhne', DE_MOTHER_OF_TWO, 'Die reden von Geld', UNNAMED, null],
  ['counter-case de: `Die Leiterin beider Schulen, X,` is X', DE_HEAD_OF_BOTH, 'Die reden von Geld', 'Sabine Kröger', ANY],
]);
