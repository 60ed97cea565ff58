/**
 * Amharic sets the subject before the quote and the verb after it: `<role> አቶ X Y፣ … «…» ብለዋል።` (Mr X Y … said), `ወ/ሮ X «…»
 * ሲሉ ተናግረዋል።`, `አቶ X በበኩላቸው «…»` (for his part), `አቶ X እንደሚሉት ግን፣ «…»` (as X says). The forms of address (አቶ, ወ/ሮ,
 * ወ/ሪት, ዶ/ር) open the name and come off it; after the quote, the verb alone leaves the subject to the words before.
 */

import { lazy, person, type LanguageCues } from './shared';

const ETHIOPIC = /[\u1200-\u139f]/u;
/** Forms of address before a name: Mr, Mrs, Miss, Dr, engineer, professor (fuller-names.ts reads them too). */
export const AMHARIC_ADDRESS = '(?:አቶ|ወ/ሮ|ወ/ሪት|ዶ/ር|ኢንጂነር|ፕሮፌሰር)';
const ADDRESS = AMHARIC_ADDRESS;
/** A word of a name: none of the particles after it (for their part, as … says, but, also). */
const PARTICLE = '(?:በበኩላቸው|በበኩሏ|በበኩሉ|እንደሚሉት|እንደምትለው|እንደሚለው|ግን|ደግሞ)';
// (The quote finder reads the Ethiopic stops ። and ፣ as . and , script-stops.ts: either may stand here.)
const WORD = `(?!${PARTICLE}(?:\\s|$))[^\\s፣።፤፡«»,.]+`;

const patterns = lazy(() => ({
  named: new RegExp(`${ADDRESS}\\s+(${WORD}(?:\\s+${WORD})?)(?=\\s*[፣,]|\\s+${PARTICLE}|\\s*$)`, 'gu'),
}));

export const amharic: LanguageCues = {
  applies: (frame) => ETHIOPIC.test(frame),
  // (The verb alone after the words: the subject is the one the words before name, read with them, or the sentence before.)
  after: () => null,
  before(frame) {
    const sentence = frame.split(/[።.]\s*/u).at(-1)!;
    let found: string | undefined;
    for (const match of sentence.matchAll(patterns().named)) found = match[1];
    return found ? person(found) : null;
  },
};
