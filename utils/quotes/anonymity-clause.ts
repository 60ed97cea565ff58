/**
 * Someone brought in without a name because they asked for none: a description, then a clause whose words say
 * the name is withheld, in any language the papers write with capitals: `Paikallinen ensihoitaja, joka ei halua
 * nimeään julkisuuteen, kertoo …`, `Seorang juru masak yang enggan disebutkan namanya …`, `čekal student gymnázia,
 * který nechtěl uvést své jméno`, `Üks müüja, kes ei soovinud oma nime avaldada, …`, `Konobar …, koji nije želio
 * reći ime, …`. The clause opens with a relative word (or a comma) and holds the language's word for "name" or
 * "anonymous" within a few words: both closed classes. The description is the words right before it, written with
 * no capital past the sentence's first word, so a named subject (`Maria Nilsson, som har bytt namn …`, `Bupati Sri
 * Wahyuni, yang namanya disebut …`) is never taken for one. Its opening is where the unnamed person stands for
 * salience (unnamed-introduction.ts), so a bare tag after it (`hän sanoo`, `katanya`, `ütles ta`) is theirs.
 */

import { turkicWithheldIntroduction } from './lang/turkic-withheld';

/** Relative words of the languages read with capitals (Finnish, Estonian, Scandinavian, Dutch, Slavic, Hungarian, Romanian, Malay/Indonesian, Greek, Bulgarian, English), and a Russian past participle in its place (`попросивший не указывать…`). */
const RELATIVE = String.raw`(?:joka|jota|kes|keda|som|der|die|who|which|aki|akik|care|yang|ki|koji|koja|koje|který|která|které|ktorý|ktorá|ktoré|który|która|które|kto|που|(?:ο|η|το|οι|τα)\s+οποί\p{L}+|който|която|които|кто|який|яка|якая|які|\p{Ll}+вш(?:ий|ая|ее|ие)(?:ся)?|ambaye|ambao)`;
/**
 * The word for a person's name, or for anonymity, as its stem: Scandinavian namn/navn, Dutch naam, Finnish nimi (nimeä,
 * nimeään, nimensä…, not nimeni), Estonian nimi (nime, nimega), Hungarian név (nevét, nevű; not nevet, "laughs"), Romanian nume, Polish imię/nazwisko,
 * Czech jméno, Slovak meno, Croatian/Serbian/Slovene ime, Bulgarian/Russian име/имя, Belarusian імя (and the Russian and Ukrainian surname, фамилия, прізвище), Greek όνομα, Turkish ad/isim,
 * Indonesian/Malay nama, Swahili jina (after `ambaye`, who), and anonym-/anonim-/anonüüm-. Not English `name`/`named` nor German `Namen` (`who named
 * the firm`, `der den Namen der Firma nannte`): those languages read their own anonymity clauses.
 */
const NAME_WORD = String.raw`(?:namn(?:et)?|navn(?:et)?|naam|nimi|nime(?:ä|ään|nsä|n|llä|llään|ltä|ga|l|st)?|nevé\p{L}*|nevü\p{L}*|név|numele|nume|imi\p{L}*|imię|nazwisk\p{L}*|jm[eé]n\p{L}*|men(?:o|a|om)|menovan\p{L}*|neve|imen?\p{L}*|ime|им[еяи]\p{L}*|ім[яе]\p{L}*|όνομα\p{L}*|όνομ\p{L}*|ονόματ\p{L}*|κατονομ\p{L}*|ad[ıi]n[ıi]|ismin\p{L}*|nama\p{L}*|anon[iyü]\p{L}*|ανώνυμ\p{L}*|аноним\p{L}*|анонім\p{L}*|фамили\p{L}*|прізвищ\p{L}*|представ(?:иться|ляться|итися|лятися)|tên|jina)`;

/** Indefinite articles and "one" opening a description (a closed class): `En sjuksköterska`, `Üks müüja`, `Seorang`. */
export const INDEFINITE = /^(?:an?|one|en|ett|et|ei|een|ein|eine|un|una|uno|o|egy|üks|eräs|yksi|jeden|jedna|jedno|jedan|jedna|neki|neka|eden|ena|bir|seorang|sebuah|ένας|μία|μια|един|една|один|одна)$/iu;

/** Definite articles written as words (Romanian and Portuguese `o` left out: Romanian's is "a"). */
const DEFINITE = /^(?:the|der|die|das|de|het|le|la|les|il|lo|el|los|las|os|ο|η|το|οι|τα)$/iu;

/** `<description>, <relative> … <name word>` or `<description> yang … nama…`: up to eight words between. */
/**
 * (Batch others5: the name word may stand in the main verb after the relative clause, `Řidič kamionu z Polska, který … čekal
 * …, nechtěl být jmenován`, `Operátorka, ktorá …, si neželala zverejniť meno`, `lakos, aki nem akarta, hogy a neve …`, so the
 * clause may hold commas; or a clause set off by a comma opens with a negation and holds it, with no relative word:
 * Vietnamese `Một người đàn ông …, không muốn nêu tên,`, Slavic `ne-` verbs.)
 */
const NEGATION = String.raw`(?:không|nem|nie|δεν|nu|ei|ikke|inte|niet|nije|ne\p{L}{3,})`;
export const WITHHELD = new RegExp(String.raw`([^\s,.;:!?"“”„«»()]+(?:\s+[^\s,.;:!?"“”„«»()]+){0,11}?)\s*,?\s+(?:${RELATIVE}\s+(?:[^\s.!?;:]+\s+){0,12}?|(?:\p{Ll}{1,3}\s+)?${NEGATION}\s+(?:[^\s.!?,;:]+\s+){0,4}?)${NAME_WORD}(?![\p{L}])`, 'u');

