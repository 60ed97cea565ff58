// Kinds the twenty-fourth session read (a thirteenth private set of invented articles, ten of them American political
// copy), each in fresh sentences of my own (none copied from a page), with counter-cases they must leave alone.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

/**
 * American offices: `Ald. X` is an alderman's title (names.ts, rank-abbreviations.ts, entities.ts), which says nothing of
 * a gender; a rank before an office (`the chief justice`, `the lieutenant governor`) must be the holder's too (salience.ts);
 * `The committee’s chairman, Sen. X,` gives the group as the role (apposed-before.ts).
 */
const AMERICAN_OFFICES: KindCase[] = [
  ['en: `the alderman replied` after `Ald. X Y`', 'The forum opened with Ald. Rosa Quint and banker Hal Dorsey.\n\n“You said that in March,” Dorsey said.\n\n“You counted wrong,” the alderman replied.', 'You counted', 'Rosa Quint', ANY],
  ['en: `she said` after `Ald. X Y`: the abbreviation carries no gender', 'The hearing ran late.\n\nAld. Rosa Quint spoke first. “The ward needs buses,” she said.', 'The ward needs', 'Rosa Quint', 'Ald.'],
  ['en: `the chief justice replied` after a justice named since', 'Chief Justice Ona Farrow opened the session.\n\nJustice Karl Dunmore, a former prosecutor, asked about maps.\n\n“How long must voters wait?” Dunmore asked.\n\n“We will decide this quickly,” the chief justice replied.', 'We will decide', 'Ona Farrow', ANY],
  ['counter-case en: `the justice said` stays the justice named last', 'Chief Justice Ona Farrow opened the session.\n\nJustice Karl Dunmore, a former prosecutor, asked about maps.\n\n“How long must voters wait?” the justice said.', 'How long', 'Karl Dunmore', ANY],
  ['en: `the chairman said` after `The committee’s chairman, Sen. X Y,`', 'The Senate Water Committee’s chairman, Sen. Abel Strand, R-Utah, opened the hearing.\n\nSen. Mia Toller asked about the dams.\n\n“I expect a vote next week,” the chairman said on his way out.', 'I expect', 'Abel Strand', 'chairman'],
  ['counter-case en: `The bill’s sponsor, Sen. X Y,` keeps the title: a bill is no chamber', 'The bill’s sponsor, Sen. Mia Toller, D-Ohio, testified first.\n\n“We want the files,” Toller said.', 'We want', 'Mia Toller', 'Sen.'],
  ['counter-case en: `After …, Sen. X Y spoke` keeps the title as the role', 'After a long delay, Sen. Mia Toller spoke.\n\n“We want the files,” Toller said.', 'We want', 'Mia Toller', 'Sen.'],
];

/**
 * English sentences after a quote that give its owner: `That was state Sen. X Y’s message`, `That was X’s bottom line`
 * (lang/next-sentence.ts); a title's full stop ends no such sentence (lang/sentence-after.ts).
 */
const ENGLISH_OWNER_AFTER: KindCase[] = [
  ['en: `That was state Sen. X Y’s message on the floor`', 'The bill cleared a first vote.\n\n“The counties cannot carry this alone.” That was state Sen. Noor Haddad’s message on the floor on Monday.', 'The counties', 'Noor Haddad', ANY],
  ['en: `That was X’s bottom line` after another speaker', 'Lena Pruitt, a pollster in Macon, read the survey. An aide who would not give a name disagreed.\n\n“It is close,” the aide said.\n\n“Turnout decides everything here.” That was Pruitt’s bottom line.', 'Turnout decides', 'Lena Pruitt', ANY],
  ['counter-case en: `That was the county’s answer` names no one', 'The bill cleared a first vote.\n\n“We will appeal this ruling in the higher court.” That was the county’s answer on Monday.', 'We will appeal', UNNAMED, ANY],
];

/**
 * People and places: a lower-case compass adjective before a capitalised word makes it a region, no person
 * (person-mentions.ts); a possessive after `told of` / `asked about` is someone else's, and a family name's pronoun
 * window ends at the next person named (coreference.ts).
 */
const PEOPLE_AND_REGIONS: KindCase[] = [
  ['en: `he said` after a sheriff, with a region twice and `once told about her comment` later', 'Buses will stop at the county line in southeastern Idaho next month.\n\n“We have no shelter beds at all,” Sheriff Owen Tull said.\n\nThe sheriff said his deputies were not trained for it.\n\n“I can only tell you what our roads look like at night,” he said.\n\nAid worker Dana Reyes said the line was not southeastern Idaho’s problem alone.\n\n“For once we agree,” Reyes said.\n\n“This will not last,” Tull said, grinning, once told about her comment.', 'I can only tell', 'Owen Tull', ANY],
  ['counter-case en: `X said her plan …` after a family name alone still makes her a woman', 'Dana Reyes and Owen Tull met on Monday.\n\nReyes said her plan would pass.\n\n“It will pass by spring,” she said.', 'It will pass', 'Dana Reyes', ANY],
  ['counter-case en: a person after `western` and a role noun stays a person', 'Western Idaho rancher Owen Tull sold his herd.\n\n“It was time,” Tull said.', 'It was time', 'Owen Tull', ANY],
];

