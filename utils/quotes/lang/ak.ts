/**
 * Twi (Akan): the subject comes before the verb, a pronoun glued on as its prefix (`ɔ-kaa` he/she said, `wɔ-kaa` they
 * said). After a quote `,” ɔkaa saa.` (he/she said so: the person just quoted), `,” X na ɔkaa saa.` (it was X who said
 * so), `,” X kaa.`, `,” Nana X bisaeɛ.` (Nana X asked), `,” ɔde kaa ho.` (he added), `,” <office> no kaa.` (the office
 * holder the text named); before one `Ɔkaa sɛ: “…”`, `Ɔno nso kaa sɛ: “…”` (she too said that), `X, <who he is>, kaa
 * sɛ: “…”` and `Sɛnea X kaa no, “…”` (as X said). Forms of address (Nana, Opanin, Maame, Owura Mr, Awuraa Mrs, Dɔkta)
 * open names and come off them; a family name alone (`Owura X`) is the short form of the full name given before.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, namedWithRoles, officeDescriptor, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/**
 * Verbs of saying without their subject: said (ka, kaa, kae, kaeɛ, see, see), asked (bisaa, bisaeɛ), answered (buaa),
 * explained (kyerɛɛ, kyerɛkyerɛɛ mu), went on (toaa so), added (de kaa ho), told (ka kyerɛɛ).
 */
const SAY = '(?:kaa|kae|kaeɛ|kaee|ka|see|seee|bisaa|bisae|bisaeɛ|bisaee|buaa|buae|kyerɛɛ|kyerɛkyerɛɛ\\s+mu|toaa\\s+so|de\\s+kaa\\s+ho|de\\s+kae\\s+ho|ka\\s+kyerɛɛ)';
/** The pronoun prefixes glued to the verb: he or she (ɔ-, o-), they (wɔ-, wo-). */
const PREFIX = '(?:ɔ|o|Ɔ|O|wɔ|Wɔ)';
/** `saa` (so), `sɛ` (that), `ho` (about it): words closing a tag after its verb. */
const CLOSE = '(?:\\s+(?:saa|sɛ|sɛɛ|se|ho|bio|nso))*';
/** Forms of address and titles before a name: Nana (chief, elder), Opanin (elder), Maame, Owura (Mr), Awuraa (Mrs), Agya, Dɔkta, Ɔbenfo (Prof), Osofo (Rev). */
const ADDRESS = '(?:Nana|Opanin|Ɔpanin|Maame|Owura|Awuraa|Awura|Agya|Ɔhemaa|Ohemaa|Dɔkta|Dr|Ɔbenfo|Obenfo|Ɔsofo|Osofo|Togbe|Nii|Naa)\\.?';
/** Nouns heading a body's name (the government, a ministry, an assembly, a company, the police, an office): no person. */
const BODY = /^(?:Aban|Asoɛe|Asoeɛ|Ɔfese|Ofese|Adwumakuo|Kuo|Polisifoɔ|Polisi|Bagua|Mmarahyɛ|Sukuu|Ayaresabea|Sikakorabea|Mantam|Ɔmantam)(?![\p{L}])/u;
/** A noun for a person, capitalised as it opens the tag: farmer, trader, teacher, nurse, elder, chief (the -foɔ/-ni endings of people). */
const PERSON_NOUN = /^\p{Lu}\p{Ll}*(?:foɔ|fo|ni|hene|hemaa|panin)$/u;

/** A chief's generation after the name (`Nana X Y II`): part of it. */
const GENERATION = '(?:\\s+(?:II|III|IV|V|VI))?';

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}${GENERATION}$`, 'u'),
  titled: new RegExp(`^(.*?)\\s*((?:${ADDRESS}\\s+)+)(${NAME_RUN}${GENERATION})(.*)$`, 'u'),
  // (`,” ɔkaa saa.`, `,” ɔde kaa ho.`, `,” ɔno nso kaa.`: the subject in the verb.)
  pronounTag: new RegExp(`^[\\s,]*(?:(?:ɔno|ono|ɔnoa)\\s+(?:nso\\s+)?)?${PREFIX}${SAY}${CLOSE}\\s*(?:[.,;!?]|$)`, 'u'),
  // (`,” Okuafoɔ X Y a wadi mfeɛ 54 na ɔkaa saa.`, `,” X kaa.`, `,” Nana X bisaeɛ.`, `,” <office> no kaa, “…”`.)
  subjectTag: new RegExp(`^[\\s,]*([^.!?“”"\\n]{2,160}?)\\s+(?:na\\s+${PREFIX}|nso\\s+)?${SAY}${CLOSE}\\s*(?:[.,;!?]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:(?:Ɔno|Ono|Ɔnoa)\\s+(?:nso\\s+|nso\\s+san\\s+|san\\s+)?${SAY}|${PREFIX}${SAY})(?:\\s+(?:sɛ|se|saa))?\\s*:?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+(?:nso\\s+)?${SAY}(?:\\s+(?:sɛ|se))?\\s*:\\s*$`, 'u'),
  // (`Sɛnea X kaa no, “…”`, `Sɛ nea X ka no,`: as X said, according to X.)
  according: new RegExp(`(?:^|[.!?]\\s+)(?:Sɛnea|Sɛdeɛ|Sɛdeɛ|Se\\s+nea|Sɛ\\s+nea|Senea)\\s+([^.!?“”"]{2,160}?)\\s+(?:${SAY})\\s+no\\s*,?\\s*$`, 'u'),
}));

