/**
 * Roles: what the text says a person is, next to their name, kept apart from the name.
 *
 * One normal form for every role:
 *   - a title written before the name stays as written, forms of address dropped:
 *     "Sen. Ted Cruz" -> "Sen.", "Councilmember Ana Lopez" -> "Councilmember",
 *     "Secretary of State Hillary Clinton" -> "Secretary of State",
 *     "Trump campaign manager Corey Lee" -> "Trump campaign manager"; "Mr.", "Ms." are no role;
 *   - an appositive after the name loses its leading article, and "the city's treasurer" reads
 *     "city treasurer" (a one-word lower-case owner joins the noun): "Tom Reyes, the city's
 *     treasurer," -> "city treasurer"; "X, a spokeswoman for the ministry," -> "spokeswoman for the ministry";
 *     an owner written with a capital stays: "X, Trump's campaign manager," -> "Trump's campaign manager";
 *   - the same goes for a role group right before the name: "Trump's spokeswoman, Hope Hicks," and
 *     "said Trump campaign manager Kellyanne Conway" -> "Trump campaign manager".
 * An appositive is a role only when it holds a role noun (ROLE_NOUNS or an office), so "X, who
 * ran the event," gives none; "X, 71," gives an age instead.
 */

import { endsInHungarianDative } from './lang/hungarian-dative';
import { declinedBodyRole } from './declined-body';
import { turkicPossessedRole, turkicRoleOverRanks, turkishLeadRole } from './lang/turkic-possessed-office';
import { isLeadingNoise, isTitle, PORTFOLIOS } from './names';
import { isForeignRoleNoun } from './lang/role-nouns';
import { GERMAN_ROLE_NOUN, isGermanAgentNoun } from './lang/de-roles';
import { CYRILLIC, mayHold, memoPerScripts } from './scripts-present';
import { bodyOwnedRole } from './owned-role';
import { jobAfterRelation } from './relation-job';
import { DANISH_NORWEGIAN_SAYING } from './lang/da-no-verbs';

const SAYING_IN_DANISH = new Set(DANISH_NORWEGIAN_SAYING);
/** Nouns that say what a person does or is; the head of a role. */
export const ROLE_NOUNS = new Set(
  // (Street trades papers write as titles: "Hawker Thandeka X", "Masquerader Keisha X", "Stallholder X"; a West African
  // "market queen".)
  ('hawker masquerader stallholder queen ' +
    'spokesman spokeswoman spokesperson treasurer manager director chairman chairwoman chair senator governor mayor ' +
    'president secretary minister councilmember councilman councilwoman councillor councilor alderman representative ' +
    // New England towns' elected board: `Selectman X`, `Selectwoman X`.
    'selectman selectwoman selectperson ' +
    'congressman congresswoman assemblyman assemblywoman delegate strategist adviser advisor aide analyst professor ' +
    'economist lawyer attorney candidate nominee leader chief officer official executive founder owner farmer teacher ' +
    'pastor sheriff judge justice ambassador commissioner consultant pollster activist organizer volunteer supporter ' +
    'member researcher scholar fellow editor reporter correspondent columnist anchor host producer ceo cfo coo chancellor ' +
    'premier general admiral colonel captain sergeant lieutenant commander detective dean principal superintendent ' +
    'administrator coordinator negotiator diplomat envoy lobbyist donor fundraiser operative surrogate speaker writer ' +
    'author historian scientist expert physician doctor nurse surgeon engineer partner investor banker entrepreneur ' +
    'businessman businesswoman billionaire mogul student worker employee staffer volunteer veteran resident voter ' +
    'protester demonstrator organiser treasurer comptroller controller auditor clerk prosecutor defender ' +
    'governor-elect deputy head president-elect vice-president whip majority minority ' +
    // Tech and school offices other house styles write: "CTO of Freightlane", "co-founder and CEO", "the headteacher of".
    'cto cio cmo co-founder cofounder headteacher headmaster headmistress ' +
    // Clergy, artists and critics, and people papers describe by their lot: "the university's Protestant chaplain",
    // "the cellist Ingrid Solberg", "Retiree Goh Siew Lan".
    'chaplain priest vicar imam rabbi cleric archbishop bishop deacon critic musician singer songwriter cellist ' +
    'guitarist pianist violinist drummer composer filmmaker retiree pensioner shopkeeper trader ' +
    // Legislators and community elders: "PML-N lawmaker X", "Wakka Wakka elder Aunty X".
    // (Land workers British and Australian papers name before a name: "crofter Hamish X", "Grazier X".)
    'crofter grazier smallholder ' +
    'lawmaker legislator elder specialist commuter passenger motorist pedestrian shopper customer marshal trooper ' +
    // Trades and the weather desk: "a vendor at the market", "road supervisor X", "Chief Meteorologist X", "union rep X".
    'rep vendor supervisor foreman technician mechanic driver fisherman meteorologist climatologist hydrologist ' +
    'pediatrician paediatrician psychiatrist psychologist dentist pharmacist epidemiologist cardiologist therapist ' +
    // Sport: "Pinecrest coach X", "Quarterback X", "the veteran coach".
    'coach quarterback linebacker cornerback receiver kicker punter pitcher catcher shortstop ' +
    // ("Junior guard X"; not "forward", an adverb too: "Looking forward, X said"; "the Labour MP for …, X": positions and legislators' letters.)
    'guard striker midfielder goalkeeper winger setter libero hitter blocker mp msp mla mca mep ' +
    // Campus offices and class years student papers write before names: "Provost X", "Trustee X", "Sophomore X".
    'provost trustee regent registrar bursar lecturer tutor alumna alumnus freshman sophomore ' +
    // Court offices of British, Irish and Scottish reports: "Solicitor X, defending,", "Depute fiscal X", "Barrister X".
    'solicitor barrister fiscal advocate counsel ' +
    // Match officials sport pages name by their post: "Match referee X", "Umpire X".
    'referee umpire ' +
    // Trades papers write before a name at a sentence's start ("Paramedic Ana X"); not Baker, Butcher or Shepherd, which
    // are given and family names too ("Baker Mayfield"), nor "widow", a lot rather than a role (names.ts TITLES).
    'plumber midwife paramedic sprinter pilot vet landlord landlady tenant publican surfer architect ' +
    'firefighter hairdresser carpenter electrician photographer ' +
    // People papers name by whom they look after: "Parent X, whose two children …", "Carer X".
    'parent grandparent caregiver carer ' +
    // Playing positions are role nouns, not titles (names.ts TITLES), so `"…," the flanker said` is the one player just named.
    'fullback halfback flanker quarterback linebacker ' +
    // Titles won in a competition, which sport and show pages write before a name and use for the person later:
    // "defending NCAA champion X" … "said the national champion"; "Olympic medallist X". (Not "winner": "the winner" is often a horse or a team.)
    'champion medallist medalist finalist titleholder ' +
    // Weight classes wrestling and boxing pages write as a position: "Heavyweight Isaiah X scored".
    'heavyweight lightweight middleweight welterweight featherweight bantamweight flyweight cruiserweight ' +
    // Offices of South Asian districts, Canadian, Pakistani and Manx legislators' letters and a British family doctor: "MHA X", "the island's GP, Dr X".
    'collector mha mpp mna mlc mhk gp ' +
    // American county offices elected by name: "County Recorder X", "the county assessor".
    'recorder assessor registrar ' +
    // Land and sea trades political copy quotes by ("Rancher X", "shrimper X", "a welder at the yard"), a park's "senior warden", "Tour guide X", a beach's "senior lifeguard X".
    'rancher shrimper welder trucker logger lobsterman oysterman smokejumper dockworker longshoreman warden ranger gamekeeper guide lifeguard lifesaver coastguard deckhand harbourmaster harbormaster').split(' '),
);

