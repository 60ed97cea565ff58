/**
 * A reader built from four patterns, for languages whose tags are a verb of saying with a subject pronoun or a name
 * (Bambara, Pulaar, Ewe, Xitsonga): after a quote `, X <verb>.` or `, <pronoun> <verb>.`; before one `X <verb>: «`.
 * The words between two parts of one quote (`«…,» X <verb>, «…»`) are read as a tag after the first part.
 * These languages' pronouns give no gender, so a pronoun is read as "they": the person salient, whoever it is.
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName } from '../names';
import { described, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

export interface TagPatterns {
  /** After a quote: a pronoun and the verb. */
  pronounTag: RegExp;
  /** After a quote: the subject's words (group 1) and the verb. */
  subjectTag: RegExp;
  /** Before a quote: a pronoun and the verb. */
  pronounBefore: RegExp;
  /** Before a quote: the subject's words (group 1) and the verb. */
  subjectBefore: RegExp;
  /** After a quote, read first: the verb, then its subject (group 1), as Xitsonga `ku vula X`. */
  inverted?: RegExp;
}

/** Words between two parts of a quote, ending in a comma. */
const BETWEEN_PARTS = /^[\s,]*[^.!?«»“”"\n]{1,120},\s*$/u;

export function tagPatternReader(applies: (frame: string) => boolean, patterns: () => TagPatterns, speakerIn: (words: string) => SpeakerPhrase | null): LanguageCues {
  const reader: LanguageCues = {
    applies,
    after(frame) {
      const line = frame.split('\n')[0]!;
      const { inverted, pronounTag, subjectTag } = patterns();
      const who = inverted?.exec(line)?.[1];
      if (who) return speakerIn(who);
      if (pronounTag.test(line)) return pronoun('they');
      const subject = subjectTag.exec(line)?.[1];
      return subject ? speakerIn(subject) : null;
    },
    before(frame) {
      const { pronounBefore, subjectBefore } = patterns();
      if (BETWEEN_PARTS.test(frame)) {
        const split = reader.after(frame);
        if (split) return split;
      }
      if (pronounBefore.test(frame)) return pronoun('they');
      const source = subjectBefore.exec(frame)?.[1];
      return source ? speakerIn(source) : null;
    },
  };
  return reader;
}

/** A reader whose two patterns capture a tag's words (group 1) after a quote and before one, read by `speakerIn` (Fijian, Kurmanji). */
export function tagWordsReader(applies: (frame: string) => boolean, patterns: () => { after: RegExp; before: RegExp }, speakerIn: (words: string) => SpeakerPhrase | null): LanguageCues {
  const read = (pattern: RegExp, text: string) => {
    const words = pattern.exec(text)?.[1];
    return words ? speakerIn(words) : null;
  };
  return { applies, after: (frame) => read(patterns().after, frame.split('\n')[0]!), before: (frame) => read(patterns().before, frame) };
}

/** A verb-first tag after a quote (Tagalog, Ilocano): a pronoun, a name (`named`), someone unnamed or an office noun (group 1 each). */
export interface VerbFirstTags {
  pronounAfter: RegExp;
  nameAfter: RegExp;
  someoneAfter: RegExp;
  officeAfter: RegExp;
}

export function verbFirstTagAfter(line: string, tags: VerbFirstTags, named: (match: RegExpExecArray) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (tags.pronounAfter.test(line)) return pronoun('they');
  const match = tags.nameAfter.exec(line);
  if (match) return named(match);
  const someone = tags.someoneAfter.exec(line)?.[1];
  if (someone) return described(someone);
  const office = tags.officeAfter.exec(line)?.[1];
  return office ? officeDescriptor(office) : null;
}

/** A group's name with its form of address taken off and kept as its role (`titled`: group 1 the address, group 2 the name); a body is none. */
export function titledName(words: string, body: RegExp, titled: RegExp, name: RegExp): { name: string; role: string | null } | null {
  if (body.test(words)) return null;
  const found = titled.exec(words);
  if (found) return { name: cleanName(found[2]!), role: found[1]!.trim().toLowerCase() };
  return name.test(words) ? { name: cleanName(words), role: null } : null;
}

/**
 * The name in a group of words with the form of address before it (`address`) taken off and kept as its role; null for a
 * group any of `refused` reads (a body, an opening word) or one `name` does not take (Guarani, Kabyle, Nahuatl).
 */
export function addressedName(group: string, address: RegExp, refused: readonly RegExp[], name: RegExp): SpeakerPhrase | null {
  const words = group.trim();
  const title = address.exec(words)?.[0];
  const bare = title ? words.slice(title.length) : words;
  if (refused.some((pattern) => pattern.test(bare)) || !name.test(bare)) return null;
  const cleaned = cleanName(bare);
  return cleaned ? person(cleaned, title?.trim() ?? null) : null;
}
