/**
 * Malayalam, read as Tamil is (lang/dravidian.ts): after a quote `” എന്ന് അദ്ദേഹം പറഞ്ഞു.`, often with no quotative (`”
 * X വിമർശിച്ചു.`, `” ഡോ. X പറഞ്ഞു.`, `” <office> കൂട്ടിച്ചേർത്തു.`: the subject, then a verb in the past); before one
 * `X പറഞ്ഞു: “…”`, `X പറയുന്നു: “…”` and `X പറയുന്നതനുസരിച്ച്, “…”` ("as X says"). A sentence before a quote that reports
 * speech, `…മെന്ന് <office> X വ്യക്തമാക്കി.` ("X made clear that …"), introduces its subject for a pronoun after the quote.
 */

import type { SpeakerPhrase } from '../cues';
import { quotativeReader } from './dravidian';
import { longTagSpeaker, withoutLeadingDash } from './dravidian-long-tag';
import { lazy, officeDescriptor, person, type LanguageCues } from './shared';
import { withoutSaidOnDay } from './said-on-day';
import { malayalamViewHolder } from './ml-view-holder';

const LETTER = '[\\u0d00-\\u0d7f]';
/**
 * Verbs of saying, third person: said, says, made clear, informed, responded, added, pointed out, alleged, asked,
 * demanded, explained, recalled, admitted, criticised, assured, warned, announced, opined.
 */
const SAYING =
  '(?:പറഞ്ഞു|പറയുന്നു|വ്യക്തമാക്കി|അറിയിച്ചു|പ്രതികരിച്ചു|കൂട്ടിച്ചേർത്തു|ചൂണ്ടിക്കാട്ടി|ആരോപിച്ചു|ചോദിച്ചു|ആരാഞ്ഞു|' +
  'ആവശ്യപ്പെട്ടു|വിശദീകരിച്ചു|ഓർക്കുന്നു|ഓർമിച്ചു|സമ്മതിച്ചു|വിമർശിച്ചു|ഉറപ്പ്?\\s?നൽകി|ഉറപ്പു\\s?നൽകി|മുന്നറിയിപ്പ്\\s?നൽകി|' +
  'പ്രഖ്യാപിച്ചു|അഭിപ്രായപ്പെട്ടു)';

/** Relative participles: "who does" (`നടത്തുന്ന`), "who did" (`കളിച്ച`, `നേടിയ`), "who is" (`പരിശീലകനുമായ`), "who has" (`വയസ്സുള്ള`). */
const PARTICIPLE = new RegExp(`\\p{L}(?:ുന്ന|ിയ|ച്ച|ുള്ള)$|${LETTER}{3}ായ$`, 'u');

