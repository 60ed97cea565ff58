import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['– …, säger X: a dialogue dash and its tag after the last comma', '– Stänger man skolan så stänger man byn, säger Johan Sandberg.', 'Stänger man skolan så stänger man byn', 'Johan Sandberg', null],
  ['säger rektorn X: the role with its definite ending comes off', '– Övergången ska bli bra, säger rektorn Karin Öberg.', 'Övergången ska bli bra', 'Karin Öberg', 'rektorn'],
  ['”…”, skriver hon: the woman just named', 'Amira Haddad röstade emot.\n\n”Majoriteten har inte utrett alternativen”, skriver hon.', 'Majoriteten har inte utrett alternativen', 'Amira Haddad', null],
  ['säger hon after the paragraph that introduces her', 'Lars Engström leder nämnden.\n\n– Det här är inget vi gör med lätt hjärta, säger Engström.\n\nPå skolgården stod Maria Nyström med sin son.\n\n– Ingen har frågat barnen, säger hon.', 'Ingen har frågat barnen', 'Maria Nyström', null],
  ['enligt X before the quote', 'Enligt Lars Engström är beslutet ”inget vi gör med lätt hjärta”.', 'inget vi gör med lätt hjärta', 'Lars Engström', null],
  ['a party in brackets after the name', '– Vi sparar pengar, säger kommunalrådet Lars Engström (M).', 'Vi sparar pengar', 'Lars Engström', 'kommunalrådet'],
  ['a dash paragraph with no tag and no speech before it is no quote', 'Beslutet togs på tisdagen.\n\n– Norrsjö skola, 38 elever\n\n– Vi sparar pengar, säger Lars Engström.', 'Vi sparar pengar', 'Lars Engström', null],
];

attributionTable('Swedish', CASES);
