// Kinds the fifty-fourth held-out set showed in English copy from the US and the Commonwealth, each in fresh sentences
// of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const CHIEFLY_TITLE_BEFORE_FULL_NAME =
  'Nana Ama Boatemaa, the Queenmother of Kwaso, who also toured the site, urged the lenders to be patient.\n\n' +
  'She told the Morning Post: "These women carry this town. Give them time before you ask for the money."';
const CHIEFLY_TITLE_WITH_FAMILY_NAME_ONLY = 'Nana Asante told the crowd at the durbar: "We will rebuild this market before the rains come."';

/** `Nana Ama Boatemaa`: a chiefly title that is also a given name, before a given and a family name (names.ts cleanName). */
kindTable('A chiefly title before a given and a family name is no part of the name', [
  ['en: `Nana Ama Boatemaa, the Queenmother of …` is Ama Boatemaa', CHIEFLY_TITLE_BEFORE_FULL_NAME, 'These women carry', 'Ama Boatemaa', ANY],
  ['counter-case en: `Nana Asante` alone keeps the title, the only given part', CHIEFLY_TITLE_WITH_FAMILY_NAME_ONLY, 'We will rebuild', 'Nana Asante', ANY],
]);

const MALTESE_ARCHITECT_TITLE =
  'The firm’s engineer, Perit Joseph Vella, said the retaining wall would hold.\n\n' +
  '"The slope is stable and we have tested it twice since the storm," Perit Vella told the Gazette.';
const PLAIN_FULL_NAME =
  'The firm’s engineer, Joseph Vella, said the retaining wall would hold.\n\n' +
  '"The slope is stable and we have tested it twice since the storm," Vella told the Gazette.';

/** `Perit X`: the Maltese press writes an architect's professional title before the name (names.ts TITLES). */
kindTable('A professional title of Commonwealth papers before the name is no part of it', [
  ['en: `Perit Joseph Vella` is Joseph Vella', MALTESE_ARCHITECT_TITLE, 'The slope is stable', 'Joseph Vella', ANY],
  ['counter-case en: the same name without the title stays whole', PLAIN_FULL_NAME, 'The slope is stable', 'Joseph Vella', ANY],
]);

const COORDINATED_DESCRIPTOR_BEFORE_NAME =
  'Heavy rain closed the valley road for a second day.\n\n' +
  '"We lost the whole barn. The water came up in an hour and there was nothing to do," said sheep and beef farmer Tama Whitfield, whose barn was carried off.';
const COORDINATED_PLURAL_NO_NAME =
  'Heavy rain closed the valley road for a second day.\n\n' +
  '"We lost the whole barn. The water came up in an hour and there was nothing to do," said sheep and beef farmers on the flats.';

/** `said sheep and beef farmer X`: lower-case role words coordinated by `and` before the name after the verb (cues.ts VERB_FIRST). */
kindTable('A coordinated descriptor between the verb and the name', [
  ['en: `said sheep and beef farmer X` is X', COORDINATED_DESCRIPTOR_BEFORE_NAME, 'We lost the whole barn', 'Tama Whitfield', ANY],
  ['counter-case en: `said sheep and beef farmers on the flats` names nobody', COORDINATED_PLURAL_NO_NAME, 'We lost the whole barn', UNNAMED, ANY],
]);

const SWORN_IN_AFTER_FORMER_POSTS =
  'HARTLEY - Simone Achebe keeps a jar of pennies on her desk at the town hall.\n\n' +
  'Achebe, 52, a former nurse and three-term school board member, was sworn in as Hartley’s first woman mayor in January after beating Councilman Rod Fenn.\n\n' +
  'Achebe inherited a deficit. Asked about taxes, the first-term mayor was blunt: "Not this year, and maybe not next year either."';
const SWORN_IN_TO_ANOTHER_POST =
  'HARTLEY - Simone Achebe keeps a jar of pennies on her desk at the county jail.\n\n' +
  'Achebe, 52, a former nurse and three-term school board member, was sworn in as Hartley County’s first woman sheriff in January.\n\n' +
  'Asked about the town’s taxes, the first-term mayor was blunt: "Not this year, and maybe not next year either."';