/** Lower-case words that may qualify a role noun before a name: "former campaign manager". */
const ROLE_MODIFIERS = new Set(
  ('former acting interim deputy senior chief executive vice assistant associate general national state city county ' +
    'district federal presidential campaign press political communications policy foreign top longtime local party ' +
    'regional international veteran retired ranking outgoing incoming managing founding digital finance legal lead ' +
    'republican democratic conservative liberal progressive libertarian ' +
    // "Additional Solicitor General X", "Independent rock engineer X": Indian offices' rank and the self-employed expert.
    'additional independent ' +
    // Local government's tiers and a company's group level: "Village Administrator X", "Parish Clerk X", "group manager X".
    'village town township parish borough municipal group ' +
    // Participles that qualify an office: "superintending engineer", "presiding judge", "visiting professor", "defending champion".
    'superintending presiding consulting supervising attending visiting defending reigning practising practicing serving').split(' '),
);

// (`Richterin Mag. X`: an Austrian or Czech degree before the name is a title, no part of the role; Malay `Encik`, `Puan`, `Cik` are Mr, Mrs, Miss.)
const FORM_OF_ADDRESS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|M|Mme|Me|Herr|Frau|Sir|Dame|Encik|Puan|Cik|Mag\.|Ing\.|Dipl\.|Mgr\.|Mag[.\uA78F]a|Dr[.\uA78F]in|[Дд]-р)\.?$/u;
/** "Also" opening a sentence in other languages: `Ook organisator X` (no role "Ook organisator"), `Auch X sagte`. */
export const ALSO_WORDS = 'Ook|Auch|Aussi|Anche|También|Também|Även|Også|Także|Też';
const SENTENCE_WORDS = new RegExp(`^(?:Così|Así|Assim|Ainsi|But|And|So|Yet|Or|In|On|At|As|When|While|After|Before|Then|Now|Still|Also|However|Meanwhile|Asked|Speaking|According|If|The|A|An|For|From|With|By|Of|To|That|This|Der|Die|Das|Le|La|Les|El|Il|Lo|Los|Las|O|Os|As|${ALSO_WORDS})$`);

/**
 * A lower-case word that may stand in a role before a name. Kept per word while the article's scripts stay the same (opensSentence
 * asks it of every word of every lead): the answer reads only the word, fixed sets and isForeignRoleNoun, itself kept so.
 */
