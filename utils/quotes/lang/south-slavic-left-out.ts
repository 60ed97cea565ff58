/**
 * A South Slavic tag with its subject left out, in either script: `„…“, изјавила је после рочишта.`, `„…“, rekao je
 * tada.`, `„…“, додао је.` The past participle (-o, -ao, -la, -li), its auxiliary `je`/`је`/`su`/`су`, then at most a
 * time word and one adjunct opened by a preposition, to the sentence's end, with no capital (no name, no body) after
 * the verb. The speaker is the one the sentence before introduces, as for any subject left out (attribute.ts).
 * (`рекла је тада тужитељка` ends on a noun, a role, not an adjunct: not read here.)
 */

/** The participle and auxiliary, a time word, a preposition's lower-case adjunct, the stop. */
const LEFT_OUT_TAG = new RegExp(
  String.raw`^\s*,?\s*[—–-]?\s*\p{Ll}{2,}(?:ao|ла|ло|ли|ао|la|lo|li|о|o)\s+(?:je|su|је|су)` +
    String.raw`(?:\s+(?:tada|тада|zatim|затим|potom|потом|kasnije|касније|danas|данас|juče|јуче|jučer|ranije|раније))?` +
    String.raw`(?:\s+(?:posle|poslije|nakon|tokom|tijekom|pre|prije|na|u|po|pred|после|након|током|пре|на|у|по|пред)\s+[\p{Ll}\d][^,;:!?.„“"”«»\p{Lu}]*)?` +
    String.raw`\s*[.!](?:\s|$)`,
  'u',
);

/** Whether the words after a quote are a South Slavic past tag whose subject is left out. */
export const isSouthSlavicLeftOutTag = (frame: string): boolean => LEFT_OUT_TAG.test(frame);
