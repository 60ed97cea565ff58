/**
 * Afaan Oromo: the verb of saying closes the clause and carries its subject's person, his (`jedhe` said, `dubbate`
 * spoke), hers (`jette`) or the plural of respect (`jedhan`, used for elders and officials). After a quote `,” jedhan
 * Obbo X Y, <who he is>.` (said Mr X Y), `,” jette isheen.` (said she), `,” jedhan jaarsi kun.` (said this elder: the one
 * the text gave that noun), `,” jedhe.` (the person just quoted), `” jechuun X ibsan.` (by saying, X explained); before
 * one `X akkas jedhe: “…”` (X said thus), `Isheen akkas jette: “…”` and `Akka X jedhanitti, “…”` (as X said, according
 * to X). Forms of address (Obbo Mr, Aadde Mrs, Durbee Miss, Dr.) open names and come off them; a name is a given name
 * and the father's, and a second mention often gives the given name alone (`Obbo Bultum`).
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, namedWithRoles, officeDescriptor, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/**
 * Verbs of saying in the third person, past and perfect: said (jedh-), spoke (dubbat-), explained (ibs-), told (him-), added
 * (dabal-), asked (gaafat-), answered (deebis-), pointed out (akeek-), stressed (cims-), confirmed (mirkaneess-).
 * Not `jedhu`, `jedhamu` (which says, which is called): they follow a sign's or a body's name in quotation marks.
 */
