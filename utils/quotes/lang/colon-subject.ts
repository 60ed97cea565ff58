/**
 * A sentence that ends in a colon before a quote, its subject a named person after an opening phrase and its comma
 * (French, Spanish, Italian, Portuguese, German): `Infirmière depuis vingt ans, Sandrine Bovet ne cache pas son
 * inquiétude : « … »`, `Poco più in là, un fruttivendolo, Sergio Galli, scuote la testa: «…»`. Whatever the verb
 * (one no list holds), the one person the sentence names, the verb right after them, says the quote; a role noun
 * opening the last phrase before the name (`Infirmière …`, `un fruttivendolo`) is their role.
 * Left alone: two people named (`X a écrit à Y :`, someone else's words may follow), a name the sentence opens with
 * (cues.ts reads those), a name after a preposition (`Selon l'entourage de X, …`), a name no verb follows.
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, looksLikePerson, NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun } from './shared';
import { isForeignRoleNoun, RANK_ALONE } from './role-nouns';
import { GERMAN_ROLE_NOUN, isGermanAgentNoun } from './de-roles';

const RUN = lazy(() => new RegExp(NAME_RUN, 'gu'));
/** An article opening the phrase before the name (`un fruttivendolo`, `la voisine`), not the role itself. */
const ARTICLE = /^(?:un|une|uno|una|um|uma|ein|eine|el|la|le|il|lo|o|a|l[’'])\s*(?=\p{L})/iu;
/** A preposition right before the name: the name is an object (`de X`, `con X`, `mit X`), not the subject. */
const PREPOSITION_BEFORE = /(?:^|\s)(?:de|du|des|di|del|della|da|do|dos|das|con|com|avec|à|a|al|ao|pour|para|per|por|von|mit|bei|für|selon|según|segundo|secondo|laut|entre|tra|fra|par|sur)\s+$/iu;

/** Conjunctions and adverbs that may stand between a comma and a name. */
const NOT_RANK = /^(?:mais|pero|però|aber|oder|sowie|como|come|comme|wie|quando|cuando|quand|donde|dove|onde|também|también|anche|aussi|auch|puis|então|luego|poi|dann|sobretudo|sobre|sotto|entre|después|depois|après|dopo|nach|ainsi|incluso|inclusive|especially|nomeadamente)$/u;

/**
 * Greek sets its article before a name, and a surname alone after it is someone the text named before: `Στο τέλος, ο X
 * γίνεται πιο προσωπικός:` ("at the end, X grows more personal"). A lone capital with no article (`Στο τέλος, Αθήνα …`) is no one.
 */
const GREEK_ARTICLE_BEFORE = /(?<=[\s,])(?:ο|η)\s+$/u;
const greekArticledSurname = (sentence: string, match: RegExpMatchArray): boolean =>
  /^\p{Lu}\p{Ll}{3,}$/u.test(match[0]) && /^\p{Script=Greek}+$/u.test(match[0]) && GREEK_ARTICLE_BEFORE.test(sentence.slice(Math.max(0, match.index! - 4), match.index));

function isRoleHead(word: string): boolean {
  return isForeignRoleNoun(word) || GERMAN_ROLE_NOUN.test(word) || isGermanAgentNoun(word);
}

/** The named subject of a colon-ended sentence whose subject follows an opening phrase (see the file's header), or null. */
export function colonSubject(sentence: string): SpeakerPhrase | null {
  if (!/:\s*$/u.test(sentence)) return null;
  const runs = [...sentence.matchAll(RUN())].map((match) => ({ match, name: cleanName(match[0]) }))
    .filter(({ match, name }) => name.includes(' ') ? looksLikePerson(name) : greekArticledSurname(sentence, match))
    // (`O porta-voz do Comando Distrital, X, disse:`: a run after a preposition is what someone is of, not a second person.)
    .filter(({ match }) => !PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, match.index! - 16), match.index).replace(/\s(?:la|el|los|las|le|les|il|lo|gli|the)\s+$/iu, ' ').replace(/\sl['’]$/u, ' ')));
  if (runs.length !== 1) return null;
  const { match, name } = runs[0]!;
  // (`O porta-voz do Comando, superintendente X, disse:`: a rank or office in lower case between the comma and the name is theirs.)
  // (`Auteur de 17 points, l’ouvreur X, 23 ans, restait modeste :`: an article-led noun there is what they are.)
  const rankMatch = /,\s*((?:(?:le|la|el|il|lo|o|a|der|die)\s+|l[’'])?(\p{Ll}[\p{L}-]+)(?:\s+\p{Ll}[\p{L}-]+)?)\s+$/u.exec(sentence.slice(0, match.index));
  // (Any word of four letters or more there but a conjunction or preposition: ranks are an open class, `superintendente`, `comisaria`.)
  // (`Chef du service depuis 2011, le docteur X conteste :`: a title of address after its article, `le docteur`, `il colonnello`, too.)
  const rank = rankMatch && (isRoleHead(rankMatch[2]!) || RANK_ALONE.test(rankMatch[1]!) || (!rankMatch[1]!.includes(' ') && rankMatch[2]!.length >= 4 && !NOT_RANK.test(rankMatch[2]!) && !PREPOSITION_BEFORE.test(` ${rankMatch[2]} `))) ? rankMatch[1]! : null;
  const before = rank ? sentence.slice(0, rankMatch!.index + 1) : sentence.slice(0, match.index).replace(GREEK_ARTICLE_BEFORE, '');
  if (!/\S\s*,\s*$/u.test(before) || PREPOSITION_BEFORE.test(before.replace(/,\s*$/u, ' '))) return null;
  // The verb right after the name, after its closing comma (`un fruttivendolo, X, scuote`) or an apposition (`X, 58 ans, regrette :`).
  if (!/^(?:,\s+[^,:;.!?«»"“”„]{2,80},|,)?\s+\p{Ll}/u.test(sentence.slice(match.index + match[0].length))) return null;
  const opening = before.replace(/\s*,\s*$/u, '').split(',').at(-1)!.trim();
  const head = opening.replace(ARTICLE, '').split(/\s+/u)[0] ?? '';
  // (`un fruttivendolo, X,`: one noun after an indefinite article, set before the name, is what the person is.)
  const apposedNoun = /^(?:un|une|uno|una|um|uma|ein|eine)\s+(\p{Ll}[\p{L}-]+)$/u.exec(opening)?.[1];
  const role = apposedNoun ?? (head && isRoleHead(head) ? opening.replace(ARTICLE, '') : null);
  // (An article-led noun next to the name is the role; the opening phrase, `Auteur de 17 points`, says what they did.)
  if (rank && ARTICLE.test(rank)) return person(name, rank);
  return person(name, role && rank ? `${role}, ${rank}` : (role ?? rank));
}

/** An office after its article opening the sentence (a conjunction may come first), then the verb, perhaps negated. */
const DEFINITE_OFFICE_OPENING = /^(?:(?:Ma|Mais|Pero|Mas|Aber|Und|Et|E|Y)\s+)?(?:(il|lo|la|el|le|o|a|der|die)\s+|(l[’']))(\p{Ll}[\p{L}-]+)(?:\s+(?:de|du|des|di|del|della|dello|dell[’']|da|do|dos|das|der|des)\s*[^,:;.!?«»"“”]{1,40}?)?\s+(?:(?:non|ne|no|não|nicht)\s+)?\p{Ll}/iu;

/**
 * `Ma la sindaca non nasconde i dubbi: «…»`: a colon-ended sentence whose subject is an office after its article and
 * that names no one: whatever the verb, the person the office stands for says the quote (read as `ha detto la sindaca`).
 */
export function colonDescriptor(sentence: string): SpeakerPhrase | null {
  if (!/:\s*$/u.test(sentence)) return null;
  const found = DEFINITE_OFFICE_OPENING.exec(sentence.trim());
  if (!found) return articlelessOffice(sentence);
  if (!isRoleHead(found[3]!) || [...sentence.matchAll(RUN())].some((match) => cleanName(match[0]).includes(' '))) return null;
  const article = (found[1] ?? found[2])!.toLowerCase();
  const gender = /^(?:la|a)$/u.test(article) ? 'female' : /^(?:il|lo|el|le|o|der)$/u.test(article) ? 'male' : null;
  const phrase = gender ? pronoun(gender === 'female' ? 'she' : 'he', gender) : pronoun('they');
  return { ...phrase, descriptor: true, definite: `${article}${found[2] ? '' : ' '}${found[3]}` };
}

/**
 * The same in languages with no article before the noun: `Burmistrz nie ukrywa zadowolenia:`, `Fostul director declara
 * atunci:` (a Romanian adjective with its article, then the noun). The person is whom the text introduced with that noun
 * (lang/introduced-noun.ts); no gender. Not English (`Officials warned:` stays as written).
 */
const ARTICLELESS_OFFICE_OPENING = /^(?:(?:Fostul|Fosta|Actualul|Actuala|Noul|Noua)\s+(\p{Ll}[\p{L}-]{3,})|(\p{Lu}\p{Ll}{3,}))\s+(?:nie\s+|ne\s+|nem\s+)?\p{Ll}/u;

const ENGLISH_WORD = /(?:^|\s)(?:the|to|of|and|said|says|told|was|is|has|have|had|in|on|for|with)(?=\s|:)/u;

function articlelessOffice(sentence: string): SpeakerPhrase | null {
  const found = ARTICLELESS_OFFICE_OPENING.exec(sentence.trim());
  const noun = found ? (found[1] ?? found[2]!) : '';
  if (!found || !isRoleHead(noun.toLowerCase()) || ENGLISH_WORD.test(sentence) || [...sentence.matchAll(RUN())].some((match) => cleanName(match[0]).includes(' '))) return null;
  return officeDescriptor(noun.toLowerCase());
}
