/**
 * Basque (euskara) is ergative and puts the verb last; only the last word of a noun phrase carries its case ending.
 * After a quote `», esan du X-k.` (X said: participle, auxiliary, the subject in the ergative), `», dio X-k.` (X says),
 * `», gaineratu du.` (added: the subject left out, the person just quoted), `», esan du alkateak.` (the mayor: the one
 * the text gave that office), `», esan du bizilagun batek.` (a neighbour: someone described); before one `X-k esan du: «…»`,
 * `X-k adierazi duenez, «…»` (as X stated), `X-k argi du …: «…»` (an ergative subject closing on a colon), `X-ren
 * esanetan / arabera / ustez / hitzetan, «…»` (according to X) and `Haren esanetan` (according to her or him).
 * A name's ending is no part of it: `Zabaletak`, `Zabaletaren`, `Zabaletari`, `Zabaletarekin` are all Zabaleta; a capitalised
 * word in -ko (`Arbizuko`, of Arbizu) is a place modifying the role after it, never the name.
 */

import { cleanName } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Participles of saying: said, stated, explained, added, stressed, warned, admitted, denounced, asked, answered, recalled …;
 * of writing too (`hala idatzi du: «…»`, wrote; `txiotu du`, tweeted): a post or letter quoted is the writer's words. */
const PARTICIPLE = '(?:esan|adierazi|azaldu|gaineratu|erantsi|gehitu|nabarmendu|azpimarratu|ohartarazi|aitortu|salatu|baieztatu|ukatu|galdetu|erantzun|argitu|zehaztu|aipatu|kontatu|jakinarazi|iragarri|defendatu|onartu|aldarrikatu|gogoratu|gogorarazi|esplikatu|iruzkindu|deitoratu|kritikatu|eskatu|ziurtatu|agertu|adoretu|bota|txantxetan\\s+esan|idatzi|txiotu|argudiatu|ihardetsi|berretsi|laburbildu|oihukatu)';
/** The auxiliary after the participle: has (du), had (zuen), to someone (dio, zion, die, zien, digu, zigun), they (dute, zuten). */
const AUX = '(?:du|zuen|dio|zion|die|zien|digu|zigun|dit|zidan|dizu|dute|zuten|diote|zioten|dira|da|zen|ziren)';
/** Present forms of `esan` standing alone: says (dio), was saying (zioen), they say (diote). */
// (`dio` only before a subject in -k or the tag's end: Spanish `dio` is "gave".)
const SYNTHETIC = '(?:dio(?=\\s+(?:\\p{Lu}\\p{Ll}+\\s+){0,3}\\S*k(?:[\\s.,;]|$)|\\s*[.,;]|$)|zioen|diote|ziotenez|dionez|zioenez)';
/** Plural auxiliaries: a group spoke, no one person. */
const PLURAL_AUX = /^(?:dute|zuten|diote|zioten|dira|ziren)$/u;
/** `duenez`, `zuenez` (as … stated), and the colon closing the speaker's clause. */
const AS_STATED = '(?:duenez|zuenez|dionez|zioenez|duen\\s+bezala|zuen\\s+bezala)';
/** Words of source after a genitive: in X's words (esanetan, hitzetan), according to X (arabera), in X's view (ustez, iritziz, ustetan). */
const SOURCE = '(?:esanetan|hitzetan|arabera|ustez|iritziz|ustetan|iritzian|esanean)';
/** He or she: the ergative demonstratives and the intensive `berak`; genitive `haren`, `bere`. */
const ERGATIVE_PRONOUN = /^(?:hark|berak|honek|horrek)$/iu;
const GENITIVE_PRONOUN = /^(?:haren|bere|beraren|honen|horren)$/iu;

