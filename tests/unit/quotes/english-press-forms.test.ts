// English press forms met in the q-en batches (Nigerian, Indian, Irish and Kenyan papers, British tabloids,
// magazines, live blogs): each rule with a sentence of its own and a counter-case it must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const first = (text: string) => findQuotes(text)[0];

describe('ranks, tabloid titles and barristers\' letters come off names', () => {
  it.each([
    ['a Nigerian police rank ("SP X")', 'SP Funmilayo Okeowo confirmed the arrests. “The situation is calm,” she said.', 'Funmilayo Okeowo'],
    ['an Indian police rank ("SSP X")', '“Two accused are absconding,” SSP Harpreet Gill told reporters.', 'Harpreet Gill'],
    ['the Irish "Detective Garda X"', '“He made full admissions,” Detective Garda Ciarán Mulqueen told the court.', 'Ciarán Mulqueen'],
    ['a tabloid\'s "Hubby X"', 'Hubby Gary Pickering, 44, said the family would go away. “A proper caravan,” he said.', 'Gary Pickering'],
    ['a tabloid\'s epithet ("Beaming X added:")', 'Beaming Gary Pickering added: “She is not changing.”', 'Gary Pickering'],
    ['"Olympian X"', '“That is a ruthless move,” Olympian Gavin Ashworth-Reed said.', 'Gavin Ashworth-Reed'],
    ['a barrister\'s "SC" after the name', 'Under cross-examination by Brendan Hayes SC, the witness agreed.\n\n“He is not asking for sympathy,” Mr Hayes said.', 'Brendan Hayes'],
    ['counter-case: the epithet as a family name stays', 'Delia Beaming added: “She is not changing.”', 'Delia Beaming'],
    ['counter-case: a rank word closing a name stays (an Indian family name)', '“The water is back,” said Ravi Shankar Pal.', 'Ravi Shankar Pal'],
    ['counter-case: "the mum-of-one" still stands for the person', 'Reality star Kim Voss split from Dan Cole.\n\nKim, 25, posted a video. "I am not OK," the mum-of-one said.', 'Kim Voss'],
  ])('%s', (_, text, speaker) => {
    expect(first(text)?.speaker).toBe(speaker);
  });
});

describe('court copy: "the judge" for a Justice, "submitted that"', () => {
  it.each([
    ['"Justice X" … "the judge said" is X', 'A single bench of Justice Rekha Venkataraman heard the plea.\n\nThe applicant was arrested in January.\n\n“Continued incarceration would amount to punishment,” the judge said.', 'Rekha Venkataraman', 'name'],
    ['counter-case: a "Justice Minister" is no judge', 'Justice Minister Ana Lopez visited the court.\n\n“We will appeal,” the judge said.', 'the judge', 'description'],
    ['"submitted that … “partial”" is the prosecutor\'s', 'Opposing the plea, Additional Public Prosecutor Smt. Meena Deshpande submitted that the accused was “the lynchpin of the entire conspiracy” and might flee.', 'Meena Deshpande', 'name'],
    ['counter-case: "submitted a “…” plan" keeps the subject it had', 'Ana Lopez, the planning chief, submitted a “detailed and costed” plan to the council on Monday.', 'Ana Lopez', 'name'],
  ])('%s', (_, text, speaker, kind) => {
    expect(first(text)?.speaker).toBe(speaker);
    expect(first(text)?.speakerKind).toBe(kind);
  });
});

describe('"the statement said" after "a statement signed by X" is X', () => {
  it.each([
    ['signed by a named chief executive', 'The Tea Board, in a statement signed by its chief executive Dr Caroline Wambui, said it was negotiating.\n\n“The Board is confident that new markets will absorb the tea,” the statement said.', 'Caroline Wambui', 'name'],
    ['"a letter issued by X" … "the letter read"', 'A letter issued on Friday by the head teacher, Maria Okonkwo, was sent home.\n\n“No pupil will be turned away,” the letter read.', 'Maria Okonkwo', 'name'],
    ['counter-case: a statement nobody is said to have signed stays as written', 'The Lakeside Trust said in a statement on Monday that it would appeal.\n\n“The Trust will not be silenced,” the statement said.', 'the statement', 'description'],
  ])('%s', (_, text, speaker, kind) => {
    expect(first(text)?.speaker).toBe(speaker);
    expect(first(text)?.speakerKind).toBe(kind);
  });
});

