/**
 * Yoruba: after a quote `,” ni X sọ.` / `ni X wí` (said X, `ni` focusing the subject), `,” X sọ,`, `,” ni alága náà fèsì.`
 * (the chair replied: the one the text gave that office), `,” ni obìnrin náà sọ` (the woman: someone described), `,” ó sọ.`
 * / `ló sọ` (he or she said: left to the sentence before); before one `X, <who he is>, sọ pé: “…”` (X said that), `X sọ fún …
 * pé:` (told … that), `Ó ní: “…”`, `Ó fi kún un pé:` (he added that), `Gẹ́gẹ́ bí X ṣe sọ,` (according to X), and a quote
 * after `X, <who>, sọ pé …` (X said that …), a sentence reporting what its subject said.
 * Tone marks (á à ā, over a vowel or n) come precomposed or as combining marks, and some papers leave them out: every
 * pattern reads the text without them, and names are cut from the text as written. Forms of address (Ọ̀gbẹ́ni Mr,
 * Ìyáàfin Mrs, Olóyè chief, Ọ̀mọ̀wé Dr …) and a sentence's opening conjunction (Ṣùgbọ́n but) come off names.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying, toneless: said, said (`wí`), explained, added (`fi kún un`), went on, asked, replied, answered, announced, stressed, warned. */
const SAY = '(?:sọ|wi|ṣalaye|ṣe\\s+alaye|fi\\s+kun(?:\\s+un)?|tẹsiwaju|beere|fesi|dahun|kede|tẹnumọ|kilọ)';
/** `ní` (said) is a verb only where a colon or `pé` (that) follows; elsewhere it is "in" or the focus particle. */
const SAY_BEFORE = `(?:${SAY}(?:\\s+fun\\s+[^.!?:“”"\\n]{1,60}?)?(?:\\s+pe)?|ni(?:\\s+pe)?(?=\\s*:))`;
/** Forms of address before a name (a king's `Ọba` too, `Ọba X Y`): Mr, Mrs, Miss, chief, Dr (two words), professor, Alhaji and Alhaja, engineer, Honourable, senator, pastor, the late, prince. */
const ADDRESS = /^(?:(?:Ọgbẹni|Ogbeni|Iyaafin|Arabinrin|Oloye|Ọmọwe|Omowe|Dokita|Dọkita|Ọjọgbọn|Ojogbon|Alhaji|Alhaja|Alaaji|Alaaja|Ẹnjinia|Onorebu|Sẹnetọ|Pasitọ|Oloogbe|Ọmọọba|Ọba|Oba|Chief|Dr\.?|Prof\.?|Engr\.?|Barr\.?)\s+)+(?=\p{Lu})/u;
/** Words opening a sentence before a name and no part of it: but, but, yet, likewise, when, after that, because, meanwhile, even, and, as for. */
const OPENER = /^(?:Ṣugbọn|Sugbon|Amọ|Amo|Sibẹ|Bakan\s+naa|Nigba\s+ti|Lẹyin\s+naa|Nitori|Ẹwẹ|Koda|Ati|Ni\s+ti)\s+(?=\p{Lu})/u;
/** Offices a story names its speaker by (`ni kọmíṣọ́nà náà sọ`): commissioner, governor, chair, spokesperson, minister, president, king, director, market leaders, police chief. */
const OFFICES = /^(?:kọmiṣọna|komisona|gomina|alaga|agbẹnusọ|minisita|aarẹ|ọba|oludari|iyaloja|babaloja|ọga\s+ọlọpaa|alakoso|kabiyesi)$/iu;
/** `náà` (the one just mentioned), `yìí` (this), `ọ̀hún` (that): a noun they close stands for someone the story brought in. */
const POINTED = /\s+(?:naa|yii|ọhun)$/u;
/** Bodies whose names open like a person's: government, ministry, police, the house of assembly, company, association, council. */
const BODY = /^(?:Ijọba|Ileeṣẹ|Ile-iṣẹ|Ọlọpaa|Ajọ|Ẹgbẹ|Ile\s+aṣofin|Igbimọ)(?![\p{L}])/u;
/** Tone marks: acute (high), grave (low), macron (mid). The dot below (ẹ ọ ṣ) is a letter, kept. */
const TONE_MARK = /[\u0300\u0301\u0304]/gu;

