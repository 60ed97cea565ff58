/**
 * Tigrinya, in the Ethiopic script Amharic shares (told apart by its own words, lang/am.ts reads Amharic): the subject
 * before the quote and a verb of saying after it, `<role> ኣቶ X Y፣ … «…» ኢሎም።` (he said), `ወይዘሮ X Y ብወገነን
 * «…» ክብላ ተዛሪበን።` (for her part, saying, she spoke), `… ሓቢሮም። ከምዚ ኢሎም፦ «…»` (he said thus:), or the subject after the
 * converb: `«…» ክብል ዶ/ር X ሓቢሩ።` (said Dr X), `«…» ብምባል ሓላፊ ጥዕና ወሲኾም።` (added the health head: the one the text gave
 * that office), and a finite verb before its subject, `«…»፣ በለ X፣ «…»` (said X). A verb alone after the quote (`ኢሎም።`,
 * he said) leaves the subject to the sentences before; `X Y፣ ወዲ 45 ዓመት፣` (son of 45 years) marks a name without a form
 * of address. Forms of address (ኣቶ, ወ/ሮ, ወይዘሮ, ዶ/ር, መምህር …) come off names.
 */

import { described, lazy, officeDescriptor, person, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { escapeForPattern as escape } from '../../patterns';
import { AMHARIC_ADDRESS, AMHARIC_NOT_NAME, amharicIntroduced, ETHIOPIC, ETHIOPIC_STOPS, lastAddressedName, lastSentence, mayBeFatherName, officeOf, roleBefore, withoutRole } from './am';

/**
 * Words only Tigrinya writes (Amharic has others for them): in, of, is/are, and/also, for his/her/their part, he/she/they
 * said, saying, by saying, the (እቲ, እታ), thus, that it is, from, to, with, his/her/their name (ሽሙ …); and a word opening with ኣ,
 * a letter Amharic spells አ.
 */
const TIGRINYA_WORD =
  /(?:^|[\s«»,.፣።፦:])(?:ኣ\S*|ናይ|እዩ|ኢዩ|እያ|እዮም|ድማ|ከኣ|ብወገኑ|ብወገና|ብወገኖም|ብወገነን|ኢሉ|ኢላ|ኢሎም|ኢለን|በለ|በለት|ክብል|ክብሉ|ክትብል|ክብላ|ብምባል|እቲ|እታ|ነቲ|ነታ|ከምዚ|ምዃኑ|ካብ|ናብ|ምስ|ንሱ|ንሳ|ንሶም|ሽሙ|ሽማ|ሽሞም|ሽመን)(?=$|[\s«»,.፣።፦:])/u;

const WORD = `[^\\s${ETHIOPIC_STOPS}]+`;
/** Finite verbs of saying: he/she/they said (ኢሉ, በለ), stated, reported, spoke, added, warned, asked, answered, stressed. */
const SAID_STEMS = 'ኢ(?:ሉ|ላ|ሎም|ለን)|በለ(?:ት)?|በሉ|ገሊ(?:ጹ|ጻ|ጾም|ጸን)|ሓቢ(?:ሩ|ራ|ሮም|ረን)|ተዛሪ(?:ቡ|ባ|ቦም|በን)|ወሲ(?:ኹ|ኻ|ኾም|ኸን)|ኣጠንቂ(?:ቑ|ቓ|ቖም|ቐን)|ሓቲ(?:ቱ|ታ|ቶም|ተን)|መሊ(?:ሱ|ሳ|ሶም|ሰን)|ኣረጋጊ(?:ጹ|ጻ|ጾም|ጸን)|ኣስፊ(?:ሩ|ራ|ሮም|ረን)';
const SAID = new RegExp(`^(?:${SAID_STEMS})$`, 'u');
/** Converbs that open the words after a quote, the subject and a finite verb following: saying (ክብል …), by saying (ብምባል). */
const SAYING = '(?:ክብል|ክብሉ|ክትብል|ክብላ|ብምባል|ብምግላጽ|ብምሕባር)';

/** Words after a given name that are no father's name: particles, pronouns, copulas, conjunctions. */
const TIGRINYA_NOT_NAME = lazy(() => new RegExp(`^(?:ብወገኑ|ብወገና|ብወገኖም|ብወገነን|ድማ|ከኣ|ግን|ውን|ንሱ|ንሳ|ንሶም|እዩ|ኢዩ|እያ|እዮም|ኣሎ|ኣላ|ኣለዉ|ነይሩ|ከምዚ|ምዃኑ|${SAID_STEMS})$`, 'u'));
/** Words that open no role: conjunctions and adverbs opening a sentence, verbs of saying. */
const TIGRINYA_NOT_ROLE = new RegExp(`^(?:ግን|ድማ|ከኣ|ኰይኑ|ኮይኑ|ስለዚ|ብተወሳኺ|${SAYING.slice(3, -1)}|${SAID_STEMS})$`, 'u');

/**
 * Tigrinya nouns for a person by trade or office (head, teacher, student, merchant, worker, resident, doctor, driver, farmer,
 * youth, chair, administrator, director, commissioner, spokesperson, police officer, journalist, expert): only these stand for
 * someone after a converb (`ብምባል ሓላፊ …`); a body (`ቢሮ`, the bureau) for no one.
 */
const TIGRINYA_PERSON_NOUN = /^(?:ሓላፊ|ሓላፊት|መምህር|መምህርት|ተምሃራይ|ተምሃሪት|ነጋዳይ|ነጋዲት|ሰራሕተኛ|ሰራሕተኛታት|ነባሪ|ነባሪት|ሓኪም|ሓኪምት|ኣሽከርካሪ|ሓረስታይ|መንእሰይ|ኣቦ መንበር|ኣደ መንበር|ኣመሓዳሪ|ኣመሓዳሪት|ዳይረክተር|ኮሚሽነር|ወሃቢ ቃል|ፖሊስ|ጋዜጠኛ|ክኢላ|ኣሰልጣኒ|ተጻዋታይ)$/u;

/** Plural nouns for people (residents, workers, students, farmers, merchants, parents, members, people, drivers, travellers). */
const TIGRINYA_GROUP_NOUN = /^(?:ነበርቲ|ሰራሕተኛታት|ተምሃሮ|ሓረስቶት|ነጋዶ|ወለዲ|ኣባላት|ሰባት|ኣሽከርከርቲ|ተጓዓዝቲ|ሕሙማት|መምህራን)$/u;

/** Bodies heading a subject (an office, a ministry, a bureau, an association, an administration, a commission, a court). */
const TIGRINYA_BODY = /^(?:ቤት\s+ጽሕፈት|ሚኒስትሪ|ቢሮ|ማሕበር|ምምሕዳር|ኮሚሽን|ቤት\s+ፍርዲ|ትካል|ባይቶ)(?=\s|$)/u;

const patterns = lazy(() => ({
  saying: new RegExp(`^[\\s,]*${SAYING}\\s+`, 'u'),
  /** `«…»፣ በለ X፣` (said X): a finite verb of saying and the name after it, up to a stop or comma. */
  verbFirst: new RegExp(`^[\\s,]*(?:በለ|በለት|በሉ|ኢሉ|ኢላ|ኢሎም|ኢለን)\\s+(${WORD})(?:\\s+(${WORD}))?\\s*(?:[,.]|$)`, 'u'),
  /** `<role> X Y፣ ጓል 31 ዓመት፣` (X Y, son/daughter of 31 years): the two words before the age are a name, any before them a role. */
  aged: new RegExp(`(?:^|,\\s*)((?:${WORD}\\s+)*?)(${WORD})\\s+(${WORD}),\\s*(?:ወዲ|ጓል)\\s+\\d{1,3}\\s+ዓመት`, 'u'),
  /** `ሽሙ ምግላጽ ዘይደለየ …` (who did not want his name made known): someone unnamed on purpose. */
  withheld: /(?:^|\s)(?:ሽሙ|ሽማ|ሽሞም|ሽመን)\s/u,
}));

/** The subject between a converb and the verb ending the tag: a name after a form of address, an office (`ሓላፊ ጥዕና`), or none. */
function subjectAfterConverb(words: string) {
  const named = lastAddressedName(words, TIGRINYA_NOT_NAME());
  if (named) return person(named.name);
  const tag = words.trim().split(/\s+/u);
  // (A verb alone, `ክብላ ተዛሪበን`: the subject is the one the words before name, read with them, or the sentence before.)
  if (tag.length < 2 || tag.length > 5 || (!SAID.test(tag.at(-1)!) && !/(?:ቡ|ቦም|ባ|በን|ቑ|ቖም|ቐን|ጹ|ጾም|ጸን)$/u.test(tag.at(-1)!))) return null;
  // (The office's head comes first, its complement after: `ሓላፊ ጥዕና ወረዳ`, the district's health head; `ኣቦ መንበር`, the chair, is two words.)
  const head = TIGRINYA_PERSON_NOUN.test(`${tag[0]} ${tag[1]}`) ? `${tag[0]} ${tag[1]}` : tag[0]!;
  if (TIGRINYA_PERSON_NOUN.test(head)) return officeDescriptor(head);
  // (`ክብሉ ነበርቲ ዓዲ ተዛሪቦም`, residents of the village said: a plural noun for people is a group, no one person.)
  // (`ብምባል ቢሮ መጓዓዝያ ዞባ ሓቢሩ`, the zone's transport bureau reported: a body, no person.)
  return TIGRINYA_GROUP_NOUN.test(tag[0]!) || TIGRINYA_BODY.test(tag.join(' ')) ? described(tag.slice(0, -1).join(' ')) : null;
}

export const tigrinya: LanguageCues = {
  applies: (frame) => ETHIOPIC.test(frame) && TIGRINYA_WORD.test(frame),
  after(frame) {
    const line = frame.split(/[.።\n]/u)[0]!;
    const verbFirst = patterns().verbFirst.exec(`${line}.`);
    if (verbFirst) {
      const named = lastAddressedName(line, TIGRINYA_NOT_NAME());
      if (named) return person(named.name);
      const father = verbFirst[2] && mayBeFatherName(verbFirst[2], TIGRINYA_NOT_NAME()) ? ` ${verbFirst[2]}` : '';
      return mayBeFatherName(verbFirst[1]!, TIGRINYA_NOT_NAME()) ? person(`${verbFirst[1]}${father}`) : null;
    }
    const saying = patterns().saying.exec(line);
    return saying ? subjectAfterConverb(line.slice(saying[0].length).replace(/[\s,]+$/u, '')) : null;
  },
  before(frame) {
    // (`«…»፣ በለ X፣ «…»`: the words between two parts of a quote are a tag after the first.)
    if (/^[\s,]*(?:በለ|በለት|በሉ)\s/u.test(frame)) return tigrinya.after(frame);
    // (The role stays off the speaker here: definite-role.ts may read it with `ethiopicIntroduced`.)
    return withoutRole(tigrinyaIntroduced(lastSentence(frame)));
  },
};

/** The person a Tigrinya sentence names as its subject, with the role written before the name (`<role> ኣቶ X Y፣ …`). */
function tigrinyaIntroduced(sentence: string): SpeakerPhrase | null {
  const named = lastAddressedName(sentence, TIGRINYA_NOT_NAME());
  // (`ሽሙ ምግላጽ ዘይደለየ ሓደ ሕሙም`: someone who would not be named, described.)
  if (patterns().withheld.test(sentence) && !named) return described(sentence.split(',').at(-1)!.trim() || sentence);
  if (named) {
    const clauseStart = sentence.lastIndexOf(',', named.at) + 1;
    return person(named.name, roleBefore(sentence.slice(clauseStart), named.at - clauseStart, TIGRINYA_NOT_ROLE));
  }
  const aged = patterns().aged.exec(sentence);
  if (aged && mayBeFatherName(aged[2]!, TIGRINYA_NOT_NAME()) && mayBeFatherName(aged[3]!, TIGRINYA_NOT_NAME())) return person(`${aged[2]} ${aged[3]}`, aged[1]!.trim() || null);
  return null;
}

/** The person a sentence in Ethiopic script introduces, with their role: read as Tigrinya where its words stand, else as Amharic. */
export const ethiopicIntroduced = (sentence: string): SpeakerPhrase | null => (tigrinya.applies(sentence) ? tigrinyaIntroduced : amharicIntroduced)(sentence);

/**
 * `X Y` for a given name `X` written alone (`ወ/ሮ X`, `የ34 ዓመቷ X`, `በለ X`): the full name the text wrote first after a form of
 * address or a person's noun (`ተማሪዋ X Y`, `መንእሰይ X Y`), when the word after `X` may be a father's name (fuller-names.ts).
 */
export function ethiopicFullName(before: string, short: string): string | null {
  const written = new RegExp(`(?:^|\\s)(${WORD})\\s+${escape(short)}\\s+(${WORD})`, 'gu');
  const address = new RegExp(`^${AMHARIC_ADDRESS}$`, 'u');
  for (const match of before.matchAll(written)) {
    // (`<trade> የሆነው X Y`, "X Y, who is a <trade>": the relative of "be" ends a description that introduces the name.)
    const introduces = address.test(match[1]!) || officeOf(match[1]!) !== null || TIGRINYA_PERSON_NOUN.test(match[1]!) || /^የሆ(?:ነው|ነችው|ኑት)$/u.test(match[1]!);
    if (introduces && mayBeFatherName(match[2]!, AMHARIC_NOT_NAME()) && mayBeFatherName(match[2]!, TIGRINYA_NOT_NAME())) return `${short} ${match[2]}`;
  }
  return null;
}
