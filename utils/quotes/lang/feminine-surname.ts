/**
 * Slovene papers write a woman by her family name with the possessive ending -ova/-eva (`Kranjčeva` for Mojca Kranjc,
 * `Novakova` for Ana Novak, `Zupančičeva`), declined like an adjective (`Kranjčeve`, `Kranjčevo`): one word in the tag,
 * the person the article names in full. A final c becomes č before -eva. Read only without an accent on the ending: Czech
 * and Slovak -ová (`Nováková`) is another person's own name, never this form (lang/case-forms.ts).
 */

const ENDINGS = /(?:ova|eva|ove|eve|ovo|evo|ovi|evi|ino|ina|ine)$/u;

/** Whether `form` (one word) is the Slovene possessive form of the family name `family`. */
export function isFeminineSurnameForm(form: string, family: string): boolean {
  if (family.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(form) || !ENDINGS.test(form)) return false;
  const stem = form.slice(0, -3);
  return stem === family || (family.endsWith('c') && stem === `${family.slice(0, -1)}č`);
}
