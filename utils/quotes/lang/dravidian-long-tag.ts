/**
 * Tags after a quote longer than the reader's (lang/dravidian.ts) subject reach, in Malayalam and Telugu: a dash glued to
 * the tag's first word (`’ -<clause> <office> X Y പറഞ്ഞു.`), a clause of time and place before the subject (`’ -ബുധനാഴ്ച
 * … യോഗത്തിനു ശേഷം <office> X Y പറഞ്ഞു.`), a name with its age in brackets and a noun the verb takes (`,” అని <place>కు
 * చెందిన <role> X Y (52) <noun> <verb>.`). The subject is read from the end of the words before the verb, and taken only
 * when something marks it as a name (a role, initials, an age, a kin word or a participle before it).
 */

import type { SpeakerPhrase } from '../cues';
import { described } from './shared';

/** What the language's reader gives this file (lang/dravidian.ts). */
interface LongTagReader {
  nameIn: (text: string, requireRole?: boolean) => SpeakerPhrase | null;
  isRole: (word: string) => boolean;
}

export interface LongTagWords {
  reader: LongTagReader;
  /** The quotative opening the tag, if any (`എന്ന്`, `అని`). */
  quotative: string;
  /** A verb of saying or a finite verb ending the tag's sentence. */
  verb: RegExp;
  /** "A, one" before a noun: someone the text leaves unnamed (`ഒരു നഴ്സ്`). */
  indefinite: RegExp;
  /** Kin nouns and relative participles before a name, which mark it as a role would (`<whose> അമ്മ X Y`). */
  marksName: (word: string) => boolean;
  /** Most words the tag's sentence may run to. */
  reach: number;
}

/** A dash glued to the tag (`’ -X പറഞ്ഞു`, `” —X`): no part of the first word. */
export const withoutLeadingDash = (frame: string) => frame.replace(/^(\s*)[-–—]\s*/u, '$1');

/** The first sentence of a tag: up to a stop that is no initial's (`ഡോ.`, `కె.`: one to four letters and a dot). */
function firstSentence(line: string): string {
  for (const match of line.matchAll(/[.!?](?=\s|$)/gu)) {
    const before = line.slice(0, match.index).split(/\s+/u).at(-1) ?? '';
    if ([...before].length > 4 || /\d/u.test(before)) return line.slice(0, match.index);
  }
  return line;
}

/**
 * The subject of a long tag: `’ -<clause> ജില്ലാ <office> ഡോ. X Y പറഞ്ഞു.` → X Y; `” అని <clause> <role> X Y (52) <noun>
 * <verb>.` → X Y; `’ -<clause> ഒരു നഴ്സ് പറഞ്ഞു.` → "a nurse", unnamed. Null when the words name no one by a mark.
 */
export function longTagSpeaker(frame: string, words: LongTagWords): SpeakerPhrase | null {
  const line = withoutLeadingDash(frame.split('\n')[0]!);
  const sentence = firstSentence(line).trim().replace(new RegExp(`^,?\\s*(?:${words.quotative})\\s+`, 'u'), '');
  const tokens = sentence.split(/\s+/u).filter(Boolean);
  if (tokens.length < 3 || tokens.length > words.reach) return null;
  // (`… X Y (52) കണ്ണീരോടെ …`: a name with its age in brackets is the subject, whatever verb follows.)
  const aged = tokens.findIndex((token) => /^\(\d{1,3}\)$/u.test(token));
  if (aged > 0) {
    const found = words.reader.nameIn(tokens.slice(0, aged + 1).join(' '));
    return found?.kind === 'name' && !found.pronoun ? found : null;
  }
  if (!words.verb.test(tokens.at(-1)!)) return null;
  const subject = tokens.slice(0, -1);
  // (`… അഭ്യർഥിച്ച ഒരു നഴ്സ് പറഞ്ഞു`: "a nurse who asked …", unnamed.)
  const indefinite = subject.length >= 2 && words.indefinite.test(subject.at(-2)!) && words.reader.isRole(subject.at(-1)!);
  if (indefinite) return { ...described(subject.slice(-2).join(' '))!, unnamed: true };
  const found = words.reader.nameIn(subject.join(' '), true) ?? markedName(subject, words);
  return found?.kind === 'name' && !found.pronoun ? found : null;
}

/** A two-word name right after a kin word or a participle (`<whose> അമ്മ X Y`, "X Y, mother of …"). */
function markedName(subject: string[], words: LongTagWords): SpeakerPhrase | null {
  if (subject.length < 3 || !words.marksName(subject.at(-3)!)) return null;
  const found = words.reader.nameIn(subject.slice(-2).join(' '));
  return found && found.phrase.split(/\s+/u).length === 2 ? found : null;
}
