/**
 * The subject ending right before a reporting verb (`Kim said`, `Hope Hicks, Trump's spokeswoman, said`),
 * found by stepping back over helpers ("has also") and appositives, so the words nearest the verb win;
 * with the word patterns that read a subject group: a pronoun, a name, a pair, a description.
 */

import { namedOnlyAsSubject } from './lone-names';
import { NAME_RUN, ORGANISATION_GROUP, cleanName, endsLikeBody, looksLikePerson, mayBeFamilyName } from './names';
import { describesOutlet } from './outlets';
import { isRoleWord, roleFromAppositive, ROLE_NOUNS } from './roles';
import { roleLedPersonOfBody } from './role-led-person-of-body';
import { officeOfBodyThenPerson } from './body-tail';
import { sentenceSubject } from './sentence-subject';
import { isPortfolioItem } from './portfolio-groups';
import { apposedName } from './apposed-name';
import { DESCRIPTION_WORD, DETERMINER, described, lazyPattern, named, namedAppositive, ownedMessage, withRole, type SpeakerPhrase } from './speaker-phrase';

/** Helpers, adverbs and times between a speaker and the verb: "was quoted as saying", "also said", "on Monday said". */
export const BETWEEN_TAIL = /(?:\s+(?:has|have|had|was|were|is|are|would|will|also|then|later|once|again|just|never|always|first|now|still|even|already|\p{Ll}+ly|(?:on|last|this|late|early|earlier|later)\s+\p{Lu}\p{Ll}+|(?:this|last)\s+(?:week|month|year|morning|afternoon|evening)))+\s*$/u;
const BETWEEN_WORDS = new Set('has have had was were is are would will also then later once again just never always first now still even already'.split(' '));
const BEFORE_A_TIME = new Set('on last this late early earlier later'.split(' '));

/**
 * BETWEEN_TAIL.exec, skipped (null) unless the last word can end it: one of its words, an -ly
 * word, or a word after a time's opening ("on Monday", "this week").
 */
export function betweenTail(words: string): RegExpExecArray | null {
  const tokens = words.trimEnd().split(/\s+/);
  const last = tokens.at(-1)!;
  if (tokens.length < 2 || !(BETWEEN_WORDS.has(last) || last.endsWith('ly') || BEFORE_A_TIME.has(tokens.at(-2)!))) return null;
  return BETWEEN_TAIL.exec(words);
}
const PRONOUN_AT_END = /(?<![\p{L}])(he|she|they)$/iu;
export const NAME_AT_END = new RegExp(`(?<![\\p{L}\\d’'.\\-])(${NAME_RUN})$`, 'u');
/** NAME_AT_END.exec, skipped (null) on text without a capital: every name opens with one (A–Z, or \p{Lu} beyond ASCII). */
export function nameAtEnd(words: string): RegExpExecArray | null {
  return /[A-Z\u0080-\uffff]/.test(words) ? NAME_AT_END.exec(words) : null;
}
/** An indefinite subject's head, before what places it (`A retired dairyman| from a farm outside X`, `One welder| with 19 years at …`). */
// (`A House Republican aide involved in the negotiations told me`: capitalised modifiers, and a participle in -ed, as well.)
const INDEFINITE_HEAD = /^((?:[Aa]n?|[Oo]ne|[Aa]nother)(?:\s+(?!(?:from|with|at|in|on|of|near|outside|for)\b)[\p{L}\d-]+){1,4}?)\s+(?:from|with|at|in|on|of|near|outside|for|\p{Ll}+ing|\p{Ll}+ed)\s/u;
/** `The founder of …`, `The owner of …`: "the", a role noun, then what it is of. */
const DEFINITE_ROLE_HEAD = /^[Tt]he\s+(\p{Ll}+)\s+(?:of|at|in|for|with)\s/u;
const PLACE_PREPOSITION_AT_END = /\s(?:in|from|at|near|outside)\s*$/u;
const PREPOSITION_AT_END = /\s(?:with|on|at|in|of|from|near|for|to|by)\s*$/u;
const DESCRIPTION_AT_END = new RegExp(`(?<![\\p{L}])(${DETERMINER}(?:\\s+${DESCRIPTION_WORD}){1,6})$`, 'u');
/** A comma-separated group that describes rather than names: "the city's treasurer", "who …", "62". */
// (A party and a home town of up to three words: `D-Pueblo`, `D-Las Cruces`.)
const APPOSITIVE_GROUP = /^(?:\p{Ll}|\d|(?:The|A|An)\s)|^\p{Lu}{1,2}-[\p{L}.]+(?:\s\p{Lu}[\p{L}.]*){0,2}$|^\p{Lu}{2}\.?$/u;

