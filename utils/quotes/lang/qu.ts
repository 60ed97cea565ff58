/**
 * Quechua (Latin script): the verb `ni-` (say) takes its tense and person as suffixes (`nin` says, `nirqan` said,
 * `nillarqantaq` also said, `nirqanku` they said), and a quote is closed by `nispa` (saying) before the verb. After a quote
 * `”, nin X.`, `”, nispa nirqan X.`, `”, nispa nin <role> X Y.` (the role in the genitive before the name, `ayllupa
 * kamachiqnin` the community's leader), `”, nispa tukurqan X.` (X finished saying), `”, nin ingeniera.` (the engineer: the one
 * the text gave that noun), `”, nirqan.` (the subject left out); before one `<role> X Y nirqan: “…”`, `Pay nirqan: “…”` (he
 * or she said), `Huk tarpuq, … nirqan: “…”` (a farmer: someone unnamed).
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Say (ni-), tell (willa-), speak (rima-), answer (kutichi-), finish (tukU-), with tense, person and a closing enclitic. */
const VERB = '(?:(?:ni|willa|rima|kutichi|tuku)(?:ku)?(?:lla)?(?:rqa|sqa|chka)?(?:n|nku)(?:taq|taqmi|mi|si)?|tukurqan)';
/** `nispa` (saying) before the verb, or alone closing the quote's tag. */
const SAYING = '(?:[nñ]ispa(?:\\s+|$))';
/** He or she (`pay`, `paymi`, `payqa`), they (`paykuna`): the person just named. */
const HE_OR_SHE = /^(?:[Pp]ay(?:mi|qa|taq|pas)?|[Pp]aykuna(?:qa|mi)?)$/u;
/** Someone unnamed: `huk` (a, one) before a noun, `wakin` (some). */
const SOMEONE = /^(?:[Hh]uk|[Ww]akin)\s/u;
/** Nouns heading a body's name (cooperative, regional government, municipality, ministry, community): no person. */
const BODY = /^(?:Kooperativa|Cooperativa|Suyu\s+kamachiy|Municipalidad|Ministerio|Gobierno|Ayllu|Llaqta\s+kamachiy)(?![\p{L}])/u;
/** Offices and forms of address before a name: Mr, Mrs, doctor, engineer, teacher (Spanish loans), kept as the role. */
const ADDRESS = /^(?:(?:Tayta|Mama|Don|Doña|Señor|Señora|Dr\.|Ing\.|Lic\.|Prof\.)\s+)+/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  // (`”, nispa Radio Kunturman willakurqan X`: whom it was told, in the dative -man, between `nispa` and the verb.)
  tagVerb: new RegExp(`^[\\s,]*(?:${SAYING})?(?:[^,.;:!?“”"\\n]{1,60}?man\\s+)?${VERB}(?![\\p{L}])|^[\\s,]*[nñ]ispa(?![\\p{L}])`, 'u'),
  // (`nin ayllupa kamachiqnin X Y`: the role, lower-case words, then the name; the last capitalised run is the name.)
  roleThenName: new RegExp(`^\\s*((?:\\p{Ll}[\\p{L}'’]*\\s+){0,4})(${NAME_RUN})(?=\\s*[.,;:!?“”"]|\\s*$)`, 'u'),
  nounAfter: new RegExp(`^\\s*(\\p{Ll}[\\p{L}'’]{3,})(?=\\s*[.,;!?]|\\s*$)`, 'u'),
  // (`<role> X Y nirqan:`: the name right before the verb; the words before it its role.)
  subjectBefore: new RegExp(`(?:^|[.!?”"]\\s+)([^.!?“”"]{1,200}?),?\\s+(?:${SAYING})?${VERB}\\s*:\\s*$`, 'u'),
  lastName: new RegExp(`(${NAME_RUN})$`, 'u'),
}));

function quechuaName(run: string, role: string | null): SpeakerPhrase | null {
  const address = ADDRESS.exec(run)?.[0];
  const bareName = address ? run.slice(address.length) : run;
  if (BODY.test(bareName) || !patterns().name.test(bareName)) return null;
  const name = cleanName(bareName);
  return name ? person(name, [role, address?.trim()].filter(Boolean).join(' ') || null) : null;
}

/** The subject before the verb: he or she, someone unnamed, a body, else the name closing it and the role words before it. */
function subjectOf(words: string): SpeakerPhrase | null {
  if (HE_OR_SHE.test(words)) return pronoun('they');
  if (SOMEONE.test(words)) return described(words.split(/,\s*/u)[0]!);
  if (BODY.test(words)) return described(words);
  const run = patterns().lastName.exec(words)?.[1];
  if (!run) return null;
  const role = words.slice(0, words.length - run.length).trim().replace(/,$/u, '') || null;
  return quechuaName(run, role);
}

export const quechua: LanguageCues = {
  applies: (frame) => /(?:^|[^\p{L}])(?:[nñ]ispa|nin|nirqan\p{L}*|nillarqan\p{L}*|willa\p{L}*rqan|tukurqan|[Pp]ay\s+ni\p{L}+)(?![\p{L}])/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const verb = patterns().tagVerb.exec(line);
    if (!verb) return null;
    const rest = line.slice(verb[0].length);
    const name = patterns().roleThenName.exec(rest);
    const found = name ? quechuaName(name[2]!, name[1]!.trim() || null) : null;
    if (found) return found;
    const noun = patterns().nounAfter.exec(rest)?.[1];
    if (noun && SOMEONE.test(`${noun} `)) return null;
    if (noun && HE_OR_SHE.test(noun)) return pronoun('they');
    // (`”, nin ingeniera.`: a noun for an office, the one the text gave it; `”, nirqan.`: left to the sentences before.)
    return noun ? officeDescriptor(noun) : null;
  },
  before(frame) {
    const subject = patterns().subjectBefore.exec(frame)?.[1];
    return subject ? subjectOf(subject.trim()) : null;
  },
};
