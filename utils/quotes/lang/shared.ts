/**
 * What every language module shares: the shape of a language's cues, builders for the speaker
 * phrases they return, and lazily compiled patterns (a browser pays for each RegExp on every
 * popup, so a language's patterns are built the first time a frame in that language turns up).
 */

import type { SpeakerPhrase } from '../cues';
import { lazyValue as lazy } from '../../patterns';
import { isForeignRoleNoun } from './role-nouns';

export interface LanguageCues {
  /** A cheap test on the frame: its script or a function word the patterns need. */
  applies: (frame: string) => boolean;
  /** The speaker named after a quote (`« … », a déclaré X`). */
  after: (frame: string) => SpeakerPhrase | null;
  /** The speaker named before a quote (`X a déclaré : « … »`). */
  before: (frame: string) => SpeakerPhrase | null;
  /**
   * Set when `after` only reads patterns anchored at the frame's start, which fail at once on
   * other text: the source of the words `before` needs, joined with other languages' into one test.
   */
  cue?: string;
}

/** A value computed on first use and kept (patterns.ts's, under the name the language files use). */
export { lazy };

/** An elided `de`, or an elided article alone or fused with its preposition (Italian `dell’`, `all’`; French `de l’`), ending a role. */
const ELIDED_BEFORE_COMPLEMENT = /(?:[\s’'][Dd]|(?:^|\s)(?:dell|all|nell|dall|sull|degl|agl|dagl|negl|sugl|l))[’']$/u;

export function person(name: string, role?: string | null, gender?: 'male' | 'female'): SpeakerPhrase | null {
  // (`سليم العمري (أبو خالد)`: a name a person is also called by, in brackets after the full name, is no part of it; person-mentions.ts.)
  let phrase = name.trim().replace(/\s*\([^()]{1,30}\)$/u, '');
  if (!phrase) return null;
  // (`Conseillère d'État Anne Dupont`, `la ministra dell’Istruzione Anna Galli`: a role ending in an elided `of`, or a
  // preposition fused with an elided article, takes the name's first word, its complement.)
  const complement = ELIDED_BEFORE_COMPLEMENT.test(role?.trim() ?? '') ? /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u.exec(phrase) : null;
  if (complement) [phrase, role] = [phrase.slice(complement[0].length), `${role!.trim()}${complement[1]}`];
  const result: SpeakerPhrase = { phrase, kind: 'name', pronoun: false };
  const cleanRole = role?.trim().replace(/[,،、，]+$/u, '').trim();
  if (cleanRole) result.role = cleanRole;
  if (gender) result.gender = gender;
  return result;
}

/**
 * A person read from a name and its roles (the role groups joined), marked loose when the name is one word: a given name
 * alone, as a second mention gives it, stands only if the text named someone so (lang/ak.ts, ln.ts, om.ts).
 */
export function namedWithRoles(found: { name: string; role: string | null }, roleAfter?: string | null): SpeakerPhrase | null {
  const result = person(found.name, [found.role, roleAfter].filter(Boolean).join(', ') || null);
  if (result && !found.name.includes(' ')) result.loose = true;
  return result;
}

export function described(words: string): SpeakerPhrase | null {
  const phrase = words.trim().replace(/[.,;:،]+$/u, '').trim();
  return phrase ? { phrase, kind: 'description', pronoun: false } : null;
}

/**
 * "he", "she" or, for a language that drops its subjects (Spanish `dijo.`, Japanese `と述べた`),
 * "they": a subject left out (`dropped`), the latest speaker whatever their gender. It is not the
 * English "they", which only ever stands for a group.
 */
export function pronoun(who: 'he' | 'she' | 'they', gender?: 'male' | 'female'): SpeakerPhrase {
  const result: SpeakerPhrase = { phrase: who, kind: 'name', pronoun: true };
  if (gender) result.gender = gender;
  if (who === 'they') result.dropped = true;
  return result;
}

/** A noun for a person standing for someone (`– деді инженер`, `paliwanag ng propesor`): the holder of that office, if the text named one. */
export const officeDescriptor = (noun: string): SpeakerPhrase => ({ ...pronoun('they'), descriptor: true, definite: noun });

/** Joins words into one alternation, longest first so that a prefix never wins over the whole word. */
/** Hebrew gershayim typed as a straight mark or as ״ between two letters (`ד"ר`, `עו"ד`): an abbreviation, no quotation mark. */
export const withoutAbbreviationMarks = (text: string, by = '') => text.replace(/(?<=\p{L})["״](?=\p{L})/gu, by);

export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/** A demonym's ending (`Toulonnais`, `Lyonnaise`, `Ardéchois`, `Alsacienne`, `Européen`, `Américaine`). */
const DEMONYM = /\p{Ll}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine)$/u;

/**
 * A definite article and one or two lower-case words, nothing more (`la retraitée`, `el
 * especialista`, `il giovane violinista`): after a reporting verb it stands for the person just
 * named, like a pronoun, its article giving the gender. A noun with a complement (`le directeur
 * de l'hôpital`), an indefinite one (`un porte-parole`) or an institution (`la mairie`) is not one.
 */
export function definiteDescriptor(articles: { female: string[]; male: string[]; either?: string[] }, institutions: string): {
  anaphor: { test(words: string): boolean };
  anaphorGender: (words: string) => 'male' | 'female' | null;
} {
  // Built on first use: most pages hold no frame in these languages.
  const pattern = lazy(() => {
    const capitalised = (list: string[]) => list.flatMap((article) => [article, article.charAt(0).toUpperCase() + article.slice(1)]);
    const all = [...articles.female, ...articles.male, ...(articles.either ?? [])];
    const elided = (article: string) => /['’]$/u.test(article);
    const opening = capitalised(all).map((article) => (elided(article) ? article : `${article}\\s+`)).join('|');
    // `il 34enne`: an age written as a noun counts too.
    return new RegExp(`^(?:${opening})(?!(?:${institutions})(?![\\p{L}]))(?:\\d{1,3}-?\\p{Ll}+|\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?)$`, 'u');
  });
  // `ha aggiunto il Segretario`, `a ajouté la Ministre`: an office capitalised out of respect, alone after its article, is
  // the person just named too; only a known role noun (`il Comune`, `la Regione` stay institutions).
  const capitalisedOffice = lazy(() => {
    const all = [...articles.female, ...articles.male, ...(articles.either ?? [])];
    const opening = all.map((article) => (/['’]$/u.test(article) ? article : `${article}\\s+`)).join('|');
    return new RegExp(`^(?:${opening})(\\p{Lu}\\p{Ll}+)$`, 'u');
  });
  // (`s’emporte le Toulonnais`, `sourit la Nantaise`: French capitalises a demonym used as a noun; it stands for the person just
  // named as a lower-case noun does.)
  const isCapitalisedOffice = (words: string) => {
    const office = capitalisedOffice().exec(words)?.[1];
    return office !== undefined && (isForeignRoleNoun(office) || DEMONYM.test(office));
  };
  const anaphor = { test: (words: string) => pattern().test(words) || isCapitalisedOffice(words) };
  const female = new Set(articles.female);
  const male = new Set(articles.male);
  const anaphorGender = (words: string) => {
    const first = (/^\p{L}+/u.exec(words)?.[0] ?? '').toLowerCase();
    return female.has(first) ? 'female' : male.has(first) ? 'male' : null;
  };
  return { anaphor, anaphorGender };
}

/** Words opening a noun's complement: "of", its equivalents and the Greek genitive articles (`ο πρόεδρος του σωματείου`). */
export const COMPLEMENT_MARKER = /^(?:of|de|din|van|z|od|του|της|των)$/u;
