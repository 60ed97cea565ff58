/**
 * Burmese: after a quote `” ဟု ဦးX က ဆိုသည်။` (the quotative ဟု, the name with its form of address and the subject marker
 * က, a verb of saying), `” ဟု သူက ပြောသည်။` (he, she), `” ဟု ပြောသည်။` (the subject left out); before one `ဒေါ်X က … ပြောသည် -
 * “…”`. Names are written with no space; the forms of address ဦး (U), ဒေါ် (Daw), ကို, မ come off them.
 */

import { lazy, person, pronoun, type LanguageCues } from './shared';

const MYANMAR = /[\u1000-\u109f]/u;
/** Says, said, went on saying, explained (`ဆိုသည်`, `ပြောသည်`, `ဆက်ပြောသည်`, `ပြောကြားသည်`, `ရှင်းပြသည်`). */
const SAID = '(?:ဆက်)?(?:ပြော|ဆို|ပြောကြား|ရှင်းပြ|မေး)(?:သည်|ခဲ့သည်|ပါသည်)';
const ADDRESS = '(?:ဦး|ဒေါ်|ကို|မ|ဒေါက်တာ)';
const PRONOUN = '(?:သူ|၎င်း|သူမ)';

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*ဟု\\s*${PRONOUN}က\\s*(?:\\S+\\s+){0,2}?${SAID}`, 'u'),
  droppedAfter: new RegExp(`^[\\s,]*ဟု\\s*${SAID}`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*ဟု\\s*(?:\\S+\\s+){0,3}?(?<=^|\\s)${ADDRESS}(\\S{2,}?)က\\s*(?:\\S+\\s+){0,2}?${SAID}`, 'u'),
  nameBefore: new RegExp(`(?<=^|\\s)${ADDRESS}(\\S{2,}?)က\\s+(?:\\S+\\s+){0,3}?(?:${SAID})?\\s*[-:]?\\s*$`, 'u'),
}));

export const burmese: LanguageCues = {
  applies: (frame) => MYANMAR.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().nameAfter.exec(line);
    if (named) return person(named[1]!);
    return patterns().droppedAfter.test(line) ? pronoun('they') : null;
  },
  before(frame) {
    const named = patterns().nameBefore.exec(frame.split('\n').at(-1)!);
    return named ? person(named[1]!) : null;
  },
};
