// Hungarian (lang/hu.ts, hungarian-definite.ts, newlang-introduced.ts) and the Polish and Czech openings read beside it:
// tags with the subject left out, the family name written first, `X Y polgármester szerint` as a source, an aged given name.
// Invented sentences about invented people, each rule with a row it needs and a counter-row it must leave alone.
import { ANY, kindTable, UNNAMED, type KindCase } from './kind-table';

const CASES: KindCase[] = [
  // A verb and its preverb written after it, an adverb in -va/-ve: the subject was left out; the sentence before names them.
  ['hu: – tette hozzá nevetve after the family name alone', 'A csónakházat Fekete Dániel vezeti a tóparton. A nyár gyenge volt, Fekete azonban derűs. „Jövőre több vendég jön” – tette hozzá nevetve.', 'Jövőre több vendég jön', 'Fekete Dániel', ANY],
  ['hu: – jegyezte meg after a full name', 'Orbán Klára tavasszal nyitotta meg a könyvtárat a faluban. „Minden gyerek kap olvasójegyet” – jegyezte meg.', 'Minden gyerek kap olvasójegyet', 'Orbán Klára', ANY],
  ['hu counter: a name in the tag is the speaker, not the one before', 'Orbán Klára tavasszal nyitotta meg a könyvtárat a faluban. „Minden gyerek kap olvasójegyet” – mondta Pintér Ágnes.', 'Minden gyerek kap olvasójegyet', 'Pintér Ágnes', ANY],
  // A lone given name with an age in apposition opening the sentence.
  ['hu: Marci, a 19 éves inas, then – meséli', 'A műhelyben Gulyás Tamás asztalos dolgozik évek óta.\n\nMarci, a 19 éves inas már második éve tanul nála.\n\n„Hajnalban kelek, de szeretem” – meséli.', 'Hajnalban kelek, de szeretem', 'Marci', ANY],
  ['hu counter: no age after the comma, the full name before stays', 'A műhelyben Gulyás Tamás asztalos dolgozik évek óta. Reggel, mielőtt nyit, kávét főz.\n\n„Hajnalban kelek, de szeretem” – meséli.', 'Hajnalban kelek, de szeretem', 'Gulyás Tamás', ANY],
  // `X Y jegyző szerint` in the sentence before a quote standing alone: the source named, not a capitalised festival.
  ['hu: X Y jegyző szerint before a bare quote', 'A Nagyréti Tavaszi Vásárt májusban rendezik, és Mészáros Judit jegyző szerint a vásár a falu fő bevétele.\n\n„Nélküle a fél falu a városba járna.”', 'Nélküle a fél falu a városba járna', 'Mészáros Judit', 'jegyző'],
  ['hu counter: no szerint, the festival is no one', 'A Nagyréti Tavaszi Vásárt májusban rendezik a főtéren.\n\n„Nélküle a fél falu a városba járna.”', 'Nélküle a fél falu a városba járna', UNNAMED, null],
  // The article, an adjective and a role noun before a colon: the one the text introduced with that role after the name.
  ['hu: A megyei jegyző így fogalmazott: after X Y megyei jegyző', 'A tervről Mészáros Judit megyei jegyző tartott tájékoztatót. Sokan eljöttek a terembe.\n\nA megyei jegyző így fogalmazott: „Ez a falu szíve.”', 'Ez a falu szíve', 'Mészáros Judit', ANY],
  ['hu counter: an adjective and a noun that is no role open no speaker', 'A tervről Mészáros Judit megyei jegyző tartott tájékoztatót.\n\nA hagyományos vásár így kezdődik: „Ez a falu szíve.”', 'Ez a falu szíve', 'Mészáros Judit', ANY],
  // – mondta a pék, és …: the article and a role noun with a clause after it.
  ['hu: – mondta az elnök, és … after X Y elnök', 'A gyűlést Takács Márton egyesületi elnök nyitotta meg. Utána a költségvetésről volt szó.\n\n„Most kezdődik az igazi munka” – mondta az elnök, és becsukta a dossziét.', 'Most kezdődik az igazi munka', 'Takács Márton', ANY],
  ['hu counter: the article and a noun that is no role is an object, no one', 'A gyűlést Takács Márton egyesületi elnök nyitotta meg.\n\n„Most kezdődik az igazi munka” – mondta Pintér Ágnes.', 'Most kezdődik az igazi munka', 'Pintér Ágnes', ANY],
  // Polish and Czech "one of the" and a plural noun: someone unnamed.
  ['pl: Jedna z pielęgniarek, prosząc o anonimowość, then – mówi.', 'Radny Jerzy Zawadzki zbiera podpisy od tygodnia. Jedna z pielęgniarek, prosząc o anonimowość, przyznaje, że zespół był zaskoczony. – Dowiedziałyśmy się z gazety – mówi.', 'Dowiedziałyśmy się z gazety', UNNAMED, ANY],
  ['pl counter: a named nurse is the speaker', 'Radny Jerzy Zawadzki zbiera podpisy od tygodnia. Pielęgniarka Anna Wrona przyznaje, że zespół był zaskoczony.\n\n– Dowiedziałyśmy się z gazety – mówi.', 'Dowiedziałyśmy się z gazety', 'Anna Wrona', ANY],
  // A capitalised form of address opening the sentence is no part of the name.
  ['pl: Pani Zofia then – dodaje', 'Przed sklepem spotykamy 80-letnią Zofię Wrzos. Pani Zofia nie ma samochodu. „Do miasta jeżdżę raz w miesiącu” – dodaje.', 'Do miasta jeżdżę raz w miesiącu', 'Zofia Wrzos', ANY],
  ['pl counter: a full name after the address keeps it whole', 'Przed sklepem stoi Zofia Wrzos. „Do miasta jeżdżę raz w miesiącu” – dodaje.', 'Do miasta jeżdżę raz w miesiącu', 'Zofia Wrzos', ANY],
  ['cs counter: a name in the tag wins over the one before', 'Starostka Jana Veselá otevřela novou knihovnu. „Každé dítě dostane průkazku,“ dodala Eva Malá.', 'Každé dítě dostane průkazku', 'Eva Malá', ANY],
  // Czech keeps its dropped-subject tag.
  ['cs: – dodala after a full name', 'Starostka Jana Veselá otevřela novou knihovnu. „Každé dítě dostane průkazku,“ dodala.', 'Každé dítě dostane průkazku', 'Jana Veselá', ANY],
];

kindTable('Hungarian tags and openings, Polish and Czech beside them', CASES, ['pl: Pani Zofia then – dodaje', 'hu counter: no szerint, the festival is no one', 'pl: Jedna z pielęgniarek, prosząc o anonimowość, then – mówi.']);
