/**
 * A quote standing alone as its paragraph, whose speaker the next paragraph opens on with "thus tells": Bulgarian
 * `„…“` ¶ `Така разказва 72-годишната Мария Петкова от …`, Russian `Так рассказывает …`, Ukrainian `Так розповідає …`,
 * Greek `Έτσι περιγράφει η …`. "Thus" points back at the words just quoted, and the subject after the verb said them.
 */

/** "Thus", then a verb of telling, saying, explaining or remembering, in the present or the past. */
const THUS_TELLS =
  /^(?:Така|Ето\s+така|Так|Вот\s+так|Ось\s+так|Έτσι)\s+(?:разказва|разказа|казва|каза|обяснява|обясни|спомня\s+си|сподели|споделя|коментира|описва|рассказывает|рассказал[аи]?|говорит|сказал[аи]?|объясняет|вспоминает|описывает|розповідає|розповів|розповіла|каже|сказав|сказала|пояснює|згадує|περιγράφει|λέει|εξηγεί|αφηγείται|θυμάται|είπε)\s+/u;
/** Up to three lower-case words (an age, a role, an article: `72-годишната`, `η συνταξιούχος`), then two or three capitalised words. */
const SUBJECT = /^((?:[\p{Ll}\d][\p{L}\p{M}\d-]*\s+){0,3}?)(\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+){1,2})(?=[\s,.;:]|$)/u;

/** The name (and the lower-case words before it) the "thus tells" opening of `next` gives, or null. */
export function thusTellsSpeaker(next: string): { name: string; words: string } | null {
  const opening = THUS_TELLS.exec(next);
  const subject = opening ? SUBJECT.exec(next.slice(opening[0].length)) : null;
  return subject ? { name: subject[2]!, words: subject[1]!.trim() } : null;
}
