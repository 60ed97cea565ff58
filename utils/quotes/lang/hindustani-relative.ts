/**
 * `अभियंता X Y, जो … की निगरानी करते हैं, ने Z से कहा, “…”` / `X Y، جو …، نے کہا`: a clause set off by commas between the
 * name and the agent marker (a relative clause, an apposition) says who the person is; the name is what stands before it.
 * The clause is dropped so the marker reads right after the name (`X Y ने Z से कहा`). Only the last such clause, and only
 * right before the marker as a word of its own.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function withoutClauseBeforeAgent(frame: string, agent: string): string {
  const clause = new RegExp(`[,،]\\s*[^,،“”"«»\\n]{1,160}[,،]\\s*(?=${escape(agent)}(?:\\s|$))`, 'gu');
  return frame.replace(clause, ' ');
}

/**
 * `घाट पर नाव चलाने वाले X Y का परिवार …`: an oblique infinitive and `वाला`/`वाले`/`वाली` ("the one who drives the
 * boat") is a participle clause that introduces the name right after it, as a role noun would.
 */
export function isDoerParticiple(tokens: readonly string[], at: number): boolean {
  return /^(?:वाला|वाले|वाली)$/u.test(tokens[at] ?? '') && /ने$/u.test(tokens[at - 1] ?? '');
}
