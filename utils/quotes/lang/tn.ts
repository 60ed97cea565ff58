/**
 * Setswana: after a quote `,” go bua X, 48, yo e leng <role>.` / `go rialo X` (says X: the impersonal `go` and the subject
 * after the verb), `,” go bua mokwaledi,` (said the secretary: the one the text gave the office), `,” go bua mosadi mongwe`
 * (a woman: someone described), `,” o ne a rialo.` / `a rialo` / `a bua jalo` (he or she said so: left to the sentences
 * before); before one `X, <who she is>, o rile: “…”` (X said), `O ne a re: “…”`, `Ene o ne a oketsa ka gore:` (he or she
 * added), `Go ya ka X,` (according to X), and `X o tlhalositse gore …. “…”` (a sentence reporting what X said). Forms of
 * address (Rre Mr, Mma Mrs, Kgosi chief, Ngaka Dr, Moruti Reverend, Motlotlegi Hon.) come off names. Close to Sesotho
 * (lang/st.ts), with `go` and `gore` where Sesotho writes `ho` and `hore`.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/**
 * Verbs of saying after `go` or a subject's `o`/`a`: said (re, rile, rialo, bua, buile), explained, added, asked, told,
 * answered, stressed, pointed out, warned, confirmed, requested, promised.
 */
const VERB = '(?:rile|re|rialo|realo|bua|buile|tlhalosa|tlhalositse|oketsa|okeditse|tlaleletsa|tlaleditse|botsa|bodisitse|boditse|araba|arabile|gatelela|gateletse|supa|supile|bolela|boletse|tlhagisa|tlhagisitse|lemosa|lemositse|tsibosa|tsibositse|netefatsa|netefaditse|kopa|kopile|solofetsa|solofeditse)';
/** `o ne a rialo` (he or she was saying so): the past continuous before the verb. */
const WAS = '(?:ne\\s+a\\s+)?';
/** `o rile:`, `o tlhalositse gore` (explained that), `o oketsa ka gore` (added, saying that), `a bua jalo` (said so). */
const THAT = '(?:\\s+(?:ka\\s+)?gore|\\s+jalo|\\s+jaana)?';
/** Forms of address before a name: Mr (Rre), Mrs (Mma, Mmè), chief (Kgosi), Dr (Ngaka), Reverend (Moruti), Hon. (Motlotlegi), Ms (Mohumagadi). */
const ADDRESS = /^(?:(?:Rre|Mma|Mm[èe]|Kgosi|Kgosigadi|Ngaka|Moruti|Motlotlegi|Mot\.?|Mohumagadi|Dr\.?|Tona|Mokhanselara|Kgosana)\s+)+(?=\p{Lu})/u;
/** Offices a story names its speaker by alone (`go bua mokwaledi`): secretary, chief, councillor, minister, chair, doctor, spokesperson, head. */
const OFFICES = /^(?:mokwaledi|kgosi|kgosana|mokhanselara|tona|modulasetilo|ngaka|mmueledi|mmueledi|motsamaisi|mookamedi|mogokgo|moruti|molaodi|moeteledipele)$/u;
/** Nouns heading a body's name: council, government, ministry, police, company, party, association, school, court, church. */
const BODY = /^(?:Khansele|Puso|Goromente|Lefapha|Tona|Mapodisi|Sepodisi|Khampani|Setlamo|Phathi|Mokgatlho|Sekolo|Kgotlatshekelo|Kereke|Palamente|Bankane|Lekgotla)(?![\p{L}])/u;
/** Words after a verb that say how or when, not who: thus, that, today, yesterday, when, again, then, with. */
const NO_SUBJECT = /^(?:ka|gore|gompieno|maabane|fa|gape|morago|a|go|le|mme|jalo|jaana|jaanong|e\s+bile)(?![\p{L}])/u;
/** Capitalised words opening a phrase of place, time or manner: in, at, after, but, when, according to. */
const OPENING = /^(?:Go|Ka|Fa|Mo|Kwa|Morago|Mme|Le\s+fa|Gompieno|Maabane|Jaanong|Ka\s+jalo)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  // (`go bua X`, `go rialo X`, `ga rialo X`: the impersonal opening, then the verb and its subject.)
  impersonal: new RegExp(`^[\\s,]*g[oa]\\s+${VERB}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  // (`o ne a rialo`, `a rialo`, `a bua jalo`, `ene a rialo`: the subject left to the sentences before.)
  bare: new RegExp(`^[\\s,]*(?:ene\\s+)?(?:[oa]\\s+)?${WAS}${VERB}${THAT}(?=[\\s.,;!?]|$)`, 'u'),
  subjectVerb: new RegExp(`^[\\s,]*((?!o\\s+ne)[^.!?“”"\\n,]{2,80}?)\\s+[oa]\\s+${WAS}${VERB}(?=[\\s.,;!?]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:g[oa]\\s+${VERB}|[^.!?“”"\\n,]{2,80}?\\s+[oa]\\s+${WAS}${VERB})(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:(?:Ene|Ena)\\s+[oa]|[OA])\\s+${WAS}${VERB}${THAT}\\s*[:,]?\\s*$`, 'u'),
  according: /(?:^|[.!?]\s+)Go\s+ya\s+ka\s+([^.!?“”"]{2,160}?)\s*,?\s*$/u,
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+[oa]\\s+${WAS}${VERB}${THAT}\\s*:\\s*$`, 'u'),
  // (`Khansele e rile:`, `Mapodisi a rile:`: a body's subject concord, not a person's `o`.)
  bodyBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+(?:e|le|se|lo|bo|ba|di)\\s+${VERB}${THAT}\\s*:\\s*$`, 'u'),
  // (`X o tlhalositse gore … . “…”`, `X o rile … .`: the sentence before reports what X said; the quote is X's own words.)
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+[oa]\\s+${WAS}${VERB}${THAT}\\s+\\p{Ll}[^.!?“”"]{2,400}[.!?]\\s*$`, 'u'),
}));

