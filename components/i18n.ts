import type english from '../entrypoints/public/_locales/en/messages.json';

/**
 * Every user-facing string comes from `_locales/<lang>/messages.json` through the browser's i18n,
 * so a translation is one new file. Outside an extension (component and unit tests) there is no
 * browser i18n: the test setup hands in the English file, which the shipped scripts never carry.
 */
export type MessageKey = keyof typeof english;
type Messages = Record<string, MessageEntry>;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type I18nApi = { getMessage?: (key: string, substitutions?: string[]) => string };

let fallbackMessages: Messages = {};

/** For contexts without the browser's i18n (tests): the strings to answer with. */
export function useFallbackMessages(messages: Messages): void {
  fallbackMessages = messages;
}

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const values = substitutions.map(String);
  const scope = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  let translated: string | undefined;
  try {
    translated = (scope.browser?.i18n ?? scope.chrome?.i18n)?.getMessage?.(key, values);
  } catch {
    // A stand-in browser (tests) may not implement i18n: English it is.
  }
  const entry = fallbackMessages[key];
  return translated || (entry ? fallback(entry, values) : key);
}

function fallback(entry: MessageEntry, values: string[]): string {
  return entry.message
    .replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, position: string) => values[Number(position) - 1] ?? '');
}
