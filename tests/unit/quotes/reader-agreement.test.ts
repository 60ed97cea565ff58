import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => (quote.speakerKind === 'description' ? `(${quote.speaker})` : quote.speaker));

describe('a pronoun after another\'s family name alone is that person\'s, not the subject\'s (coreference.ts)', () => {
  it.each([
    ['"Judge X told Example he had …" makes Example the "he", so the judge stays who "she" is', 'Graham Example admitted theft from the rowing club at the county court.\n\nSentencing him on Monday, Judge Ann Sample told Example he had “let down every member who paid their fees”.\n\n“You treated their savings as your own pocket money,” she said.', ['Ann Sample', 'Ann Sample']],
    ['counter-case: with no other name before it, the pronoun is the subject\'s own ("X said he …" then "he said")', 'Tom Sample chaired the meeting. Ann Example arrived late.\n\nTom Sample said he had “no intention of resigning”.\n\n“We will finish the job,” he said.', ['Tom Sample', 'Tom Sample']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('the person a run names is the same for the mention finder and the entity book (run-mention.ts)', () => {
  it.each([
    ['it: a portfolio opening the run and an outlet named later leave the dropped subject its person', 'Il direttore Rossi è tornato in città.\n\nL’ex assessore alla Cultura Marco Esempio parla di «una vetrina elettorale». «Nessuno ha previsto le spese per la manutenzione», ha detto al Giornale di Valmonte.', ['Marco Esempio']],
    ['counter-case: the outlet\'s own run names no one', '«Nessuno ha previsto le spese per la manutenzione», ha detto al Giornale di Valmonte.', [null]],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
