/**
 * A question put by someone from the press or the audience the text does not name (`A reporter asked whether
 * the plan had a cost.`, `One questioner pressed the point.`): the next quote's "he"/"she" answers it, so it is
 * never that asker's. Returned as the description the salience keeps for the asker, to be stepped over.
 */

/** Nouns for one who puts questions and is never the one answering them. */
const QUESTIONER = String.raw`(?:reporter|journalist|correspondent|questioner|interviewer|audience\s+member|member\s+of\s+the\s+audience)`;
const PRESS_ASKER = new RegExp(String.raw`^(?:[^,"“”]{0,60},\s+)?((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?${QUESTIONER})\s+(?:then\s+|later\s+|also\s+)?(?:asked|pressed|questioned|wanted\s+to\s+know)\b`, 'u');

/** A cue that goes on asking (`she pressed`): the asker's follow-up, left to them. */
const ASKING_CUE = /\b(?:asked|asks|pressed|presses|continued|followed\s+up|wanted\s+to\s+know)\b/u;

/** The unnamed asker opening `sentence`, as the salience keeps it ("a reporter"), unless the cue goes on asking. */
export function pressAsker(sentence: string, cue: string): string | undefined {
  if (ASKING_CUE.test(cue)) return undefined;
  return PRESS_ASKER.exec(sentence.trim())?.[1]?.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
}