const reader = quotativeReader({
  letter: /[\u0d00-\u0d7f]/u,
  quotative: '(?:എന്ന്|എന്നു|എന്നും)',
  quotativeOptional: true,
  said: '(?:പറഞ്ഞു)',
  pronoun: '(?:അദ്ദേഹം|അവർ|അവൾ|അവൻ)',
  // A verb in the past (`പറഞ്ഞു`, `കുറ്റപ്പെടുത്തി`, `കൂട്ടിച്ചേർത്തു`, `ആവശ്യപ്പെട്ടു`) or present (`പറയുന്നു`), or a noun and its light verb (`ഉറപ്പു നൽകി`).
  finite: '(?:[\\u0d00-\\u0d7f]+\\s+)?(?:നൽകി|ചെയ്തു)|[\\u0d00-\\u0d7f]+(?:ഞ്ഞു|ത്തി|ട്ടി|ക്കി|ന്നു|ച്ചു|ിച്ചു|ത്തു|ട്ടു|റ്റു|ി)',
  opens: SAYING,
  according: '(?:പറയുന്നതനുസരിച്ച്|അനുസരിച്ച്|പ്രകാരം)',
  roles: new Set(
    ('മത്സ്യത്തൊഴിലാളി പ്രസിഡന്റ് സെക്രട്ടറി മാനേജർ ഡയറക്ടർ മന്ത്രി മേയർ കൗൺസിലർ എംഎൽഎ എംപി പ്രഫസർ പ്രൊഫസർ ഡോക്ടർ ' +
      'അധ്യാപകൻ അധ്യാപിക വിദ്യാർഥി വ്യാപാരി ഡ്രൈവർ ഉദ്യോഗസ്ഥൻ കലക്ടർ ചെയർമാൻ വക്താവ് വിൽപനക്കാരി വിൽപനക്കാരൻ ' +
      'പരിശീലകൻ ഡിവിഷൻ കൺവീനർ ട്രഷറർ അംഗം നാട്ടുകാരൻ നാട്ടുകാരി വീട്ടമ്മ കർഷകൻ കർഷക എൻജിനീയർ ഇൻസ്പെക്ടർ ' +
      // (Officer, nurse, superintendent; offices written as their English initials: district medical officer, police chiefs.)
      'ഓഫീസർ നഴ്സ് സൂപ്രണ്ട് ഡിഎംഒ എസ്പി ഡിവൈഎസ്പി സിഐ എസ്ഐ ഡിഐജി ഐജി ഡിജിപി').split(' '),
  ),
  // (`-ജ്ഞൻ`, `-ജ്ഞ`: one who knows, an expert: `ശാസ്ത്രജ്ഞൻ`, scientist.)
  roleShape: /(?:ക്കാരൻ|ക്കാരി|ാളി|ജ്ഞൻ|ജ്ഞ)$/u,
  loneNameTag: true,
  // Dative, locative, genitive, sociative and manner forms (`അദ്ദേഹത്തിന്`, `കൊച്ചിയിൽ`, `സമിതിയുടെ`, `അവരോട്`,
  // `അഭ്യർഥനയോടെ`); a clause closed by the quotative (`…മെന്ന്`, `…തെന്ന`); plurals (`-കൾ`, `-മാർ`), never one person's name.
  caseEnding: /(?:ിന്|ക്ക്|ിൽ|യുടെ|ന്റെ|ോട്|ിലെ|ോടെ|ന്ന്|ന്നും|െന്ന|കൾ|മാർ|ക്കാർ)$/u,
  // (Kin before a name, `സഹോദരൻ X`, "brother X", are no part of it; nor "name", `പേര്`, of a speaker who withholds it.)
  small: new Set(
    ('ഈ ആ ഒരു എന്നാൽ പക്ഷേ ഇത് അത് അവരുടെ ഞങ്ങൾ ഞാൻ സഹോദരൻ സഹോദരി ഭാര്യ ഭർത്താവ് മകൻ മകൾ അച്ഛൻ അമ്മ പേര് ' +
      'അധികൃതർ സംഘാടകർ ഉദ്യോഗസ്ഥർ പ്രവർത്തകർ ഭാരവാഹികൾ ആരും ചിലർ പലരും ഇപ്പോൾ പിന്നീട് തുടർന്ന് അതിനിടെ').split(' '),
  ),
  // (`X മാധ്യമങ്ങളോട് പറഞ്ഞു`, "X told the media"; `X സൗജന്യമായി …`: a sociative or adverb between subject and verb.)
  adjunct: new RegExp(`^${LETTER}{3,}(?:ോട്|ോടും|ോടെ|ിലൂടെ|ായി)$`, 'u'),
  // (`<outlet> ന്യൂസിനോട് പറഞ്ഞു`, "told <outlet> News": a medium in the sociative takes its outlet's name with it.)
  postposition: new Set('ന്യൂസിനോട് ടിവിയോട് ചാനലിനോട് പത്രത്തോട് ഡെയ്‌ലിയോട് ലേഖകനോട്'.split(' ')),
  fromGenitive: (word) => word.replace(/(?:ന്റെ|യുടെ)$/u, ''),
  participle: PARTICIPLE,
});