describe('a pronoun vouching for the words: "by her own account", "Her verdict?"', () => {
  it.each([
    ['"by her own account, “…”"', 'Oona Fairweather lived above a bookmaker’s in Phibsborough, wrote two novels and, by her own account, “drank too much coffee and not enough air.”', 'Oona Fairweather'],
    ['"in his own words, “…”"', 'Tom Reyes ran the shop for years and, in his own words, “never took a day off.”', 'Tom Reyes'],
    ['"As she put it, “…”"', 'Ana Lopez spoke last. As she put it, “Nobody here is leaving.”', 'Ana Lopez'],
    ['"Her verdict? “…”"', 'Club runner Priya Venkatesh, 34, has crossed the line in 3:58:41 with her name written on both arms. Her verdict? “Never again. Probably.”', 'Priya Venkatesh'],
    ['counter-case: "By all accounts" vouches for no one', 'Ana Lopez spoke last. By all accounts, “nobody was leaving.”', undefined],
  ])('%s', (_, text, speaker) => {
    expect(first(text)?.speaker ?? undefined).toBe(speaker);
  });
});

describe('descriptions around a name: a place after ", from", an organisation after "for organisers"', () => {
  it.each([
    ['", from Kirkby Moor, Lancs," is where the described person is from', 'Sharon Pickering, 41, screamed when she saw the numbers.\n\nThe dinner lady-turned-chip shop worker, from Kirkby Moor, Lancs, told The Flare: “I thought it was a wind-up.”', 'Sharon Pickering', 'name'],
    ['counter-case: the named person from a place still speaks', 'Ana Lopez, from Leeds, said she would stay. “We are not leaving,” she said.', 'Ana Lopez', 'name'],
    ['"A spokeswoman for organisers X said" is the spokeswoman', 'A spokeswoman for organisers Northern Prize Draw said: “We are thrilled for Sharon and her family.”', 'A spokeswoman for organisers Northern Prize Draw', 'description'],
    ['counter-case: "a friend of mine X" is X', '"We will not move," a friend of mine Tom Reyes said.', 'Tom Reyes', 'name'],
    ['counter-case: a role word before the name is no preposition\'s object', 'Campaign organiser Ana Lopez said: “We are not leaving.”', 'Ana Lopez', 'name'],
    ['"A retired schoolteacher among the depositors … she told PTI" stays unnamed', 'Dr. Prakash Joglekar, president of the association, said the members were disappointed.\n\nA retired schoolteacher among the depositors, who had Rs 6.2 lakh in a fixed deposit, said she had stopped her medicines. “I trusted the bank because it was in our own lane,” she told PTI.', 'A retired schoolteacher', 'description'],
    ['counter-case: a paragraph that names its person gives the name', 'Dr. Prakash Joglekar said the members were disappointed.\n\nA retired schoolteacher, Asha Kulkarni, said she had stopped her medicines. “I trusted the bank,” she told PTI.', 'Asha Kulkarni', 'name'],
  ])('%s', (_, text, speaker, kind) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerKind).toBe(kind);
  });
});

describe('"Our commentator X is impressed:" and "… when Y approached, pushed … and said:"', () => {
  it.each([
    ['"Our commentator and former Olympian X is impressed:"', 'Ruth Jeptoo has broken away. Our commentator and former Olympian Gavin Ashworth-Reed is impressed: “That is a ruthless move.”', 'Gavin Ashworth-Reed', 'commentator and former Olympian'],
    ['counter-case: owner words that are no role name nobody', 'Our thanks go to Gavin Reed: “That was a good day.”', undefined, undefined],
    ['"was walking … when Y approached, pushed … and said:" is Y', 'Detective Garda Ciarán Mulqueen told the court that the guard was walking from the van when Dean Hartigan approached from behind, pushed a handgun into his ribs and said: “Drop them or you’re dead.”', 'Dean Hartigan', undefined],
    ['counter-case: "X stood up when Y finished, thanked the chair and said:" is X', 'Ana Lopez stood up when Tom Reyes finished, thanked the chair and said: “We are not done.”', 'Ana Lopez', undefined],
  ])('%s', (_, text, speaker, role) => {
    const quote = first(text);
    expect(quote?.speaker ?? undefined).toBe(speaker);
    if (role) expect(quote?.role).toBe(role);
  });
});

