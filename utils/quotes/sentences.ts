/**
 * Sentence boundaries in plain text, shared by attribution and the entity scan: a stop followed by
 * a space, skipping the dots of abbreviations ("Sen.", "U.S.") and initials ("John F. Kennedy").
 */

import { endsWithRankAbbreviation } from './rank-abbreviations';
import { isFilipinoMariaDot } from './filipino-given';
import { isAddressDot } from './address-dot';

// (Philippine and Latin American places' saints and villages: `Barangay Sta. Cruz`, `Sto. Tomas`, `Brgy. San Jose`.)
const ABBREVIATION = /\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Cpl|Pvt|Spc|Cmdr|Engr|Eng|Smt|Hon|Supt|Ald|Coun|Adm|Rev|Gng|Bb|Dra|St|Sta|Sto|Brgy|Jr|Sr|Prof|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|Inc|Co|No|vs)\.$/u;
/** `ο κ. Αντωνίου` (Greek "Mr"), `4 tys. osób` (Polish "thousand"), `wiceburmistrz ds. inwestycji` (Polish "for"), `prof. Joanna Lis`, `dr hab. X`: abbreviations no \b can see before. */
// (`د. X`: a lone Arabic or Hebrew letter and a dot is an abbreviated title, as `Dr.` is; no word of those scripts stands alone as one letter.)
// (`นายก อบต. ยืนยัน`: Thai ends no sentence with a dot, so one after Thai letters closes an abbreviation.)
// (`डॉ. X`, `प्रो. X`, `ডা. X`, `মো. X`: Hindi and Bengali Dr, Prof. and Md.)
// (`எஸ். X`, `கே. X`, `ப. X`: Tamil initials, a letter's name ending in a virama or a vowel sign e, ee, i or ii, a lone consonant, or one
// consonant with any vowel sign, `மு. X`, `கா. X`, `பொ. X` (not `அது.`, "it.", which opens on a vowel letter); Telugu and Malayalam
// `కె. X`, `എം.കെ. X`: a consonant and its vowel sign, or the last of initials run together; Kannada `ಕೆ. X`, `ಎಸ್. X`, `ಎಂ. X`,
// a consonant alone, with its vowel sign or virama, or a vowel and its anusvara.)
const ABBREVIATION_OTHER_LANGUAGES = /(?:^|[\s(])(?:κ|κα|κκ|tys|mln|ul|nr|np|tzw|ds|prof|hab|inż|mgr|doc|Doç|डॉ|प्रो|ডা|ড|মো|[\p{Script=Arabic}\p{Script=Hebrew}]|[\u0b80-\u0bff]{1,2}[\u0bcd\u0bc6\u0bc7\u0bbf\u0bc0]|[\u0b95-\u0bb9][\u0bbe-\u0bcc]?|[\u0c15-\u0c39\u0d15-\u0d39][\u0c3e-\u0c4c\u0d3e-\u0d4c]|[\u0c95-\u0cb9][\u0cbe-\u0ccd]?|[\u0c85-\u0c94]\u0c82?|[\u0e01-\u0e4e]{1,6})\.$|\.[\u0c00-\u0d7f]{1,3}\.$/u;

/**
 * What a liveblog or a wire story writes before a paragraph's first sentence: a time stamp
 * ("13:52", "10.30am", "2:15 p.m. ET") or an all-capital dateline ("HYDERABAD:", "LONDON —").
 * It is no part of the sentence: "13:52 First Minister Ana Lopez urged …" opens with her.
 */
export const PARAGRAPH_STAMP = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4}\b)?|\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?\s*(?::|—|–|-))(?:\s+(?=\p{Lu})|\s*$)/u;

/**
 * A newsletter's run-in label before a paragraph's sentence (`What comes next: Lindqvist told …`, `Bottom line: X said …`,
 * `Why it matters:`): a question word or a label word newsletters open paragraphs with and up to three lower-case words,
 * then a colon. (Not any capitalised word: `Smith explains:`, `Müller sagt:` name the speaker.)
 */
const RUN_IN_LABEL = /^(?:What|Why|How|Where|When|Who|Bottom|Between|Driving|State|Reality|Zoom|Flashback|Context|Background|Details|Meanwhile|Catch|Go|Big|Worth|Looking|Yes)(?:\s+\p{Ll}+){0,3}:\s+(?=\p{Lu}|$)/u;

