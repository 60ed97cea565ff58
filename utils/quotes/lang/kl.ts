/**
 * Greenlandic (Kalaallisut): after a quote `»…,« X oqarpoq.` (X says), `»…,« <place-complement> <role> X nassuiaavoq.` (the
 * role noun before the name), `»…,« oqarpoq.` (he or she says); before one `X ima oqarpoq: »…«`, `X-p oqaatigaa: »…«` (X
 * said it: the transitive verb's subject in the ergative, `Kleistip`, `Zeebip`, read back to its nominative), `Taassuma
 * erseqqissaavaa:` (that one stressed it), `<office>-p oqaatigaa:` (the office the text gave someone). Verbs end in `-voq`,
 * `-poq` (he or she, no object) or `-vaa`, `-paa`, `-aa` (he or she … it); `aamma` (also) and `ima` (thus) may come before.
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying, third person: says, explains, stresses, adds, answers, asks, tells, announces, says it, explains it. */
const SAY = '(?:oqarpoq|oqarput|oqarluni|nassuiaavoq|nassuiaavaa|oqaatigaa|oqaatigivaa|erseqqissaavoq|erseqqissaavaa|ilassivoq|ilanngussivoq|akivoq|akivaa|apeqquvoq|oqaluttuarpoq|oqaluttuarpaa|nalunaarpoq|nalunaarpaa|naqissuserpaa|tikkuarpaa|isumaqarpoq)';
/** Words between the subject and the verb: also, thus, then, now. */
const ADVERBS = '(?:\\s+(?:aamma|ima|taamatut|kiisalu|aappaagu|ullumikkut))*';
/** The demonstrative standing for the person just named: that one, in the ergative (`taassuma`) or nominative (`taanna`). */
/** Bodies (government, parliament, municipality, association, police, ministry) and nouns of places and groups: no person. */
const BODY = /^(?:Naalakkersuisut|Inatsisartut|Kommuni|Kommunia|Kommunip|Peqatigiiffik|Peqatigiiffiup|Politiit|Politiiit|Namminersorlutik|\p{Lu}\p{Ll}+(?:fik|vik|fiup|viup|sut|tut|qarfik))(?:\s|$)/u;
const THAT_ONE = /^(?:[Tt]aassuma|[Tt]aanna|[Tt]aannalu)$/u;

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])${SAY}(?=[\\s:,.;!?]|$)`, 'u'),
  after: new RegExp(`^[\\s,]*(?:([^.!?;:»«“”"\\n]{1,160}?)${ADVERBS}\\s+)?${SAY}(?=[\\s.,;!?]|$)`, 'u'),
  before: new RegExp(`(?:^|[.!?]\\s+|\\n)([^.!?»«“”"]{1,200}?)${ADVERBS}\\s+${SAY}\\s*:\\s*$`, 'u'),
  // The name closing a subject's words, the lower-case words before it its role (`misissuisoq Naja Kleist`).
  trailingName: new RegExp(`(?:^|\\s)(${NAME_RUN})$`, 'u'),
}));

/** A name's nominative from its ergative: `Kleistip` Kleist, `Zeebip` Zeeb, `Motzfeldtip` Motzfeldt; a name in `-p` as written. */
function nominative(word: string): string {
  if (/\p{Ll}[aeiou]p$/u.test(word)) return word.slice(0, -1);
  if (/[^aeiou]ip$/u.test(word)) return word.slice(0, -2);
  return word;
}

/** The subject before a verb of saying: `X`, `<role> X`, `Xp` (ergative), `taassuma` (that one), an office in `-p`. */
function speakerIn(words: string): SpeakerPhrase | null {
  const subject = words.trim().replace(/,$/u, '').trim();
  if (THAT_ONE.test(subject)) return pronoun('they');
  if (BODY.test(subject)) return described(subject);
  // (`Siulittaasup oqaatigaa:`: a noun of one who does, `-soq`/`-toq`, in the ergative `-sup`/`-tup`, capitalised as it opens
  // the sentence, is an office, no name: the one the text gave it.)
  if (/^\p{L}\p{Ll}{3,}[st]up$/u.test(subject)) return officeDescriptor(subject.toLowerCase().replace(/up$/u, 'oq'));
  const found = patterns().trailingName.exec(subject);
  if (found) {
    const name = found[1]!.split(/\s+/u);
    name[name.length - 1] = nominative(name[name.length - 1]!);
    // (`Aqqaluk Petrussen, aalisartoq 54-inik ukiulik,`: a role after the name, between commas.)
    const role = subject.slice(0, found.index).trim().split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word)).join(' ');
    return person(name.join(' '), role || null);
  }
  const groups = subject.split(/\s*,\s*/u);
  const named = patterns().trailingName.exec(groups[0]!);
  if (named && named.index === 0) return person(named[1]!, groups.slice(1).join(', ') || null);
  // (`Siulittaasup oqaatigaa:`: the chair, in the ergative; the one the text gave that office.)
  return /^\p{Ll}{4,}$/u.test(subject) ? officeDescriptor(subject) : null;
}

export const greenlandic: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const found = patterns().after.exec(frame.split('\n')[0]!);
    if (!found) return null;
    return found[1] ? speakerIn(found[1]) : pronoun('they');
  },
  before(frame) {
    const words = patterns().before.exec(frame)?.[1];
    return words ? speakerIn(words) : null;
  },
};
