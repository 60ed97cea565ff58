/** Words right before a capitalised run that make it a place or a thing, not a person (person-mentions.ts). */

/** Prepositions of place of other languages, written in lower case right before a capitalised run. */
export const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(?:în|din|w|we|v|vo|på|ở|tại|em|no|nos)\s+$/u;

/** A German dative article or a strong adjective ending right before a capitalised run (`dem`, `einem`, `letztem`, `europäischem`). */
export const GERMAN_DATIVE_BEFORE = /(?:^|\s)(?:dem|einem|diesem|jedem|letztem|vorigem|\p{Ll}{3,}(?:ischem|ischen|lichem|lichen|igem))\s+$/u;
