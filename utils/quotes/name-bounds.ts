/**
 * Where a name found in running text begins, which a run alone (names.ts cleanName) cannot tell:
 *   - `Canterbury captain Will Beispiel`, `club president June Exemplar`: a capitalised auxiliary or month
 *     after a lower-case word, mid-sentence, is a first name (an auxiliary or a month opening a
 *     sentence is no name: `Will Ortiz run?`), nor one after a preposition of time (`since last May Johnson has …`);
 *   - `Groundsman Eli Sample said …` when the article also writes `groundsman` in lower case: a word
 *     opening a sentence and a run of three, which the same article writes as a common noun after an
 *     article, is a role, not a first name; so is a Czech, Slovak or Polish inhabitant noun (`Jihlavanka Marie X`).
 *     Given names that are also words are left alone. (The rest of the
 *     run written alone elsewhere is no evidence: `Rashid Al Marzooqi … Al Marzooqi said`, `Pedro Sánchez Castejón
 *     … Sánchez Castejón`, `Donald Trump Jr. … Trump Jr.` are family names of two words.)
 */

import { isDutchArticledThing } from './dutch-things';
import { withoutDeclinedBody } from './declined-body';
import { nameWithoutCourtesyDon } from './courtesy-don';
import { AGE_ADJECTIVE, cleanName, looksLikePerson } from './names';
import { languageTest, withoutGluedOpener } from './glued-opener';
import { nameAfterComplement } from './lang/complement-role';
import { isGermanAgentNoun, isShortGermanAgentNoun } from './lang/de-roles';
import { withoutNumberedUnit } from './unit-place';

/** A Russian or Ukrainian agent noun by its ending (`Пасечник`, `Паромщик`, `Учитель`), and a patronymic's ending. */
const CYRILLIC_AGENT_FIRST = /^\p{Lu}\p{Ll}{3,}(?:ник|ниця|ница|щик|щиця|чик|тель|телька|ист|истка|іст|істка|арь)$/u;
const PATRONYMIC = /(?:ович|евич|івич|йович|овна|евна|івна|ична|инична)$/u;

/** A German tag verb or article right before a run. */
const GERMAN_BEFORE = /(?:^|\s)(?:sagt|sagte|sagen|so|erklärt|erklärte|meint|meinte|berichtet|berichtete|erzählt|erzählte|betont|betonte|der|die|den|dem)\s+$/u;

/** Auxiliaries and months cleanName drops from a run's front that are also given names. */
const WORD_GIVEN_NAMES = new Set('will may june april august march'.split(' '));

/** Given names that are common English words, never taken for a role by lower-case evidence. */
const COMMON_WORD_GIVEN_NAMES = new Set(
  ('will may june april august march mark bill grace hope faith joy rose ruby iris daisy holly ivy dawn summer autumn ' +
    'rich frank guy jack pat sue dean chase hunter taylor sunny river sky page young').split(' '),
);

