/**
 * A quote standing alone as its paragraph, whose speaker the next paragraph opens on with "thus tells": Bulgarian
 * `„…“` ¶ `Така разказва 72-годишната Мария Петкова от …`, Russian `Так рассказывает …`, Ukrainian `Так розповідає …`,
 * Greek `Έτσι περιγράφει η …`. "Thus" points back at the words just quoted, and the subject after the verb said them.
 */

/** "Thus", then a verb of telling, saying, explaining or remembering, in the present or the past. */
const THUS_TELLS =
  /^(?:Така|Ето\s+така|Так|Вот\s+так|Ось\s+так|Έτσι)\s+(?:разказва|разказа|казва|каза|обяснява|обясни|спомня\s+си|сподели|споделя|коментира|описва|рассказывает|рассказал[аи]?|говорит|сказал[аи]?|объясняет|вспоминает|описывает|розповідає|розповів|розповіла|каже|сказав|сказала|пояснює|згадує|περιγράφει|λέει|εξηγεί|αφηγείται|θυμάται|είπε)\s+/u;
/**
 * "With those words", then the speaker opening what they did next: `Con esa frase, el alcalde X Y abrió la sesión`,
 * `Com essas palavras, a ministra X Y encerrou …`, `Con queste parole il sindaco X Y ha aperto …`, `Par ces mots, X Y a
 * ouvert …`, `With those words, Mayor X Y opened …`.
 */
const WITH_THOSE_WORDS =
  /^(?:(?:Con|Com|Par|Avec|With)\s+(?:esas?|estas?|aquellas?|essas?|estas?|aquelas?|queste|quelle|ces|cette|those|these|that)\s+(?:palabras|frases?|palavras|parole|mots|phrases?|words|remarks))\s*,?\s+/u;
/** Up to three lower-case words (an age, a role, an article: `72-годишната`, `η συνταξιούχος`), then two or three capitalised words. */
const SUBJECT = /^((?:[\p{Ll}\d][\p{L}\p{M}\d-]*\s+){0,3}?)(\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+){1,2})(?=[\s,.;:]|$)/u;

/** The name (and the lower-case words before it) the "thus tells" opening of `next` gives, or null. */
export function thusTellsSpeaker(next: string): { name: string; words: string } | null {
  const opening = THUS_TELLS.exec(next) ?? WITH_THOSE_WORDS.exec(next);
  const subject = opening ? SUBJECT.exec(next.slice(opening[0].length)) : null;
  return subject ? { name: subject[2]!, words: subject[1]!.trim() } : null;
}