describe('second batch: owners, bodies, family subjects and offices with "of"', () => {
  it.each([
    ['"X’s Kannada drama": one capitalised word after a full name is what the person owns', 'Director Meenakshi Rao’s Kannada drama Neeru opened the festival.\n\nThe director credited her producer. “Suresh sir mortgaged his house,” Rao said.', 'Meenakshi Rao', 'name'],
    ['counter-case: an owner before a full name is not the person ("Lakeside Polling’s Dana Ortiz")', '“The race is close,” Lakeside Polling’s Dana Ortiz said.', 'Dana Ortiz', 'name'],
    ['"<Place> mother X’s children have …" makes her the one "she" means', 'Dr Rawiri Te Kani told reporters it was spreading.\n\n"We are seeing new cases."\n\nHuntly mother Aroha Whitiora\'s two youngest children have both caught the virus.\n\n"My son was so sick," she said.', 'Aroha Whitiora', 'name'],
    ['counter-case: an owner of a thing is no subject', 'Dr Tom Reyes spoke first.\n\n"We are seeing new cases."\n\nAna Lopez\'s car was found on Monday.\n\n"We are still looking," he said.', 'Tom Reyes', 'name'],
    ['"said <Body with "and"> chairperson X" is X', '“We were never consulted,” said Mlazi and District Taxi Association chairperson Sipho Ndlovu on Tuesday.', 'Sipho Ndlovu', 'name'],
    ['counter-case: "said X and Y" is still the pair\'s first', '“We were never consulted,” said Tom Reyes and Ana Lopez on Tuesday.', 'Tom Reyes', 'name'],
    ['a body\'s bare name as the whole subject is no person', 'Cumbria County Council said in a post on social media that its gritters were "ready to go" on Friday.', 'Cumbria County Council', 'description'],
    ['"National Highways said" is a body', 'National Highways said gritters would be out "around the clock" and urged drivers to check before they travel.', 'National Highways', 'description'],
    ['counter-case: a person named as the whole subject is named', 'Ana Lopez said in a post on social media that the gritters were "ready to go" on Friday.', 'Ana Lopez', 'name'],
    ['a street trade as a title ("Hawker X")', 'Hawker Thandeka Mhlongo, who has sold fruit for 19 years, was worried.\n\n“If the taxis go, the people go.”', 'Thandeka Mhlongo', 'name'],
    ['counter-case: a first name ending in -er opens a three-word name', '“If the taxis go, the people go,” said Heather Mary Reyes.', 'Heather Mary Reyes', 'name'],
  ])('%s', (_, text, speaker, kind) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerKind).toBe(kind);
  });

  it.each([
    ['"Medical officer of health Dr X told Morning Report" opens the sentence with X, not the programme', 'Medical officer of health Dr Rawiri Te Kani told Morning Report the fortnight would be critical. "We\'re seeing cases," he said.', 'Rawiri Te Kani', 'Medical officer of health'],
    ['counter-case: an adverb opening the sentence is not part of "chief of staff"', 'Yesterday chief of staff Ana Lopez told reporters the plan was ready. "We are ready," she said.', 'Ana Lopez', 'chief of staff'],
  ])('%s', (_, text, speaker, role) => {
    const quote = first(text);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role).toBe(role);
  });
});