/** Hindi: a participle of manner between a name and its verb (`X मुस्कुराते हुए बताते हैं`), and two more role nouns (lang/hi.ts). */
const HINDI_MANNER_AND_ROLES: KindCase[] = [
  ['hi: `“…,” X मुस्कुराते हुए बताते हैं` after `युवा उद्यमी X Y ने`', 'नगर में नई दुकान खुली। युवा उद्यमी अमित वर्मा ने बताया कि काम अच्छा चल रहा है।\n\n“शुरू में लोग मुझ पर हंसते थे,” अमित मुस्कुराते हुए बताते हैं।', 'शुरू में', 'अमित वर्मा', 'उद्यमी'],
  ['hi: `“…,” X बताते हैं` after `युवा उद्यमी X Y ने`: the entrepreneur is a role', 'नगर में नई दुकान खुली। युवा उद्यमी अमित वर्मा ने बताया कि काम अच्छा चल रहा है।\n\n“शुरू में लोग मुझ पर हंसते थे,” अमित बताते हैं।', 'शुरू में', 'अमित वर्मा', 'उद्यमी'],
  ['hi: `फैशन डिजाइनर X Y ने कहा`', 'नगर में नई दुकान खुली।\n\n“कपड़ा अब महंगा हो गया है,” फैशन डिजाइनर सीमा राव ने कहा।', 'कपड़ा अब', 'सीमा राव', 'डिजाइनर'],
  ['counter-case hi: `“…,” X Y कहते हैं` keeps the whole name', 'बाजार में भीड़ थी।\n\n“इस बार बिक्री कम रही,” रमेश कुमार कहते हैं।', 'इस बार', 'रमेश कुमार', ANY],
];

/**
 * German: `„…“ X Y, role, sagt diesen Satz …` points back at the words (lang/next-sentence.ts); a quantifier opens a group,
 * no name (`Viele Inhaber …`, names.ts); a run counted by a number word is things (`drei Krügla Märzen`, person-mentions.ts).
 */
const GERMAN_GROUPS_AND_THINGS: KindCase[] = [
  ['de: `„…“ X Y, Inhaberin der …, sagt diesen Satz ruhig.`', 'Der Hof liegt am Waldrand.\n\n„Am Teig lag es nie.“ Anna Lutz, Inhaberin der Bäckerei Lutz in Oberweiler, sagt diesen Satz ganz ruhig.', 'Am Teig lag', 'Anna Lutz', 'Inhaberin'],
  ['de: `Viele Inhaber warten …. Ihr Rat: „…“` is the adviser named before', 'Anna Lutz backt seit 1990. Clara Stein, Beraterin bei der Kammer, kennt solche Fälle. Viele Inhaber warten zu lange mit der Suche. Ihr Rat: „Mit fünfzig anfangen, nicht mit sechzig.“', 'Mit fünfzig', 'Clara Stein', ANY],
  ['de: `bringt sie drei Krügla Märzen an den Tisch` and then `sagt sie`', '„Am Teig lag es nie.“ Anna Lutz, Inhaberin der Bäckerei Lutz in Oberweiler, sagt diesen Satz ruhig. Danach bringt sie drei Krügla Märzen an den Tisch.\n\n„Am Ende fehlt jemand, der um vier Uhr backen mag“, sagt sie.', 'Am Ende fehlt', 'Anna Lutz', ANY],
  ['counter-case en: a year in digits before a name leaves the person', 'In 2019 Ana Lopez won the seat.\n\n“It was a hard race for all of us,” she said.', 'It was a hard', 'Ana Lopez', ANY],
  ['counter-case de: `„…“ X Y sagt es offen.` as before', 'Der Hof liegt am Waldrand.\n\n„Wir machen weiter, solange der Ofen hält.“ Anna Lutz sagt es offen.', 'Wir machen', 'Anna Lutz', ANY],
];

kindTable('American offices and titles', AMERICAN_OFFICES);
kindTable('German groups, counted things and "this sentence"', GERMAN_GROUPS_AND_THINGS);
kindTable('Hindi manner and roles', HINDI_MANNER_AND_ROLES);
kindTable('English sentences giving the owner of a quote', ENGLISH_OWNER_AFTER);
kindTable('Regions and pronouns', PEOPLE_AND_REGIONS);