const SAY = '(?:jedhe|jette|jedhte|jedhan|jedheera|jetteetti|jedhaniiru|jedha|jetti|dubbat(?:e|te|an|eera|aniiru)|ibs(?:e|ite|an|eera|iteetti|aniiru)|him(?:e|te|an|eera|teetti|aniiru)|dabal(?:e|te|an|eera|aniiru)|gaafat(?:e|te|an)|deebis(?:e|te|an)|akeek(?:e|te|an)|cims(?:e|ite|an)|mirkaneess(?:e|ite|an))';
/** Subject pronouns after or before the verb: he, she, they or the respected one, with `-s` (also). */
const PRONOUN = /^(?:inni|isheen|isaan|innis|isheenis|isaanis|isaan\s+kun)(?![\p{L}'’])/u;
/** Forms of address and titles written before a name: Mr, Mrs, Miss, Dr, Prof, engineer, the title of a Lammii leader. */
const ADDRESS = /^(?:(?:Obbo|Obboo|Aadde|Adde|Durbee|Durbe|Dr|Doktar|Pirof|Piroofesar|Injiinar|Abbaa\s+Lammii|Qeesii|Sheek)\.?\s+)+/u;
/** Nouns heading a body's name (an office, a government, a committee, a bureau, the police, a ministry, a court): no person. */
const BODY = /^(?:Waajjirri|Waajjira|Mootummaan|Mootummaa|Koreen|Koree|Dhaabbatni|Dhaabbata|Biiroon|Biiroo|Ministeerri|Ministeera|Bulchiinsi|Bulchiinsa|Poolisiin|Poolisii|Manni|Mana|Paartiin|Paartii|Yuunivarsiitiin|Hospitaalli|Baankiin|Komishiniin|Caffeen)(?![\p{L}'’])/u;
/** Words after the verb that say how or when, not who: then, while, today, by phone, to the reporter, again. */
const NO_SUBJECT = /^(?:achiis|booda|osoo|yeroo|har'a|kaleessa|bilbilaan|gabaasaa|gabaasaaf|ammas|itti\s+dabaluun|gara|akka)(?![\p{L}'’])/u;
/** A noun pointed at (`jaarsi kun` this elder, `barsiisaan sun` that teacher). */
const POINTED = /^(\p{Ll}[\p{L}'’]*)\s+(?:kun|sun|kana|sana)(?![\p{L}'’])/u;
/**
 * Offices and standings a story names its speaker by, in the subject's case (official, head, administrator, minister, teacher,
 * doctor, expert, chairman, the elder of customary office, `jaarsa biyyaa`): pointed at, the one the text gave it. Any other noun
 * (`namichi kun`, this man) may be someone the story left unnamed: described.
 */
const OFFICE = /^(?:gaafatamaan|hogganaan|hoogganaan|bulchaan|ministirri|pireezidaantiin|barsiisaan|barsiiftuun|doktarri|ogeessi|ogeettiin|jaarsi|qondaalli)$/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  titled: new RegExp(`^(.*?)\\s*((?:(?:Obbo|Obboo|Aadde|Adde|Durbee|Durbe|Dr|Doktar|Pirof|Piroofesar|Injiinar|Qeesii|Sheek)\\.?\\s+)+)(${NAME_RUN})(.*)$`, 'u'),
  tag: new RegExp(`^[\\s,]*${SAY}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  // (`” jechuun Obbo X ibsan.`, `” jechuun ibsaniiru.`: by saying, X explained; the subject stands between.)
  bySaying: new RegExp(`^[\\s,]*jechuun\\s+(?:(.{2,120}?)\\s+)?${SAY}(?=[\\s.,;!?]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*${SAY}(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  // (`Isheen akkas jette:`, `Inni akkana jedhe:`, `Akkas jedhan:`: a pronoun or nothing before thus-said.)
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:(?:Inni|Isheen|Isaan|Innis|Isheenis|Isaanis)\\s+)?(?:akkas|akkana|akkasumas)?\\s*(?:jechuun\\s+)?${SAY}\\s*:\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+(?:akkas|akkana)\\s+(?:jechuun\\s+)?${SAY}\\s*:\\s*$|(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+${SAY}\\s*:\\s*$`, 'u'),
  // (`Akka Obbo X jedhanitti, “…”`: as X said, according to X.)
  according: /(?:^|[.!?]\s+)Akka\s+([^.!?“”"]{2,160}?)\s+(?:jedhetti|jettetti|jedhanitti|ibsetti|ibsitetti|ibsanitti|himetti|himtetti|himanitti)\s*,?\s*$/u,
}));

/** A name in a group of words, its form of address off, with the words before the title as its role (`Bakka bu'aan X, Obbo Y Z`). */
function oromoName(group: string): { name: string; role: string | null } | null {
  const words = group.trim();
  if (BODY.test(words)) return null;
  const titled = patterns().titled.exec(words);
  if (titled) {
    const name = cleanName(titled[3]!);
    return name ? { name, role: titled[1]!.trim().replace(/,$/u, '') || null } : null;
  }
  if (!patterns().name.test(words)) return null;
  const name = cleanName(words.replace(ADDRESS, ''));
  return name ? { name, role: null } : null;
}

/** `X Y, jaarsa biyyaa …,`, `Hojjettuun fayyaa, Aadde X Y,`: the name among comma-set groups; the others are its role. No name: someone described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  if (groups.length === 1 && PRONOUN.test(groups[0]!.toLowerCase())) return pronoun('they');
  const at = groups.findIndex((group) => oromoName(group) !== null);
  if (at < 0) return groups[0] && !BODY.test(groups[0]) ? described(groups[0]) : null;
  const roles = [...groups.slice(0, at), ...groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group))];
  return namedWithRoles(oromoName(groups[at]!)!, roles.join(', ') || null);
}

/** The words after a tag's verb: a pronoun, a name and its role after the comma, a noun pointed at, someone described. */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;“”"\n]*/u.exec(rest)![0].trim();
  if (!words || PRONOUN.test(words) || NO_SUBJECT.test(words)) return pronoun('they');
  const [head, ...after] = words.split(/\s*,\s*/u);
  const found = oromoName(head!);
  if (found) return namedWithRoles(found, after[0] && /^\p{Ll}/u.test(after[0]) ? after[0] : null);
  if (/^\p{Lu}/u.test(head!)) return BODY.test(head!) ? described(head!) : null;
  const office = POINTED.exec(head!)?.[1];
  return office && OFFICE.test(office) ? officeDescriptor(office) : described(head!);
}

export const oromo: LanguageCues = {
  applies: (frame) => new RegExp(`(?:^|[\\s,])(?:${SAY}|jechuun|Akka)(?=[\\s:,.;!?]|$)`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { tag, bySaying } = patterns();
    const by = bySaying.exec(line);
    if (by) return by[1] ? speakerIn(by[1]) : pronoun('they');
    const verb = tag.exec(line);
    return verb ? tagSubject(line.slice(verb[0].length)) : null;
  },
  before(frame) {
    const { splitTag, pronounBefore, according, subjectBefore } = patterns();
    // (`“…,” jedhan Obbo X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return oromo.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1];
    if (source) return speakerIn(source);
    const subject = subjectBefore.exec(frame);
    return subject ? speakerIn((subject[1] ?? subject[2])!) : null;
  },
};
