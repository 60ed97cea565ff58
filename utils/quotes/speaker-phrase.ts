/**
 * A speaker as the words beside a quote give it: a name, a pronoun or a description, with the role,
 * gender or left-out subject the cue adds. The builders here turn matched words into one.
 */

import { NAME_RUN, cleanName, looksLikePerson, mayBeFamilyName } from './names';
import { isRoleWord, roleFromAppositive } from './roles';

/** Words shared by the cue patterns: a determiner opening a description, the words it may hold. */
export const DETERMINER = String.raw`(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)`;
/** Irregular past tenses, which end a subject like "-ed" does: "The remarks drew cheers." */
const IRREGULAR_PAST = 'drew|came|went|took|made|gave|got|won|lost|began|ran|held|kept|met|sent|spent|stood|brought|thought|felt|saw|became|grew|fell|rose|knew|heard|paid|sat|spoke|wrote|told|said|meant|broke|chose|drove|flew|forgot|hid|hit|hung|sang|shook|struck|swore|threw|woke|wore';
/** Determiner and up to six words, none of them a conjunction, relative pronoun or auxiliary. */
export const DESCRIPTION_WORD = String.raw`(?!(?:and|or|but|to|who|which|that|is|was|were|are|has|had|have|be|been|not|as|if|would|will|could|can|should|may|might|must|do|does|did|${IRREGULAR_PAST})\b)[\p{L}\d’'\-.]+`;
/** Sentence-opening phrases that come before the speaker: "In a statement, …", "During the meeting, …", `Quand on l’interroge …, X`;
 * a lone adverb and its comma ("Afterward, …"), never a name. */