/** Bodies whose names read as a person's would, by the noun that follows them (`X Y ആർട്സ് ക്ലബ്ബ്`, `X ആൻഡ് Y`). */
const BODY_AFTER = /^(?:ആൻഡ്|&|ക്ലബ്ബ്?|സമിതി|സംഘം|ട്രസ്റ്റ്|അസോസിയേഷൻ|കമ്പനി|ബാങ്ക്|സൊസൈറ്റി|കോളജ്|സ്കൂൾ|ഫൗണ്ടേഷൻ|സെന്റർ)/u;
/** First words of compound given names (Abdul, Muhammad, Sayyid): a second word follows them after initials. */
const COMPOUND_OPENERS = new Set('അബ്ദുൽ അബ്ദുൾ മുഹമ്മദ് സയ്യിദ്'.split(' '));
/** What may follow a name where it ends: a case form, an age in brackets, the sentence's end. */
const NAME_ENDS_BEFORE = /^(?:$|\(\d|\S*(?:ിന്|ക്ക്|ിൽ|യുടെ|ന്റെ|ോട്|ിലെ|ിനെ|യെ|[,.])$)/u;
/** Adjectives shaped as participles (new, big, small): no person follows them. */
const ADJECTIVES = new Set('പുതിയ വലിയ ചെറിയ ഇത്തരമുള്ള'.split(' '));
/** A finite verb as one word (`വ്യക്തമാക്കി`, `പറഞ്ഞു`, `കൂട്ടിച്ചേർത്തു`): it ends a name read forward. */
const FINITE_WORD = new RegExp(`^(?:${SAYING}|${LETTER}{2,}(?:ഞ്ഞു|ത്തി|ട്ടി|ക്കി|ന്നു|ച്ചു|ത്തു|ട്ടു|റ്റു))$`, 'u');

const patterns = lazy(() => ({
  // (`…ല്ലെന്ന് <office> X വ്യക്തമാക്കി.`, `X വ്യക്തമാക്കി.`: a sentence reporting speech, its subject right before the verb.)
  reports: new RegExp(
    `(?:^\\s*|${LETTER}(?:ന്ന്|ന്നും|ന്നു)\\s+)((?:[^\\s,.;:“”"‘’]+\\.?\\s+){0,4}?[^\\s,.;:“”"‘’]+)\\s+${SAYING}\\s*[.!]?\\s*$`,
    'u',
  ),
}));

/**
 * A name after a role or a relative participle (`സെക്രട്ടറി കെ.പി. X Y …`, `നടത്തുന്ന 58-കാരി കെ. Xയുടെ …`): its
 * initials, then up to two name words, a verb ending it; the last may be in the genitive, the person's all the same.
 */
function introducedAfterRole(sentence: string, participles: boolean): SpeakerPhrase | null {
  const tokens = sentence.trim().split(/\s+/u);
  for (let at = 0; at < tokens.length - 1; at++) {
    const role = reader.isRole(tokens[at]!) ? tokens[at]! : null;
    if (!role && (!participles || !PARTICIPLE.test(tokens[at]!) || ADJECTIVES.has(tokens[at]!))) continue;
    let next = at + 1;
    // (`58-കാരി`, `19-കാരൻ`: an age word between the participle and the name.)
    if (/^\d{1,3}-?\p{L}+$/u.test(tokens[next] ?? '')) next++;
    const initials: string[] = [];
    while (next < tokens.length && reader.isInitial(tokens[next]!)) initials.push(tokens[next++]!);
    const name: string[] = [];
    // (After initials a name is mostly one word, `ടി. X`; a second only opening a compound (`അബ്ദുൽ X`) or where a case form
    // or the verb follows it, `X. A B ഒപ്പുശേഖരണത്തിന് …`: `X. A തീരുമാനം …` is a name and its object.)
    const second = (at: number) => initials.length === 0 || COMPOUND_OPENERS.has(tokens[at - 1]!) || NAME_ENDS_BEFORE.test(tokens[at + 1] ?? '');
    while (next < tokens.length && name.length < 2 && (name.length === 0 || second(next))) {
      const word = tokens[next]!.replace(/[,.;:]+$/u, '');
      const owner = word.replace(/(?:യുടെ|ന്റെ)$/u, '');
      if (name.length > 0 && FINITE_WORD.test(word)) break;
      if (reader.isNameWord(word)) name.push(word);
      else if (owner !== word && reader.isNameWord(owner)) {
        name.push(owner);
        break;
      } else break;
      if (tokens[next]!.length !== word.length) break;
      next++;
    }
    if (name.length === 0 || (initials.length === 0 && name.length < 2)) continue;
    if (BODY_AFTER.test(tokens[next] ?? '')) continue;
    return person([...initials, ...name].join(' '), role);
  }
  return null;
}

/**
 * The person a sentence introduces: the subject of a verb of saying ending it, a name with the age in brackets after it,
 * else a name after a role or participle. The day it was said on (`X Y ചൊവ്വാഴ്ച വിശദീകരിച്ചു`) is no word of the name.
 */
export function malayalamSubject(written: string, participles = true): SpeakerPhrase | null {
  const sentence = withoutSaidOnDay(written);
  const reported = patterns().reports.exec(sentence);
  const speaker = reported ? reader.nameIn(reported[1]!) : null;
  if (speaker && !speaker.pronoun && speaker.kind === 'name') return speaker;
  const aged = /\(\d{1,3}\)/u.test(sentence) ? reader.subject(sentence) : null;
  if (aged?.kind === 'name' && !aged.pronoun) return aged;
  return introducedAfterRole(sentence, participles);
}

/** Offices papers quote without naming their holder (spokesperson, official): they stay as written. */
const ANONYMOUS_OFFICES = new Set('വക്താവ് ഉദ്യോഗസ്ഥൻ'.split(' '));
/** A stop and the space after it, not an initial's (`കെ.പി. X`). */
const SENTENCE_GAP = new RegExp(`(?<=[.!?])(?<!(?:^|\\s)(?:${LETTER}{1,4}\\.)+)\\s+(?=\\S)`, 'u');

/**
 * An office alone in a tag (`” പ്രസിഡന്റ് കൂട്ടിച്ചേർത്തു`): the person the text named with it, whose initials
 * (`പ്രസിഡന്റ് ടി. X`) hide the holder from an office written before two name words.
 */
const asHolder = (found: SpeakerPhrase | null) =>
  found?.office && found.role && !/\s/u.test(found.role) && !ANONYMOUS_OFFICES.has(found.role) ? officeDescriptor(found.role) : found;

/** The title "Dr." (`ഡോ. X Y`), read as an initial: no part of the name. */
const withoutTitle = (found: SpeakerPhrase | null) =>
  found?.kind === 'name' && /^ഡോ\.\s*\S/u.test(found.phrase) ? { ...found, phrase: found.phrase.replace(/^ഡോ\.\s*/u, '') } : found;

/** A long tag's words (lang/dravidian-long-tag.ts): a kin word or a participle marks the name after it (`<whose> അമ്മ X Y`). */
const LONG_TAG = {
  reader,
  quotative: '(?:എന്ന്|എന്നു|എന്നും)',
  verb: new RegExp(`^(?:${SAYING}|നൽകി)$`, 'u'),
  indefinite: /^ഒരു$/u,
  marksName: (word: string) => /^(?:അമ്മ|അച്ഛൻ|ഭാര്യ|ഭർത്താവ്|മകൻ|മകൾ|സഹോദരൻ|സഹോദരി)$/u.test(word) || PARTICIPLE.test(word),
  reach: 16,
};

export const malayalam: LanguageCues = {
  ...reader.cues,
  // (`’ -X പറഞ്ഞു.`: the dash glued to the tag is no part of its first word; a tag too long for the reader, read from its end.)
  // (`’ -<clause> ഒരു നഴ്സ് പറഞ്ഞു.`, "a nurse said": someone unnamed, no office's holder.)
  after(frame) {
    // (`’ എന്നാണ് Xയുടെ പക്ഷം.`, "… is X's view": the genitive's owner, lang/ml-view-holder.ts.)
    const holder = malayalamViewHolder(frame, reader.isNameWord);
    if (holder) return holder;
    const long = longTagSpeaker(frame, LONG_TAG);
    if (long?.unnamed) return long;
    return withoutTitle(asHolder(reader.cues.after(withoutLeadingDash(frame))) ?? long);
  },
  // (A sentence finished before the quote, no cue in it: the person it introduces, `… X Y (64) … . “…”`, by a role or an
  // age only: a participle's object reads as a name as well.)
  before: (frame) =>
    withoutTitle(asHolder(reader.cues.before(frame)) ?? (/[.!]\s*$/u.test(frame) ? malayalamSubject(frame.split(SENTENCE_GAP).at(-1)!, false) : null)),
};
/** Whether a word may be part of a name (no role, case form or small word): fuller-names.ts reads it. */
export const mayBeMalayalamNameWord = reader.mayBeNamePart;

/** Words that go before an office as part of it: deputy, assistant, joint, additional, district, senior, chief. */
const OFFICE_QUALIFIER = /^(?:ഡെപ്യൂട്ടി|അസിസ്റ്റന്റ്|ജോയിന്റ്|അഡീഷനൽ|ജില്ലാ|സീനിയർ|ചീഫ്)$/u;

/**
 * `ഫിഷറീസ് ഡെപ്യൂട്ടി ഡയറക്ടർ എം. X`: the office written right before a name (`upToName` ends with it), with the word
 * that qualifies it, for the person's later quotes under a short form of the name (`Xയുടെ പക്ഷം`); else null.
 */
export function malayalamRoleBefore(upToName: string, name: string): string | null {
  if (!upToName.endsWith(name)) return null;
  const words = upToName.slice(0, -name.length).trim().split(/\s+/u);
  const office = words.at(-1) ?? '';
  if (!reader.isRole(office)) return null;
  return OFFICE_QUALIFIER.test(words.at(-2) ?? '') ? `${words.at(-2)!} ${office}` : office;
}
