/**
 * One reading for the South Indian languages whose tag follows the quote, the verb last (Tamil ta.ts, Telugu te.ts,
 * Malayalam ml.ts): `” என்று அவர் குறிப்பிட்டார்.`, `,” అని X విమర్శించారు.`, `” X വിമർശിച്ചു.` (a quotative, if
 * the language writes one, then the subject and a finite verb), or the verb of saying before its subject (`” என்றார் X.`);
 * before a quote `X கூறியதாவது: “…”` ("X said as follows") and `X-இன் கூற்றுப்படி, “…”` ("according to X"). Their scripts have
 * no capitals, so a name is read by structure: the last words before the verb, back to a role noun or a word in a case
 * form, an initial (`எஸ். X`) kept with it. Each language gives its closed word classes; the reading is one.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';

export interface QuotativeWords {
  /** A letter of the script. */
  letter: RegExp;
  /** The quotative after the words (`என்று`, `అని`, `എന്ന്`). */
  quotative: string;
  /** Whether a tag may leave the quotative out (`” അദ്ദേഹം പറഞ്ഞു.`). */
  quotativeOptional: boolean;
  /** The verb of saying that is the quotative itself, before its subject (`என்றார்`, `అన్నారు`). */
  said: string;
  /** Third-person pronouns ("he", "she", "they", respectful). */
  pronoun: string;
  /** A finite verb in the third person, past or present. */
  finite: string;
  /** Verbs opening what a person said, before it ("said as follows", "speaking"). */
  opens: string;
  /** "According to", after the name. */
  according: string;
  roles: Set<string>;
  /** Agent nouns by their ending. */
  roleShape: RegExp;
  /** Whether a tag with a name alone (no role, no initial) between quotative and verb names the speaker. */
  loneNameTag: boolean;
  /** Words in a case form (whose, to whom): no name. */
  caseEnding: RegExp;
  small: Set<string>;
  /** A name's owner form back to the name (`செல்வத்தின்` → `செல்வம்`). */
  fromGenitive: (word: string) => string;
  /** Whether names of three words are common (Telugu `<family> <given> <caste>`): else three read as a clause's end and a name. */
  threeWordNames?: boolean;
  /** Particles inside a family name (Sinhala `ද`, `X ද සිල්වා`): part of the name between two name words, not counted as one. */
  nameParticles?: Set<string>;
  /** A finite verb as one word, which ends a name read forward. */
  finiteWord?: RegExp;
  /** A relative participle, "who does", right before the name of the one a sentence is about (`నడిపే`, `നടത്തുന്ന`). */
  participle?: RegExp;
  /** Forms of address written after the name (Sinhala `X Y මහතා`), no part of it. */
  addressAfter?: Set<string>;
  /** Titles written before the name (`திருமதி`, `ಶ್ರೀ`): part of neither the name nor the role. */
  titles?: Set<string>;
  /**
   * Words between the subject and its verb that are no part of it: a case form ("to the press", "at the site"), an
   * adverb, a noun the verb takes (`கருத்துத் தெரிவித்தார்`, "gave comment"); dropped from the end before the name is read.
   */
  adjunct?: RegExp;
  /** Postpositions, which take the word before them with them when dropped (`தொலைபேசி மூலம்`, "by phone"). */
  postposition?: Set<string>;
  /** Most words a subject may run to before its verb (default 5): offices are long, `<town> <taluk> <office> X`. */
  subjectWords?: number;
  /** Most words a sentence may run to before `X, “…”` (default 8): a participle clause may open it, `<clause> சேர்ந்த X Y (58),`. */
  subjectReach?: number;
  /** A name word's ending that marks it as a name with no role before it (Kannada `-ಮ್ಮ`, `-ಪ್ಪ`). */
  nameShape?: RegExp;
  /** Whether a relative participle right before a name marks it as one (`ಹುಡುಕುತ್ತಿದ್ದ X,`, "X, who was looking"). */
  participleNames?: boolean;
}

