import { attributionTable, type AttributionCase } from './attribution-table';

/**
 * A cleft puts its subject after the copula (`A parlare è stato X`, `Quien cerró el debate fue X`, `Quem abriu a sessão
 * foi X`, `C’est le maire X qui …`): that person is who the colon introduces, and the subject a later tag with no
 * subject means (lang/clause-opening.ts, lang/cleft.ts). Each text first quotes someone else, who must not take it.
 */
const CASES: AttributionCase[] = [
  ['it: A + infinitive … è stato il sindaco X: the name closing the colon sentence', 'Il presidente del comitato Gino Sala protesta: «Siamo stati dimenticati da tutti».\n\nA parlare per primo è stato il sindaco Luigi Ferro: «Abbiamo trovato i fondi necessari».', 'Abbiamo trovato i fondi necessari', 'Luigi Ferro', 'il sindaco'],
  ['it: è stata l’assessora X:, the elided article in the role', 'Il presidente del comitato Gino Sala protesta: «Siamo stati dimenticati da tutti».\n\nA rispondere è stata l\'assessora Carla Neri: «I lavori finiranno entro l\'estate».', 'I lavori finiranno entro l\'estate', 'Carla Neri', "l'assessora"],
  ['it: the cleft’s subject is whom a later «…», ha detto. means', 'Il comitato dei residenti ammette: «Siamo stati dimenticati da tutti».\n\nA illustrare il nuovo progetto del parcheggio è stato ieri sera, davanti al consiglio comunale, il sindaco Mario Conti. «Il cantiere partirà a marzo e durerà un anno», ha detto.', 'Il cantiere partirà a marzo e durerà un anno', 'Mario Conti', 'sindaco'],
  ['it: Ad + infinitive before a vowel … è stata la presidente X:', 'Il presidente del comitato Gino Sala protesta: «Siamo stati dimenticati da tutti».\n\nAd aprire la seduta è stata la presidente Elena Riva: «Cominciamo dal bilancio».', 'Cominciamo dal bilancio', 'Elena Riva', 'la presidente'],
  ['es: Quien … fue el concejal X:', 'La vecina Marta Gil protestó: «Nadie nos avisó de nada».\n\nQuien cerró el debate fue el concejal Pedro Ruiz: «Las obras empezarán en marzo».', 'Las obras empezarán en marzo', 'Pedro Ruiz', 'el concejal'],
  ['es: Fue la alcaldesa X quien …; a later «…», explicó. is hers', 'La vecina Marta Gil protestó: «Nadie nos avisó de nada».\n\nFue la alcaldesa Rosa Vidal quien cerró la sesión. «Las obras empezarán en marzo», explicó. Vidal no dio más detalles.', 'Las obras empezarán en marzo', 'Rosa Vidal', 'la alcaldesa'],
  ['pt: Quem … foi a vereadora X:', 'A vizinha Rita Lopes queixa-se: «Ninguém nos avisou de nada».\n\nQuem abriu a sessão foi a vereadora Ana Paiva: «As obras começam em março».', 'As obras começam em março', 'Ana Paiva', 'a vereadora'],
  ['fr: C’est le maire X qui …; the copula is no part of the role', 'La voisine Anne Roy s\'indigne : « Personne ne nous a prévenus ».\n\nC\'est le maire Paul Henry qui a tranché lundi soir. « Le chantier commencera en mars », a-t-il indiqué.', 'Le chantier commencera en mars', 'Paul Henry', 'le maire'],
  ['counter-case, es: a name after “de” closing a cleft is whose the thing is', 'La vecina Marta Gil protestó: «Nadie nos avisó de nada».\n\nQuien más perdió fue el barrio de Pedro Ruiz: «Las obras empezarán en marzo».', 'Las obras empezarán en marzo', null, null],
  ['counter-case, it: a cleft whose subject is a group names no one', 'Il presidente del comitato Gino Sala protesta: «Siamo stati dimenticati da tutti».\n\nA pagare il conto sono stati i residenti di via Roma: «Nessuno ci ha chiesto niente».', 'Nessuno ci ha chiesto niente', null, null],
];

attributionTable('Cleft subjects', CASES);
