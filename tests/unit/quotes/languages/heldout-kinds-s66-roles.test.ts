// Role kinds the sixty-sixth held-out set showed (the speaker right, the role missing or wrong), each in fresh sentences
// of my own, with counter-cases.
import { kindTable } from './kind-table';

const OFFICE_OF_FOR_PORTFOLIO =
  'The hearing ran late.\n\n' +
  'Director of Planning for Transport Aoife Kerrigan told the committee that the survey had arrived only that morning.\n\n' +
  '“We cannot rush a design that will stand for fifty years,” she said.';
const OFFICE_FOR_PORTFOLIO =
  'The hearing ran late.\n\n' +
  'Minister for Health Aoife Kerrigan told the committee that the survey had arrived only that morning.\n\n' +
  '“We cannot rush a design that will stand for fifty years,” she said.';

/** `Director of Services for Housing X`: an "of" inside the capitalised office before "for" (roles.ts OFFICE_FOR). */
kindTable('A capitalised office with "of" and a portfolio after "for" before the name', [
  ['en: `Director of Planning for Transport X` is the whole office', OFFICE_OF_FOR_PORTFOLIO, 'We cannot rush', 'Aoife Kerrigan', '=Director of Planning for Transport'],
  ['counter-case en: `Minister for Health X` stays as it was', OFFICE_FOR_PORTFOLIO, 'We cannot rush', 'Aoife Kerrigan', '=Minister for Health'],
]);

const CONTRACTED_TITLE_SPELLED =
  'The vote was close.\n\n' +
  'Cllr Peadar Rooney (SF) said he backed the scheme.\n\n' +
  '“This town needs a pool, and it needs it now,” the Sinn Féin councillor said.';
const CONTRACTED_TITLE_ONLY_SPELLED =
  'The vote was close.\n\n' +
  'Cllr Peadar Rooney (SF) said he backed the scheme.\n\n' +
  '“This town needs a pool, and it needs it now,” the councillor said.';
const CONTRACTED_TITLE_BY_NAME =
  'The vote was close.\n\n' +
  'Cllr Peadar Rooney (SF) said he backed the scheme.\n\n' +
  '“This town needs a pool, and it needs it now,” Rooney said.';

/** `Cllr X (FG)` … `“…,” the Fine Gael councillor said`: the description spells the contracted title out (spelled-title.ts). */
kindTable('A contracted title the quote’s description spells out', [
  ['en: `Cllr X` … `the Sinn Féin councillor said` reads councillor', CONTRACTED_TITLE_SPELLED, 'This town needs', 'Peadar Rooney', '=Sinn Féin councillor'],
  ['counter-case en: `Cllr X` … `Rooney said` keeps the title as written', CONTRACTED_TITLE_BY_NAME, 'This town needs', 'Peadar Rooney', '=Cllr'],
  ['counter-case en: `Cllr X` … `the councillor said` says nothing more than the title: it stays', CONTRACTED_TITLE_ONLY_SPELLED, 'This town needs', 'Peadar Rooney', '=Cllr'],
]);

const RELATION_WITH_JOB =
  'Buses were full all week.\n\n' +
  '“The queue was two hours long this morning and nobody told us why,” said Lerato Dube, a father of two who works as a security guard in Umhlanga.';
const RELATION_WITHOUT_JOB =
  'Buses were full all week.\n\n' +
  '“The queue was two hours long this morning and nobody told us why,” said Lerato Dube, a father of two who lives in Umhlanga.';

/** `X, a mother of three who works as a domestic worker,`: the job, not the relation, is the role (relation-job.ts). */
kindTable('A relation with the job a relative clause gives', [
  ['en: `a father of two who works as a security guard` is a security guard', RELATION_WITH_JOB, 'The queue was', 'Lerato Dube', '=security guard in Umhlanga'],
  ['counter-case en: `a father of two who lives in …` keeps the relation', RELATION_WITHOUT_JOB, 'The queue was', 'Lerato Dube', '=father of two'],
]);

const HUNGARIAN_OFFICE_IN_OWN_TAG =
  'A városban vita volt a könyvtárról.\n\n' +
  '„A könyvtárat nem zárjuk be, legfeljebb rövidebb lesz a nyitvatartás” – mondta a Délvidék Rádiónak Kovács Ildikó, a Szegfűi Arany János Gimnázium igazgatója.';
const HUNGARIAN_NO_OFFICE_IN_OWN_TAG =
  'A városban vita volt a könyvtárról.\n\n' +
  '„A könyvtárat nem zárjuk be, legfeljebb rövidebb lesz a nyitvatartás” – mondta Kovács Ildikó, a tegnapi ülés után.';

