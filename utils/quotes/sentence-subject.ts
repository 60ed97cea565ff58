/**
 * The sentence's opening noun phrase as the speaker of a quote that follows it, when a verb comes
 * after it: `Trump took aim at Clinton, saying "…"`, a passive's agent, `For Jim Tully, 67, …`.
 */

import { namedOnlyAsSubject } from './lone-names';
import { roleOpenedSubject } from './lang/role-opened-subject';
import { romanceRoleThenName } from './lang/romance-role-name-opening';
import { guarded } from '../patterns';
import { FUSED_PREPOSITION_INSTITUTION, openingPerson, viewOpening } from './lang/opening-person';
import { opensWithNewPerson, speakerAfterOpening } from './lang/clause-opening';
import { colonDescriptor, colonSubject } from './lang/colon-subject';
import { apposedNameOpening } from './lang/newlang-apposed';
import { isNewLanguageAgentNoun } from './lang/newlang-roles';
import { isForeignRoleNoun } from './lang/role-nouns';
import { officeAfterName } from './lang/role-after-name';
import { NAME_RUN, cleanName, looksLikePerson } from './names';
import { ALSO_WORDS, isLoneClauseNoun, isRoleWord } from './roles';
import { withoutParagraphStamp } from './sentences';
import { questionerIn } from './questioner';
import { isUnnamedOnPurpose } from './lang/anonymous';
import { semiticOpeningName } from './lang/semitic-sentence-subject';
import { monsieur } from './lang/fr';
import { DESCRIPTION_WORD, DETERMINER, described, fromGroups, lazyPattern, LEADING_CLAUSE, named, ROLE_WORDS_THEN_FULL_NAME, roleThenName, withRole, type SpeakerPhrase } from './speaker-phrase';
import { opensWithPersianAdverbial, persianSubject } from './lang/fa-subject';
import { hungarianDefiniteOpening } from './lang/hungarian-definite';

