/**
 * Sinhala, read as Tamil is (lang/dravidian.ts): after a quote `,” යැයි ඔහු පැවසීය.` (the quotative යැයි, he, said), `,” යැයි
 * X Y මහත්මිය කීවාය.` (the name, the form of address මහත්මිය, said), `,” ඇය කීවාය.` (no quotative); before one `X Y (34)
 * පැවසුවේ, “…”` ("what X said was"), `X මහතා තවදුරටත් කීවේ: “…”` ("what X further said was") and `<role> X Yට අනුව, “…”`
 * ("according to X"); a sentence `X මහතා මෙසේද කීය.` ("X also said this") with the quote as the next paragraph.
 * A role noun in its definite form after the quotative (`,” යැයි අධ්‍යක්ෂවරයා පැවසීය.`, "the director said") is the
 * person the text named with that office; `-ක්` (`හෙද නිලධාරිනියක්`, "a nurse") is someone left unnamed.
 * Words hold zero-width joiners (`වෛද්‍ය`, `අධ්‍යක්ෂ`): the lists below keep them as the papers type them.
 */

import type { SpeakerPhrase } from '../cues';
import { quotativeReader } from './dravidian';
import { described, officeDescriptor, type LanguageCues } from './shared';

/** Verbs of saying, past, third person: plain (`පැවසීය`, `කීය`), feminine (`කීවාය`, `පැවසුවාය`) and with a noun (`සඳහන් කළේය`). */
const SAID_SENTENCE = '(?:පැවසීය|පැවසුවාය|පැවසූහ|කීය|කීවාය|කීහ|[\\u0d80-\\u0dff]+\\s+(?:කළේය|කළාය|කළහ)|කියා\\s+සිටියේය|කියා\\s+සිටියාය)';

const reader = quotativeReader({
  letter: /[\u0d80-\u0dff]/u,
  quotative: '(?:යැයි|යනුවෙන්|කියා)',
  quotativeOptional: true,
  said: '(?:පැවසීය|කීය)',
  pronoun: '(?:ඔහු|ඇය|ඔවුන්|ඇයි)',
  // A past verb in the third person (`පැවසීය`, `කීය`, `කීවාය`, `පැවසූහ`, `සඳහන් කළේය`).
  finite: '(?:[\\u0d80-\\u0dff]+\\s+)?(?:කළේය|කළාය)|[\\u0d80-\\u0dff]+(?:ීය|ේය|ූහ|ාය)',
  // "What X said was", "X said as follows" (`මෙසේද`, "this too"); the clefted past `කීවේ`, "what X said".
  opens: '(?:පැවසුවේ|කීවේ|කියා\\s+සිටියේ|අවධාරණය\\s+කළේ|පවසන්නේ|මෙසේද?\\s+(?:කීය|කීවාය|පැවසීය|පැවසුවාය))',
  according: '(?:අනුව)',
  roles: new Set('සභාපති සභාපතිවරයා ලේකම් අමාත්‍ය ඇමති කොන්දොස්තර රියදුරු මහාචාර්ය වෛද්‍ය නිලධාරී කැඳවුම්කරු ලිපිකාරිනිය අධ්‍යක්ෂ ආචාර්ය'.split(' ')),
  // (`-පති`, head of: `සභාපති`, `විදුහල්පති`, the school's principal.)
  roleShape: /(?:කරු|වරයා|වරිය|කාරිනිය|පති)$/u,
  loneNameTag: true,
  // Dative and genitive forms (`සිල්වාට`, `සභාවේ`), the form of address after a name (`මහතා`, `මහත්මිය`).
  // (And the indefinite -ක්, `තරුණියක්`, "a young woman": someone unnamed.)
  caseEnding: /(?:ට|ගේ|යේ|වේ|ක්)$/u,
  // (Days, `අද`, today; `ඊයේ`, yesterday: no name.)
  small: new Set('මෙම එම මේ ඒ එක ද මහතා මහත්මිය මිය තවදුරටත් අද ඊයේ හෙට'.split(' ')),
  // (`සිල්වාට අනුව`: the dative off the name.)
  fromGenitive: (word) => word.replace(/ට$/u, ''),
  // (`හමුවූ`, `වූ`: who met, who was; not -ි or -න, which given names end in too.)
  participle: /\p{L}ූ$/u,
  addressAfter: new Set(['මහතා', 'මහත්මිය', 'මිය']),
  // (`එච්. කේ. නිශාන්ත ද සිල්වා`: the `ද` of family names taken from Portuguese, de, is no "also" between two name words.)
  nameParticles: new Set(['ද']),
  // (`<body>යේ ලේකම් X Y මහතා`: an office with its body, the name and the form of address run to six words before the verb.)
  subjectWords: 7,
  // (`X මහතා තවදුරටත් කීවේ`, "X further said"; `නැවතත්`, again; `මෙසේ`, thus: adverbs between the subject and its verb.)
  adjunct: /^(?:තවදුරටත්|නැවතත්|මෙසේ|මෙසේද|එසේම|ද)$/u,
});

/** A role noun in its definite form, `-වරයා` (he) or `-වරිය` (she): "the director", someone the text named before. */
const DEFINITE_ROLE = /(?:වරයා|වරිය)$/u;