/** `– mondta X, a Y Iskola igazgatója.`: the Hungarian office after the name in the quote's own tag (lang/clause-role.ts). */
kindTable('A Hungarian possessed office after the name in the quote’s own tag', [
  ['hu: `– mondta X, a … Gimnázium igazgatója` is the headmistress', HUNGARIAN_OFFICE_IN_OWN_TAG, 'A könyvtárat', 'Kovács Ildikó', 'igazgatója'],
  ['counter-case hu: `– mondta X, a tegnapi ülés után` is no office', HUNGARIAN_NO_OFFICE_IN_OWN_TAG, 'A könyvtárat', 'Kovács Ildikó', null],
]);

const RUSSIAN_COORDINATOR =
  'В городе спорят о парке.\n\n' +
  'Ольга Морозова, координатор общественного движения «Парк — наш», собрала две тысячи подписей. «Парк нельзя застраивать: это последняя зелень района», — говорит она.';
const RUSSIAN_AGE_ONLY =
  'В городе спорят о парке.\n\n' +
  'Ольга Морозова, 45 лет, собрала две тысячи подписей. «Парк нельзя застраивать: это последняя зелень района», — говорит она.';

/** `X, координатор инициативной группы …,`: a campaign's coordinator is an office (lang/role-nouns.ts). */
kindTable('A Russian coordinator of a group in apposition', [
  ['ru: `X, координатор общественного движения …,` is its coordinator', RUSSIAN_COORDINATOR, 'Парк нельзя', 'Ольга Морозова', 'координатор общественного движения'],
  ['counter-case ru: `X, 45 лет,` gives no role', RUSSIAN_AGE_ONLY, 'Парк нельзя', 'Ольга Морозова', null],
]);

const CATALAN_ELIDED_ARTICLE_ROLE =
  'Al poble hi havia festa.\n\n' +
  "Pere Soler, l'arquitecte que va dirigir les obres, explica que els murs de pedra van sortir per sorpresa.\n\n" +
  '«Quan vam obrir la primera paret, vam veure una finestra gòtica», recorda.';
const CATALAN_ELIDED_ARTICLE_NO_ROLE =
  'Al poble hi havia festa.\n\n' +
  "Pere Soler, l'home que va trobar els murs, explica que tot va ser per sorpresa.\n\n" +
  '«Quan vam obrir la primera paret, vam veure una finestra gòtica», recorda.';

/** `X, l'arquitecte que …,`: an office with its article elided onto it, for a later quote (lang/introduced-role.ts). */
kindTable('A Catalan office with an elided article in apposition', [
  ["ca: `X, l'arquitecte que va dirigir les obres,` is the architect", CATALAN_ELIDED_ARTICLE_ROLE, 'Quan vam obrir', 'Pere Soler', "=l'arquitecte"],
  ["counter-case ca: `X, l'home que va trobar els murs,` is no office", CATALAN_ELIDED_ARTICLE_NO_ROLE, 'Quan vam obrir', 'Pere Soler', null],
]);

const SWAHILI_QUALIFIED_OFFICE =
  'Timu ilishinda.\n\n' +
  'Bao pekee lilifungwa dakika ya 70 na mshambuliaji kinda Rashidi Mfaume, mwenye umri wa miaka 20.\n\n' +
  '“Nilijua nitafunga leo,” Mfaume alisema.';
const SWAHILI_OWNED_OFFICE =
  'Timu ilishinda.\n\n' +
  'Bao pekee lilifungwa dakika ya 70 na mshambuliaji wao Rashidi Mfaume, mwenye umri wa miaka 20.\n\n' +
  '“Nilijua nitafunga leo,” Mfaume alisema.';
const SWAHILI_BARE_OFFICE =
  'Timu ilishinda.\n\n' +
  'Bao pekee lilifungwa dakika ya 70 na mshambuliaji Rashidi Mfaume, mwenye umri wa miaka 20.\n\n' +
  '“Nilijua nitafunga leo,” Mfaume alisema.';

/** `na mshambuliaji kinda X`: a Swahili office and the qualifier set after it (lang/sw-role-qualifier.ts). */
kindTable('A Swahili office with its qualifier after it before the name', [
  ['sw: `mshambuliaji kinda X` is the young striker', SWAHILI_QUALIFIED_OFFICE, 'Nilijua', 'Rashidi Mfaume', '=mshambuliaji kinda'],
  ['counter-case sw: `mshambuliaji wao X`: a possessive is no qualifier', SWAHILI_OWNED_OFFICE, 'Nilijua', 'Rashidi Mfaume', null],
  ['counter-case sw: `mshambuliaji X` stays the bare noun', SWAHILI_BARE_OFFICE, 'Nilijua', 'Rashidi Mfaume', '=mshambuliaji'],
]);
