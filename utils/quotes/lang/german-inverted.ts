/**
 * German puts the finite verb second: a sentence opening with a place or time has its subject right after the verb
 * (`Oberhalb des Dorfes bewirtschaftet Karl Gruber seit 30 Jahren eine Hütte.`). That person is the sentence's subject,
 * whom a later `sagt er` is about (entities.ts). Read only in a sentence holding German function words, and only after a
 * short opening that starts with a preposition or adverb and ends in a verb's -t/-te/-en, or after a fronted clause.
 */

// (The opening is a place or a time, its first word a preposition or adverb: `Der Verein kritisiert X` has X as its object.)
const OPENING_THEN_VERB = /^\s*(?:Oberhalb|Unterhalb|Außerhalb|Innerhalb|Im|Am|Auf|In|An|Bei|Beim|Nach|Seit|Vor|Hinter|Neben|Über|Unter|Mit|Trotz|Während|Gestern|Heute|Dort|Hier|Damals|Inzwischen|Mittlerweile|Seitdem|Jetzt|Nun|Zudem|Außerdem)(?:\s+[\p{L}\d-]+){0,4}\s+(\p{Ll}{3,}(?:t|te|ten|en))\s+$/u;
/** A fronted subordinate clause and its comma take the first place too (`Ob es weitergeht, ließ X offen.`), any verb after it. */
const CLAUSE_THEN_VERB = /^\s*(?:Ob|Wenn|Als|Weil|Nachdem|Bevor|Dass|Wie|Was|Wo|Warum|Wann|Obwohl|Sobald)\s[^.!?;:]{3,160},\s+(\p{Ll}{3,})\s+$/u;
const NO_VERB = /^(?:ihnen|denen|diesen|jenen|welchen|unseren|euren|den|dem|des|einen|einem|oben|hinten|vorn|neben|zwischen|unter|hinter|seit|gegen|nach|ohne|heute|gestern|morgen|damit|dabei|selten|jeden|letzten|ersten|beiden|allen|vielen|seinen|ihren|guten|großen|kleinen|neuen|alten)$/u;
const GERMAN_WORD = /(?<![\p{L}])(?:der|die|das|den|dem|des|und|ist|nicht|seit|eine|einen|einem|einer|auch|noch)(?![\p{L}])/u;

/** Whether the name after `lead` (its sentence up to the name) is the subject after a German opening and verb; `rest` the words after it. */
/**
 * Romance languages invert too after a place (`À porta da junta esperava X`, `En la primera fila estaba X`, `Devant la
 * mairie attendait X`): a preposition opening the sentence, a few words, and a verb in the imperfect or past right before the name.
 */
const ROMANCE_PLACE_THEN_VERB = /^\s*(?:Na|No|Nas|Nos|Em|À|Ao|En|Al|A\s+la|Dans|Devant|Sur|Au|Nel|Nella|Alla|Al|Davanti|Delante|Frente|Junto)\s(?:[\p{L}'’-]+\s+){0,5}\p{Ll}{3,}(?:ia|ía|ava|aba|ait|eva|iva|ó|ou)\s+$/u;

/** Whether `lead` is a Romance place and verb before an inverted subject (no role of theirs: lang/introduced-role.ts). */
export function isRomanceInvertedLead(lead: string): boolean {
  return ROMANCE_PLACE_THEN_VERB.test(lead);
}

/**
 * `Matchwinner war einmal mehr X.`, `Siegerin des Abends wurde erneut X.`: a noun of what someone was fronted before the copula,
 * the name closing the sentence is its subject (`Er nahm es gelassen` after it is about X). Only with the name last, a German
 * copula and at most a few German adverbs between (`Der Grund war X` about a thing has no name last).
 */
const FRONTED_PREDICATE_THEN_COPULA = /^\s*(?:(?:Der|Die)\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:des|der|von|vom|im|am)\s+\p{Lu}[\p{L}-]+)?\s+(?:war|ist|wurde|wird)\s+(?:(?:einmal\s+mehr|erneut|wieder|abermals|diesmal|auch|einmal|heuer|dieses\s+Mal)\s+)?$/u;

export function isGermanInvertedSubject(lead: string, rest: string): boolean {
  if (isRomanceInvertedLead(lead)) return true;
  if (FRONTED_PREDICATE_THEN_COPULA.test(lead) && /^\s*[.!]/u.test(rest)) return true;
  const verb = OPENING_THEN_VERB.exec(lead)?.[1] ?? CLAUSE_THEN_VERB.exec(lead)?.[1];
  return !!verb && !NO_VERB.test(verb) && GERMAN_WORD.test(`${lead} ${rest.split(/[.!?]/u)[0]}`);
}
