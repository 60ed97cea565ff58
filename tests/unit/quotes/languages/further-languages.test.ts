// Batch 7 (q-other): constructions of the further languages the first run of the batch got wrong, each with a
// counter-case the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['Romanian: a role noun and its complement, then the name between commas', 'Cinci vinării din Republica Moldova au semnat contracte.\n\n„Este un pas istoric pentru sector”, a declarat ministrul Agriculturii, Vasile Rusu, la o conferință de presă.', 'Este un pas istoric pentru sector', 'Vasile Rusu', 'ministrul Agriculturii'],
  ['counter-case: a role noun with no name after it stays the person named before', 'Ministrul Vasile Rusu a vizitat Cimișlia.\n\n„Vom acoperi costurile”, a precizat ministrul, la Chișinău.', 'Vom acoperi costurile', 'Vasile Rusu', 'ministrul'],
  ['Greek: a body in the genitive between the role and the name', 'Από την πλευρά του, ο εκπρόσωπος του Υπουργείου Γεωργίας Ανδρέας Πέτρου ανέφερε ότι η κυβέρνηση εξετάζει επιδότηση. «Κανένα ευάλωτο νοικοκυριό δεν θα επιβαρυνθεί», τόνισε.', 'Κανένα ευάλωτο νοικοκυριό δεν θα επιβαρυνθεί', 'Ανδρέας Πέτρου', 'εκπρόσωπος του Υπουργείου Γεωργίας'],
  ['counter-case: a Greek family name in -ου after the first name stays', '«Δεν μπορούμε να ζητάμε από τις οικογένειες να πληρώσουν», δήλωσε ο πρόεδρος της Επιτροπής, Μάριος Κωνσταντίνου.', 'Δεν μπορούμε να ζητάμε από τις οικογένειες να πληρώσουν', 'Μάριος Κωνσταντίνου', 'πρόεδρος της Επιτροπής'],
  ['Slovak: a role noun and its complement before an ensemble named before the person', 'Choreografka domáceho súboru Lehotan Eva Mrázová hovorí, že festival je dôležitý.\n\n„Deti nacvičujú od januára,“ hovorí Mrázová.', 'Deti nacvičujú od januára,', 'Eva Mrázová', 'Choreografka domáceho súboru Lehotan'],
  ['Slovak: „…,“ uviedla. after the sentence naming her (the comma inside the quote)', 'Starostka obce Mária Šimková ocenila, že festival sa zaobišiel bez incidentov. „Dobrovoľníci a hasiči odviedli obrovský kus práce,“ uviedla.', 'Dobrovoľníci a hasiči odviedli obrovský kus práce,', 'Mária Šimková', 'Starostka obce'],
  ['Slovak: an object between the verb and the name', 'Niektorí návštevníci sa sťažovali.\n\n„Na langoš sme čakali skoro hodinu,“ opísala svoju skúsenosť Katarína Benková z Banskej Bystrice.', 'Na langoš sme čakali skoro hodinu,', 'Katarína Benková', null],
  ['Polish: a name met only in the genitive after zdaniem, in the nominative', 'Zdaniem doktoranta Michała Górskiego takie znaleziska wymagają cierpliwości. „Chodziłem po tym lesie trzy sezony” – opowiada.', 'Chodziłem po tym lesie trzy sezony', 'Michał Górski', 'doktoranta'],
  ['counter-case: a name in the nominative after the verb is kept', '„Chodziłam po tym lesie trzy sezony” – opowiada Anna Kowalska.', 'Chodziłam po tym lesie trzy sezony', 'Anna Kowalska', null],
  ['Czech: a name met only in the genitive after podle and a role', '13:10 – Podle mluvčího hasičů Martina Kratochvíla jsou v terénu všechny jednotky. „Pomáhají nám i dobrovolníci z Polska,“ dodal.', 'Pomáhají nám i dobrovolníci z Polska,', 'Martin Kratochvíl', 'mluvčího hasičů'],
  ['Polish: an academic title’s full stop ends no tag', 'Zespół opisał nowy gatunek.\n\n– Na początku myśleliśmy, że to znany gatunek – mówi kierująca zespołem prof. Joanna Lis.', 'Na początku myśleliśmy, że to znany gatunek', 'Joanna Lis', 'kierująca zespołem prof'],
  ['Czech: a live blog’s time stamp before the role', '14:20 – Hejtman kraje Radek Šimek po jednání štábu oznámil, že kraj vyhlásí stav nebezpečí. „Evakuace musí začít hned,“ řekl Šimek.', 'Evakuace musí začít hned,', 'Radek Šimek', 'Hejtman kraje'],
  ['Finnish: a team in the genitive before the role after the verb', 'Illan tähti oli Juho Rantanen.\n\n– Juho piti meidät pelissä, myönsi Tähtien päävalmentaja Harri Salo.', 'Juho piti meidät pelissä', 'Harri Salo', 'päävalmentaja'],
  ['Hungarian: an occasion before the name, the role after it', '– A vádlott tudatosan használta ki a családok bizalmát – mondta az ítélet kihirdetésekor Halász Judit tanácsvezető bíró.', 'A vádlott tudatosan használta ki a családok bizalmát', 'Halász Judit', 'tanácsvezető bíró'],
  ['Hungarian: the role between the name and the verb before a colon', 'Az ügyészség fellebbezett. Kiss Tamás ügyészségi szóvivő elmondta: „Az okozott kár miatt hosszabb büntetést tartunk indokoltnak.”', 'Az okozott kár miatt hosszabb büntetést tartunk indokoltnak.', 'Kiss Tamás', 'ügyészségi szóvivő'],
  ['counter-case: no role words, no role', 'Az ügyészség fellebbezett. Kiss Tamás elmondta: „Az okozott kár miatt hosszabb büntetést tartunk indokoltnak.”', 'Az okozott kár miatt hosszabb büntetést tartunk indokoltnak.', 'Kiss Tamás', null],
  ['Hungarian: a lower-case dr. between the role and the name ends no sentence', 'A védő, dr. Bakos Levente szerint az ítélet túl szigorú. „Ügyfelem együttműködött a hatóságokkal” – közölte.', 'Ügyfelem együttműködött a hatóságokkal', 'Bakos Levente', 'a védő'],
  ['Turkish: the subject set after the object in the sentence before', "Demirel'in ölüm haberini oğlu Murat Demirel sosyal medya hesabından duyurdu. “Babamız bu sabah aramızdan ayrıldı” diye yazdı.", 'Babamız bu sabah aramızdan ayrıldı', 'Murat Demirel', null],
  ['Turkish: a role and a long description before the subject, the quote in the next paragraph', "Demirel'in yakın arkadaşı, emekli öğretmen Kemal Sarı ise ustanın mütevazılığını hatırlattı.\n\n“Kapısını çalan herkese çay koyardı” diye konuştu.", 'Kapısını çalan herkese çay koyardı', 'Kemal Sarı', 'emekli öğretmen'],
  ['Vietnamese: an academic title off, the apposition the role, the institution’s place no person', 'PGS.TS Vũ Thanh Hà, chuyên gia giáo dục tại Đại học Sư phạm Đà Nẵng, cho rằng thí điểm là cần thiết. "Bỏ bài tập không có nghĩa là bỏ việc học", bà nói.', 'Bỏ bài tập không có nghĩa là bỏ việc học', 'Vũ Thanh Hà', 'chuyên gia giáo dục tại Đại học Sư phạm Đà Nẵng'],
  ['Vietnamese: the role set off by commas after the name, before the verb', '"Trẻ em cần thời gian để chơi", bà Lê Thị Hồng, Phó Giám đốc Sở Giáo dục, cho biết.', 'Trẻ em cần thời gian để chơi', 'Lê Thị Hồng', 'Phó Giám đốc Sở Giáo dục'],
  ['Bulgarian: a role with its article and `на` a place, then the name', 'Община Видин започва ремонт на парка.\n\n„Паркът е лицето на града“, заяви кметът на Видин Петър Стоянов.', 'Паркът е лицето на града', 'Петър Стоянов', 'кметът на Видин'],
  ['counter-case: a municipality opening the sentence before is never the speaker', 'Община Видин започва ремонт на парка.\n\n„Паркът е лицето на града“, се казва в съобщението.', 'Паркът е лицето на града', null, null],
  ['Bulgarian: `подчерта тя` (no dash) after a sentence citing her with според', 'Кметът Петър Стоянов откри срещата.\n\nСпоред главния архитект на общината Мария Илиева ще бъдат запазени всички дървета. „Няма да отсечем нито едно здраво дърво“, подчерта тя.', 'Няма да отсечем нито едно здраво дърво', 'Мария Илиева', 'главния архитект на общината'],
  ['Danish: a role noun, `for` and a suspended compound, then the name', '– Så må vi prioritere, siger formand for kultur- og fritidsudvalget Henrik Bach (V).', 'Så må vi prioritere', 'Henrik Bach', 'formand for kultur- og fritidsudvalget'],
  ['counter-case: a pronoun and the outlet spoken to name no one', 'Borgmester Anne Juhl (V) besøgte havnen.\n\n– Så må vi prioritere, siger hun til avisen.', 'Så må vi prioritere', 'Anne Juhl', 'Borgmester'],
  ['Persian: the name, its office between commas, the verb before a colon', 'رضا مرادی، رئیس انجمن دیابت استان فارس، نیز هشدار داد: «قطع انسولین حتی برای دو روز می‌تواند خطرناک باشد.»', 'قطع انسولین حتی برای دو روز می‌تواند خطرناک باشد.', 'رضا مرادی', 'رئیس انجمن دیابت استان فارس'],
  ['counter-case: Arabic, no Persian letter, is read as before', 'قال وزير الصحة أحمد سالم: «سنوفر الدواء خلال أسبوع.»', 'سنوفر الدواء خلال أسبوع.', 'أحمد سالم', 'وزير الصحة'],
  ['Estonian: `lisas ta.` after a sentence opening with the family name in the genitive (`Tamme sõnul`)', 'Ettevõtte juhatuse esimees Marko Tamm ütles, et kasv tuleb Skandinaaviast.\n\nTamme sõnul otsib ettevõte uusi töötajaid juba talvel. „Eelistame kohalikke inimesi,“ lisas ta.', 'Eelistame kohalikke inimesi,', 'Marko Tamm', 'Ettevõtte juhatuse esimees'],
  ['counter-case: a longer word that only begins with the family name is no mention of it', 'Ettevõtte juhatuse esimees Marko Tamm ütles, et kasv tuleb Skandinaaviast.\n\nNaabruses elav Tiit Kask kardab müra.\n\nTammepuu all ootasid elanikud. „Me ei lahku siit,“ lisas ta.', 'Me ei lahku siit,', 'Tiit Kask', null],
];

