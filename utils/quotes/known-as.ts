/**
 * `José Severino dos Santos, 63 anos, conhecido em todo o bairro como Mestre Bilé`, `Ana Ruiz, known as Nana`: a name
 * the text says a person goes by. A tag that gives only that name (`lembra Mestre Bilé`) is that person.
 */

import { cleanName } from './names';

const KNOWN_AS = /(\p{Lu}\p{Ll}+(?:\s+(?:(?:de|da|do|dos|das|del|di|van|von)\s+)?\p{Lu}\p{Ll}+)+)(?:,[^,.;:"“”«»]{1,40})?,?\s+(?:conhecid[oa]|conocid[oa]|known|connue?|not[oa]|dett[oa]|bekannt)\s+(?:[^,.;:"“”«»]{0,40}?\s)?(?:como|as|comme|come|als)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;

const KNOWN_AS_OPENING = /(?:^|[.!?]\s+)(?:Conhecid[oa]|Conocid[oa]|Known|Connue?|Not[oa])\s+(?:[^,.;:"“”«»]{0,40}?\s)?(?:como|as|comme|come)\s+(?:(?:dona|seu|don|doña|tia|tio|zia|zio)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),/gu;
/**
 * Indonesian and Malay: `Achmad Rifai, yang akrab disapa Pak Ipul`, `X, atau biasa dipanggil Y`, `X yang dikenal dengan sapaan Y`:
 * the name, perhaps an aside in brackets (a comma group before it may be a body: `Ketua RT Desa X, Y, yang …`), then
 * "(familiarly) addressed / called / known by the name" and the name the person goes by (`dikenal sebagai` alone may give a
 * post, `dikenal sebagai Ketua …`, so "known" asks for `nama`, `sapaan` or `panggilan`).
 */
const KNOWN_AS_MALAY = /(\p{Lu}\p{Ll}+(?:\s+(?:bin\s+|binti\s+)?\p{Lu}\p{Ll}+)+)(?:\s+\([^()]{1,40}\))?,?\s+(?:(?:yang|atau)\s+)?(?:(?:akrab|biasa|lebih|sering|kerap|karib)\s+){0,2}(?:disapa|dipanggil|dikenali?\s+(?:(?:dengan|sebagai)\s+)?(?:nama|sapaan|panggilan|gelaran))\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;
const FULL_NAME = /\p{Lu}\p{Ll}+(?:\s+(?:(?:de|da|do|dos|das|del|di|van|von)\s+)?\p{Lu}\p{Ll}+)+/gu;

/** Each name a person goes by (and its form without a title), mapped to the full name the text gave first. */
export function knownAsNames(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  if (!/(?:conhecid|conocid|known|connu|not[oa]\s|dett[oa]|bekannt|disapa|dipanggil|dikenal)/iu.test(text)) return aliases;
  const learn = (full: string, alias: string) => {
    for (const form of [alias, cleanName(alias)]) if (form && form !== full && !aliases.has(form)) aliases.set(form, full);
  };
  for (const match of text.matchAll(KNOWN_AS)) learn(match[1]!, match[2]!);
  for (const match of text.matchAll(KNOWN_AS_MALAY)) learn(match[1]!, match[2]!);
  // (`José Carlos Ferreira, de 58 anos, já varre … . Conhecido no bairro como seu Zeca, ele abriu …`: the phrase
  // opening the next sentence names the person the sentence before named in full.)
  for (const match of text.matchAll(KNOWN_AS_OPENING)) {
    const full = [...text.slice(Math.max(0, match.index - 300), match.index).matchAll(FULL_NAME)].at(-1)?.[0];
    if (full) learn(cleanName(full) || full, match[1]!);
  }
  return aliases;
}
