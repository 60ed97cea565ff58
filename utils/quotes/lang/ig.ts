/**
 * Igbo: after a quote `,” ka X kwuru.` (X said: `ka` opens the tag), `,” ka onye isi ahụ kwuru.` (that leader said: the
 * person the text gave that office), `,” X kwuru.`; `,” ka o kwuru.` (he or she said) is left to the sentence before;
 * before one `X, <who she is>, kwuru, “…”`, `Ọ sịrị: “…”` (he said), `X gbakwụnyere: “…”` (X added) and `Dịka X si kwuo,`
 * (according to X). The dotted letters ị ọ ụ and ṅ mark the language. Forms of address (Mazị Mr, Oriakụ and Nwaanyị
 * Mrs, Ọkaa, Injinia, Dr.) come off names here.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/**
 * Verbs of saying in the past: said, also said, added, said (sị), answered, asked, explained, explained to, told, recounted
 * to, went on, stressed, warned; `kwuru, sị` (said, saying) too.
 */
const SAY = '(?:(?:kwuru|kwukwara|kwusiri|gbakwụnyere|gbakwunyere|sịrị|siri|zara|zaghachiri|jụrụ|juru|kọwara|kowara|kọwaara|kowaara|gwara|kọọrọ|kooro|gara\\s+n[\'’]ihu|kwusiri\\s+ike|dọrọ\\s+aka\\s+na\\s+ntị)(?:\\s*,\\s*(?:sị|si)(?=[\\s:,]|$))?)';
/** Verbs that report what was said as a clause (`X kọwaara ndị nta akụkọ na …`, X explained to reporters that …). */
const REPORT = '(?:kwuru|kwukwara|kọwara|kowara|kọwaara|kowaara|gwara|kọọrọ|kooro|gbakwụnyere|gbakwunyere|sịrị)';
/** Forms of address and titles before a name: Mr, Mrs, Mrs/woman, Chief, Professor, Engineer, Dr, Barrister, Reverend. */
// (`Eze` king, `Igwe` traditional ruler: a title only before a full name, `Eze X Y`; alone or last it is a name, `X Eze`.)
const ADDRESS = /^(?:(?:Mazị|Maazị|Mazi|Oriakụ|Oriaku|Nwaanyị|Nwaanyi|Ọkaa(?:\s+mmụta)?|Prọfesọ|Profesọ|Injinia|Onyeisi|Ichie|Lọọya|Dọkịta|Dokita|Dọkta|Barr\.?|Dr\.?|Rev\.?|Fada|Nne\s+Ukwu|Chief|(?:Eze|Igwe)(?=\s+\p{Lu}\S*\s+\p{Lu}))\s+)+(?=\p{Lu})/u;
/** Words that open a sentence before a capitalised name and are no part of it: for, but, according to, when, now, one (a), so. */
const OPENER = /^(?:Maka|Ma|Mana|Dịka|Dika|Mgbe|Ugbu\s+a|Otu|Ya\s+mere|N[’']ihi|Ebe|Tupu|Kemgbe|Ka)\s+(?=\p{Lu})/u;
/** Offices a story may name its speaker by alone (`ka kọmishọna kwuru`): commissioner, governor, chairman, minister, president, king. */
// (`onye isi otu`, head of the union; `onye ndu`, leader; `onye oche`, chair; `onye nchịkwa`, administrator.)
const OFFICES = /^(?:kọmishọna|kọmịshọna|gọvanọ|gọvinọ|minista|eze|igwe|onyeisi(?:\s+\p{Ll}+)?|onye\s+(?:isi|ndu|oche|nchịkwa|nkwuchite|ọchịchị)(?:\s+\p{Ll}+)?)$/u;
/** Bodies and places whose names open like a person's: government, state, university, police, council, company. */
const BODY = /^(?:Gọọmentị|Gọọmenti|Steeti|Mahadum|Ndị\s+uwe\s+ojii|Kansụl|Ụlọ|Ulo|Otu|Ụlọọrụ|Kọmpịn|Kọmpanị|Ngalaba|Ministri)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  pronounAfter: new RegExp(`^[\\s,]*ka\\s+(?:o|ọ|ha)\\s+${SAY}(?=[\\s.,;]|$)`, 'u'),
  kaAfter: new RegExp(`^[\\s,]*ka\\s+([^.!?“”"\\n]{1,100}?)\\s+${SAY}(?=[\\s.,;]|$)`, 'u'),
  pointedAfter: new RegExp(`^[\\s,]*(\\p{Lu}\\p{Ll}+\\s+(?:ahụ|ahu))\\s+${SAY}(?=[\\s.,;]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*(${NAME_RUN})\\s+${SAY}(?=[\\s.,;]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:Ọ|O)\\s+(?:${SAY})(?:\\s+na)?\\s*[:,]?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${SAY}\\s*[:,]\\s*$`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:ka\\s+)?[^.!?“”"\\n,]{1,80}?\\s+${SAY}\\s*,\\s*$`, 'u'),
  // (`X, <who>, kọwaara ndị nta akụkọ na … .`: a sentence reporting what X said; the quote after it is X's own words.)
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${REPORT}(?:\\s+[^.!?“”"]{1,60}?)?\\s+na\\s+[^.!?“”"]{3,400}[.!?]\\s*$`, 'u'),
  // (`Ọ kọọrọ anyị ihe mere.`, `Ọ gwara ndị nta akụkọ na … .`: he or she told us, the quote right after it the telling.)
  toldBefore: new RegExp(`(?:^|[.!?]\\s+)(?:Ọ|O)\\s+${REPORT}\\s+[^.!?“”"]{3,300}[.!?]\\s*$`, 'u'),
  according: /(?:^|[.!?]\s+)(?:Dịka|Dika|Dị\s+ka|Di\s+ka)\s+([^,“”"]{2,80}?)\s+si\s+kwuo\s*,?\s*$/u,
}));

/** The name a word group is, with any opener and forms of address taken off (`Mazị X Y` → `X Y`), or null. */
export function igboName(group: string): string | null {
  const words = group.trim().replace(OPENER, '').replace(ADDRESS, '');
  if (!patterns().name.test(words) || BODY.test(words)) return null;
  return cleanName(words) || null;
}

/**
 * `Onye isi otu …, Mazị X Y, onye …`, `X Y, onye ọkwọ tagzi,`: the name among comma-set groups, a group before it its
 * role, or after it one opened by `onye` ("a person who …") when no verb follows (`onye na-abụghị …` is a clause).
 * No name: the first group describes someone (`Otu nwanyị na-ere azụ`, a woman selling fish).
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  if (groups[0] && BODY.test(groups[0])) return described(groups[0]);
  const at = groups.findIndex((group) => igboName(group) !== null);
  if (at < 0) return groups.length > 0 && !/^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*$/u.test(groups[0]!) ? described(groups[0]!) : null;
  const after = groups.slice(at + 1).find((group) => /^onye\s+(?!na-|ga-|nke|bụ|ahụ)/u.test(group));
  const role = at > 0 ? groups.slice(0, at).join(', ') : (after ?? null);
  return person(igboName(groups[at]!)!, role);
}

/** `ka onye isi otu ahụ kwuru` (that leader said): someone the text named; `ka otu nwanyị kwuru` (a woman) is someone unnamed. */
function kaSubject(words: string): SpeakerPhrase | null {
  // (`ka Gọọmentị Steeti X kwuru`: a body said it, no person.)
  if (BODY.test(words)) return described(words);
  const name = igboName(words);
  if (name) return person(name);
  // (`ahụ`, "that", closes a noun for someone the story already brought in: an office's noun, `onye isi otu ahụ` (that
  // leader), is the one holding it; any other, `onye ọrụ ahụ` (that worker), `nwanyị ahụ` (that woman), describes someone.)
  // (`Eze ahụ kwuru`: an office's noun opening the tag is capitalised.)
  const noun = (/^(\p{L}[\p{L}\s'’-]*?)\s+(?:ahụ|ahu)$/u.exec(words)?.[1] ?? words).trim();
  if (OFFICES.test(noun.charAt(0).toLowerCase() + noun.slice(1))) return officeDescriptor(noun);
  return /^\p{Ll}/u.test(words) ? described(words) : null;
}

export const igbo: LanguageCues = {
  // (A tag may hold no dotted letter, `, Obi kwuru, `: the verbs no other language read here has are enough; the rest need the letters.)
  applies: (frame) =>
    /(?:^|\s)(?:kwuru|kwukwara|kwusiri|sịrị|gbakwụnyere|gbakwunyere|kọwara|kọwaara|kọọrọ|zaghachiri|jụrụ|kwuo|gara\s+n['’]ihu)(?=[\s:,.;]|$)/u.test(frame) ||
    (/[ịọụṅỊỌỤṄ]/u.test(frame) && /(?:^|\s)(?:siri|zara|juru|kowara|kowaara|gwara)(?=[\s:,.;]|$)/u.test(frame)),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { pronounAfter, kaAfter, nameAfter, pointedAfter } = patterns();
    // (`ka o kwuru` names no one: left to the sentence before, which brings the speaker in, `X kwuru na …` or someone unnamed,
    // `Otu nwanyị …, kwuru na …`; read as the latest person it would skip an unnamed one for the last name.)
    if (pronounAfter.test(line)) return null;
    const ka = kaAfter.exec(line)?.[1];
    if (ka) return kaSubject(ka.trim());
    // (`, Eze ahụ kwuru.`: that king said, the holder of the office.)
    const pointed = pointedAfter.exec(line)?.[1];
    if (pointed) return kaSubject(pointed);
    const named = nameAfter.exec(line)?.[1];
    if (named && BODY.test(named)) return described(named);
    const name = named ? igboName(named) : null;
    return name ? person(name) : null;
  },
  before(frame) {
    const { pronounBefore, according, subjectBefore, splitTag, reported, toldBefore } = patterns();
    // (`“…,” ka ọ kwuru, “…”`, `“…,” X kwuru, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return igbo.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1] ?? subjectBefore.exec(frame)?.[1];
    if (source) return speakerIn(source);
    if (toldBefore.test(frame)) return pronoun('they');
    const teller = reported.exec(frame)?.[1];
    return teller ? speakerIn(teller) : null;
  },
};
