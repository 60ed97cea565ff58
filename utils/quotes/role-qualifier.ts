/** Whether the words right after a name run make it qualify the role of the name that follows (person-mentions.ts). */
import { ROLE_NOUNS } from './roles';

export const RELATIVE_NOUNS = new Set(
  'father mother son daughter wife husband brother sister uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother father-in-law son-in-law daughter-in-law stepson stepdaughter'.split(' '),
);

/** Right after a run: a lower-case noun for a member of a community or place, and the next capitalised name ("Hillary Clinton spokesman X" keeps Clinton a person). */
const QUALIFIES_ROLE = /^\s+(?:elder|volunteer|resident|farmer|activist|student|worker|member)\s+\p{Lu}/u;
/** A lower-case word between two runs, then a full name: `Veteran Lions lock Bongani Zulu`. */
const WORD_THEN_NAME = /^\s+(\p{Ll}{3,})\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;
/** Uninflected words that join two names as verbs or function words: "Nadal beat Federer", "Reyes and Lopez". */
const JOINS_NAMES = /^(?:and|nor|but|the|with|for|from|than|via|plus|into|onto|over|under|after|before|about|against|between|like|near|beat|hit|put|let|set|cut|quit|hurt|cost|shut|read|met|led|fed|bet|bid|cast|upset|wed|told|sent|left|kept|made|said|paid|won|lost|took|gave|saw|drew|came|went|ran|held|became|chose|thought|knew|heard|found|brought|bought|taught|caught|sold|beaten|will|would|can|could|may|might|must|should|shall|did|does|has|had|have|was|were|are|been|not|never|also|then|just|only|even|still|too|say|tell|thank|join|meet|face|see|ask|call|back|endorse|replace|succeed|follow|visit|defeat)$/;

/** `Mads Østergaard fra Vestjysk Bank`, `Anna Berg från Länsstyrelsen`, `Ioana Pop din Cluj`, `Sanne Kuipers van Bakkerij De Zon`: "from" or "of" before a body or place, in other languages. */
const FROM_BODY = /^(?:fra|från|uit|van|von|din|aus|dari|hos|ved|vid|bei)$/u;

/**
 * Whether the words after a run make it qualify the role of the name that follows: a community's noun
 * (`Wakka Wakka elder Aunty X`), or a lower-case word that is no role noun and has no verb's ending (`Veteran Lions lock Bongani
 * Zulu`, `Loddon Valley umpire Ana Lopez`), which a person's name never takes before another name.
 */
export function qualifiesRole(after: string): boolean {
  if (QUALIFIES_ROLE.test(after)) return true;
  const word = WORD_THEN_NAME.exec(after)?.[1];
  // ("Hillary Clinton spokesman Brian Fell": a role noun after a person's name may be that person's aide; a person keeps the name.)
  return !!word && !/(?:s|ed|ing|ly)$/.test(word) && !JOINS_NAMES.test(word) && !FROM_BODY.test(word) && !ROLE_NOUNS.has(word) && !RELATIVE_NOUNS.has(word);
}
