/**
 * Reaction round-ups and transcripts head each speaker's quotes with a label line in capitals
 * (`JANE ROE, CHIEF ECONOMIST, ACME BANK:`). Names and roles are read from capitalised words, so such
 * a line is read as it would be written in running text (`Jane Roe, Chief Economist, Acme Bank:`).
 * The text keeps its length, so every offset found in the read text holds in the original.
 */

/** A whole line of capitals (no lower-case letter), a comma after its first words, a colon last. */
const LABEL_LINE = /^[^\p{Ll}\n“”"«»„]*\p{Lu}{2}[^\p{Ll}\n“”"«»„]*,[^\p{Ll}\n“”"«»„]*:[ \t]*$/gmu;

/** The linking words of a role (`HEAD OF RESEARCH`), written in lower case in running text. */
const LINKING = /^(?:OF|FOR|AT|AND|THE|IN|ON|TO)$/;

function titled(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** `text` with every capitals label line in title case; after the name, linking words go to lower case and other words of three letters or fewer stay (CEO, IMF). */
export function withCapsLabelsTitled(text: string): string {
  if (!/\p{Lu}{2}[^\n]*:/u.test(text)) return text;
  return text.replace(LABEL_LINE, (line) => {
    const comma = line.indexOf(',');
    const name = line.slice(0, comma).replace(/\p{L}+/gu, titled);
    const rest = line.slice(comma).replace(/\p{L}+/gu, (word) => (LINKING.test(word) ? word.toLowerCase() : word.length <= 3 ? word : titled(word)));
    const read = name + rest;
    // Case mapping that changes length (`İ`) would shift offsets: keep such a line as written.
    return read.length === line.length ? read : line;
  });
}