/** A name in a group of words, its form of address off; the words before it (an office, a noun for a person) are its role. */
function twiName(group: string): { name: string; role: string | null } | null {
  const words = group.trim();
  const titled = patterns().titled.exec(words);
  if (titled) {
    // (`Nana X Y II`: the generation's numeral is part of a chief's name; names.ts would take it for a trailing abbreviation.)
    const generation = /\s+(?:II|III|IV|V|VI)$/u.exec(titled[3]!)?.[0] ?? '';
    const name = cleanName(titled[3]!.slice(0, titled[3]!.length - generation.length));
    return name ? { name: `${name}${generation}`, role: titled[1]!.trim().replace(/,$/u, '') || null } : null;
  }
  const parts = words.split(/\s+/u);
  // (`Okuafoɔ X Y`, `Kyerɛkyerɛfoɔ X Y`: a noun for a person capitalised before the name is its role.)
  const noun = parts.length > 2 && PERSON_NOUN.test(parts[0]!) ? parts[0]! : null;
  const rest = noun ? parts.slice(1).join(' ') : words;
  if (BODY.test(rest) || !patterns().name.test(rest)) return null;
  const name = cleanName(rest);
  return name ? { name, role: noun } : null;
}

/**
 * `X Y a wadi mfeɛ 54` (X Y, who is 54), `Abrenkesehene, Nana X,`, `Aburo tɔnfoɔ bi a …` (a trader): the name among
 * comma-set groups, a relative clause (`a …`, who) after it cut off; the other groups are its role. No name: someone described.
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const clause = subject.replace(/\s+a\s+(?:ɔ|o|wa|ɔre|ɔyɛ|wɔ|ne)\S*(?:\s.*)?$/u, '');
  const groups = clause.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  const at = groups.findIndex((group) => twiName(group) !== null);
  if (at < 0) {
    const first = groups[0] ?? '';
    // (`Aburo Hemmaa no kaa`: an office with the definite `no` is the one the text gave it; `Aban no` a body.)
    const office = /^(\p{L}[\p{L}\s]{1,40}?)\s+no$/u.exec(first)?.[1];
    // (`Ɔhene no kaa`: the noun capitalised as it opens the tag is the same noun the text wrote in lower case, `X, Y ɔhene`.)
    if (office && !BODY.test(office)) return officeDescriptor(office.toLowerCase());
    // (`Aban no kaa`: a body, described, so that no person before is read into it.)
    return first ? described(BODY.test(first) ? first : subject.trim()) : null;
  }
  const roles = [...groups.slice(0, at), ...groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group))];
  return namedWithRoles(twiName(groups[at]!)!, roles.join(', ') || null);
}

export const twi: LanguageCues = {
  // (Its own letters ɛ and ɔ, or the past `kaa`, `kae`, `bisaeɛ` no other language read here writes: `Aban no kaa.` has neither letter.)
  applies: (frame) => (/[ɛɔƐƆ]/u.test(frame) && new RegExp(`(?:^|[\\s,])(?:${PREFIX})?${SAY}(?=[\\s:,.;!?]|$)`, 'u').test(frame)) || /(?:^|\s)(?:kaa|kae|bisaa|bisae)(?=[\s:,.;!?]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { pronounTag, subjectTag } = patterns();
    if (pronounTag.test(line)) return pronoun('they');
    const subject = subjectTag.exec(line)?.[1];
    return subject ? speakerIn(subject) : null;
  },
  before(frame) {
    const { pronounBefore, according, subjectBefore } = patterns();
    // (`“…,” X kaa, “…”`: the words between two parts of a quote are a tag after the first.)
    if (/^[\s,]*[^.!?“”"\n]{1,120},\s*$/u.test(frame)) {
      const split = twi.after(frame);
      if (split) return split;
    }
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1] ?? subjectBefore.exec(frame)?.[1];
    return source ? speakerIn(source) : null;
  },
};