/** `X මහතා මෙසේද කීය.` closing the paragraph before a quote: read as if the quote followed its colon. */
const SAYS_THIS = /(?:මෙසේද?|මෙලෙස)\s+(?:කීය|කීවාය|පැවසීය|පැවසුවාය)\s*\.\s*$/u;

/**
 * `X මහතා මේ ගැන අප සමඟ අදහස් දැක්වූයේ මෙසේය.` ("what X, on this, told us was as follows") closing the paragraph before a
 * quote: a clefted verb (-ේ) with `මෙසේය`, whatever adjuncts stand between it and the form of address that closes the name.
 */
const CLEFT_THUS = /(\s(?:මහතා|මහත්මිය|මිය|මෙනවිය))(?:\s+[^\s.,“”:]+){0,6}?\s+[^\s.,“”:]+ේ\s+මෙසේ(?:ය|යි)\s*[.:]\s*$/u;

/** `X නම හෙළි නොකිරීමේ කොන්දේසිය මත මෙසේ කීය:` ("on condition that the name is not given"): no part of the subject. */
const UNNAMING = /\s(?:තම\s+)?නම\s+(?:හෙළි|අනාවරණය|සඳහන්)\s+නො(?:කිරීමේ|කරන|කරනු\s+ලැබීමේ)\s+(?:කොන්දේසිය|පොරොන්දුව)\s+(?:මත|යටතේ)(?=\s)/u;

/** The forms of address that close a Sinhala name (`X Y මහතා`), however far the verb of saying stands after it. */
const ADDRESS = new Set(['මහතා', 'මහත්මිය', 'මෙනවිය']);

/** `… හෙද නිලධාරිනියක් පැවසුවේ, …`, `ගොවියෙක් කීය`: a subject with the indefinite -ක් and its verb of saying, someone unnamed. */
const INDEFINITE_SUBJECT = new RegExp(`(?:^|\\s)((?:[^\\s,.“”]+\\s+){0,2}[^\\s,.“”]+ක්)\\s+(?:පැවසුවේ|කීවේ|${SAID_SENTENCE})(?=[\\s,.:]|$)`, 'u');

/** Bodies that speak through statements (`පොලිසිය පැවසීය`, "the police said"): a description, never a person's name. */
const BODIES = new Set('පොලිසිය රජය සභාව සංගමය සමාගම ආයතනය කාර්යාලය මණ්ඩලය කොමිසම සමිතිය'.split(' '));
const BODY_SHAPE = /(?:ාංශය|ාධිකාරිය|මේන්තුව)$/u;

/** `කියා සිටියේය` ("stated"), a verb of saying in two words whose first is also the quotative: read as the one-word `පැවසීය`. */
const STATED = /(?<=\s)කියා\s+සිටි(?:යේය|යාය)(?=\s*[.,]|\s*$)/u;

/**
 * An office alone after the quote in its definite form stands for the one who holds it, not for someone unnamed; a body read
 * as a name is described.
 */
function heldOffice(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (found?.kind === 'name' && !found.pronoun && found.phrase.split(/\s+/u).some((word) => BODIES.has(word) || BODY_SHAPE.test(word))) return described(found.phrase);
  if (!found?.office || !found.role || !DEFINITE_ROLE.test(found.role)) return found;
  return { ...officeDescriptor(found.role), gender: found.role.endsWith('වරිය') ? 'female' : 'male' };
}

/** `,” යැයි ගොවියෙක් පැවසීය.` ("a farmer said"): a subject in the indefinite -ක් between quotative and verb, someone unnamed. */
const INDEFINITE_TAG = new RegExp(`^[\\s,]*(?:යැයි|යනුවෙන්|කියා)?\\s*((?:[^\\s,.“”]+\\s+){0,3}[^\\s,.“”]+ක්)\\s+${SAID_SENTENCE}\\s*(?:[.,]|$)`, 'u');

export const sinhala: LanguageCues = {
  applies: reader.cues.applies,
  after(frame) {
    const line = frame.split('\n')[0]!;
    const unnamed = INDEFINITE_TAG.exec(line);
    return unnamed ? described(unnamed[1]!) : heldOffice(reader.cues.after(frame.replace(STATED, 'පැවසීය')));
  },
  before: (frame) => heldOffice(reader.cues.before(SAYS_THIS.test(frame) ? frame.replace(/\s*\.\s*$/u, ':') : frame.replace(UNNAMING, ' ').replace(CLEFT_THUS, '$1 පැවසුවේ:'))),
};

/** The person a sentence introduces (lang/introduced.ts), or the unnamed one it brings in with -ක්. */
export function sinhalaSubject(sentence: string): SpeakerPhrase | null {
  const unnamed = INDEFINITE_SUBJECT.exec(sentence);
  if (unnamed) return described(unnamed[1]!);
  // (`සභාපති ජී. ඒ. X Y මහතා පැවසුවේ … බවයි.`, "what X said was that …": the name up to its form of address, initials with it.)
  const tokens = sentence.trim().split(/\s+/u);
  const at = tokens.findIndex((token) => ADDRESS.has(token));
  const addressed = at > 0 ? reader.nameIn(tokens.slice(Math.max(0, at - 7), at).join(' ')) : null;
  return addressed?.kind === 'name' && !addressed.pronoun ? addressed : reader.subject(sentence);
}
/** Whether a word may be part of a name: fuller-names.ts reads it. */
export const mayBeSinhalaNameWord = reader.mayBeNamePart;
