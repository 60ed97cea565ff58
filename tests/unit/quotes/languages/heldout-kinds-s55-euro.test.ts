// Kinds the fifty-fifth held-out set showed in European copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const ROMANIAN_NOUN_TOLD_OUTLET =
  'Consiliul raional a decis comasarea a trei grădinițe din raion. Primarul orașului, Tudor Rusu, se opune deciziei. „Ne-au anunțat printr-o scrisoare și atât. Nimeni nu a venit să vadă clădirea”, a declarat primarul pentru Radio Sud.';
const ROMANIAN_NAME_TOLD_OUTLET =
  'Consiliul raional a decis comasarea a trei grădinițe din raion. Primarul orașului, Tudor Rusu, se opune deciziei. „Vom merge în instanță dacă este nevoie”, a spus Ion Lupu pentru Radio Sud.';

/** `„…”, a declarat primarul pentru <Outlet>.`: the outlet after `pentru` is the listener; the noun is the person introduced (lang/ro.ts). */
kindTable('Romanian: a person noun told an outlet, not the outlet', [
  ['ro: `a declarat primarul pentru Radio Sud` is the mayor introduced', ROMANIAN_NOUN_TOLD_OUTLET, 'Ne-au anunțat', 'Tudor Rusu', ANY],
  ['counter-case ro: `a spus Ion Lupu pentru Radio Sud` is the name given', ROMANIAN_NAME_TOLD_OUTLET, 'Vom merge', 'Ion Lupu', ANY],
]);

const INTRO = 'Gradska toplana u Zenici najavila je nova poskupljenja od marta. „Cijene energenata su porasle za trećinu“, izjavio je direktor toplane Edin Mujić na konferenciji.\n\n';
const BOSNIAN_TOLD_OUTLET_ROLE = `${INTRO}„Građani plaćaju previše za grijanje koje ne stiže“, izjavila je za Radio Zenica profesorica Mašinskog fakulteta Amra Softić.`;
const BOSNIAN_ROLE_BODY_WITH_ZA = `${INTRO}„Građani plaćaju previše za grijanje koje ne stiže“, rekao je ravnatelj Zavoda za ceste Ivo Perić.`;

/** `„…“, izjavila je za <Outlet> profesorica X`: the outlet spoken to between the verb and the role (lang/outlet-listener.ts). */
kindTable('South Slavic: `za <Outlet>` between the tag verb and the role is no part of the speaker', [
  ['bs: `izjavila je za Radio Zenica profesorica … X` is X', BOSNIAN_TOLD_OUTLET_ROLE, 'Građani plaćaju', 'Amra Softić', ANY],
  ['counter-case hr: `ravnatelj Zavoda za ceste X` keeps its role, X speaks', BOSNIAN_ROLE_BODY_WITH_ZA, 'Građani plaćaju', 'Ivo Perić', ANY],
]);
