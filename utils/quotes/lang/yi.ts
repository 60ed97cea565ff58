/**
 * Yiddish in Hebrew letters, whose sentences are built as German's: after a quote the verb comes first, `„…“, זאָגט X.`,
 * `„…“, פֿרעגט X, דער דירעקטאָר …`, or the perfect with the subject between auxiliary and participle, `„…“, האָט X
 * געזאָגט.`, `האָט זי צוגעגעבן`; before one `X האָט געזאָגט:`, `X, <role>, דערקלערט:`, `ער זאָגט:`, `לויט X,`. Names have
 * no capitals, so a name is the words where the subject stands that are no function word; a role takes the article
 * (`דער שטאָטראַט X`, `די ספּאָקעסמענטשין`) and an indefinite one (`אַ מיטגליד פֿון …`) is someone left unnamed. Words are
 * written with or without vowel points (`זאָגט`, `זאגט`) and with or without the ligatures (`װ` or `וו`): both are read.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** Vowel points, dagesh and rafe a letter may carry (`אָ`, `פֿ`, `כּ`). */
const POINTS = '[\\u05b0-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7]*';
const LETTER = `[\\u05d0-\\u05ea\\u05f0-\\u05f2\\ufb1d-\\ufb4f]${POINTS}`;
/** A word, its parts joined by a maqaf or hyphen (`שמואל־בער`, `71־יאָריקער`). */
const WORD = `(?:\\d+[־-])?(?:${LETTER})+(?:[־-](?:${LETTER})+)*`;

/**
 * An unpointed word as a pattern that also reads it pointed and with the ligatures: `זאגט` reads `זאָגט`, `שרייבט` reads
 * `שרײַבט`; `_` joins the words of a phrase (`מודה_געווען`).
 */
function spelled(plain: string): string {
  const parts: string[] = [];
  for (let i = 0; i < plain.length; i++) {
    if (plain[i] === '_') {
      parts.push('\\s+');
      continue;
    }
    const pair = plain.slice(i, i + 2);
    const ligature = pair === 'וו' ? 'װ' : pair === 'וי' ? 'ױ' : pair === 'יי' ? 'ײ' : '';
    if (ligature) {
      parts.push(`(?:${pair[0]}${POINTS}${pair[1]}|${ligature})${POINTS}`);
      i++;
    } else parts.push(`${plain[i] === 'א' ? '[א\\ufb2e\\ufb2f\\ufb30]' : plain[i]}${POINTS}`);
  }
  return parts.join('');
}
const words = (list: string) => list.split(' ').sort((a, b) => b.length - a.length).map(spelled).join('|');
/** Not followed by another letter or point: the word ends here. */
const END = '(?![\\u05b0-\\u05ea\\u05f0-\\u05f2\\ufb1d-\\ufb4f])';
const START = '(?<![\\u05b0-\\u05ea\\u05f0-\\u05f2\\ufb1d-\\ufb4f])';

/** Third-person present forms of saying (`זאָגט`, `פֿרעגט`, `דערציילט`, `מיינט`, `ענטפֿערט`, `טענהט`, `וואָרנט`, `שרײַבט`). */
const PRESENT = 'זאגט פרעגט דערציילט דערקלערט ערקלערט מיינט ענטפערט באמערקט שרייבט טענהט באטאנט ווארנט באשטעטיקט דערמאנט לייגט';
/** Participles closing the perfect (`האָט X געזאָגט`, `האָט זי צוגעגעבן`, `האָט ער מודה געווען`). */
const PARTICIPLES =
  'געזאגט געפרעגט דערציילט דערקלערט ערקלערט געמיינט געענטפערט באמערקט געשריבן געטענהט באטאנט געווארנט צוגעגעבן ' +
  'אויסגערופן אנגעוויזן באשטעטיקט דערמאנט אונטערגעשטראכן צוגעזאגט מודה_געווען';
/** Verbs of a stance a that-clause follows (`X איז זיכער, אַז …`, `X גלייבט, אַז …`): who holds it, in a paragraph introducing a quote. */
const STANCE = 'גלייבט האפט רעכנט איז_זיכער איז_מסכים';

/** Pronouns: he, she, they (`זיי` a group, read as a subject left out). */
const PRONOUNS: Record<string, 'he' | 'she' | 'they'> = { ער: 'he', זי: 'she', זיי: 'they' };
/** Function words that never stand in a name: articles, pronouns, prepositions, adverbs, conjunctions, auxiliaries. */
const FUNCTION =
  'דער די דאס דעם א אן איין ער זי זיי מע מען מיר איך דו איר עס ס מיט פאר פון אין צו צום צור אויף אויפן ביי בייס נאך שוין אויך ' +
  'נאר ווייטער היינט נעכטן איצט דאן דעמאלט דערנאך אבער און אז וואס ווען ווי וויבאלד ניט נישט האט האבן איז זענען וועט וועלן ' +
  'זיך דא דארט אזוי זייער אונדז אונדזער זיין זייער איר אירע';