/** A lower-case word (and maybe its comma) right before the run: the run stands mid-sentence. */
// (Or a quote closed after its comma, `“…,” Will Reyes said`: the sentence goes on into its tag.)
const AFTER_LOWER_WORD = /(?:\p{Ll}[\p{L}’'-]*,?|,["”’»])\s+$/u;
/** Words before a month that make it a date (`since last May Johnson has …`, `in April Reyes said`). */
const BEFORE_DATE = /(?:^|\s)(?:in|since|by|until|till|last|next|early|late|mid|of|from|through|before|after|during|this|that|every|each)\s+$/u;
/** What ends a sentence or a paragraph before a run that opens the next one. */
const OPENS_SENTENCE = /(?:^|[.!?:]["”’»]?\s+|\n\s*)$/u;

let lastText = '';
let lastLowerWords: Set<string> = new Set();

/** Every word the text writes in lower case after an article (`the groundsman`, `a groundsman`), once per text. */
function commonNounsOf(text: string): Set<string> {
  if (text !== lastText) {
    lastText = text;
    lastLowerWords = new Set([...text.matchAll(/(?:^|\s)(?:[Tt]he|[Aa]n?|[Aa]nother|[Ee]very|[Ee]ach|[Oo]ne|[Ff]ellow)\s+(\p{Ll}[\p{L}-]{3,})(?![\p{L}])/gu)].map((match) => match[1]!));
  }
  return lastLowerWords;
}

/** German by its small words, articles included (`und`, `der`, `nicht`, `ist`…), one word in ten (glued-opener.ts's test). */
const isGermanProse = languageTest(/(?<![\p{L}])(?:und|der|die|das|nicht|ist|mit|auf|sich|dem|den|ein|eine|wir|sagt)(?![\p{L}])/gu, 10);

/** `Jihlavanka Marie Dvořáková`, `Krakowianka Anna Lis`, `Krakowianin …`: a Czech, Slovak or Polish inhabitant noun (eight letters at least; `Hanka` is a name). */
const INHABITANT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:anka|ánka|anin)$/u;

/** A capitalised Dutch adjective by its ending: `Lokale`, `Openbare`, `Ruimtelijke`, `Financiële`, `Economische`, `Binnenlandse`. */
const DUTCH_ADJECTIVE = /^\p{Lu}\p{Ll}*(?:[aeë]l|ar|ijk|ig|isch|ief|[dst]s|ns)e$/u;

/** The person's name in a capitalised run at `at` of `text`, given cleanName's reading `name` of the run alone. */
export function boundName(name: string, run: string, text: string, at: number): string {
  // (`van de Zeeuwse Blonde`, `café Het Anker`: a Dutch product's or venue's name bounds to no name at all, dutch-things.ts.)
  if (isDutchArticledThing(text, at, run)) return '';
  // (`Petra Suter von der Kraftwerke Urnerland AG`: German "of the" and a body of two capitalised words or more after a full
  // name end it; `Ursula von der Leyen`, one given name before the particle, and `Hans Peter von der Mühll` keep theirs.)
  // (`Die Inszenierung von Regisseurin X Y`: only when the words before "von" are a person's and those after it are not.)
  // (Tried only on a run with "vo" in it, which the pattern's `von`/`vom` needs.)
  const ofBody = run.includes('vo') && /^((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:von|vom)(?:\s+(?:der|dem|den))?\s+(\p{Lu}\S*\s+\p{Lu}.*)$/u.exec(run);
  if (ofBody && looksLikePerson(cleanName(ofBody[1]!)) && !looksLikePerson(cleanName(ofBody[2]!))) return cleanName(ofBody[1]!);
  const ofOneWordBody = run.includes('vo') ? bodyAfterSurname(run, text) : null;
  if (ofOneWordBody) return ofOneWordBody;
  if (!name) return name;
  // (`Don Aurelio Ruiz Santana`: a Spanish or Italian courtesy title opening a longer run, courtesy-don.ts.)
  const untitled = nameWithoutCourtesyDon(name, run, text);
  if (untitled) return untitled;
  // (`Industrial Police-4 Narsingdi Md Kamal Uddin`: a numbered unit and its place before the name, unit-place.ts.)
  const unitless = withoutNumberedUnit(name, text);
  if (unitless !== name) return unitless;
  // (`kurz nach 22 Uhr das Resultat bekannt gab`: in German prose "das" between capitalised words is the neuter article
  // before a noun, no particle as in `Maria das Dores`; the words before it are the name only when there are two or more,
  // `gab Anna Roth das Buch zurück`.)
  const germanArticle = / das (?=\p{Lu})/u.exec(name);
  if (germanArticle && isGermanProse(text)) {
    const before = name.slice(0, germanArticle.index);
    return /\s/u.test(before) ? before : '';
  }
  // (`Mikael Nieminen Oulun Satama Oy:stä`: a firm's name closed by its legal form after a full name ends it.)
  const firmAfter = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+\p{Lu}\S*){1,3}\s+(?:Oy|Oyj|Ab|AB|AS|ASA|ApS|GmbH|AG|SA|SpA|Ltd|Inc|Kft|Zrt)$/u.exec(name);
  if (firmAfter) return firmAfter[1]!;
  const first = /^\S+/u.exec(run)![0];
  const before = text.slice(Math.max(0, at - 40), at);
  if (WORD_GIVEN_NAMES.has(first.toLowerCase()) && run.length > first.length && cleanName(run.slice(first.length).trim()) === name && AFTER_LOWER_WORD.test(before) && !BEFORE_DATE.test(before) && !/\s/u.test(name)) return `${first} ${name}`;
  const words = name.split(' ');
  if (words.length >= 3 && words[0] === first && OPENS_SENTENCE.test(before) && !COMMON_WORD_GIVEN_NAMES.has(first.toLowerCase()) && (commonNounsOf(text).has(first.toLowerCase()) || INHABITANT_NOUN.test(first))) return words.slice(1).join(' ');
  // (`Stadträtin für Bildung Sabine Kurz`, `secretario de Obras Públicas Raúl Medina`: the complement of the role before
  // the name is no part of it, lang/complement-role.ts.)
  // (`sagt Imker Hans Böhm`: a short German agent noun after a German tag verb or article, lang/de-roles.ts.)
  if (words.length === 3 && words[0] === first && GERMAN_BEFORE.test(before) && isShortGermanAgentNoun(first)) return words.slice(1).join(' ');
  // (`Anwohner Gerhard Moser ist verärgert`: a German agent noun opening a sentence's run of three, in German text, is the role.)
  // (`Skeptisch bleibt Pächter X Y`: after any lower-case word, too.)
  if (words.length === 3 && words[0] === first && (OPENS_SENTENCE.test(before) || /\p{Ll}\s+$/u.test(before)) && (isShortGermanAgentNoun(first) || isGermanAgentNoun(first)) && isGermanProse(text)) return words.slice(1).join(' ');
  // (`Wenn Fährmann X Y morgens…`, `Als Imkerin X Y…`: a capitalised small word opening the sentence, which cleanName left out
  // of the run, stands where a lower-case word stands above.)
  const opener = run.endsWith(` ${name}`) && OPENS_SENTENCE.test(before) ? run.slice(0, -name.length - 1) : '';
  if (words.length === 3 && /^\p{Lu}\p{Ll}+$/u.test(opener) && (isShortGermanAgentNoun(words[0]!) || isGermanAgentNoun(words[0]!)) && isGermanProse(text)) return words.slice(1).join(' ');
  // (`Schepen van Cultuur X Y`: once cleanName drops the role noun, "of" and one capitalised word left before a full name
  // are the role's portfolio or place, no particle opening the name.)
  // (`Schepen van Lokale Economie X Y`: a Dutch portfolio of an adjective and its noun is two words; `van Economie X De Smet` one.)
  if (words.length >= 5 && words[0] === 'van' && DUTCH_ADJECTIVE.test(words[1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[2]!) && /^\p{Lu}\p{Ll}+$/u.test(words[3]!)) return words.slice(3).join(' ');
  if (words.length >= 4 && /^(?:van|von|de|di|da|do|du)$/u.test(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[2]!)) return words.slice(2).join(' ');
  // (`Пасечник Иван Кузнецов потерял…`: a Cyrillic agent noun opening a run of three, the last no patronymic, is the role.)
  if (words.length === 3 && words[0] === first && CYRILLIC_AGENT_FIRST.test(first) && !PATRONYMIC.test(words[2]!)) return words.slice(1).join(' ');
  // (`Dinas Perhubungan (Dishub) Kota Malang Agus Wibowo`: an Indonesian or Malay administrative unit and its one-word place open the run.)
  if (words.length >= 4 && words[0] === first && /^(?:Kota|Kabupaten|Provinsi|Kecamatan|Kelurahan|Desa|Negeri)$/u.test(first)) return words.slice(2).join(' ');
  if (words.length >= 3) {
    const afterComplement = nameAfterComplement(text.slice(Math.max(0, at - 60), at + run.length));
    // (Two words only: a longer run after a capitalised place, `de Castilla-La Mancha Rafael Montoya`, is bounded below;
    // three when a particle opens the family name: `schepen van Mobiliteit Els De Smet`.)
    const particled = /^\S+\s(?:De|Van|Den|Der|Ter|Ten|Le|La|Di|Da|Du|Del|Dos|Das)\s\S+$/u.test(afterComplement ?? '');
    if (afterComplement && (!/\s\S+\s/u.test(afterComplement) || particled) && name.endsWith(` ${afterComplement}`)) return afterComplement;
  }
  // (`Koch Stefan Gruber … sagt Gruber`, `Tillitsvalgt Kari Holm`, `PLR Yves Jaquier`: a common word glued before a two-word name, glued-opener.ts.)
  // (`silnic Vysočiny Jiří Bartoš`, `Αγροτικής Ανάπτυξης Λασιθίου Μαρία Χατζάκη`: a declined body or place before the name, declined-body.ts.)
  return withoutGluedOpener(withoutDeclinedBody(name, text), run, text, at);
}

/**
 * A role never ends with the person's own first name: `el geólogo … de la Universidad de Zaragoza Jorge` for Jorge Abad
 * Lanuza, when a reading took two words for the name and the text's fuller mention gave the third.
 */
export function roleWithoutOwnName(role: string | null, name: string): string | null {
  if (!role) return role;
  // (`Nioåriga Elsa`: an age adjective before a name is no role.)
  if (AGE_ADJECTIVE.test(role)) return null;
  const first = name.split(' ')[0]!;
  return name.includes(' ') && role.endsWith(` ${first}`) ? role.slice(0, -first.length - 1) : role;
}

/**
 * `Paul Krenn von der Prüfstelle … „…“, so Krenn`: a full name, German "of the" and one capitalised word (a body or
 * office, German capitalising every noun) end the name when the text elsewhere calls the person by the word before
 * "von" alone, their surname. (`Hans Peter von der Mühll`, never called `Peter` alone, keeps the particle; a role
 * before the name, `Gutachter Paul Krenn von der …`, is cleanName's to drop.)
 */
function bodyAfterSurname(run: string, text: string): string | null {
  const match = /^((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))\s+(?:von|vom)(?:\s+(?:der|dem|den|des))?\s+\p{Lu}\p{Ll}+$/u.exec(run);
  if (!match) return null;
  const surnameAlone = new RegExp(`(?<![\\p{L}])(?<!\\p{Lu}\\p{Ll}+\\s)${match[2]}(?![\\p{L}])(?!\\s+(?:von|vom)\\s)`, 'u');
  return surnameAlone.test(text.replace(run, '')) ? cleanName(match[1]!) : null;
}
