/**
 * `ο Γιάννης`, `en Pere`, `na Marta`: Greek and Catalan set an article before a person's given name. After one, a lone
 * given name is the one person named in full before with that first name (`Γιάννης Σταύρου`), as a mention of them.
 */

const ARTICLE_BEFORE = /(?:^|\s)(?:ο|η|τον|την|του|της|Ο|Η|en|na|En|Na)\s+$/u;

/** The full name an articled lone given name at `at` stands for, when exactly one earlier full name opens with it; else null. */
export function fullNameOfArticledGiven(text: string, at: number, given: string, earlier: readonly { name: string }[]): string | null {
  if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 5), at))) return null;
  const full = new Set(earlier.map((mention) => mention.name).filter((name) => name.startsWith(`${given} `)));
  return full.size === 1 ? [...full][0]! : null;
}
