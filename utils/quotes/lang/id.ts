/**
 * Indonesian: `"…," kata X`, `ujar X`, `tutur X`, `jelasnya` (the verb with -nya: the one just quoted),
 * `Menurut X`, roles before the name (`Kepala Dinas Perdagangan Kota Makassar, Rudi Hartono`).
 */

import { alternation } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';

const STEMS = 'kata ujar ucap tutur jelas ungkap terang tegas sebut imbuh tambah lanjut papar beber akui pungkas';
const VERBS = alternation([...STEMS.split(' '), ...STEMS.split(' ').map((stem) => `${stem}nya`)]);

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: 'mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menuturkan|berkata',
  // Dia has no gender: `-nya` and `dia` are read as the subject left out.
  pronouns: {},
  dropsSubject: true,
  according: '[Mm]enurut',
  articles: 'sang|si|para|seorang',
  hasArticles: false,
  stops: 'saat|ketika|di|pada|kepada|dalam|usai|seusai|sambil|kemarin|hari|dengan|setelah|sebelum',
  recipients: 'kepada',
  outlet: /^(?:Antara|Kompas\p{L}*|Tempo|wartawan|media|detikcom|Warta|koran)$/iu,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: roleAnaphor(),
});

export const indonesian = roleNounReading(cues, { dropsSubject: true, placeAfterRole: false, according: '[Mm]enurut' });
