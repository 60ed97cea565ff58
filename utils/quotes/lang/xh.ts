/**
 * isiXhosa: after a quote `,” utshilo uX Y.` (said X: the subject after the verb, its noun-class prefix glued to the
 * capital), `,” watsho.`, `,” utshilo.`, `,” wongeza.` (said, added: the subject is in the verb, the person just quoted),
 * `,” watsho ehleka.` (said, laughing: a participle, no subject), `,” kutsho uX`, `,” utshilo yena` (he or she),
 * `,” utshilo usodolophu` (an office: the one the text gave it), `,” utshilo omnye umhlali` (a resident: someone
 * described); before one `X, <who he is>, uthe: “…”`, `Isithethi …, uX Y, sithe: “…”` (the verb agreeing with the role's
 * class), `Uthe: “…”`, `Uqhube wathi: “…”` (he went on, saying), `Ngokutsho kukaX, “…”` (according to X), `Ngokutsho
 * kwakhe` (according to him or her). Forms of address and ranks come after the prefix (`uMnu.` Mr, `uNksk.` Mrs,
 * `uNkszn.` Miss, `uGqr.` Dr, `uNjing.` Prof, `uKapteni` captain): the person's role, never part of the name.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { roleAfterName } from './zu';

/** Stems of saying after a consonant: say, go on, ask, answer, explain, stress, warn, complain, admit, tell, mention, recount. */
const CONSONANT_STEM = '(?:tshilo|tsho|qhuba|qhube|qhubeka|qhubekile|buza|buze|phendula|phendule|cacisa|cacise|cacisile|gxininisa|gxininise|lumkisa|lumkise|khalaza|khalaze|vuma|vumile|xela|xele|chaza|chaze|balisa|balise|balula|balule)';
/** The subject in the verb: he or she (u-, wa-), the infinitive (ku-), and the classes of nouns for people (isithethi si-, inqununu i-, igosa li-). */
const CONSONANT_VERB = `(?:u|wa|ku|si|sa|li|la|i|ya)${CONSONANT_STEM}`;
/** "Add" opens with a vowel, the concord's vowel merged into it (`wongeza`, `wongeze`, `songeza`). */
const VOWEL_VERB = '(?:w|kw|s|l|y)(?:ongeza|ongeze|ongezela|ongezele)';
const TAG_VERB = `(?:${CONSONANT_VERB}|${VOWEL_VERB})`;
/** The same verbs with the plural's concord (`batsho abahlali`, the residents said; `bongeze`): a group, no one person. */
const GROUP_VERB = `(?:ba${CONSONANT_STEM}|b(?:ongeza|ongeze))`;
/** Verbs ending the words before a quote: said, says, said so, added, and `<went on, stressed, explained> wathi` (… saying). */
const SAY_BEFORE = '(?:uthe|uthi|wathi|sithe|lithe|ithe|utshilo|utsho|wongeza|wongeze|(?:uqhube|uqhubeke|wongeze|ugxininise|ucacise|uchaze|ubalule|ulumkise|uphinde|ubuye)\\s+wathi)';
/** The same opening a sentence, the subject left out (`Uthe:`, `Naye uthe:`, `Uqhube wathi:`). */
const PRONOUN_BEFORE = `(?:(?:Naye|Yena|Kwakhona|Kananjalo|Kodwa)\\s+${SAY_BEFORE}|(?:Uthe|Uthi|Wathi|Utshilo|Wongeza|Wongeze|(?:Uqhube|Uqhubeke|Wongeze|Ugxininise|Ucacise|Uchaze|Ubalule|Ulumkise|Uphinde|Ubuye)\\s+wathi))`;

