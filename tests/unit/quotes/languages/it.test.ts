import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['ha detto X', '«Riapriremo il ponte a marzo», ha detto Giulia Romano.', 'Riapriremo il ponte a marzo', 'Giulia Romano', null],
  ['ha dichiarato X with curly marks', '“Il ponte è rimasto chiuso troppo a lungo”, ha dichiarato Giulia Romano.', 'Il ponte è rimasto chiuso troppo a lungo', 'Giulia Romano', null],
  ['ha aggiunto with the subject dropped', '«I lavori procedono bene», ha detto Giulia Romano. «Finiremo a marzo», ha aggiunto.', 'Finiremo a marzo', 'Giulia Romano', null],
  ['secondo X', '«Il fiume è più pulito di prima», secondo Marco Bianchi.', 'Il fiume è più pulito di prima', 'Marco Bianchi', null],
  ['X ha detto: before the quote', 'Marco Bianchi ha detto: «Il fiume è più pulito di prima».', 'Il fiume è più pulito di prima', 'Marco Bianchi', null],
  ['il sindaco, X, : role before the name', '«Riapriremo il ponte a marzo», ha annunciato il sindaco, Marco Bianchi, in consiglio.', 'Riapriremo il ponte a marzo', 'Marco Bianchi', 'il sindaco'],
  ['X, sindaco di Lucca : role after the name', '«Riapriremo il ponte a marzo», ha spiegato Marco Bianchi, sindaco di Lucca.', 'Riapriremo il ponte a marzo', 'Marco Bianchi', 'sindaco di Lucca'],
  ['role written before the name', '«Riapriremo il ponte a marzo», ha detto il ministro dei Trasporti Marco Bianchi.', 'Riapriremo il ponte a marzo', 'Marco Bianchi', 'il ministro dei Trasporti'],
  ['a described speaker', '«Il mercato aprirà prima», ha precisato un portavoce del comune.', 'Il mercato aprirà prima', 'un portavoce del comune', null],
  ['ha detto al <outlet>: the paper is not the speaker', '«Ci mancano braccia quest’estate», ha detto Giulia Romano al Corriere di Lucca.', 'Ci mancano braccia quest’estate', 'Giulia Romano', null],
  ['ha detto lei', 'Giulia Romano guida la cooperativa.\n\n«Ci mancano braccia quest’estate», ha detto lei.', 'Ci mancano braccia quest’estate', 'Giulia Romano', null],
  ['the role before the verb', 'La presidente della regione, Giulia Romano, ha spiegato: «Investiremo nei treni».', 'Investiremo nei treni', 'Giulia Romano', 'la presidente della regione'],
  ['dice X', '«Il raccolto sarà scarso», dice Marco Bianchi.', 'Il raccolto sarà scarso', 'Marco Bianchi', null],
  ['sottolinea X', '«Il raccolto sarà scarso», sottolinea Marco Bianchi.', 'Il raccolto sarà scarso', 'Marco Bianchi', null],
  ['a time after the name', '«Il raccolto sarà scarso», ha detto Marco Bianchi ieri.', 'Il raccolto sarà scarso', 'Marco Bianchi', null],
  ['interviewed: not a role', '«Il raccolto sarà scarso», ha detto Marco Bianchi, intervistato dal Corriere di Lucca.', 'Il raccolto sarà scarso', 'Marco Bianchi', null],
  ['la pensionata: the woman just named', 'Rosa Zanetti va ogni giorno in ospedale.\n\n«Prima ci mettevo dieci minuti», racconta la pensionata.', 'Prima ci mettevo dieci minuti', 'Rosa Zanetti', null],
  ['il portavoce della questura: a noun with a complement stays a description', '«Non ci sono feriti», ha detto il portavoce della questura.', 'Non ci sono feriti', 'il portavoce della questura', null],
  ['all’Ansa: an elided recipient is skipped, the role and name after it read', '«Il danno è serio, ma riparabile», spiega all’Ansa l’ingegnere Paolo Ferraresi, dirigente della Provincia.', 'Il danno è serio, ma riparabile', 'Paolo Ferraresi', 'l’ingegnere'],
  ['all’Ansa and no subject: the person just named', 'Marco Bellini gestisce un bar accanto al ponte.\n\n«Da mercoledì non è entrato quasi nessuno», ha detto all’Ansa.', 'Da mercoledì non è entrato quasi nessuno', 'Marco Bellini', null],
  ['a gerund between the verb and the subject', '“Quando è arrivata la mail pensavo fosse uno scherzo”, racconta sorridendo la direttrice artistica, Elena Carducci.', 'Quando è arrivata la mail pensavo fosse uno scherzo', 'Elena Carducci', 'la direttrice artistica'],
  ['c’è X introduces him; il 34enne is him', 'Tra i vendemmiatori c’è Amir Haddad, arrivato dal Marocco nel 2015. «È un lavoro duro, ma qui mi trattano bene», dice il 34enne.', 'È un lavoro duro, ma qui mi trattano bene', 'Amir Haddad', null],
  ['Per l’enologa X: her view, her next words', 'Andrea Cavallo guida il consorzio.\n\nPer l’enologa Silvia Rocca il rischio principale riguarda l’acidità dei vini. «Bisogna intervenire in vigna», spiega.', 'Bisogna intervenire in vigna', 'Silvia Rocca', 'l’enologa'],
  ['Lo ha annunciato: an object clitic opening a sentence is no subject', 'Il pronto soccorso resterà chiuso. Lo ha annunciato ieri l’azienda sanitaria in un comunicato letto dalla portavoce Giulia Ferraresi.\n\n«Abbiamo potenziato il servizio», ha spiegato.', 'Abbiamo potenziato il servizio', 'Giulia Ferraresi', null],
  ['Ken Lo ha detto: a family name like the clitic, in a full name, stays', 'Il ristorante ha chiuso. Ken Lo ha detto: «Riapriremo a marzo».', 'Riapriremo a marzo', 'Ken Lo', null],
  ['Lo storico X: the article before a role still opens it', 'Il museo riapre domani. Lo storico Paolo Conti ha detto: «Era ora».', 'Era ora', 'Paolo Conti', 'lo storico'],
  ['a role and name closing the sentence before: the subject left out is them', '«Il reparto resterà aperto di giorno», ha detto la portavoce Giulia Ferraresi.\n\nDurissima la reazione del sindaco di Varenna, Paolo Brambilla. «Ci avevano promesso nuovi medici», ha dichiarato, annunciando un consiglio comunale straordinario.', 'Ci avevano promesso nuovi medici', 'Paolo Brambilla', 'sindaco di Varenna'],
  ['a name closing the sentence with no role: the last speaker goes on', '«Il reparto resterà aperto di giorno», ha detto la portavoce Giulia Ferraresi.\n\nIn sala sedeva anche un vecchio amico, Paolo Brambilla. «Ci avevano promesso nuovi medici», ha aggiunto.', 'Ci avevano promesso nuovi medici', 'Giulia Ferraresi', 'la portavoce'],
];

attributionTable('Italian', CASES);
