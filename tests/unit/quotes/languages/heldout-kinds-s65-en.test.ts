// Kinds the sixty-fifth held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const DASHED_RELATION =
  '“The tank farm is secure,” said Laura Penhale, a spokesperson for the operator.\n\n' +
  'Martin Okafor was mowing when the alarm sounded. “I ran inside,” he said.\n\n' +
  'Okafor, 52, belongs to a tenants’ association. Its chair, retired nurse Gwen Okafor — his sister — said the council should act.\n\n' +
  '“They always say it is under control,” she said. “It is not.”';
const DASHED_ASIDE_NO_RELATION =
  '“The tank farm is secure,” said Laura Penhale, a spokesperson for the operator.\n\n' +
  'Martin Okafor was mowing when the alarm sounded. “I ran inside,” he said.\n\n' +
  'Its chair, Gwen Tallis — who lost her own flat to the 2019 fire — said the council should act.\n\n' +
  '“They always say it is under control,” he said.';

/** `X — his aunt — said …`: the "his" of a dashed appositive is the man named before; the relation noun gives her gender (coreference.ts). */
kindTable('A relation set off by dashes gives the gender of the name it follows', [
  ['en: `Gwen Okafor — his sister — said` … `she said` is Gwen Okafor', DASHED_RELATION, 'They always say', 'Gwen Okafor', ANY],
  ['en: the second sentence of the same turn too', DASHED_RELATION, 'It is not.', 'Gwen Okafor', ANY],
  ['counter-case en: a dashed aside not opening with an owner keeps its `her` for the name, so `he said` is the man quoted before', DASHED_ASIDE_NO_RELATION, 'They always say', 'Martin Okafor', ANY],
]);

const UNNAMED_AFTER_HOLDER =
  '“We fed 900 people yesterday,” said Aaron Kessler, manager of the Riverside volunteer network, which has run a soup kitchen at the hall since Monday.\n\n' +
  'A volunteer at one of the outlying shelters, who asked not to be named, said some families had received nothing.\n\n' +
  '“Some streets get plenty, others get nothing,” the volunteer said.';
const OTHER_NOUN_UNNAMED =
  '“We fed 900 people yesterday,” said volunteer Aaron Kessler, who has run a soup kitchen at the hall since Monday.\n\n' +
  'A nurse at one of the outlying shelters, who asked not to be named, said some families had received nothing.\n\n' +
  '“We will keep the kitchen open all week,” the volunteer said.';

/** `X, manager of the … volunteer network,` … `A volunteer, who asked not to be named, said` … `the volunteer said`: the unnamed one (unnamed-since.ts). */
kindTable('A definite description after someone unnamed was brought in by its noun stays a description', [
  ['en: `the volunteer said` after `A volunteer …, who asked not to be named,` is that volunteer', UNNAMED_AFTER_HOLDER, 'Some streets get plenty', DESCRIBED, ANY],
  ['counter-case en: an unnamed nurse brought in leaves `the volunteer` to the named volunteer', OTHER_NOUN_UNNAMED, 'We will keep the kitchen', 'Aaron Kessler', ANY],
]);

const PORTFOLIO_AFTER_TIER =
  'Relief lorries reached the upland villages on Friday.\n\n' +
  'Provincial transport manager Helen Osei said roads would reopen by Sunday. County health officer Dr Anita Rao said clinics had treated 40 people.\n\n' +
  '“We are screening everyone who comes in,” she said.';
const COMMITTEE_AFTER_TIER =
  'Relief lorries reached the upland villages on Friday.\n\n' +
  'State committee chairman Datuk Seri Idris Yunus visited a shelter. “Every family gets a hot meal,” he said.';

/** `District health officer Dr X`: a portfolio after a capitalised tier of government belongs to the role (roles.ts). */
kindTable('A portfolio noun between a tier of government and the office is part of the role', [
  ['en: `County health officer Dr X` keeps "health officer"', PORTFOLIO_AFTER_TIER, 'We are screening', 'Anita Rao', 'health officer'],
  ['counter-case en: `State committee chairman` keeps only the office', COMMITTEE_AFTER_TIER, 'Every family gets', 'Idris Yunus', '=chairman'],
]);

const WHOSE_CLAUSE =
  'Old hands say flooding is as old as the pits.\n\n' +
  '"The river always wins in the end," said Joseph Zulu, a retired pit foreman whose memoir "Down the Shaft" came out last year.';
const WHO_CLAUSE_STATES_NO_ROLE =
  'Old hands say flooding is as old as the pits.\n\n' +
  '"The river always wins in the end," said Joseph Zulu, who was the first to reach the flooded level.';
const WHO_WAS_THE =
  'The audit found the files had been wiped.\n\n' +
  '“Wiped is a word that should worry everyone,” said Paul Greer, who was the council’s chief engineer until 2019 and now runs a consultancy.';
const WHO_IS_THE =
  'The audit found the files had been wiped.\n\n' +
  '“Nobody told us,” said Mara Quint, who is the county’s finance director.';

/**
 * `X, a retired pit foreman whose memoir "…" came out`: a "whose" clause closes the appositive (entities.ts);
 * `X, who was the council's chief engineer until 2019`: a relative clause stating what someone is or was (copular-role.ts).
 */
kindTable('A role in an appositive before a "whose" clause, or stated by a "who is/was the" clause', [
  ['en: `a retired pit foreman whose memoir "…"` gives the role', WHOSE_CLAUSE, 'The river always wins', 'Joseph Zulu', 'pit foreman'],
  ['en: `who was the council’s chief engineer until 2019` gives a former role', WHO_WAS_THE, 'Wiped is a word', 'Paul Greer', 'former council chief engineer'],
  ['en: `who is the county’s finance director` gives the role', WHO_IS_THE, 'Nobody told us', 'Mara Quint', 'finance director'],
  ['counter-case en: `who was the first to reach …` states no role', WHO_CLAUSE_STATES_NO_ROLE, 'The river always wins', 'Joseph Zulu', null],
]);
