/**
 * Someone unnamed next to a quote, in the languages no module here reads (lang/adjacent.ts's last resort): a verb and an
 * indefinite article after the quote (`– mondta egy idős férfi`, `, a spus un vecin`), or a sentence whose subject opens
 * with one, before it (`Een vaste klant, …, was kort van stof:`).
 */

import type { SpeakerPhrase } from '../cues';
import { ENGLISH, hasEnglish, isVerbLike, NOT_A_VERB } from './tag-words';
import { described } from './shared';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { romanianIndefiniteOpening } from '../unnamed-introduction';

/**
 * `– mondta a hétfői edzés után X`, `– mondta a piacon egy idős árus`: Hungarian sets its article `a`/`az` in an occasion
 * between a past-tense verb (-t, -ta, -te: mondta, közölte, fogalmazott, érvelt) and the subject; no other language read
 * here ends a tag verb so (Slavic -l, Finnish -i/-o, Estonian -s) and writes `a` there.
 */
export const isHungarianArticleAfter = (verb: string, word: string) => (word === 'a' || word === 'az') && /(?:t|ta|te)$/u.test(verb);

/**
 * Indefinite articles and the numeral "one" of the languages read here by no module (Finnish `eräs`, Estonian `üks`,
 * Hungarian `egy`, Slovak, Czech, Croatian, Slovene `jeden`/`jedan`/`eden`, Vietnamese `một`) and of the others: a closed
 * class, so a description opening with one is someone new and unnamed, never the person just named.
 */
const INDEFINITE = String.raw`(?:eräs|yksi|üks|egy|jeden|jedna|jedno|jedan|neki|neka|eden|ena|ett|een|ein|eine|un|una|bir|seorang|một|ένας|μία|μια|един|една|едно)`;
/** Scandinavian `en`/`et`/`ei` and Romanian `o`, which Spanish and French write as "in", "and", "or": read after a tag of those languages only. */
const SHORT_INDEFINITE = String.raw`(?:en|et|ei|o)`;
/** `– mondta egy idős férfi a buszmegállóban.`, `, tõdes üks külaelanik, kes …`, `, myslí si jeden z horských vodcov`, `, a spus un vecin`, `rekao nam je jedan umirovljenik`: a verb (maybe with a clitic, an auxiliary, a dative pronoun), then an unnamed person. */
const unnamedAfterVerb = (indefinite: string) => new RegExp(String.raw`^[—–,-]?\s*(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}?)\s+(${indefinite}\s+\p{Ll}[\p{L}-]*(?:\s+(?:z|ze|od|iz|zo)\s+\p{Ll}[\p{L}-]*)?(?:\s+\p{Ll}[\p{L}-]{3,}){0,2})(?=\s*(?:[,.;!?]|$)|\s+\p{Ll}{1,3}\s)`, 'u');
const UNNAMED_AFTER_VERB = unnamedAfterVerb(INDEFINITE);
const UNNAMED_AFTER_NORDIC_VERB = unnamedAfterVerb(`(?:${INDEFINITE}|${SHORT_INDEFINITE})`);
/** `", một người dân địa phương bức xúc.`: the unnamed subject before its verb, in a language that puts it first. */
// (The articles where the patterns below need them, with no \p class, tested first: most frames hold none.)
const INDEFINITE_WORD = new RegExp(String.raw`(?:^|[\s—–,-])${INDEFINITE}\s`, 'u'), NORDIC_INDEFINITE_WORD = new RegExp(String.raw`\s(?:${INDEFINITE}|${SHORT_INDEFINITE})\s`, 'u');
const UNNAMED_FIRST = new RegExp(String.raw`^[—–,-]?\s*(${INDEFINITE}\s+\p{Ll}[^.!?,;:"“”„«»]{2,60})[.!?]?\s*$`, 'u');
/** `, pravi sosed, ki ni želel biti imenovan.`: a verb, a bare noun (or an adjective and one) and a relative clause about it. */
const NOUN_THEN_RELATIVE = /^[—–,-]?\s*(\p{Ll}[\p{L}-]*)(?:\s+(?:si|se|je|sa))?\s+(\p{Ll}[\p{L}-]{2,}(?:\s+\p{Ll}[\p{L}-]{2,})?),\s+(?:ki|kes|joka|aki|ktorý|ktorá|který|která|koji|koja|care|som|der|die|który|która|който|която|που)\s/u;

