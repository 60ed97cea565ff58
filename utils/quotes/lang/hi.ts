/**
 * Hindi: `जिलाधिकारी X ने कहा, “…”`, `X ने बताया कि … । “…,” उन्होंने कहा।`, `X के मुताबिक …`, `पार्षद X ने … सवाल
 * उठाया: “…”`. Devanagari has no capitals, so the name is the words right before the agent marker ने (or before
 * के मुताबिक / के अनुसार), back to a role noun, an honorific (डॉ., श्री, श्रीमती: dropped), a postposition or three words.
 * `उन्होंने कहा` after a quote leaves the subject to the person the sentence before names (a subject left out).
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';

const DEVANAGARI = /[\u0900-\u097f]/u;
/** Verbs of saying after ने, in the past: कहा, बताया, जोड़ा, लिखा, पूछा, उठाया (a question), दोहराया, स्वीकारा. */
const VERB = '(?:कहा|बताया|जोड़ा|लिखा|पूछा|उठाया|दोहराया|स्वीकारा|स्वीकार\\s+किया|दावा\\s+किया|आरोप\\s+लगाया|चेतावनी\\s+दी|अपील\\s+की|टिप्पणी\\s+की)';
/** Offices and descriptions written before a name; the word before one may qualify it (`विपक्षी पार्षद`). */
const ROLES = new Set(
  ('जिलाधिकारी पार्षद मंत्री मुख्यमंत्री प्रवक्ता अध्यक्ष अधिकारी निवासी वैज्ञानिक विधायक सांसद आयुक्त प्रधानाचार्य डॉक्टर ' +
    'सचिव निदेशक कलेक्टर महापौर मेयर सरपंच प्रमुख उपाध्यक्ष न्यायाधीश वकील अधिवक्ता प्रबंधक कोच कप्तान शिक्षक शिक्षिका ' +
    'किसान दुकानदार कर्मचारी विशेषज्ञ प्रोफेसर थानाध्यक्ष एसपी डीएम इंस्पेक्टर पुलिसकर्मी').split(' '),
);
const HONORIFICS = new Set('डॉ. डॉ श्री श्रीमती सुश्री कुमारी प्रो.'.split(' '));
/** Bodies that speak through statements: `नगर निगम ने … दावा किया`, a council, never a person's name. */
const BODIES = new Set('निगम प्रशासन सरकार विभाग पुलिस कंपनी मंत्रालय आयोग बोर्ड केंद्र समिति संघ विश्वविद्यालय अस्पताल परिषद बैंक पार्टी'.split(' '));
/** Postpositions and other small words that end the name going back: के, की, का, में, से, को, पर, ने, और. */
const STOPS = new Set('के की का में से को पर ने और भी तो कि है था थी ही'.split(' '));

const patterns = lazy(() => ({
  agent: new RegExp(`(?:^|\\s)([^\\s।:,“”"]+(?:\\s+[^\\s।:,“”"]+){0,5})\\s+ने\\s+(?:[^\\s।“”"]+\\s+){0,6}?${VERB}(?=[\\s,:।]|$)`, 'gu'),
  according: /(?:^|\s)([^\s।:,“”"]+(?:\s+[^\s।:,“”"]+){0,5})\s+के\s+(?:मुताबिक|अनुसार)(?=\s|,)/gu,
  pronounAfter: new RegExp(`^[\\s,]*(?:उन्होंने|उसने)\\s+(?:[^\\s।“”"]+\\s+){0,3}?${VERB}`, 'u'),
  namedAfter: new RegExp(`^[\\s,]*([^\\s।:,“”"]+(?:\\s+[^\\s।:,“”"]+){0,5})\\s+ने\\s+(?:[^\\s।“”"]+\\s+){0,3}?${VERB}`, 'u'),
}));

/** The name at the end of `words`, back to a role, honorific or postposition; the role (with one qualifier) kept apart. */
function nameAtEnd(words: string): SpeakerPhrase | null {
  const tokens = words.trim().split(/\s+/u);
  const name: string[] = [];
  while (tokens.length > 0 && name.length < 3) {
    const word = tokens.at(-1)!;
    if (ROLES.has(word) || HONORIFICS.has(word) || STOPS.has(word) || !DEVANAGARI.test(word) || /\d/u.test(word)) break;
    name.unshift(tokens.pop()!);
  }
  while (tokens.length > 0 && HONORIFICS.has(tokens.at(-1)!)) tokens.pop();
  // (`कंकड़बाग के निवासी X`: the word before a role is its qualifier unless a postposition ends it.)
  const roleAt = tokens.length > 0 && ROLES.has(tokens.at(-1)!) ? tokens.length - 1 : -1;
  const qualified = roleAt > 0 && !STOPS.has(tokens[roleAt - 1]!) && !/[:\d]/u.test(tokens[roleAt - 1]!) ? roleAt - 1 : roleAt;
  if (name.some((word) => BODIES.has(word))) return described(name.join(' '));
  // A lone word names no one here: a Hindi name has a family name, or a role stands before it.
  if (name.length === 0 || (name.length === 1 && roleAt < 0)) return null;
  return person(name.join(' '), roleAt >= 0 ? tokens.slice(qualified).join(' ') : null);
}

function lastMatch(pattern: RegExp, frame: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let match = pattern.exec(frame); match; match = pattern.exec(frame)) last = match;
  return last;
}

export const hindi: LanguageCues = {
  applies: (frame) => DEVANAGARI.test(frame),
  after(frame) {
    const { pronounAfter, namedAfter } = patterns();
    const named = namedAfter.exec(frame);
    if (named) return nameAtEnd(named[1]!);
    // `“…,” उन्होंने कहा।`: the honorific pronoun gives no gender; the subject is the one just introduced.
    return pronounAfter.test(frame) ? pronoun('they') : null;
  },
  before(frame) {
    const { agent, according } = patterns();
    const found = lastMatch(agent, frame) ?? lastMatch(according, frame);
    return found ? nameAtEnd(found[1]!) : null;
  },
};
