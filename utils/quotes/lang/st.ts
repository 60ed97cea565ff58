/**
 * Sesotho: after a quote `,” ho boletse X.` / `ho rialo X` (said X, the impersonal `ho` and the subject after the verb),
 * `,” X o boletse.` (X said), `,” ho rialo ramotse.` (said the mayor: the one the text gave the office), `,” ho boletse
 * mosali e mong …` (a woman: someone described), `,” o rialo.` / `a rialo` (he or she said: left to the sentences before);
 * before one `X, <who she is>, o itse: “…”` (X said), `O itse: “…”`, `Ho ea ka X,` / `Ho ya ka X,` (according to X), and
 * `X o boletse hore …. “…”` (a sentence reporting what X said). Forms of address ('M'e Mrs, Ntate Mr, Morena chief,
 * Ngaka Dr) come off names; a woman's name may open with `'M` (`'Ma-`, mother of), which stays.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying after `ho` or a subject's `o`: said (boletse, rialo, itse, re), added, explained, asked, answered, stressed, warned, promised. */
const VERB = '(?:boletse|bolela|rialo|realo|itse|re|phaella|ekelitse|hlalositse|hlalosa|boditse|botsitse|arabile|arabela|hatisitse|lemositse|tiisitse|tšepisitse|tsepisitse)';
/** Forms of address before a name: Mrs ('M'e, Mme), Mr (Ntate), chief (Morena), Dr (Ngaka), Hon. (Mohlomphehi), Reverend (Moruti), Ms (Mofumahali). */
const ADDRESS = /^(?:(?:['’]?M['’]e|Mme|Mm[eè]|Ntate|Ntat['’]?a|Morena|Ngaka|Mohlomphehi|Moruti|Mofumahali|Mong\.?|Mof\.?|Dr\.?)\s+)+(?=['’]?\p{Lu})/u;
/** Offices a story names its speaker by alone (`ho rialo ramotse`): mayor, head, spokesperson, minister, chief, doctor, chair, principal. */
const OFFICES = /^(?:ramotse|molaoli|mmuelli|motsamaisi|tona|letona|morena|ngaka|molula-setulo|modulasetulo|mosuoe-hlooho|mookameli|moeta-pele|moetapele)$/u;
/** Nouns heading a body's name: government, council, police, ministry, department, company, party, association, school. */
const BODY = /^(?:Mmuso|Lekhotla|Sepolesa|Lekala|Lefapha|Khampani|Mokhatlo|Sekolo|Masepala|Palamente|Kereke|Sepetlele|Banka)(?![\p{L}])/u;
/** Words after a verb that say how or when, not who: how (`ka …`), that, today, while, then. */
const NO_SUBJECT = /^(?:ka|hore|kajeno|maobane|ha|hape|hamorao|a|ho|ho\s+ea|le|eaba)(?![\p{L}])/u;
/** Capitalised words opening a phrase of place, time or manner: in, at, after, but, however, when, according to. */
const OPENING = /^(?:Ho|Ha|Ka|Kamora|Empa|Leha|Ha|Hona|Kajeno|Maobane|Mona|Moo|Ho\s+ea)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^['’]?${NAME_RUN}$`, 'u'),
  // (`ho boletse X`, `ho rialo X`, `ha rialo X`: the impersonal opening, then the verb and its subject.)
  impersonal: new RegExp(`^[\\s,]*h[oa]\\s+${VERB}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  // (`o rialo`, `a rialo`, `o boletse`: the subject left to the sentences before.)
  bare: new RegExp(`^[\\s,]*[oa]\\s+${VERB}(?=[\\s.,;!?]|$)`, 'u'),
  subjectVerb: new RegExp(`^[\\s,]*((?!o\\s+ne\\s)[^.!?“”"\\n,]{2,80}?)\\s+[oa]\\s+${VERB}(?=[\\s.,;!?]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:h[oa]\\s+${VERB}|[^.!?“”"\\n,]{2,80}?\\s+[oa]\\s+${VERB})(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)[OA]\\s+${VERB}(?:\\s+hore)?\\s*[:,]?\\s*$`, 'u'),
  according: /(?:^|[.!?]\s+)Ho\s+(?:ea|ya)\s+ka\s+([^.!?“”"]{2,160}?)\s*,?\s*$/u,
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+[oa]\\s+${VERB}(?:\\s+hore)?\\s*:\\s*$`, 'u'),
  // (`Lefapha la X le itse:`, `Khampani e itse:`: a body's subject concord, not a person's `o`.)
  bodyBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+(?:le|li|e|se|lo|bo|ba)\\s+${VERB}(?:\\s+hore)?\\s*:\\s*$`, 'u'),
  // (`X o boletse hore … . “…”`, `X o re … .`: the sentence before reports what X said; the quote is X's own words.)
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+[oa]\\s+${VERB}(?:\\s+hore)?\\s+\\p{Ll}[^.!?“”"]{2,400}[.!?]\\s*$`, 'u'),
  // (`'M'e X o ne a eme …. “…”`, `Ntate X, 60, ea …, o fihlile …`: a sentence whose subject is a person named with a form of address, right before the quote.)
  addressedSubject: new RegExp(`(?:^|[.!?]\\s+)((?:['’]?M['’]e|Ntate|Morena|Ngaka)\\s+['’]?${NAME_RUN})(?:\\s*,[^.!?“”"]{1,200}?,)?\\s+[oa]\\s+\\p{Ll}[^.!?“”"]{0,300}[.!?]\\s*$`, 'u'),
}));

