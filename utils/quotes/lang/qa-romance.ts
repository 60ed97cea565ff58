/**
 * A Q&A interview printed without quotation marks in French, German, Spanish, Italian or Portuguese
 * (qa-answers.ts reads the English one). These papers put their questions in the polite third person
 * (`¿Cómo llegó al café?`, `Cosa chiede alla Regione?`), so no "you" tells an interview from an
 * explainer's question subheads; the introduction saying the interview does instead:
 *   LA CRÓNICA habló con ella en su finca.  /  Abbiamo incontrato la sindaca Giovanna Piras, …
 * and most answers speak in the first person: a pronoun or possessive (yo, mi, nuestro, noi, nous,
 * eu, meu, ich, wir, unser…) or a first-person plural verb ending (-iamo, -amos, -emos, -imos).
 * The interviewee is the person named right after the words saying the interview, else (`con ella`)
 * the first person the introduction names in full; the role is the article-led noun before that name.
 */

import { findPersonMentions } from '../person-mentions';

const FIRST_PERSON = new RegExp(
  '(?<![\\p{L}’\'])(?:' +
    // Spanish, Portuguese, Italian, French, German pronouns and possessives of the first person.
    'yo|me|mí|mi|mis|conmigo|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|' +
    'eu|comigo|meu|minha|meus|minhas|nós|nosso|nossa|nossos|nossas|' +
    'io|noi|mio|mia|miei|mie|nostro|nostra|nostri|nostre|' +
    'je|j|moi|nous|notre|nos|' +
    'ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem' +
    ')(?![\\p{L}])|\\p{L}{2,}(?:iamo|amos|emos|imos)(?![\\p{L}])',
  'iu',
);

/**
 * Words saying the interview took place, and the person after them: `habló con`, `conversó con`,
 * `entrevistó a`, `abbiamo incontrato`, `ha intervistato`, `a rencontré`, `s'est entretenu avec`,
 * `conversou com`, `falou com`, `sprach mit`, `traf … zum Gespräch`, `haben … getroffen`.
 */
const INTERVIEW_STATED = new RegExp(
  '(?<![\\p{L}])(?:' +
    'habl(?:ó|amos)\\s+con|convers(?:ó|amos)\\s+con|entrevist(?:ó|amos)\\s+a|' +
    '(?:abbiamo|ha)\\s+(?:incontrato|intervistato|parlato\\s+con)|' +
    '(?:a|avons)\\s+rencontré|(?:s’est|s\'est|nous\\s+sommes)\\s+entretenus?\\s+avec|' +
    'convers(?:ou|ámos|amos)\\s+com|fal(?:ou|ámos|amos)\\s+com|entrevist(?:ou|ámos|amos)|' +
    '(?:sprach|sprachen)\\s+mit|(?:traf|trafen)\\s|' +
    // (`Wir haben die Historikerin in ihrem Lesesaal getroffen.`: the German perfect puts the participle last.)
    '(?:haben|hat)\\s[^.!?]{1,80}\\s(?:getroffen|gesprochen|interviewt)(?![\\p{L}])' +
    ')',
  'iu',
);

export function speaksFirstPersonRomance(answer: string): boolean {
  return FIRST_PERSON.test(answer);
}

export interface RomanceInterviewee {
  name: string;
  role: string | null;
}

/** The interviewee the introduction states, or null when it says no interview took place. */
export function romanceInterviewee(introduction: string): RomanceInterviewee | null {
  const cue = INTERVIEW_STATED.exec(introduction);
  if (!cue) return null;
  const mentions = findPersonMentions(introduction).filter((mention) => mention.name.includes(' ') && /^\p{Lu}/u.test(mention.name));
  const sentenceEnd = introduction.slice(cue.index).search(/[.!?](?:\s|$)/u);
  const end = sentenceEnd < 0 ? introduction.length : cue.index + sentenceEnd;
  // (`Abbiamo incontrato la sindaca Giovanna Piras`: named in the cue's sentence; `habló con ella`: the first one named.)
  const mention = mentions.find((m) => m.at > cue.index && m.at < end) ?? mentions[0];
  if (!mention) return null;
  // (`Seit 2009 leitet Dr. Ilse Brandner das Stadtarchiv`: in German a capitalised noun after an article is no part of the name;
  // Portuguese `Maria das Dores` keeps its particle.)
  const name = GERMAN_WORDS.test(introduction) ? mention.name.replace(/\s(?:das|der|die|den|dem|des)\s.*$/u, '') : mention.name;
  return { name, role: articleNounBefore(introduction, introduction.indexOf(mention.name, mention.at)) };
}

const GERMAN_WORDS = /(?<![\p{L}])(?:und|nicht|haben|wir|ist|sind|wurde|sich)(?![\p{L}])/u;

/** `la sindaca ` / `La caficultora ` right before the name: the noun an article gives the person. */
function articleNounBefore(text: string, at: number): string | null {
  const before = /(?:^|[\s(])(?:el|la|lo|il|le|l’|l'|o|a|der|die)\s*(\p{Ll}[\p{L}-]+)\s+$/iu.exec(text.slice(Math.max(0, at - 60), at));
  return before ? before[1]! : null;
}