describe('third batch: forms of address, honours, compound roles, nicknames, statements read in court', () => {
  it.each([
    ['"Mr X told …" gives no role "Mr"', 'Mr Hassan Kiggundu told this newspaper that the council had not consulted riders. “We are more than 4,000 riders,” he said.', 'Hassan Kiggundu', null],
    ['counter-case: an office before the name is still the role', 'Councillor Hassan Kiggundu told this newspaper that the council had not consulted riders. “We are more than 4,000 riders,” he said.', 'Hassan Kiggundu', 'Councillor'],
    ['"X, the chairperson of …," is a role by its ending', 'Mr Hassan Kiggundu, the chairperson of the riders’ association, told this newspaper it had not been consulted. “We are more than 4,000 riders,” he said.', 'Hassan Kiggundu', 'chairperson of the riders’ association'],
    ['counter-case: "a person familiar with …" is no role', '“We are close to a deal,” said Hassan Kiggundu, a person familiar with the talks.', 'Hassan Kiggundu', null],
    ['"retail analyst at …": a lower-case noun before the role noun', '"This is the second downgrade," said Tobias Renshaw, retail analyst at Coldharbour Securities, who cut his rating.', 'Tobias Renshaw', 'retail analyst at Coldharbour Securities'],
    ['counter-case: a predicate after the name is no role', '"It was a rout," said Ana Lopez, backed the governor.', 'Ana Lopez', null],
    ['"Minister …, the Honourable X," keeps the office as the role', 'Minister of Tourism and International Transport, the Honourable Dwight Alleyne, told the House the money would go to the reefs.\n\n“Our reefs are our product,” Alleyne said.', 'Dwight Alleyne', 'Minister of Tourism and International Transport'],
    ['"Hajjat X" is X', 'Hajjat Aisha Namutebi, who runs a hardware shop, said most of her customers come by boda boda.\n\n“If they chase the boda bodas, they have chased my customers,” she said.', 'Aisha Namutebi', 'Hajjat'],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });

  it.each([
    ['a nickname inside a name is nobody\'s words: "she" stays the vendor', 'Vendors at the Cheapside Market said they were caught in the middle. Veteran craft vendor Marjorie “Miss Marj” Bynoe, 68, has sold straw bags for 35 years.\n\n“On a two-ship day, I make my rent,” she said.', 'Marjorie Bynoe', 'name'],
    ['counter-case: the same paragraph without the nickname', 'Vendors at the Cheapside Market said they were caught in the middle. Veteran craft vendor Marjorie Bynoe, 68, has sold straw bags for 35 years.\n\n“On a two-ship day, I make my rent,” she said.', 'Marjorie Bynoe', 'name'],
    ['"In a victim impact statement …, captain X said … “…,” the statement said." is X', 'In a victim impact statement read to the court, Ballan brigade captain Noel Fairbairn said members had been shattered. “We trained with him, we ate with him,” the statement said.', 'Noel Fairbairn', 'name'],
    ['counter-case: the barrister who read the statement out did not write it', 'In a victim impact statement read to the court by prosecuting counsel, Ms Aisling Fennessy BL, the guard, who cannot be named, said he had not returned to work.\n\n“I was a man who was afraid of nothing,” the statement read.', 'the statement', 'description'],
    ['counter-case: "In a statement, the brigade said" names nobody', 'In a statement, the brigade said members had been shattered. “We trained with him,” the statement said.', 'the statement', 'description'],
  ])('%s', (_, text, speaker, kind) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerKind).toBe(kind);
  });
});