/** Titles before a name, no part of it: Mr, Mrs, Rabbi, Reb, Dr, Professor. */
const TITLE = `(?:ר['׳]|הר['׳]|ד["״]ר|פּ?ראָ?פ['׳]|${words('פרוי הער הרב רב רבי דאקטער פראפעסאר')})`;
/** Role nouns written with the article before a name (`דער שטאָטראַט X`) or alone for the person just named. */
const ROLES =
  'שטאטראט ראט בירגערמייסטער מעיאר דירעקטאר פרעזידענט מיניסטער ספאקעסמאן ספאקעסמענטשין פארזיצער פארזיצערין טשערמאן ' +
  'סעקרעטאר גרינדער לערער לערערין פראפעסאר דאקטער אדוואקאט ריכטער פאליציאנט דעפוטאט סענאטאר רעדאקטאר זשורנאליסט ' +
  'שרייבער פאעט זינגער זינגערין אקטיאר מנהל גבאי חזן רבנית ראבינער פארשער היסטאריקער שטודענט שטודענטקע ארבעטער ' +
  'וואלונטיר קרעמער סוחר פויער מומחה עסקן באאמטער באאמטע קאמיסאר טרענער שפילער קאפיטאן דאקטערשע מאמע טאטע באבע זיידע';

const patterns = lazy(() => {
  const verb = `${START}(?:${words(PRESENT)})${END}`;
  const participle = `${START}(?:${words(PARTICIPLES)})${END}`;
  return {
    word: new RegExp(`^${WORD}$`, 'u'),
    functionWord: new RegExp(`^(?:${words(FUNCTION)})$`, 'u'),
    article: new RegExp(`^(?:${words('דער די דאס')})$`, 'u'),
    indefinite: new RegExp(`^(?:${words('א אן איין איינע')})$`, 'u'),
    title: new RegExp(`^${TITLE}$`, 'u'),
    role: new RegExp(`^(?:${words(ROLES)})$`, 'u'),
    // `„…“, זאָגט X`, `„…“, לייגט צו X` (the separable particle before or after the subject).
    afterPresent: new RegExp(`^[\\s,–—-]*${verb}(?:\\s+${spelled('צו')}${END})?\\s+([^.!?:;„“”"\\n]+)`, 'u'),
    // `„…“, האָט X געזאָגט`: the subject between the auxiliary and the participle.
    afterPerfect: new RegExp(`^[\\s,–—-]*${START}${spelled('האט')}${END}\\s+([^.!?:;„“”"\\n]{1,80}?)\\s+${participle}`, 'u'),
    // `… האָט ער געזאָגט:` anywhere in the sentence: an opener before the auxiliary puts the subject after it.
    invertedPerfect: new RegExp(`${START}${spelled('האט')}${END}\\s+([^.!?:;„“”",\\n]{1,60}?)\\s+${participle}\\s*[:,]?\\s*$`, 'u'),
    invertedPresent: new RegExp(`(?:^|,)\\s*\\S[^,.!?:;„“”"\\n]*?\\s${verb}\\s+(${WORD}(?:\\s+${WORD}){0,2})\\s*[:,]?\\s*$`, 'u'),
    // `X האָט געזאָגט:`, `X, <role>, זאָגט:`, `X זאָגט, אַז …` (the that-clause reported, then the quote).
    subjectFirst: new RegExp(`(?:^|[.!?]\\s+)([^.!?:;„“”"\\n]{1,160}?)\\s+(?:${START}${spelled('האט')}${END}\\s+(?:${WORD}\\s+){0,2}?${participle}|${verb}|${START}(?:${words(STANCE)})${END})(?:\\s*[:]\\s*$|\\s*,?\\s*$|\\s*,\\s*${spelled('אז')}${END}[^:„“”"\\n]*$)`, 'u'),
    according: new RegExp(`(?:^|\\s)${spelled('לויט')}${END}\\s+([^,.!?:;„“”"\\n]{2,80}?)\\s*,`, 'u'),
    own: new RegExp(`[\\u05f0-\\u05f2\\u05bf\\ufb1f]|${START}(?:${words('האט זאגט געזאגט לויט ניט נישט איז דער דאס און פון')})${END}`, 'u'),
  };
});

/** Whether a word may stand in a name: a Hebrew-script word that is no function word, title or role noun. */
const nameWord = (word: string) => {
  const { word: shape, functionWord, role, title } = patterns();
  return shape.test(word) && !functionWord.test(word) && !role.test(word) && !title.test(word) && !/^\d/u.test(word);
};

