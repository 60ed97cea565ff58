/**
 * Words around an Arabic or Hebrew verb of saying that say how or when, never who: the reader skips them
 * (lang/semitic.ts), so they are read neither as a name nor as the end of one.
 */

/**
 * `ثم أضاف ضاحكًا:`, `قال أيضًا X`: a word in the accusative's tanween right after the verb is how or what more; not the
 * years of an age, `البالغ من العمر 40 عامًا`. The words after the verb without it.
 */
export function withoutLeadingAdverb(clause: string): string {
  return clause.replace(/^(?!عام)\p{Script=Arabic}{2,}(?:\u064Bا|ا\u064B)(?=[\s:،,]|$)\s*/u, '');
}

/** `، ثم أضاف:`, `ואז הוסיף:`: "then" right before the verb, whose subject is left out. */
export function isThenBeforeVerb(word: string): boolean {
  return /^(?:[وف]?ثمّ?|ו?אז)$/u.test(word);
}
