import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { isAttributedRightAfter } from '../../../utils/quotes/cues';

const QUOTE = '"We will finish the bridge before the winter comes,"';
const SENTENCE = '"We will finish the bridge before the winter comes."';

const speakers = (text: string) => findQuotes(text).map((quote) => quote.speaker);

describe('news attribution: appositives and descriptions', () => {
  it.each([
    ['an owned role between the name and the verb', `${QUOTE} Ana Lopez, Reyes's spokeswoman, said.`, 'Ana Lopez'],
    ['an owned role before the colon', `Ana Lopez, Reyes' campaign manager, wrote in an email: ${SENTENCE}`, 'Ana Lopez'],
    ['counter-case: an owned group alone speaks as written', `${QUOTE} Reyes's campaign said in a statement.`, "Reyes's campaign"],
    ['a description named by its appositive after the verb', `${QUOTE} said one farmer, Tom Reyes, 67.`, 'Tom Reyes'],
    ['counter-case: an appositive that is no name', `${QUOTE} said one farmer, a man of 67.`, 'one farmer'],
    ['"one" opens a description after the verb', `${QUOTE} said one county GOP official.`, 'one county GOP official'],
    ['counter-case: role words before a name after the verb', `${QUOTE} said longtime county official Tom Reyes.`, 'Tom Reyes'],
    ['a place after "from" ends a description', `${QUOTE} the senator from Ohio said.`, 'the senator from Ohio'],
    ['counter-case: a name with its state', `${QUOTE} Sen. Tom Reyes of Ohio said.`, 'Tom Reyes'],
    ['a participle after a preposition\'s object is no verb', `Ana Lopez said in a video posted to her page: ${SENTENCE}`, 'Ana Lopez'],
    ['counter-case: a described subject that posted', `${QUOTE} a neighbour posted on the town forum.`, 'a neighbour'],
    ['an inverted cue opening the sentence', `Said Tom Reyes: ${SENTENCE}`, 'Tom Reyes'],
    ['counter-case: "Said" inside a name', `${QUOTE} Edward Said wrote.`, 'Edward Said'],
    ['"reads" after the quote', `${QUOTE} reads a sign on the town hall door.`, 'a sign'],
    ['"read" and a colon before the quote', `The sign read: ${SENTENCE}`, 'The sign'],
    ['a plural group with a capitalised qualifier', `${QUOTE} Reyes supporters chanted.`, 'Reyes supporters'],
    ['counter-case: a name ending in s', `${QUOTE} Carlos Reyes said.`, 'Carlos Reyes'],
    ['an owner before the name is not part of it', `${QUOTE} Channel 9's Ana Lopez said.`, 'Ana Lopez'],
    ['counter-case: an apostrophe inside the name', `${QUOTE} Dan O'Brien said.`, "Dan O'Brien"],
    ['"Even" opening the sentence is not part of the name', `Even Ana Lopez agreed: ${SENTENCE}`, 'Ana Lopez'],
    ['an opening time clause with a state abbreviation', `Shortly after the storm hit Eastfield, Pa., a familiar voice cheered on the radio: ${SENTENCE}`, 'a familiar voice'],
    ['counter-case: a name after the opening clause is no state', `In Eastfield, Tom Reyes, who ran the farm, cheered: ${SENTENCE}`, 'Tom Reyes'],
    ['a verb set off by commas, its subject after it', `The plan, said Tom Reyes, is "a waste of money for the town."`, 'Tom Reyes'],
    ['counter-case: a name after the verb that is its object\'s subject', `Ana Lopez, who spoke first, said Reyes was right: ${SENTENCE}`, 'Ana Lopez'],
    ['a long appositive with a city and its state', `${QUOTE} Ana Lopez, a farmer from Austin, Texas, who, like many in her town, opposed the plan, said.`, 'Ana Lopez'],
    ['counter-case: a short one', `${QUOTE} Ana Lopez, 45, of Austin, Texas, a teacher, said.`, 'Ana Lopez'],
    ['"the Rev." before a name', `${QUOTE} said the Rev. Ana Lopez.`, 'Ana Lopez'],
    ['counter-case: a description that is no title', `${QUOTE} said the reverend's assistant.`, "the reverend's assistant"],
    ['a show\'s title inside the frame before the quote', `Ana Lopez, on Channel 9's "Morning Bridge," said, ${SENTENCE}`, 'Ana Lopez'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)[0]).toBe(speaker);
  });
});