describe('fourth batch: rank codes, honours, firms, critics, anonymous sources', () => {
  it.each([
    ['a rank code ("DO1 X") is no part of the name; the office spelled out is the role', 'The Municipal Fire Commander, DO1 Kwabena Asante-Darko, said firefighters arrived quickly.\n\n“The traders have blocked the fire lanes,” he said.', 'Kwabena Asante-Darko', 'Municipal Fire Commander'],
    ['"Hon. X" is X', 'The Municipal Chief Executive, Hon. Yaw Boateng-Agyei, toured the market.\n\nHe said: “This is a painful day for our municipality.”', 'Yaw Boateng-Agyei', 'Municipal Chief Executive'],
    ['"Madam X, the market queen," has the office, not the form of address', 'Madam Akosua Frimpomaa, the market queen, was in tears. She said many women had taken loans.\n\n“Some of us took GH¢20,000 last week,” she lamented.', 'Akosua Frimpomaa', 'market queen'],
    ['"Mayor Pro Tem X" is X', '“People feel strongly, and that’s fine,” said Mayor Pro Tem Anita Szczepański.', 'Anita Szczepański', 'Mayor Pro Tem'],
    ['counter-case: "Tem" opening a name is a name', '“People feel strongly,” said Tem Morrison.', 'Tem Morrison', null],
    ['"The critic X, writing in …, dismissed … as “…”" is X', 'The critic Marianne Stoddart, writing in this paper in 1984, dismissed the interiors as “domestic, decorative and oddly airless.”', 'Marianne Stoddart', 'critic'],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });

  it.each([
    ['a sentence about someone else between two quotes of one paragraph ends the first speaker\'s turn', 'Ruth Okwuosa, who is 81, paints every morning.\n\nThe critic Marianne Stoddart, writing in this paper in 1984, dismissed the interiors as “domestic, decorative and oddly airless.” Asked about that review today, Okwuosa laughs. “Marianne and I became friends later.”', 'Ruth Okwuosa', 'name'],
    ['counter-case: a sentence of the same speaker keeps the turn', 'Ruth Okwuosa, who is 81, paints every morning.\n\nThe critic Marianne Stoddart dismissed the interiors as “domestic, decorative and oddly airless.” Stoddart later changed her mind. “I bought one in the end.”', 'Marianne Stoddart', 'name'],
    ['a firm\'s short name after "Boston-based Aurelian Therapeutics" is no person', 'The drug is sold by Boston-based Aurelian Therapeutics.\n\nAurelian said in a statement that the price “reflects the value the medicine brings to a small population.”', 'Aurelian', 'description'],
    ['counter-case: a family name the text gives a person keeps the person', 'The drug is sold by the Reyes Foundation, run by Tom Reyes.\n\nReyes said in a statement that the price “reflects the value the medicine brings to a small population.”', 'Tom Reyes', 'name'],
    ['"X, 34, of Duluth, Minn., took part" makes X the one "she" means', 'Dr. Helen Achterberg led the trial. “It works,” she said.\n\nKatie Brandvold, 34, of Duluth, Minn., took part in the trial. She said her itching eased within weeks.\n\n“I slept through the night for the first time in years,” she said by phone.', 'Katie Brandvold', 'name'],
    ['"One shareholder, who asked not to be named, … “…,” the investor said." stays unnamed', '“This is the second downgrade,” said Tobias Renshaw, an analyst.\n\nOne top-20 shareholder, who asked not to be named because the talks were private, said investors would press the board. “Nobody is panicking yet,” the investor said.', 'the investor', 'description'],
    ['counter-case: "the investor" named in the same paragraph is that person', '“This is the second downgrade,” said Tobias Renshaw, an analyst.\n\nThe fund’s founder, investor Ana Lopez, said investors would press the board. “Nobody is panicking yet,” the investor said.', 'Ana Lopez', 'name'],
  ])('%s', (_, text, speaker, kind) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerKind).toBe(kind);
  });
});

describe('fifth batch: an office\'s initials, a qualified noun for a person, a hyphenated office', () => {
  it.each([
    ['"the DC" is the one introduced as "deputy commissioner of …"', 'The trawler was hit by strong winds, said Md Abdur Rahim, deputy commissioner of Chandpur.\n\n“Most of the passengers were day labourers,” the DC told reporters.', 'Md Abdur Rahim', 'name'],
    ['counter-case: initials no role of the text has stay as written', 'The trawler was hit by strong winds, said Md Abdur Rahim, deputy commissioner of Chandpur.\n\n“Most of the passengers were day labourers,” the OC told reporters.', 'the OC', 'description'],
    ['"Hedgehog rescuer X, who …, welcomed it" makes X the one "she" means', 'Warwickshire County Council said it had reduced mowing. A spokesperson added: "We will look carefully at the findings."\n\nHedgehog rescuer Maureen Sowerby, who runs a rehabilitation centre, welcomed the research.\n\n"Half the hedgehogs I see come in with strimmer injuries," she said.', 'Maureen Sowerby', 'name'],
    ['counter-case: a capitalised word before a thing ("Council paper") makes no subject', 'Warwickshire County Council said it had reduced mowing. A spokesperson added: "We will look carefully at the findings."\n\nCouncil paper 14, seen by Maureen Sowerby, lists the verges.\n\n"We will mow less," the spokesperson said.', 'the spokesperson', 'description'],
  ])('%s', (_, text, speaker, kind) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerKind).toBe(kind);
  });

  it.each([
    ['"X, officer-in-charge of …," has that office as the role', 'Contacted, Shahidul Islam, officer-in-charge of Haimchar Police Station, denied the allegation.\n\n“We have seized 11 trawlers this year,” he said.', 'officer-in-charge of Haimchar Police Station'],
    ['counter-case: a hyphenated adjective is no office', 'Contacted, Shahidul Islam, well-known in the area, denied the allegation.\n\n“We have seized 11 trawlers this year,” he said.', null],
  ])('%s', (_, text, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe('Shahidul Islam');
    expect(quote?.role ?? null).toBe(role);
  });
});