/** The noun-class prefix glued before a name (`uX`, `kuX`, `kaX`, `kukaX`, `noX`, `nguX`), hyphened before a vowel (`u-Ayanda`). */
const PREFIX = '(?:[Kk]uka|[Kk]u|[Kk]a|[Uu]|[Nn]o|[Nn]gu)-?(?=\\p{Lu})';
/** Forms of address and ranks after the prefix, before the name: Mr, Mrs, Miss, Dr, Prof, Reverend, captain, sergeant, constable, colonel, judge. */
const ADDRESS = /^((?:(?:Mnu|Mnumzana|Nksk|Nkosk|Nkosikazi|Nkszn|Nks|Nkosazana|Gqr|Gqirha|Njing|Njingalwazi|Prof|Mfu|Mfundisi|Kapteni|Sajini|Konstebhile|Kolonele|Brigadiya|Jaji)\.?\s+)+)(?=\p{Lu})/u;
/** Offices a story writes before a name or names its speaker by alone: councillor, mayor, premier, president, minister, chair, principal, chief. */
const OFFICE = 'ceba|sodolophu|meya|nkulumbuso|mongameli|mphathiswa|sihlalo|nqununu|thethi|thethi-mkhulu|lawuli|mphathi|nkosi|sekela-sodolophu';
/** The office opening a name, capitalised with its prefix (`UCeba X Y`, `uSodolophu X`): the role, not the name. */
const OFFICE_BEFORE_NAME = new RegExp(`^((?:I|Isi)?(?:${OFFICE.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, first: string) => bar + first.toUpperCase())}))\\s+(?=\\p{Lu})`, 'u');
/** The same offices as common nouns, with or without their class prefix (`usodolophu`, `inqununu`, `isithethi`, `lo ceba`). */
const OFFICE_NOUN = new RegExp(`^(?:u|um|i|in|isi|si)?(?:${OFFICE})$`, 'u');
/** An office's noun standing alone where a name would (`uSodolophu`, the mayor). */
const OFFICE_ALONE = new RegExp(`^(?:${OFFICE})$`, 'iu');
/** Bodies written with a person's prefix (`uMasipala`, `uRhulumente`, `uMbutho wabafundi`): no person. */
const BODY = /^(?:Masipala|Rhulumente|Sebe|Bhunga|Komiti|Mbutho|Qela|Kholeji|Yunivesithi|Sibhedlele|Palamente|Bhanki|Nkampani|Khabhinethi|Mkhosi|Ofisi|Sikolo)(?![\p{L}])/u;
/** Words after a tag's verb that say how, when or where, not who: a participle (`ehleka`, laughing), a time or place (`ngoMvulo`, `kwiholo`, `xa`). */
const NO_SUBJECT = /^(?:e\p{Ll}|ng[aeiou]|kw[aeio]|xa|kuba|kodwa|kananjalo|kwakhona|kamva|emva|phambi|apho|ngoku|namhlanje|izolo|ukuba|esithi)/u;

