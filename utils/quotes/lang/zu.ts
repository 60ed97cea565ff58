/**
 * isiZulu: after a quote `,” kusho uX Y.` (said X: the infinitive `ku-sho` with the subject after it, its noun-class
 * prefix glued to the capital), `,” kusho yena.` (said he or she), `,” esho emamatheka.` (saying, smiling: the
 * subject just quoted), `,” kusho umeya.` (an office: the one the text gave it); before one `X, <who he is>, uthe: “…”`
 * (X said), `Uthe: “…”`, `Uqhube wathi: “…”` (he went on, saying), `Ngokusho kukaX, “…”` (according to X).
 * A name carries its prefix glued on (`uSipho`, `kuSipho`, `kaSipho`, `kukaSipho`: the name is Sipho), and forms of
 * address come after the prefix (`uMnu` Mr, `uNkk` Mrs, `uNksz` Miss, `uDkt` Dr): none of them is part of the name.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** The infinitive verbs of saying that open a tag after a quote: said, put it, added, remarked, explained, went on, asked, answered, stressed, warned, confirmed. */
const TAG_VERB = '(?:kusho|kwasho|kubeka|kwengeza|kunezela|kuphawula|kuchaza|kuqhuba|kubuza|kuphendula|kugcizelela|kuxwayisa|kuqinisekisa|kusola|kuvuma|kumemezela)';
/** Participles and past forms of "say" that need no subject after them: the person just quoted (`esho ehleka`, "saying, laughing"). */
const SUBJECTLESS = '(?:esho|washo|eqhuba|enezela|engeza)';
/** Verbs ending the words before a quote: he/she said, says, added, went on saying, explained saying. */
const SAY_BEFORE = '(?:uthe|uthi|wathi|ubethe|usho|ushilo|unezele|wanezela|wengeza|(?:uqhube|uqhuba|uphinde|ubeke|uchaze|unezele|wanezela|wengeza)\\s+wathi)';
/** The same opening a sentence, the subject left out (`Uthe:`, `Uqhube wathi:`). */
const PRONOUN_BEFORE = '(?:Uthe|Uthi|Wathi|Ubethe|Usho|Wanezela|Wengeza|Unezele|(?:Uqhube|Uqhuba|Uphinde|Ubeke|Uchaze|Unezele|Wanezela|Wengeza)\\s+wathi)';
/**
 * `Uxolise kubantu, wase ethi:` (she apologised to the people, and then said): a sentence opening with a verb, its subject
 * left out, and `wase ethi`, `wabe esethi`, `wabuye wathi` (and then said) closing it before the colon.
 */
const THEN_SAID = '(?:(?:wase|wabe|wabuye|waphinde|wagcina)\\s+(?:e(?:se)?thi|wathi)|wase\\s+esho)';

/** The noun-class prefix glued before a name (`uSipho`, `kuSipho`, `kaSipho`, `kukaSipho`, `noSipho`), hyphened before a vowel (`u-Ayanda`). */
const PREFIX = '(?:[Kk]uka|[Kk]u|[Kk]a|[Uu]|[Nn]o|[Nn]gu)-?(?=\\p{Lu})';
/** Forms of address and offices written after the prefix, before the name: Mr, Mrs, Miss, Dr, Prof, Reverend, councillor, grandmother, grandfather. */
// (Elders are addressed as grandmother and grandfather, `uGogo X`, `uMkhulu X`: the family name alone is the name.)
const ADDRESS = /^(?:Mnu|Nkk|Nksz|Nkz|Dkt|Dokotela|Solwazi|Mfu|Mfundisi|Khansela|Phini|Gogo|Mkhulu)\.?\s+(?=\p{Lu})/u;
/** Offices a story names its speaker by alone (`kusho uNdunankulu`): premier, president, mayor, councillor, minister, chair, chief executive. */
const OFFICES = /^(?:Ndunankulu|Mongameli|Meya|Khansela|Ngqongqoshe|Sihlalo|Mphathi|Khomishana|Mkhulumeli)$/u;
/** The same offices as common nouns, with or without their class prefix (`umeya`, `sihlalo`, `ukhansela`, `uthishanhloko`). */
const OFFICE_NOUN = /^(?:u|um|i|in)?(?:ndunankulu|mongameli|meya|khansela|ngqongqoshe|sihlalo|mphathi|khomishana|mkhulumeli|thishanhloko|nduna|ngameli)$/u;
/** Bodies written with a person's prefix (`uMasipala`, `uMnyango wezeMpilo`, `uHulumeni`): no person. */
const BODY = /^(?:Masipala|Hulumeni|Mnyango|Khomishini|Komidi|Nhlangano|Kolishi|Nyuvesi|Sibhedlela|Phiko|Bhange|Nkampani|Khabhinethi|Phalamende|Mkhandlu|Tshalensi)(?![\p{L}])/u;

