import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../utils/quotes/find';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** The quoted texts found in `text`, checking the offsets on the way. */
function quotedTexts(text: string): string[] {
  return findQuoteSpans(text).map((span) => {
    expect(text.slice(span.start, span.end)).toBe(span.text);
    return span.text;
  });
}

describe('quotation mark styles', () => {
  it.each([
    ['straight double marks', '"We open on Monday," the baker said.', ['We open on Monday,']],
    ['curly double marks', '“We open on Monday,” the baker said.', ['We open on Monday,']],
    ['two apostrophes, as wire texts write them', "''We open on Monday,'' the baker said.", ['We open on Monday,']],
    ['curly single marks nested in double ones', '“He told me ‘wait’ and I did,” Ali said.', ['He told me ‘wait’ and I did,']],
    ['French guillemets with no-break spaces', `Il a dit${NBSP}: «${NBSP}Nous ouvrons lundi${NBSP}».`, ['Nous ouvrons lundi']],
    ['French guillemets with narrow no-break spaces', `«${NARROW_NBSP}Nous ouvrons lundi${NARROW_NBSP}», a dit Paul.`, ['Nous ouvrons lundi']],
    ['German low-high marks', '„Wir öffnen am Montag“, sagte Anna.', ['Wir öffnen am Montag']],
    ['German reversed guillemets', '»Wir öffnen am Montag«, sagte Anna.', ['Wir öffnen am Montag']],
    ['Swiss guillemets without spaces', '«Wir öffnen am Montag», sagte Anna.', ['Wir öffnen am Montag']],
    ['Swedish right marks on both sides', 'Hon sa: ”Vi öppnar på måndag.” Sedan gick hon.', ['Vi öppnar på måndag.']],
    ['Japanese corner brackets', '山田氏は「月曜日に開店する」と語った。', ['月曜日に開店する']],
    ['Japanese white corner brackets nested in corner brackets', '「彼は『待て』と言った」と田中氏は述べた。', ['彼は『待て』と言った']],
    ['Japanese white corner brackets alone', '『月曜日に開店する』と山田氏は書いた。', ['月曜日に開店する']],
    ['single guillemets', 'Elle a répondu ‹ oui › sans attendre.', ['oui']],
    ['reversed single guillemets', 'Er antwortete ›ja‹ und ging.', ['ja']],
    ['German single low-high marks', 'Er rief ‚Hilfe‘ und lief davon.', ['Hilfe']],
    ['single marks inside German marks stay in the outer quote', '„Er rief ‚Hilfe‘ und lief“, sagte Anna.', ['Er rief ‚Hilfe‘ und lief']],
  ])('%s', (_name, text, expected) => {
    expect(quotedTexts(text)).toEqual(expected);
  });
});

describe('quotation structure', () => {
  it('splits an utterance interrupted by its attribution into two spans', () => {
    expect(quotedTexts('"We waited," he said. "The bridge is open."')).toEqual(['We waited,', 'The bridge is open.']);
  });

  it('runs over paragraphs that reopen the mark, in any style', () => {
    expect(quotedTexts('« Premier paragraphe.\n\n« Second paragraphe. »\n\nFin.')).toEqual(['Premier paragraphe.\n\n« Second paragraphe.']);
    expect(quotedTexts('“First part.\n\n“Second part.”')).toEqual(['First part.\n\n“Second part.']);
  });

  it('stops an unterminated quote at the end of its paragraph', () => {
    expect(quotedTexts('„Wir sind nicht fertig.\n\nDie Sitzung endete.')).toEqual(['Wir sind nicht fertig.']);
  });

  it('opens a quote with a right mark at the start of a paragraph', () => {
    expect(quotedTexts('Intro.\n\n”Fear. I am afraid.” ― Ana Diaz')).toEqual(['Fear. I am afraid.']);
  });

  it.each([
    ['apostrophes in contractions and possessives', "It's the nation's pride, isn't it? The players' union agreed."],
    ['elisions', "Rock 'n' roll came back in the '90s."],
    ['names with apostrophes', "Sean O'Brien met Mary O’Neill."],
    ['French elisions', "L'homme d’affaires n'est pas venu."],
  ])('finds nothing in %s', (_name, text) => {
    expect(quotedTexts(text)).toEqual([]);
  });
});