/** The name a group of words is, its forms of address taken off (`'M'e X` → `X`, `'Mamello` kept whole), or null. */
export function sesothoName(group: string): string | null {
  const words = group.trim().replace(ADDRESS, '');
  if (OPENING.test(words) || BODY.test(words) || !patterns().name.test(words)) return null;
  const apostrophe = /^['’]/u.test(words) ? "'" : '';
  const name = cleanName(words.replace(/^['’]/u, ''));
  return name ? `${apostrophe}${name}` : null;
}

/**
 * `Molaoli oa …, X Y,`, `X Y, 27, ea rekisang …,`: the name among comma-set groups; a group before it is its role, and
 * after it a noun group (not an age, not a relative clause `ea …`, who …). No name: the first group describes someone.
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !OPENING.test(group));
  const at = groups.findIndex((group) => sesothoName(group) !== null);
  if (at < 0) return groups.length > 0 ? lowerSubject(groups[0]!) : null;
  const after = groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !/^(?:ea|ba|eo|oa|a|ya)\s/u.test(group));
  const role = [...groups.slice(0, at), ...after].join(', ');
  return person(sesothoName(groups[at]!)!, role || null);
}

/** A subject with no name: an office alone (`ramotse`), a body, a pronoun (`eena`, he or she), or someone described. */
function lowerSubject(words: string): SpeakerPhrase | null {
  if (/^(?:[Ee]ena|[Oo]na)(?![\p{L}])/u.test(words)) return null;
  if (BODY.test(words)) return described(words);
  if (/^['’]?\p{Lu}/u.test(words)) return null;
  if (OFFICES.test(words)) return officeDescriptor(words);
  return described(words);
}

/** The words after `ho boletse`: a name (its role after the comma), an office, someone described. */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;“”"\n]*/u.exec(rest)![0].trim();
  if (!words || NO_SUBJECT.test(words)) return null;
  const [head, ...after] = words.split(/\s*,\s*/u);
  const name = sesothoName(head!);
  if (name) return person(name, after[0] && /^\p{Ll}/u.test(after[0]) && !/^(?:ea|ba|eo|a)\s/u.test(after[0]) ? after[0] : null);
  return lowerSubject(words);
}

export const sesotho: LanguageCues = {
  applies: (frame) => new RegExp(`(?:^|[\\s,])(?:[Hh][oa]|[OoAa]|le|li|e|se|lo|bo|ba)\\s+${VERB}(?=[\\s:,.;!?]|$)|Ho\\s+(?:ea|ya)\\s+ka|['’]M['’]e\\s`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { impersonal, bare, subjectVerb } = patterns();
    const verb = impersonal.exec(line);
    if (verb) return tagSubject(line.slice(verb[0].length));
    // (`,” o rialo a bososela.`: he or she, whom the sentences before the quote name; nothing is read here.)
    if (bare.test(line)) return null;
    const subject = subjectVerb.exec(line)?.[1];
    if (!subject) return null;
    const name = sesothoName(subject);
    return name ? person(name) : lowerSubject(subject);
  },
  before(frame) {
    const { splitTag, pronounBefore, according, subjectBefore, reported, addressedSubject } = patterns();
    // (`“…,” ho boletse X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return sesotho.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1];
    if (source) return speakerIn(source);
    const subject = subjectBefore.exec(frame)?.[1] ?? reported.exec(frame)?.[1];
    if (subject) return speakerIn(subject);
    const body = patterns().bodyBefore.exec(frame)?.[1];
    if (body) return described(body);
    const addressed = addressedSubject.exec(frame)?.[1];
    return addressed ? speakerIn(addressed) : null;
  },
};