/** `X, 52, a former nurse and …, was sworn in as …'s first mayor`: the post taken is the person's role now (copular-role.ts). */
kindTable('The office a person was sworn in as, after an appositive of former posts', [
  ['en: `the first-term mayor` is the one `sworn in as … mayor`', SWORN_IN_AFTER_FORMER_POSTS, 'Not this year', 'Simone Achebe', 'mayor'],
  ['counter-case en: sworn in as sheriff, `the first-term mayor` is someone else', SWORN_IN_TO_ANOTHER_POST, 'Not this year', UNNAMED, ANY],
]);

const CLAUSE_VERB_AS_ROLE =
  'Palisade Labs is cutting about 600 jobs, the Denver-based payments company said Monday.\n\n' +
  'In a memo sent before dawn, CEO Laura Fenwick wrote: “I want to be plain with you about why this is happening.”\n\n' +
  'Fenwick, 51, who co-founded Palisade in 2009, called the cuts “the worst day I have had here” and said staff would get severance.\n\n' +
  '“I made this call, and I made the call to hire too quickly in 2021,” the co-founder wrote.';
const CLAUSE_VERB_OF_ANOTHER_NOUN =
  'Palisade Labs is cutting about 600 jobs, the Denver-based payments company said Monday.\n\n' +
  'In a memo sent before dawn, CEO Laura Fenwick wrote: “I want to be plain with you about why this is happening.”\n\n' +
  'Fenwick, 51, who funded Palisade’s first office out of her savings, called the cuts “the worst day I have had here” and said staff would get severance.\n\n' +
  '“I made this call, and I made the call to hire too quickly in 2021,” the founder wrote.';

/** `X, who co-founded Y,` … `the co-founder wrote`: the doer of the clause's verb is that person (clause-doer.ts). */
kindTable('A description naming the doer of what a relative clause said the person did', [
  ['en: `the co-founder` after `X, who co-founded Y,` is X', CLAUSE_VERB_AS_ROLE, 'I made this call', 'Laura Fenwick', ANY],
  ['counter-case en: `who funded …` is not `the founder`', CLAUSE_VERB_OF_ANOTHER_NOUN, 'I made this call', UNNAMED, ANY],
]);

const SAINT_ABBREVIATION_IN_PLACE =
  '“We have no house left,” said Rosa Dimaculangan, 61, a rice farmer from Barangay Sta. Cruz who used to sell at the town market every day. “Now I walk two hours to the road and I still miss the jeep.”';
const SENTENCE_AFTER_SAINT_PLACE =
  'The raft crossing links the villages to Sto. Tomas. Mayor Ana Lucero said the bridge would be rebuilt by June: “We start pouring the piers in May.”';

/** `Barangay Sta. Cruz`, `Sto. Tomas`: a saint's abbreviation in a place name ends no sentence (sentences.ts). */
kindTable('A Philippine place abbreviation does not cut the speaker’s sentence', [
  ['en: the second quote after `said X, … from Barangay Sta. Cruz who …` is still X', SAINT_ABBREVIATION_IN_PLACE, 'Now I walk two hours', 'Rosa Dimaculangan', ANY],
  ['counter-case en: the full stop after `Sto. Tomas` still ends its sentence', SENTENCE_AFTER_SAINT_PLACE, 'We start pouring', 'Ana Lucero', ANY],
]);

const AMONG_WAS_PERSON =
  'Among the 40 people who signed up to speak was Marcus Ilunga, a junior at Eastfield High School and the captain of its debate team, who read from a prepared statement.\n\n' +
  '“When I was twelve, I found a book in our library about a boy whose mother left. I read it five times.”';
const AMONG_WAS_BUILDING =
  'Among the damaged buildings was Ridley Hall, the oldest dormitory on campus, which lost its roof.\n\n' +
  '“When I was twelve, I found a book in our library about a boy whose mother left. I read it five times.”';

/** `Among the speakers was X, …, who read a statement.` then an untagged quote: the inverted subject speaks (sentence-subject.ts). */
kindTable('The person after `Among … was` introduces the untagged quote that follows', [
  ['en: `Among the 40 people who signed up to speak was X, …, who read …` is X', AMONG_WAS_PERSON, 'When I was twelve', 'Marcus Ilunga', ANY],
  ['counter-case en: `Among the damaged buildings was Ridley Hall, …, which …` is no speaker', AMONG_WAS_BUILDING, 'When I was twelve', UNNAMED, ANY],
]);
