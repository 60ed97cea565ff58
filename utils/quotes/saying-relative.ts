/**
 * `Brandt thanked Emergency Manager Kelsey Dunn, who said the county has sandbags. "…," she said`: a person given a
 * relative clause of saying is the one the story now reports, so the next "he"/"she" is theirs, though the sentence's
 * subject is someone else (`X was joined by Dr Y, head of …, who said …`, `X toured the floors with Y, who said …`).
 * A relative clause that says anything else (`Tom Reyes, who was visiting from Leeds`) leaves the subject salient.
 */

/** Up to two comma groups after the name (an office, an age), then `, who` and a verb of saying. */
const SAYING_RELATIVE = /^(?:,\s+[^,.;:!?"“”«»\n]{1,90}?){0,2},\s+who\s+(?:(?:also|later|then|had|has|earlier)\s+)?(?:said|says|told|tells|added|explained|warned|argued|insisted|noted|stressed|confirmed|urged|recalled|admitted|complained|acknowledged|described|predicted|estimated|expects|expected)\b/u;

/**
 * `The couple hired a lawyer, a step Olena Petrenko said she insisted on. "…," she said`: a name inside the sentence
 * followed at once by a verb of saying and what she said of herself is the one reported, though no subject.
 */
const SAYS_OF_SELF = /^\s+(?:(?:also|later)\s+)?(?:said|says)\s+(?:that\s+)?(?:she|he)\s/u;

/** Whether the text right after a name opens a relative clause of saying about that person. */
export function speaksInRelativeClause(afterName: string): boolean {
  return SAYING_RELATIVE.test(afterName) || SAYS_OF_SELF.test(afterName);
}

/**
 * `Meteorologist Anna Kowalczyk with the weather service said …`: a lower-case complement saying where the person works
 * (which the predicate test reads only capitalised) before a verb of saying leaves the name the sentence's subject.
 */
const COMPLEMENT_THEN_SAYS = /^\s+(?:with|at|of|from|for)\s+(?:the\s+)?[\p{L}’'&-]+(?:\s+[\p{L}’'&-]+){0,4}\s+(?:said|says|told|tells|added|explained|warned|noted|stressed)\b/u;

export function saysAfterComplement(afterName: string): boolean {
  return COMPLEMENT_THEN_SAYS.test(afterName);
}

/**
 * `Asked by reporters whether he would quit the race, Okafor laughed.`: a sentence opening with a participle clause
 * about the one it goes on to name has that name for its subject, whatever the verb after it (`laughed`, `shrugged`).
 */
const PARTICIPLE_OPENING = /^\s*(?:Asked|Pressed|Questioned|Challenged|Confronted|Reached|Contacted|Interviewed|Responding|Reacting|Speaking)\s[^.!?;:"“”«»\n]*,\s*$/u;
/** The name's own verb follows at once: a lower-case word, not a possessive or another name. */
const OWN_VERB_NEXT = /^\s+(?:(?:just|only|simply|then|later|also)\s+)?(?:\p{Ll}+(?:ed|s)|did|does|was|had|would|could|will|can)\b/u;

export function opensAfterParticipleClause(lead: string, afterName: string): boolean {
  return PARTICIPLE_OPENING.test(lead) && OWN_VERB_NEXT.test(afterName);
}

/**
 * `The orchid was first found in 2019 by Thandeka Moyo, then a student, on a ridge …. "…," she said`: a person first
 * brought in as the agent of a passive verb, with an appositive saying who they are, is whom the story turns to.
 */
// (The sentence's subject a thing, opened by an article: `Halvorsen was joined by X, a guide,` keeps Halvorsen the one.)
const PASSIVE_BY = /^\s*(?:The|A|An|This|That|Its|Their)\s[^,;:!?"“”«»\n]*?\s(?:was|were|is|are|been)\s+(?:[\p{Ll}\d’'-]+\s+){0,6}?\p{Ll}+(?:ed|en|wn|ght|ound|ade)\s+(?:[^,.;:!?"“”«»\n]{0,40}\s)?by\s+$/u;
const INTRODUCED_BESIDE = /^,\s+(?:then|now|a|an|the|who)\s/u;

export function introducedAsPassiveAgent(lead: string, afterName: string): boolean {
  return PASSIVE_BY.test(lead) && INTRODUCED_BESIDE.test(afterName);
}
