/**
 * Telugu, read as Tamil is (lang/dravidian.ts): after a quote `,” అని X విమర్శించారు.` (the quotative అని, the subject, the
 * verb), `,” అని ఆమె అడిగారు.` (she, he: the subject just introduced), `,” అని కమిషనర్ వివరించారు.` (an office, which stands
 * for the one the story gave it, as "the commissioner" does; a noun may come with its light verb, `… చేశారు`), `’ అంటూ ఆమె
 * …` ("saying, she …"), `’ అని వ్యాపారులు …` (a group: no one named); before one `X మాట్లాడుతూ, “…”` ("X, speaking", also
 * with two dots, `మాట్లాడుతూ.. ‘…’`), `X ఇలా చెప్పారు: “…”` ("X said this", any verb after ఇలా, and a full stop for the
 * colon when the quote opens the next paragraph) and `X ప్రకారం, “…”` ("according to X").
 */

import type { SpeakerPhrase } from '../cues';
import { described, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { quotativeReader } from './dravidian';
import { longTagSpeaker } from './dravidian-long-tag';

const TE = '\\u0c00-\\u0c7f';
const word = `[${TE}][^\\s,.;:“”"‘’]*`;

/** A relative participle, "who does", before the name of the one a sentence is about (`నడిపే`, `చేసిన`, `కూర్చున్న`, `అన్న`). */
const PARTICIPLE = /\p{L}(?:ే|ిన|ున్న)$|^(?:ఉన్న|అన్న)$/u;

const reader = quotativeReader({
  letter: /[\u0c00-\u0c7f]/u,
  quotative: '(?:అని|అంటూ)',
  quotativeOptional: false,
  said: '(?:అన్నారు|అంటున్నారు|అంది|అన్నాడు)',
  pronoun: '(?:ఆయన|ఆమె|అతను|వారు|వాళ్లు)',
  // A finite verb in the third person (`చెప్పారు`, `ఆరోపించారు`, `చెప్పింది`), or a noun and its light verb (`స్పష్టం చేశారు`).
  // (`ఆవేదన వ్యక్తం చేశారు`, "expressed anguish": a noun, వ్యక్తం and the light verb.)
  finite:
    '[\\u0c00-\\u0c7f]+\\s+వ్యక్తం\\s+(?:చేశారు|చేసింది)|(?:[\\u0c00-\\u0c7f]+\\s+)?(?:చేశారు|చేసింది|చేస్తున్నారు)|[\\u0c00-\\u0c7f]+(?:ారు|ింది|ాడు)',
  // ("X, speaking", "stating", "explaining", "X said thus": ఇలా with any verb of the third person, `ఇలా వివరించారు`.)
  opens: `(?:మాట్లాడుతూ|పేర్కొంటూ|వివరిస్తూ|ఇలా\\s+[${TE}]+(?:ారు|ింది|ాడు))(?:\\.{2,}|…)?`,
  // (`X చెప్పిన ప్రకారం, “…”`, "as X said".)
  according: '(?:(?:చెప్పిన|తెలిపిన|పేర్కొన్న)\\s+)?ప్రకారం',
  roles: new Set(
    ('కమిషనర్ కార్పొరేటర్ ఉద్యోగి అధికారి మంత్రి ఎమ్మెల్యే ఎంపీ కలెక్టర్ సమన్వయకర్త నాయకుడు నాయకురాలు అధ్యక్షుడు ' +
      'అధ్యక్షురాలు కూలీ రైతు ఉపాధ్యాయుడు ఉపాధ్యాయురాలు డాక్టర్ ప్రొఫెసర్ ఇంజనీర్ తహసీల్దార్ మేయర్ ప్రతినిధి కార్యదర్శి ' +
      'డైరెక్టర్ వ్యాపారి డ్రైవర్ విద్యార్థి విద్యార్థిని నిపుణుడు కండక్టర్ సూపరింటెండెంట్ యజమాని నిర్వాహకుడు నిర్వాహకురాలు ' +
      // (Offices written as their English initials: superintendent of police, circle inspector, sub-inspector, managing director.)
      'చైర్మన్ ఛైర్మన్ శాస్త్రవేత్త ఎస్పీ డీఎస్పీ సీఐ ఎస్ఐ ఎస్సై ఎండీ సీఈవో ఎమ్మార్వో ఎంపీడీవో డీఈవో సర్పంచ్ ఎంపీటీసీ జెడ్పీటీసీ').split(' '),
  ),
  roleShape: /(?:కర్త|దారు|కారుడు|ాధ్యాయుడు|ాధ్యాయురాలు)$/u,
  loneNameTag: true,
  // Dative, locative, instrumental and genitive forms (`అధికారులకు`, `ఇంట్లో`, `ఆమెతో`, `అధికారుల`), and a relative
  // participle before a name (`కూర్చున్న`, `చేసిన`: who sat, who did; a name's own -న్న after a consonant, `ప్రసన్న`, is none).
  caseEnding: /(?:కు|కి|లో|తో|యొక్క|ల్లో|ుల|ిన|ున్న)$|^(?:ఉన్న|అన్న)$/u,
  // (With the pronouns and the postpositions of place a clause names no one by: `బండి పక్కన కూర్చున్న ఆమె`, "she, sitting by the cart".)
  small: new Set('ఈ ఆ ఓ ఒక మరియు కానీ ఇది అది తన తమ మా మేం నేను ఇలా అని ఆమె ఆయన అతను వారు పక్కన వద్ద దగ్గర ముందు వెనుక కోసం గురించి'.split(' ')),
  fromGenitive: (word) => word,
  threeWordNames: true,
  finiteWord: /(?:ారు|ింది|ాడు)$/u,
  participle: PARTICIPLE,
});

/** Nouns for groups (traders, police, locals, villagers, passengers …) in the plural: a tag with one names no one person. */
const GROUPS = 'వ్యాపారులు పోలీసులు అధికారులు స్థానికులు గ్రామస్తులు గ్రామస్థులు ప్రయాణికులు రైతులు విద్యార్థులు కార్మికులు ఉద్యోగులు బాధితులు కుటుంబసభ్యులు నాయకులు ప్రజలు వైద్యులు సిబ్బంది';
/** Nouns for bodies (a department, a company, a committee, the government): a tag with one as its subject names no person. */
const BODY = '(?:శాఖ|సంస్థ|ప్రభుత్వం|కార్పొరేషన్|మున్సిపాలిటీ|కమిటీ|సంఘం|బోర్డు|కార్యాలయం|పార్టీ|కంపెనీ|బ్యాంకు)';
const BODY_AFTER = new RegExp(`^[\\s,]*(?:అని|అంటూ)\\s+((?:${word}\\s+){0,3}[${TE}]*${BODY})\\s+[${TE}]+(?:ింది|ారు)\\s*(?:[.,]|$)`, 'u');
/**
 * `,” అని నిట్టూర్చారు.` ("…, [he] sighed."): the quotative and a finite verb of the third person alone, the sentence
 * ending there: Telugu left the subject out, the person the text is about (`అని రైతు చెప్పారు.` names its own).
 */
const SUBJECT_LEFT_OUT = new RegExp(`^[\\s,]*(?:అని|అంటూ)\\s+[${TE}]+(?:ారు|ింది|ాడు)\\s*(?:[.!]|$)`, 'u');
const GROUP_AFTER = new RegExp(`^[\\s,]*(?:అని|అంటూ)\\s+((?:${word}\\s+){0,3}(?:${GROUPS.split(' ').join('|')}))(?=[\\s,.])`, 'u');
/**
 * `ఓ <noun> యజమాని తన పేరు …`: a person brought in with "a, one" (ఓ, ఒక) and a role or occupation, the subject of their
 * sentence: someone the text leaves unnamed. (`ఓ సంస్థలో పనిచేస్తున్న X`: after a case form the indefinite is a place's.)
 */
function unnamedSubject(sentence: string): SpeakerPhrase | null {
  const tokens = sentence.trim().split(/\s+/u);
  const at = tokens.findIndex((token, i) => /^(?:ఓ|ఒక)$/u.test(token) && (i === 0 || !reader.isNameWord(tokens[i - 1]!) || /(?:లోని|లో)$/u.test(tokens[i - 1]!)));
  if (at < 0) return null;
  const end = tokens.slice(at + 1, at + 5).findIndex((token) => reader.isRole(token.replace(/,$/u, '')));
  return end < 0 ? null : { ...described(tokens.slice(at, at + 2 + end).join(' '))!, unnamed: true };
}

const { cues: base } = reader;

/** A long tag's words (lang/dravidian-long-tag.ts): a participle marks the name after it (`<clause> కూర్చున్న X Y`). */
const LONG_TAG = {
  reader,
  quotative: '(?:అని|అంటూ)',
  verb: /^[\u0c00-\u0c7f]+(?:ారు|ింది|ాడు)$/u,
  indefinite: /^(?:ఓ|ఒక)$/u,
  marksName: (word: string) => PARTICIPLE.test(word),
  reach: 16,
};

export const telugu: LanguageCues = {
  applies: base.applies,
  after(frame) {
    const line = frame.split('\n')[0]!;
    const body = BODY_AFTER.exec(line);
    if (body) return described(body[1]!);
    const group = GROUP_AFTER.exec(line);
    if (group) return { ...described(group[1]!)!, unnamed: true };
    // (A tag too long for the reader, `అని <place>కు చెందిన <role> X Y (52) <noun> <verb>.`, is read from its end.)
    const read = base.after!(frame) ?? (/^[\s,]*(?:అని|అంటూ)\s/u.test(line) ? longTagSpeaker(frame, LONG_TAG) : null) ?? (SUBJECT_LEFT_OUT.test(line) ? pronoun('they') : null);
    // (`’ అని ఎస్పీ తెలిపారు.`: an office alone, Telugu having no article, is the one the story gave it, as "the officer" is.)
    return read?.office && read.role ? officeDescriptor(read.role) : read;
  },
  before(frame) {
    // (`X చెప్పిన ప్రకారం, “…”`: "according to" reads its last sentence only, `… దెబ్బతింది. X ప్రకారం`, and a group is no one.)
    if (/ప్రకారం\s*,?\s*$/u.test(frame)) {
      const sentence = withTeluguInitialsJoined(frame).split(/(?<=[.!?])\s+/u).at(-1)!.replace(/\u2024/gu, '.');
      const source = base.before!(sentence);
      return source && GROUPS.split(' ').includes(source.phrase) ? null : source;
    }
    // (`ఆయన ఇలా వివరించారు.` closing the paragraph before a quote: the pronoun as before a colon.)
    const read = base.before!(frame.replace(/(?<!\.)\.\s*$/u, ':'));
    if (read) return read;
    // (`<role> X Y రైతులకు కొన్ని సూచనలు చేశారు:`, "X made some suggestions to farmers:": the subject of a sentence whose
    // finite verb ends with a colon before the quote.)
    const paragraph = frame.trimEnd().split('\n').at(-1)!;
    if (!new RegExp(`[${TE}](?:ారు|ింది|ాడు)\\s*:$`, 'u').test(paragraph)) return null;
    return teluguSubject(withTeluguInitialsJoined(paragraph).split(/(?<=[.!?])\s+/u).at(-1)!);
  },
};

/**
 * The person a sentence introduces, for a pronoun tag after the quote that follows (lang/introduced.ts): someone unnamed
 * (`ఓ దాబా యజమాని …`, "a dhaba's owner"), else the reader's reading (a name and its age, a role and the name after it).
 */
export function teluguSubject(joined: string): SpeakerPhrase | null {
  const sentence = joined.replace(/\u2024/gu, '.');
  const one = unnamedSubject(sentence);
  if (one) return one;
  const initialled = initialledName(sentence);
  if (initialled) return initialled;
  const read = reader.subject(sentence);
  if (read?.kind === 'name' && !read.pronoun) return read;
  return shortNameAfterParticiple(sentence);
}

/**
 * `సాయంత్రం గట్టున కూర్చున్న శ్రీనివాసులు ఎండిన కాయలను … చూశారు.` ("Srinivasulu, who sat on the bank, … looked"): a person
 * the story named before comes back by one word of the name, after a relative participle, the sentence ending in a verb
 * of the third person, another participle right after it; a noun for a group (`కూర్చున్న రైతులు`) is no one, nor a thing
 * before a postposition (`కాలిపోయిన బండి పక్కన`), and two name words are the reader's.
 */
function shortNameAfterParticiple(sentence: string): SpeakerPhrase | null {
  const tokens = sentence.trim().replace(/[.!?]$/u, '').split(/\s+/u);
  if (!/(?:ారు|ాడు|ింది)$/u.test(tokens.at(-1) ?? '')) return null;
  const at = tokens.findIndex((token, i) => i > 0 && PARTICIPLE.test(tokens[i - 1]!) && reader.mayBeNamePart(token) && !GROUPS.split(' ').includes(token) && i + 2 < tokens.length && PARTICIPLE.test(tokens[i + 1]!));
  return at < 0 ? null : person(tokens[at]!, null);
}

/**
 * Words that close a Telugu name as its family or caste name, or a second given name (`X రెడ్డి`, `X రావు`, `X కుమార్`):
 * after initials and a given name, another word is the name's only if it is one of these (`కె. X ఆసుపత్రి …` is a place's).
 */
const NAME_TAILS = new Set(
  ('రెడ్డి రావు నాయుడు చౌదరి శర్మ వర్మ గౌడ్ గౌడ యాదవ్ రాజు శాస్త్రి కుమార్ బాబు ప్రసాద్ దేవి కుమారి లక్ష్మి మూర్తి నాయక్ ' +
    'నాథ్ రెడ్డిగారు చారి ఆచారి పంతులు దాస్ సింగ్ ఖాన్ అలీ రెడ్డీ').split(' '),
);

/** `<role or participle> <initials> X (Y)`: the initials, the given name, and a family name after it only from NAME_TAILS. */
function initialledName(sentence: string): SpeakerPhrase | null {
  const tokens = sentence.trim().split(/\s+/u);
  // (Initials after a role or a participle; or, after a role, a name word alone before a word no name may be: `<role> X ఈ …`.)
  const at = tokens.findIndex((token, i) => i > 0 && (reader.isInitial(token) ? (reader.isRole(tokens[i - 1]!) || PARTICIPLE.test(tokens[i - 1]!)) && reader.isNameWord(tokens[i + 1] ?? '') : reader.isRole(tokens[i - 1]!) && reader.isNameWord(token) && !reader.isNameWord(tokens[i + 1] ?? '') && !reader.isRole(tokens[i + 1] ?? '')));
  if (at < 0) return null;
  let end = at;
  while (reader.isInitial(tokens[end] ?? '')) end++;
  const given = tokens[end]!.replace(/,$/u, '');
  const tail = tokens[end]!.endsWith(',') ? '' : (tokens[end + 1] ?? '').replace(/,$/u, '');
  const name = [...tokens.slice(at, end), given, ...(NAME_TAILS.has(tail) ? [tail] : [])].join(' ');
  // (`శాస్త్రవేత్త డాక్టర్ పి. X`: "Doctor" between the office and the initials is a title; the office is the role.)
  const titled = /^(?:డాక్టర్|డా\.)$/u.test(tokens[at - 1]!) && at > 1 && reader.isRole(tokens[at - 2]!);
  return person(name, titled ? tokens[at - 2]! : reader.isRole(tokens[at - 1]!) ? tokens[at - 1]! : null);
}
/** Whether a word may be part of a name (no role, case form or small word): fuller-names.ts reads it. */
export const mayBeTeluguNameWord = reader.mayBeNamePart;
/**
 * Telugu initials' dots (`బి. X`, `ఎస్. X`, `ఎం. X`: a consonant and its vowel, or a vowel and a consonant) as a one-dot
 * leader, so that a sentence splitter sees no stop there; teluguSubject gives them back.
 */
export const withTeluguInitialsJoined = (text: string) => text.replace(/(?<=(?:^|\s)(?:[\u0c15-\u0c39][\u0c3e-\u0c4c]|[\u0c05-\u0c14](?:[\u0c15-\u0c39]\u0c4d|\u0c02)))\.(?=\s)/gu, '\u2024');