/** The sentence's opening noun phrase: `Trump gestured, then boomed: "…"`. */
/** The sentence's opening described noun phrase, before a verb-like word or an adverb: `The governor later said:`, `The governor later returned to it.` */
// (The irregular pasts of saying end it too: "The minister said forums would be held.", "The coach told reporters …"; so does a relative "who": "A DNR ranger who …".)
/** `the Divisional Police Officer for the whole area, X,`: an English office of capitalised words and its place, before the comma. */
const CAPITALISED_OFFICE_OPENING = /^([Tt]he(?:\s+\p{Lu}[\p{L}-]*){1,5}\s+(?:in|for|of)\s+the\s+(?:\p{Ll}+\s+)?\p{Ll}+)(?=,)/u;
const DESCRIBED_OPENING = new RegExp(`^(${DETERMINER}(?:\\s+${DESCRIPTION_WORD}){1,5}?)(?=,|\\s+(?:\\p{Ll}+ed|\\p{Ll}+s|said|told|wrote|was|is|has|had|did|would|will|can|could|may|might|must|should|then|also|later|again|still|never|first|soon|often|once|who|\\p{Ll}+ly|\\p{Ll}+n[’']t)(?![\\p{L}]))`, 'u');
/** A role phrase opening the sentence, its comma, a (titled) full name and a lower-case word: see sentenceSubject. */
const ROLE_THEN_NAME_OPENING = lazyPattern(() => new RegExp(`^(\\p{Lu}[^,;:"“”«»()]{2,80}),\\s+((?:(?:dona|seu|don|doña)\\s+)?${NAME_RUN})\\s+(?=\\p{Ll})`, 'u'));
const HELD_FOR = /\s+(?:for|há|depuis|seit|da|desde\s+hace)\s+\d{1,2}\s+(?:years|anos|ans|Jahren|anni|años)$/u;
/** A pronoun first: capitalised, "He" would also pass for a one-word name. */
/** `Among the speakers was X, …, who …`: English puts the new person after `was` when a group opens the sentence (a `who` clause says it is a person). */
const AMONG_WAS_NAME = lazyPattern(() => new RegExp(`^Among\\s[^,.;:"“”]{1,80}?\\s(?:was|were)\\s+(${NAME_RUN})(?=(?:,[^.;:"“”]{0,120})?\\s+who\\s)`, 'u'));
const NAMED_OPENING = new RegExp(`^(?:(?!(?:He|She|They)(?![\\p{L}]))(${NAME_RUN})|([Hh]e|[Ss]he|[Tt]hey)(?![\\p{L}]))`, 'u');
const FOR_PERSON = guarded('quotes/cues: for a person', /^(?:For|To)\s/u, ['For', 'To'], 'u', {
  prefix: '^',
  suffix: `\\s+(${NAME_RUN})(?:,\\s+[^,"“”]{1,60})*,\\s+(?:the|it|this|that|there)\\s`,
});
/** An agent that is the whole name, not an owner ("by Reyes's company") nor the start of a longer name. */
const WHOLE_AGENT = String.raw`(?<![’'][sS]?)(?=\s*(?:[.,;:!?]|$)|\s+(?:\p{Ll}|\d))`;
// (`Reyes's claim was dismissed by Whitfield`: a possessed noun is a subject too.)
const PASSIVE_AGENT = new RegExp(`^(?:${NAME_RUN}(?:(?<=[’']s)\\s+[\\p{Ll}-]+)?|[Hh]e|[Ss]he|(?:${DETERMINER}|That|This|These|Those)(?:\\s+${DESCRIPTION_WORD}){1,4}?)\\s+(?:was|were|is|are|has been|had been)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+ed\\s+by\\s+(${NAME_RUN})${WHOLE_AGENT}`, 'u');
export const AGENT_AFTER = lazyPattern(() => new RegExp(`^\\s+by\\s+(${NAME_RUN})${WHOLE_AGENT}`, 'u'));
/** "The remarks drew a sharp response from Tom Reyes.": the one responding speaks next. */
const RESPONSE_FROM = lazyPattern(() => new RegExp(`\\b(?:drew|draws|prompted|prompts|sparked|sparks|drawing|prompting|sparking|brought|elicited|triggered)\\s+(?:an?\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:response|rebuke|reply|retort|rebuttal|answer)\\s+from\\s+(${NAME_RUN})${WHOLE_AGENT}`, 'u'));
/** `Then came the sharpest remark of the day, from Sen. X, …:`, `The sharpest words came from X:`: before a colon, what came is words, its source the speaker. */
const CAME_FROM = lazyPattern(() => new RegExp(`^(?:Then\\s+)?(?:[\\p{L}’'-]+\\s+){0,6}?(?:came|comes)\\s+(?:[^,:"“”]{1,60},?\\s+)?from\\s+(${NAME_RUN})${WHOLE_AGENT}`, 'u'));
/** An article and a hyphenated age opening the sentence before a capitalised name (Dutch, German, Scandinavian papers). */
const CYRILLIC_PLACE_THEN_NAME = /^(?:Пред|Във|В|На|От|До|След|При|Край|Около|Под|Під|Над|Зад|Със|С|За|По|Из|У|Перед|Возле|Біля|Після|После|Коло|Поруч|Серед|Среди|Через)\s+(?:[\p{Ll}\d-]+\s+){1,4}(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=,|\s+\p{Ll})/u;
const AGE_BEFORE_NAME = /^(?:De|Het|Der|Die|Den|Det)\s+\d{1,3}-\p{Ll}+\s+(?=\p{Lu})/u;
/** A numbered unit before an office and a name: `IBEW Local 1466 President X`, `Ward 3 Alderman X`, `Precinct 4 Commissioner X`. */
const NUMBERED_UNIT_BEFORE_TITLE = /^(?:\p{Lu}[\p{L}&.-]*\s+){0,2}(?:Local|District|Ward|Precinct|Lodge|Chapter|Division)\s+\d{1,5}[A-Z]?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/**
 * Articles of the other Latin-script languages, an elided one glued to its noun (`l’appello`); not the French object
 * pronouns (`Dupont le répète`, `Macron l’a dit`), which come before a verb.
 */
