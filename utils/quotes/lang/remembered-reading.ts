/**
 * A tag reader remembering its answer per frame while the article's scripts stay the same (scripts-present.ts
 * `memoPerScripts`): a page asks for the same frame again and again (the same sentence before several quotes, an
 * interview's questions, a tag read by more than one finder). The readers are pure functions of the frame and, through
 * `mayHold`, the article's scripts; each caller gets its own copy, so one that sets a field on it changes no other's.
 */

import type { SpeakerPhrase } from '../speaker-phrase';
import { memoPerScripts } from '../scripts-present';

export function rememberedPerFrame(read: (frame: string) => SpeakerPhrase | null): (frame: string) => SpeakerPhrase | null {
  const remembered = memoPerScripts(read);
  return (frame) => {
    const found = remembered(frame);
    return found && { ...found };
  };
}
