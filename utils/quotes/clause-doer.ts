/**
 * `Fenwick, 51, who co-founded Palisade in 2009,` … `"…," the co-founder wrote`: a relative clause after a name says
 * what the person did, and the agent noun of its verb (`co-founded` → `co-founder`, `owns` → `owner`, `coached` →
 * `coach`) describes that person as a role would. Only the clause's own first verb counts (`who also directs` →
 * `director`); a noun of another verb (`the coach` after `who co-founded …`) is no match.
 */

/** The stem of a verb in the past or third person (`co-founded` → `co-found`, `owns` → `own`). */
const verbStem = (verb: string) => verb.replace(/(?:ed|es|s)$/u, '');
/** The stem of an agent noun (`co-founder` → `co-found`, `director` → `direct`, `coach` → `coach`). */
const agentStem = (noun: string) => noun.replace(/(?:er|or)$/u, '');

/** Whether a description of the person (`who co-founded palisade in 2009`) is a clause whose verb the noun is the doer of. */
export function doesWhatNounSays(descriptions: Iterable<string>, head: string): boolean {
  const noun = agentStem(head.toLowerCase());
  if (noun.length < 4) return false;
  for (const description of descriptions) {
    const verb = /^who\s+(?:also\s+|once\s+|later\s+)?(\p{Ll}[\p{Ll}-]+)/u.exec(description.toLowerCase())?.[1];
    if (verb && verb !== head.toLowerCase() && verbStem(verb) === noun) return true;
  }
  return false;
}
