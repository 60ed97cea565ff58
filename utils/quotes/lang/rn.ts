/**
 * Kirundi: the subject glued to its verb as a prefix (`ya-vuze` he said, `a-vuga` he says). After a quote
 * `,» X yavuze.`, `,» X avuga,` (X says), `,» X yongeyeko.` (added), `,» X yashoje.` (concluded), `,» ni ko yavuze.`
 * (so he said: the person just quoted), `,» uwo muyobozi yongeyeko.` (that official added: the office named before);
 * before one `Yagize ati: «…»` (he said), `X yagize ati: «…»`, `X, <who she is>, yavuze ati:`. Kinyarwanda, its
 * neighbour, reads first (lang/rw.ts); this reader fills the forms it leaves.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verb stems of saying after the prefix: said, says, added, concluded, explained, asked, answered, stressed, confirmed. */
const STEM = '(?:vuze|vuga|ongeyeko|ongerako|shoje|siguye|sigura|bajije|baza|ishuye|shimangiye|emeje|emeza|tangaje)';
/** The subject prefixes on a past or present verb: he/she (ya-, a-), they (ba-, bara-). */
const PREFIX = '(?:ya|a|ba)';
/** Forms of address and offices before a name: Dr, Prof, Perezida, Minisitiri, Musenyeri (bishop), Padiri (priest), Mutama (elder), Madamu, Bwana. */
const ADDRESS = /^(?:(?:Dr|Prof|Perezida|Minisitiri|Musenyeri|Padiri|Pasitori|Mutama|Mme|Madamu|Bwana)\.?\s+)+/u;
/** A body (government, ministry, police, company, cooperative, commune, school): no person. */
const BODY = /^(?:Leta|Intwaro|Ministeri|Polisi|Igipolisi|Isosiyete|Koperative|Komine|Ishure|Ikigo|Urwego|Inama)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  // (`,» ni ko yavuze.`, `,» ni ko yasiguye.`: "so he said".)
  soTag: new RegExp(`^[\\s,]*[Nn]i\\s+ko\\s+${PREFIX}${STEM}(?![\\p{L}])`, 'u'),
  // (The verb closes the tag: `, ariko benshi … bavuga ko …` (but many say that …) goes on to what they say, no tag.)
  subjectTag: new RegExp(`^[\\s,]*([^.!?«»“”"\\n]{2,160}?)\\s+${PREFIX}${STEM}\\s*(?:[.,;!?]|$)`, 'u'),
  // (`Yagize ati:`, `Yavuze ati:`, `Yongeyeko ati:`: the verb carrying its subject, the person the sentence before names.)
  pronounBefore: new RegExp(`(?:^|[.!?»]\\s+)(?:Ariko\\s+|Kandi\\s+)?(?:Yagize|Yavuze|Yongeyeko|Yashimangiye|Yasiguye|Yabajije|Yishuye|Avuga)\\s+ati\\s*[:,]?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?»]\\s+)([^.!?«»“”"]{2,200}?),?\\s+(?:yagize|${PREFIX}${STEM})\\s+ati\\s*[:,]?\\s*$`, 'u'),
}));

/** A name in a group, a form of address off; an age (`w'imyaka 47`) or relative clause after it cut off. */
function kirundiName(group: string): string | null {
  const words = group.trim().replace(ADDRESS, '');
  if (!words || BODY.test(words)) return null;
  return patterns().name.test(words) ? cleanName(words) || null : null;
}

/** `X Y, umuyobozi w'…, ` `Umuvugizi w'…, X Y,`: the name among comma-set groups, the others its role; no name: described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const words = subject.trim();
  // (`uwo muyobozi`, `uyu mugore`: that official, this woman, the one the text named.)
  const pointed = /^(?:uwo|uyu|uno)\s+(\p{Ll}+)$/u.exec(words)?.[1];
  if (pointed) return officeDescriptor(pointed);
  const groups = words.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  const at = groups.findIndex((group) => kirundiName(group) !== null);
  // (`abavyeyi`, the parents; `Umuvyeyi umwe, atashatse …`, a parent who asked not to be named: someone described.)
  if (at < 0) return described(words);
  const roles = [...groups.slice(0, at), ...groups.slice(at + 1).filter((group) => /^umu|^umw/u.test(group))];
  return person(kirundiName(groups[at]!)!, roles.join(', ') || null);
}

export const kirundi: LanguageCues = {
  // (Its `yagize ati`, `yavuze`, `yongeyeko`, `ni ko`: Swahili's `alisema` and Luganda's `bwe yagambye` are none of them.)
  applies: (frame) => new RegExp(`(?:^|[\\s,»])(?:[Yy]agize\\s+ati|[Yy]?${PREFIX}${STEM})(?=[\\s:,.;!?«]|$)`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { soTag, subjectTag } = patterns();
    if (soTag.test(line)) return pronoun('they');
    // (`ni ko X yavuze`, `ni ko uyu muyobozi yakomeje avuga`: the forms with a subject after `ni ko` are Kinyarwanda's reading, lang/rw.ts.)
    if (/^[\s,]*[Nn]i\s+ko\s/u.test(line)) return null;
    const subject = subjectTag.exec(line)?.[1];
    return subject ? speakerIn(subject) : null;
  },
  before(frame) {
    const { pronounBefore, subjectBefore } = patterns();
    // (`«…,» X avuga, «…»`: the words between two parts of a quote are a tag after the first.)
    if (/^[\s,]*[^.!?«»“”"\n]{1,120},\s*$/u.test(frame)) {
      const split = kirundi.after(frame);
      if (split) return split;
    }
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = subjectBefore.exec(frame)?.[1];
    return source ? speakerIn(source) : null;
  },
};
