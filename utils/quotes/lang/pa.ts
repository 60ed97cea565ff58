/**
 * Punjabi in Gurmukhi script, read as Hindi is (lang/hi.ts) with its own words: `“…,” X ਨੇ ਕਿਹਾ।`, `X ਨੇ ਦੱਸਿਆ ਕਿ “…”`,
 * `“…,” ਉਨ੍ਹਾਂ ਕਿਹਾ।` (he/she said: Punjabi often drops ਨੇ after the honorific pronoun), `X ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ “…”`,
 * `X ਮੁਤਾਬਕ` / `X ਅਨੁਸਾਰ` (according to X, with or without ਦੇ). Roles stand before the name (`ਜ਼ਿਲ੍ਹਾ ਪ੍ਰਧਾਨ X`), titles
 * too (`ਸਰਦਾਰ`, `ਬੀਬੀ`, `ਸ੍ਰੀ`), while the respectful ਜੀ follows it (`X ਜੀ ਨੇ ਕਿਹਾ`) and comes off.
 */

import type { SpeakerPhrase } from '../cues';
import { hindustaniReader, words, type HindustaniWords } from './hi';
import type { LanguageCues } from './shared';

const LETTER = '[\\u0a00-\\u0a7f]';
/** Verbs of saying after the agent, in the past: said, told, added, wrote, asked, admitted, and noun + light verb. */
const SAID =
  '(?:ਕਿਹਾ|ਆਖਿਆ|ਦੱਸਿਆ|ਜੋੜਿਆ|ਲਿਖਿਆ|ਪੁੱਛਿਆ|ਮੰਨਿਆ|ਕਬੂਲਿਆ|ਦੁਹਰਾਇਆ|' +
  '(?:ਸਵਾਲ|ਦਾਅਵਾ|ਐਲਾਨ|ਸਪੱਸ਼ਟ|ਟਿੱਪਣੀ|ਅਪੀਲ|ਸ਼ਿਕਾਇਤ)\\s+(?:ਕੀਤਾ|ਕੀਤੀ)|(?:ਦੋਸ਼|ਇਲਜ਼ਾਮ)\\s+(?:ਲਾਇਆ|ਲਗਾਇਆ)|(?:ਜਵਾਬ|ਚਿਤਾਵਨੀ|ਜਾਣਕਾਰੀ)\\s+(?:ਦਿੱਤਾ|ਦਿੱਤੀ)|ਸਵਾਲ\\s+ਉਠਾਇਆ)';
/** The present of saying, with no agent marker (`X ਕਹਿੰਦੇ ਹਨ`, `ਉਹ ਦੱਸਦੀ ਹੈ`). */
const PRESENT = '(?:ਕਹਿੰਦੇ|ਕਹਿੰਦੀ|ਕਹਿੰਦਾ|ਦੱਸਦੇ|ਦੱਸਦੀ|ਦੱਸਦਾ)\\s+(?:ਹਨ|ਹੈ)';
const ACCORDING = '(?:ਮੁਤਾਬਕ|ਮੁਤਾਬਿਕ|ਅਨੁਸਾਰ)';
/** He, she or they, the honorific plural with or without ਨੇ (`ਉਨ੍ਹਾਂ ਕਿਹਾ`, `ਉਹਨਾਂ ਨੇ ਦੱਸਿਆ`, `ਉਸ ਨੇ ਕਿਹਾ`). */
const PRONOUN = '(?:ਉਨ੍ਹਾਂ|ਉਹਨਾਂ|ਉਸ)';