export function unnamedAfter(frame: string, nordicOrRomanianTag = false): SpeakerPhrase | null {
  const trimmed = frame.trim();
  const indefinite = INDEFINITE_WORD.test(trimmed);
  const byVerb = (nordicOrRomanianTag ? NORDIC_INDEFINITE_WORD.test(trimmed) : indefinite) ? (nordicOrRomanianTag ? UNNAMED_AFTER_NORDIC_VERB : UNNAMED_AFTER_VERB).exec(trimmed) : null;
  // (`a spus un vecin`, `rekao nam je jedan`: one of the words before the article is the verb, none English.)
  const verbs = byVerb ? byVerb[1]!.split(/\s+/u) : [];
  // (`dijo en un comunicado`: a preposition before the article makes it a thing, no one.)
  if (byVerb && verbs.some((word) => word.length > 2 && isVerbLike(word)) && !verbs.slice(1).some((word) => NOT_A_VERB.has(word) && !isHungarianArticleAfter(verbs[0]!, word)) && !hasEnglish(byVerb[1]!)) return described(byVerb[2]!);
  // (Whole words of no English only: `sosed` ends as an English past does.)
  const first = indefinite ? UNNAMED_FIRST.exec(trimmed) : null;
  if (first && !first[1]!.split(/\s+/u).some((word) => ENGLISH.has(word))) return described(first[1]!);
  // (`, je dejal župan, ki …`: a role noun there stands for the person just named, lang/introduced-noun.ts.)
  const relative = /,\s+(?:ki|kes|joka|aki|ktorý|ktorá|který|která|koji|koja|care|som|der|die|który|która|който|която|που)\s/u.test(trimmed) ? NOUN_THEN_RELATIVE.exec(trimmed) : null;
  return relative && isVerbLike(relative[1]!) && !relative[2]!.split(/\s+/u).some((word) => isNewLanguageRoleNoun(word) || NOT_A_VERB.has(word)) && !hasEnglish(relative[1]!) ? described(relative[2]!) : null;
}

/** The same articles, capitalised, opening a sentence (not `En`, `Et`, `O`, `Un`: Spanish "In", French "And", Portuguese "The", a Romance `Un` before a role noun the text resolves). */
const INDEFINITE_OPENING = String.raw`(?:Eräs|Yksi|Üks|Egy|Jeden|Jedna|Jedan|Eden|Ena|Een|Ett|Ein|Eine|Una|Seorang|Một|Ένας|Μία|Μια|Един|Една)`;
/**
 * `Een vaste klant, die …, was kort van stof: ‘…’`: a sentence whose subject opens with an indefinite article, closed by a
 * colon before the quote, introduces someone unnamed. `Duruşmayı izleyen emekli bir öğretmen, "…" dedi.`: Turkish sets
 * `bir` (a) before the noun that ends the subject.
 */
const UNNAMED_SUBJECT_COLON = new RegExp(String.raw`(?:^|[.!?]\s+)(${INDEFINITE_OPENING}\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?:,[^:.!?]{0,120},)?\s+\p{Ll}[^:.!?]{0,60}:\s*$`, 'u');
// (A long participle clause may stand before `bir`: `Dün Ankara'dan gelip pazarda bekleyen yaşlı bir satıcı`.)
// (`Bir vatandaş ise "…" dedi.`: `Bir` opening the sentence, too.)
const TURKISH_UNNAMED_SUBJECT = /(?:^|[.!?]\s+)((?:[\p{L}'’]+\s+){0,8}[Bb]ir\s+\p{Ll}+)(?:\s+ise)?\s*,?\s*$/u;
/** Two capitalised words in a row: a name, the sentence's named subject (`Başkan Nuri Tekin ise … yaptığı bir açıklamada`). */
const NAME_PAIR = /\p{Lu}[\p{L}'’]*\s+\p{Lu}/u;

export function unnamedBefore(frame: string): SpeakerPhrase | null {
  const turkish = () => {
    const subject = TURKISH_UNNAMED_SUBJECT.exec(frame);
    return subject && !NAME_PAIR.test(subject[1]!) ? subject : null;
  };
  const found = UNNAMED_SUBJECT_COLON.exec(frame) ?? turkish();
  if (found) return described(found[1]!);
  // (`O spectatoare prezentă la protest ne-a spus:`: Romanian `O`, "a", opening the sentence before its colon.)
  // (The letters that tell Romanian may stand anywhere in the words before the quote.)
  const sentence = /(?:^|[.!?]\s+)((?:O|Un)\s[^.!?]{0,160}:)\s*$/u.exec(frame)?.[1];
  const romanian = sentence ? romanianIndefiniteOpening(sentence, frame) : null;
  return romanian ? described(romanian.phrase) : null;
}
