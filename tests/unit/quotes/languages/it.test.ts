import { attributionTable, type AttributionCase } from './attribution-table';
import { dialogueTable, type NonQuoteCase } from './dialogue-table';

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
  // Batch 5 (football, a Q&A interview).
  ['la squadra di X: the preposition di is no title', 'In dieci, la squadra di Marco Bellini ha vinto. «Abbiamo un’anima», ha detto Bellini.', 'Abbiamo un’anima', 'Marco Bellini', null],
  ['l’attaccante: the man just named after a bare di', '«Vittoria meritata», ha detto Marco Bellini.\n\nDecisivo l’ingresso di Kofi Mensah. «Ho solo tirato in porta», ha raccontato l’attaccante.', 'Ho solo tirato in porta', 'Kofi Mensah', null],
  ['ci ha detto X: an object clitic before the auxiliary', '«Suona come nessun altro», ci ha detto Luca Sarti.', 'Suona come nessun altro', 'Luca Sarti', null],
  ['ha ammesso a fine gara after a sentence opening with a role and a name: him', '«Vittoria meritata», ha detto Marco Bellini.\n\nIl tecnico del Borgo Gianni Riva non cerca alibi. «È colpa mia», ha ammesso a fine gara.', 'È colpa mia', 'Gianni Riva', 'il tecnico del Borgo'],
  ['ha aggiunto a fine gara after a sentence opening with no person: the last speaker', '«Vittoria meritata», ha detto Marco Bellini.\n\nLa partita è finita tardi. «È colpa mia», ha aggiunto a fine gara.', 'È colpa mia', 'Marco Bellini', null],
  ['mi disse: an object pronoun ends no description; the subject left out is the man named just before', 'Ho imparato da Aurelio Neri. Aurelio Neri, che è morto tre anni fa, era severo. Il primo giorno mi disse: «Il legno si ascolta».', 'Il legno si ascolta', 'Aurelio Neri', null],
  ['ha risposto che …: the reported clause holds no subject; the dropped subject is the one answering', '«Il reparto resta aperto», ha detto Paolo Riva.\n\nAlle domande la portavoce Giulia Ferraresi ha risposto che i pazienti andranno all’ospedale di Lecco. «Abbiamo più ambulanze», ha spiegato.', 'Abbiamo più ambulanze', 'Giulia Ferraresi', 'la portavoce'],
  ['secondo X, presidente …: an office right after the name is the role of the later quote', 'Secondo Paolo Rizzi, presidente dell’Associazione liutai, le botteghe calano. «Chi chiude non viene sostituito», ha spiegato.', 'Chi chiude non viene sostituito', 'Paolo Rizzi', 'presidente dell’Associazione liutai'],
  ['si legge nel testo firmato dal direttore X: the signer of the document', '«Mancano sei medici», si legge nel testo firmato dal direttore generale Massimo Conti, assente in sala.', 'Mancano sei medici', 'Massimo Conti', 'direttore generale'],
  ['after a signed text, X ha risposto che …: the one answering, not the signer', '«Mancano sei medici», si legge nel testo firmato dal direttore generale Massimo Conti.\n\nAlle domande dei giornalisti Ferraresi ha risposto che i pazienti andranno a Lecco. «Abbiamo più ambulanze», ha spiegato.', 'Abbiamo più ambulanze', 'Ferraresi', null],
  // Batch 6 (regional council).
  ['ha attaccato il capogruppo X: a sharp verb and a party office', '«È una lotteria», ha attaccato il capogruppo del Partito Civico, Stefano Marchi.', 'È una lotteria', 'Stefano Marchi', 'il capogruppo del Partito Civico'],
  ['la replica dell’assessore …, X.: an elided article fused with its preposition before the role noun', '«È una lotteria», ha detto Stefano Marchi.\n\nDura la replica dell’assessore regionale alla Sanità, Lucia Ferri. «I tempi sono scesi», ha sottolineato.', 'I tempi sono scesi', 'Lucia Ferri', 'assessore regionale alla Sanità'],
  // Dialogue dashes (lang/dialogue.ts, lang/romance-dialogue.ts) and untagged exchanges (lang/dash-exchange.ts).
  ['– …? – chiede il giudice X', '– E adesso cosa succede? – chiede il giudice Carlo Neri.', 'E adesso cosa succede?', 'Carlo Neri', 'il giudice'],
  ['– … – dice la fornaia. – …: the words after the tag are hers', 'Lucia Bassi gestisce il forno da vent’anni.\n\n– Non ce ne andiamo – dice la fornaia. – Questo quartiere è casa nostra.', 'Questo quartiere è casa nostra.', 'Lucia Bassi', null],
  ['– … – ha ribattuto X', '– Abbiamo fatto tutto il possibile – ha ribattuto Marco Ferri.', 'Abbiamo fatto tutto il possibile', 'Marco Ferri', null],
  ['– …, ribatte X: the tag after the last comma', '– Non è vero niente, ribatte Marco Ferri.', 'Non è vero niente', 'Marco Ferri', null],
  ['an interview printed as dialogue: the answers are the person the lead-in names', 'Abbiamo incontrato Lucia Bassi nel suo forno di via Roma.\n\n– Quando ha aperto il forno?\n\n– Nel 1998, con mio marito Franco.\n\n– E oggi?\n\n– Oggi lavoriamo in quattro.', 'Oggi lavoriamo in quattro.', 'Lucia Bassi', null],
  ['—…—: Spanish-style dashes against the words', '—Non firmo niente —ha detto Marco Ferri—. Prima voglio leggere.', 'Prima voglio leggere.', 'Marco Ferri', null],
  ['an interview’s later exchange: the answer is still the interviewee’s, not the person the paragraph before quotes', 'Il capo stazione Walter Pedrotti ci riceve in sede.\n\n– Quante chiamate quest’anno?\n\n– Centoquaranta, il doppio del solito.\n\nAnche i gestori chiedono prevenzione. «Serve più informazione», dice Ornella Fedrizzi.\n\n– Cosa direbbe a chi sale per la prima volta?\n\n– Di partire presto e guardare il meteo.', 'Di partire presto e guardare il meteo.', 'Walter Pedrotti', null],
  ['lo ha confermato: an object pronoun before the auxiliary', 'L’assessora alla Protezione civile, Silvia Castagna, lo ha confermato: «Non vogliamo punire nessuno».', 'Non vogliamo punire nessuno', 'Silvia Castagna', 'l’assessora alla Protezione civile'],
  ['– racconta after the sentence that introduces the person, not the one who spoke last', 'Il capo stazione Walter Pedrotti guida le squadre.\n\n«Siamo stanchi», dice Pedrotti.\n\nQuel volontario è Davide Zanetti, studente a Padova. – Avevamo i fulmini sopra la testa – racconta.', 'Avevamo i fulmini sopra la testa', 'Davide Zanetti', 'studente a Padova'],
  // Batch latin8 (museum theft).
  ['L’assessora alla Cultura X: the portfolio after a fused preposition belongs to the role', 'L’assessora alla Cultura Federica Lanzi non nasconde la rabbia. «Avevamo chiesto i fondi», dice.', 'Avevamo chiesto i fondi', 'Federica Lanzi', 'l’assessora alla Cultura'],
  ['L’assessore X with no portfolio: the name whole', 'L’assessore Mario Rossi non nasconde la rabbia. «Avevamo chiesto i fondi», dice.', 'Avevamo chiesto i fondi', 'Mario Rossi', 'l’assessore'],
  ['the office, then a rank and the name: the name after the comma is the person', '«Stiamo analizzando le immagini», ha detto il comandante della compagnia di Montebruno, il capitano Davide Russo.', 'Stiamo analizzando le immagini', 'Davide Russo', 'il comandante della compagnia di Montebruno'],
  ['Poi l’appello: a verbless sentence after the one naming the mayor', 'Il sindaco Paolo Giordani ha annunciato che il museo resterà chiuso. Poi l’appello: «Chi sa qualcosa parli».', 'Chi sa qualcosa parli', 'Paolo Giordani', 'il sindaco'],
  ['X, invece, è pessimista: a name and a verb after the commas is the speaker', 'Il sindaco Paolo Giordani ha annunciato che il museo resterà chiuso. Bellandi, invece, è pessimista: «Le tele sono perse».', 'Le tele sono perse', 'Bellandi', null],
  ['lo storico dell’arte X: an occupation by its ending (-ico), carried to l’esperto', 'Secondo lo storico dell’arte Franco Bellandi, le tele sono difficili da vendere. «Sono opere catalogate», osserva l’esperto.', 'Sono opere catalogate', 'Franco Bellandi', 'lo storico dell’arte'],
  // Batch latin8c (stadium sale).
  ['Il loro portavoce, X, teme …: the name between commas after an article-led role, before the colon', '«È una giornata storica», ha detto il presidente Giorgio Bortolato.\n\nIl loro portavoce, Marco Zen, teme l’aumento dei prezzi: «Lo stadio è della città».', 'Lo stadio è della città', 'Marco Zen', 'il loro portavoce'],
  ['Il loro portavoce, che preferisce non comparire con il nome, …: an anonymous source is nobody named', '«È una giornata storica», ha detto il presidente Giorgio Bortolato.\n\nIl loro portavoce, che preferisce non comparire con il nome, teme l’aumento dei prezzi: «Lo stadio è della città».', 'Lo stadio è della città', 'Il loro portavoce', null],
  ['a predicate set first (Più preoccupato il presidente …, X,) is no part of the role', 'Più preoccupato il presidente della Cooperativa dei pescatori del lago, Mauro Fontana, che teme per l’estate. «Le prenotazioni stanno già saltando», avverte.', 'Le prenotazioni stanno già saltando', 'Mauro Fontana', 'il presidente della Cooperativa dei pescatori del lago'],
  ['a role with no predicate before it is read as before (counter-case)', 'Molti turisti hanno disdetto. Il presidente della cooperativa, Mauro Fontana, teme per l’estate. «Le prenotazioni stanno già saltando», avverte.', 'Le prenotazioni stanno già saltando', 'Mauro Fontana', 'il presidente della cooperativa'],
  ['ha spiegato ai giornalisti with the subject dropped: the person the sentence before introduced', 'Il geologo Fabio Gianella non esclude nuovi distacchi. «Il versante è ancora in movimento», ha spiegato ai giornalisti.', 'Il versante è ancora in movimento', 'Fabio Gianella', 'il geologo'],
  ['the press spoken to, then the subject after it (counter-case)', 'La strada resta chiusa. «Nessuno verrà lasciato solo», ha detto ai giornalisti il sindaco Renato Pedrazzi.', 'Nessuno verrà lasciato solo', 'Renato Pedrazzi', 'il sindaco'],
  // Batch q-latin 1 (Ivorian business, French live blog, German tabloid and obituary, Spanish science and football, Italian crime and business, Brazilian health, Angolan economy).
  ['A dirlo è X, che …: the subject of the cleft', 'A dirlo è Vincenzo Amitrano, che guida l’ufficio export di un’azienda: «Il dollaro debole ci ha tolto un altro margine».', 'Il dollaro debole ci ha tolto un altro margine', 'Vincenzo Amitrano', null],
  ['Così lo ha spiegato … la direttrice, X: the subject after the verb and its adjuncts', 'Così lo ha spiegato ieri in conferenza stampa la direttrice del museo, Anna Sala: «Il quadro tornerà in sala a giugno».', 'Il quadro tornerà in sala a giugno', 'Anna Sala', 'la direttrice del museo'],
  ['aggiunge la figlia: the woman introduced as the daughter, not the last name written', 'A raccontare è la figlia, Lorena Battistella. «Mia madre è una donna lucidissima».\n\nIl corriere è stato fermato al casello di Padova Est.\n\n«Si vergogna, questo sì», aggiunge la figlia.', 'Si vergogna, questo sì', 'Lorena Battistella', null],
  ['aggiunge la vicina: the neighbour just named, not the woman introduced as the daughter', 'A raccontare è la figlia, Lorena Battistella. «Mia madre è una donna lucidissima».\n\nAnche la vicina, Gina Pozzan, ha visto l’uomo. «Era spaventata, tremava tutta», aggiunge la vicina.', 'Era spaventata, tremava tutta', 'Gina Pozzan', 'la vicina'],
];

attributionTable('Italian', CASES);

const NON_QUOTES: NonQuoteCase[] = [
  ['a dash as a parenthesis in prose', 'Il sindaco – arrivato in ritardo – non ha parlato con la stampa.', 'arrivato in ritardo'],
  ['result lines opening with a dash', 'Risultati della giornata:\n\n– Fiorano 2, Sassuolo 1\n\n– Modena 0, Carpi 0', 'Fiorano 2, Sassuolo 1'],
  ['a lone dash paragraph with no tag and no speech before it', 'Il consiglio ha votato lunedì.\n\n– Restano tre settimane per presentare ricorso.', 'Restano tre settimane'],
  ['an unnamed interviewer’s question is no quote', 'Abbiamo incontrato Lucia Bassi nel suo forno di via Roma.\n\n– Quando ha aperto il forno?\n\n– Nel 1998, con mio marito Franco.', 'Quando ha aperto il forno?'],
];

dialogueTable('Italian', NON_QUOTES);
