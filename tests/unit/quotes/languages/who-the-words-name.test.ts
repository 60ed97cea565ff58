import { startsTable } from '../starts-table';

/**
 * Whom the words around a quote name: a long office with its town before a Russian name, a reporting verb alone before a
 * colon, a Chinese family name with a form of address, a Hebrew hyphenated family name and an office before a colon, a Greek
 * indefinite description, accusative names and portfolios, a German preposition opening a sentence, and the body an office
 * belongs to. Each case has a counter-case the reading must leave alone.
 */
startsTable('Whom the words around a quote name', [
  // Russian and Ukrainian: an office of several lower-case words, the town in the genitive, then the name.
  ['ru: a long office and its town before the name', '«Новые автобусы выйдут на маршруты к лету», — рассказал заместитель начальника департамента транспорта мэрии Омска Павел Рудин журналистам.', 'Новые автобусы', 'Павел Рудин', 'департамента транспорта мэрии Омска'],
  ['uk: a long office and its town before the name', '«Тарифи переглянуть лише після перевірки», — пояснила начальниця відділу благоустрою міської ради Житомира Олена Кравець.', 'Тарифи переглянуть', 'Олена Кравець', 'відділу благоустрою міської ради Житомира'],
  ['ru counter: the office after the name', '«Новые автобусы выйдут на маршруты к лету», — сказал Павел Рудин, заместитель начальника департамента транспорта мэрии Омска.', 'Новые автобусы', 'Павел Рудин'],
  // A reporting verb alone before the colon leaves its subject out: the person the sentence before brings in.
  ['pl: Dodaje: after a person is introduced', 'Marek Zając, kierowca autobusu od piętnastu lat, zna każdy przystanek na trasie. Dodaje: „Pasażerowie pytają codziennie o nowy rozkład. Nikt im nic nie tłumaczy”.', 'Pasażerowie pytają', 'Marek Zając'],
  ['cs: Říká: after a person is introduced', 'Tomáš Beneš, hasič z Kolína, slouží u sboru dvacet let. Říká: „Takovou vodu jsme tu ještě neviděli. Sklepy byly plné během hodiny.“', 'Takovou vodu', 'Tomáš Beneš'],
  ['pl counter: a family name alone before the colon', 'Marek Zając i Jan Wrona jeżdżą na tej linii od lat. Wrona: „Pasażerowie pytają codziennie o nowy rozkład. Nikt im nic nie tłumaczy”.', 'Pasażerowie pytają', 'Jan Wrona'],
  // Chinese: a family name and a form of address after the person was introduced in full.
  ['zh: 何先生 after 退休教師何志明', '退休教師何志明住在屯門二十年，每朝都去公園晨運。「公園啲燈壞咗兩個月都冇人整。」何先生不滿地說。', '公園啲燈', '何志明'],
  ['zh counter: a pseudonym stands for no one else', '立法會議員何詠詩關注事件。退休教師何先生（化名）每朝都去公園晨運。「公園啲燈壞咗兩個月都冇人整。」何先生不滿地說。', '公園啲燈', '何先生'],
  ['zh counter: two people of that family name', '立法會議員何詠詩關注事件。退休教師何志明每朝都去公園晨運。「公園啲燈壞咗兩個月都冇人整。」何先生不滿地說。', '公園啲燈', '何先生'],
  // Chinese: a demonstrative and an age before the noun after the quote point back to the person just named.
  ['zh: 这位…的 after the quote is the person just named', '男子组冠军由本地小伙李建明夺得。“终点前那段上坡太难了，但我没有放弃，”这位25岁的快递员笑着说，“我爸爸就在终点等我。”', '终点前那段', '李建明'],
  ['zh counter: an age clause with no demonstrative keeps the name after it', '“今年的收成比去年少了三成，”今年56岁的种植户王建国告诉记者。', '今年的收成', '王建国', '种植户'],
  // Chinese: a body's office answering questions, the body's first character a family name.
  ['zh: a body’s spokesperson answering questions', '林務局發言人回應查詢時表示：「部門已派員視察現場，稍後會清理倒塌樹木。」', '部門已派員', '林務局發言人'],
  ['zh counter: the head of a body, named', '林務局局長林志偉表示：「部門已派員視察現場，稍後會清理倒塌樹木。」', '部門已派員', '林志偉', '局長'],
  // Hebrew: a hyphenated family name alone after the full name; an office, then the name, before a colon.
  ['he: a hyphenated family name after the full name', 'יו"ר האגודה, דנה בן-עמי, אמרה כי הפעילות תימשך. "נמשיך גם בלי תמיכה מבחוץ", אמרה.\n\nההורים לא השתכנעו.\n\nבן-עמי הוסיפה: "האגודה תמשיך לפעול גם בלי תקציב מהעירייה".', 'האגודה תמשיך', 'דנה בן-עמי'],
  ['he: an office, then the name, before the colon', 'רכז הספורט של המתנ"ס בשכונה, יואב שרעבי: "המגרש סגור כבר חודש, והילדים משחקים ברחוב".', 'המגרש סגור', 'יואב שרעבי', 'רכז הספורט'],
  ['he counter: an office, then a predicate, before the colon', 'רכז הספורט של המתנ"ס, לא אופטימי: "המגרש סגור כבר חודש, והילדים משחקים ברחוב".', 'המגרש סגור', null],
  // Greek: an indefinite description brings someone in unnamed; a place in it is no speaker.
  ['el: an indefinite description with a place in it', 'Κατά τον κτηνίατρο Άρη Μαυρίδη, η ασθένεια εξαπλώνεται γρήγορα.\n\nΈνας ηλικιωμένος ψαράς από την Αγία Μαρίνα, που επισκεύαζε τα δίχτυα του, δεν έκρυψε την απογοήτευσή του. «Φέτος δεν πιάσαμε σχεδόν τίποτα», είπε.', 'Φέτος δεν πιάσαμε', 'ένας ηλικιωμένος ψαράς'],
  ['el counter: a description named in its own comma group', 'Κατά τον κτηνίατρο Άρη Μαυρίδη, η ασθένεια εξαπλώνεται γρήγορα.\n\nΈνας ψαράς, ο Στέλιος Καλογεράκης, επισκεύαζε τα δίχτυα του. «Φέτος δεν πιάσαμε σχεδόν τίποτα», είπε.', 'Φέτος δεν πιάσαμε', 'Στέλιος Καλογεράκης'],
  ['el counter: a survey brings in no one', 'Κατά τον κτηνίατρο Άρη Μαυρίδη, η ασθένεια εξαπλώνεται γρήγορα.\n\nΜια έρευνα του λιμεναρχείου δείχνει το ίδιο. «Τα κοπάδια αδειάζουν από μήνα σε μήνα», είπε.', 'Τα κοπάδια', 'Άρης Μαυρίδης'],
  // Greek: a masculine name after τον is in the accusative; the speaker is named in the nominative.
  ['el: an accusative name after τον', 'Κατά τον κτηνίατρο Άρη Μαυρίδη, η ασθένεια εξαπλώνεται γρήγορα. «Τα κοπάδια αδειάζουν από μήνα σε μήνα», προσθέτει.', 'Τα κοπάδια', 'Άρης Μαυρίδης'],
  ['el: a verb in the present after the quote', 'Ο κτηνοτρόφος Μανώλης Σφακιανάκης μετρά τις απώλειες. «Τα κοπάδια αδειάζουν από μήνα σε μήνα», προσθέτει.', 'Τα κοπάδια', 'Μανώλης Σφακιανάκης'],
  ['el counter: a woman after την keeps her name', 'Μιλήσαμε με την κτηνίατρο Σοφία Μαυρίδη για την ασθένεια. «Τα κοπάδια αδειάζουν από μήνα σε μήνα», είπε η Μαυρίδη.', 'Τα κοπάδια', 'Σοφία Μαυρίδη'],
  // Greek: a portfolio in the genitive after an office names no one.
  ['el: a portfolio after the minister is no speaker', 'Ο πρόεδρος του λιμενικού ταμείου, Σπύρος Αλεξίου, ζήτησε ραντεβού με τον υφυπουργό Ναυτιλιακής Πολιτικής. «Περιμένουμε απαντήσεις εδώ και μήνες», τόνισε.', 'Περιμένουμε απαντήσεις', 'Σπύρος Αλεξίου'],
  ['el counter: the portfolio before a name stays in the role', 'Ο γενικός γραμματέας Ναυτιλιακής Πολιτικής Στέλιος Βλάχος επισκέφθηκε το λιμάνι. «Τα έργα θα ξεκινήσουν την άνοιξη», ανέφερε.', 'Τα έργα', 'Στέλιος Βλάχος', 'γραμματέας Ναυτιλιακής Πολιτικής'],
  // German: a preposition opening a sentence opens an adverbial, not a name.
  ['de: Zu Ostern is no one', '«Der Markt bleibt am Samstag geschlossen», erklärte Marktchefin Doris Ammann-Frey am Morgen.\n\nZu Ostern fahren die Busse seltener. Man prüfe Alternativen, so Ammann-Frey.\n\nSie gab zu, dass die Lösung spät komme. «Wir hätten früher informieren müssen.»', 'Wir hätten früher', 'Doris Ammann-Frey'],
  ['de counter: a sentence opening with a name', '«Der Markt bleibt am Samstag geschlossen», erklärte Marktchefin Doris Ammann-Frey am Morgen.\n\nKurt Brändli, Sprecher der Händler, sieht das anders. Er gab zu, dass eine Pause nötig sei. «Aber nicht vor Weihnachten.»', 'Aber nicht vor', 'Kurt Brändli'],
  // Romanian: a feminine office in apposition is the person's role.
  ['ro: președinta in apposition', 'Ana Ionescu, președinta clubului de șah din Cluj, spune că sala va fi renovată. „Copiii joacă acum pe holul școlii, printre ghiozdane”, explică ea.', 'Copiii joacă', 'Ana Ionescu', 'președinta'],
  ['ro counter: a masculine office keeps its own role', 'Ion Pop, primarul comunei, spune că lucrările vor începe. „Avem banii și avem proiectul”, a spus el.', 'Avem banii', 'Ion Pop', 'primarul comunei'],
  // Arabic and Hebrew: "thus" before the verb after the quote.
  ['ar: هكذا before the verb', 'يعيش الصيادون الصغار وضعا أصعب. "البحر فرغ من السمك، والديون تتراكم علينا"، هكذا لخص محمد الساحلي، صياد من ميناء الصويرة، وضعيته.', 'البحر فرغ', 'محمد الساحلي'],
  ['he: כך before the verb', '"המים פשוט נעלמו מהבארות", כך אמר יוסי אלמליח, חקלאי מהערבה.', 'המים פשוט', 'יוסי אלמליח'],
  ['ar counter: the verb alone', 'يعيش الصيادون الصغار وضعا أصعب. "البحر فرغ من السمك، والديون تتراكم علينا"، قال محمد الساحلي، صياد من ميناء الصويرة.', 'البحر فرغ', 'محمد الساحلي'],
  // Polish: one capitalised word after an inhabitant noun is the town, in the genitive.
  ['pl: an inhabitant of a town', 'W kolejce do lekarza czekają głównie starsze osoby. „Na wizytę czekam od marca. Do szpitala mam czterdzieści kilometrów” – mówi 71-letnia mieszkanka Hajnówki.', 'Na wizytę', '71-letnia mieszkanka Hajnówki'],
  ['pl counter: an inhabitant, then her full name', '„Na wizytę czekam od marca. Do szpitala mam czterdzieści kilometrów” – mówi mieszkanka Anna Kowal.', 'Na wizytę', 'Anna Kowal', 'mieszkanka'],
  // Greek: a month after the article is a date, not someone in a tag inside the quote.
  ['el: months inside a quote are no tag', 'Οι ψαράδες διαμαρτυρήθηκαν στο λιμάνι. «Μας υποσχέθηκαν τον Μάιο, μετά τον Αύγουστο, τώρα μιλούν για τον Δεκέμβριο. Πώς να ζήσουμε;» αναρωτήθηκε ο Στέλιος Καλογεράκης, που ψαρεύει στον Βόλο.', 'Μας υποσχέθηκαν', 'Στέλιος Καλογεράκης'],
  ['el counter: a tag inside the quote', '«Δεν είναι εύκολο, είπε ο Στέλιος Καλογεράκης, αλλά θα αντέξουμε και φέτος.»', 'Δεν είναι εύκολο', 'Στέλιος Καλογεράκης'],
  // The body an office belongs to is no person a later tag stands for.
  ['fr: the firm an owner runs, after an elided de', 'Sylvie Caron, propriétaire d’Usinage Caron, emploie douze personnes à Lévis. « Les commandes ont chuté de moitié depuis le printemps », a expliqué l’industrielle.', 'Les commandes', 'Sylvie Caron'],
  ['it: the association a president leads, its region named before', 'La stagione nel Piemonte è cominciata male per gli allevatori di capre.\n\n«Il latte lo pagano meno di quanto costa produrlo», racconta Mario Russo, 58 anni, che alleva capre vicino a Bra.\n\nPer Giulia Serra, presidente di Confallevatori Piemonte, la crisi era prevedibile. «Da due anni segnaliamo il calo dei prezzi del latte, nessuno ci ha ascoltato», ha dichiarato.', 'Da due anni', 'Giulia Serra', 'presidente di Confallevatori Piemonte'],
  ['fr counter: a person named after selon', 'Selon Anne Dubé, la saison sera longue pour les artisans. « Le prix du beurre a doublé en deux ans », a dit la boulangère.', 'Le prix du beurre', 'Anne Dubé'],
]);
