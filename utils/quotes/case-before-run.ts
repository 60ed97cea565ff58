/** Words right before a capitalised run that make it a place or a thing, not a person (person-mentions.ts). */

/** Prepositions of place of other languages, written in lower case right before a capitalised run. */
export const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(?:în|din|w|we|v|vo|på|ở|tại|em|no|nos)\s+$/u;
/** Vietnamese words for a hamlet, commune, ward, district, province, town: `trưởng thôn Tây Lĩnh`, `xã Yên Lạc` name a place. */
export const VIETNAMESE_UNIT_BEFORE = /(?:^|\s)(?:thôn|xóm|ấp|xã|phường|quận|huyện|tỉnh|thị xã|thị trấn|thành phố)\s+$/u;

/** A German dative article or a strong adjective ending right before a capitalised run (`dem`, `einem`, `letztem`, `europäischem`). */
export const GERMAN_DATIVE_BEFORE = /(?:^|\s)(?:dem|einem|diesem|jedem|letztem|vorigem|\p{Ll}{3,}(?:ischem|ischen|lichem|lichen|igem))\s+$/u;
