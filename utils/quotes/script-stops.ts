/**
 * Stops and commas of scripts the readers here do not list, written as ours so every reader sees a sentence end or a
 * comma where the writer put one: Armenian `։` and `՝`, Ethiopic `።` and `፣`, Myanmar `။` and `၊`, Khmer `។`. Each is one
 * UTF-16 unit and so is its stand-in, so every offset holds; the quoted words are given back as written.
 */

const STAND_INS: Record<string, string> = { '։': '.', '՝': ',', '።': '.', '፣': ',', '။': '.', '၊': ',', '។': '.', '፦': ':' };
const SCRIPT_STOP = /[։՝።፣။၊។፦]/u;
const SCRIPT_STOPS = /[։՝።፣။၊។፦]/gu;

export function withScriptStopsAsOurs(text: string): string {
  return SCRIPT_STOP.test(text) ? text.replace(SCRIPT_STOPS, (stop) => STAND_INS[stop]!) : text;
}

/** The words `read` (a slice of the stand-in text at `start`) as the original text writes them. */
export function asWritten(original: string, read: string, start: number): string {
  return original === read ? read : original.slice(start, start + read.length);
}
