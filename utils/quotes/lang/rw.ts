/**
 * Kinyarwanda: a verb carries its subject's noun class as a prefix (`ya-vuze` he/she said, `a-vuga` says, `ba-vuze` they
 * said, `i-`/`ki-`/`ru-` a body's or a thing's). Before a quote `X, <who he is>, yagize ati “…”` (X said), `Yagize ati:`,
 * `Ati “…”` (he or she said: the person just named), and a sentence of reported speech `X, <role>, yavuze ko …` (X said
 * that) before a quote standing alone in its paragraph; after a quote `,” ni ko X yabisobanuye.` (so X explained it),
 * `,” ni ko yavuze.` (so he or she said), `,” ni ko uyu muyobozi yakomeje avuga.` (so this official went on: the one the
 * text gave that office). Names are written family name first (`Habimana Jean Claude`); forms of address (Bwana Mr,
 * Madamu Mrs, Dr, Padiri Father) come off them, and a conjunction opening the sentence (`Ariko` but) is no name.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Past stems of saying after a person's `ya-` (present `a-`): said, added, went on, explained, stressed, announced, told, asked, answered. */
const STEM = '(?:gize|vuze|ongeyeho|komeje|sobanuye|shimangiye|tangaje|bwiye|babajije|sabye|subije|emeje|bivuze|bisobanuye|bitangaje|bishimangiye|soje|ibukije|ihanangirije)';
/** The verb before `ati` (said: "he went"), with a listener after `yabwiye` (told): `yagize ati`, `yabwiye abanyamakuru ati`, `yakomeje agira ati`. */
const BEFORE_ATI = `(?:(?:ya|a|y)${STEM}(?:\\s+\\p{Ll}[\\p{L}'’]*){0,3}?\\s+(?:agira\\s+)?)?ati`;
/** The same verb of another noun class (`Polisi yagize iti`, `Ikigo cyagize kiti`, `Abahinzi bagize bati`): a body or a group. */
const BODY_ATI = `(?:y|cy|rw|ry|by|b)a${STEM}\\s+(?:iti|kiti|ruti|riti|biti|bati)`;
/** A person's verb of saying in reported speech: `yavuze ko` (said that), `avuga ko` (says that), `yabwiye X ko`. */
const REPORTED = `(?:ya|a|y)(?:vuze|vuga|tangaje|sobanuye|sobanura|bwiye(?:\\s+\\p{L}+){1,2}|emeje|emeza|ongeyeho|shimangiye|shimangira|ibukije)\\s+ko`;
/** Forms of address before a name: Mr, Mrs, Miss, Dr, Father, Bishop, Pastor, Sister, Honourable, Prof. */
const ADDRESS = /^(?:(?:Bwana|Madamu|Madame|Mademoiselle|Dr|Dogiteri|Padiri|Musenyeri|Pasiteri|Pasitoro|Mama|Nyakubahwa|Prof)\.?\s+)+/u;
/** Offices written before a name (`Minisitiri X`, `Meya Y`): the person's role. */
const OFFICE_BEFORE = /^(Minisitiri|Perezida|Meya|Guverineri|Senateri|Depite|Umuyobozi|Umuvugizi|Visi\s+Perezida)\s+(?=\p{Lu})/u;
/** Conjunctions and adverbs opening a sentence before its subject (but, and, yet, however, moreover, also, then, now): no name. */
const CONJUNCTION = /^(?:Ariko|Kandi|Naho|Nyamara|Icyakora|Ndetse|Gusa|Bityo|Nuko|Rero|Ubu|None|Nanone|Nyuma|Mbere|Ubwo|Kubera|Nubwo|Ahubwo|Mu\s+gihe)(?![\p{L}])\s*,?\s*/u;
/** Capitalised words opening a phrase of place, time or manner (in, at, on, according to, speaking with): no name. */
const OPENING = /^(?:Mu|Ku|Kuri|I|Mw|Nk['’]uko|Aganira|Avugana|Aho|Hano|Hari|Uyu\s+munsi|Ejo|Kuwa|Ku\s+wa)(?![\p{L}])/u;
/** Nouns heading a body's name (police, ministry, district, government, company, cooperative, council, school, hospital): no person. */
const BODY = /^(?:Polisi|Minisiteri|Akarere|Umurenge|Intara|Leta|Guverinoma|Ikigo|Koperative|Inama|Ishuri|Kaminuza|Ibitaro|Urukiko|Ubushinjacyaha|Sosiyete|Banki|Ishyaka|Ikipe|Umujyi|Inteko|Komisiyo|Urwego|RIB|REB|RRA)(?![\p{L}])/u;
/** A noun pointed at (`uyu muyobozi`, this official; `uwo mugore`, that woman): the one the text gave that noun, its `u-` restored. */
const POINTED = /^(?:uyu|uwo|uriya|uno)\s+(m\p{Ll}+)$/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  nameThenClause: new RegExp(`^(\\p{Lu}\\S*\\s+${NAME_RUN})\\s+(?:[wy]['’]|wo\\s|u|w)\\p{Ll}`, 'u'),
  // (`ni ko X yabisobanuye`, `ni ko yavuze`, `ni ko uyu muyobozi yakomeje avuga`: "so" and the subject before its verb.)
  tag: new RegExp(`^[\\s,.]*[Nn]i\\s+ko\\s+(?:([^.!?;“”"\\n,]{1,80}?)\\s+)?(?:ya|y|a|ba|bya|i|ki|ru|ri)${STEM}(?![\\p{L}])`, 'u'),
  splitTag: new RegExp(`^[\\s,]*[Nn]i\\s+ko\\s+[^.!?“”"\\n,]{1,80}\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:(?:Ariko|Kandi|Nyuma|Nanone|Ndetse)\\s+)?(?:Ya|A|Y)?(?:${STEM}(?:\\s+\\p{Ll}[\\p{L}'’]*){0,3}?\\s+(?:agira\\s+)?ati|ti)\\s*[:,]?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+(${BEFORE_ATI}|${BODY_ATI})\\s*[:,]?\\s*$`, 'u'),
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”",][^.!?“”"]{1,200}?),?\\s+${REPORTED}\\s+[^“”"]{4,400}?[.!?]\\s*$`, 'u'),
}));