/** isiXhosa's own verbs of saying and forms of address (isiZulu writes `kusho`, `washo`, `uMnu`, `uNkk`, `uDkt`). */
const OWN_WORD = /(?:^|[\s,”"])(?:[Ii]sithethi|utshilo|utsho|watsho|kutsho|sitshilo|satsho|litshilo|latsho|itshilo|yatsho|Ngokutsho|wongeza|wongeze|Wongeza|Wongeze|Utshilo)(?=[\s:,.;”"]|$)|(?:^|\s)[Uu](?:Nksk|Nkszn|Nks|Gqr|Njing|Mnumzana|Nkosikazi|Nkosazana|Gqirha|Kapteni)(?=[.\s])/u;
/** The plural's verbs of saying (`batsho`, `batshilo`), isiXhosa's alone. */
const GROUP_TAG = /(?:^|[\s,”"])(?:batshilo|batsho)(?=[\s:,.;”"]|$)/u;
/** `uthe`, `wathi` (said) are isiZulu's too: read here only in a frame with isiXhosa's spelling. */
const SHARED_VERB = /(?:^|[\s,])(?:uthe|uthi|wathi|sithe|lithe|ithe|Uthe|Wathi)(?=[\s:,.;]|$)/u;
/** What isiXhosa spells and isiZulu does not: `ii-`, `ee-` (class 10 and its plural), `kwi-` (in), `ndi-` (I), `rh`, `kwaye` (and), `ngoku` (now). */
const XHOSA_SPELLING = /(?:^|[\s(])(?:[Ii]i|[Ee]e|[Kk]wi|[Nn]di)\p{Ll}|(?:^|\s)(?:kwaye|ngoku)(?![\p{L}])|rh/u;

const patterns = lazy(() => ({
  named: new RegExp(`^${PREFIX}(${NAME_RUN})$`, 'u'),
  bare: new RegExp(`^${NAME_RUN}$`, 'u'),
  groupTag: new RegExp(`^[\\s,]*${GROUP_VERB}(?=[\\s.,;!?”"]|$)\\s*([^.!?“”"\\n]{0,120}?)\\s*(?:[.,;!?“”"]|$)`, 'u'),
  tag: new RegExp(`^[\\s,]*${TAG_VERB}(?=[\\s.,;!?”"]|$)\\s*([^.!?“”"\\n]{0,120}?)\\s*(?:[.,;!?“”"]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)${PRONOUN_BEFORE}\\s*[:,]?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${SAY_BEFORE}\\s*[:,]?\\s*$`, 'u'),
  according: new RegExp(`(?:^|[.!?]\\s+)Ngokutsho\\s+(?:kuka|kwa|ka)?-?(\\p{Lu}[^,“”"]{1,60}?)(?:,\\s*([^,“”"]{1,120}?))?\\s*,\\s*$`, 'u'),
  // (`X, <role>, uthe <what X said>.` closing the words before a quote: X reported, then quoted.)
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+(?:uthe|sithe|lithe|ithe)\\s+[^.!?“”"]{3,300}[.!?]\\s*$`, 'u'),
  accordingPronoun: /(?:^|[.!?]\s+)Ngokutsho\s+kwakhe\s*,?\s*$/u,
  splitTag: new RegExp(`^[\\s,]*${TAG_VERB}(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
}));

/** A title's dots kept inside the name run (`Mnu. X`): `uMnu. X Y` is one group. */
const withoutAddressDots = (words: string) => words.replace(/(?<=(?:^|[\s\p{Ll}-])(?:Mnu|Nksk|Nkosk|Nkszn|Nks|Gqr|Njing|Prof|Mfu))\./gu, '');

/** The name and role in a word group, prefix, form of address and office taken off (`UCeba X Y` → X Y, `Ceba`), or null. */
export function xhosaName(group: string): { name: string; role: string | null } | null {
  const { named, bare } = patterns();
  const words = withoutAddressDots(group.trim());
  const found = named.exec(words)?.[1] ?? (/\s/u.test(words) ? bare.exec(words)?.[0] : undefined);
  if (!found) return null;
  const address = ADDRESS.exec(found)?.[1] ?? '';
  const office = OFFICE_BEFORE_NAME.exec(found.slice(address.length))?.[1] ?? '';
  const name = cleanName(found.slice(address.length).slice(office ? office.length + 1 : 0).trim());
  if (!name) return null;
  const role = `${address}${office}`.trim();
  return { name, role: role || null };
}

/** A name or known office alone (`uSodolophu`), a body as described, or null when the words name no one. */
function nameOrOffice(group: string, role: string | null = null): SpeakerPhrase | null {
  const found = xhosaName(group);
  if (!found) return null;
  if (BODY.test(found.name)) return described(group);
  if (OFFICE_ALONE.test(found.name)) return officeDescriptor(found.name.toLowerCase());
  return person(found.name, role ?? found.role);
}

/**
 * `UCeba wewadi 5, uX Y, …`, `Isithethi sebhunga, uX Y,`, `UX Y, oneminyaka engama-50,`: the name among comma-set groups;
 * a group before it is the role, else one after it (`ongusihlalo`, who is the chair: zu.ts roleAfterName). No name: the first group describes
 * someone (`Omnye umhlali`, a capitalised class prefix on a lower-case noun, names no one).
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  const at = groups.findIndex((group) => xhosaName(group) !== null);
  if (at < 0) return groups.length > 0 ? described(groups[0]!) : null;
  return nameOrOffice(groups[at]!, at > 0 ? groups.slice(0, at).join(', ') : roleAfterName(groups.slice(at + 1)));
}

/** The subject after a tag's verb: `yena` (he or she), a name, `lo <office>` (this councillor: the one just named), someone described. */
function tagSubject(words: string): SpeakerPhrase | null {
  if (!words || NO_SUBJECT.test(words) || /^(?:yena|yona)(?![\p{L}])/u.test(words)) return pronoun('they');
  // (`batsho bona`: they, a group; no one person.)
  if (/^bona(?![\p{L}])/u.test(words)) return null;
  const first = words.split(/\s+(?=\p{Ll})/u)[0]!;
  const named = nameOrOffice(first);
  if (named) return named;
  // (`utshilo lo ceba`, "said this councillor", `utshilo usodolophu`: an office's noun, pointed at or alone, is its holder;
  // `utshilo lo mfama` (this farmer), `utshilo omnye umhlali` (a resident): any other noun describes someone.)
  const noun = /^(?:(?:lo|le|eli|esi|loo)\s+)?(\p{Ll}[\p{Ll}-]*)$/u.exec(words)?.[1];
  if (noun && OFFICE_NOUN.test(noun)) return officeDescriptor(noun);
  return /^\p{Ll}/u.test(words) ? described(words) : null;
}

export const xhosa: LanguageCues = {
  applies: (frame) => OWN_WORD.test(frame) || GROUP_TAG.test(frame) || (SHARED_VERB.test(frame) && XHOSA_SPELLING.test(frame)),
  after(frame) {
    const line = frame.split('\n')[0]!;
    // (`batsho abahlali`: the words describe the group; with none, `batsho.` (they said) names no one.)
    const group = patterns().groupTag.exec(line)?.[1];
    if (group !== undefined) return group.trim() ? described(group) : null;
    const words = patterns().tag.exec(line)?.[1];
    return words === undefined ? null : tagSubject(words.trim());
  },
  before(frame) {
    const { pronounBefore, according, accordingPronoun, subjectBefore, splitTag } = patterns();
    // (`“…,” utshilo uX, “…”`, `“…,” watsho, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return xhosa.after(frame);
    if (pronounBefore.test(frame) || accordingPronoun.test(frame)) return pronoun('they');
    const source = according.exec(frame);
    if (source) {
      const found = xhosaName(source[1]!) ?? xhosaName(`u${source[1]!}`);
      const role = source[2] ? roleAfterName([source[2]]) ?? source[2] : null;
      return found ? person(found.name, role ?? found.role) : described(source[1]!);
    }
    const subject = subjectBefore.exec(frame)?.[1] ?? patterns().reported.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