/** A frame without its tone marks, NFC or NFD alike, and a way back from a span of it to the words as written. */
interface Toneless {
  plain: string;
  written: (start: number, end: number) => string;
}

export function toneless(text: string): Toneless {
  let plain = '';
  const at: number[] = [];
  // (Each letter with the marks written after it is one unit: `ọ̀` may be ọ + grave or o + dot + grave.)
  for (const unit of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const letter = unit[0].normalize('NFD').replace(TONE_MARK, '').normalize('NFC');
    for (let i = 0; i < letter.length; i++) at.push(unit.index);
    plain += letter;
  }
  const written = (start: number, end: number) => text.slice(at[start] ?? text.length, at[end] ?? text.length).trim();
  return { plain, written };
}

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  // (`ni X sọ`, `ni alága náà fèsì`, `X sọ`, `ó sọ`, `ló sọ` (ni + ó): the subject before the verb.)
  after: new RegExp(`^[\\s,]*(?:ni\\s+)?([^.!?“”"\\n,]{1,80}?)\\s+(?:si\\s+)?${SAY}(?=[\\s.,;!?]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:O|Ọ)\\s+(?:si\\s+)?${SAY_BEFORE}\\s*[:,]?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?)\\s+(?:si\\s+)?${SAY_BEFORE}\\s*[:,]?\\s*$`, 'u'),
  according: /(?:^|[.!?]\s+)Gẹgẹ\s+bi\s+([^,“”"]{2,80}?)\s+ṣe\s+(?:wi|sọ)\s*,?\s*$/u,
  // (`X, <who>, sọ pé … .`: a sentence reporting what X said, the quote after it X's own words.)
  reported: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?)\\s+(?:ti\\s+)?(?:${SAY}|ni)(?:\\s+fun\\s+[^.!?“”"]{1,60}?)?\\s+pe\\s+[^.!?“”"]{3,400}[.!?]\\s*$`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:ni\\s+)?[^.!?“”"\\n,]{1,80}?\\s+${SAY}\\s*,\\s*$`, 'u'),
}));

/** A span of the plain text as written, with tones; `plain` the same span without them. */
interface Words {
  plain: string;
  written: string;
}

/** The name a word group is, opener and forms of address taken off (`Ọ̀gbẹ́ni X Y` → `X Y`), as written; or null. */
function nameIn(group: Words): string | null {
  const opener = OPENER.exec(group.plain)?.[0].length ?? 0;
  const address = ADDRESS.exec(group.plain.slice(opener))?.[0].length ?? 0;
  const rest = group.plain.slice(opener + address);
  if (!patterns().name.test(rest) || BODY.test(rest) || OFFICES.test(rest)) return null;
  const { written } = toneless(group.written);
  return cleanName(written(opener + address, rest.length + opener + address)) || null;
}

/** Splits words at commas, plain and written side by side. */
function groupsOf(words: Words): Words[] {
  const source = toneless(words.written);
  const groups: Words[] = [];
  let start = 0;
  for (const part of source.plain.split(',')) {
    const lead = part.length - part.trimStart().length;
    if (part.trim()) groups.push({ plain: part.trim(), written: source.written(start + lead, start + part.trimEnd().length) });
    start += part.length + 1;
  }
  return groups;
}

/** `Alága …, Ọ̀gbẹ́ni X Y, tó …`: the name among comma-set groups, a group before it its role; no name, the first group describes someone. */
function speakerIn(subject: Words): SpeakerPhrase | null {
  const groups = groupsOf(subject);
  if (groups[0] && BODY.test(groups[0].plain)) return described(groups[0].written);
  const at = groups.findIndex((group) => nameIn(group) !== null);
  if (at < 0) return groups[0] ? officeOrDescribed(groups[0]) : null;
  // (After the name, a role stands alone, `olórí àwọn àgbẹ̀`; a relative clause, `tó ń ta ẹja` (who sells fish), or an age, `ẹni ọdún …`, is none.)
  const after = groups.slice(at + 1).find((group) => !/^(?:to|ti|ẹni|ẹni\s+ti|ọmọ\s+ọdun)(?![\p{L}])/u.test(group.plain));
  const role = at > 0 ? groups.slice(0, at).map((group) => group.written).join(', ') : (after?.written ?? null);
  return person(nameIn(groups[at]!)!, role);
}