const ARTICLE_NEXT = /^(?:[ldLD][’'](?!(?:a|ai|as|ont|avait|avaient|est|était|y)$)\p{L}{2,}|il|lo|gli|el|los|las|der|die|das|dem|het|een|uno|una|um|uma|ein|eine)$/u;
/** A preposition (fused with its article) opening an adverbial in French, Spanish, Italian, Portuguese or German. */
const FOREIGN_OPENING = /^(?:Na|No|Nas|Nos|Em|En|Dans|À|Aux|Chez|Nella|Nel|Negli|Nelle|Sulla|Sul|Sur|Au|Ao|Al|Im|Am|Auf|Bei|Beim|Depois|Después|Dopo|Après|Tras|Durante|Desde|Entre|Pendant|Devant|Davanti|Frente)\s/u;
/** Germanic and Romance prepositions opening a place before a verb-second verb. */
const PLACE_BEFORE_VERB = /^(?:In|Im|Am|Auf|Bei|Beim|Vor|Unter|Hinter|Neben|Bij|Aan|Voor|Onder|Achter|Naast|Op|Sinds|Ved|Vid|På|Seit|Nach|Dans|Desde|Depuis)\s+\p{Lu}/u;
/** Prepositions of place or time that are nobody's given name (not `Na`, `En`, `Im`, also names in other scripts' romanisations). */
const PLACE_PREPOSITION_OPENING = /^(?:À|Au|Aux|Dans|Chez|Nella|Nel|Negli|Nelle|Sulla|Sul|Beim|Durante|Después|Depois|Dopo|Après)\s/u;
const ARTICLE_NOUN_FULL_NAME = /^(?:Il|La|Le|Lo|L['’]|El|O|A|Der|Die)(?:\s+|(?<=['’]))\p{Ll}{3,}\s+\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+[\s,]/u;
// (A compound noun with `de` too: `A dona de casa X Y`, `A técnica de enfermagem X Y`.)
const PORTUGUESE_NOUN_FULL_NAME = /^(?:A\s+\p{Ll}{2,}a|O\s+\p{Ll}{3,})(?:\s+de\s+\p{Ll}{3,})?\s+\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+[\s,]/u;
const INDEFINITE_COLON = /^((?:(?:Un|Une|Uno|Una|Um|Uma|Ein|Eine)\s+|Un['’])\p{Ll}[\p{L}-]*(?:\s+(?:de|di|da|do|du|del|della|aus|von)\s+\p{Lu}[\p{L}-]*)?)(?=[\s,])/u;
/** Degrees written before a name in German and Austrian papers (`Mag. Peter Huber`). */
const DEGREE = String.raw`(?:Dr|Mag|Ing|Dipl\.-Ing|Prof|DI)\.?`;
// (A degree may open the name: `Der Geschäftsführer der X GmbH, Mag. Peter Huber, weist …`.)
const ROLE_THEN_APPOSED_NAME = new RegExp(String.raw`^(?:Il|La|Le|Lo|L['’]|El|Los|Las|O|A|Os|As|Der|Die|Das|De|Het)(?:\s+|(?<=['’]))[^,]{1,60},\s+(?:${DEGREE}\s+)?\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+,\s+\p{Ll}`, 'u');
/** A degree left at the end of a role read before the name (`der Geschäftsführer der X GmbH, Mag.`). */
const DEGREE_AT_END = new RegExp(String.raw`,?\s+${DEGREE}$`, 'u');
/** A possessive determiner of another Latin-script language, its noun, and a comma: `Son voisin, `, `Su hermana, `, `Seine Frau, `. */
const POSSESSIVE_THEN_APPOSED = /^(?:Son|Sa|Ses|Leur|Su|Sus|Sua|Seu|Suo|Sein|Seine|Ihr|Ihre|Zijn|Haar)\s+\p{Ll}[^,]{0,40},\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}\p{Lu}/u;
const DESCRIBED_FOREIGN_OPENING = /^((?:Il|La|Le|Lo|L['’]|El|Los|Las|O|A|Os|As|Der|Die|De|Het)(?:\s+|(?<=['’]))(?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*),\s+(?:che|que|qui|der|die|dat|die)\s/u;
const FRENCH_AFTER_PRONOUN = /^(?:Il|Elle)\s+(?:(?:a|avait|est|était|ne|se|y|en|va|fait|dit|le|la|les|lui|leur)\s|(?:n|s|l|m|t)[’'])|\s(?:les|des|du|une|aux|au|est|dans|pour|avec)\s/u;
const FOREIGN_PRONOUN_OPENING = /^(Er|Sie|Il|Elle|Él|Ella|Lui|Lei|Ele|Ela)\s+\p{Ll}/u;
/** Third-person singular subject pronouns of the other languages read here, then a lower-case verb. */
/** `Für seinen Einspruch hat er drei Wochen gebraucht`: German sets a singular pronoun right after the verb when the sentence opens otherwise. */
const GERMAN_PRONOUN_AFTER_VERB = /^(?:Gegen|Für|Mit|Nach|Seit|Vor|Bei|Trotz|Danach|Dann|Inzwischen|Damals|Heute|Gestern|Jetzt|Nun|Dafür|Dagegen|Deshalb|Seitdem)(?:\s+[^\s,.;:!?"“”„]+){0,4}?\s+(?:hat|hatte|ist|war|will|wollte|kann|konnte|muss|musste|wird|wurde|\p{Ll}{2,}t|\p{Ll}{2,}te)\s+(er|sie)\s/u;
// (Icelandic `Hann`, `Hún`: `Hann bætir við að … . „…“`.)
const SINGULAR_PRONOUN_OPENING = /^(Er|Sie|Hij|Zij|Ze|Il|Elle|Él|Ella|Lui|Lei|Ele|Ela|Han|Hon|Hun|Hann|Hún|On|Ona|Он|Она|Він|Вона)\s+(\p{Ll}+)/u;
const FEMALE_PRONOUN = /^(?:Sie|Zij|Ze|Elle|Ella|Lei|Ela|Hon|Hun|Hún|Ona|Она|Вона)$/u;
const ENGLISH_AFTER_ON = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|one|each|every|both|top|behalf|average|paper|board|balance|arrival|appeal|site|stage|record|impact|screen|air|duty|time|foot|fire|hold|track|display|sale|trial|camera|tape|social|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
/** An article and a demonym made of a compass point and a region (`De West-Vlaming`, `Le Nord-Irlandais`). */
/** A capitalised preposition and a lower-case article or possessive opening a run of words: an adjunct, whatever follows. */
const PREPOSITION_AND_ARTICLE = /^(?:Für|Mit|Bei|Nach|Auf|Aus|Seit|Vor|Über|Unter|Gegen|Ohne|Durch|Por|Para|Pelo|Pela|Polo|Pola|Pour|Avec|Dans|Sur|Sous|Chez|Per|Con|Nel|Nella|Sul|Sulla|Dal|Dalla|Tra|Fra|Sin|Desde|Durante|Tras|Ante|Hacia|Com|Sem|Após|For|With|From|After|During|Into)\s+(?:das|der|die|dem|den|des|el|la|los|las|lo|le|les|il|gli|os|as|un|una|une|ein|eine|einem|einer|the|su|sus|seu|sua|their|his|her|its)\s/u;
const REGION_DEMONYM = /^(?:De|Het|Der|Die|Le|La|El|Il|O|A)\s+(?:West|Oost|Noord|Zuid|Nord|Süd|Ost|Est|Ouest|Sud|Norte|Sur|Nordeste)-\p{Lu}\p{Ll}+$/u;
/** "Also" opening a sentence in the other Latin-script languages, before its subject. */
const ALSO_WORD_OPENING = new RegExp(String.raw`^(?:${ALSO_WORDS})\s`, 'u');
const ALSO_OPENING = new RegExp(String.raw`^(?:${ALSO_WORDS})\s+(?=\p{Lu})`, 'u');
const LOWER_ROLE_BEFORE_NAME = new RegExp(String.raw`^(?:(?:${ALSO_WORDS})\s+)(\p{Ll}[\p{L}-]+)\s+(?=\p{Lu})`, 'u');
/** "Our", "The", "Their" before lower-case role words and a name: `Our commentator Gavin Reed is impressed:`. */
const OWNER_BEFORE_ROLE = /^(?:Our|The|Their|Its)\s+(?=\p{Ll})/u;
/** Words after a name that do not make it the subject: prepositions and conjunctions ("Trump of", "Trump and"). */
// (And German prepositions and conjunctions: `Besondere Angst vor dem Steilhang zeigte sie nicht:` opens with a noun phrase, capitalised as
// German writes nouns, no name. Not those that set a person's place or body after the name: `aus`, `von`, `bei`, `im`.)
const NOT_A_VERB = /^(?:of|and|or|nor|in|on|at|to|for|the|a|an|with|from|by|who|whose|which|that|as|than|versus|vs|vor|nach|mit|für|zum|zur|über|unter|seit|gegen|ohne|um|auf|und|oder)$/;

/**
 * The sentence's opening noun phrase, when a verb follows it: `Trump took aim at Clinton, saying "…"`,
 * `In the video, Clinton can be heard saying`, `Trump gestured, then boomed: "…"`. A name followed by
 * role words and another name gives the later one: `Clinton campaign manager Robby Mook said`.
 */
/**
 * `Пенсіонерка показує пляшку. «…»`: a Cyrillic role noun alone opening the sentence, then a lower-case word, stands for
 * the person the text named before (attribute.ts resolves it so); a woman by the noun's feminine ending.
 */
function cyrillicRoleNounOpening(sentence: string): SpeakerPhrase | null {
  const noun = /^\s*(\p{Lu}\p{Ll}{3,})\s+\p{Ll}/u.exec(sentence)?.[1]?.toLowerCase();
  if (!noun || !/^\p{Script=Cyrillic}+$/u.test(noun) || !isForeignRoleNoun(noun)) return null;
  // (`Жительница соседнего дома, попросившая не называть её имени, рассказала …`: a noun whose clause withholds the name
  // brings in someone new and unnamed, not the person named before: unnamed-introduction.ts reads it.)
  if (isUnnamedOnPurpose(sentence)) return null;
  const female = /(?:ка|ця|иня|ыня|са|стра)$/u.test(noun);
  return { phrase: female ? 'she' : 'he', kind: 'name', pronoun: true, descriptor: true, role: noun, gender: female ? 'female' : 'male' };
}

/** A lower-case word that may qualify a role noun after it (`cattle`, `retired`): no article, pronoun, preposition or verb of saying. */
function isRoleQualifier(word: string): boolean {
  return word.length > 2 && !NO_ROLE_QUALIFIER.test(word);
}
const NO_ROLE_QUALIFIER = /^(?:the|his|her|its|our|your|their|for|with|from|but|that|who|which|when|while|after|before|said|says|told|asked|added|and|les|des|del|los|las|une|der|die|das|den|dem|het|een|uma|una|uno|gli)$/u;

/** `, marine ecologist Ada Brennock,` after a described subject: lower-case words ending in an occupation, then a full name in the commas. */
const BARE_OCCUPATION_NAME = lazyPattern(() => new RegExp(`^,\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3})(${NAME_RUN}),`, 'u'));
/** An occupation noun's ending (`ecologist`, `historian`, `teacher`, `inspector`) for one no role list holds. */
const OCCUPATION_ENDING = /(?:ist|ian|er|or)$/u;
/** Words with those endings that are no occupation (`under`, `other`, `whether`). */
const NOT_OCCUPATION = /^(?:under|over|after|ever|never|other|rather|whether|either|neither|together|further|later|earlier|former|per|for|nor|or)$/u;
/** `The chair of the Gulf of Maine Lobster Council` before a comma: an office noun, `of`/`for`/`at` and a body's capitalised name (group 1: the office noun). */
const OFFICE_OF_NAMED_BODY = /^[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*)\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'&.-]*){0,7}(?=,)/u;

function bareOccupationThenName(after: string): SpeakerPhrase | null {
  const found = BARE_OCCUPATION_NAME().exec(after);
  if (!found) return null;
  const words = found[1]!.trim().split(/\s+/u);
  const noun = words.at(-1)!;
  const occupation = (isRoleWord(noun) || (OCCUPATION_ENDING.test(noun) && !NOT_OCCUPATION.test(noun))) && !NO_ROLE_QUALIFIER.test(noun) && words.slice(0, -1).every(isRoleQualifier);
  const name = occupation ? cleanName(found[2]!) : '';
  return name && name.includes(' ') && looksLikePerson(name) ? { ...named(found[2])!, role: words.join(' ') } : null;
}

/** The person set in commas after an office of a named body (`, Ada Brennock,`, `, hydrologist Ada Brennock,`), or null. */
function officeHolderAfter(after: string, office: string): SpeakerPhrase | null {
  const plain = new RegExp(`^,\\s+(${NAME_RUN}),\\s+\\p{Ll}`, 'u').exec(after);
  const name = plain ? cleanName(plain[1]!) : '';
  const role = office.replace(/^[Tt]he\s+/u, '');
  if (name && name.includes(' ') && looksLikePerson(name)) return { ...named(plain![1])!, role };
  // (The office of the named body says why they speak: it is the role, `chair of the X Council`, over the occupation.)
  const occupied = bareOccupationThenName(after);
  return occupied ? { ...occupied, role } : null;
}

export function sentenceSubject(sentence: string): SpeakerPhrase | null {
  // `Consultado sobre su futuro, fue tajante:`, `A dirlo è X:`: an opening of another language before the subject (lang/clause-opening.ts).
  const opened = speakerAfterOpening(sentence, sentenceSubject);
  if (opened !== undefined) return opened;
  const onlyAs = namedOnlyAsSubject(sentence);
  if (onlyAs) return named(onlyAs);
  const nounOpening = cyrillicRoleNounOpening(sentence) ?? hungarianDefiniteOpening(sentence);
  if (nounOpening) return nounOpening;
  // (`Пред входа на пазара X Y, 70-годишен пенсионер, чака …`: a place opening a Cyrillic sentence, then its subject.)
  // (`Під час екскурсії Мельник показує …`, `Серед гостей була й X Y, …`: a family name alone too, for one the text gives in full.)
  // (Cyrillic words only: a sentence opening otherwise is not tried.)
  const placed = /^[\u0400-\u04ff]/u.test(sentence.trim()) ? CYRILLIC_PLACE_THEN_NAME.exec(sentence.trim()) : null;
  if (placed && (placed[1]!.includes(' ') ? looksLikePerson(placed[1]!) : /^\p{Lu}\p{Ll}{2,}$/u.test(placed[1]!))) return named(placed[1]);
  // `בעל החנות, יוסי אזולאי, 61, כבר סגר שני סניפים. "…"`: in Hebrew and Arabic the person the sentence opens with (lang/semitic-sentence-subject.ts).
  // (`در نجف‌آباد، …، حسن مرادی …`: a Persian adverbial group first, then the person, lang/fa-subject.ts.)
  const persianAdverbial = opensWithPersianAdverbial(sentence);
  // (The blocks of those scripts, any astral character by its high surrogate, tested first with no \p class.)
  const semitic = /^[\s"“«]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\ud800-\udbff]/.test(sentence) && /^[\s"“«]*[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(sentence) ? (persianAdverbial ? persianSubject(sentence) : semiticOpeningName(sentence)) : null;
  if (semitic) return semitic;
  // "For Jim Tully, 67, the choice is easy.": the person the sentence is about, not its abstract subject.
  const about = FOR_PERSON.exec(sentence.trim());
  if (about && cleanName(about[1] ?? '')) return named(about[1]);
  // (`Among the 40 people who signed up to speak was X, a junior …, who read a statement.`: the inverted subject after `was`.)
  const among = /^Among\s/u.test(sentence.trim()) ? AMONG_WAS_NAME().exec(sentence.trim()) : null;
  if (among && looksLikePerson(among[1]!)) return named(among[1]);
  // `Pour l’économiste Mamadou Kane, …, l’enjeu dépasse la pêche.`, `Para el catedrático X, …`: the same in other languages.
  const view = /^\s*(?:Para|Pour|Per|Für|Secondo|Según|Segundo|Selon)\s/u.test(sentence) ? viewOpening(sentence) : null;
  if (view) return view;
  // "Ana Lopez was criticized by Tom Reyes on Monday.": the agent of a passive acts.
  const agent = (/\sby\s/.test(sentence) ? PASSIVE_AGENT.exec(sentence) : null) ?? (/\sfrom\s/.test(sentence) ? (RESPONSE_FROM().exec(sentence) ?? (/:\s*$/u.test(sentence) ? CAME_FROM().exec(sentence.trim()) : null)) : null);
  if (agent && cleanName(agent[1] ?? '')) return named(agent[1]);
  // "The first question came from Walter Hinz.": the one the question came from (questioner.ts).
  const questioner = questionerIn(sentence);
  if (questioner && cleanName(questioner)) return named(questioner);
  const opening = withoutParagraphStamp(sentence.trim()).replace(LEADING_CLAUSE, '').replace(LEADING_CLAUSE, '');
  // `Presidente da associação há 12 anos, Maria Souza acompanha …`, `Chairman for 12 years, Tom Reyes has …`: a role set
  // before the name opens the sentence; the name after its comma, then a lower-case verb, is the subject, the role theirs.
  const roleFirst = ROLE_THEN_NAME_OPENING().exec(opening);
  const roleHead = roleFirst?.[1]!.split(/\s+/u)[0]!.toLowerCase() ?? '';
  // (A name of one word must be one the text gives in full, attribute.ts knownSubject; how long the role was held is no part of it.)
  if (roleFirst && (isRoleWord(roleHead) || isForeignRoleNoun(roleHead)) && cleanName(roleFirst[2]!)) return { ...named(roleFirst[2])!, role: roleFirst[1]!.replace(HELD_FOR, '') };
  // `Er nahm die Niederlage auf seine Kappe: „…“`: a pronoun of another language opening a sentence that introduces the quote.
  const foreign = /:\s*$/u.test(opening) ? FOREIGN_PRONOUN_OPENING.exec(opening)?.[1] : undefined;
  // (`Il loro portavoce …`: Italian `Il` is an article; French `Il` is the pronoun only before French words.)
  const foreignPronoun = foreign && (!/^(?:Il|Elle)$/u.test(foreign) || FRENCH_AFTER_PRONOUN.test(opening)) ? foreign : null;
  if (foreignPronoun) return { phrase: /^(?:Sie|Elle|Ella|Lei|Ela)$/u.test(foreignPronoun) ? 'she' : 'he', kind: 'name', pronoun: true };
  const germanPronoun = GERMAN_PRONOUN_AFTER_VERB.exec(opening)?.[1];
  if (germanPronoun) return { phrase: germanPronoun === 'sie' ? 'she' : 'he', kind: 'name', pronoun: true };
  // `Hij vreest voor lawaai. ‘…’`, `Han är orolig. ”…”`: a singular pronoun of another language opening the sentence before the
  // words, then its verb (not a name: `Hij` read as one gave no speaker). Plural-capable Sie, Zij, Ze count only before a
  // singular verb (no -n: `sie fürchtet`, `zij vreest`).
  const singular = SINGULAR_PRONOUN_OPENING.exec(opening);
  // (English `On the other hand`, `On average` open with the preposition.)
  const englishOn = singular?.[1] === 'On' && ENGLISH_AFTER_ON.test(singular[2]!);
  if (singular && !englishOn && (!/^(?:Sie|Zij|Ze)$/u.test(singular[1]!) || !/n$/u.test(singular[2]!)) && (!/^(?:Il|Elle)$/u.test(singular[1]!) || FRENCH_AFTER_PRONOUN.test(opening))) {
    return { phrase: FEMALE_PRONOUN.test(singular[1]!) ? 'she' : 'he', kind: 'name', pronoun: true };
  }
  // `Il loro portavoce, che preferisce non comparire, teme …:`: a described subject of another language before the colon.
  const describedForeign = /:\s*$/u.test(opening) && !ROLE_THEN_APPOSED_NAME.test(opening) ? DESCRIBED_FOREIGN_OPENING.exec(opening) : null;
  if (describedForeign) return described(describedForeign[1]);
  // `Un’anziana di Cabbio che scende … non usa mezzi termini:`: an indefinite subject of another language before the colon is someone unnamed.
  // (Only a noun for a person: `Une argumentation reprise par la défense … :` is nobody.)
  const indefinite = /:\s*$/u.test(opening) && opensWithNewPerson(opening) ? INDEFINITE_COLON.exec(opening) : null;
  if (indefinite) return described(indefinite[1]);
  // (`A produtora Fátima Assane, de 45 anos, trouxe …`: Portuguese `A` and a feminine noun before a full name are no English description.)
  const portuguese = PORTUGUESE_NOUN_FULL_NAME.test(opening) ? openingPerson(opening) : null;
  if (portuguese) return portuguese;
  const description = DESCRIBED_OPENING.exec(opening) ?? CAPITALISED_OFFICE_OPENING.exec(opening);
  // (`The chair of the Tarn Valley Water Board, [hydrologist] Ada Brennock, defended …`: the office of a named body, then the
  // person in commas; with no person there the sentence is left as before.)
  const officeOfBody = description ? null : OFFICE_OF_NAMED_BODY.exec(opening);
  const heldBy = officeOfBody && isRoleWord(officeOfBody[1]!) ? officeHolderAfter(opening.slice(officeOfBody[0].length), officeOfBody[0]) : null;
  if (heldBy) return heldBy;
  if (description) {
    // "His rival, Jane Doe, disagreed:": the name after a described subject is the subject.
    // (`A Vasas kapusa, Ivan Horvat a meccs után így fogalmazott:`: with no comma closing the name, when its sentence opens the
    // quote with a colon and a lower-case word follows the name.)
    const appositive = new RegExp(`^,\\s+(${NAME_RUN})(?:,|\\s+(?=\\p{Ll}[^:]*:\\s*$))`, 'u').exec(opening.slice(description[0].length));
    const name = appositive && cleanName(appositive[1] ?? '') ? named(appositive[1]) : null;
    if (name) return withRole(name, [description[1] ?? '']);
    // ("The church's pastor, the Rev. Ana Ruiz, opened …", "Her sister, the cellist Ingrid Solberg, said": the article's full name.)
    const articled = new RegExp(`^,\\s+the\\s+((?:[\\p{Ll}-]+\\s+){0,3})(${NAME_RUN}),`, 'u').exec(opening.slice(description[0].length));
    const articledName = articled && articled[1]!.trim().split(/\s+/u).every((word) => !word || isRoleWord(word)) && looksLikePerson(cleanName(articled[2]!)) ? named(articled[2]) : null;
    if (articledName) return withRole(articledName, [articled![1]!.trim() || (description[1] ?? '')]);
    // ("The chair of the X Council, marine ecologist Ada Brennock, defended …": the occupation with no article, then the name.)
    const occupied = bareOccupationThenName(opening.slice(description[0].length));
    if (occupied) return occupied;
    // "The critic Marianne Stoddart, writing in …, dismissed …": lower-case role words, then the person's full name.
    const roleThenFullName = ROLE_WORDS_THEN_FULL_NAME().exec(description[1] ?? '');
    const person = roleThenFullName && looksLikePerson(cleanName(roleThenFullName[2]!)) ? named(roleThenFullName[2]) : null;
    return person ? { ...person, role: roleThenFullName![1]!.trim() } : described(description[1]);
  }
  // `Under cross-examination, defense attorney Roland Meeks asked`: lower-case role words before the name, after an opening clause.
  // (`Our commentator and former Olympian Gavin Reed is impressed:`: after "Our"/"The", the same role words.)
  const owned = opening === sentence.trim() ? OWNER_BEFORE_ROLE.exec(opening)?.[0] ?? '' : '';
  const roleWords = opening !== sentence.trim() || owned ? /^((?:[\p{Ll}-]+\s+){1,3})(?=\p{Lu})/u.exec(opening.slice(owned.length))?.[1] : undefined;
  // (`Earlier, cattle farmer X told …`: words qualifying a role noun that ends them go with it.)
  const roled = roleWords && roleWords.trim().split(/\s+/).every((word, i, all) => isRoleWord(word) || (owned !== '' && isLoneClauseNoun(word)) || (word === 'and' && i > 0 && i < all.length - 1) || (i < all.length - 1 && isRoleWord(all.at(-1)!) && isRoleQualifier(word))) ? sentenceSubject(opening.slice(owned.length + roleWords.length)) : null;
  // (A title opening the name goes with the role words before it: "commentator and former Olympian".)
  const titleWords = roled && owned && roled.phrase.endsWith(cleanName(roled.phrase)) ? roled.phrase.slice(0, roled.phrase.length - cleanName(roled.phrase).length).trim() : '';
  if (roled) return roled.kind === 'name' && !roled.pronoun && !roled.role ? { ...roled, role: `${roleWords!.trim()} ${titleWords}`.trim() } : roled;
  // `De 29-jarige Sanne Hofstede woont…`, `Der 47-jährige Ralf Becker baut…`: an article and an age before the name.
  // `Ook organisator Luc Vanhoutte was tevreden`: "also" and a lower-case role noun before it.
  const lowerRole = LOWER_ROLE_BEFORE_NAME.exec(opening);
  const roleWord = lowerRole && (isRoleWord(lowerRole[1]!) || isNewLanguageAgentNoun(lowerRole[1]!)) ? lowerRole : null;
  const bare = roleWord ? opening.slice(roleWord[0].length) : opening.replace(AGE_BEFORE_NAME, '').replace(NUMBERED_UNIT_BEFORE_TITLE, '').replace(ALSO_OPENING, '');
  // `Na casa ao lado, o pedreiro Anderson Rocha, de 38 anos, terminou…`: an opening phrase of another language, then the subject.
  // `Il loro portavoce, Marco Zen, teme …:`: an article-led role, then the name between commas.
  // `Son voisin, le fleuriste Marc Schmit, a réduit …`: a possessive-led relation, then the person between commas.
  // `Il granconsigliere Marco Lurati (PS) ha depositato …`: an article, one lower-case noun no list holds and a full name.
  const afterOpening = FOREIGN_OPENING.test(opening) || ROLE_THEN_APPOSED_NAME.test(opening) || POSSESSIVE_THEN_APPOSED.test(opening) || (ARTICLE_NOUN_FULL_NAME.test(opening) && !isRoleWord(opening.split(/[\s’']+/u)[1] ?? '')) ? openingPerson(opening) : null;
  // (The degree opening the name is no part of the role: `…, Mag. X,`.)
  if (afterOpening) return afterOpening.role ? { ...afterOpening, role: afterOpening.role.replace(DEGREE_AT_END, '') } : afterOpening;
  // `Avocatul familiei, Cristian Popa, a anunțat …`: a role with no article, then the name between commas (lang/newlang-apposed.ts).
  const apposed = apposedNameOpening(opening);
  if (apposed) return apposed;
  // (`Ma la sindaca non nasconde i dubbi:`: an office opening a colon-ended sentence that names no one, lang/colon-subject.ts.)
  const colonOffice = colonDescriptor(sentence);
  if (colonOffice) return colonOffice;
  // (`Wójt gminy Jan Kamiński nie kryje radości:`: a role noun and its complement before the full name, lang/role-opened-subject.ts;
  // `Il sindaco di Lerici Gianni Russo ammette …`: a Romance article, role and name with no comma, lang/romance-role-name-opening.ts.)
  // (`Ook organisator X was …`: "also" opening the sentence is no body before the role, read below.)
  const roleOpened = ALSO_WORD_OPENING.test(opening) ? null : (roleOpenedSubject(opening) ?? romanceRoleThenName(opening));
  if (roleOpened) return roleOpened;
  const match = NAMED_OPENING.exec(bare);
  // `Infirmière depuis vingt ans, X ne cache pas son inquiétude :`: no full name opening it, the one person named after an opening phrase (lang/colon-subject.ts).
  const colonNamed = match && cleanName(match[0]).includes(' ') ? null : colonSubject(sentence);
  if (colonNamed) return colonNamed;
  if (!match) return null;
  // `Am Ufer steht Josef Maier.`: a preposition and a capitalised noun open a place, no name (the subject follows the verb: inverted-subject.ts).
  if (PLACE_BEFORE_VERB.test(match[0])) return null;
  // (`Für das Konzert hat …`, `Por el Granollers habló …`: a preposition and an article open an adjunct, never a name.)
  if (PREPOSITION_AND_ARTICLE.test(match[0])) return null;
  // `À Saint-Côme, les routes restent fermées.`: a preposition that opens no name and a place before the comma are an adjunct.
  // (`Dalla Regione, un funzionario … si limita a dire:`: a fused preposition and an institution say where the words come from.)
  if ((PLACE_PREPOSITION_OPENING.test(match[0]) || FUSED_PREPOSITION_INSTITUTION.test(match[0])) && /^\s*,/u.test(bare.slice(match[0].length))) return null;
  // `De West-Vlaming baalde…`, `Der Südtiroler …`: an article and a demonym stand for the person just named.
  if (REGION_DEMONYM.test(match[0])) return described(match[0]);
  // `Fatima El Amrani (71) neemt de bus`, `Raadslid Yusuf Demir (Stadspartij) wil`: an age or a party in brackets after the name.
  const rest = bare.slice(match[0].length).replace(/^\s*\([^()]{1,40}\)/u, '');
  if (match[1]) {
    const titled = roleThenName(match[1], rest);
    if (titled) return titled;
  }
  const next = /^\s+([\p{L}’'-]+)/u.exec(rest)?.[1] ?? '';
  // `Poirier a salué le travail…`: French `a` before a past participle is the auxiliary, not the article.
  // `Poi l’appello:`, `Dann die Warnung:`: an article after a capitalised first word opens a noun phrase, no verb.
  const verbLike = /^,/.test(rest) || (/^\p{Ll}/u.test(next) && !NOT_A_VERB.test(next) && !ARTICLE_NEXT.test(next) && !isRoleWord(next)) || /^\s+a\s+\p{Ll}+(?:é|i|u|is|it|ert)(?![\p{L}])/u.test(rest);
  // (`X Y hafnarstjóri segir …`: an Icelandic or Faroese office after the name, then the verb, lang/role-after-name.ts.)
  const office = verbLike ? null : officeAfterName(rest);
  const person = verbLike || office ? monsieur(fromGroups(match)) : null;
  // (`M. Renard promet …`: the address before a family name alone is no part of it, lang/fr.ts.)
  return person && office && !person.role ? { ...person, role: office } : person;
}
