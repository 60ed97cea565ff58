import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (...paragraphs: string[]) => findQuotes(paragraphs.join('\n\n')).map((quote) => quote.speaker);

describe('a sentence opening with a singular subject pronoun, before untagged words, gives them to that person (sentence-subject.ts)', () => {
  it.each([
    ['nl: Hij (was read as a name, so no one)', ['‘We willen geen turbines naast onze stal’, zegt melkveehouder Piet Voorbeeld (61).', 'Hij vreest voor lawaai en schaduw. ‘Mijn dieren merken alles. En mijn kleinkinderen ook.’'], ['Piet Voorbeeld', 'Piet Voorbeeld']],
    ['de: Er', ['„Wir wollen keine Windräder neben dem Stall“, sagt Milchbauer Peter Beispiel (61).', 'Er fürchtet Lärm und Schattenwurf. „Meine Kühe merken alles. Und meine Enkel auch.“'], ['Peter Beispiel', 'Peter Beispiel']],
    ['sv: Han', ['”Vi måste bygga om bron”, säger kommunalrådet Lars Exempel.', 'Han är ändå hoppfull. ”Staten har lovat pengar till våren.”'], ['Lars Exempel', 'Lars Exempel']],
    ['counter-case de: Sie before a plural verb (sie fürchten) is "they", not a woman', ['„Wir wollen keine Windräder“, sagt Milchbäuerin Eva Beispiel.', 'Sie fürchten Lärm und Schattenwurf. „Unsere Kühe merken alles.“'], ['Eva Beispiel', null]],
    ['counter-case en: "On the other hand" opens with the preposition', ['“We want no turbines,” says farmer Pete Example.', 'On the other hand, the council wants the money. “Our budget is short by a million.”'], ['Pete Example', null]],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});