describe('news attribution: verbs that judge as they report', () => {
  it.each([
    ['likened', `Another critic, Tom Reyes, likened the plan to "a bridge to nowhere that no one will cross."`, 'Tom Reyes'],
    ['condemned', `Mayor Ana Lopez condemned "such a careless decision by the council" on Monday.`, 'Ana Lopez'],
    ['muttered', `${QUOTE} Tom Reyes muttered as he left.`, 'Tom Reyes'],
    ['counter-case: the verb nearest the quote still wins', `Tom Reyes, who praised the plan last year, said: ${SENTENCE}`, 'Tom Reyes'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('a verb joined by "and" after a comma-closed quote does not tag it', () => {
    expect(isAttributedRightAfter(' and hinted at a lawsuit.')).toBe(false);
  });

  it('counter-case: a verb right after the quote tags it', () => {
    expect(isAttributedRightAfter(' Tom Reyes hinted.')).toBe(true);
  });

  it('counter-case: one scare-quoted word after such a verb is no quote', () => {
    expect(findQuotes('The council condemned the "so-called" reforms on Monday.')).toEqual([]);
  });
});

describe('news attribution: "reads" as a noun', () => {
  it('counter-case: "one of her reads" before a title is no cue', () => {
    expect(findQuotes('One of her favourite reads, "Bridges of the North," sits on the shelf.')).toEqual([]);
  });
});

describe('news attribution: questions put to someone', () => {
  it('a quote put to the subject ("X was asked,") is not theirs', () => {
    expect(speakers(`Tom Reyes spoke first. At the meeting, Ana Lopez was asked, "Will the bridge be finished before winter?"`)).toEqual([null]);
  });

  it('counter-case: "asked by" names who asked', () => {
    expect(speakers(`Ana Lopez was asked by Tom Reyes, "Will the bridge be finished before winter?"`)).toEqual(['Tom Reyes']);
  });

  it('a capitalised pronoun after a finished question opens a new sentence, no tag', () => {
    expect(speakers(`Ana Lopez was asked, "Will the bridge be finished before winter?" She said no.`)).toEqual([null]);
  });

  it('counter-case: a lower-case pronoun after the question is its tag', () => {
    expect(speakers(`Ana Lopez walked to the podium.\n\n"Will the bridge be finished before winter?" she asked.`)).toEqual(['Ana Lopez']);
  });
});

describe('news attribution: words relayed by someone else', () => {
  it.each([
    ['"According to X, Y said:" is Y\'s quote', `According to Ana Lopez, Tom Reyes said: ${SENTENCE}`, 'Tom Reyes'],
    ['counter-case: "According to X," alone is X\'s', `According to Ana Lopez, ${SENTENCE.replace('"We', '"we')}`, 'Ana Lopez'],
    ['"X recalled Y telling him," is Y\'s quote', `Ana Lopez recalled Tom Reyes telling her, ${SENTENCE}`, 'Tom Reyes'],
    ['counter-case: "X recalled telling Y," is X\'s', `Ana Lopez recalled telling Tom Reyes, ${SENTENCE}`, 'Ana Lopez'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('news attribution: asked and answered', () => {
  it('a bare quote after "X asked Y whether …" is Y\'s answer', () => {
    expect(speakers('Tom Reyes asked Ana Lopez whether the bridge would be done by winter.\n\n"Absolutely. We will finish it before the first snow."')).toEqual(['Ana Lopez']);
  });

  it('counter-case: a question after it is still the asker\'s', () => {
    expect(speakers('Tom Reyes asked Ana Lopez about the bridge.\n\n"Will it be finished before the winter comes?"')).toEqual(['Tom Reyes']);
  });
});

describe('news attribution: turns between paragraphs', () => {
  it('a paragraph about someone else ends the previous speaker\'s turn', () => {
    const text = `"We will finish the bridge," Tom Reyes said. "Before winter."\n\nAna Lopez answered hours later.\n\n"That is not a plan for a bridge, it is a wish."`;
    expect(speakers(text)).toEqual(['Tom Reyes', 'Tom Reyes', 'Ana Lopez']);
  });

  it('counter-case: a paragraph about the same speaker keeps the turn', () => {
    const text = `Tom Reyes spoke to the council.\n\nTom Reyes said: "We will finish the bridge."\n\nReyes paused.\n\n"Before the first snow falls on the hill."`;
    expect(speakers(text)).toEqual(['Tom Reyes', 'Tom Reyes']);
  });
});

describe('news attribution: the paragraph that introduces a quote', () => {
  const LINE = '"The bridge plan is a waste of money and of everyone\'s time."';
  it.each([
    ['a pronoun opening the sentence before', `Tom Reyes is voting early this year. He has never voted early before.\n\n${LINE}`, 'Tom Reyes'],
    ['the agent of a passive', `Ana Lopez was criticized by Tom Reyes on Monday.\n\n${LINE}`, 'Tom Reyes'],
    ['counter-case: a passive with no named agent keeps its subject', `Ana Lopez was elected by the council on Monday.\n\n${LINE}`, 'Ana Lopez'],
    ['the person a sentence is about ("For X, the …")', `For Tom Reyes, 67, the choice is easy.\n\n${LINE}`, 'Tom Reyes'],
    ['counter-case: "For" a place', `For the town, the choice is easy.\n\n${LINE}`, null],
    ['a described subject that says nothing yields to the sentence before', `Tom Reyes spoke for an hour. The crowd loved it.\n\n${LINE}`, 'Tom Reyes'],
    ['an inverted cue in the sentence before', `Not so, says Tom Reyes.\n\n${LINE}`, 'Tom Reyes'],
    ['an irregular past tense ends a described subject', `Tom Reyes spoke for an hour. The remarks drew cheers.\n\n${LINE}`, 'Tom Reyes'],
    ['"they" that says nothing yields to the sentence before', `That is hard ground, Tom Reyes said. They also lie far from any town.

${LINE}`, 'Tom Reyes'],
    ['counter-case: "they" who chant', `Tom Reyes spoke for an hour. They chanted back.

${LINE}`, null],
    ['counter-case: a described subject that chants', `Tom Reyes spoke for an hour. The crowd chanted back.\n\n${LINE}`, 'The crowd'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('news attribution: signatures', () => {
  it('a post signed with a handle and a date', () => {
    expect(speakers(`${SENTENCE} — Ana B. Lopez (@anablopez) May 9, 2016`)).toEqual(['Ana B. Lopez']);
  });

  it('counter-case: a middle initial is not where the name ends', () => {
    expect(speakers(`${SENTENCE} — Ana B. Lopez`)).toEqual(['Ana B. Lopez']);
  });
});

describe('news attribution: a quote set off by dashes inside a clause', () => {
  it("the clause's named subject said it", () => {
    const text = `"We are ready," Tom Reyes said.\n\nWhen Ana Lopez finally took the stage — "I will fight for every one of you!" — the crowd roared.`;
    expect(speakers(text)).toEqual(['Tom Reyes', 'Ana Lopez']);
  });

  it('counter-case: a described subject names nobody, and the words after the dash are no tag', () => {
    expect(speakers(`The crowd's chant — "Close the old bridge before the winter comes!" — grew louder as the night went on.`)).toEqual([null]);
  });
});

describe('news attribution: two names speaking together', () => {
  it.each([
    ['"X and Y said" is the first named, as "said X and Y" is', `${QUOTE} Tom Reyes and Ana Lopez said in a joint statement.`, 'Tom Reyes'],
    ['the same before the quote', `Tom Reyes and Ana Lopez said in a joint statement: ${SENTENCE}`, 'Tom Reyes'],
    ['two family names', `Tom Reyes met Ana Lopez on Monday. ${QUOTE} Reyes and Lopez said.`, 'Tom Reyes'],
    ['counter-case: a group and a name is the name', `Tom Reyes met Ana Lopez on Monday. ${QUOTE} Democrats and Lopez said.`, 'Ana Lopez'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('news attribution: the one who acts in a sentence introducing a quote', () => {
  it.each([
    ['the agent of a passive with a described subject', `Ana Lopez spoke first. The remark was condemned by Tom Reyes. ${SENTENCE}`, 'Tom Reyes'],
    ['counter-case: an agent that owns the thing is no speaker', `Ana Lopez spoke first. The bridge was built by Tom Reyes's company in 1990. ${SENTENCE}`, 'Ana Lopez'],
    ['"drew a response from X"', `Ana Lopez spoke first. Her plan drew a sharp response from Tom Reyes. ${SENTENCE}`, 'Tom Reyes'],
    ['counter-case: a response from X\'s campaign', `Ana Lopez spoke first. The plan drew a response from Tom Reyes's campaign. ${SENTENCE}`, 'Ana Lopez'],
    ['"shows X saying"', `The ad shows Ana Lopez saying, ${SENTENCE}`, 'Ana Lopez'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('news attribution: "who" before the reporting verb', () => {
  it('"…to X, who replied:" is X\'s', () => {
    expect(speakers(`Tom Reyes forwarded the email to Dan Cole, who replied: ${SENTENCE}`)).toEqual(['Dan Cole']);
  });

  it('counter-case: a relative clause between the subject and its verb is stepped over', () => {
    expect(speakers(`Tom Reyes, who met Dan Cole on Monday, said: ${SENTENCE}`)).toEqual(['Tom Reyes']);
  });
});

describe('news attribution: the speaker named around a whole-sentence quote', () => {
  it.each([
    ['"So said X." after the quote', `Tom Reyes spoke first. ${SENTENCE} So said Ana Lopez.`, 'Ana Lopez'],
    ['"That was X\'s message." after the quote', `Tom Reyes spoke first. ${SENTENCE} That was Ana Lopez's message on Tuesday.`, 'Ana Lopez'],
    ['"Those were the words of X." after the quote', `Tom Reyes spoke first. ${SENTENCE} Those were the words of Ana Lopez.`, 'Ana Lopez'],
    ['counter-case: X\'s thing that is no message', `Tom Reyes spoke first. ${SENTENCE} That was Ana Lopez's bridge, the mayor said.`, 'the mayor'],
    ['"X on the topic:" before the quote', `Ana Lopez on the bridge: ${SENTENCE}`, 'Ana Lopez'],
    ['counter-case: a topic heading with no full name', `Reaction on the bridge: ${SENTENCE}`, null],
    ['"a statement from X" is X\'s', `The statement from Ana Lopez reads: ${SENTENCE}`, 'Ana Lopez'],
    ['counter-case: a statement from a group is the group\'s', `A statement from the town council said: ${SENTENCE}`, 'the town council'],
    ['"had to say"', `Here's what Ana Lopez had to say: ${SENTENCE}`, 'Ana Lopez'],
    ['"In the words of X,"', `Tom Reyes spoke first. In the words of Ana Lopez, ${SENTENCE.replace('"We', '"we')}`, 'Ana Lopez'],
    ['"To quote X,"', `Tom Reyes spoke first. To quote Ana Lopez, ${SENTENCE}`, 'Ana Lopez'],
    ['"X\'s own words:"', `Tom Reyes pointed to Ana Lopez's own words: ${SENTENCE}`, 'Ana Lopez'],
    ['counter-case: "words" that are not the last before the quote', `Ana Lopez spoke first. Her words were not kind to Tom Reyes: ${SENTENCE}`, 'Ana Lopez'],
    ['an imperative to the reader is no part of the name', `Watch Ana Lopez's speech below: ${SENTENCE}`, 'Ana Lopez'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('news attribution: social posts', () => {
  it.each([
    ['a handle between the name and the verb', `Ana Lopez spoke first. Tom Reyes (@TomReyes) wrote on Twitter: ${SENTENCE}`, 'Tom Reyes'],
    ['a post signed on a line of its own below it', `Ana Lopez spoke first.\n\n${SENTENCE}\n\n— Tom Reyes (@TomReyes) May 9, 2016`, 'Tom Reyes'],
    ['counter-case: a reporting credit below a quote is no signature', `Ana Lopez spoke first.\n\n${QUOTE} she said.\n\n— Tom Reyes contributed reporting.`, 'Ana Lopez'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('news attribution: messages speak for their sender', () => {
  it.each([
    ['"an email from X that said:"', `Ana Lopez spoke first. Dan Cole received an email from Tom Reyes that said: ${SENTENCE}`, 'Tom Reyes'],
    ['"The email, sent by X to staff, said:"', `Ana Lopez spoke first. The email, sent by Tom Reyes to campaign staff, said: ${SENTENCE}`, 'Tom Reyes'],
    ['counter-case: a message from someone\'s lawyer is the lawyer\'s, as written', `Ana Lopez spoke first. Dan Cole received an email from Tom Reyes's lawyer that said: ${SENTENCE}`, "Tom Reyes's lawyer"],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
