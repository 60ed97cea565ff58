/**
 * Papiamento (Latin script) sets the subject before its verb, after a quote too, the past marker `a` between them: `”, X a bisa.`,
 * `”, biólogo X di <body> a splika.` (who they are before the name, where they work after it), `”, el a bisa.` (he or she);
 * before one `X a agregá: “…`. Its verbs are its own spellings (bisa, splika, agregá), which no Spanish or Portuguese frame holds.
 */

import { cleanName, NAME_RUN } from '../names';
import { lazy, person, type LanguageCues } from './shared';

/** Say, add, explain, declare, answer, confirm, point out, ask, tell, stress, warn, insist. */
const VERB = '(?:bisa|agregá|agrega|splika|deklará|deklara|kontestá|kontesta|konfirmá|konfirma|señalá|señala|puntra|kontá|konta|enfatisá|adbertí|insistí)';
/** The past, present and past-progressive markers before a verb (`a bisa`, `ta bisa`, `tabata bisa`). */
const TENSE = '(?:a|ta|tabata)';
/** Papiamento's own words: a tense marker and one of its verbs. */
const OWN_WORD = new RegExp(`(?:^|[^\\p{L}])${TENSE}\\s+${VERB}(?![\\p{L}])`, 'u');
/** A nickname quoted inside a name (`Ernesto “Neto” X`): no part of the name read. */
const NICKNAME = /\s+[“"]\p{Lu}[\p{L}-]*[”"](?=\s+\p{Lu})/gu;

const patterns = lazy(() => ({
  // (`”, el a bisa.`: he or she, left to the sentences before.)
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*(?:el|e)\\s+${TENSE}\\s+${VERB}(?![\\p{L}])`, 'u'),
  // (`”, biólogo marino X di Fundashon Y a splika.`: lower-case words of who they are before the name, the body after `di`.)
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*((?:\\p{Ll}+\\s+){0,3})(${NAME_RUN})(?:\\s+di\\s+[^,.!?“”"]{2,60}?)?(?:\\s*,[^,.!?“”"]{2,80},)?\\s+${TENSE}\\s+${VERB}(?![\\p{L}])`, 'u'),
  // (`X a agregá: “`: the name right before the verb and the colon closing the frame.)
  nameBefore: new RegExp(`((?:\\p{Ll}+\\s+){0,3})(${NAME_RUN})(?:\\s*,[^,.!?“”"]{2,80},)?\\s+${TENSE}\\s+${VERB}\\s*:\\s*$`, 'u'),
}));

/** Capitalised words that open a sentence and name no one (the, we, my, in, according to, after, for, with). */
const NO_NAME = /^(?:E|Un|Nos|Mi|Bo|Nan|Den|Na|Segun|Despues|Pa|Ku|Pero|I|Awe|Ayera|Mañan|Si|Ora|Tur)$/u;

function named(run: string, lead: string | undefined): ReturnType<LanguageCues['before']> {
  // (`X Y di Fundashon Z`: `di`, of, opens the body they work for, no particle of the name.)
  const words = run.replace(NICKNAME, '').split(/\s+di\s+/u)[0]!.split(/\s+/u);
  while (words.length > 1 && NO_NAME.test(words[0]!)) words.shift();
  const name = words.length && !NO_NAME.test(words[0]!) ? cleanName(words.join(' ')) : '';
  return name ? person(name, lead?.trim() || null) : null;
}

export const papiamento: LanguageCues = {
  applies: (frame) => OWN_WORD.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!.replace(NICKNAME, '');
    if (patterns().pronounAfter.test(line)) return null;
    const name = patterns().nameAfter.exec(line);
    return name ? named(name[2]!, name[1]) : null;
  },
  before(frame) {
    const sentence = frame.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1)!.replace(NICKNAME, '');
    const name = patterns().nameBefore.exec(sentence);
    return name ? named(name[2]!, name[1]) : null;
  },
};