/** An office's noun alone or pointed back at (`kọmíṣọ́nà náà`) is its holder; other lower-case words describe someone. */
function officeOrDescribed(words: Words): SpeakerPhrase | null {
  const noun = words.plain.replace(POINTED, '');
  // (`ni Kábíyèsí wí`: the form of address for a king, alone, stands for the king the story named.)
  if (/^kabiyesi$/iu.test(noun)) return officeDescriptor('Ọba');
  if (OFFICES.test(noun)) return officeDescriptor(toneless(words.written).written(0, noun.length));
  return /^\p{Ll}/u.test(words.plain) || !/^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*$/u.test(words.plain) ? described(words.written) : null;
}

/** The subject of a tag after a quote: a pronoun (null: the sentence before says who), a name, an office or someone described. */
function tagSubject(words: Words): SpeakerPhrase | null {
  // (`ó`, `òun` he or she; `wọ́n` they; `ló` = `ni ó`.)
  if (/^(?:o|ọ|oun|wọn|lo|ni\s+o)$/iu.test(words.plain)) return null;
  if (BODY.test(words.plain)) return described(words.written);
  const name = nameIn(words);
  if (name) return person(name);
  return officeOrDescribed(words);
}

/** A match's group 1 as plain and written words. */
function captured(source: Toneless, match: RegExpExecArray | null): Words | null {
  if (!match?.[1]) return null;
  const start = match.index + match[0].indexOf(match[1]);
  return { plain: match[1].trim(), written: source.written(start, start + match[1].length) };
}

export const yoruba: LanguageCues = {
  // (A letter with a dot below marks the language; a short tag may hold none, `, ó ní.`, `ni alága náà fèsì`: there a tone
  // mark and a verb no other language read here has are enough.)
  applies(frame) {
    const dotted = /[ẹọṣẸỌṢ]|\u0323/u.test(frame);
    if (!dotted && !/[àáèéìíòóùúńǹÀÁÈÉÌÍÒÓÙÚ]|[\u0300\u0301]/u.test(frame)) return false;
    const { plain } = toneless(frame);
    return dotted
      ? /(?:^|\s)(?:sọ|wi|pe|ni|lo|Gẹgẹ|fi|ṣalaye|fesi|dahun|tẹsiwaju)(?=[\s:,.]|$)/u.test(plain)
      : /(?:^|\s)(?:[Oo]\s+(?:ni|fi\s+kun(?:\s+un)?)(?:\s+pe)?\s*:|wi|fesi|dahun|beere|kede)(?=[\s:,.]|$)/u.test(plain);
  },
  after(frame) {
    const source = toneless(frame.split('\n')[0]!);
    const words = captured(source, patterns().after.exec(source.plain));
    return words ? tagSubject(words) : null;
  },
  before(frame) {
    const source = toneless(frame);
    const { pronounBefore, according, subjectBefore, reported, splitTag } = patterns();
    // (`Gẹ́gẹ́ bí X ṣe sọ, “…”` ends as a tag between two parts of a quote does: read first.)
    const accordingTo = captured(source, according.exec(source.plain));
    if (accordingTo) return speakerIn(accordingTo);
    // (`“…,” Adé sọ, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(source.plain)) return yoruba.after(frame);
    const pronounAt = pronounBefore.exec(source.plain);
    if (pronounAt) {
      // (`X sọ pé … . Ó ní: “…”`: he or she is the subject of the sentence before, when it reports X's words.)
      const earlier = captured(source, reported.exec(source.plain.slice(0, pronounAt.index + 1)));
      const speaker = earlier ? speakerIn(earlier) : null;
      return speaker?.kind === 'name' ? speaker : pronoun('they');
    }
    const subject = captured(source, subjectBefore.exec(source.plain));
    if (subject) return speakerIn(subject);
    const earlier = captured(source, reported.exec(source.plain));
    return earlier ? speakerIn(earlier) : null;
  },
};