/**
 * The name word as WITHHELD holds it: after a space (both of its branches end their words with `\s+`) and before no letter.
 * Every match of WITHHELD holds one, so a sentence without it is answered at once (tests/unit/withheld-gate.test.ts).
 */
export const NAME_WORD_ALONE = new RegExp(String.raw`\s${NAME_WORD}(?![\p{L}])`, 'u');

/**
 * What every match of NAME_WORD (then no letter) after a space starts with, with no \p class: a word's literal stem, or the
 * whole word then no ASCII letter. Tested first, since most text holds no name word and the big patterns compile slowly.
 */
const NAME_WORD_STEM = new RegExp(String.raw`\s(?:(?:namn(?:et)?|navn(?:et)?|naam|nimi|nime(?:ä|ään|nsä|n|llä|llään|ltä|ga|l|st)?|név|numele|nume|imię|men(?:o|a|om)|neve|ad[ıi]n[ıi]|tên|jina|представ(?:иться|ляться|итися|лятися))(?![A-Za-z])|nevé|nevü|imi|nazwisk|jm[eé]n|menovan|ime|им[еяи]|ім[яе]|όνομ|ονόματ|κατονομ|ismin|nama|anon[iyü]|ανώνυμ|аноним|анонім|фамили|прізвищ)`, 'u');

/** `text.split(/[.!?]\s/u)[0]`, without splitting the rest. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?]\s/u);
  return end < 0 ? text : text.slice(0, end);
}

/** Words that end a description looking back from the clause: a verb of the sentence or a preposition can't be told apart, so the description keeps at most its last two words when it does not open the sentence. */
const MAX_INNER_WORDS = 2;

/**
 * The unnamed person a sentence brings in with a withheld name: where the description starts in `sentence`, and
 * the description in lower case; null when there is none, or the words before the clause hold a name.
 */
export function withheldNameIntroduction(sentence: string): { at: number; phrase: string } | null {
  const first = firstSentence(sentence);
  // (`аты-жөнін атамауды өтінген бір қызметкері …`: Turkic sets the clause before the person, lang/turkic-withheld.ts.)
  const turkic = turkicWithheldIntroduction(first);
  if (turkic) return turkic;
  // The clause's name word is what the pattern cannot do without; most sentences lack it, and the whole pattern scans slowly.
  if (!NAME_WORD_STEM.test(first) || !NAME_WORD_ALONE.test(first)) return null;
  const found = WITHHELD.exec(first);
  if (!found) return null;
  const opening = found.index === 0;
  const words = found[1]!.split(/\s+/u);
  // (`Na zastávce čekal důchodce, který …`: a short preposition opening the sentence puts the subject after the verb.)
  const wholeOpening = opening && (INDEFINITE.test(words[0]!) || words[0]!.length > 2);
  const kept = wholeOpening ? words : words.slice(-MAX_INNER_WORDS);
  // (`De burgemeester, die de naam van het plan …`: a definite description is someone the story can identify.)
  if (DEFINITE.test(kept[0]!)) return null;
  // (A capital past the sentence's first word is a name or a body: `Maria Nilsson, som …`, `Bupati Sri Wahyuni, yang …`.)
  // (Not after a preposition of three letters at most: `Řidič kamionu z Polska`, `umirovljenica s Cresa` come from a place.)
  if (kept.some((word, i) => /\p{Lu}/u.test(word) && !(wholeOpening && i === 0) && !(i > 0 && /^\p{Ll}{1,3}$/u.test(kept[i - 1]!)))) return null;
  if (!kept.some((word) => /\p{Ll}{3,}/u.test(word))) return null;
  const phrase = kept.join(' ');
  return { at: found.index + found[1]!.length - phrase.length, phrase: phrase.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()) };
}

/**
 * After a quote: the verb, a description opening with a lower-case noun, then the clause: `, σημείωσε αξιωματούχος του
 * υπουργείου Περιβάλλοντος, ο οποίος ζήτησε να μην κατονομαστεί.` (A house number may end the description, and a Russian
 * participle be negated: `— сказала жительница дома на Лесной, 12, не пожелавшая представиться`.)
 */
// (One verb, maybe an auxiliary or clitic of three letters at most before the description: `rekao je`, `a spus`.)
const WITHHELD_AFTER_TAG = new RegExp(String.raw`^[\s,—–-]*\p{Ll}[\p{L}-]*(?:\s+\p{Ll}{1,3})?\s+(\p{Ll}[\p{L}-]{2,}(?:\s+[^\s,.;:!?"“”„«»()]+){0,5}?)(?:,\s*\d+\p{L}?)?\s*,?\s+(?:не\s+)?${RELATIVE}\s+(?:[^\s.!?,;:]+\s+){0,8}?${NAME_WORD}(?![\p{L}])`, 'u');

/**
 * The unnamed speaker of a tag after a quote whose description a clause says is left unnamed: the description's
 * words, or null. Its first word after the verb is in lower case, so a name there (`, řekl Jan Novák, jehož jméno …`) is not.
 */
export function withheldNameAfterTag(frame: string): string | null {
  const sentence = frame.split(/[.!?](?:\s|$)/u)[0]!;
  // (The name word follows a space there too.)
  return NAME_WORD_STEM.test(sentence) ? WITHHELD_AFTER_TAG.exec(sentence)?.[1] ?? null : null;
}
