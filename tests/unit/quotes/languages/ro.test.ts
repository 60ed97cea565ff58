import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['„…”, a declarat X', '„Nu putem deschide clădirea”, a declarat Ion Popescu.', 'Nu putem deschide clădirea', 'Ion Popescu', null],
  ['primarul municipiului, X,: the role before the name', '„Nu putem deschide clădirea”, a declarat primarul municipiului, Ion Popescu, într-o conferință de presă.', 'Nu putem deschide clădirea', 'Ion Popescu', 'primarul municipiului'],
  ['spune X resolves to the full name', 'Directoarea teatrului, Ana Ionescu, e optimistă.\n\n„Avem sala plină”, spune Ionescu.', 'Avem sala plină', 'Ana Ionescu', 'Directoarea teatrului'],
  ['Actorul X: the role comes off the name', 'Actorul Mihai Dumitrescu joacă de 25 de ani. „Eu nu mai cred nimic”, mărturisește el.', 'Eu nu mai cred nimic', 'Mihai Dumitrescu', 'Actorul'],
  ['a precizat X', '„Este inacceptabil”, a precizat Radu Gheorghe.', 'Este inacceptabil', 'Radu Gheorghe', null],
  ['a declarat pentru <ziar>: the paper spoken to is no speaker', 'Radu Gheorghe cere un audit.\n\n„Este inacceptabil”, a declarat pentru Gazeta de Sud.', 'Este inacceptabil', 'Radu Gheorghe', null],
];

attributionTable('Romanian', CASES);
