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
    'किसान दुकानदार कर्मचारी विशेषज्ञ प्रोफेसर थानाध्यक्ष एसपी डीएम इंस्पेक्टर पुलिसकर्मी ' +
    // Courts, parents and trades (batch 15): `न्यायमूर्ति X`, `अभिभावक X`, `याचिकाकर्ता X`.
    'न्यायमूर्ति जस्टिस याचिकाकर्ता अभिभावक छात्र छात्रा व्यापारी ग्रामीण महासचिव संयोजक पत्रकार लेखक कलाकार अभिनेता अभिनेत्री निर्देशक खिलाड़ी').split(' '),
);
const HONORIFICS = new Set('डॉ. डॉ श्री श्रीमती सुश्री कुमारी प्रो.'.split(' '));
/** Bodies that speak through statements: `नगर निगम ने … दावा किया`, a council, never a person's name. */
const BODIES = new Set('निगम प्रशासन सरकार विभाग पुलिस कंपनी मंत्रालय आयोग बोर्ड केंद्र समिति संघ विश्वविद्यालय अस्पताल परिषद बैंक पार्टी'.split(' '));
/** Postpositions and other small words that end the name going back: के, की, का, में, से, को, पर, ने, और. */
// (`रहने वाली अभिभावक X`: वाला/वाली/वाले close a participle clause, no qualifier of the role.)
const STOPS = new Set('के की का में से को पर ने और भी तो कि है था थी ही वाला वाली वाले'.split(' '));

const patterns = lazy(() => ({
  agent: new RegExp(`(?:^|\\s)([^\\s।:,“”"]+(?:\\s+[^\\s।:,“”"]+){0,5})\\s+ने\\s+(?:[^\\s।“”"]+\\s+){0,8}?${VERB}(?=[\\s,:।]|$)`, 'gu'),
  according: /(?:^|\s)([^\s।:,“”"]+(?:\s+[^\s।:,“”"]+){0,5})\s+के\s+(?:मुताबिक|अनुसार)(?=\s|,)/gu,
  // `उनका कहना था, “…”`: "his (their) saying was", the subject just introduced; `X का कहना है:` names it.
  pronounSaying: /(?:^|\s)(?:उनका|उसका|इनका)\s+(?:कहना|मानना)\s+(?:है|था|थी)[\s,:]*(?:कि[\s,:]*)?$/u,
  namedSaying: /(?:^|\s)([^\s।:,“”"]+(?:\s+[^\s।:,“”"]+){0,5})\s+का\s+(?:कहना|मानना)\s+(?:है|था)[\s,:]*(?:कि[\s,:]*)?$/u,
  pronounAfter: new RegExp(`^[\\s,]*(?:उन्होंने|उसने)\\s+(?:[^\\s।“”"]+\\s+){0,3}?${VERB}`, 'u'),
  namedAfter: new RegExp(`^[\\s,]*([^\\s।:,“”"]+(?:\\s+[^\\s।:,“”"]+){0,5})\\s+ने\\s+(?:[^\\s।“”"]+\\s+){0,3}?${VERB}`, 'u'),
}));

/** The name at the end of `words`, back to a role, honorific or postposition; the role (with one qualifier) kept apart. */
function nameAtEnd(words: string): SpeakerPhrase | null {
  const tokens = words.trim().split(/\s+/u);
  // (`मौजूद एक बुजुर्ग किसान ने … कहा`: एक, "one/a", up to three words before ने opens an unnamed person.)
  const one = tokens.lastIndexOf('एक');
  if (one >= 0 && one >= tokens.length - 4 && one < tokens.length - 1 && !tokens.slice(one + 1).some((word) => STOPS.has(word))) return described(tokens.slice(one).join(' '));
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
  if (name.length === 0) return null;
  // A lone word (`गुप्ता ने कहा`) is kept for attribute.ts to read as the family name of someone named in full before (fuller-names.ts), or no one.
  return person(name.join(' '), roleAt >= 0 ? tokens.slice(qualified).join(' ') : null);
}

/** `न्यायमूर्ति X की एकल पीठ ने कहा`: a judge's bench speaks for its judge, the owner before की. */
const BENCH = /^(.*\S)\s+की\s+(?:\S+\s+)?(?:पीठ|खंडपीठ|बेंच)$/u;

function speakerOf(words: string): SpeakerPhrase | null {
  const bench = BENCH.exec(words.trim());
  return nameAtEnd(bench ? bench[1]! : words);
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
    if (named) return speakerOf(named[1]!);
    // `“…,” उन्होंने कहा।`: the honorific pronoun gives no gender; the subject is the one just introduced.
    return pronounAfter.test(frame) ? pronoun('they') : null;
  },
  before(frame) {
    const { agent, according, pronounSaying, namedSaying } = patterns();
    if (pronounSaying.test(frame)) return pronoun('they');
    const saying = namedSaying.exec(frame);
    if (saying) return speakerOf(saying[1]!);
    const found = lastMatch(agent, frame) ?? lastMatch(according, frame);
    return found ? speakerOf(found[1]!) : null;
  },
};

/** `वरिष्ठ अधिवक्ता X ने दलील दी कि …।`: the person a sentence names before ने, whatever the verb (for a pronoun after it, lang/introduced.ts). */
const AGENT_ANY_VERB = /(?:^|\s)([^\s।:,“”"]+(?:\s+[^\s।:,“”"]+){0,5})\s+ने\s/u;

export function hindiSubject(sentence: string): SpeakerPhrase | null {
  const agent = AGENT_ANY_VERB.exec(sentence);
  const found = agent ? speakerOf(agent[1]!) : null;
  return found && found.kind === 'name' && found.phrase.includes(' ') ? found : null;
}

/** Whether a word before a family name may be a given name: no role, honorific, postposition or other small word. */
export function mayBeHindiGivenName(word: string): boolean {
  return DEVANAGARI.test(word) && !ROLES.has(word) && !HONORIFICS.has(word) && !STOPS.has(word) && !BODIES.has(word) && !/\d/u.test(word);
}

/** `संघ के अध्यक्ष मनोज गुप्ता`: the role written right before a name (`upToName` ends with it), or null. */
export function hindiRoleBefore(upToName: string, name: string): string | null {
  const found = nameAtEnd(upToName);
  return found?.kind === 'name' && found.phrase === name ? (found.role ?? null) : null;
}
