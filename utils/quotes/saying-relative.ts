/**
 * `Brandt thanked Emergency Manager Kelsey Dunn, who said the county has sandbags. "…," she said`: a person given a
 * relative clause of saying is the one the story now reports, so the next "he"/"she" is theirs, though the sentence's
 * subject is someone else (`X was joined by Dr Y, head of …, who said …`, `X toured the floors with Y, who said …`).
 * A relative clause that says anything else (`Tom Reyes, who was visiting from Leeds`) leaves the subject salient.
 */

/** Up to two comma groups after the name (an office, an age), then `, who` and a verb of saying. */
const SAYING_RELATIVE = /^(?:,\s+[^,.;:!?"“”«»\n]{1,90}?){0,2},\s+who\s+(?:(?:also|later|then|had|has|earlier)\s+)?(?:said|says|told|tells|added|explained|warned|argued|insisted|noted|stressed|confirmed|urged|recalled|admitted|complained|acknowledged|described|predicted|estimated|expects|expected)\b/u;

/** Whether the text right after a name opens a relative clause of saying about that person. */
export function speaksInRelativeClause(afterName: string): boolean {
  return SAYING_RELATIVE.test(afterName);
}

/**
 * `Meteorologist Anna Kowalczyk with the weather service said …`: a lower-case complement saying where the person works
 * (which the predicate test reads only capitalised) before a verb of saying leaves the name the sentence's subject.
 */
const COMPLEMENT_THEN_SAYS = /^\s+(?:with|at|of|from|for)\s+(?:the\s+)?[\p{L}’'&-]+(?:\s+[\p{L}’'&-]+){0,4}\s+(?:said|says|told|tells|added|explained|warned|noted|stressed)\b/u;

export function saysAfterComplement(afterName: string): boolean {
  return COMPLEMENT_THEN_SAYS.test(afterName);
}
