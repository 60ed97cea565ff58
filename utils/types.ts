/** Data shapes shared by every pipeline stage, the extension and the command line. */

/** A direct quotation found in the article's plain text. */
export interface Quote {
  /** The words between the quotation marks, exactly as in the text (`text.slice(start, end)`). */
  text: string;
  /** Who said it: the full name where the text gives one, else its description ("a ministry spokeswoman"); null when unknown. */
  speaker: string | null;
  /** The speaker's role or title as the text gives it ("city treasurer", "le maire"), kept apart from the name; null when none. */
  role: string | null;
  /** Offset of the first quoted character in the plain text. */
  start: number;
  /** Offset just past the last quoted character. */
  end: number;
  /** True for the few quotes worth listing under "Key quotes" (every part of a key utterance). */
  key: boolean;
  /** Whether `speaker` is a person's name or a description ("a ministry spokeswoman"); null with no speaker. */
  speakerKind: 'name' | 'description' | null;
  /**
   * Index (0, 1, 2… in text order) of the utterance this quote belongs to. Parts of one quote split
   * by its attribution (`"A," Kim said. "B."`) share it; every other quote has its own.
   */
  utterance: number;
  /**
   * Where the words naming the speaker stand in the plain text (`text.slice(start, end)`): the name,
   * description or pronoun the attribution read ("Kim" in `"…," Kim said`), or, for a quote that
   * continues an earlier one, that quote's. Null with no speaker or when no such words are found
   * (a subject the language leaves out). Optional: quotes made elsewhere may not carry it.
   */
  speakerMention?: { start: number; end: number } | null;
}

/** What one person said as they said it: a quote, or the parts of a split quote joined (see quotes/utterances.ts). */
export interface Utterance {
  /** The words, parts joined so they read as said. */
  text: string;
  speaker: string | null;
  role: string | null;
  speakerKind: Quote['speakerKind'];
  key: boolean;
  /** The quotes it is made of, each with its own offsets, in text order. */
  parts: Quote[];
}

/** A person quoted in the article, in order of first appearance (see utils/voices.ts). */
export interface Voice {
  name: string;
  /** Their role or title as the text gives it, from the first quote that has one; null when none. */
  role: string | null;
  /** How many times they are quoted: a quote split by its attribution counts once. */
  quotes: number;
}

/** What declutter took out of the article, so a person can see and restore it. */
export type RemovedKind =
  | 'headline-list'
  | 'ad-label'
  | 'teaser'
  | 'share-bar'
  | 'newsletter'
  | 'tags'
  | 'byline'
  | 'navigation'
  | 'notice'
  | 'pull-quote'
  | 'comments'
  | 'promo'
  | 'contact'
  | 'boilerplate'
  | 'other';

export interface RemovedBlock {
  kind: RemovedKind;
  /** Whitespace-collapsed text of the removed block. */
  text: string;
  /** Sanitized HTML of the block, for "Restore"; it goes back where `content` has its marker. */
  html: string;
}

/** Attribute of the empty marker left in `content` where removed block N stood. */
export const REMOVED_MARKER_ATTRIBUTE = 'data-ql-removed';

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  /** Plain text of the body, headline excluded, paragraphs separated by blank lines. */
  textContent: string;
  /** Sanitized HTML of the clean article. */
  content: string;
  /** Readability's quick "does this look like an article?" verdict on the page. */
  readerable: boolean;
}

/** The story's main picture when Readability left it out of the body (it often sits above it). */
export interface LeadImage {
  /** Absolute http(s) URL of an image the page itself shows. */
  src: string;
  alt: string;
  caption: string | null;
  /**
   * The page's width and height attributes for it, in pixels (both or neither: null when the page
   * gives none), so the reader keeps the picture's place before it loads and the text never jumps.
   */
  width: number | null;
  height: number | null;
}

export interface Extraction {
  article: Article;
  leadImage: LeadImage | null;
  quotes: Quote[];
  /** Every named person quoted, in order of first appearance. */
  voices: Voice[];
  removed: RemovedBlock[];
  /** Milliseconds spent in Readability alone and in the whole pipeline. */
  ms: { readability: number; total: number };
}