/**
 * The person a subject's words name: a pronoun; an indefinite noun phrase (someone unnamed); an article and a role noun, with
 * a name after it or standing for the person just named; or up to three name words, a role set off by commas after them.
 */
function readSubject(words: string): SpeakerPhrase | null {
  const { article, indefinite, role, title } = patterns();
  const groups = words.split(/\s*,\s*/u).map((group) => group.trim()).filter(Boolean);
  const head = (groups[0] ?? '').split(/\s+/u);
  if (head.length === 0 || !head[0]) return null;
  const said = PRONOUNS[head[0]];
  // (`זאָגט ער מיט אַ שמייכל`: words after the pronoun are the verb's adjuncts.)
  if (said) return pronoun(said, said === 'he' ? 'male' : said === 'she' ? 'female' : undefined);
  if (indefinite.test(head[0])) return { ...described(groups[0]!)!, unnamed: true };
  // (`דער שטאָטראַט X`, `די ספּאָקעסמענטשין פֿון דער קאָמיסיע, X,`: the role first, the name after it or in the next group.)
  if (article.test(head[0])) {
    const at = head.findIndex((word) => role.test(word));
    if (at < 0) return null;
    const name = head.slice(at + 1);
    if (name.length >= 1 && name.length <= 3 && name.every(nameWord)) return person(name.join(' '), head.slice(0, at + 1).join(' '));
    const next = (groups[1] ?? '').split(/\s+/u);
    if (groups[1] && next.length <= 3 && next.every(nameWord)) return person(next.join(' '), groups[0]);
    return groups.length === 1 || head.length === at + 1 ? officeDescriptor(head.slice(0, at + 1).join(' ')) : null;
  }
  const name = head.filter((word, index) => !(index === 0 && title.test(word)));
  // (A name ends where a preposition or adverb begins: `זאָגט X פֿאַר אונדזער צײַטונג`, `זאָגט ער מיט אַ שמייכל`.)
  const end = name.findIndex((word) => !nameWord(word));
  const run = end < 0 ? name : name.slice(0, end);
  if (run.length === 0 || run.length > 3) return null;
  // A role set off by commas after the name (`X, דער 71־יאָריקער גרינדער …`), not an age alone or a clause (`וואָס …`).
  const apposed = end < 0 ? groups[1] : undefined;
  const roleAfter = apposed && article.test(apposed.split(/\s+/u)[0]!) ? apposed : undefined;
  return person(run.join(' '), roleAfter);
}

/** The subject in the words after a tag's verb: up to the clause's end. */
function subjectAfterVerb(words: string): SpeakerPhrase | null {
  return readSubject(words.replace(/\s*[.!?;:].*$/u, ''));
}

/**
 * The subject opening a clause before its verb, past a conjunction (`און`, `אָבער`) and a clause about the person
 * set off by commas (`X, וואָס האָט …, דערציילט`), an age (`X, 34,`) too.
 */
function subjectBeforeVerb(clause: string): SpeakerPhrase | null {
  const groups = clause.trim().split(/\s*,\s*/u).filter((group) => !new RegExp(`^(?:${spelled('וואס')}|${spelled('וועלכער')}|\\d+)${END}`, 'u').test(group));
  const opening = groups.join(', ').replace(new RegExp(`^(?:${words('און אבער')})${END}\\s+`, 'u'), '');
  return readSubject(opening);
}

export const yiddish: LanguageCues = {
  applies: (frame) => /[\u05d0-\u05ea]/u.test(frame) && patterns().own.test(frame),
  after(frame) {
    const { afterPresent, afterPerfect } = patterns();
    const perfect = afterPerfect.exec(frame);
    if (perfect) return readSubject(perfect[1]!);
    const present = afterPresent.exec(frame);
    return present ? subjectAfterVerb(present[1]!) : null;
  },
  before(frame) {
    const { invertedPerfect, invertedPresent, subjectFirst, according } = patterns();
    // (`לויט דער קאָמיסיע,`: according to a body, no person.)
    const cited = according.exec(frame);
    const source = cited ? readSubject(cited[1]!) : null;
    if (source?.kind === 'name' && !source.pronoun) return source;
    const sentence = frame.slice(Math.max(0, frame.search(/[^.!?]*[.!?]?\s*$/u)));
    const subject = subjectFirst.exec(frame);
    const first = subject ? subjectBeforeVerb(subject[1]!) : null;
    if (first) return first;
    const inverted = invertedPerfect.exec(sentence) ?? invertedPresent.exec(sentence);
    return inverted ? readSubject(inverted[1]!) : null;
  },
};
