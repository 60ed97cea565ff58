// Kinds the sixty-second held-out set showed in Swedish and other dash-dialogue copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY } from './kind-table';

const SV_AND_GOES_ON =
  'Ekbackens tränare Oskar Berglund hade tagit ut en ny startelva inför bortamatchen.\n\n' +
  '– Vi hade studerat deras försvar noga och visste var luckorna fanns, säger Berglund och fortsätter:\n\n' +
  '– Men ingen trodde att vi skulle göra fyra mål. Det är helt otroligt.\n\n' +
  'Matchen spelades i hällande regn.';
const SV_GOES_ON_THEN_OWN_TAG =
  'Ekbackens tränare Oskar Berglund hade tagit ut en ny startelva inför bortamatchen.\n\n' +
  '– Vi hade studerat deras försvar noga och visste var luckorna fanns, säger Berglund och fortsätter:\n\n' +
  '– Domaren missade en klar straff i andra halvlek, säger lagkaptenen Hanna Sundin.\n\n' +
  'Matchen spelades i hällande regn.';
const CS_AND_GOES_ON =
  'Trenér Pavel Kubíček po zápase chválil obranu svého týmu.\n\n' +
  '– Kluci hráli celý zápas velmi disciplinovaně a soupeři nic nedovolili, říká Kubíček a pokračuje:\n\n' +
  '– Teď si dáme dva dny volna a pak se začneme chystat na pohár.\n\n' +
  'Utkání sledovalo přes tisíc diváků.';

/** `– …, säger X och fortsätter:` / `– …`: a tag handing on with "and goes on" and a colon (lang/dialogue.ts, commaTag). */
kindTable('A dash tag that hands on with "and goes on:" to the next dash paragraph', [
  ['sv: the words before `, säger X och fortsätter:` are X’s', SV_AND_GOES_ON, 'Vi hade studerat', 'Oskar Berglund', 'tränare'],
  ['sv: the dash paragraph after `och fortsätter:` goes on as X’s', SV_AND_GOES_ON, 'Men ingen trodde', 'Oskar Berglund', 'tränare'],
  ['cs: `, říká X a pokračuje:` is a tag too', CS_AND_GOES_ON, 'Kluci hráli', 'Pavel Kubíček', 'trenér'],
  ['cs: the dash paragraph after `a pokračuje:` goes on as X’s', CS_AND_GOES_ON, 'Teď si dáme', 'Pavel Kubíček', 'trenér'],
  ['counter-case sv: the next dash paragraph with its own tag is that speaker’s', SV_GOES_ON_THEN_OWN_TAG, 'Domaren missade', 'Hanna Sundin', ANY],
]);

const SV_CLUB_COACH =
  'Ekbackens tränare Oskar Berglund hade tagit ut en ny startelva inför matchen mot Västerby.\n\n' +
  'Västerbys ordförande Lars Ek var nöjd med kvällen. ”Vi har aldrig haft så mycket publik”, säger han.\n\n' +
  '– Nu vilar vi två dagar. Sedan börjar vi förbereda oss för semifinalen, säger Ekbackentränaren.';
const SV_BARE_COACH = SV_CLUB_COACH.replace('Ekbackentränaren', 'tränaren');
const SV_SURNAME_NO_ROLE = SV_CLUB_COACH.replace('säger Ekbackentränaren', 'säger Ida Martinsson');

/** `– …, säger Norrbytränaren.`: a club's name and a definite role noun in one word is that role's holder (lang/compound-role.ts, introduced-noun.ts). */
kindTable('A club-and-role compound (`Ekbackentränaren`) is the role, its holder the speaker', [
  ['sv: `säger Ekbackentränaren` is the coach introduced as `tränare X`', SV_CLUB_COACH, 'Nu vilar vi', 'Oskar Berglund', 'tränare'],
  ['sv: the bare `säger tränaren` is the coach, not the last speaker', SV_BARE_COACH, 'Nu vilar vi', 'Oskar Berglund', 'tränare'],
  ['counter-case sv: a plain name in the tag stays that name', SV_SURNAME_NO_ROLE, 'Nu vilar vi', 'Ida Martinsson', ANY],
  ['counter-case sv: the chairman’s own quote stays his', SV_CLUB_COACH, 'Vi har aldrig', 'Lars Ek', 'ordförande'],
]);

const SV_COMPOUND_ROLE_BEFORE_NAME = 'Trafiken i centrum har ökat kraftigt sedan bron öppnade i våras.\n\nPolischefen Karin Dahl säger: ”Vi har stärkt bevakningen kring torget under helgerna.”';

/** A compound role a name follows is that name's role, read as it was before (lang/compound-role.ts leaves it). */
kindTable('A compound role before a name stays the name’s role', [
  ['counter-case sv: `Polischefen Karin Dahl säger:` is Karin Dahl', SV_COMPOUND_ROLE_BEFORE_NAME, 'Vi har stärkt', 'Karin Dahl', ANY],
]);

const NL_THAT_SAYS =
  'De bibliotheek in het dorp sluit volgend jaar de deuren.\n\n' +
  '„Ik kom hier al sinds mijn jeugd. Elke zaterdag haal ik vier boeken.”\n\n' +
  'Dat zegt Hendrik Mulder (77), die een petitie aanbood. „Voor veel mensen hier is dit de enige plek waar ze elkaar zien”, zegt de 77-jarige.';
const NL_THAT_SAYS_PRONOUN = NL_THAT_SAYS.replace('zegt de 77-jarige', 'zegt hij');
const NL_NAME_FIRST = 'De bibliotheek in het dorp sluit volgend jaar de deuren.\n\nDaan Visser zegt het al jaren: „Zonder bibliotheek verliest het dorp zijn hart.”';

/** `Dat zegt X, die …`: the demonstrative is the verb's object, never the speaker of the words after it (lang/nl.ts). */
kindTable('Dutch `Dat zegt X`: the demonstrative opening is no speaker', [
  ['nl: `…, zegt de 77-jarige` after `Dat zegt X (77)` is X', NL_THAT_SAYS, 'Voor veel mensen', 'Hendrik Mulder', null],
  ['nl: `…, zegt hij` after `Dat zegt X` is X', NL_THAT_SAYS_PRONOUN, 'Voor veel mensen', 'Hendrik Mulder', null],
  ['nl: the words before `Dat zegt X` stay X’s', NL_THAT_SAYS, 'Ik kom hier', 'Hendrik Mulder', null],
  ['counter-case nl: a name opening `X zegt het al jaren:` stays X', NL_NAME_FIRST, 'Zonder bibliotheek', 'Daan Visser', null],
]);
