/**
 * How many words of a capitalised Cyrillic run are the person's, where a role noun before it would make the first of three
 * a place (newlang-roles.ts): a given name, patronymic and family name are one person's three words (`пенсионерка Вера
 * Павловна Лосева`); four words with no patronymic open with a body or place (`Депутат Думы Находки Игорь
 * Соколов`), the person being the last two.
 */

/**
 * A Russian, Ukrainian or Belarusian patronymic's ending (`Павловна`, `Петрович`, `Ильич`, `Іванівна`, `Міхайлаўна`,
 * `Міхайлавіч`, `Сяргеевіч`: Belarusian writes ў and і where Russian has в and и); role-nouns.ts reads it too. (Not
 * Belarusian -овіч, -евіч: family names end so far more often, `Карповіч`, `Ярашэвіч`.)
 */
export const PATRONYMIC = /(?:ович|евич|ьич|ич|овна|евна|ична|івна|ївна|йович|аўна|оўна|еўна|ічна|авіч|аевіч|еевіч)$/u;

/** The person's words of the run, or undefined when the run is no such Cyrillic one. */
export function cyrillicRunName(words: readonly string[]): string | undefined {
  if (!words.every((word) => /^\p{Script=Cyrillic}+$/u.test(word))) return undefined;
  if (words.length === 3 && PATRONYMIC.test(words[1]!)) return words.join(' ');
  if (words.length === 4 && !words.some((word) => PATRONYMIC.test(word))) return words.slice(-2).join(' ');
  return undefined;
}
