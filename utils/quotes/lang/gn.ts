/**
 * Guarani (Paraguay, Latin script): the verb of saying `he'i` (says, said; its glottal stop written `'`, `’` or `ʼ`) takes
 * no tense of its own. After a quote `”, he'i X.`, `”, he'i Karai X.` (Mr X: the form of address comes off), `”, he'i.`,
 * `”, he'i ha'e.`, `”, he'i ñandéve.` (he or she, to us: the person just quoted), `”, he'i pe mbo'ehára.` (the teacher:
 * the one the text gave that noun), `”, he'i peteĩ kuña.` (a woman: someone unnamed); before one `X he'i: “…”`,
 * `Ha'e he'i: “…”` (he or she said), `Peteĩ … he'i: “…”` (someone unnamed). Other verbs: `ombohovái` (answered),
 * `omombe'u` (told), `oñe'ẽ` (spoke), `oporandu` (asked), `ohechauka` (showed).
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { addressedName } from './tag-pattern-reader';

/** The glottal stop (puso) as papers type it: straight, curly or the modifier letter. */
const Q = "['’ʼ]";
/** Say, answer, tell, add, ask; `he'i avei` (also said), `he'i hikuái` (they said). */
const VERB = `(?:he${Q}i|ombohov[aá]i|omombe${Q}u|ombojoapy|oporandu|omoha${Q}ãnga|omomba${Q}e)`;
/** Forms of address before a name: Mr, Mrs, Miss (`Karai`, `Ña`, `Kuña Karai`, `Don`, `Doña`), and degrees (`Lic.`, `Dr.`, `Prof.`). */
const ADDRESS = /^(?:(?:Kuña\s+Karai|Karai|Ña|Don|Doña|Lic\.|Dr\.|Dra\.|Prof\.|Ing\.|Abog\.)\s+)+/u;
/** He, she, they, to us, to me, also, then: no subject after the verb (the person just quoted). */
const PRONOUN_AFTER = `(?:ha${Q}e(?:kuéra)?|hikuái|ñandéve|oréve|chéve|avei|upéi|chupe|chupekuéra)`;
/** Words opening a sentence or a phrase of time or place before its subject (and, but, then, today, in, with): no name. */
const OPENING = /^(?:Ha|Ha[ʼ'’]e|Ha[ʼ'’]ekuéra|Upéi|Upéicharamo|Ko[ʼ'’]ág̃a|Ko[ʼ'’]ãga|Ko|Pe|Umi|Avei|Ary|Ára|Katu|Ñepyrũrã|Ipahápe|Mburuvicha)$/u;
/** Nouns heading a body's name (ministry, government, municipality, cooperative, company, police, union): no person. */
const BODY = /^(?:Ministerio|Tetã|Gobierno|Municipalidad|Cooperativa|Empresa|Policía|Sindicato|Comisión|Asociación|Federación|Tekuai|Mbohapy|Universidad|Hospital|Escuela|Banco)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  tagVerb: new RegExp(`^[\\s,]*${VERB}(?:\\s+avei)?(?![\\p{L}'’ʼ])`, 'u'),
  // (`he'i X, <who they are>.`, `he'i Karai X`: the name runs to the comma or the stop.)
  nameAfter: new RegExp(`^\\s*((?:(?:Kuña\\s+Karai|Karai|Ña|Don|Doña|Lic\\.|Dr\\.|Dra\\.|Prof\\.|Ing\\.)\\s+)*)(${NAME_RUN})(?=\\s*[.,;:!?“”"]|\\s*$)`, 'u'),
  pronounAfter: new RegExp(`^\\s*(?:${PRONOUN_AFTER}(?![\\p{L}])|[.,;:!?]|$)`, 'u'),
  // (`he'i pe economista`, `he'i umi mbo'ehára`: the noun after the article is the one the text gave that office.)
  theAfter: new RegExp(`^\\s*(?:pe|upe|ko|umi)\\s+(\\p{Ll}[\\p{L}'’ʼ-]{2,})(?=\\s*[.,;!?]|\\s*$)`, 'u'),
  someoneAfter: new RegExp(`^\\s*(peteĩ\\s+[^.,;!?“”"]{2,60})`, 'u'),
  // (`Ha'e ohechauka avei peteĩ papapy: “…”`: he or she, then any verb, then a colon: the person just named.)
  pronounBefore: new RegExp(`(?:^|[.!?”"]\\s+)Ha${Q}e\\s+o\\p{Ll}[^.!?“”"]{0,120}:\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${VERB}(?:\\s+avei)?\\s*:\\s*$`, 'u'),
}));

/** The name in a group of words, its form of address taken off and kept as a role, or null (a body, an opening word). */
function guaraniName(group: string): SpeakerPhrase | null {
  return addressedName(group, ADDRESS, [BODY, OPENING], patterns().name);
}

/** The subject before `he'i:`: he or she, someone unnamed, a body, or the first comma-set group that is a name. */
function subjectOf(words: string): SpeakerPhrase | null {
  if (new RegExp(`^(?:Ha${Q}e|Ha${Q}ekuéra)$`, 'u').test(words)) return pronoun('they');
  if (/^(?:Peteĩ|peteĩ)\s/u.test(words) || /\speteĩ\s/u.test(words)) return described(words.replace(/^.*?(?=[Pp]eteĩ\s)/u, ''));
  // (`Ministerio de Salud he'i:`: a body speaks, no person.)
  if (BODY.test(words)) return described(words);
  const groups = words.split(/,\s*/u);
  for (const group of groups) {
    const found = guaraniName(group);
    if (found) return found;
  }
  // (`Mburuvicha he'i:`, the leader: left alone, as the office after a name, `X, <body> mburuvicha,`, is not read as its holder's.)
  return null;
}

export const guarani: LanguageCues = {
  applies: (frame) => /(?:^|[^\p{L}])(?:[Hh]e['’ʼ]i|ombohov[aá]i|omombe['’ʼ]u|Ha['’ʼ]e\s+o\p{Ll}+)(?![\p{L}])/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const verb = patterns().tagVerb.exec(line);
    if (!verb) return null;
    const rest = line.slice(verb[0].length);
    const name = patterns().nameAfter.exec(rest);
    if (name) {
      const found = guaraniName(`${name[1] ?? ''}${name[2]!}`);
      if (found) return found;
    }
    const office = patterns().theAfter.exec(rest)?.[1];
    if (office) return officeDescriptor(office);
    const someone = patterns().someoneAfter.exec(rest)?.[1];
    if (someone) return described(someone);
    // (`”, he'i ñandéve.`: he or she is left to the sentences before, which may bring in someone unnamed, `Peteĩ kuña …`.)
    return null;
  },
  before(frame) {
    if (patterns().pronounBefore.test(frame)) return pronoun('they');
    const subject = patterns().subjectBefore.exec(frame)?.[1];
    return subject ? subjectOf(subject.trim()) : null;
  },
};