/** The name in a group of words, its conjunction and form of address taken off, or null (a body, a place, a phrase of time). */
function kinyarwandaName(group: string): string | null {
  const words = group.trim().replace(CONJUNCTION, '').replace(ADDRESS, '').replace(OFFICE_BEFORE, '');
  if (!words || OPENING.test(words) || BODY.test(words)) return null;
  // (`X Y w'imyaka 45`, `X Y wo mu murenge wa Z`, `X Y utuye i Z`: a full name, then its age, origin or a relative clause;
  // one capitalised word before lower-case ones is a noun opening the sentence, `Umugore umwe …`, no name.)
  const run = patterns().name.exec(words)?.[0] ?? patterns().nameThenClause.exec(words)?.[1];
  return run ? cleanName(run) || null : null;
}

/**
 * The role among the comma-set groups around a name: an office before it (`Perezida wa koperative X, Y Z,`), or a noun
 * of class 1 after it (`umucuruzi uturuka i Z`, a trader from Z). A relative clause (`umaze imyaka 20`, who has spent
 * 20 years) or an age (`w'imyaka 45`) is none.
 */
function roleAround(before: readonly string[], after: readonly string[], group: string): string | null {
  const office = OFFICE_BEFORE.exec(group.trim().replace(CONJUNCTION, ''))?.[1];
  if (office) return office;
  const opening = before.filter((words) => !OPENING.test(words) && !CONJUNCTION.test(words));
  if (opening.length > 0) return opening.join(', ');
  return after.find((words) => /^(?:umu|umw|mu)\p{Ll}{3,}/u.test(words)) ?? null;
}

/** `Perezida wa …, X Y, avuga …`, `X Y, umucuruzi …`: the name among comma-set groups; no name: the first group describes someone. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  const at = groups.findIndex((group) => kinyarwandaName(group) !== null);
  if (at < 0) {
    const head = groups.find((group) => !OPENING.test(group));
    // (`Polisi y'u Rwanda`: a body's words, no person.)
    return head && !/^(?:Ya|A|Y)?\p{Ll}/u.test(head.replace(CONJUNCTION, '')) ? described(head.replace(CONJUNCTION, '')) : null;
  }
  // (`Mugabo, umuhinzi wa …`: the name's own group may hold words after it, `X w'imyaka 45`: the name is the run.)
  return person(kinyarwandaName(groups[at]!)!, roleAround(groups.slice(0, at), groups.slice(at + 1), groups[at]!));
}

/** The subject between `ni ko` and the verb: none (the person just quoted), a name, an office pointed at, a body, someone described. */
function tagSubject(words: string | undefined): SpeakerPhrase | null {
  if (!words) return pronoun('they');
  const name = kinyarwandaName(words);
  if (name) return person(name);
  if (BODY.test(words)) return described(words);
  const office = POINTED.exec(words)?.[1];
  return office ? officeDescriptor(`u${office}`) : described(words);
}

export const kinyarwanda: LanguageCues = {
  applies: (frame) => /(?:^|[\s,.])(?:[Aa]ti|iti|kiti|ruti|riti|biti|bati|[Nn]i\s+ko|(?:[Yy]a|[Aa])(?:gize|vuze|vuga|ongeyeho|komeje|sobanuye|bwiye)|[Yy]abisobanuye)(?=[\s:,.;“"]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const tag = patterns().tag.exec(line);
    return tag ? tagSubject(tag[1]?.trim()) : null;
  },
  before(frame) {
    const { splitTag, pronounBefore, subjectBefore, reported } = patterns();
    // (`“…,” ni ko X yavuze, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return kinyarwanda.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const subject = subjectBefore.exec(frame);
    // (`Polisi yagize iti:`, `Abaturage bagize bati:`: a body's or a group's verb, no one person.)
    if (subject) return /(?:iti|kiti|ruti|riti|biti|bati)$/u.test(subject[2]!) ? described(subject[1]!) : speakerIn(subject[1]!);
    // (`X, <role>, yavuze ko … .` then a paragraph that is all quote: the reported sentence's speaker says it.)
    const reporter = reported.exec(frame)?.[1];
    return reporter ? speakerIn(reporter) : null;
  },
};