export const isRoleWord: (word: string) => boolean = memoPerScripts(function isRoleWordOf(word: string): boolean {
  const plain = bare(word);
  return ROLE_NOUNS.has(plain) || ROLE_MODIFIERS.has(plain) || isTitle(word.replace(/[.,]+$/, '')) || isForeignRoleNoun(plain);
});

function bare(word: string): string {
  return word.toLowerCase().replace(/[’']s$/, '').replace(/[.,]+$/, '');
}

/**
 * The role written before a name: the part of its capitalised run before the name ("Sen.",
 * "Secretary of State"), or, when the run holds none, the words just before the run ending in an
 * office or role noun ("Republican presidential candidate"). `before` is the text before the run.
 */
/** A capitalised office with `of` and its initials in brackets, closing the text before a name. */
const LETTERED_OFFICE = /(?:^|[\s,;:])((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+\s+of\s+(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+\s+\(\p{Lu}{2,6}\))\s+$/u;

export function roleBeforeName(runLead: string, before: string): string | null {
  const inside = runLead.split(/\s+/).filter((word) => word && !FORM_OF_ADDRESS.test(word));
  // "chairman Datuk Seri X", "president Mian X": honours alone inside the run leave the role to the words before it.
  const honours = inside.length > 0 && inside.every((word) => HONOUR.test(word)) ? inside.splice(0) : [];
  // "Senior Minister of State for Transport Lim Wei Ming": the office before "for" and the portfolio opening the run.
  const portfolio = inside.findIndex((word) => !PORTFOLIOS.has(bare(word)));
  const office = portfolio !== 0 && inside.length > 0 ? OFFICE_FOR.exec(before) : null;
  if (office && office[1]!.split(/\s+/).some((word) => ROLE_NOUNS.has(bare(word)) || isTitle(word))) {
    return `${office[1]}for ${inside.slice(0, portfolio < 0 ? inside.length : portfolio).join(' ')}`;
  }
  // `nach der Sitzung Juniorenobmann Beat Hug`: a German noun of the adjunct before the role noun is no part of the role.
  const germanRole = inside.findIndex((word) => GERMAN_ROLE_NOUN.test(word) || isGermanAgentNoun(word));
  // (`First Minister Alys Morgan`: an office English shares is the English title's.)
  if (germanRole > 0 && !isTitle(inside[germanRole]!) && inside.slice(0, germanRole).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && !isRoleWord(word) && !/^(?:Sein|Seine|Ihr|Ihre|Dessen|Deren|Unser|Unsere|Mein|Meine|Der|Die|Das)$/u.test(word))) inside.splice(0, germanRole);
  // `das Lebenswerk von Ralf Wiegand`: a run lead ending in a preposition is what the person is of, no role.
  if (/^(?:von|vom|de|di|da|do|du)$/.test(inside.at(-1) ?? '')) inside.length = 0;
  // (`a Duna Televíziónak Szabó Gergely`: an outlet in the Hungarian dative is whom it was said to, no role; lang/hungarian-dative.ts.)
  if (endsInHungarianDative(inside.join(' '))) inside.length = 0;
  // "Auch Jonas Keller", "Pour Claire Martin": a sentence's opening word, in any language, is no role.
  while (inside.length > 0 && (SENTENCE_WORDS.test(inside[0]!) || isLeadingNoise(inside[0]!))) inside.shift();
  // (`Keď Ján Bielik otvoril …`, `Gdy Anna Lis …`: a lone word of three letters or fewer opening a sentence, neither role nor title, is a conjunction.)
  if (inside.length === 1 && /^\p{Lu}\p{Ll}{1,2}$/u.test(inside[0]!) && !isRoleWord(inside[0]!) && /(?:^|[.!?…]["”’»“]?\s+|\n\s*)$/u.test(before)) inside.length = 0;
  // `з полонини Менчул Іван Шкіряк`: a place named after its kind (a lower-case genitive) is no role of its own.
  if (inside.length <= 2 && mayHold(CYRILLIC, before) && inside.every((word) => /^\p{Script=Cyrillic}/u.test(word) && !ROLE_NOUNS.has(bare(word)) && !isForeignRoleNoun(word)) && /(?:^|\s)\p{Script=Cyrillic}*\p{Ll}[аяиіїы]\s+$/u.test(before)) inside.length = 0;
  // `Мешканка Розтік`: the place after a resident's noun is no part of the role.
  if (inside.length === 2 && mayHold(CYRILLIC, inside[0]!) && /^(?:мешкан|жител|уродж|урожен)/iu.test(inside[0]!) && !isForeignRoleNoun(inside[1]!)) inside.length = 1;
  // (`Ředitel Krajské správy a údržby silnic Vysočiny Jiří Bartoš`: a declined body's end left in the run goes with the office before it, declined-body.ts.)
  const bodyRole = declinedBodyRole(inside, before, (word) => ROLE_NOUNS.has(word) || isForeignRoleNoun(word));
  if (bodyRole) return bodyRole;
  // `le député PLR Yves Jaquier`: a party's initials left in the run (glued-opener.ts) go with the office written before them.
  const officeBefore = before.trim().split(/\s+/u).at(-1) ?? '';
  if (inside.length === 1 && /^\p{Lu}{3,6}$/u.test(inside[0]!)) {
    if (/^\p{Ll}/u.test(officeBefore) && isForeignRoleNoun(officeBefore)) return `${officeBefore} ${inside[0]}`;
    // (`dijo a RTE Ramiro Blesa`: initials after "to" are the body spoken to, no role.)
    if (/^(?:a|à|al|ao|aos|to)$/iu.test(officeBefore)) inside.length = 0;
  }
  // (`Tutuksuz yargılanan restoran sahibi Oğuz Demir ise …`: a Turkish participle clause, then the role's nouns, lang/tr-participle.ts.)
  // (`Ege Üniversitesi öğretim üyesi Doç. X`: a noun and a possessed office head, ranks after it left out, lang/tr-participle.ts.)
  // (`Tutuksuz yargılanan restoran sahibi Oğuz Demir`, `Ege Üniversitesi öğretim üyesi Doç. X`: Turkish, lang/turkic-possessed-office.ts.)
  const turkicRole = inside.length === 0 ? turkishLeadRole(before) : turkicRoleOverRanks(inside, before);
  if (turkicRole) return turkicRole;
  // (`Superintendent of Police (SP) X`: a capitalised office and the letters papers shorten it to, `the SP`, salience.ts.)
  const lettered = inside.length === 0 ? LETTERED_OFFICE.exec(before) : null;
  if (lettered) return lettered[1]!;
  const outside: string[] = [];
  // "Village headman (turaga ni koro) Jone Vakaloloma": a gloss in brackets after the role is the role's, not a break.
  const allWords = before.replace(/\s*\([^()]{1,40}\)\s*$/u, ' ').split(/\s+/).filter(Boolean);
  const words = allWords.slice(-5);
  // "deputy head of mission Hannah Whitlock", "chief of staff Ana Lopez": a role noun, "of" and a lower-case noun.
  // ("Medical officer of health Dr X": an adjective opening the sentence is capitalised only by its place.)
  const ofRole = inside.length === 0 && before.includes('of') /* (the pattern's literal "of": exact) */ ? /(?:^|\s)((?:(?:[\p{Ll}-]+|(?<=(?:^|[.!?]\s|\n))\p{Lu}\p{Ll}+(?:al|ic|ary|ory|ive|ous))\s+)?([\p{Ll}-]+)\s+of\s+\p{Ll}[\p{Ll}-]*)\s+$/u.exec(before) : null;
  if (ofRole && ROLE_NOUNS.has(ofRole[2]!) && (!/\s/.test(ofRole[1]!.split(' of ')[0]!) || ROLE_MODIFIERS.has(bare(ofRole[1]!.split(/\s+/)[0]!)) || /^\p{Lu}/u.test(ofRole[1]!))) return ofRole[1]!;
  // "Committee chair Sen. Paula Restrepo": a lower-case role noun right before a title is the office the title is held in.
  const nounBeforeTitle = inside.length > 0 && /^\p{Ll}/u.test(words.at(-1) ?? '') && ROLE_NOUNS.has(bare(words.at(-1)!)) && !ROLE_MODIFIERS.has(bare(words.at(-1)!));
  for (let i = words.length - 1; i >= 0 && outside.length < 4; i--) {
    const word = words[i]!;
    if (/[,;:.!?"“”()]$/.test(word) && !/^\p{Lu}\p{Ll}{0,3}\.$/u.test(word)) break;
    const plain = bare(word);
    // (`Според д-р X`, `Volgens dr. X`: a capitalised source word opening the sentence is no part of the title's role.)
    const fits = inside.length > 0 && !nounBeforeTitle ? ROLE_MODIFIERS.has(plain) : ROLE_NOUNS.has(plain) || isTitle(word) || ROLE_MODIFIERS.has(plain) || (/^\p{Lu}/u.test(word) && !SENTENCE_WORDS.test(word) && !(word.length > 3 && isLeadingNoise(word)));
    if (!fits && !((inside.length === 0 || nounBeforeTitle) && outside.length === 1 && ROLE_NOUNS.has(bare(outside[0]!)) && nounModifier(words, i, allWords))) break;
    outside.unshift(word);
  }
  // (`директорът на болницата д-р X`: the Bulgarian "Dr" with no stop is a form of address, no role of its own.)
  if (outside.length > 0 && outside.every((word) => FORM_OF_ADDRESS.test(word))) outside.length = 0;
  // Without a title inside the run, the word nearest the name must be an office or role noun.
  while (inside.length === 0 && outside.length > 0 && !(ROLE_NOUNS.has(bare(outside.at(-1)!)) || isTitle(outside.at(-1)!))) outside.length = 0;
  // ("At the mas camp, wirebender Kwame X": a lone lower-case word opening its clause before a name can only be what the person is.)
  const nearest = words.at(-1) ?? '';
  if (inside.length === 0 && outside.length === 0 && isLoneClauseNoun(nearest) && (words.length === 1 || /[,;:.!?]$/.test(words.at(-2)!))) return nearest;
  // (`el senador X`: another language's article before the noun leaves its role to that language's rules.)
  if (inside.length === 0 && outside.length === 0 && isAgentNounBeforeName(nearest) && !/^(?:el|la|los|las|il|lo|gli|le|les|l[’']|o|os|as|a|um|uma|un|una|une|der|die|das|den|dem|des|ein|eine|het|de)$/iu.test(words.at(-2) ?? '')) {
    outside.push(nearest);
    for (let i = words.length - 2; i >= 0 && outside.length < 4 && (ROLE_MODIFIERS.has(bare(words[i]!)) || (/^\p{Lu}/u.test(words[i]!) && !SENTENCE_WORDS.test(words[i]!) && !/[,;:.!?"“”()]$/.test(words[i]!))); i--) outside.unshift(words[i]!);
  }
  while (outside.length > 0 && SENTENCE_WORDS.test(outside[0]!)) outside.shift();
  // "Deputy Prime Minister Datuk Seri", "chairman Alhaji": an honour after the office is the name's, not the role's.
  while (inside.length > 0 && outside.length + inside.length > 1 && HONOUR.test(inside.at(-1)!)) inside.pop();
  const role = [...outside, ...inside].join(' ');
  return role || honours.join(' ') || (inside.length === 0 ? turkicPossessedRole(before) : null); // (`muzey direktori X`)
}

/**
 * "Provincial works manager X", "Yesterday, site manager X": a lower-case noun right before the role noun qualifies it
 * when it opens its clause, or follows an adjective that does ("Provincial", "regional"; not "State committee chairman"); "Police found driver X" stays "driver".
 */
function nounModifier(words: string[], i: number, allWords: string[]): boolean {
  const word = words[i]!;
  if (!/^\p{Ll}{3,}$/u.test(word) || /(?:ed|ing|ly)$/.test(word) || CLAUSE_OPENER.test(word) || isRoleWord(word)) return false;
  // `words` are the last of `allWords`: the word before the first of them is the one before it in the whole.
  const previous = (at: number) => (at > 0 ? words[at - 1] : allWords[allWords.length - words.length - 1]);
  const opensClause = (at: number) => {
    const word = previous(at);
    // (A paragraph ending in a quote closes on its mark: `… are dead.”`.)
    return word === undefined || /[,;:.!?][”"’']?$/.test(word) || /^(?:said|says)$/.test(word);
  };
  // ("Independent rock engineer X": -ent is an adjective's ending too; "State committee chairman": a noun is not.)
  const adjective = i > 0 && /^\p{L}+(?:al|ic|ary|ive|ous|ent)$/u.test(words[i - 1]!) && opensClause(i - 1);
  // ("Teachers union president X": a plural noun opening the clause, capitalised by its place, whose body the noun is.)
  const members = i > 0 && /^\p{Lu}\p{Ll}{2,}s$/u.test(words[i - 1]!) && opensClause(i - 1);
  // ("District health officer Dr X", "County transport manager X": a portfolio after a tier of government opening the clause.)
  const portfolioOfTier = i > 0 && PORTFOLIOS.has(word) && /^\p{Lu}/u.test(words[i - 1]!) && ROLE_MODIFIERS.has(bare(words[i - 1]!)) && opensClause(i - 1);
  return opensClause(i) || adjective || members || portfolioOfTier;
}

/** Honours and forms of respect that may follow an office before the name. */
const HONOUR = /^(?:Honourable|Honorable|Hajjat|Hajji|Hajia|Datuk|Dato|Datin|Tun|Tan|Seri|Sri|Mian|Sardar|Begum|Aunty|Auntie|Uncle|Alhaji|Alhaja|Comrade|Madam|Sir|Dame|Engr\.?|Eng\.|Ir\.?|Sheikh|Shri|Smt\.?|Ratu|Roko|Encik|Puan|Haji|Hajah|Bapak|Ibu|Aling|Mang|Bi\.?|Bw\.?|Mhe\.?|[Пп]ан|[Пп]ані|[Пп]ани|[Гг]осподин|[Гг]оспожа|[Pp]an|[Pp]aní|[Pp]án|[Pp]ani|[Dd]omnul|[Dd]oamna|[Gg]ospodin|[Gg]ospođa|[Gg]ospa)$/;

/** Capitalised office words ending right before "for": "Senior Minister of State for ", "County Executive Committee Member for ". */
// (`Director of Services for Housing X`: an "of" may join the office's capitalised words.)
const OFFICE_FOR = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.-]*\s+(?:of\s+)?){0,4}\p{Lu}[\p{L}.-]*\s+(?:of\s+State\s+)?)for\s+$/u;

/** Ranks and forms of respect written before a name, which say less than a role the text spells out: "Rev.", "Most Rev.", "Capt.", "Sheikh". */
const HONORIFIC = /^(?:(?:[A-Z]{1,4}\d{1,2}|Nana|Togbe|Togbi|Oba|Igwe|Honourable|Honorable|Hajjat|Hajji|Hajia|Hajiya|Mzee|Mama|Tok|Dalang|Madam|Most|Very|Right|Rt\.?|Rev\.?|Revd|Reverend|Hon\.?|Sheikh|Alhaji|Alhaja|Comrade|Cde|Engr\.?|Eng\.|Shri|Smt\.?|Maulana|Maulvi|Mufti|Pandit|Swami|Acharya|Mallam|Malam|Ustaz|Ustadh|Pastor|Imam|Evangelist|Apostle|Ing\.?|Dr\.?|DCOP|ACP|DSP|ASP|CSP|SP|SSP|CP|DCP|AIG|DIG|Chief|Command|Staff|Master|First|Sgt\.?|Maj\.?|Capt\.?|Lt\.?|Col\.?|Gen\.?|Cpl\.?|Spc\.?|Pvt\.?|Cmdr\.?|Adm\.?|Mrs\.?|Prof\.?|Professor|Datuk|Dato|Datin|Ir\.?|Encik|Puan|Haji|Hajah|Bapak|Ibu|Aling|Mang|Bi\.?|Bw\.?|Mhe\.?|[Пп]ан|[Пп]ані|[Пп]ани|[Гг]осподин|[Гг]оспожа|[Pp]an|[Pp]aní|[Pp]án|[Pp]ani|[Dd]omnul|[Dd]oamna|[Gg]ospodin|[Gg]ospođa|[Gg]ospa)\s*)+$/;

/** Whether a role is only honours ("Ratu", "Datuk Seri"): a later short mention's honour does not replace an office. */
export function isHonourOnly(role: string): boolean {
  const words = role.trim().split(/\s+/);
  return words.length > 0 && words.every((word) => HONOUR.test(word));
}

/** A past job or a length of service: "former public defender", "retired teacher", "18-year veteran of the unit". */
export function isBackgroundRole(role: string): boolean {
  return /^(?:former|retired|onetime|one-time|ex-)\s*\S|^(?:\d+|\p{Ll}+)-year\s+veteran\b|^veteran\s+of\b/iu.test(role.trim());
}

/** Whether a role written before a name is only a rank or form of respect ("Rev.", "Lt. Col."), which a spelled-out role outranks. */
export function isHonorific(role: string): boolean {
  return HONORIFIC.test(role.trim());
}

/** A comma-separated group after a name that says what the person is: "the city's treasurer". */
const FRENCH_PERFECT = /^a\s+(?:déjà\s+|aussi\s+|ensuite\s+)?\p{Ll}+(?:é|ée|és|ées|i|is|u|us|it|ert)\s+(?:le|la|les|l['’]|un|une|des|du|au|aux|à|sa|son|ses|que|qu['’]|en|sur|dans|pour|avec)\b/u;

export function roleFromAppositive(group: string): string | null {
  // ("A spokesperson for Gov. X, Y, said": an article opening the sentence is capitalised only by its place.)
  const words = group.trim().replace(/[.,;:]+$/, '').replace(/^(?:The|An?)(?=\s+\p{Ll})/u, (article) => article.toLowerCase());
  const jobGiven = jobAfterRelation(words); // (`a mother of three who works as a cleaner`: the job, relation-job.ts)
  const owned = jobGiven ? roleFromAppositive(jobGiven) : bodyOwnedRole(words, (word) => ROLE_NOUNS.has(word));
  if (owned) return owned;
  // "the city's treasurer", "a spokeswoman", "former mayor", or an owner's: "Trump's campaign manager".
  // (A role may open with its capitalised noun: "CTO of Freightlane", "Chairman of the forum".)
  // ("Joint Commissioner of Police (Traffic)", "Ohio State Treasurer": up to two capitalised words may qualify the noun.)
  const capitalHead = words.split(/\s+(?:and|of|at|for|in)\s+/)[0]!.split(/\s+/);
  const capitalisedRole = /^\p{Lu}/u.test(words) && ((bare(words.split(/\s+/)[0]!).split('-').some((part) => ROLE_NOUNS.has(part)) && /^\S+(?:\s+(?:and|of|at|for)\s|$)/u.test(words)) || (capitalHead.length <= 3 && capitalHead.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && ROLE_NOUNS.has(bare(capitalHead.at(-1)!))));
  if ((!capitalisedRole && !/^(?:the|a|an|\p{Ll}|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s\s)/u.test(words)) || /^(?:who|whom|whose|which|where|when|and|or|but|said|says|told|is|was|has|had|not|also|now|then|in|on|at|for|with|by|from|as|if|to)\b/iu.test(words)) return null;
  // (`X, a visité le quartier`: French "has" and a past participle is the sentence's verb, no English "a" and a noun.)
  if (FRENCH_PERFECT.test(words)) return null;
  // "a nurse from Toledo who voted twice": the relative clause is not part of the role.
  // ("a schoolteacher travelling to Bhopal for a wedding": a participle after the noun opens a clause of its own too.)
  const role = words.replace(/\s+(?:who|whom|whose|which|that)\s.*$/u, '').replace(PARTICIPLE_CLAUSE, (whole, kept: string) => (isPersonNoun(kept.split(/\s+/u).at(-1)!) ? kept : whole));
  let tokens = role.split(/\s+/);
  // "a senior analyst covering consumer durables at the Chicago-based … firm Lodestar Equity Partners": too long to be
  // a role whole, its opening noun phrase is one when it ends in a role noun within six words.
  if (tokens.length > 12) {
    const noun = tokens.findIndex((token) => ROLE_NOUNS.has(bare(token)));
    if (noun < 0 || noun > 5 || tokens.slice(0, noun).some((token) => /^\p{Lu}/u.test(token) && !/^(?:The|A|An)$/.test(token))) return null;
    tokens = tokens.slice(0, noun + 1);
    return /^(?:the|a|an)$/i.test(tokens[0]!) || isRoleWord(tokens[0]!) ? normalRole(tokens.join(' ')) : null;
  }
  // "backed the governor" is a predicate: a role opens with an article, a role word or an owner.
  // ("retail analyst at Coldharbour Securities": a lower-case noun may qualify the role noun right after it.)
  // ("officer-in-charge of Haimchar Police Station": a hyphenated office opening with a role noun.)
  const compound = (/^\p{Ll}[\p{Ll}-]+$/u.test(tokens[0] ?? '') && !/(?:ed|ing)$/.test(tokens[0]!) && ROLE_NOUNS.has(bare(tokens[1] ?? ''))) || (/^\p{Ll}+-/u.test(tokens[0] ?? '') && ROLE_NOUNS.has(bare(tokens[0]!).split('-')[0]!));
  if (!/^(?:the|a|an)$/i.test(tokens[0] ?? '') && !isRoleWord(tokens[0] ?? '') && !/^\p{Lu}/u.test(tokens[0] ?? '') && !compound) return null;
  // (`X, a GP at a surgery on Bakers Avenue,`, `X, an MLA from …`: an article and an office in capitals are a role.)
  const acronymHead = /^(?:a|an)$/iu.test(tokens[0] ?? '') && tokens.length >= 2 && /^\p{Lu}{2,4}$/u.test(tokens[1]!) && headOf(role) === tokens[1];
  // (`X, the steward of the Hollis Grange,`: a noun the definite article sets over a named body is the post held there.)
  // (Not what a person is the object of, nor a relative: `the subject of the Y inquiry`, `the son of the Y founder`.)
  const postOfBody = /^the\s+\p{Ll}[\p{Ll}-]{2,}\s+of\s+(?:the\s+)?\p{Lu}/u.test(role) && !THING_HEADS.has(headOf(role)) && !/^(?:subject|focus|target|center|centre|heart|site|home|son|daughter|wife|husband|mother|father|brother|sister|widow|grandson|granddaughter)$/u.test(headOf(role).replace(/^the\s+/u, ''));
  if (!acronymHead && !postOfBody && !tokens.some((token) => ROLE_NOUNS.has(bare(token)) || (token.includes('-') && bare(token).split('-').some((part) => ROLE_NOUNS.has(part)))) && !isPersonHead(headOf(role))) return null;
  return normalRole(role);
}

/**
 * An article and up to three lower-case words, then an -ing word and a preposition or article opening a clause:
 * "a nurse working at …" keeps "a nurse" ("the chief operating officer" has no clause).
 */
const PARTICIPLE_CLAUSE = /^((?:the|a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+\p{Ll}{3,}ing\s+(?:to|at|in|on|for|with|from|near|into|across|through|around|as|out|up|the|a|an|his|her|their|its)\s.*$/u;
const isPersonNoun = (word: string) => ROLE_NOUNS.has(bare(word)) || isPersonHead(word);

/** Whether a role holds a noun of ROLE_NOUNS (not only one read by its ending): "chairman of the committee". */
export function hasRoleNoun(role: string): boolean {
  return role.split(/\s+/).some((token) => ROLE_NOUNS.has(bare(token)) || (token.includes('-') && bare(token).split('-').some((part) => ROLE_NOUNS.has(part))));
}

/** The head of an appositive's first noun phrase: the word before its first preposition, conjunction or clause. */
function headOf(phrase: string): string {
  return phrase.split(/\s+(?:of|at|for|in|with|from|on|to|and|or|who|whose|which|that|since|until)\s+/)[0]!.split(/\s+/).at(-1) ?? '';
}

/** Lower-case words that open a clause without being a noun: conjunctions, adverbs, determiners, verbs of saying. */
const CLAUSE_OPENER = /^(?:then|later|finally|however|also|meanwhile|perhaps|even|only|now|so|and|but|or|nor|yet|still|when|while|because|as|if|since|though|although|the|a|an|his|her|their|its|our|my|your|this|that|these|those|with|by|for|from|to|of|in|on|at|said|says|told|asked|added|after|before|once|twice|again|instead|otherwise|here|there|today|tonight|yesterday|tomorrow|including|like|unlike|says|according|per|via|against|between|among|about|whom|who|which|where)$/;

/** A lower-case English word that may stand alone for what a person is, when it opens a clause right before the name ("wirebender"). */
export function isLoneClauseNoun(word: string): boolean {
  // (It must end like a noun for a person: `, estime X`, `, disse X` are other languages' verbs of saying.)
  // (`– …, siger Mette Skov.`: a Danish or Norwegian verb of saying ends like "farmer".)
  return /^[a-z][a-z-]{4,}$/.test(word) && !CLAUSE_OPENER.test(word) && PERSON_ENDING.test(word) && !THING_HEADS.has(word) && !SAYING_IN_DANISH.has(word);
}

/**
 * A lower-case word right before a name that is a noun for a person by its ending: "-man", "-woman", "-ist",
 * "-ian", "-or" ("headman", "florist", "electrician", "investigator"). Endings that also close function
 * words and verbs ("after", "whether", "meant", "present") are not read so here.
 */
function isAgentNounBeforeName(word: string): boolean {
  const plain = bare(word);
  return /^\p{Ll}[\p{Ll}-]*$/u.test(word) && plain.length > 4 && /(?:man|woman|ist|ian|or)$/.test(plain) && !THING_HEADS.has(plain) && !/^(?:prior|human|german|roman|norman|woman)$/.test(plain);
}

/** Endings of nouns for people ("geriatrician", "investigator", "bartender", "dispatcher", "resident"). */
const PERSON_ENDING = /(?:[^e]er|ier|or|ist|ian|ant|ent|man|woman|[a-z]person|ee)$/;
/** Nouns with those endings that are things, not people: "a fraction of the number", "the centre of the row". */
const THING_HEADS = new Set(
  ('number quarter center centre order matter letter water paper river corner border winter summer power tower ' +
    'event moment statement comment percent government department incident payment element segment agent ' +
    'restaurant plant grant floor door color colour favor favour factor sector error motor major minor ' +
    'list twist wrist committee tree fee degree coffee human latter former other').split(' '),
);

/**
 * Whether an appositive's head, read from its structure rather than a list of roles, is a noun for a
 * person: lower-case, ending like one, and no thing that ends so. "X, a geriatrician at Y," is a role;
 * "X, a suburb of Y," or "X, the center of the dispute," are not.
 */
function isPersonHead(head: string): boolean {
  const word = bare(head);
  return /^\p{Ll}[\p{Ll}-]*$/u.test(head) && word.length > 3 && PERSON_ENDING.test(word) && !THING_HEADS.has(word);
}

/** The normal form of an appositive role: no leading article; "the city's treasurer" -> "city treasurer". */
export function normalRole(phrase: string): string {
  const trimmed = phrase.trim().replace(/[.,;:]+$/, '');
  const owned = /^the\s+(\p{Ll}[\p{L}-]*)[’']s\s+(.+)$/u.exec(trimmed);
  if (owned) return `${owned[1]} ${owned[2]}`;
  return trimmed.replace(/^(?:the|a|an)\s+/i, '');
}

/** `commerçante de 52 ans au marché`, `pensionato di 71 anni`: a Romance noun (one or two words, no preposition) and its age. */
const NOUN_OF_AGE = /^(?:(?:un|une|una|uno|um|uma)\s+)?(?:(?!(?:de|di|da|du|del|della|des|do|dos)\s)\p{L}+\s+){1,2}(?:de|di|da)\s+(\d{1,3})\s+(?:ans|años|anni|anos)\b/u;
/** An age appositive ("X, 71,") or adjective ("the 71-year-old"). */
export function ageOf(words: string): number | null {
  // (`Ana Gil, de 67 años,`, `Rita Lopes, 41 anos,`, `Anne Roux, 54 ans,`: a Romance age between commas.)
  // (`X, whose 19-year-old son …,`, `X, a mother of a 9-year-old,`: an age after a relative, possessive or `of` is another person's.)
  const match = /^(\d{1,3})$|^(?:(?!\b(?:whose|who|whom|with|of|his|her|their|has|had)\b)[^\d])*?(\d{1,3})-year-old\b|^(?:de\s+)?(\d{1,3})(?:\s+(?:años|anos|ans|anni))?$/u.exec(words.trim());
  const age = Number(match?.[1] ?? match?.[2] ?? match?.[3] ?? NOUN_OF_AGE.exec(words.trim())?.[1] ?? NaN);
  return age >= 1 && age <= 120 ? age : null;
}

/** A sentence opening with a phrase whose object is the name: "Led in evidence by the prosecuting counsel, Mrs X", "Asked by X". */
const OPENING_PHRASE = /^\s*(?:Led|Asked|Questioned|Pressed|Cross-examined|Under|During|Following|After)\b[^.;:"“”]*\s(?:by|from|with|of|about|like|on|for)\s[^.;:"“”]*$/u;

/**
 * "Led in evidence by the prosecuting counsel, Mrs X, the witness said …": after an opening phrase naming someone,
 * a group closed by the verb rather than a comma is the sentence's own subject, not an appositive of the name.
 */
export function withoutMainSubject(groups: string[], after: string, sentenceLead: string): string[] {
  const last = groups.at(-1);
  if (!last || !OPENING_PHRASE.test(sentenceLead)) return groups;
  const end = after.indexOf(last) + last.length;
  return /^\s+(?:said|says|told|added|admitted|replied|testified|explained|insisted|agreed|claimed|stated)\b/u.test(after.slice(end)) ? groups.slice(0, -1) : groups;
}

/** Nouns in -ing that name a field before a role noun (`County zoning officer X`, `housing inspector X`), no verbs. */
export const ING_QUALIFIER = /^(?:zoning|planning|housing|building|parking|nursing|mining|farming|marketing|training|licensing|lending|shipping|fishing|trucking|logging|polling|bargaining|teaching|engineering|accounting|banking|publishing|recycling|plumbing|policing|hearing)$/u;
