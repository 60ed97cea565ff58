import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['„…”, a declarat X', '„Nu putem deschide clădirea”, a declarat Ion Popescu.', 'Nu putem deschide clădirea', 'Ion Popescu', null],
  ['primarul municipiului, X,: the role before the name', '„Nu putem deschide clădirea”, a declarat primarul municipiului, Ion Popescu, într-o conferință de presă.', 'Nu putem deschide clădirea', 'Ion Popescu', 'primarul municipiului'],
  ['spune X resolves to the full name', 'Directoarea teatrului, Ana Ionescu, e optimistă.\n\n„Avem sala plină”, spune Ionescu.', 'Avem sala plină', 'Ana Ionescu', 'Directoarea teatrului'],
  ['Actorul X: the role comes off the name', 'Actorul Mihai Dumitrescu joacă de 25 de ani. „Eu nu mai cred nimic”, mărturisește el.', 'Eu nu mai cred nimic', 'Mihai Dumitrescu', 'Actorul'],
  ['a precizat X', '„Este inacceptabil”, a precizat Radu Gheorghe.', 'Este inacceptabil', 'Radu Gheorghe', null],
  ['a declarat pentru <ziar>: the paper spoken to is no speaker', 'Radu Gheorghe cere un audit.\n\n„Este inacceptabil”, a declarat pentru Gazeta de Sud.', 'Este inacceptabil', 'Radu Gheorghe', null],
  // q-other batch 1: a role with its article glued on, then the name between commas, opening the sentence.
  ['Avocatul familiei, X, a anunțat: the name between commas, the role before it', 'Avocatul familiei, Cristian Popa, a anunțat că va face apel: „Cerem despăgubiri de 1,2 milioane de lei”.', 'Cerem despăgubiri de 1,2 milioane de lei', 'Cristian Popa', 'Avocatul familiei'],
  ['Fiica pacientei, X, a spus: a relation before the name', 'Fiica pacientei, Andreea Munteanu, a spus la ieșirea din sală: „Mama a intrat pe picioarele ei la o operație banală”.', 'Mama a intrat pe picioarele ei la o operație banală', 'Andreea Munteanu', null],
  ['Conducerea Spitalului …: a run holding a genitive in -ului is a body, no person', 'Conducerea Spitalului Județean Bacău a transmis, printr-un comunicat: „Respectăm decizia instanței și vom analiza motivarea cu atenție”.', 'Respectăm decizia instanței și vom analiza motivarea cu atenție', null, null],
  ['Medicul X a transmis: a role noun with its article before a person stays a role', 'Medicul Radu Ionescu a transmis, printr-un comunicat: „Respectăm decizia instanței și vom analiza motivarea cu atenție”.', 'Respectăm decizia instanței și vom analiza motivarea cu atenție', 'Radu Ionescu', 'Medicul'],
  ['avocata X at her first mention: the role carried to a adăugat X', 'Apărătoarea medicului, avocata Simona Dragomir, a vorbit despre sistem. „În noaptea aceea, doctorul avea 38 de pacienți”, a adăugat Dragomir.', 'În noaptea aceea, doctorul avea 38 de pacienți', 'Simona Dragomir', 'avocata'],
  ['X, consilier din Cluj, a declarat: the place after din is no speaker', 'Ion Popescu, consilier din Cluj, a declarat: „Nu sunt de acord cu acest buget”.', 'Nu sunt de acord cu acest buget', 'Ion Popescu', 'consilier din Cluj'],
  ['a declarat consilierul din Cluj with no name before: no one named', 'La ședință, a vorbit apoi consilierul din Cluj Nord: „Nu sunt de acord cu acest buget”.', 'Nu sunt de acord cu acest buget', null, null],
  // Session 46: a person noun with its article opening the sentence (Femeia) is no name; after a fronted clause, the office
  // noun before a listed verb (…, primarul a răspuns:) stands for its holder.
  ['Femeia spune că …, then „…”, a adăugat ea: the woman introduced before, not a name Femeia', 'Ana Mureșan, o croitoreasă de 64 de ani, și-a pierdut atelierul. Femeia spune că nu a primit niciun ajutor. „Am luat-o de la zero de trei ori”, a adăugat ea.', 'Am luat-o de la zero de trei ori', 'Ana Mureșan', null],
  ['counter-case: a given name opening the sentence (Maria) stays a name', 'Maria Pop a venit la ședință. Maria spune că a așteptat două ore. „Nimeni nu ne-a ascultat”, a adăugat ea.', 'Nimeni nu ne-a ascultat', 'Maria Pop', null],
  ['Întrebat de ce …, primarul a răspuns: the office noun after the fronted clause is its holder', 'Primarul orașului, Dorin Vlase, a vizitat cartierul. Întrebat de ce lucrările au întârziat, primarul a răspuns: „Am așteptat avizele de la minister.”', 'Am așteptat avizele de la minister.', 'Dorin Vlase', 'Primarul orașului'],
  ['counter-case: a body after the fronted clause (ministerul) is no person', 'Consilierul Dorin Vlase a vizitat cartierul. Întrebat de ce lucrările au întârziat, ministerul a răspuns: „Am așteptat avizele.”', 'Am așteptat avizele.', null, null],
  // Batch s49: a known role noun with its definite ending opening the sentence is the person named with that role.
  ['Consilierul a adăugat: the councillor named before', '„Vom cere o anchetă”, a declarat consilierul local Radu Ionescu. Primarul Vasile Pop a tăcut. Consilierul a adăugat: „Vrem doar adevărul din acte”.', 'Vrem doar adevărul din acte', 'Radu Ionescu', 'consilierul local'],
  ['counter: a capitalised surname before the verb stays the name', '„Vom cere o anchetă”, a declarat consilierul local Radu Ionescu. Primarul Vasile Pop a tăcut. Pop a adăugat: „Nu am nimic de ascuns”.', 'Nu am nimic de ascuns', 'Vasile Pop', 'Primarul'],
  // Batch s49: after a fronted clause, a person noun, a listed verb and one adverb before the colon.
  ['Întrebat …, primarul a răspuns scurt: the mayor named before', 'Primarul Vasile Pop și-a dat demisia.\n\nÎntrebat dacă pleacă din partid, primarul a răspuns scurt: „Nici gând. Rămân aici”.', 'Nici gând. Rămân aici', 'Vasile Pop', 'Primarul'],
  ['counter: a body after the fronted clause, with an adverb, is still no person', 'Consilierul Dorin Vlase a vizitat cartierul. Întrebat de ce lucrările au întârziat, ministerul a răspuns scurt: „Am așteptat avizele.”', 'Am așteptat avizele.', null, null],
];

attributionTable('Romanian', CASES);
