/**
 * Asturian, read by the Spanish reader for the verbs both write (`señaló`, `afirmó`, `avisó`); here only its own forms:
 * `«…», dixo X` (said), `cuntó` (told), `esplicó` (explained), `amestó` (added), `entamó` (began), and those verbs with
 * the subject left out and an adjunct after them (`«…», cuntó ente rises.`: the person just brought in).
 */

import { alternation, definiteDescriptor, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { withAdjunctOnly } from './dropped';

/** Said, told, explained, added, began, insisted, declared, asked: Asturian spellings Spanish lacks (x for j, -ó past). */
const VERBS = alternation('dixo dixeron cuntó cuntaron esplicó esplicaron amestó amestaron entamó entrugó retrucó'.split(' '));
/** Prepositions opening an adjunct after the verb: between, with, to, in, for, from, on. */
const ADJUNCT = 'ente|con|col|cola|a|al|en|na|nel|pa|pola|pol|dende|de|tres|ensin';

const cues = withAdjunctOnly(
  latinCues({
    afterVerbs: VERBS,
    subjectVerbs: VERBS,
    pronouns: { él: 'male', ella: 'female' },
    dropsSubject: true,
    according: '[Ss]egún',
    hasArticles: true,
    articles: "el|la|l['’]|los|les|un|una|el\\s+so|la\\s+so",
    stops: ADJUNCT,
    recipients: 'a|al',
    ...definiteDescriptor({ female: ['la'], male: ['el'], either: ["l'", 'l’'] }, 'conceyu|ampa|gobiernu|policía|asociación|empresa|sindicatu|partíu|xunta|principáu'),
    outlet: /^(?:diariu|periódicu|radio|televisión|axencia|revista)$/iu,
  }),
  VERBS,
  ADJUNCT,
);

/** Words Asturian writes and Spanish does not: its verbs, `nun`, `ye`, `tolos`, `xente`, `agora`, `col`, `pola`. */
const OWN_WORD = /(?<![\p{L}])(?:dixo|dixeron|cuntó|esplicó|amestó|entamó|nun|ye|tolos|toles|xente|agora|col|pola|les)(?![\p{L}])/u;

export const asturian: LanguageCues = { ...cues, applies: (frame) => OWN_WORD.test(frame) && cues.applies(frame) };