attributionTable('Batch 7, further languages', CASES);

// Batch 8 (q-other2): the first run's failures that will recur, each with a counter-case (my own sentences).
const BATCH_8: AttributionCase[] = [
  ['Turkish: `baş` (chief) glued to an office is a role, not a given name', 'Başantrenör Kemal Tunç maçtan sonra konuştu. Tunç, “Savunmamız çok iyiydi” dedi.', 'Savunmamız çok iyiydi', 'Kemal Tunç', 'Başantrenör'],
  ['counter-case: a Turkish given name opening with Baş- stays a name', 'Başak Tunç maçtan sonra konuştu. Tunç, “Savunmamız çok iyiydi” dedi.', 'Savunmamız çok iyiydi', 'Başak Tunç', null],
  ['Flemish: an office glued to its field (`Havenschepen`) opening the sentence is the role', 'Cultuurschepen Jan Maes (Groen) reageerde kort. ‘We zoeken een oplossing,’ zei hij.', 'We zoeken een oplossing,', 'Jan Maes', 'Cultuurschepen'],
  ['Dutch: a union secretary (`-secretaris`) before the name is the role, the union in capitals after `van de` no family name', 'Volgens bondssecretaris Marijke Wouters van de ACV is de maat vol. ‘Niemand luistert nog’, aldus Wouters.', 'Niemand luistert nog', 'Marijke Wouters', 'bondssecretaris'],
  ['counter-case: `van` and a family name after the given name stays the name', 'Volgens wethouder Pieter van Dam is de maat vol. ‘Niemand luistert nog’, aldus Van Dam.', 'Niemand luistert nog', 'Pieter van Dam', 'wethouder'],
  ['Polish: `wice-` before an office after the name is the role', '„Nie poprzemy tego projektu” – mówił Adam Nowak, wiceprzewodniczący komisji finansów.', 'Nie poprzemy tego projektu', 'Adam Nowak', 'wiceprzewodniczący komisji finansów'],
  ['Turkish: the subject after a possessive and the role (`Takımın kaptanı X ise … paylaştı:`)', 'Takımın kaptanı Ali Er ise kısa bir mesaj paylaştı: “Hepinize teşekkürler.”', 'Hepinize teşekkürler.', 'Ali Er', 'kaptanı'],
  ['counter-case: a Polish role glued to no office prefix is no role', '„Nie poprzemy tego projektu” – mówił Adam Wicek.', 'Nie poprzemy tego projektu', 'Adam Wicek', null],
  ['Vietnamese: the verb after the short name is no role', 'Ông Phạm Văn Tài, Chủ tịch xã, cho biết xã sẽ hỗ trợ. “Chúng tôi sẽ làm ngay,” ông Tài khẳng định.', 'Chúng tôi sẽ làm ngay,', 'Phạm Văn Tài', 'Chủ tịch xã'],
  // todo: Indonesian `pengamat pendidikan dari Universitas X, Nama,` loses its role when the institution is capitalised and no title (Dr.) stands before the name.
  ['Flemish: a capitalised particle after the given name opens the family name, after a role and `Volgens`', 'Volgens vakbondssecretaris Griet De Coninck gaat het om meer. ‘Het gaat om respect’, aldus De Coninck.', 'Het gaat om respect', 'Griet De Coninck', 'vakbondssecretaris'],
  ['counter-case: a Polish club in the genitive before the name still goes', '„Graliśmy słabo” – mówi trener Warty Robert Kamiński.', 'Graliśmy słabo', 'Robert Kamiński', 'trener Warty'],
  ['Polish: dash speech after a colon inside the paragraph, its speaker the sentence before', 'Rzeczniczka Anna Nowak odpowiadała na pytania. Pytana o termin, dodała: – Jeśli Senat nie zgłosi poprawek, nowe przepisy wejdą w życie w marcu.', 'Jeśli Senat nie zgłosi poprawek, nowe przepisy wejdą w życie w marcu.', 'Anna Nowak', 'Rzeczniczka'],
  ['Swedish: the speech reopened by a dash after its comma tag, in the same paragraph', '– Vi stänger inte, säger rektorn Eva Lind. – Eleverna får stanna här i minst ett år till.', 'Eleverna får stanna här i minst ett år till.', 'Eva Lind', 'rektorn'],
];

attributionTable('Batch 8, further languages', BATCH_8);

describe('Batch 8, dashes inside a paragraph that open no speech', () => {
  it.each([
    ['a list after a colon (no whole sentence)', 'Skład drużyny: – Kowalski, Nowak, Wiśniewski i Lis.'],
    ['a dash after prose with no speech before it and no tag', 'Kommunen stängde skolan i maj. – Beslutet kom utan samråd med föräldrarna i byn.'],
  ])('%s', (_name, text) => {
    expect(findQuotes(text)).toEqual([]);
  });
});
