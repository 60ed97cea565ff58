/**
 * Maltese: after a quote `,” qal X.` (said X), `,” qalet.` (she said, the subject left out), `,” żied il-ministru.` (added
 * the minister: the article written onto the noun with a hyphen); before one `Hu spjega: “…”` (he explained) and
 * `Skont X, “…”` (according to X). A verb's form gives the speaker's gender: qal (he said), qalet (she said).
 */

import { alternation } from './shared';
import { latinCues } from './latin';

/** Verbs of saying in the third person, masculine and feminine: said, added, explained, went on, promised, asked, answered, insisted, admitted. */
const MASCULINE = 'qal żied spjega kompla wiegħed staqsa wieġeb saħaq insista ammetta temm fakkar irrimarka'.split(' ');
const FEMININE = 'qalet żiedet spjegat kompliet wegħdet staqsiet wieġbet saħqet insistiet ammettiet temmet fakkret irrimarkat'.split(' ');
const VERBS = alternation([...MASCULINE, ...FEMININE]);

export const maltese = latinCues({
  afterVerbs: VERBS,
  // (Capitalised where the verb opens the sentence: `Qal il-kap:`.)
  subjectVerbs: `${VERBS}|Qal|Qalet|Żied|Żiedet|Spjega|Spjegat`,
  // (hu: he; hi: she; huma: they.)
  pronouns: { hu: 'male', Hu: 'male', hi: 'female', Hi: 'female' },
  dropsSubject: true,
  verbGender: (verb) => (FEMININE.includes(verb.toLowerCase()) ? 'female' : MASCULINE.includes(verb.toLowerCase()) ? 'male' : null),
  according: '[Ss]kont',
  // (The article is written onto its noun, `il-ministru`, `is-sindku`: a description opens with it.)
  articles: 'il|l|is|ix|it|id|in|ir|iż|iċ|wieħed|waħda',
  hasArticles: true,
  stops: 'lil|lill|fil|fl|mal|bil|waqt|illum|ilbieraħ|wara|qabel',
  recipients: 'lil|lill',
  outlet: /^(?:Times|Independent|Illum|Orizzont|Nazzjon|TVM|Newsbook|Lovin)$/u,
  // (`qal il-maniġer`: a noun with its article alone stands for the one the text gave that office.)
  anaphor: { test: (words) => /^(?:il|l|is|ix|it|id|in|ir|iż|iċ)-\p{Ll}{3,}$/u.test(words) },
});