/** `text.replace(PARAGRAPH_STAMP, '')`, the \p pattern tried only on text opening with a digit or three capitals' code units; then a run-in label. */
export function withoutParagraphStamp(text: string): string {
  const first = text[0] ?? '';
  const mayOpen = (first >= '0' && first <= '9') || [0, 1, 2].every((i) => text[i] !== undefined && ((text[i]! >= 'A' && text[i]! <= 'Z') || text[i]! >= '\x80'));
  const unstamped = mayOpen ? text.replace(PARAGRAPH_STAMP, '') : text;
  const colon = unstamped.indexOf(':');
  return colon > 0 && colon < 40 ? unstamped.replace(RUN_IN_LABEL, '') : unstamped;
}

/** A capitalised name of one to four words right after `dr.`, then a stop or the end: `dr. Ana Pop.` (not a comma: Hungarian `, dr. X Y, aki …` is read split). */
const DOCTOR_NAME_CLOSING_CLAUSE = /^\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?:[.!?]|$)/u;

/** Offsets just past each sentence-ending mark in `words`, skipping the dots of abbreviations and initials. */
export function sentenceBoundaries(words: string): number[] {
  const boundaries: number[] = [];
  // Japanese and Chinese stops need no space after them.
  // (Urdu ۔ and the danda । of Devanagari and Bengali end sentences as a full stop does.)
  const mark = /[.!?؟۔।]["”’'»]?(?=\s|$)|[。！？]/g;
  for (let match = mark.exec(words); match; match = mark.exec(words)) {
    const dot = match.index + 1;
    const before = words.slice(Math.max(0, dot - 6), dot);
    // (`mówi mł. bryg. Jan Kos`, `uvedl plk. Mgr. X`: a rank's full stop, rank-abbreviations.ts.)
    // (`mondta dr. Vass Judit`: a lower-case doctor's title before a capitalised name, as Hungarian, Czech, Slovak and Romanian write it.)
    // (Not after a comma, `A védő, dr. X szerint`, which reads on as before: the name opens a sentence of its own.)
    if (match[0] === '.' && /\p{Ll}\s+dr\.$/u.test(words.slice(Math.max(0, dot - 12), dot)) && /^\s+\p{Lu}/u.test(words.slice(dot, dot + 3))) continue;
    // (After a comma too when the name closes the sentence, `, managerul spitalului, dr. Ana Pop.`: the title opens no sentence;
    // Hungarian `, dr. X szerint`, `, dr. X Y, aki …` read on after the name and stay split.)
    if (match[0] === '.' && /\p{Ll},\s+dr\.$/u.test(words.slice(Math.max(0, dot - 12), dot)) && DOCTOR_NAME_CLOSING_CLAUSE.test(words.slice(dot, dot + 80))) continue;
    // (`Councilor Ma. Lourdes Santos-Reyes`: Maria's abbreviation opening a Filipino name, filipino-given.ts.)
    if (match[0] === '.' && isFilipinoMariaDot(words, dot)) continue;
    // (`sê me. Annelie van Wyk`, `zegt mevr. Anneke de Boer`: a Dutch or Afrikaans form of address, address-dot.ts.)
    if (match[0] === '.' && isAddressDot(words, dot)) continue;
    // (`Kim wrote on X. The …`: the platform's one letter ends the sentence; it is no initial.)
    const platform = match[0] === '.' && /(?:^|\s)(?:on|to|via)\s+X\.$/u.test(words.slice(Math.max(0, dot - 8), dot));
    if (platform || (!ABBREVIATION.test(before) && !ABBREVIATION_OTHER_LANGUAGES.test(before) && !(match[0] === '.' && endsWithRankAbbreviation(words.slice(Math.max(0, dot - 12), dot))))) boundaries.push(match.index + match[0].length);
  }
  return boundaries;
}

/** Offset where the first sentence of `words` ends. */
export function sentenceEnd(words: string): number {
  return sentenceBoundaries(words)[0] ?? words.length;
}

/** The last sentence of `words` (the part after the last sentence boundary that is followed by more words). */
export function lastSentence(words: string): string {
  const inner = sentenceBoundaries(words).filter((at) => words.slice(at).trim() !== '');
  return words.slice(inner.at(-1) ?? 0).replace(/^\s+/, '');
}

/** Where each sentence of `text` starts (paragraph breaks start one too), ascending. */
export function sentenceStarts(text: string): number[] {
  const skipSpace = (at: number) => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    return at;
  };
  const starts = new Set<number>([skipSpace(0)]);
  for (const at of sentenceBoundaries(text)) starts.add(skipSpace(at));
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.add(skipSpace(at + 1));
  return [...starts].sort((a, b) => a - b);
}

/** The last of the ascending `offsets` that is at most `at` (binary search), or -1. */
export function lastAtOrBefore(offsets: number[], at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