/** Bodies (council, government, department, association, party, union, company, police, hospital, school): no person. */
const BODY = /(?:^|\s)(?:Udala|Udalak|Udalaren|Jaurlaritza|Jaurlaritzak|Gobernua|Gobernuak|Saila|Sailak|Aldundia|Aldundiak|Batzordea|Batzordeak|Elkartea|Elkarteak|Alderdia|Alderdiak|Sindikatua|Sindikatuak|Ertzaintza|Ertzaintzak|Ospitalea|Ospitaleak|Ikastola|Ikastolak|Eskola|Eskolak|Enpresa|Enpresak|Kooperatiba|Kooperatibak|Federazioa|Federazioak|Fundazioa|Fundazioak|Unibertsitatea|Unibertsitateak|Parlamentua|Parlamentuak|Kontseilua|Kontseiluak|Mankomunitatea|Mankomunitateak|Osakidetza|Osakidetzak)$/u;
/** Offices a story calls its speaker by alone: mayor, councillor, spokesperson, director, president, minister, head, teacher, doctor, representative. */
const OFFICE = /^(?:alkate|zinegotzi|bozeramaile|zuzendari|lehendakari|presidente|sailburu|kontseilari|buru|arduradun|ordezkari|idazkari|irakasle|mediku|medikua|ahaldun|diputatu|legebiltzarkide|zuzendariorde|koordinatzaile|entrenatzaile|epaile|abokatu)(?:a|ak|ek)?$/u;
/** An indefinite (bat, batek: a, one) or a relative clause: someone unnamed. */
const INDEFINITE = /(?:^|\s)(?:bat|batek|batzuek|batzuk|baten)(?:$|[\s,])/u;

/** The verbs of saying and `duenez` (as … stated), for index.ts's gate: `(?:…)(?![\p{L}])`, as its other languages' cues. */
const CUE_END = '(?![\\p{L}])';
const CUE = `(?:${PARTICIPLE}\\s+${AUX}|${SYNTHETIC}|duenez|zuenez)${CUE_END}`;