/** A group opening with an article and a noun for a person, then `who`/`that` and a verb: `a motorist who was driving behind …`. */
const RELATIVE_ON_DESCRIPTION = /^((?:an?|the|one|another)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(?:who|that)\s+(?:was|were|is|had|has|\p{Ll}+(?:ed|s))\b[^]*\p{Lu}/iu;

/** The last sentence opening with one adverb and a pronoun: `Her voice broke. |Then she| looked up and`, `Later, he`. */
const ADVERB_THEN_PRONOUN = /(?:^|[.!?]["”’']?\s+)\p{Lu}\p{Ll}+,?\s+(he|she|they)\s+\p{Ll}[^.!?]*$/u;

/** `… . Then she looked up from her notes and said:`: the pronoun after the sentence's opening adverb shares the verb, not the sentence before's subject. */
function pronounAfterOpeningAdverb(head: string): SpeakerPhrase | null {
  const pronoun = ADVERB_THEN_PRONOUN.exec(head)?.[1];
  return pronoun ? { phrase: pronoun, kind: 'name', pronoun: true } : null;
}

/** The subject ending right before a reporting verb, stepping back over helpers and appositives. */
export function subjectBefore(words: string, verb: string): SpeakerPhrase | null {
  const onlyAs = namedOnlyAsSubject(words);
  if (onlyAs) return named(onlyAs);
  const helpers = betweenTail(words)?.[0] ?? '';
  // "was asked" / "were told": the quote was put to the subject, who did not say it.
  if (/\b(?:was|were|is|are)\s*$/.test(helpers) && /^(?:asked|told|tells|asks|reminded|urged|pressed|warned)$/.test(verb)) return null;
  // `Kim, on Channel 9's "Meet the Mayor," said`: the comma inside the closing mark ends the appositive.
  const head = words.slice(0, words.length - helpers.length).trimEnd().replace(/,(["”’'])$/, '$1,');
  // "Trump called on her to resign and said": a second verb shares the sentence's subject.
  if (/\s(?:and|but|then|before|after)$/.test(head)) return pronounAfterOpeningAdverb(head) ?? sentenceSubject(head);
  // "Reyes forwarded it to Kim, who replied:": "who" right before the verb is the name it follows.
  const relative = /,\s+who$/.test(head) ? RELATIVE_SUBJECT().exec(head) : null;
  // (`A retired dairyman from a farm outside Tomah, who asked`: a place after a preposition is not who "who" is.)
  const placed = relative && PLACE_PREPOSITION_AT_END.test(head.slice(0, head.lastIndexOf(relative[1]!)));
  if (relative && !placed && cleanName(relative[1] ?? '')) return named(relative[1]);
  // "an email from Kim that said:", "The memo, sent by Kim to staff, said:": a message speaks for its sender
  // ("The statement, from campaign chairman Kim, said:" too).
  const sent = MESSAGE_WORD.test(head) ? SENT_BY().exec(head) : null;
  const sender = sent ? (sent[1] ?? sent[2]) : undefined;
  // ("from Kim's lawyer that said": the lawyer, as written.)
  if (sender && /[’']/.test(sender)) return described(sender);
  if (sender && cleanName(sender)) return named(sender);
  // ("a motorist who was driving behind Mrs Greer said:": a name inside a relative clause on a description is not who speaks.)
  const relativeOnDescription = head.endsWith(',') ? null : RELATIVE_ON_DESCRIPTION.exec(head.split(/[,;:]\s+/).at(-1) ?? '');
  // (`Dr Ana Ruiz, an economist who argues that …`: a description set off after a person's name is that person's, apposed-name.ts.)
  if (relativeOnDescription) return apposedName(head, relativeOnDescription[1]!) ?? described(relativeOnDescription[1]!);
  if (!head.endsWith(',')) return subjectOfGroup(head.split(/[,;:]\s+/).at(-1) ?? '');
  // "Cllr Derek Ashdown (Lib Dem, Kelsworth East), who …, said": a bracketed list after a name is one aside, not groups.
  const allGroups = head.slice(0, -1).replace(/\s*\([^()\n,]{1,40},[^()\n]{1,40}\)/gu, '').split(/,\s+/).slice(-8).reverse();
  // "Ana Reyes, whose company, Velmar, builds ships, said": the groups from "whose" to the verb are one clause about her.
  const whose = allGroups.findIndex((group) => /^whose\s/i.test(group));
  const groups = whose >= 0 && whose < allGroups.length - 1 ? allGroups.slice(whose + 1) : allGroups;
  const skipped: string[] = [];
  for (const raw of groups) {
    // "Or, as Tom Reyes, a former secretary, put it:": "as" opens the subject's group.
    const group = raw.replace(/^as\s+(?=\p{Lu})/u, '');
    const older = groups[groups.indexOf(raw) + 1];
    // "Hope Hicks, Trump's spokeswoman, said": an owned role between a name and the verb describes the name.
    const ownedRole = !!older && OWNED_ROLE.test(group);
    // "The critic Dele Ashworth, who …, wrote", "Her sister, the cellist Ingrid Solberg, said": a described name is the person.
    const describedName = /^(?:[Tt]he|[Aa]n?)\s/.test(group) ? DESCRIBED_NAME().exec(group) : null;
    if (describedName && looksLikePerson(cleanName(describedName[2] ?? ''))) {
      const phrase = named(describedName[2]);
      const role = roleFromAppositive(describedName[1]!.trim().replace(/^(?:The|An?)\b/, (article) => article.toLowerCase()));
      if (phrase) return role ? { ...phrase, role } : phrase;
    }
    // "the study's lead author, economist Dana Price, said": role words and a full name are the person, not an appositive.
    const rolledName = /^\p{Ll}/u.test(group) ? ROLE_WORDS_THEN_NAME().exec(group) : null;
    // (`Upstream, dairy farmer Col Ward, who …, said`: nouns qualifying the role noun, not only role words, before the name.)
    // (`dairy farmer Col Ward`: a family name left after a title, `Col`, is the person too.)
    if (rolledName && isRoleLead(rolledName[1]!.trim().split(/\s+/)) && (looksLikePerson(cleanName(rolledName[2] ?? '')) || titledFamilyName(rolledName[2]!))) {
      const phrase = named(rolledName[2]);
      if (phrase) return { ...phrase, role: rolledName[1]!.trim() };
    }
    // (`…, a spokeswoman for the Ministry of Environment, Forestry and Tourism, said`: a portfolio list's items, portfolio-groups.ts.)
    if (APPOSITIVE_GROUP.test(group) || ownedRole || isPlaceContinuation(group, older) || isPortfolioItem(groups, groups.indexOf(raw))) {
      skipped.unshift(group);
      continue;
    }
    // "Their lead lawyer, Simone Adeyemi of the Voting Rights Project, said": the person, not the body after "of".
    const affiliated = /^\p{Lu}/u.test(group) && /\s(?:of|from|at|with)\s/u.test(group) ? namedAppositive(group) : null;
    if (affiliated) return withRole(affiliated, older ? [...skipped, older] : skipped);
    const subject = subjectOfGroup(group);
    // "Xinhua, the official news agency, wrote": an outlet relays words, it does not say them.
    if (subject && skipped.some(describesOutlet)) return null;
    // "Trump's spokeswoman, Hope Hicks, said": the group before the name may be the role.
    const before = groups[groups.indexOf(raw) + 1];
    // "The port operator, Velmar Terminals, said": a name set beside an organisation's noun is the organisation.
    if (subject && !subject.pronoun && before && ORGANISATION_GROUP.test(before)) return described(before);
    if (subject) return withRole(subject, before ? [...skipped, before] : skipped);
  }
  // Only descriptions: "the organizer, who ran the event, said".
  const first = groups.at(-1) ?? '';
  // (`A retired dairyman from a family farm outside Tomah, who …, said`: an indefinite subject longer than the pattern's six words.)
  if (DESCRIPTION_AT_END.exec(first)?.index === 0) return described(first);
  // (`The founder of another firm in Harlow Ridge’s portfolio, who declined to be named, said`: a definite role noun heads the subject.)
  const definiteRole = groups.length > 1 ? DEFINITE_ROLE_HEAD.exec(first) : null;
  if (definiteRole && ROLE_NOUNS.has(definiteRole[1]!)) return described(first.replace(/^The\b/u, 'the'));
  const indefinite = INDEFINITE_HEAD.exec(first)?.[1];
  // (Written as the unnamed introductions write it, `a retired teacher`, for the same person read there.)
  return indefinite ? described(indefinite.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())) : null;
}

const MESSAGE = 'e-?mails?|letters?|memos?|messages?|notes?|statements?|tweets?|posts?|texts?';
const MESSAGE_WORD = new RegExp(`\\b(?:${MESSAGE})\\b`, 'i');
const SENT_BY = lazyPattern(
  () => new RegExp(`\\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${MESSAGE})(?:\\s+from\\s+(${NAME_RUN}(?:[’']s?\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)?)\\s+(?:that|which)|,\\s+(?:(?:sent|written|issued|released)\\s+by|from)\\s+(?:(?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,2}(?:[\\p{Ll}-]+\\s+){1,3})?(${NAME_RUN})(?![’'])[^,]{0,60},)$`, 'u'),
);
/** An article, a few lower-case nouns (no preposition: "a spokesman for X" is someone else) and a full name. */
const DESCRIBED_NAME = lazyPattern(() => new RegExp(`^((?:[Tt]he|[Aa]n?)(?:\\s+(?!(?:for|of|to|with|from|at|by|in|on|and|or|who)\\b)[\\p{Ll}-]+){1,3})\\s+(${NAME_RUN})$`, 'u'));
/** A title and one capitalised word (`Col Ward`, `Dr. Ames`): the family name, once the title is taken off, is a person's. */
const titledFamilyName = (run: string) => /^\p{Lu}\p{Ll}+$/u.test(cleanName(run)) && cleanName(run) !== run.trim();
/** Role words (`economist`), or nouns ending in one (`dairy farmer`, `sheep station manager`): no function word among them. */
const isRoleLead = (words: string[]) => words.every(isRoleWord) || (isRoleWord(words.at(-1)!) && !words.some((word) => FUNCTION_WORD.test(word)));
const FUNCTION_WORD = /^(?:and|or|but|of|for|with|like|as|by|to|in|on|at|from|than|including|such|the|an?|his|her|their|its|our|my|your|who|whose|which|that|this|these|those|not|no|also|then)$/u;
const ROLE_WORDS_THEN_NAME = lazyPattern(() => new RegExp(`^((?:[\\p{Ll}-]+\\s+){1,3})(${NAME_RUN})$`, 'u'));
const RELATIVE_SUBJECT = lazyPattern(() => new RegExp(`(?:^|[^\\p{L}’'])(${NAME_RUN}),\\s+who$`, 'u'));

/** A whole group that is an owner and lower-case role words: "Trump's spokeswoman", "Sanders' campaign manager". */
// (`Lena Hart, CMF's regional director for Brittany and Normandy, said`: a place the owned office serves ends it too, no one who speaks.)
const OWNED_ROLE = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}[’'](?:s\b)?(?:(?:\s+[\p{Ll}-]+){1,4}|(?:\s+[\p{Ll}-]+){1,6}\s+(?:for|of|in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:and|of|the|\p{Lu}[\p{L}.’'-]*)){0,5})$/u;
const OWNED_AT_END = /(?<![\p{L}])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}[’']s(?:\s+[\p{Ll}-]+){1,3})$/u;

const QUALIFIED_PLURAL_AT_END = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Ll}{3,}(?<![su])s)$/u;

/** "of Dayton, Ohio," / "in Munich, Germany,": the state or country after a place is part of the place. */
function isPlaceContinuation(group: string, older: string | undefined): boolean {
  // (`The sarpanch of Rampur, Shri Ramesh Yadav, said`: after an article-led office, a group reading as a person's name is
  // the office-holder, not the place's state.)
  if (/^(?:The|the)\s+\p{Ll}/u.test(older ?? '') && /\s/u.test(group.trim()) && looksLikePerson(cleanName(group))) return false;
  // (`the Babaloja of Oke Market, Alhaji X,`: an office in the local language, capitalised, and a name behind a form of respect.)
  if (/^(?:The|the)\s/u.test(older ?? '') && titledPerson(group)) return false;
  return /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}$/u.test(group) && /\b(?:of|in|from|at|near|outside)\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}$/u.test(older ?? '');
}