/** The name a group of words is, its forms of address taken off (`Rre X Y` → `X Y`), or null. */
export function setswanaName(group: string): string | null {
  const words = group.trim().replace(ADDRESS, '');
  if (OPENING.test(words) || BODY.test(words) || !patterns().name.test(words)) return null;
  return cleanName(words) || null;
}

/** A relative clause (`yo o …`, `yo e leng …`, who is …) or an age after a name: `yo e leng <role>` gives the role. */
const RELATIVE = /^(?:yo|ba|e\s+e|se\s+se)\s/u;

/**
 * `Mokwaledi wa khansele, Rre X Y,`, `Rre X Y, 27, yo o …,`, `Kgosi X Y wa <place>`: the name among comma-set groups; a
 * group before it is its role, and after it `yo e leng <role>` (who is). No name: the first group describes someone.
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim().replace(/\s+(?:wa|wa\s+ga|ya)\s+\p{Lu}\p{L}+$/u, '')).filter((group) => group && !OPENING.test(group));
  const at = groups.findIndex((group) => setswanaName(group) !== null);
  if (at < 0) return groups.length > 0 ? lowerSubject(groups[0]!) : null;
  const after = groups.slice(at + 1).flatMap((group) => {
    const being = /^yo\s+e\s+leng\s+(\p{Ll}.*)$/u.exec(group)?.[1];
    if (being) return [being];
    return /^\p{Ll}/u.test(group) && !RELATIVE.test(group) ? [group] : [];
  });
  const role = [...groups.slice(0, at), ...after].join(', ');
  return person(setswanaName(groups[at]!)!, role || null);
}

/** A subject with no name: `ene` (he or she), an office alone (`mokwaledi`), a body, or someone described (`Mmè mongwe`). */
function lowerSubject(words: string): SpeakerPhrase | null {
  if (/^(?:[Ee]ne|[Ee]na)(?![\p{L}])/u.test(words)) return null;
  if (BODY.test(words)) return described(words);
  // (`Mmè mongwe yo o …` (a certain woman who …): a noun, capitalised as it opens the sentence, with lower-case words after it.)
  // (Not `X yo o …` (X, who …), a name and its relative clause.)
  if (/^\p{Lu}\p{Ll}+\s+(?!(?:yo|ba|o|a|wa|ya)\s)\p{Ll}/u.test(words)) return described(words);
  if (/^\p{Lu}/u.test(words)) return null;
  if (OFFICES.test(words)) return officeDescriptor(words);
  return described(words);
}

/** The words after `go bua`: a name (its role after the comma), an office, someone described. */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;“”"\n]*/u.exec(rest)![0].trim();
  if (!words || NO_SUBJECT.test(words)) return null;
  return speakerIn(words);
}

export const setswana: LanguageCues = {
  applies: (frame) => new RegExp(`(?:^|[\\s,])(?:[Gg][oa]|[OoAa]|ene|Ene|e|le|se|lo|bo|ba|di)\\s+${WAS}${VERB}(?=[\\s:,.;!?]|$)|Go\\s+ya\\s+ka|(?:^|\\s)Rre\\s`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { impersonal, bare, subjectVerb } = patterns();
    const verb = impersonal.exec(line);
    if (verb) return tagSubject(line.slice(verb[0].length));
    // (`,” o ne a rialo.`: he or she, whom the sentences before the quote name; nothing is read here.)
    if (bare.test(line)) return null;
    const subject = subjectVerb.exec(line)?.[1];
    if (!subject) return null;
    return speakerIn(subject);
  },
  before(frame) {
    const { splitTag, pronounBefore, according, subjectBefore, reported, bodyBefore } = patterns();
    // (`“…,” go bua X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return setswana.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1];
    if (source) return speakerIn(source);
    const subject = subjectBefore.exec(frame)?.[1] ?? reported.exec(frame)?.[1];
    if (subject) return speakerIn(subject);
    const body = bodyBefore.exec(frame)?.[1];
    return body ? described(body) : null;
  },
};