export function quotativeReader(words: QuotativeWords) {
  // (A word, an initial's dot kept on it, `எஸ்.`; initials run together, `എം.കെ.`.)
  const WORD = '[^\\s,.;:“”"‘’]+(?:\\.[^\\s,.;:“”"‘’]+)*(?:\\.(?=\\s))?';
  // Initials as these scripts write them, a letter's name and a dot: `எஸ்.`, `కె.`, `എം.കെ.`.
  const initial = new RegExp(`^(?:${words.letter.source}{1,4}\\.){1,3}$`, 'u');
  const quotative = words.quotativeOptional ? `(?:${words.quotative}\\s+)?` : `(?:${words.quotative})\\s+`;
  // (Each word class as one group, whatever alternatives it holds.)
  const finite = `(?:${words.finite})`;
  const pronounWord = `(?:${words.pronoun})`;
  const said = `(?:${words.said})`;
  const opens = `(?:${words.opens})`;
  const patterns = lazy(() => ({
    pronounAfter: new RegExp(`^[\\s,]*(?:${quotative}${pronounWord}(?:\\s+${WORD}){0,3}?\\s+${finite}|${said}\\s+${pronounWord})(?=[\\s.,]|$)`, 'u'),
    saidThenName: new RegExp(`^[\\s,]*${said}\\s+(${WORD}(?:\\s+${WORD}){0,5}?)\\s*(?:[.,]|$)`, 'u'),
    verbThenName: new RegExp(`^[\\s,]*(?:${words.quotative})\\s+(?:${WORD}\\s+)?${finite}\\s+(${WORD}(?:\\s+${WORD}){0,4}?)\\s*(?:\\.|$)`, 'u'),
    nameThenVerb: new RegExp(`^[\\s,]*${quotative}(${WORD}(?:\\s+${WORD}){0,${(words.subjectWords ?? 5) - 1}}?)\\s+${finite}\\s*(?:[.,]|$)`, 'u'),
    opens: new RegExp(`(?:^|[\\s,.])(${WORD}(?:\\s+${WORD}){0,${(words.subjectReach ?? 7) - 1}}?)\\s+${opens}\\s*[:,]?\\s*$`, 'u'),
    pronounOpens: new RegExp(`(?:^|[\\s,.])${pronounWord}(?:\\s+${WORD}){0,3}?\\s+${opens}\\s*[:,]?\\s*$`, 'u'),
    according: new RegExp(`(?:^|[\\s,.])(${WORD}(?:\\s+${WORD}){0,6}?)\\s+(?:${words.according})\\s*,?\\s*$`, 'u'),
    subjectComma: new RegExp(`(?:^|[.!?]\\s+)((?:${WORD}\\s+){1,${(words.subjectReach ?? 8) - 1}}${WORD})\\s*,\\s*$`, 'u'),
    roleAlone: new RegExp(`(?:^|[\\s,])(${WORD})\\s*$`, 'u'),
    pronounAlone: new RegExp(`^${pronounWord}$`, 'u'),
  }));

  const isRole = (word: string) => words.roles.has(word) || words.roleShape.test(word);
  const isNameWord = (word: string) => words.letter.test(word) && !/\d/u.test(word) && !isRole(word) && !words.small.has(word) && !words.caseEnding.test(word) && !words.titles?.has(word);
  const isInitial = (word: string) => initial.test(word);

  /** The person the words name, the name last (an initial with it), the role before it. */
  function nameIn(text: string, requireRole = false): SpeakerPhrase | null {
    const tokens = text.trim().split(/\s+/u).filter(Boolean);
    if (tokens.length === 1 && patterns().pronounAlone.test(tokens[0]!)) return pronoun('they');
    while (tokens.length > 1 && words.addressAfter?.has(tokens.at(-1)!)) tokens.pop();
    // (`X ஊடகங்களுக்குக் கருத்துத் …`, "X, to the media, comment …": what stands between the subject and its verb.)
    if (words.adjunct) {
      while (tokens.length > 0 && (words.adjunct.test(tokens.at(-1)!) || words.postposition?.has(tokens.at(-1)!))) {
        const dropped = tokens.pop()!;
        if (words.postposition?.has(dropped) && tokens.length > 0) tokens.pop();
      }
      while (tokens.length > 1 && words.addressAfter?.has(tokens.at(-1)!)) tokens.pop();
    }
    // (`X Y (58),`: an age in brackets after a name marks it as a person's, as a role would.)
    const aged = tokens.length > 1 && /^\(\d{1,3}\)$/u.test(tokens.at(-1)!);
    if (aged) tokens.pop();
    const name: string[] = [];
    // (`மு. செல்வி`: a title word after an initial is the name itself, a title stands before the initials: `செல்வி மு. X`.)
    if (tokens.length > 1 && words.titles?.has(tokens.at(-1)!) && isInitial(tokens.at(-2)!)) name.unshift(tokens.pop()!);
    // (A title written as a short form with a dot, `ಡಾ.`, Dr, is in the roles: an office, no initial.)
    const isNameInitial = (word: string) => isInitial(word) && !isRole(word);
    // (`නිශාන්ත ද සිල්වා`: a particle between name words joins them, `ද` counted in no name's length.)
    const joins = () => name.length > 0 && tokens.length > 1 && !!words.nameParticles?.has(tokens.at(-1)!) && !name.some((word) => words.nameParticles!.has(word)) && isNameWord(tokens.at(-2)!);
    const named = () => name.filter((word) => !words.nameParticles?.has(word)).length;
    while (tokens.length > 0 && named() < 3 && (isNameWord(tokens.at(-1)!) || joins() || (name.length > 0 && isNameInitial(tokens.at(-1)!)))) name.unshift(tokens.pop()!);
    while (tokens.length > 0 && isNameInitial(tokens.at(-1)!)) name.unshift(tokens.pop()!);
    // A name of three words with no initial is more likely a clause's end than a name: keep the last two.
    if (named() === 3 && !isInitial(name[0]!) && !words.threeWordNames) tokens.push(name.shift()!);
    // (`<office> திருமதி X Y`: a title, neither name nor office.)
    while (tokens.length > 0 && words.titles?.has(tokens.at(-1)!)) tokens.pop();
    let roleStart = tokens.length;
    // (`… ನೀಡಿದರು. ಡಾ. X`: a word with a full stop, no initial or title, ends the sentence before the role.)
    const endsSentence = (word: string) => /\.$/u.test(word) && !isInitial(word) && !isRole(word);
    while (roleStart > 0 && roleStart > tokens.length - 4 && !words.caseEnding.test(tokens[roleStart - 1]!) && !words.small.has(tokens[roleStart - 1]!) && !endsSentence(tokens[roleStart - 1]!)) roleStart--;
    const hasRole = tokens.slice(roleStart).some(isRole);
    const role = hasRole ? tokens.slice(roleStart).join(' ') : null;
    if (name.length === 0) return role && isRole(tokens.at(-1)!) ? { ...described(role)!, role, office: true } : null;
    // (A name ending only names take, `-ಮ್ಮ`, or a participle right before it, `ಬಂದ X`, "X, who came", marks it as a role would.)
    const marked = aged || !!words.nameShape?.test(name.at(-1)!) || (!!words.participleNames && !!words.participle?.test(tokens.at(-1) ?? ''));
    if (requireRole && !hasRole && !isInitial(name[0]!) && !marked) return null;
    return person(name.join(' '), role);
  }

  const cues: LanguageCues = {
    applies: (frame) => words.letter.test(frame),
    after(frame) {
      const line = frame.split('\n')[0]!;
      const { pronounAfter, saidThenName, verbThenName, nameThenVerb } = patterns();
      if (pronounAfter.test(line)) return pronoun('they');
      // (`” என X எச்சரித்தார்.`: a name that ends as a verb may, `-குமார்`, is no verb before its subject when a verb ends the tag.)
      const verbFirst = verbThenName.exec(line);
      const said = saidThenName.exec(line) ?? (verbFirst && !words.finiteWord?.test(verbFirst[1]!.trim().split(/\s+/u).at(-1)!) ? verbFirst : null);
      if (said) return nameIn(said[1]!);
      const named = nameThenVerb.exec(line);
      // (A verb with its subject left out: the subject is read before the quote, else carried over.)
      return named ? nameIn(named[1]!, !words.loneNameTag) : null;
    },
    before(frame) {
      const { opens, pronounOpens, according, subjectComma, roleAlone } = patterns();
      if (pronounOpens.test(frame)) return pronoun('they');
      const opened = opens.exec(frame);
      if (opened) return nameIn(opened[1]!);
      const source = according.exec(frame)?.[1];
      if (source) return nameIn(source.split(/\s+/u).map((word, i, all) => (i === all.length - 1 ? words.fromGenitive(word) : word)).join(' '));
      // (`<role> X Y, “…” என்று …`: a subject with a role or an initial, then a comma, before the quote.)
      const subject = subjectComma.exec(frame);
      if (subject) return nameIn(subject[1]!, true);
      // (`…, மாவட்ட ஆட்சியர் “…” என்று …`: an office alone right before the quote is its holder.)
      const office = roleAlone.exec(frame)?.[1];
      return office && isRole(office) ? nameIn(frame.split(/[,.;:!?]/u).at(-1)!) : null;
    },
  };

  const aged = new RegExp(`(?:^|\\s)((?:${WORD}\\s+){0,5}${WORD})\\s*\\(\\d{1,3}\\)`, 'u');

  /**
   * The person a sentence introduces: a name with the age in brackets after it (`… నిలబడిన X Y (52) …`), or a role noun
   * and the name words right after it; for a quote after the sentence, or a pronoun tag after that quote.
   */
  function subject(sentence: string): SpeakerPhrase | null {
    const withAge = aged.exec(sentence);
    const found = withAge ? nameIn(withAge[1]!) : null;
    if (found?.kind === 'name' && !found.pronoun) return found;
    const tokens = sentence.trim().split(/\s+/u);
    const at = tokens.findIndex((token, i) => (isRole(token) || !!words.participle?.test(token)) && isNameWord(tokens[i + 1] ?? '') && isNameWord(tokens[i + 2] ?? ''));
    if (at < 0) return null;
    const size = words.threeWordNames && isNameWord(tokens[at + 3] ?? '') && !words.finiteWord?.test(tokens[at + 3]!) ? 3 : 2;
    return person(tokens.slice(at + 1, at + 1 + size).join(' '), isRole(tokens[at]!) ? tokens[at]! : null);
  }

  /** Whether a word may be part of a name written before a short form of it (no participle: `నడిపే X`). */
  const mayBeNamePart = (word: string) => isNameWord(word) && !words.participle?.test(word);

  /** The person words name only when something marks them as a name (a role, initials, an age, a name's ending). */
  const nameInMarked = (text: string) => nameIn(text, true);

  return { cues, isRole, isNameWord, isInitial, subject, mayBeNamePart, nameInMarked, nameIn };
}