const PUNJABI: HindustaniWords = {
  letter: /[\u0a00-\u0a7f]/u,
  marker: /[\u0a00-\u0a7f]/u,
  // (No ’: it opens the short postpositions `’ਤੇ`, "on", and `’ਚ`, "in", written as words of their own.)
  stops: '।:,“”"‘!?',
  agent: 'ਨੇ',
  verb: SAID,
  according: `(?:ਦੇ\\s+)?${ACCORDING}`,
  // (`ਉਨ੍ਹਾਂ ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ`, `ਉਹ ਦੱਸਦੇ ਹਨ`, and `ਉਨ੍ਹਾਂ ਅਨੁਸਾਰ, “…”`: according to him, the one just introduced.)
  pronounSaying: `(?:${PRONOUN}\\s+ਦਾ\\s+(?:ਕਹਿਣਾ|ਮੰਨਣਾ)\\s+(?:ਹੈ|ਸੀ)|ਉਹ\\s+${PRESENT}|${PRONOUN}\\s+(?:ਦੇ\\s+)?${ACCORDING})`,
  namedSaying: `(?:ਦਾ\\s+(?:ਕਹਿਣਾ|ਮੰਨਣਾ)\\s+(?:ਹੈ|ਸੀ)|${PRESENT})`,
  present: PRESENT,
  pronounAgent: `(?:${PRONOUN}(?:\\s+ਨੇ)?|ਉਸਨੇ)`,
  one: 'ਇੱਕ',
  /** Offices and descriptions written before a name; the word before one may qualify it (`ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ`, `ਜ਼ਿਲ੍ਹਾ ਪ੍ਰਧਾਨ`). */
  roles: words(
    'ਕਿਸਾਨ ਪ੍ਰਧਾਨ ਆਗੂ ਨੇਤਾ ਮੰਤਰੀ ਬੁਲਾਰਾ ਬੁਲਾਰੇ ਅਧਿਕਾਰੀ ਅਫ਼ਸਰ ਅਫਸਰ ਕਮਿਸ਼ਨਰ ਵਿਧਾਇਕ ਮੈਂਬਰ ਸਰਪੰਚ ਪੰਚ ਚੇਅਰਮੈਨ ਡਾਇਰੈਕਟਰ ' +
      'ਸਕੱਤਰ ਪ੍ਰੋਫੈਸਰ ਅਧਿਆਪਕ ਅਧਿਆਪਿਕਾ ਵਿਗਿਆਨੀ ਮਾਹਿਰ ਡਾਕਟਰ ਵਕੀਲ ਜੱਜ ਦੁਕਾਨਦਾਰ ਵਪਾਰੀ ਮੁਲਾਜ਼ਮ ਕਰਮਚਾਰੀ ਵਿਦਿਆਰਥੀ ' +
      'ਵਿਦਿਆਰਥਣ ਨਿਵਾਸੀ ਵਸਨੀਕ ਡਰਾਈਵਰ ਮਜ਼ਦੂਰ ਇੰਸਪੈਕਟਰ ਥਾਣੇਦਾਰ ਮੇਅਰ ਕੌਂਸਲਰ ਪ੍ਰਿੰਸੀਪਲ ਕੋਚ ਕਪਤਾਨ ਖਿਡਾਰੀ ਪੱਤਰਕਾਰ ' +
      'ਲੇਖਕ ਕਲਾਕਾਰ ਗਾਇਕ ਅਦਾਕਾਰ ਮੈਨੇਜਰ ਇੰਜੀਨੀਅਰ ਨਰਸ ਗ੍ਰੰਥੀ ਜਥੇਦਾਰ ਕਨਵੀਨਰ ਪ੍ਰਬੰਧਕ ਮਾਲਕ ਕਾਰੀਗਰ ਸੁਆਣੀ ਬਜ਼ੁਰਗ ' +
      // (District and revenue officers, by their English initials written in Gurmukhi with or without the addak: `ਐੱਸਡੀਐੱਮ X`.)
      'ਐੱਸਡੀਐੱਮ ਐਸਡੀਐਮ ਐੱਸਡੀਓ ਐਸਡੀਓ ਡੀਸੀ ਐੱਸਐੱਸਪੀ ਐਸਐਸਪੀ ਡੀਐੱਸਪੀ ਡੀਐਸਪੀ ਐੱਸਐੱਚਓ ਐਸਐਚਓ ਐੱਸਪੀ ਐਸਪੀ ਐੱਸਐੱਮਓ ਐਸਐਮਓ ਬੀਡੀਪੀਓ ' +
      'ਤਹਿਸੀਲਦਾਰ ਨਾਇਬ ਪਟਵਾਰੀ ਕਾਨੂੰਨਗੋ ਨੰਬਰਦਾਰ ਚੌਕੀਦਾਰ ਆੜ੍ਹਤੀਆ ਆੜ੍ਹਤੀ ' +
      // (Feminine forms, `19 ਸਾਲਾ ਖਿਡਾਰਨ ਨੇ ਦੱਸਿਆ` "the 19-year-old player (f) told", and kin written before a name, `X ਦੇ ਪਿਤਾ Y Z`.)
      'ਖਿਡਾਰਨ ਲੇਖਿਕਾ ਗਾਇਕਾ ਅਦਾਕਾਰਾ ਪਿਤਾ ਮਾਤਾ ਪਤੀ ਪਤਨੀ ਭਰਾ ਭੈਣ ਪੁੱਤਰ ਧੀ ਦਾਦਾ ਦਾਦੀ ਨਾਨਾ ਨਾਨੀ',
  ),
  honorifics: words('ਡਾ. ਡਾ ਸ੍ਰੀ ਸ਼੍ਰੀ ਸ੍ਰੀਮਤੀ ਸ਼੍ਰੀਮਤੀ ਸਰਦਾਰ ਸ. ਬੀਬੀ ਪ੍ਰੋ. ਪ੍ਰੋ ਮਾਸਟਰ ਭਾਈ ਬਾਬਾ'),
  /** Bodies that speak through statements (`ਪ੍ਰਸ਼ਾਸਨ ਨੇ ਕਿਹਾ`): a description, never a person. */
  bodies: words(
    'ਸਰਕਾਰ ਪ੍ਰਸ਼ਾਸਨ ਵਿਭਾਗ ਪੁਲੀਸ ਪੁਲਿਸ ਕੰਪਨੀ ਮੰਤਰਾਲਾ ਮੰਤਰਾਲੇ ਕਮਿਸ਼ਨ ਬੋਰਡ ਕਮੇਟੀ ਯੂਨੀਅਨ ਯੂਨੀਵਰਸਿਟੀ ਹਸਪਤਾਲ ਕੌਂਸਲ ' +
      'ਬੈਂਕ ਪਾਰਟੀ ਨਿਗਮ ਅਦਾਲਤ ਜਥੇਬੰਦੀ ਜਥੇਬੰਦੀਆਂ ਸਭਾ ਪੰਚਾਇਤ ਦਲ ਕਾਰਪੋਰੇਸ਼ਨ ਸੰਸਥਾ',
  ),
  /** Postpositions, auxiliaries and pronouns that end a name going back (`ਦੇ`, `ਵਿੱਚ`, `’ਤੇ`, `ਉਨ੍ਹਾਂ`). */
  smallWords: words(
    'ਦੇ ਦੀ ਦਾ ਦੀਆਂ ਵਿੱਚ ਵਿਚ ਤੋਂ ਨੂੰ ’ਤੇ ’ਚ ਤੇ ਨੇ ਅਤੇ ਵੀ ਤਾਂ ਕਿ ਹੈ ਸੀ ਹਨ ਸਨ ਹੀ ਵਾਲਾ ਵਾਲੀ ਵਾਲੇ ਸਾਲਾ ਰਿਹਾ ਰਹੇ ਰਹੀ ' +
      'ਹੋਇਆ ਹੋਏ ਗਿਆ ਗਏ ਗਈ ਉਨ੍ਹਾਂ ਉਹਨਾਂ ਉਸ ਉਹ ਇਸ ਇਹ ਫਿਰ ਨਾਲ ਲਈ ਕੋਲ ਬਾਰੇ ਨੇੜੇ ਅੱਜ ਅੱਗੇ ਹੁਣ ਪਰ ਜਦੋਂ',
  ),
  aged: 'ਸਾਲਾ',
  // (`ਪਿਤਾ X ਸਿੰਘ ਪਿੰਡ ਵਿੱਚ …`: the word before "in" or "on" is a place, no third part of the name.)
  placeAfter: '(?:ਵਿੱਚ|ਵਿਚ|’ਚ|’ਤੇ)',
  that: 'ਕਿ',
  // (`“…,” X ਨੇ ਆਪਣੀ ਦੁਕਾਨ ਦੇ ਬੂਹੇ ’ਤੇ ਬੈਠਿਆਂ ਕਿਹਾ।`: where and how, at some length, between ਨੇ and the verb.)
  tagGap: 10,
  normalize: (text) =>
    text
      // (`X ਜੀ ਨੇ ਕਿਹਾ`: the respectful ਜੀ after a name is no part of it.)
      .replace(new RegExp(`(?<=${LETTER})\\s+ਜੀ(?=[\\s,।]|$)`, 'gu'), '')
      // (`X ਨੇ ‘Y’ ਨੂੰ ਦੱਸਿਆ`: a paper's name in single marks, told it, is read as words of the tag, not the end of it.)
      .replace(/‘([^‘’“”\n]{1,40})’(?=\s+ਨੂੰ(?:\s|$))/gu, '$1')
      // (`ਇਕ` and `ਇੱਕ`, "one", are the same word.)
      .replace(new RegExp(`(?<!${LETTER})ਇਕ(?!${LETTER})`, 'gu'), 'ਇੱਕ'),
};