const patterns = lazy(() => ({
  named: new RegExp(`^${PREFIX}(${NAME_RUN})$`, 'u'),
  bare: new RegExp(`^${NAME_RUN}$`, 'u'),
  tag: new RegExp(`^[\\s,]*${TAG_VERB}\\s+([^.!?“”"\\n]{1,120}?)\\s*(?:[.,;!?“”"]|$)`, 'u'),
  subjectless: new RegExp(`^[\\s,]*${SUBJECTLESS}(?=[\\s.,;]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)${PRONOUN_BEFORE}\\s*[:,]?\\s*$`, 'u'),
  // (The sentence opens with the verb itself, a past form in -e or -ile after the subject's `u-` or `wa-`: `Uxolise`, `Ufike`.
  // A noun of a person opening it, `Umshayeli`, `Umakhelwane`, `Usomabhizinisi`, is someone described, not the one before.)
  thenSaid: new RegExp(`(?:^|[.!?]\\s+)(?:U(?!m[^aeiou]|ma|so)|Wa)\\p{Ll}+e(?:\\s+\\p{Ll}[^.!?“”"]{0,80}?)?,?\\s+${THEN_SAID}\\s*:\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${SAY_BEFORE}\\s*[:,]?\\s*$`, 'u'),
  according: new RegExp(`(?:^|[.!?]\\s+)Ngokusho\\s+(?:kuka|kwa|ka)?-?(\\p{Lu}[^,“”"]{1,60}?)(?:,\\s*([^,“”"]{1,120}?))?\\s*,\\s*$`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:${TAG_VERB}|${SUBJECTLESS})(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  accordingPronoun: /(?:^|[.!?]\s+)Ngokusho\s+kwakhe\s*,?\s*$/u,
}));

/** The name a word group is, its prefix and form of address taken off (`UNkk X Y` → `X Y`), or null. */
export function zuluName(group: string): string | null {
  const { named, bare } = patterns();
  const words = group.trim();
  const found = named.exec(words)?.[1] ?? (/\s/u.test(words) ? bare.exec(words)?.[0] : undefined);
  if (!found) return null;
  const name = found.replace(ADDRESS, '');
  return cleanName(name) || null;
}

/** A name or known office (`uNdunankulu`), a body as described, or null when the words name no one. */
function nameOrOffice(group: string): SpeakerPhrase | null {
  const name = zuluName(group);
  if (!name) return null;
  if (BODY.test(name)) return described(group);
  return OFFICES.test(name) ? officeDescriptor(name) : person(name);
}

/**
 * `UNkk X Y, oneminyaka engu-40,`, `Umzukulu wakhe, uX Y, ongumfundi …`, `Unesi osebenza …`: the name among comma-set
 * groups; a group before it is the role, and after it `ongu-` ("who is") opens one (`ongumfundi` → `umfundi`). No name:
 * the first group describes someone (a capitalised class prefix on a lower-case noun, `Unesi`, names no one).
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  const at = groups.findIndex((group) => zuluName(group) !== null);
  if (at < 0) return groups.length > 0 ? described(groups[0]!) : null;
  const found = nameOrOffice(groups[at]!);
  if (!found || found.kind !== 'name' || found.pronoun) return found;
  const role = at > 0 ? groups.slice(0, at).join(', ') : roleAfterName(groups.slice(at + 1));
  return person(found.phrase, role);
}

/**
 * The role among the comma-set groups after a name, isiZulu's and isiXhosa's alike: `ongu-` ("who is") opening one comes
 * off (`ongumfundi` → `umfundi`, `oyinqununu` → `inqununu`), and a noun with its class prefix stands as it is (`umhlengikazi
 * wasesibhedlela`, `utitshala`). A relative clause (`osebenza …`, who works) or an age (`oneminyaka engu-40`) is none.
 */
export function roleAfterName(groups: readonly string[]): string | null {
  const relative = groups.find((group) => /^(?:ong(?:u|w)?|oyi)-?(?=\p{Ll})/u.test(group));
  if (relative) return relative.replace(/^ong(?:u|w)?-?/u, 'u').replace(/^oyi-?/u, 'i');
  return groups.find((group) => /^(?:um|u|i|in|im|isi)\p{Ll}+(?:\s|$)/u.test(group) && !/^(?:uma|ukuthi|ukuba|ukuze)(?![\p{L}])/u.test(group)) ?? null;
}

/** The subject after a tag's verb: `yena` (he or she), a name, `lo <noun>` (this nurse: the one just named), someone described. */
function tagSubject(words: string): SpeakerPhrase | null {
  if (/^(?:yena|yona)(?![\p{L}])/u.test(words)) return pronoun('they');
  // (`kusho bona`: they, a group; no one person.)
  if (/^bona(?![\p{L}])/u.test(words)) return null;
  const first = words.split(/\s+(?=\p{Ll})/u)[0]!;
  const named = nameOrOffice(first);
  if (named) return named;
  // (`kusho lo khansela`, "said this councillor", `kusho umeya`: an office's noun, pointed at or alone, is the one holding it;
  // `kusho lo mlimi` (this farmer), `kusho omunye wabahlali` (one of the residents): any other noun describes someone.)
  // (`kusho iMeya`, `kusho uKhansela`: the office capitalised after its class prefix, out of respect, is the same noun.)
  const noun = /^(?:(?:lo|lowo|le|lena)\s+)?(\p{Ll}{1,2}-?\p{Lu}?\p{Ll}+)$/u.exec(words)?.[1];
  if (noun && OFFICE_NOUN.test(noun.replace('-', '').toLowerCase())) return officeDescriptor(noun);
  return /^\p{Ll}/u.test(words) ? described(words) : null;
}

export const zulu: LanguageCues = {
  applies: (frame) => /(?:^|[\s,])(?:kusho|kwasho|esho|washo|uthe|wathi|Uthe|Wathi|Ngokusho|kwengeza|kubeka|kuphawula|kuchaza|kuqhuba|wanezela|Wanezela|ethi|esethi)(?=[\s:,.;]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { tag, subjectless } = patterns();
    if (subjectless.test(line)) return pronoun('they');
    const words = tag.exec(line)?.[1];
    return words ? tagSubject(words.trim()) : null;
  },
  before(frame) {
    const { pronounBefore, according, accordingPronoun, subjectBefore, splitTag } = patterns();
    // (`“…,” kusho uX, “…”`, `“…,” esho, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return zulu.after(frame);
    if (pronounBefore.test(frame) || accordingPronoun.test(frame) || patterns().thenSaid.test(frame)) return pronoun('they');
    const source = according.exec(frame);
    if (source) {
      const name = zuluName(source[1]!) ?? zuluName(`u${source[1]!}`);
      return name ? person(name, source[2]?.replace(/^ong(?:u|w)?(?=\p{Ll})/u, 'u') ?? null) : described(source[1]!);
    }
    const subject = subjectBefore.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
