import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const QUOTE = '"We will finish the bridge before the winter comes,"';
const SENTENCE = '"We will finish the bridge before the winter comes."';

/** The speaker of the first quote. */
const speakerOf = (text: string) => findQuotes(text)[0]?.speaker ?? null;

describe('cues: who speaks, by the words around the quote', () => {
  it.each([
    ['"as X, a role, put it:"', `Or, as Tom Reyes, a former secretary of farming, put it: ${SENTENCE}`, 'Tom Reyes'],
    ['"now" between the subject and its second verb', `Ana Lopez used to oppose the plan, but now said the town had "the means and the will to build it soon."`, 'Ana Lopez'],
    ['"said at a news conference," before the quote', `Mr. Reyes said at a news conference, ${SENTENCE}`, 'Reyes'],
    ['counter-case: "complained about" a quoted thing', `Tom Reyes complained about the "bridge that never gets finished" all week.`, null],
    ['a participle after an irregular verb', `Ana Lopez took aim at the council, saying, ${SENTENCE}`, 'Ana Lopez'],
    ['a modal verb after the subject', `In the video, Ana Lopez can be heard saying, ${SENTENCE}`, 'Ana Lopez'],
    ['a name after an owner and a role, after the verb', `${QUOTE} said Reyes campaign manager Ana Lopez.`, 'Ana Lopez'],
    ['a name after an owner\'s role and a comma', `${QUOTE} said Reyes's spokeswoman, Ana Lopez.`, 'Ana Lopez'],
    ['counter-case: a name and a verb, no role between', `${QUOTE} said Reyes after the vote.`, 'Reyes'],
    ['quoted X as saying', `${QUOTE} the Valley Courier quoted Ana Lopez, the mayor, as saying.`, 'Ana Lopez'],
    ['an outlet after "according to" does not hide the speaker', `According to the Valley Post, Ana Lopez said: ${SENTENCE}`, 'Ana Lopez'],
    ['a described subject named in its appositive', `His rival, Ana Lopez, disagreed: ${SENTENCE}`, 'Ana Lopez'],
    ['an owned group speaks as written', `${QUOTE} the mayor's office said in a statement.`, "the mayor's office"],
    ['a state after the town is part of the place', `${QUOTE} Ana Lopez, 45, of Dayton, Ohio, said.`, 'Ana Lopez'],
    ['a country after the city is part of the place', `${QUOTE} Ana Lopez, a fellow at the institute in Munich, Germany, said.`, 'Ana Lopez'],
    ['counter-case: a name after a plain appositive is the subject', `${QUOTE} the engineer in charge, Ana Lopez, said.`, 'Ana Lopez'],
    ['a short quoted title inside the attribution', `${QUOTE} Ana Lopez, wearing a "Vote Yes" pin, said on Monday.`, 'Ana Lopez'],
    ['a partial quote closed by a comma goes to the verb right after it', `Her neighbours mocked the plan, calling it "a bridge to nowhere," Ana Lopez said as she left.`, 'Ana Lopez'],
    ['"cut in" reports speech', `${QUOTE} Tom Reyes cut in.`, 'Tom Reyes'],
    ['"More from X:" before the quote', `More from Ana Lopez: ${SENTENCE}`, 'Ana Lopez'],
    ['citing a phrase', `Mr. Reyes, citing "the worst winter in decades," said the bridge would wait.`, 'Reyes'],
    ['the verb nearest the quote wins', `Noting a moss called sphagnum that grows in the marsh, Ana Lopez asked, ${SENTENCE}`, 'Ana Lopez'],
    ['counter-case: a naming verb next to the quote reports', `Tom Reyes called the plan to move the bridge north "an absolute waste of money," and left.`, 'Tom Reyes'],
    ['a quote that runs into the writer\'s words before its cue', `"The town wants a bigger bridge. Bigger than the small one" promised in May, said Ana Lopez, an engineer.`, 'Ana Lopez'],
    ['a description after said stops at "when"', `${QUOTE} said a council spokeswoman when asked about the delay.`, 'a council spokeswoman'],
    ['a question opening the sentence before is no subject', `Was this the reason for the delay?\n\nHe told the council: ${SENTENCE}`, null],
  ])('%s', (_name, text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('filter: titles are not quotes', () => {
  it('drops a title-cased name owned by someone ("MSNBC\'s "Morning Joe"")', () => {
    expect(findQuotes('Ana Lopez, host of the Valley Network\'s "Morning Bridge," said the show would go on.').map((quote) => quote.text)).toEqual([]);
  });

  it('counter-case: keeps a title-cased reply attributed right after', () => {
    expect(findQuotes('"No Way," Ana Lopez said.').map((quote) => quote.text)).toEqual(['No Way,']);
  });
});
