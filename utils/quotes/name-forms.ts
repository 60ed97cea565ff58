/**
 * A name's last word out of the case it stands in, and a body written after a name, for cleanName (names.ts): the
 * grammar some languages put on or after a family name, which is no part of it.
 */

/**
 * A Turkish case ending set off by an apostrophe (`Serkan Yıldız’a göre`, `Karaca’nın`): no part of the name; nor is the
 * copula (`… 34 yaşındaki Ayla Kurt'tu.`, `Kurt'ydu`, `Kurt'tur`).
 */
const TURKISH_CASE = /(?<=\p{L})[’'](?:y?[aeıiuü]|n?[ıiuü]n|[dt][ae]n?|y?l[ae]|n[ae]|y?[ae]|ya|ye|y?[dt][ıiuü]r?|y?m[ıiuü]ş)$/u;
/**
 * An Armenian family name's definite article or case ending (`Հակոբյանը`, `Սարգսյանն`, `Պետրոսյանի`, `Սարգսյանին`): the
 * endings -յան and -ունի make family names, and what follows them is grammar.
 */
const ARMENIAN_CASE = /(?<=\p{Script=Armenian}(?:յան|յանց|ունի))(?:ը|ն|ի|ին|ից|ով)$/u;
/** A Kazakh family name's genitive (`Әлиевтің`, `Бекованың`): -ов, -ев, -ин and their feminines, then -тың/-тің/-ның/-нің. */
const KAZAKH_GENITIVE = /(?<=\p{Script=Cyrillic}(?:ов|ев|ин|ова|ева|ина))(?:тың|тің|ның|нің)$/u;
/** An Azerbaijani family name's genitive (`Hüseynovun`, `Əliyevin`, `Qasımovanın`): -ov, -ev and their feminines, then its ending. */
const AZERBAIJANI_GENITIVE = /(?<=\p{Lu}\p{Ll}{2,}(?:ov(?=un$)|ev(?=in$)|ova(?=nın$)|eva(?=nın$)))(?:un|in|nın)$/u;

/** An Uzbek family name's genitive (`Karimovning`, `Yoʻldoshevaning`): -ov, -ev and their feminines, then -ning. */
const UZBEK_GENITIVE = /(?<=\p{Lu}[\p{L}ʻʼ’']{2,}(?:ov|ev|ova|eva))ning$/u;

/** The word without the case ending it carries, if any (the last word of a run: `Yıldız’a`, `Hüseynovun`). */
export function withoutCaseEnding(word: string): string {
  return word.replace(TURKISH_CASE, '').replace(ARMENIAN_CASE, '').replace(KAZAKH_GENITIVE, '').replace(AZERBAIJANI_GENITIVE, '').replace(UZBEK_GENITIVE, '');
}

/**
 * `X Y Zornotzako Arraun Elkarteko`: Basque writes the body after the name, its place in the local genitive, -ko; a third word
 * so ending with more capitals after it opens the body. (`Taras Hryhorovych Shevchenko` ends on its -ko.)
 */
export function withoutBodyAfter(words: string[]): string[] {
  const recipientAt = westSlavicRecipientAt(words);
  if (recipientAt > 0) return words.slice(0, recipientAt);
  const bodyAt = words.findIndex((word, i) => i >= 2 && i < words.length - 1 && /\p{Ll}(?:ko|go)$/u.test(word));
  return bodyAt >= 2 ? words.slice(0, bodyAt) : words;
}

/**
 * `řekl Petr Dvořák Olomouckému deníku`, `powiedział Jan Nowak Gdańskiemu Radiu`: Czech and Polish put the outlet told after the
 * speaker, its adjective in the dative (-ému, -ímu, -emu); after a name in the nominative that word opens the recipient, no
 * part of the name. (`Janu Novému`, `Petrovi Černému`: a name itself in the dative keeps its dative family name.)
 */
function westSlavicRecipientAt(words: readonly string[]): number {
  return words.findIndex((word, i) => i >= 1 && /\p{Ll}{2}(?:ému|ímu|emu)$/u.test(word) && !/(?:u|ovi|owi|ému|ímu|emu|ové|iej)$/u.test(words[i - 1]!));
}

/**
 * Where office words stop counting in a run: past the English "of" after a two-word name (`Economist Mara Lind of Iowa
 * State University`: "State" is the body's, not an office before a name). Without such a name before "of" an office's
 * object follows it (`Secretary of State Mara Lind`) and every word may be one.
 */
export function officeWordsEnd(words: readonly string[], isOffice: (word: string) => boolean): number {
  const of = words.indexOf('of');
  const nameWord = (word: string | undefined) => !!word && /^\p{Lu}\p{Ll}/u.test(word) && !isOffice(word);
  return of >= 2 && nameWord(words[of - 1]) && nameWord(words[of - 2]) ? of : words.length;
}

/** A Kurdish office and its complement, joined by the ezafe -ê (three letters or more, `Muxtarê Kaniyê`): the headman of Kaniyê. */
const EZAFE_WORD = /^\p{Lu}\p{Ll}+\p{Ll}ê$/u;

/**
 * `Muxtarê Gundê Ehmed Baran` (the headman of the village, Ehmed Baran): Kurmanji joins an office to what it governs by the
 * ezafe, and a name never carries it; words so ending before two name words are the office, no part of the name.
 * (`Lê Văn Tâm`: a Vietnamese family name of two letters is too short to be read so.)
 */
export function withoutEzafeOffice(words: string[]): string[] {
  let at = 0;
  while (at < words.length - 2 && EZAFE_WORD.test(words[at]!)) at++;
  return at > 0 ? words.slice(at) : words;
}