const patterns = lazy(() => ({
  tag: new RegExp(`^[\\s,–—-]*(?:${PARTICIPLE}\\s+(?:(?:ere|baita|berriz)\\s+)?(${AUX})|(${SYNTHETIC}))(?![\\p{L}])\\s*([^.!?«»“”"\\n]{0,160})`, 'u'),
  splitTag: new RegExp(`^[\\s,–—-]*(?:${PARTICIPLE}\\s+${AUX}|${SYNTHETIC})(?![\\p{L}])[^.!?«»“”"\\n]{0,100},\\s*$`, 'u'),
  // A sentence of the frame's last: a subject, words, and the verb of saying or a colon closing it.
  lastSentence: /(?:^|[.!?]\s+)([^.!?«»“”"]{2,240})$/u,
  source: new RegExp(`^(.{1,160}?)\\s+${SOURCE}\\s*,?\\s*(.*)$`, 'u'),
  asStated: new RegExp(`^(.{1,200}?)\\s+(?:${PARTICIPLE}\\s+)?${AS_STATED}\\s*,\\s*$`, 'u'),
  colonSaid: new RegExp(`^(.{1,200}?)\\s+(?:${PARTICIPLE}\\s+(?:${AUX})|${SYNTHETIC})\\s*:\\s*$`, 'u'),
  colonAny: /^(.{1,200}?)\s*:\s*$/u,
  cue: new RegExp(`(?:^|[\\s,])(?:${CUE.slice(3, -CUE_END.length - 1)}|\\p{L}+(?:ren|en)\\s+${SOURCE})(?![\\p{L}])`, 'u'),
}));

/**
 * A name's last word without its ending (`Zabaletak` → `Zabaleta`, `Ezkerrek` → `Ezkerre`, `Beltranek` → `Beltran`, `Zabaletaren`
 * → `Zabaleta`, `Beltranen` → `Beltran`). After n, l, z, x the ending takes an e (`-ek`, `-en`); after a vowel it does not.
 * (`-rrek`: a name in -rre, Ezkerre, far likelier than one in -r, whose r doubles too.)
 */
function withoutEnding(word: string, kase: 'ergative' | 'genitive'): string {
  if (kase === 'ergative') {
    if (/rrek$/u.test(word)) return word.slice(0, -1);
    if (/[nlzx]ek$/u.test(word)) return word.slice(0, -2);
    return /[aeiou]k$/u.test(word) ? word.slice(0, -1) : word;
  }
  if (/[aeiou]ren$/u.test(word)) return word.slice(0, -3);
  return /[nlzx]en$/u.test(word) ? word.slice(0, -2) : word;
}

/** A capitalised word: a name's, unless a place in -ko or -go (`Arbizuko`, of Arbizu; `Osasun Saileko`, of the department). */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
const isPlaceWord = (word: string) => /(?:ko|go)$/u.test(word);

/**
 * The name among a phrase's words: a run of capitalised words, cut at a place in -ko (`X Y Arbizuko alkateak`: X Y), its
 * last word's ending off when it ends the phrase. One word alone must end the phrase (`Zabaletak`); one before a place in
 * -ko is a place or body (`Osasun Saileko`, of the health department).
 */
function nameRun(words: readonly string[], kase: 'ergative' | 'genitive'): { name: string; from: number; to: number } | null {
  for (let from = 0; from < words.length; from++) {
    if (!CAPITALISED.test(words[from]!) || isPlaceWord(words[from]!)) continue;
    let to = from;
    while (to + 1 < words.length && CAPITALISED.test(words[to + 1]!) && !isPlaceWord(words[to + 1]!)) to++;
    const run = words.slice(from, to + 1);
    const atEnd = to === words.length - 1;
    if (atEnd) run[run.length - 1] = withoutEnding(run.at(-1)!, kase);
    if (run.length === 1 && !atEnd) {
      from = to;
      continue;
    }
    if (run.some((word) => BODY.test(` ${word}`))) return null;
    const name = cleanName(run.join(' '));
    if (name) return { name, from, to };
    from = to;
  }
  return null;
}

/** An office's noun without its ending (`alkateak` → `alkatea`), to find the one the text gave that office. */
const officeNoun = (word: string) => word.replace(/(?<=[aeiou])k$/u, '');

/**
 * The speaker in a noun phrase in the ergative or genitive: `lurralde ordezkari X Y-k` (role, then the name carrying the
 * ending), `X Y Arbizuko alkateak` (the name, then the role carrying it), `X-k, <role>-k,` (a role set off by commas),
 * `alkateak` (an office alone: its holder), `bizilagun batek` (a neighbour: someone described), `Udalak` (a body).
 */
function speakerIn(phrase: string, kase: 'ergative' | 'genitive'): SpeakerPhrase | null {
  const groups = phrase.split(/\s*,\s*/u).map((group) => group.trim()).filter(Boolean);
  const head = groups[0];
  if (!head) return null;
  const words = head.split(/\s+/u);
  if (words.length === 1 && (ERGATIVE_PRONOUN.test(head) || GENITIVE_PRONOUN.test(head))) return pronoun('they');
  if (BODY.test(head)) return described(head);
  const found = nameRun(words, kase);
  if (found) {
    const role = [words.slice(0, found.from).join(' '), words.slice(found.to + 1).join(' '), ...groups.slice(1).filter((group) => /^\p{Ll}|^\p{Lu}\p{Ll}+(?:ko|go)\s/u.test(group))];
    return person(found.name, role.filter(Boolean).join(', ') || null);
  }
  if (INDEFINITE.test(head)) return described(head);
  if (/^\p{Ll}/u.test(head) && words.length <= 2 && OFFICE.test(words.at(-1)!)) return officeDescriptor(officeNoun(words.at(-1)!));
  return /^\p{Ll}/u.test(head) ? described(head) : null;
}

/** A tag's subject up to a capitalised word in the ergative (`Ugartek`, not `-tik` from), more words after it: the dative listener (`egunkari honi`). */
const SUBJECT_THEN_MORE = /^((?:[^\s,]+\s+){0,5}?\p{Lu}\p{Ll}*(?<!ti|di|ri)k)\s+\S/u;

/** The words after a tag's auxiliary: a subject, or an adverb (`irribarrez`, smiling), a time or nothing: the person just quoted. */
function tagSubject(aux: string, words: string): SpeakerPhrase | null {
  const rest = words.trim();
  // (`esan dute bizilagunek`: the neighbours, a group; no one person.)
  if (PLURAL_AUX.test(aux) && !/\p{Lu}/u.test(rest)) return rest ? described(rest.split(/\s*,\s*/u)[0]!) : null;
  if (!rest || !/(?:k|ek)(?:$|[\s,])/u.test(rest.split(/\s*,\s*/u)[0]!)) return pronoun('they');
  // (`esan zion Ugartek kazetari honi, irribarrez`: the subject ends at its ergative word; a listener or adverb follows it.)
  const subject = SUBJECT_THEN_MORE.exec(rest.split(/\s*,\s*/u)[0]!);
  return speakerIn(subject ? subject[1]! : rest, 'ergative');
}

/**
 * `Uriartek argi du zer …:` (Uriarte is clear on what …): a sentence opening with a subject in the ergative, an auxiliary
 * of its own among its words, closing on a colon; the cheap test's second shape, its first being the verbs of saying.
 */
const ERGATIVE_COLON = /(?:^|[.!?]\s+)(?:\p{Lu}\p{Ll}+\s+){0,3}\p{L}*[aeiou]k\s(?:[^.!?:]*\s)?(?:du|dute|zuen|duen|zuten|ditu|dio|dago|daki)(?![\p{L}])[^.!?:«»“”]*:\s*$/u;

/** The ergative subject opening a clause: the words up to the first word in -k (not -tik, -dik from, -rik any), an apposition after it. */
const ERGATIVE_SUBJECT = /^((?:[^\s,]+\s+){0,6}?[^\s,]*\p{L}(?<!tik|dik|rik|baizik|ezik)k)(?:,\s*([^,]{1,120}?)\s*,)?(?=\s|,|$)/u;

export const basque: LanguageCues = {
  cue: CUE,
  // (The auxiliary, after a space and before no letter, tested first with no \p class: most frames lack one.)
  applies: (frame) => patterns().cue.test(frame) || (/\s(?:du|dute|zuen|duen|zuten|ditu|dio|dago|daki)(?![A-Za-z])/u.test(frame) && ERGATIVE_COLON.test(frame)),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const tag = patterns().tag.exec(line);
    if (!tag) return null;
    return tagSubject(tag[1] ?? tag[2]!, tag[3] ?? '');
  },
  before(frame) {
    const { splitTag, lastSentence, source, asStated, colonSaid, colonAny } = patterns();
    // (`«…», esan du X-k, «…»`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return basque.after(frame);
    const sentence = lastSentence.exec(frame)?.[1]?.trim();
    if (!sentence) return null;
    // (`X-ren esanetan, «…»`, `Haren arabera, «…»`: according to X, to her or him.)
    const cited = source.exec(sentence);
    if (cited && /,\s*$/u.test(sentence) && cited[2]!.trim() === '') {
      const owner = cited[1]!.trim();
      if (GENITIVE_PRONOUN.test(owner)) return pronoun('they');
      return speakerIn(owner, 'genitive');
    }
    // (`X-k adierazi duenez, «…»`: as X stated.)
    const said = asStated.exec(sentence) ?? colonSaid.exec(sentence);
    const stated = said ?? colonAny.exec(sentence);
    if (!stated) return null;
    const clause = stated[1]!.trim();
    // (`Bilkura amaitzean, auzotar batek …:`: after an opening clause set off by a comma too.)
    const subject = ERGATIVE_SUBJECT.exec(clause) ?? ERGATIVE_SUBJECT.exec(clause.replace(/^[^,]{1,60},\s*/u, ''));
    // (`Gaineratu du: «…»`: a verb of saying with no subject before it is the person just quoted.)
    if (!subject) return said ? pronoun('they') : null;
    const words = subject[1]!;
    if (ERGATIVE_PRONOUN.test(words)) return pronoun('they');
    return speakerIn(subject[2] ? `${words}, ${subject[2]}` : words, 'ergative');
  },
};