export const LEADING_CLAUSE =
  /^(?:(?:Afterwards?|Finally|Privately|Publicly|Today|Yesterday|Tonight|Recently|Eventually|Initially|Ultimately|Nonetheless|Nevertheless|Moreover|Additionally|Similarly|Likewise|Notably|Indeed|Overall),\s*|(?:In|On|At|During|After|Before|Since|Ever since|When|While|Speaking|Asked|Later|Earlier|Meanwhile|However|Still|Yet|Then|Separately|Elsewhere|Last|Also|Like|Unlike|For|From|With|Without|Despite|Following|Under|Over|Outside|Inside|Instead|Again|Because|Although|Though|If|Once|Until|Or|As|Shortly|Soon|Just|Minutes|Hours|Days|Weeks|Months|Years|Moments|Quand|Lorsque|Lorsqu[’']|Pendant|Interrogée?|Cuando|Mientras|Preguntad[oa]|Quando|Mentre|Interpellat[oa]|Wenn|Während|Gefragt|Enquanto|Questionad[oa])\b[^,"“”]{0,80}(?:,\s+\p{Lu}[\p{L}.]{0,5}\.)?,\s*|(?:But|And|So|Yet|Or)\s+)/u;

/** After `said Trump`, the rest of `said Trump campaign manager Kellyanne Conway` or `said Clinton's spokesman, Brian Fallon`. */
const ROLE_THEN_NAME = new RegExp(`^(?:[’']s)?\\s+((?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+),?\\s+(${NAME_RUN})`, 'u');

/** Nouns for someone on a person's side or against it, written between the person's name and the speaker's: "Reyes ally Ana Lopez". */
const ASSOCIATES = new Set('ally allies loyalist confidant confidante surrogate backer donor fan friend rival critic foe opponent'.split(' '));

/** A body's nouns before a role noun: "group leader", "council leader", "union boss", "party whip". */
const BODY_QUALIFIERS = new Set('group party council union opposition campaign committee board club team caucus faction coalition bloc cabinet parliamentary police fire health school hospital prison court army'.split(' '));

/** Words ending like an agent noun that are no noun: "said Reyes after Ana Lopez spoke". */
const NOT_AGENT_NOUNS = new Set('after never ever however whether either neither rather other another further later sooner over under better together whatever'.split(' '));

/**
 * `said former England fast bowler X Y`: a line of work no office list holds (`bowler`, `buyer`), an agent noun with
 * at most two plain words before it, then a person's full name. (`used to support fellow Kentuckian X` is a predicate:
 * its words hold a verb and no agent noun ends it.)
 */
function isAgentNounPhrase(role: string, nameRun: string): boolean {
  const words = role.split(/\s+/u);
  const head = words.at(-1)!;
  // (`former England youth coach X`: an office noun after a plain word is read the same way.)
  if (words.length > 3 || NOT_AGENT_NOUNS.has(head) || !(isRoleWord(head) || /^\p{Ll}{2,}(?:er|or|ist)$/u.test(head))) return false;
  if (words.slice(0, -1).some((word) => /(?:ed|ing)$|^(?:to|and|or|the|a|an|of|for|with|who|was|is)$/u.test(word))) return false;
  const name = cleanName(nameRun);
  return !!name && /\s/u.test(name) && looksLikePerson(name);
}

/** The person after an owner and a role: the first capitalised run was the owner, not the speaker. */
export function roleThenName(owner: string, rest: string, afterSayingVerb = false): SpeakerPhrase | null {
  const match = ROLE_THEN_NAME.exec(rest);
  const role = match?.[1] ?? '';
  // Every word between must be a role word: "used to support fellow Kentuckian Rand Paul" is a predicate.
  // (`said Trump ally Roger Stone`: political copy's words for a person's side count as role words here.)
  // (`Conservative group leader Cllr X`: a body's noun may qualify the role noun after it.)
  const roleWord = (word: string, i: number, all: string[]) => isRoleWord(word) || ASSOCIATES.has(word) || (i < all.length - 1 && isRoleWord(all.at(-1)!) && BODY_QUALIFIERS.has(word));
  if (!match || !cleanName(match[2] ?? '')) return null;
  // (Only right after `said`: `Trump met council leader X and said` opens on its subject and a verb.)
  if (!role.split(/\s+/).every(roleWord) && !(afterSayingVerb && isAgentNounPhrase(role, match[2]!))) return null;
  const phrase = named(match[2]);
  // `said Committee chair Sen. Paula Restrepo`: a title inside the run belongs to the role too.
  const name = cleanName(match[2]!);
  const title = name && match[2]!.lastIndexOf(name) > 0 ? ` ${match[2]!.slice(0, match[2]!.lastIndexOf(name)).trim()}` : '';
  return phrase && { ...phrase, role: `${owner}${rest.slice(0, rest.indexOf(role)).replace(/[\s,]+$/, '')} ${role}${title}` };
}

/** After `said Local`, the rest of `said Local 1142 President Ana Lopez`: a number names a body's branch, and the person follows. */
const NUMBERED_BODY_THEN_NAME = new RegExp(`^\\s+(\\d[\\d-]*)\\s+(${NAME_RUN})`, 'u');

/**
 * The person after a numbered body (`Local 1142`, `Ward 3`, `Engine 12`): names hold no digits, so the
 * capitalised run before the number is the body's, and the role is the body with any title before the name.
 */
export function numberedBodyThenName(body: string, rest: string): SpeakerPhrase | null {
  const match = NUMBERED_BODY_THEN_NAME.exec(rest);
  // `said Local 1142 in a statement`: the numbered body itself, which is no person.
  const number = match ? null : /^\s+(\d[\d-]*)(?![\p{L}\d])/u.exec(rest);
  if (number) return described(`${body} ${number[1]}`);
  if (!match) return null;
  const name = cleanName(match[2] ?? '');
  // `said Route 9 Coffee owner Ana Lopez`: the body's name runs on, then role words and the person.
  if (!looksLikePerson(name)) return roleThenName(`${body} ${match[1]} ${match[2]}`, rest.slice(match[0].length)) ?? described(`${body} ${match[1]}`);
  const phrase = named(match[2]);
  const title = match[2]!.slice(0, Math.max(0, match[2]!.lastIndexOf(name))).trim();
  return phrase && { ...phrase, role: `${body} ${match[1]}${title ? ` ${title}` : ''}` };
}

export type SpeakerKind = 'name' | 'description';


export interface SpeakerPhrase {
  phrase: string;
  kind: SpeakerKind;
  pronoun: boolean;
  /** The gender the cue itself gives the speaker (Arabic قالت "she said"), when it gives one. */
  gender?: 'male' | 'female';
  /** The speaker's role as the cue gives it, apart from the name ("city treasurer", "le maire"). */
  role?: string;
  /**
   * The language left the subject out (Spanish `, añadió.`, Japanese `「…」と述べた`): the latest
   * salient person, whatever their gender. Never set for English "they", which is a group.
   */
  dropped?: boolean;
  /** A descriptor read as a pronoun (`la retraitée`, `— поделилась молодая мама`): the person the story just named. */
  descriptor?: boolean;
  /** The definite role noun a descriptor is (`الوزير`, `השר`): the person the text introduced with it (lang/definite-role.ts). */
  definite?: string;
  /** "Tom Reyes and Ana Lopez said": the second of a pair that speaks through the first, for a later "they". */
  pairedWith?: string;
  /** Read by the language-neutral fallback (lang/adjacent.ts): one word stands only for a name the text gives in full. */
  loose?: boolean;
  /** An office named without its holder (`— пообещал глава района`): a description unless someone holds it (lang/unnamed-office.ts). */
  office?: boolean;
  /** The text leaves this speaker unnamed (`said another councillor`, `Bir esnaf, "…" dedi`): a description as written, never a named person (unnamed-stays.ts). */
  unnamed?: boolean;
  /** The age a Romance definite description gives (`el atacante de 23 años`): the person of that age, else the one named (lang/aged-descriptor.ts). */
  age?: number;
}

/** A pattern built on first use: the rarer frames' name patterns cost nothing until a page has one. */
export function lazyPattern(build: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= build());
}

// (`the Reverend X`, `the Very Reverend X`, `the Right Honourable X`: the styles spelled out too.)
const REVEREND_NAME = new RegExp(`^the\\s+((?:(?:Very|Most|Right|Rt\\.?)\\s+)?(?:Rev\\.?|Reverend|Hon\\.?|Honourable|Honorable)\\s+${NAME_RUN})$`, 'iu');

/** A newsroom, body or place after a name: " of the Arizona Republic", " from Bayfield County". */
const AFFILIATION_AFTER = /\s+(?:of|from|at|with)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.’'-]*){0,5}$/u;

const ROLE_WORDS_NAME = lazyPattern(() => new RegExp(`^((?:[\\p{Ll}-]+\\s+){0,3})(${NAME_RUN})$`, 'u'));

/**
 * An appositive that is a person's name, maybe after role words: "Jim Tully" in `said one voter,
 * Jim Tully, 67`, "economist Dana Price" in `said the study's author, economist Dana Price`.
 */
export function namedAppositive(appositive: string): SpeakerPhrase | null {
  // (`asked the second moderator, Carl Westbrook of the Arizona Republic`: the newsroom or place after the name is no part of it.)
  const bare = appositive.trim().replace(AFFILIATION_AFTER, '');
  return personAppositive(appositive) ?? (bare !== appositive.trim() ? personAppositive(bare) : null);
}

function personAppositive(appositive: string): SpeakerPhrase | null {
  const run = ROLE_WORDS_NAME().exec(appositive.trim());
  const roleWords = run?.[1]?.trim() ?? '';
  if (!run || (roleWords && !roleWords.split(/\s+/).every(isRoleWord)) || !looksLikePerson(cleanName(run[2] ?? ''))) return null;
  const phrase = named(cleanName(run[2] ?? ''));
  return phrase && roleWords ? { ...phrase, role: roleWords } : phrase;
}

/** Builds a phrase from a match whose groups are (name, pronoun, description). */
export function fromGroups(match: RegExpExecArray): SpeakerPhrase | null {
  if (match[1]) return cleanName(match[1]) ? named(match[1]) : null;
  if (match[2]) return { phrase: match[2], kind: 'name', pronoun: true };
  return match[3] ? described(match[3]) : null;
}

/** The phrase with the role its appositives give (the one nearest the name that is a role), if any. */
export function withRole(phrase: SpeakerPhrase, appositives: string[]): SpeakerPhrase {
  if (phrase.kind !== 'name' || phrase.pronoun) return phrase;
  for (const appositive of appositives) {
    const role = roleFromAppositive(appositive);
    if (role) return { ...phrase, role };
  }
  return phrase;
}

export function named(words: string | undefined): SpeakerPhrase | null {
  const phrase = (words ?? '').trim().replace(/[’']s$/, '');
  if (/^(?:he|she|they)$/i.test(phrase)) return { phrase, kind: 'name', pronoun: true };
  return phrase ? { phrase, kind: 'name', pronoun: false } : null;
}

const WHOLE_NAME = lazyPattern(() => new RegExp(`^(?:${NAME_RUN})$`, 'u'));
/** "a statement from Kim", "the letter by Kim's lawyers": a message speaks for whoever sent it. */
const MESSAGE_FROM = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|letter|e-?mail|memo|tweet|post|message|note|release)\s+(?:from|by)\s+(.+)$/u;

/** Written or spoken words someone owns: "her statement", "Cole's tweet", "his memoir". */
const OWNED_WORDS = 'statements?|letters?|e-?mails?|memos?|messages?|notes?|tweets?|posts?|texts?|speech|remarks|books?|memoir|column|essay|op-ed|blog|diary|reply|response|answer';
const OWNED_MESSAGE = lazyPattern(
  () => new RegExp(`^(?:([Hh]is|[Hh]er)|(${NAME_RUN})[’']s?)\\s+(?:(?!(?:to|on|in|at|from|for|about|with|of)\\s)[\\p{Ll}-]+\\s+){0,2}(?:${OWNED_WORDS})(?:\\s+(?:to|on|in|at|from|for|about|with|posted|released|published|issued|sent)\\s[^,;:"“”]{1,60})?$`, 'u'),
);
const PRONOUN_OF_OWNER: Record<string, string> = { his: 'he', her: 'she' };

/**
 * "His letter to the council said", "Cole's statement read:", "Her memoir describes …": words a
 * person wrote or spoke are that person's, so the owner speaks (a pronoun resolves as one; "their" is
 * left a description, a group's words). An owned person ("his spokesman", "Cole's lawyer") is someone else and is left alone.
 */
export function ownedMessage(words: string): SpeakerPhrase | null {
  const match = /^(?:[Hh]is|[Hh]er|\p{Lu}[^\s]*(?:\s+\p{Lu}[^\s]*){0,3}[’']s?)\s/u.test(words) ? OWNED_MESSAGE().exec(words.trim()) : null;
  if (!match) return null;
  if (match[1]) return { phrase: PRONOUN_OF_OWNER[match[1].toLowerCase()]!, kind: 'name', pronoun: true };
  const owner = cleanName(match[2] ?? '');
  return owner && (looksLikePerson(owner) || (!owner.includes(' ') && mayBeFamilyName(owner))) ? named(owner) : null;
}

/** "The critic Marianne Stoddart", "our commentator Gavin Reed": "the" or "our", up to three lower-case words, then a full name. */
export const ROLE_WORDS_THEN_FULL_NAME = lazyPattern(() => new RegExp(`^(?:The|the|Our|our)\\s+((?:(?!(?:for|of|to|with|from|at|by|in|on|and|or|who)\\s)[\\p{Ll}-]+\\s+){1,3})(${NAME_RUN})$`, 'u'));

export function described(words: string | undefined): SpeakerPhrase | null {
  const phrase = (words ?? '').trim().replace(/[.,;:]+$/, '');
  if (!phrase) return null;
  const owner = ownedMessage(phrase);
  if (owner) return owner;
  const sender = MESSAGE_FROM.exec(phrase)?.[1];
  if (sender) return WHOLE_NAME().test(sender) && cleanName(sender) ? named(sender) : described(sender);
  // "the Rev. Jesse Jackson", "the Hon. Ana Lopez": an article before a title and a name is the name's.
  const titled = REVEREND_NAME.exec(phrase);
  if (titled && cleanName(titled[1] ?? '')) return named(titled[1]);
  // "said the club captain Tom Reyes", "the defending champion X": an article, lower-case words ending in a role noun, then
  // a full name is that person, the words their role.
  const roleThenName = /^(?:the|The)\s/u.test(phrase) ? ROLE_WORDS_THEN_FULL_NAME().exec(phrase) : null;
  const roleWords = roleThenName?.[1]!.trim().split(/\s+/u) ?? [];
  const fullName = roleThenName && isRoleWord(roleWords.at(-1)!) ? cleanName(roleThenName[2]!) : '';
  if (fullName.includes(' ') && looksLikePerson(fullName)) return { phrase: fullName, kind: 'name', pronoun: false, role: roleWords.join(' ') };
  return { phrase, kind: 'description', pronoun: false };
}