const punjabiReader = hindustaniReader(PUNJABI);

/** Postpositions of place, "in" and "on" (`ਵਿੱਚ`, `’ਚ`, `’ਤੇ`). */
const LOCATIVE = /^(?:ਵਿੱਚ|ਵਿਚ|’ਚ|’ਤੇ)$/u;

/** Sikh names put ਸਿੰਘ or ਕੌਰ between the given and the family name (`X ਸਿੰਘ Y`, `X ਕੌਰ Y`). */
const SIKH_MIDDLE = /(?:^|\s)(?:ਸਿੰਘ|ਕੌਰ)$/u;

/**
 * `ਐੱਸਡੀਐੱਮ X ਕੌਰ Y ਦੁਪਹਿਰ ਵੇਲੇ … ਪਹੁੰਚੇ।`: the person a sentence names as its subject, whatever the verb; a name the
 * reader cut after ਸਿੰਘ or ਕੌਰ takes the family name after it (no plural or oblique noun in `-ਾਂ`, `ਖੇਤਾਂ`).
 */
export function punjabiSubject(written: string): SpeakerPhrase | null {
  const found = punjabiReader.subject(written);
  if (found?.kind !== 'name' || !SIKH_MIDDLE.test(found.phrase)) return found;
  const after = new RegExp(`${found.phrase}\\s+(${LETTER}+)(?:\\s+(\\S+))?`, 'u').exec(written);
  const next = after?.[1];
  // (`X ਸਿੰਘ ਪਿੰਡ ਵਿੱਚ ਖੇਤੀ ਕਰਦੇ ਹਨ`: a word before "in" or "on" is the place, no family name.)
  const place = !!after?.[2] && LOCATIVE.test(after[2]);
  return next && !place && punjabiReader.mayBeGivenName(next) && !next.endsWith('ਾਂ') ? { ...found, phrase: `${found.phrase} ${next}` } : found;
}

export const punjabi: LanguageCues = {
  applies: punjabiReader.cues.applies,
  after: punjabiReader.cues.after,
  // (A whole sentence before the words, closed by its danda, names their speaker as its subject: `X … ਪਹੁੰਚੇ। “…”`.)
  before: (frame) => punjabiReader.cues.before(frame) ?? (/।\s*$/u.test(frame) ? namedSubject(frame) : null),
};

/** A subject of two words or more, no pronoun: one word alone may be anything. */
function namedSubject(sentence: string): SpeakerPhrase | null {
  const found = punjabiSubject(sentence);
  return found?.kind === 'name' && !found.pronoun && found.phrase.includes(' ') ? found : null;
}

/** Whether a word before a family name may be a given name (`ਹਰਪ੍ਰੀਤ` in `X ਸਿੰਘ Y`), for a short mention's full form. */
export const mayBePunjabiGivenName = punjabiReader.mayBeGivenName;
