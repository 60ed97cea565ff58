/**
 * `ми запитали у Віктора Гнатюка`, `rozmawialiśmy z Tomaszem Wieczorkiem`, `zeptali jsme se Pavla Nováka`: a Slavic
 * family name the text gives in the nominative (`Гнатюк`, `Novák`), met again in another case, the case ending glued
 * after its stem (a final vowel given up: `Kamińska` / `Kamińskiej`). Only the words of these scripts' names are read so.
 */

/** Case endings of Slavic family names: genitive, dative, accusative, instrumental, locative (Cyrillic and Latin). */
const ENDINGS = '(?:а|я|у|ю|ові|еві|ом|ем|им|ого|ому|ій|ої|ою|ею|ой|ей|ы|і|и|е|a|u|owi|em|ego|emu|ym|im|iej|ej|y|e|ie|ovi|om|ou|é|ého|ému|ým|ovou)';

/** Where the paragraph first names the family name, as written or declined; -1 when it does not. */
export function declinedFamilyAt(paragraph: string, family: string): number {
  const escaped = family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const plain = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').exec(paragraph);
  if (plain) return plain.index;
  // (A short family name, `Lis`, `Bo`, or one of another script, is matched only as written.)
  // (Latin only with a West Slavic letter in the paragraph or a long vowel in the name, `Kotrlík`: Romance names stay as written.)
  const slavic = /[\u0400-\u04ffąćęłńśźżčďěňřšťůžľĺ]/u.test(paragraph) || /[áíýů]/u.test(family);
  if (family.length < 4 || !slavic || !/^[\p{Script=Cyrillic}\p{Script=Latin}]+$/u.test(family)) return -1;
  const stem = /[аяaáoоеeyи]$/u.test(family) ? escaped.slice(0, -1) : escaped;
  const declined = new RegExp(`(?<![\\p{L}])${stem}${ENDINGS}(?![\\p{L}])`, 'u').exec(paragraph);
  return declined ? declined.index : -1;
}
