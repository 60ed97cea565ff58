// Kinds the fifty-eighth held-out set showed in Slovak and Polish copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const CONJUNCTION_GLUED =
  'Obyvatelia mesta Horná Ves sa sťažujú na hluk z novej píly pri rieke.\n\n' +
  'Keď Marek Dobrovský minulý štvrtok ráno vyšiel na balkón, celá ulica bola v prachu. „Nedalo sa dýchať. Zavrel som okná a zavolal na úrad,“ hovorí 58-ročný murár.\n\n' +
  'Marek Dobrovský odvtedy okná neotvára. „V noci to nie je lepšie,“ hovorí.';
const DOUBLE_GIVEN_NAME =
  'Anna Mária Horváthová vedie knižnicu v obci už dvadsať rokov.\n\n' +
  '„Čitateľov pribúda, len peňazí nie,“ povedala Anna Mária Horváthová.';

/** `Keď X Y otvoril …` and later `X Y odvtedy …`: a conjunction opening the sentence is no part of the name (glued-opener.ts, roles.ts). */
kindTable('A sentence-opening conjunction glued to a two-word name', [
  ['sk: `Keď X Y vyšiel …` then `X Y odvtedy …` is X Y', CONJUNCTION_GLUED, 'Nedalo sa dýchať', 'Marek Dobrovský', ANY],
  ['sk: the later quote `hovorí` is X Y with no role `Keď`', CONJUNCTION_GLUED, 'V noci to nie je', 'Marek Dobrovský', null],
  ['counter-case sk: a double given name written whole twice stays whole', DOUBLE_GIVEN_NAME, 'Čitateľov pribúda', 'Anna Mária Horváthová', ANY],
]);

const SCIENTIST_GLUED =
  'Prach v meste Horná Ves pochádza z kameňolomu nad riekou.\n\n' +
  'Geologička Lucia Hanková z Prírodovedeckej fakulty upozorňuje, že ide o jemný kremeň. Vzorky odobrala minulý týždeň.\n\n' +
  '„Je to jemný kremeň a ten je pre pľúca škodlivý,“ vysvetlila vedkyňa, ktorá prach skúmala.\n\n' +
  '„Potrebujeme merania, nie sľuby,“ dodala.';
const INHABITANT_BEFORE_PLACE =
  'Obyvateľka Lipova Jana Kollárová (68) sa obáva zatvorenia pošty. „Na autobus už nemám silu,“ hovorí.';

/** `Geologička X Y upozorňuje` and `vysvetlila vedkyňa`: a scientist's field noun opening the run is her role, and the epithet in the tag is her (lang/role-nouns.ts, lang/newlang-roles.ts). */
kindTable('A Slovak scientist by her field, glued before her name and in the tag', [
  ['sk: `Geologička X Y` is X Y, her field the role', SCIENTIST_GLUED, 'Potrebujeme merania', 'Lucia Hanková', ANY],
  ['sk: `vysvetlila vedkyňa` is the scientist named before', SCIENTIST_GLUED, 'Je to jemný kremeň', 'Lucia Hanková', ANY],
  ['counter-case sk: `Obyvateľka <place> X Y` keeps the place out of the name', INHABITANT_BEFORE_PLACE, 'Na autobus', 'Jana Kollárová', ANY],
]);

const SURNAME_ONLY_IN_GENITIVE =
  'Rada gminy zbierze się w czwartek, by zdecydować o losie biblioteki w Lipowcu.\n\n' +
  'Sprawą zajmie się też opozycja. Marek Zawada z klubu Razem dla Gminy, jedyny radny z Lipowca, zapowiada sprzeciw. „Burmistrz mówi o kosztach, ale nikt nie widział rachunków. Pytałem o nie dwa razy” – powiedział radny w rozmowie z lokalnym portalem.\n\n' +
  'Według Zawady wystarczyłoby skrócić godziny otwarcia, by obniżyć koszty.';
const FULL_NAME_IN_GENITIVE =
  'Rada gminy zbierze się w czwartek. Zdaniem radnego Dawida Kubiaka biblioteka powinna zostać.\n\n' +
  '„Nie oddamy jej bez walki” – powiedział Kubiak.';

/** `X Y …` in the nominative, then `Według Y-genitive …`: a family name written alone only in the genitive is no nominative to give the full name (lang/nominative-name.ts). */
kindTable('A family name met alone only after "według" leaves the nominative full name as written', [
  ['pl: `Marek Zawada` then `Według Zawady` stays Marek Zawada', SURNAME_ONLY_IN_GENITIVE, 'Burmistrz mówi', 'Marek Zawada', ANY],
  ['counter-case pl: `Dawida Kubiaka` beside `Kubiak` alone is still Dawid Kubiak', FULL_NAME_IN_GENITIVE, 'Nie oddamy', 'Dawid Kubiak', ANY],
]);
