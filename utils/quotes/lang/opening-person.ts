/**
 * The person a plain sentence opens with, in the languages that write names with capitals (French,
 * German, Spanish, Italian, Portuguese): `Il tecnico del Fiorano Gianni Bassi non cerca alibi.`,
 * `Na galeria, a diarista Rosângela Pereira, 52, …, comemorou o resultado.`, `O vocalista, o kota
 * Baltazar Nzinga, de 71 anos, é o mais velho em palco.` A quote right after such a sentence whose
 * subject is left out or a pronoun (`, ha ammesso.`, `, contou, entre risos.`, `, a-t-il déploré.`)
 * is that person's, not the last speaker's.
 */

import type { SpeakerPhrase } from '../cues';
import { GERMAN_ROLE_NOUN, isGermanAgentNoun, isShortGermanAgentNoun } from './de-roles';
import { isForeignRoleNoun, ROMANCE_AGENT } from './role-nouns';
import { described, person } from './shared';
import { RELATION } from './relations';
import { bare, cleanName, endsLikeBody, isLeadingNoise } from '../names';
import { GOVERNMENT_LEVEL, NOT_A_PERSON } from '../non-person-words';
import { joinPortfolios } from './portfolio-list';
import { isStreet } from '../origin-place';

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Two to four capitalised words, perhaps joined by a particle (`Josué Ribeiro dos Santos`). */
const NAME = new RegExp(`${NAME_WORD}(?:\\s+(?:(?:de|da|do|dos|das|del|di|von|van|van der|la|le)\\s+)?${NAME_WORD}){1,3}`, 'gu');
/** After the name: a party in brackets, an apposition between commas, then a lower-case word (the verb). */
// (The apposition never runs over another name after a comma: `En Robledal, una de las aldeas, Carmen Lozano,`.)
// (`… Independentes do Douro`: a particle after the run continues a name or a place, no verb.)
// (Or between dashes: `Luca Greco — nessun legame con lei — vende pesce`.)
const VERB_AFTER = /^(?:\s*\([^()]{1,30}\))?(?:,\s(?:(?!,\s\p{Lu}\p{Ll}+\s\p{Lu})[^.;:«»"“”„]){2,140}?,|\s[—–]\s[^—–.;:«»"“”„\n]{2,140}?\s[—–])?,?\s+(?!(?:de|da|do|dos|das|del|della|di|du|des|von|van|der)\s)\p{Ll}/u;
const ARTICLE = /^(?:[Ll]e|[Ll]a|[Ll][’']|[Dd]er|[Dd]ie|[Ee]l|[Ii]l|[Ll]o|[Oo]|[Aa]|[Uu]n|[Uu]na?|[Uu]m|[Uu]ma|[Ee]ine?)$/u;
const OPENING_ADVERB = /^(?:Auch|Anche|Aussi|También|Também|Ainda)\s+/u;
// (`L’assessora alla Cultura X`, `le ministre aux Sports X`: a portfolio after a fused preposition belongs to the role too.)
// (And where one works, `investigadora na Faculdade de X`, `profesora en la Escuela X`: a role ending on one stops before the body, no name.)
const PREPOSITION = /^(?:de|del|della|dello|di|du|des|do|da|dos|das|von|vom|der|des|alla|al|alle|ai|agli|au|aux|ao|à|für|zur|zum|per|para|na|no|nas|nos|em|en|nel|nella|nei|nelle|dans|im|in)$/u;
const QUOTE_MARK = /["“”«»„]/u;

/** A role's words before a name: an article, lower-case words and a role noun; a capital only after a preposition. */
function roleWords(prefix: string): string | null {
  const tokens = prefix.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return '';
  // (`O presidente do conselho de administração da Unidade Local de Saúde do Arco Ribeirinho, X,`: an office opening the
  // phrase right after its article may run on through its bodies.)
  const officeFirst = tokens.length > 1 && ARTICLE.test(tokens[0]!) && (isForeignRoleNoun(tokens[1]!) || GERMAN_ROLE_NOUN.test(tokens[1]!));
  if (tokens.length > (officeFirst ? 16 : 10) || PREPOSITION.test(tokens.at(-1)!) || (ARTICLE.test(tokens.at(-1)!) && PREPOSITION.test(tokens.at(-2) ?? ''))) return null;
  let hasRole = false;
  // A capital opens a proper noun only after a preposition (`de la Universidad`, `del Fiorano`), and may continue one.
  let proper = false;
  // (`Die für Gesundheit, Pflege und Sport zuständige Landesrätin X`: German capitalises the nouns of an attribute before its role noun.)
  // (`die Fraktionsvorsitzende der Grünen im Kreistag, X`: and the bodies after it.)
  const germanAttribute = /^(?:[Dd]er|[Dd]ie|Den|Dem)$/u.test(tokens[0]!) && tokens.some((token) => GERMAN_ROLE_NOUN.test(token.replace(/,$/u, '')));
  for (const [i, token] of tokens.entries()) {
    const plain = token.replace(/^[LlDd][’']/u, '');
    const afterPreposition = PREPOSITION.test(tokens[i - 1] ?? '') || (ARTICLE.test(tokens[i - 1] ?? '') && PREPOSITION.test(tokens[i - 2] ?? ''));
    if (isForeignRoleNoun(plain) || GERMAN_ROLE_NOUN.test(plain) || (i > 0 && ARTICLE.test(tokens[i - 1] ?? '') && ROMANCE_AGENT.test(plain))) hasRole = true;
    else if (i === 0 && ARTICLE.test(token)) continue;
    else if (/^\p{Lu}/u.test(plain) && !afterPreposition && !proper && !germanAttribute) return null;
    proper = /^\p{Lu}/u.test(plain) && i > 0;
  }
  // `le maçon Paul Girard`, `el albañil X`: an article and one lower-case noun right before the name are a role, whatever the noun.
  if (!hasRole && !(tokens.length === 2 && ARTICLE.test(tokens[0]!) && /^\p{Ll}{3,}$/u.test(tokens[1]!))) return null;
  // `O vocalista, o kota X`: of two groups, the one holding the role noun.
  // (`La municipale … con delega alla mobilità, alla sicurezza e all’ambiente, X`: a list of portfolios is one group, portfolio-list.ts.)
  const groups = joinPortfolios(prefix.trim().split(/\s*,\s*/u).filter(Boolean), () => true, () => true);
  const isRole = (word: string) => isForeignRoleNoun(word.replace(/^[LlDd][’']/u, '')) || GERMAN_ROLE_NOUN.test(word);
  // (`Autor do gol da vitória, o atacante X`: with no listed noun, the article-led group next to the name.)
  const group = germanAttribute ? prefix.trim() : groups.find((candidate) => candidate.split(/\s+/u).some(isRole)) ?? (groups.length > 1 && /^(?:[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Ll]o|[Oo]|[Aa]|[Ll][’'])\s*\p{Ll}[\p{L}-]+$/u.test(groups.at(-1)!) ? groups.at(-1)! : prefix.trim());
  // `El interrogatorio del fiscal, X,`: a person noun inside the head's complement is the role, not the head.
  const words = group.split(/\s+/u);
  const inner = words.findIndex(isRole);
  return inner >= 2 && PREPOSITION.test(words[inner - 1]!) && !words.slice(0, inner).some(isRole) ? words.slice(inner).join(' ') : group;
}

/** `Para el catedrático de Hidrología … Rafael Montoya, la situación…`: whose view the sentence gives. */
// (`Para o vereador Júlio Campos (PT), a tragédia …`: a party in brackets after the name.)
// (`Per il presidente Antonio De Donno, …`: a family name opening with a capitalised particle.)
const OPENING_SOURCE = /^\s*(?:Para|Pour|Per|Für|Secondo|Según|Segundo|Selon)\s+([^,.;:]{2,140}?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:De|Di|Da|Del|Della|Dos|Van|Von|La|Le)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+\([^()]{1,30}\))?,\s/u;

/** A preposition of company or time opening the sentence (`Depois de se reunir com …`, `Zusammen mit …`, `Après avoir reçu …`). */
const OBJECT_OPENING = /^(?:Depois|Após|Antes|Tras|Después|Dopo|Prima|Insieme|Après|Avant|Avec|Aux\s+côtés|Com|Con|Junto|Nach|Vor|Mit|Zusammen|Gemeinsam|Neben)\s/u;
/** The opening phrase up to a full name set off by commas, then an article-led group. */
const OBJECT_THEN_SUBJECT = /^.{2,120}?,\s\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+,\s(?=(?:o|a|el|la|le|il|l['’]|der|die)\s?\p{Ll})/u;

/** A capitalised word, a comma, an age in years and a comma, opening the sentence. */
// (`À l’arrêt de la place, Martine, 52 ans, aide-soignante, attendait`: after an opening place or time phrase too, its occupation the role.)
const FIRST_NAME_AGE = /^\s*(?:(?:À|Au|Aux|Dans|Sur|Devant|En|Na|No|Em|Al|A|Nel|Nella|Sul|Im|Am|Auf|Vor)\s[^,.;:«»"“”]{2,60},\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s+\d{1,3}\s+(?:ans|años|anni|anos|Jahre|jaar|år),(?:\s+(\p{Ll}[\p{Ll}-]{3,}),)?/u;

/** `Pour l’économiste Mamadou Kane, chercheur…, l’enjeu dépasse la pêche.`: the person whose view the sentence gives. */
export function viewOpening(sentence: string): SpeakerPhrase | null {
  const source = openingSource(sentence);
  const role = source ? roleWords(source[1]!) : null;
  return source && role && cleanName(source[2]!) === source[2] ? person(source[2]!, lowerArticle(role), genderOf(role)) : null;
}

/**
 * OPENING_SOURCE's role and name. (`Pour la présidente du collectif Jardins Verdun, X Y, le …`: when a
 * full name set off by commas follows the run, the run closes the body's name in the role, and that name is the person.)
 */
function openingSource(sentence: string): [string, string, string] | null {
  const source = OPENING_SOURCE.exec(sentence);
  if (!source) return null;
  const next = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)+),\s/u.exec(sentence.slice(source.index + source[0].length))?.[1];
  return next && cleanName(next) === next ? [source[0], `${source[1]} ${source[2]}`, next] : [source[0], source[1]!, source[2]!];
}

/** The person (and role) a sentence opens with as its subject, or null. */
export function openingPerson(sentence: string): SpeakerPhrase | null {
  if (QUOTE_MARK.test(withoutShortQuotes(sentence))) return null;
  // `Théo, 19 ans, en licence d’histoire, fait la navette`: a first name alone, its age in apposition, is a person.
  const young = FIRST_NAME_AGE.exec(sentence);
  if (young) return person(young[1]!, young[2] ?? null);
  const source = openingSource(sentence);
  const sourceRole = source ? roleWords(source[1]!) : null;
  if (source && sourceRole && cleanName(source[2]!) === source[2]) return person(source[2]!, lowerArticle(sourceRole), genderOf(sourceRole));
  const whole = sentence.trim().replace(OPENING_ADVERB, '');
  const comma = whole.indexOf(', ');
  // `Na galeria, a diarista X`, `O vocalista, o kota X`: a first group before a comma may be an adjunct or the role.
  const tries: Array<[string, string]> = [[whole, '']];
  // `Depois de se reunir com o vice-governador, Pedro Kiluanje, o administrador de Cacuaco, Manuel Tchipilika, anunciou`:
  // the one named in an opening phrase of company or time is its object; the article-led role after that name's closing
  // comma opens the subject, the one named last.
  const objectClosed = OBJECT_OPENING.test(whole) ? OBJECT_THEN_SUBJECT.exec(whole) : null;
  if (objectClosed) tries.push([whole.slice(objectClosed[0].length), '']);
  if (comma > 0 && comma < 60) tries.push([whole.slice(comma + 2), whole.slice(0, comma)]);
  for (const [text, skipped] of tries) {
    // `A presidente da Associação de Viticultores do Douro, Rosa Guedes, acusa…`: a later run may be the person.
    const found = [...text.matchAll(NAME)].slice(0, 4).map((match) => personOfRun(text, match, skipped)).find(Boolean);
    if (found) return found;
  }
  return null;
}

/** An Italian preposition fused with its article, then an institution (a closed class): `Dalla Regione`, `Nel Comune`. */
export const FUSED_PREPOSITION_INSTITUTION = /^(?:Dal|Dalla|Dallo|Dai|Dagli|Dalle|Nel|Nella|Nello|Nei|Negli|Nelle|Sul|Sulla|Al|Alla|Ai|Agli|Alle|Del|Della)\s+(?:Regione|Provincia|Comune|Governo|Ministero|Prefettura|Questura|Procura|Tribunale|Consiglio|Giunta|Senato|Parlamento|Municipio)$/u;

/** A doctor's or professor's title written before a name as a form of address: `la dottoressa`, `el doctor`, `a doutora`. */
const ACADEMIC_TITLE = /^(?:(?:la|il|lo|el|le|o|a|l[’'])\s*)?(?:dottoressa|dottore|dottor|dott\.(?:ssa)?|professoressa|professore|prof\.(?:ssa)?|doctora|doctor|doutora|doutor|docteure?)$/iu;

/** An article-led group closing the words before a comma: `…in valle il primario di pediatria, `. */
const ARTICLE_LED_GROUP = /(?<=^|\s)((?:il|la|lo|el|le|o|a)\s[^,]{2,60}|l[’'][^,]{2,60}),\s*$/iu;

/** `Universitat de Girona Marta Puig`: a body's word, "of" and its place glued before a full name; how many words they take. */
function bodyThenPlace(words: string[]): number {
  return words.length >= 5 && NOT_A_PERSON.has(bare(words[0]!)) && /^(?:de|del|di|da|do|du|von|van|of)$/u.test(words[1]!) && /^\p{Lu}/u.test(words[2]!) ? 3 : 0;
}

function personOfRun(text: string, match: RegExpMatchArray, skipped: string): SpeakerPhrase | null {
  {
    const after = text.slice(match.index! + match[0].length);
    // `…Independentes do Douro, Rosa Guedes, acusa`: a name set between commas after the run is the person; the run is her office's.
    // (`del Sistema de Agua Potable (SAPAT), Raúl Cervantes,`: the body's letters in brackets may stand before that comma.)
    if (!VERB_AFTER.test(after) || /^(?:\s*\([^()]{1,40}\))?,\s+\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+,/u.test(after)) return null;
    // (`Jedan stanar iz Ulice X Y`: a street named after someone is no person.)
    if (isStreet(text.slice(0, match.index), match[0])) return null;
    // `Dal Comune, l’assessore X difende…`, `Dalla Regione, …`: a preposition fused with its article and an institution open an adjunct.
    if (match.index === 0 && /^,/u.test(after) && FUSED_PREPOSITION_INSTITUTION.test(match[0])) return null;
    // `il tecnico del Fiorano Gianni Bassi`: the words right after a preposition belong to the role.
    const words = match[0].split(/\s+/u);
    for (let k = bodyThenPlace(words); words.length - k >= 2; k++) {
      // `Gemeinderat Peter Wyss`: a capitalised role noun opening the run is no first name.
      // (`Anwohner Gerhard Moser ist verärgert`: a German agent noun before two more words, too, lang/de-roles.ts.)
      if (isForeignRoleNoun(words[k]!) || GERMAN_ROLE_NOUN.test(words[k]!) || !/^\p{Lu}/u.test(words[k]!) || (words.length - k >= 3 && (isShortGermanAgentNoun(words[k]!) || isGermanAgentNoun(words[k]!)))) continue;
      // `En Robledal`, `Na galeria`: a preposition opens an adjunct, no name.
      if (isLeadingNoise(words[k]!)) continue;
      const name = words.slice(k).join(' ');
      // (`Em nota, a Secretaria Municipal de Economia informou`: a level of government after a capitalised body noun goes on
      // with the body's name, which speaks as a description.)
      if (k > 0 && GOVERNMENT_LEVEL.has(bare(words[k]!)) && /^\p{Lu}/u.test(words[k - 1]!)) return described(`${/(?:^|\s)((?:[Oo]|[Aa]|[Ee]l|[Ll]a|[Ii]l|[Ll]e)\s+)$/u.exec(text.slice(0, match.index!))?.[1] ?? ''}${match[0]}`);
      // `Die Steuern müssten…`: what the name lists would not keep (an article, a title) is no name.
      if (cleanName(name) !== name) continue;
      // `El Ayuntamiento asegura:`, `La Mairie précise :`: an article and a body's noun are the body, described.
      if (/^(?:El|La|Le|Lo|L[’'])\s*\p{Lu}/u.test(name) && endsLikeBody(name)) return described(name);
      // (`La Federazione ha deciso…`, `La Asociación`: an article and one noun of an abstract ending no family name has is a body.)
      if (/^(?:El|La|Le|Lo|Il|Los|Las|Les|Gli|A|O)\s\p{Lu}\p{Ll}*(?:tà|zione|sione|tion|sion|té|ción|sión|dad|tad|ção|dade)$/u.test(name)) continue;
      const prefix = text.slice(0, match.index! + match[0].length - name.length);
      // `Lanciert hat sie die Hausärztin Margrit Zollinger`: the subject after the verb, its role from the last article on.
      const article = /(?:^|\s)((?:der|die|le|la|el|il|o|a)\s+\S+\s*)$/u.exec(prefix)?.[1];
      // (`Das sieht die Fraktionsvorsitzende der Grünen im Kreistag, X, anders.`: the German subject after the verb, its role from its article on.)
      const german = /(?:^|\s)((?:der|die)\s+\p{Lu}[\p{L}-]+(?:\s+[^\s,]+){0,5},\s*)$/u.exec(prefix)?.[1];
      // (`Zusammen mit … besuchte Regierungsrat X …`: a German role noun glued before the name, right after the verb.)
      const verbThenNoun = /\s(\p{Ll}+)\s+(\p{Lu}[\p{L}-]+)\s*$/u.exec(prefix);
      const glued = verbThenNoun && !FUNCTION_WORD.test(verbThenNoun[1]!) ? verbThenNoun[2] : undefined;
      const role = roleWords(prefix) ?? (article && GERMAN_ROLE_NOUN.test(article.trim().split(/\s+/u)[1] ?? '') ? roleWords(article) : null) ?? (german && GERMAN_ROLE_NOUN.test(german.split(/\s+/u)[1]!) ? roleWords(german) : null) ?? (glued && GERMAN_ROLE_NOUN.test(glued) ? glued : null);
      if (role === null) continue;
      // `Me Bertrand Oudin`: a form of address alone is no role (the one the story gave him is found elsewhere).
      const officeBefore = role && ACADEMIC_TITLE.test(role) ? ARTICLE_LED_GROUP.exec(`${skipped}, ${prefix.slice(0, prefix.lastIndexOf(role))}`)?.[1] : undefined;
      const office = officeBefore ? (roleWords(officeBefore) ?? officeBefore) : skipped ? roleWords(skipped) : null;
      // (`il primario di pediatria, il dottor X,`: an academic title after the office adds to it, never replaces it.)
      const finalRole = (role && office && ACADEMIC_TITLE.test(role) ? `${office}, ${role}` : '') || (role && !/^(?:Me|Maître|Mme|M\.|Dr\.?)$/u.test(role) ? role : '') || office || null;
      return person(name, finalRole ? lowerArticle(finalRole) : null, genderOf(finalRole));
    }
  }
  return null;
}

/**
 * The person the sentences right before a quote (in its paragraph) open with: the latest of the last
 * two that opens with one (or names its reporting verb's subject), none of them holding a quote. `gender`, when the cue gives one, must fit.
 */
export function personOpeningJustBefore(lead: string, gender: 'male' | 'female' | null, reported: (sentence: string) => SpeakerPhrase | null, textBefore = lead): SpeakerPhrase | null {
  // (`… le tuer avant. » Le capitaine X allait dans le même sens.`: the closing mark of the quote before, spaced
  // from its full stop as French prints it, belongs to that quote, not to the next sentence.)
  const sentences = lead.split(/(?<=[.!?])\s+/u).map((sentence) => sentence.replace(/^[»”“"]\s+(?=\p{Lu})/u, '')).filter((sentence) => sentence.trim());
  // The words right before the quote, with no full stop, are the cue's business.
  if (sentences.length > 0 && !/[.!?]\s*$/u.test(sentences.at(-1)!)) sentences.pop();
  for (const sentence of sentences.slice(-2).reverse()) {
    if (QUOTE_MARK.test(withoutShortQuotes(sentence))) return null;
    // (`Eine Zusage … wollte er aber nicht machen.`: German `er`/`sie` right after the verb is the subject; the opening is none.)
    if (GERMAN_PRONOUN_AFTER_VERB.test(sentence) && GERMAN_WORD.test(sentence)) continue;
    // A reporting sentence (`X, presidente de…, confirma esa preocupación.`) is read by its language's cues first.
    const said = reported(sentence);
    // (`O presidente do conselho …, X, reconhece …`: the reporting verb's reader names X; the opening gives the role it lacks.)
    const roled = said && said.kind === 'name' && !said.pronoun && !said.dropped && !said.role && OFFICE_THEN_APPOSED.test(sentence) ? openingPerson(sentence) : null;
    const found = roled?.phrase === said?.phrase && roled?.role ? roled : said && said.kind === 'name' && !said.pronoun && !said.dropped ? said : (selfOpening(sentence, textBefore) ?? copulaPerson(sentence) ?? openingPerson(sentence) ?? verbSecondSubject(sentence, textBefore) ?? roleHolderOpening(sentence, textBefore) ?? describedOpening(sentence, textBefore));
    if (found) return !gender || !found.gender || found.gender === gender ? found : null;
  }
  return null;
}

/** A capitalised opening, a lower-case verb (no article, conjunction or preposition) and `er`/`sie` after it. */
const GERMAN_PRONOUN_AFTER_VERB = /^\s*\p{Lu}[^.!?,;:]{0,100}?\s(?!(?:die|der|das|den|dem|wie|wenn|dass|ob|als|weil|was|wo|für|mit|von|bei|auf|an|ohne|gegen|und|oder)\s)\p{Ll}{3,}\s+(?:er|sie)(?=[\s.,])/u;
const GERMAN_WORD = /(?:^|\s)(?:und|nicht|ist|sich|auch|aber|noch)(?=[\s.,])/u;

/** An article-led office, then a comma and a capital: `O presidente do conselho …, X,`. */
const OFFICE_THEN_APPOSED = /^\s*(?:O|A|El|La|Le|Il|L['’]|Der|Die)(?:\s|(?<=['’]))[^.;:]{3,}?,\s+\p{Lu}/u;

/** `Sie selbst`, `Elle-même`, `Ella misma`, `Lei stessa`, `Ela própria` opening a sentence: she, as against the one just spoken of. */
const SELF_OPENS = /^\s*(?:(Sie|Elle|Ella|Lei|Ela)|Er|Il|Lui|Él|Ele)(?:\s+selbst|-même|\s+mism[oa]|\s+stess[oa]|\s+própri[oa]|\s+mesm[oa])(?![\p{L}])/u;
const CAPITALISED = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}])/gu;

/**
 * `X würdigte Aigner-Stadler als „…“. Sie selbst hat sich um Würdigungen nie gekümmert.`: a pronoun stressed with
 * `selbst` / `même` / `mismo` sets its person against the subject of the sentence before: it is the other person that
 * sentence names (by a family name the story gave in full before), not the subject.
 */
export function selfOpening(sentence: string, textBefore: string): SpeakerPhrase | null {
  const self = SELF_OPENS.exec(sentence);
  if (!self) return null;
  const before = textBefore.slice(0, Math.max(0, textBefore.lastIndexOf(sentence.trim()))).trimEnd();
  const previous = before.slice(Math.max(before.lastIndexOf('\n'), ...[...before.slice(0, -1).matchAll(/[.!?][»“”"]?\s+(?=\p{Lu})/gu)].map((match) => match.index + match[0].length - 1)) + 1);
  const subject = [...previous.matchAll(NAME)][0];
  for (const word of previous.matchAll(CAPITALISED)) {
    if (subject && word.index >= subject.index! && word.index < subject.index! + subject[0].length) continue;
    const full = new RegExp(`(?:${NAME_WORD}\\s+){1,3}${word[0]}(?![\\p{L}])`, 'u').exec(before.slice(0, before.length - previous.length))?.[0];
    if (full && cleanName(full) === full && full !== subject?.[0]) return person(full, null, self[1] ? 'female' : 'male');
  }
  return null;
}

/**
 * `Zum Abschied zeigt Pircher auf die Wiese.`: German puts one phrase before the verb and the subject after it; a family
 * name right after a lower-case word of the first few, followed by lower-case words, is the subject when the story gave
 * that name in full before (a capitalised noun there, `Am Ende siegt Vernunft`, is no one's family name).
 */
export function verbSecondSubject(sentence: string, textBefore: string): SpeakerPhrase | null {
  const tokens = sentence.trim().split(/\s+/u);
  if (!/^\p{Lu}/u.test(tokens[0] ?? '')) return null;
  for (let i = 1; i < Math.min(tokens.length - 1, 6); i++) {
    // (`Según la dirigente, la Intendencia no consultó`: an article or preposition before a capital is no verb.)
    if (!/^\p{Ll}+$/u.test(tokens[i]!) || FUNCTION_WORD.test(tokens[i]!)) continue;
    const family = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[.,]?$/u.exec(tokens[i + 1]!)?.[1];
    if (!family || (i + 2 < tokens.length && !/^\p{Ll}/u.test(tokens[i + 2]!) && !/[.,]$/u.test(tokens[i + 1]!))) continue;
    const full = new RegExp(`(?:${NAME_WORD}\\s+){1,3}${family}(?![\\p{L}])`, 'u').exec(textBefore)?.[0];
    if (full && cleanName(full) === full && !ARTICLE.test(full.split(/\s+/u)[0]!)) return person(full);
  }
  return null;
}
const FUNCTION_WORD = /^(?:la|le|les|el|il|lo|los|las|gli|os|as|o|a|der|die|das|dem|den|des|de|del|della|di|da|do|du|dos|das|un|una|une|um|uma|ein|eine|einen|einem|y|e|et|und|en|in|im|am|an|au|al|ao|von|vom|zu|zum|zur|mit|per|por|para|pour|con|com|avec|sur|sul|sobre|auf)$/u;

/** The person a `Sie selbst …` sentence among the last two complete ones of the lead stands for (see selfOpening). */
export function selfJustBefore(lead: string, textBefore: string): SpeakerPhrase | null {
  const sentences = lead.split(/(?<=[.!?])\s+/u).filter((sentence) => sentence.trim());
  if (sentences.length > 0 && !/[.!?]\s*$/u.test(sentences.at(-1)!)) sentences.pop();
  for (const sentence of sentences.slice(-2).reverse()) {
    const found = selfOpening(sentence, textBefore);
    if (found) return found;
  }
  return null;
}

/** `Bester Werfer der Gastgeber war Rückraumspieler Tim Osterkamp mit neun Toren.`: the person a copula names, with the role before the name. */
const COPULA_PERSON = new RegExp(`\\s(?:war|ist|est|était|es|era|fue|è|é|foi)\\s+(?:(?:der|die|le|la|el|il|o|a)\\s+)?(?:(\\p{L}+)\\s+)?(${NAME.source})(?=[\\s.,;]|$)`, 'u');

function copulaPerson(sentence: string): SpeakerPhrase | null {
  const match = COPULA_PERSON.exec(sentence);
  if (!match) return null;
  // (`ist Pächter X Y`: a German agent noun before a full name of two words, too.)
  const role = match[1] && (isForeignRoleNoun(match[1]) || GERMAN_ROLE_NOUN.test(match[1]) || (match[2]!.includes(' ') && (isShortGermanAgentNoun(match[1]) || isGermanAgentNoun(match[1])))) ? match[1] : null;
  if (match[1] && !role && /^\p{Ll}/u.test(match[1])) return null;
  // (A capitalised word before the name that is no role is part of the name: `ist Anna Weber`.)
  const name = role || !match[1] ? match[2]! : `${match[1]} ${match[2]}`;
  return cleanName(name) === name ? person(name, role) : null;
}

/** `La bourgmestre a promis…`: a sentence opening with an article and a role noun alone, then a verb. */
const ROLE_OPENS = /^\s*(?:[Ll]e|[Ll]a|[Ll][’']|[Ee]l|[Ii]l|[Oo]|[Aa]|[Dd]er|[Dd]ie)\s*(\p{L}[\p{L}-]+)\s+(?!(?:de|da|do|du|des|del|di|della|dos|das|der|von)\s)\p{Ll}/u;

/**
 * The person a sentence opening with a bare role (`La bourgmestre a promis…`) stands for: the latest
 * one the story named with that role noun right before the name (`la bourgmestre, Anne Lambotte`).
 */
function roleHolderOpening(sentence: string, textBefore: string): SpeakerPhrase | null {
  const noun = ROLE_OPENS.exec(sentence)?.[1];
  if (!noun || !(isForeignRoleNoun(noun) || GERMAN_ROLE_NOUN.test(noun))) return null;
  const escaped = noun.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const either = `(?:${escaped}|${escaped.charAt(0).toUpperCase()}${escaped.slice(1)})`;
  // (`l’assessore alla Viabilità X`: a capital after a preposition, fused with its article or elided, is the portfolio, not the name.)
  const introduced = new RegExp(`(?<![\\p{L}])${either}(?:\\s+[^.!?\\n,]{1,40}?)?,?\\s+(?<!(?:^|\\s)(?:de|da|do|du|des|del|di|della|dello|delle|degli|dei|dos|das|der|von|alla|allo|alle|agli|ai|al|au|aux|nella|nel|sulla|sul|dalla|dal)\\s)(?<!(?:dell|all|nell|dall|sull|d|l)['’])(${NAME.source})`, 'gu');
  // (`investigadora del Instituto Tinerfeño de Ciencias`, `biologiste à Rennes Université`: a run after or ending
  // on a body's own word names the body.)
  const found = [...textBefore.matchAll(introduced)].filter((match) => !endsLikeBody(match[1]!) && !afterBodyWord(textBefore, match.index + match[0].length - match[1]!.length)).at(-1)?.[1];
  return found && cleanName(found) === found ? person(found, null, genderOf(sentence.trim().split(/\s+/u)[0] ?? null)) : null;
}

function afterBodyWord(text: string, at: number): boolean {
  const before = /(\p{Lu}\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return !!before && NOT_A_PERSON.has(bare(before));
}

/** `Der 29-Jährige stand…`: an age standing for the man just named; `Ein älterer Abonnent verließ…`: someone unnamed. */
const AGE_OPENS = /^\s*(Der|Die)\s+\d{1,3}-[Jj]ährige\s+\p{Ll}/u;
const INDEFINITE_OPENS = /^\s*((?:(?:Ein|Eine|Un|Une|Uno|Una|Um|Uma)\s+|Un['’])(?:\p{Ll}+\s+)?\p{L}+)\s+(?:\p{Ll}+\s+)?\p{Ll}/u;

/**
 * `A minha avó, que cantava no quintal.`, `Mi abuelo era pastor.`, `Mon père disait souvent…`: a sentence opening with a
 * first-person possessive and a noun is about someone the speaker knows and the story never names (an interview's
 * answer label, `NS –`, may stand before it); a `Ela dizia:` after it is that person, described.
 */
const POSSESSIVE_OPENS = /^\s*(?:\p{Lu}{1,4}\.?\s*[–—:-]\s*)?((?:(?:A|O|As|Os)\s+(?:minha|meu|minhas|meus)|Minha|Meu|Mi|Ma|Mon|Mia|Mio|(?:La|Il)\s+(?:mia|mio)|Mein|Meine)\s+\p{Ll}{3,})(?=[\s,])/u;

const RELATIVE_NOUN = new RegExp(`^(?:${RELATION}|grand-mère|grand-père|tante|oncle|voisine?|cousine?|abuel[oa]|tí[oa]|vecin[oa]|prim[oa]|amig[oa]|jef[ea])$`, 'u');

function describedOpening(sentence: string, textBefore: string): SpeakerPhrase | null {
  const possessed = POSSESSIVE_OPENS.exec(sentence)?.[1];
  // (`Ma resta in piedi …`: Italian "but", `Mi piace`: "me"; French `Ma`, Spanish `Mi` only before a relative's noun.)
  if (possessed && /^(?:Ma|Mi)\s/u.test(possessed) && !RELATIVE_NOUN.test(possessed.split(/\s+/u)[1]!)) return null;
  if (possessed) return { phrase: possessed.charAt(0).toLowerCase() + possessed.slice(1), kind: 'description', pronoun: false };
  const age = AGE_OPENS.exec(sentence);
  if (age) {
    // `ist Monteur Ralf Becker`: a role noun before the name is dropped; `die Fertigung von Industriepumpen`, after an article, is a thing.
    const near = textBefore.slice(-400);
    const named = [...near.matchAll(NAME)]
      .filter((match) => !/(?:^|\s)(?:der|die|das|dem|den|des|ein|eine|einer|im|am|vom|zum|zur)\s+$/iu.test(near.slice(Math.max(0, match.index - 6), match.index)))
      .map((match) => cleanName(match[0]))
      .filter((name) => !!name && name.includes(' '))
      .at(-1);
    return named ? person(named, null, age[1] === 'Die' ? 'female' : 'male') : null;
  }
  const someone = INDEFINITE_OPENS.exec(sentence)?.[1];
  // `Eine Mutter`, `un vecino`: a person noun; `Ein Unfall` is no speaker, but only a speaker's cue comes here.
  return someone ? { phrase: someone, kind: 'description', pronoun: false } : null;
}

/** `X dénonce « un effet d’annonce ».`: a few quoted words inside a sentence leave it a plain sentence. */
function withoutShortQuotes(sentence: string): string {
  return sentence.replace(/[«„“"][^«»„“”"]{1,30}[»“”"]/gu, ' ');
}

function lowerArticle(role: string): string {
  return /^(?:Le|La|L['’]|El|Il|Lo|O|A|Der|Die)(?:\s|(?<=['’]))/u.test(role) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
}

function genderOf(role: string | null): 'male' | 'female' | undefined {
  const first = role?.split(/\s+/u)[0] ?? '';
  if (/^(?:la|die|a|una|une|uma|eine)$/iu.test(first)) return 'female';
  if (/^(?:le|der|el|il|lo|o|un|um|ein)$/iu.test(first)) return 'male';
  return undefined;
}
