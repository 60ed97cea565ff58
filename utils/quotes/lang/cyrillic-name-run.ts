/**
 * How many words of a capitalised Cyrillic run are the person's, where a role noun before it would make the first of three
 * a place (newlang-roles.ts): a given name, patronymic and family name are one person's three words (`пенсионерка Вера
 * Павловна Лосева`); four words with no patronymic open with a body or place (`Депутат Думы Находки Игорь
 * Соколов`), the person being the last two.
 */

/**
 * A Russian, Ukrainian or Belarusian patronymic's ending (`Павловна`, `Петрович`, `Ильич`, `Іванівна`, `Міхайлаўна`,
 * `Міхайлавіч`, `Сяргеевіч`: Belarusian writes ў and і where Russian has в and и); role-nouns.ts reads it too. (Not
 * Belarusian -овіч, -евіч alone: family names end so far more often, `Карповіч`, `Ярашэвіч`; isPatronymicAt below.)
 */
export const PATRONYMIC = /(?:ович|евич|ьич|ич|овна|евна|ична|івна|ївна|йович|аўна|оўна|еўна|ічна|авіч|аевіч|еевіч)$/u;

/** Belarusian -овіч, -евіч (`Пятровіч`, `Андрэевіч`): a patronymic only between a given and a family name. */
const BELARUSIAN_OVICH = /(?:овіч|евіч)$/u;

/**
 * Whether the run's word at `index` is a patronymic: one PATRONYMIC ends, or a Belarusian -овіч, -евіч between a given
 * name and a family name that does not end so (`Сяргей Пятровіч Жукоўскі`, but `Алесь Карповіч` is a family name).
 */
export function isPatronymicAt(words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  if (PATRONYMIC.test(word)) return true;
  const next = words[index + 1];
  return index >= 1 && !!next && BELARUSIAN_OVICH.test(word) && /^\p{Lu}\p{Ll}+$/u.test(next) && !/(?:віч|іч|ич)$/u.test(next);
}

/** The person's words of the run, or undefined when the run is no such Cyrillic one. */
export function cyrillicRunName(words: readonly string[]): string | undefined {
  if (!words.every((word) => /^\p{Script=Cyrillic}+$/u.test(word))) return undefined;
  if (words.length === 3 && isPatronymicAt(words, 1)) return words.join(' ');
  if (words.length === 4 && !words.some((word) => PATRONYMIC.test(word))) return words.slice(-2).join(' ');
  return undefined;
}