/** A group that is a title before a person's full name: `Alhaja Ronke Salami`, `Chief Emeka Obi`. */
function titledPerson(group: string): boolean {
  const name = cleanName(group);
  return !!name && name !== group.trim() && /\s/u.test(name) && looksLikePerson(name);
}

function subjectOfGroup(group: string): SpeakerPhrase | null {
  const words = group.trim();
  // "Trump's comments", "the reports": a possessive or article before the verb makes it a noun.
  // (`García said`: a letter beyond ASCII before a final "a" is no word boundary, so no \b here.)
  if (/(?:[’']s?|(?<![\p{L}\p{M}])(?:the|a|an|his|her|their|its|our|these|those))$/iu.test(words)) return null;
  const pronoun = PRONOUN_AT_END.exec(words);
  if (pronoun) return { phrase: pronoun[1] ?? '', kind: 'name', pronoun: true };
  // "52 percent of voters said", "The share of Republicans saying": a poll's count of people speaks as written.
  const counted = COUNTED_PEOPLE.exec(words);
  if (counted) return described(counted[1]);
  const name = nameAtEnd(words);
  // ("Detective Constable Amy Lister of Cleveland Police said", "Dr Rana Haddad of the X Trust said": a titled full name, then the body served.)
  const titledOfBody = titledPersonOfBody(words);
  if (titledOfBody) return named(titledOfBody);
  // (`Urban planner Dr. Ana Lopez of the X Institute said`: role words before the full name, then the body served.)
  const roleLed = roleLedPersonOfBody(words);
  const roleLedPhrase = roleLed ? named(roleLed.name) : null;
  if (roleLedPhrase) return { ...roleLedPhrase, role: roleLed!.role };
  // (`The chairman of the Hillside District Council Peter X said`: an office, a body's name, then the person, body-tail.ts.)
  const ofBody = officeOfBodyThenPerson(words);
  const ofBodyPhrase = ofBody ? named(ofBody.name) : null;
  if (ofBodyPhrase) return { ...ofBodyPhrase, role: ofBody!.role };
  // "Voters in Ohio said", "Residents of Flint say": a plural noun for people and the place they are in, as written.
  if (name && PEOPLE_IN_PLACE.test(words.slice(0, name.index))) return described(words);
  // "the senator from Texas", "an adviser to Clinton": a name after a preposition ends a description.
  // (`A spokeswoman for organisers Northern Prize Draw`: the name is the preposition's object, a lower-case noun before it.)
  const byArticle = name && (/(?:^|\s)(?:the|a|an|its|his|her|their|from|of|for|to|at|in|with)$/i.test(words.slice(0, name.index).trimEnd()) || (/^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s/.test(words) && /\s(?:for|of|to|at|with)\s+(?!(?:mine|yours|his|hers|ours|theirs)$)\p{Ll}[\p{Ll}-]*$/u.test(words.slice(0, name.index).trimEnd())));
  // "Tom Reyes and Ana Lopez said": a pair speaks through the one named first, as `said X and Y` reads.
  const pair = name && !byArticle ? firstOfPair(words.slice(0, name.index), name[1] ?? '') : null;
  if (pair) return pair;
  // "the Kremlin said" describes; "campaign manager Jeff Weaver said" names.
  // "a spokesperson for Fisheries and Oceans Canada said": a description ending in a body's name is the description.
  // ("The Monetary Authority of Singapore said": the body's own name ends before its "of".)
  // ("Cumbria County Council said": a body's bare name, the whole subject, is no person either.)
  if (name && (endsLikeBody(name[1]!) || endsLikeBody(cleanName(name[1]!))) && (/^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s/.test(words) || (name.index === 0 && words === name[1]))) return described(words);
  if (name && !byArticle && cleanName(name[1] ?? '')) return named(name[1]);
  // "His letter to the council said": the owner of the words speaks, whatever the words were sent to.
  const owner = /^(?:[Hh]is|[Hh]er)\s/.test(words) ? ownedMessage(words) : null;
  if (owner) return owner;
  const description = DESCRIPTION_AT_END.exec(words);
  // (`One welder with 19 years on the line put it`: a description at the end that is a preposition's object inside an
  // indefinite subject too long for the pattern is part of that subject, which speaks by its head, `One welder`.)
  const indefiniteHead = description && description.index > 0 && PREPOSITION_AT_END.test(words.slice(0, description.index)) ? INDEFINITE_HEAD.exec(words)?.[1] : undefined;
  if (description) return described(indefiniteHead ?? description[1]);
  // ("an aide to Donald Trump said": the aide, as written, not the one served.)
  if (name && byArticle && SERVING_TO.test(words.slice(0, name.index))) return described(words);
  if (name && cleanName(name[1] ?? '')) return named(name[1]);
  // "Trump's campaign said": an owned group speaks, described as written.
  const owned = OWNED_AT_END.exec(words);
  if (owned) return described(owned[1]);
  // "GOP leaders said", "Sanders supporters chanted": a plural group with a capitalised qualifier.
  const plural = QUALIFIED_PLURAL_AT_END.exec(words);
  return plural ? described(plural[1]) : null;
}

/** A described person and "to" before a name: "an aide to ", "a senior adviser to the ", "a spokesperson for State Treasurer ". */
const SERVING_TO = /^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){1,4}(?:to|for)\s+(?:\p{Lu}[\p{L}.-]*\s+(?:of\s+)?){0,4}$/u;

/** A count of people closing the subject: "52 percent of voters", "Sixty percent", "the share of Republicans". */
const COUNTED_PEOPLE = /(?:^|\s)((?:(?:\d+(?:\.\d+)?|\p{L}+(?:-\p{L}+)?)\s+percent|(?:[Tt]he|[Aa])\s+(?:share|percentage|proportion|number|majority|plurality|minority))(?:\s+of\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)?)$/u;
/** A group opening with a plural noun for people, then a preposition before a place's name: "Voters in ", "Many residents of ". */
const PEOPLE_IN_PLACE = /^(?:(?:many|most|some|other|several|few)\s+)?(?:\p{Ll}+\s+)?(?:voters|residents|officials|people|supporters|delegates|democrats|republicans|leaders|lawmakers|legislators|members|activists|protesters|workers|students|parents|families|citizens|critics|farmers|businesses|owners)\s+(?:in|of|from|across|throughout)\s+$/iu;

const PAIR_FIRST = lazyPattern(() => new RegExp(`(?:^|[^\\p{L}])(${NAME_RUN})\\s+and\\s+$`, 'u'));

/**
 * The first of two names joined by "and" before the verb: both full names ("Tom Reyes and Ana
 * Lopez") or both family names ("Reyes and Lopez"); "Democrats and Ana Lopez" is no pair.
 */
function firstOfPair(before: string, second: string): SpeakerPhrase | null {
  const first = /\sand\s+$/.test(before) ? PAIR_FIRST().exec(before)?.[1] : undefined;
  if (!first) return null;
  const [a, b] = [cleanName(first), cleanName(second)];
  const full = (name: string) => looksLikePerson(name);
  const phrase = a && b && ((full(a) && full(b)) || (mayBeFamilyName(a) && mayBeFamilyName(b))) ? named(first) : null;
  return phrase && { ...phrase, pairedWith: b };
}

/** The titled full name opening `words` before " of <body>" (`DC Amy Lister of Cleveland Police` -> `DC Amy Lister`), or null. */
function titledPersonOfBody(words: string): string | null {
  const at = words.indexOf(' of ');
  const body = words.slice(at + 4);
  // (A body: capitalised words after "the", or a run closing on a word no name ends in, `Cleveland Police`.)
  if (at < 0 || !(/^the\s+\p{Lu}/u.test(body) || (/^\p{Lu}/u.test(body) && endsLikeBody(body)))) return null;
  const person = words.slice(0, at);
  const name = cleanName(person);
  // (Its title tells a person from a body's own name with "of", `Royal Society of Chemistry`, which has none to drop.)
  return /^(?:\p{Lu}[\p{L}.’'-]*\s+)+\p{Lu}[\p{L}’'-]+$/u.test(person) && name !== person && name.includes(' ') && looksLikePerson(name) ? person : null;
}
