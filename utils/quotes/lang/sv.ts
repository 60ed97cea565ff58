/**
 * Swedish: `– …, säger Anna Lindqvist`, `”…”, skriver hon`, `enligt X`, roles before the name with their
 * definite ending (`rektorn Karin Öberg`, `kommunalrådet X (S)`).
 */

import { alternation } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleNounReading } from './newlang-shared';
import { agedRoleAnaphor } from './aged-role-anaphor';
import { readingCompoundRoles } from './compound-role';
import { NORDIC_WEEKDAYS } from './nordic-stops';

const VERBS = alternation(
  ('säger sa sade berättar berättade skriver skrev förklarar förklarade konstaterar konstaterade menar tycker svarar ' +
    'svarade understryker underströk betonar betonade fortsätter fortsatte suckar skrattar medger medgav tillägger tillade').split(' '),
);

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: 'säger|sa|sade|skriver|skrev|berättar|berättade|förklarar|förklarade',
  pronouns: { han: 'male', hon: 'female' },
  dropsSubject: false,
  according: '[Ee]nligt',
  articles: 'en|ett|den|det|hans|hennes|dess',
  hasArticles: false,
  stops: `till|i|på|vid|under|efter|för|om|med|också|dock|nu|då|igår|idag|${NORDIC_WEEKDAYS}`,
  recipients: 'till',
  outlet: /^(?:tidning\p{L}*|\p{L}*[Tt]idning\p{L}*|TT|SVT|SR|Expressen|Aftonbladet|DN|SvD|radio\p{L}*)$/u,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: agedRoleAnaphor(),
});

// (`säger Norrbytränaren`: a club's name and a definite role noun in one word is the role, lang/compound-role.ts.)
export const swedish = readingCompoundRoles(roleNounReading(cues, { dropsSubject: false, placeAfterRole: false, according: '[Ee]nligt' }));
