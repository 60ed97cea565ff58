/**
 * Kabyle (Taqbaylit, Latin script): a verb carries its subject as a prefix (`y-enna` he said, `t-enna` she said) and the
 * particle `-d` (towards the speaker) is hyphened to it, before it in a relative (`i d-yenna` "that he said") or after it
 * (`yenna-d`, `yenna-yaɣ-d` he told us). After a quote `», i d-yenna X, <who he is>.`, `», i d-tenna X.`, `», i d-yerna.`
 * (he added: the person just quoted), `», i d-yenna umusnaw.` (the expert: the one the text gave that noun, in its
 * annexed state); before one `X yenna-d: «…»`, `X, <who he is>, yenna-d: «…»`, `Yenna-d: «…»` (he said), `Yiwen n …
 * yenna-d: «…»` (one of …: someone unnamed). Forms of address (Dda, Nna, Mass, Lalla, Ccix) come off names.
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { addressedName } from './tag-pattern-reader';

/** Said, added, says, explained, answered, told; he (y-) or she (t-). */
const STEM = '(?:enna|erna|eqqar|essefhem|erra|ernu|ewwi\\s+awal)';
/** The particle `-d` after the verb, with an indirect object between (`-yaɣ-d` to us, `-as-d` to him, `-asen-d` to them). */
const PARTICLE_AFTER = '(?:-(?:yaɣ-|aɣ-|as-|asen-|yi-)?d)';
/** `i d-yenna` (that he said), `i s-d-yenna` (that he said to him), or `yenna-d`. */
const VERB = `(?:i\\s+(?:[sy]-|aɣ-)?d-[yt]${STEM}${PARTICLE_AFTER}?|[yt]${STEM}${PARTICLE_AFTER})`;
const VERB_OPENING = `(?:[YT]${STEM}${PARTICLE_AFTER})`;
/** Forms of address before a name: elder brother and sister (Dda, Nna), Mr and Mrs (Mass, Lalla), sheikh (Ccix), doctor. */
const ADDRESS = /^(?:(?:Dda|Nna|Mass|Lalla|Ccix|Ccikh|Dr|Doktur)\.?\s+)+/u;
/** Words opening a sentence or a phrase of place or time (in, on, but, then, today, this year): no name. */
const OPENING = /^(?:Deg|Di|Ɣef|Maca|Syin|Ass-a|Aseggas|Ihi|Akken|Ma|Ɣas|Dɣa|Daɣen|Imi|Tura|Nekk|Netta|Nettat|Nitni)(?![\p{L}])/u;
/** Nouns heading a body's name (the village assembly, the commune, the ministry, the association, the company): no person. */
const BODY = /^(?:Tajmaɛt|Tɣiwant|Tiɣiwant|Tamsulta|Tanemhalt|Tadukli|Tamahelt|Tasqamut|Tkebbanit|Tasdawit|Lḥukuma|Aɣlif|Tneɣrit)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  tagVerb: new RegExp(`^[\\s,]*${VERB}(?![\\p{L}])`, 'u'),
  // (`i d-yenna Dda X, 71 n yiseggasen, …`: the name runs to a comma or a stop.)
  nameAfter: new RegExp(`^\\s*((?:(?:Dda|Nna|Mass|Lalla|Ccix|Dr)\\.?\\s+)*${NAME_RUN})(?=\\s*[.,;:!?«»]|\\s+(?:send|mi|akken|deg|di)\\s|\\s*$)`, 'u'),
  // (`i d-yenna umusnaw`, `i d-tenna tmeṭṭut-nni`: a noun in the annexed state, the one the text gave that noun.)
  nounAfter: new RegExp(`^\\s*((?:u|w|te|t)\\p{Ll}{3,})(?:-nni|-a)?(?=\\s*[.,;!?]|\\s*$)`, 'u'),
  someoneAfter: new RegExp(`^\\s*(yiwen\\s+[^.,;!?«»]{2,60}|yiwet\\s+[^.,;!?«»]{2,60})`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?»]\\s+)${VERB_OPENING}\\s*:\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?»]\\s+)([^.!?«»“”]{2,200}?),?\\s+${VERB}\\s*:\\s*$`, 'u'),
}));

/** The name in a group of words, its form of address kept as the role, or null (a body, a phrase of place or time). */
function kabyleName(group: string): SpeakerPhrase | null {
  return addressedName(group, ADDRESS, [BODY, OPENING], patterns().name);
}

/** The subject before `yenna-d:`: someone unnamed (`Yiwen n …`), else the first comma-set group that is a name. */
function subjectOf(words: string): SpeakerPhrase | null {
  if (/^(?:Yiwen|Yiwet)\s/u.test(words)) return described(words.split(/,\s*/u)[0]!);
  for (const group of words.split(/,\s*/u)) {
    const found = kabyleName(group);
    if (found) return found;
  }
  return null;
}

export const kabyle: LanguageCues = {
  applies: (frame) => /(?:^|[^\p{L}])(?:i\s+(?:[sy]-|aɣ-)?d-[yt](?:enna|erna|eqqar)|[YyTt](?:enna|erna|eqqar)-(?:\p{L}+-)?d)(?![\p{L}])/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const verb = patterns().tagVerb.exec(line);
    if (!verb) return null;
    const rest = line.slice(verb[0].length);
    const name = patterns().nameAfter.exec(rest)?.[1];
    const found = name ? kabyleName(name) : null;
    if (found) return found;
    const someone = patterns().someoneAfter.exec(rest)?.[1];
    if (someone) return described(someone);
    const noun = patterns().nounAfter.exec(rest)?.[1];
    // (The annexed `u-` of a masculine noun restores to its free `a-`: `umusnaw` is an `amusnaw`.)
    if (noun) return officeDescriptor(noun.replace(/^[uw](?=\p{Ll})/u, 'a').replace(/^te(?=\p{Ll})/u, 'ta'));
    // (`», i d-yerna.`: he or she, the person just quoted.)
    return /^\s*(?:[.,;:!?«»]|$)/u.test(rest) ? pronoun('they') : null;
  },
  before(frame) {
    if (patterns().pronounBefore.test(frame)) return pronoun('they');
    const subject = patterns().subjectBefore.exec(frame)?.[1];
    return subject ? subjectOf(subject.trim()) : null;
  },
};
