/**
 * Person names in plain text: cleaning a mention down to the name itself, and whether a run names a
 * person at all. Finding every full-name mention is person-mentions.ts; resolving a short mention ("Putin", "Mr. Kim") is name-resolution.ts; outlet
 * names, which are never speakers, are outlets.ts.
 */

import { withoutClosingWeekday } from './lang/weekday-words';
import { withoutLeadingBody } from './glued-opener';
import { GERMAN_FEMININE_NOUN, GERMAN_ROLE_NOUN, isGermanAgentNoun } from './lang/de-roles';
import { isForeignRoleNoun, isOccupationByForm, startsWithCyrillicPlace } from './lang/role-nouns';
import { isRoleWordInsideName } from './role-word-in-name';
import { balineseNameStart } from './balinese-names';
import { isNewLanguagePlaceWord, tidyNameWords } from './lang/newlang-roles';
import { ROLE_NOUNS } from './roles';
import { GERMAN_DETERMINER, GERMAN_POSSESSIVE, NAME_OPENERS, isFusedVerbNoun, isTurkishOccupation } from './lang/name-openers';
import { guarded } from '../patterns';
import { FILIPINO_MARIA, isGivenInitials } from './initials-given';
import { opensWithOneLetterGivenName } from './lang/vi-one-letter-given';
import { memoPerScripts } from './scripts-present';
import { isCompoundOffice } from './compound-office';
import { GERMAN_BODY_COMPOUND, HUNGARIAN_BODY_COMPOUND, LONE_ARTICLES, LONE_FUNCTION_WORDS, NOT_A_PERSON, PLACE_WHEN_FIRST, REGION_OPENERS, THING_WHEN_LAST, opensMalayPlace, opensRomanceClause, opensRomancePlace, opensVietnameseBody } from './non-person-words';
import { officeWordsEnd, withoutBodyAfter, withoutCaseEnding, withoutEzafeOffice } from './name-forms';

/**
 * What may follow a name's capital: anything but spaces and the punctuation that ends a word.
 * Said as a short negated class on purpose: a class of all letters and marks (\p{L}\p{M}) costs
 * milliseconds to compile in every pattern that holds a name, which a browser pays on each popup.
 */
/** Endings of German nouns for people (Geologe, Imker, Biologin, Florist, Praktikant, Dozent, Friseur, Kassier, Pastor). */
const GERMAN_PERSON_NOUN_END = /^\p{Lu}\p{Ll}+(?:e|er|in|ist|ant|ent|eur|ier|or)$/u;
const NAME_TAIL = String.raw`[^\s.,;:!?"“”„‟«»‹›()\[\]{}<>/\\|…–—―*#@&%$+=~^_•·]`;
/** One capitalised word, an initial, or a short abbreviation with its dot ("Jr.", "Sen."). */
const NAME_WORD = String.raw`(?:${FILIPINO_MARIA}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Capt|Sgt|Cpl|Pvt|Spc|Maj|Cmdr|Adm|Rev|Hon|Prof|Pres|Supt|Ald|Engr|Eng|Smt|St|Ft|Mt|Jr|Sr|Coun|Mag|Ing|Dipl|Mgr|Det|Insp|Brig)\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}${NAME_TAIL}*)`;
/** Lower-case particles that sit inside names: Ursula von der Leyen, Osama bin Laden (Welsh patronymics: Rhodri ab Iorwerth, Elin ap Rhys; Malay `Nor Aini binti Yusof`; Malaysian Indian `Ravi a/l Subramaniam`, "son of", `s/o` in English papers; Kalenjin and Maasai "son of": `Kiprono arap Langat`, `Parkesit ole Sankale`; Swedish and Danish nobility: `Ebba af Sillén`, without which `X af Y, vd för Body` left only the body as a name). */
export const PARTICLE = String.raw`(?:de|da|das|do|af|del|della|dela|delos|van|von|der|den|bin|binti|arap|ole|binte|bint|ibn|al|el|la|le|di|du|dos|y|of|ap|ab|a/l|a/p|s/o|d/o)`;
/** A run of capitalised words, possibly joined by particles, with a US party tag like "(D-Md.)". */
/** After the first word, a family name with an elided lower-case particle: Shelley d'Entremont. */
const ELIDED_FAMILY_NAME = String.raw`d[’']\p{Lu}${NAME_TAIL}*`;
/**
 * `Andreas Gruber von der Bergrettung`, `Hanneke Visser van Huisartsenzorg`: after a particle, a German or Dutch organisation noun (its
 * head by suffix) opens the body the person works for, not the rest of a name (`Ursula von der Leyen`).
 */
// (`Hannes Pölzl von der FF Trieben`: capitals after the particle are a body too; so is `Sanne Kuipers van Bakkerij De Zon`, two words after.)
const ORGANISATION_AFTER_PARTICLE = String.raw`(?!\p{Lu}{2,5}(?![\p{L}])|(?<=\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}[\p{Ll}-]+[^\S\n]+van[^\S\n]+)(?!(?:De|Het|Den|Der)\s)\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}|\p{Lu}\p{Ll}*(?:ung|schaft|wehr|polizei|verband|verein|amt|gericht|klinik|stiftung|partei|gemeinde|kammer|behörde|ministerium|universität|hochschule|schule|zentrum|institut|zorg|stichting|vereniging|gemeente|ziekenhuis|bond)(?![\p{L}]))`;
/**
 * `der`/`den` sit inside a name only after `von`/`van` (`von der Leyen`); alone they are a genitive (`Bester Werfer der Gastgeber`).
 * `la`/`le` likewise only after `de`/`di`/`da` (`de la Fuente`); alone they are an article (`Secondo Rossi la Regione …`).
 */
const NAME_PARTICLE = String.raw`(?:[^\S\n]+(?!(?:der|den|la|le)\s)${PARTICLE}|[^\S\n]+(?<=(?:[Vv]on|[Vv]an)\s+)(?:der|den)|[^\S\n]+(?<=(?:[Dd][eia])\s+)(?:la|le))`;
// (A name never runs across a line break: `X.` closing one paragraph and `Trump` opening the next are two runs.)
// (Never right after an Italian preposition fused with its article, `ministra dell’Istruzione Anna Galli`, `assessore alla
// Viabilità X`: that word is the portfolio or the place. Spanish `al`/`del` open names' particles too: left alone.)
export const NAME_RUN = String.raw`(?<!(?:^|[^\p{L}])(?:(?:dell|all|nell|dall|sull|degl|agl|dagl|negl|sugl)['’]|(?:alla|allo|alle|agli|della|dello|delle|degli|nella|nello|nelle|negli|sulla|sullo|dalla|dallo)\s+))${NAME_WORD}(?:(?:${NAME_PARTICLE}+[^\S\n]+${ORGANISATION_AFTER_PARTICLE}|[^\S\n]+)(?:${NAME_WORD}|${ELIDED_FAMILY_NAME})){0,8}(?:[^\S\n]+\(\p{Lu}-[^()\n]{1,12}\))?`;

/** Titles and offices dropped from a resolved name; everything before the last of them goes too. */
export const TITLES: ReadonlySet<string> = new Set(
  ('mr mrs ms miss mx dr prof sen rep gov lt gen col capt sgt adm rev fr msgr sir dame lord lady president vice prime ' +
    'minister senator representative governor mayor secretary chancellor premier king queen prince princess pope ' +
    'judge justice chief general admiral commissioner ambassador speaker chairman chairwoman chairperson chair director ' +
    'professor councilmember councilman councilwoman councillor councilor alderman selectman selectwoman selectperson delegate congressman congresswoman assemblyman assemblywoman ' +
    'sheriff attorney officer detective captain sergeant lieutenant colonel leader deputy foreign defense defence ' +
    'finance interior former acting supreme coach bishop cardinal rabbi pastor sheikh emir ceo founder spokesman ' +
    // (`tempore`: a legislature's presiding officer in the chair's absence, `Senate President Pro Tempore X`; not `Tem`, a given name too.)
    // (Welsh `y Cynghorydd X`, a councillor; Irish `an Comhairleoir X`, `an tUasal X` (Mr), `an tAire X` (minister), `an Teachta X` (TD).)
    'cynghorydd comhairleoir chomhairleoir tuasal uasal uasail taire aire teachta ' +
    // (Forms of address: Hausa `Malam X`, `Alhaji X`, `Dakta X`; Yoruba `Ọgbẹni X` (Mr), `Oloye X` (chief), `Ọba X` and `Kábíyèsí` (king); isiZulu `uMnu X` (Mr), `uNkk X` (Mrs); Igbo `Mazị X` (Mr), `Oriakụ X`; Māori `Kaiwhakawā X` (judge), `Tākuta X`, `Koromatua X` (mayor).)
    'malam mallam malama alhaji hajiya dakta ọgbẹni arabinrin iyaafin oloye ọba kabiyesi ọjọgbọn ọmọwe dokita dọkịta mnu umnu nkk unkk nksz unksz nkz dkt udkt mazị maazị oriakụ nwaanyị injinia kaiwhakawā minita pirimia tākuta ahorangi koromatua tumuaki heamana ' +
    'spokeswoman spokesperson candidate nominee hopeful state democrat democratic republican libertarian gop u.s. us tempore ' +
    // Offices written before names in British, Irish, Indian and Australian papers ("Cllr", "Cr", "MLA", and the Kenyan county assembly member's "MCA"), and
    // occupations papers use as titles ("County Engineer X", "Forecaster X", "Striker X").
    // (Canadian papers' "Coun. X" for a city councillor; the Isle of Man's member of the House of Keys, "Onchan MHK X".)
    'coun ald cllr cr atty mp mla mca mep msp td mhk dpp engineer forecaster inspector constable superintendent coroner magistrate ' +
    'striker goalkeeper midfielder winger manager boss skipper curator neighbour neighbor reeve warden ranger marshal trooper ' +
    // British police ranks as papers abbreviate them: "Det Insp Rhys Morgan", "DCI Ana Lopez", "PC Tom Reyes".
    'det insp ch supt pc dc ds di dci dsi ' +
    // French and German forms of address and office.
    'monsieur madame mme président présidente ministre herr frau bundeskanzler bundeskanzlerin kanzler kanzlerin ' +
    // Ukrainian and Russian "Mr"/"Mrs", Romanian "Mr" and the countryside's "uncle" (`Пан Олег стоїть …`, `nea Vasile`); Bulgarian "Dr" with no stop (`Д-р Петров`).
    'пан пані господин госпожа domnul doamna nea д-р ' +
    'präsident präsidentin ministerin sprecher sprecherin ' +
    // Degrees written before a name in Austrian, Czech and Slovak papers (`Richterin Mag. X`, `plk. Mgr. X`, rank-abbreviations.ts).
    'mag ing dipl mgr mudr judr phdr rndr mvdr paeddr ' +
    // South African papers: a member of a provincial executive ("MEC X"), a grandmother addressed as "Gogo"; Maltese papers' architect, "Perit X".
    'mec gogo perit ' +
    // West African papers' forms of address and ranks ("Alhaji Musa Danjuma", "Comrade Ngozi Eze", "Engr. Tunde
    // Bakare", "DCOP Yaw Ampofo"), Singapore's "Madam Goh", and military ranks ("Command Sgt. Maj.", "Spc.", "Pvt.").
    'alhaji alhaja comrade cde engr madam dcop acp maj spc pvt cpl cmdr ' +
    // Pakistani and Malaysian honorifics ("Mian X", "Sardar X", "Begum X", "Datuk X", "Tun X") and the Aboriginal
    // elders' "Aunty" and "Uncle" ("Datuk Seri" and "Tan Sri" are read in cleanName: Seri, Sri and Tan are also names).
    // (Also Northern Nigerian "Hajiya X", Kenyan elders' "Mzee X", and in cleanName Kenyan "Mama X", the Malay master's "Tok Dalang X".)
    'mian sardar begum datuk dato datin tun aunty auntie uncle hajiya hajia mzee ' +
    // Indian forms of address: "Shri X", "Smt. X"; Fijian chiefly titles ("Ratu Semi Nakauta", "Roko Tui X"), the Tswana chief's "Kgosi X".
    'shri smt shrimati ratu roko kgosi ' +
    // Malay, Indonesian and Filipino forms of address ("Encik X", "Datuk Haji X", "Ibu X", "Aling X", "Mang X", the engineer's "Ir X"; not "Tuan",
    // "Bu" or "Pak", also names in English copy: Tuan Nguyen), Swahili `Bi.`, `Bw.`, `Mhe.` (Mheshimiwa) and the doctor's `Dkt`.
    'encik puan haji hajah bapak ibu aling mang bi bw mhe ir dkt gng bb kapitana konsehal kagawad mnumzana kapteni gqr ' +
    // Police ranks of Nigerian, Ghanaian and Indian papers ("SP Funmilayo Okeowo", "DSP X", "SSP X", "IGP X"), the Irish
    // "Garda X" / "Det Gda X", and the relation a tabloid writes as a title ("Hubby Gary X"; "Pal" is also a given name, Pál; not "mum", which stands alone for the person:
    // "the mum-of-one said"), and the sportsperson's "Olympian X".
    'sp dsp asp csp ssp dcp aig dig igp garda gda hubby gran grandad olympian paralympian ' +
    // A lot papers write like a title ("Widow Mary X"), which an appositive does not make a role ("X, a widow who …").
    'widow widower ' +
    // Caribbean and Commonwealth "the Honourable X", East African Muslim honorifics ("Hajjat X", "Hajji X").
    'hon honourable honorable hajj hajji hajjat hajia ' +
    // Clergy styles spelled out: "the Very Reverend Judith Carmody", "the Right Reverend X", a priest's "Father X", a preacher's or nun's "Brother X", "Sister X" (a nurse's too, abbreviated "Sr X"; a trailing "Sr." is a father's), and Māori elders' "Kuia X", "Kaumātua X".
    'reverend father brother sister sr kuia kaumatua kaumātua ' +
    // Religious and teaching titles of South Asian and West African papers ("Maulana X", "Mufti X", "Pandit X", "Swami X",
    // "Mallam X", "Ustaz X", "Imam X"): a form of respect, never the name.
    'maulana maulvi mufti pandit swami acharya mallam malam ustaz ustadh imam evangelist apostle ' +
    // Vietnamese degrees before a name (`TS Long`, `ThS X`, `PGS X`).
    'ts ths pgs gs ' +
    // Hawaiian `Kauka X` (doctor), `ʻAnakē X` (auntie), `ʻAnakala X` (uncle); Malagasy and Kinyarwanda forms of address and offices (`Ramatoa X`, `Madamu X`, `Meya X`), Swahili `Diwani X` (councillor), isiZulu `uGogo X`, Malay ranks (`Penolong Penguasa Bomba X`); Chichewa `Mayi X`, `Gulupu X`, Sesotho `Ntate X`, Wolof `Sëriñ X`, `Soxna X` (not the French spellings `Serigne`, `Sokhna`: given names too).
    'mayi amayi bambo abambo dokotala gulupu mfumu ntate kapiteen sëriñ soxna atoa ramatoa rtoa andriamatoa ramatoakely ingahy dokotera bwana madamu minisitiri meya guverineri senateri depite padiri musenyeri pasiteri nyakubahwa dogiteri diwani mheshimiwa ugogo umkhulu mkhulu cik penolong penguasa bomba pegawai inspektor sarjan obbo obboo aadde durbee owura awuraa opanin ɔpanin mokonzi rre mma mmè chiremba sabhuku omw omuk owek dugutigi karamɔgɔ dɔkɔtɔrɔ ceerno doktoor ardo nufiala dɔkta dɔyɔla togbui dokodela khansela hosi pasitori dokta inspekta lod mea susuga afioga tofā faafeagaiga fineʻeiki tangataʻeiki faifekau naalakkersuisoq karai ña dda nna lalla kòmandan majistra tlayakanketl kauka anakē anake anakala').split(' '),
);

/** Whether a word is an office or form of address that `cleanName` drops before a name ("Sen.", "governor"). */
export function isTitle(word: string): boolean {
  // `la squadra di Massimo Rinaldi`: a lower-case `di` is Italian "of"; the police rank is written DI.
  return TITLES.has(bare(word)) && word !== 'di';
}

/** Capitalised words that start a sentence or a date rather than a name. */
const LEADING_NOISE = new Set(
  ('a an the but and or so yet if when while as at in on of for from with by after before during since until then now ' +
    'still also however meanwhile later earlier last next this that these those there here it he she they we i you his ' +
    'her their our my its asked speaking according like unlike despite following under over both either neither ' +
    'additionally nevertheless moreover furthermore instead indeed perhaps already even whether although though unless because ' +
    // Quantifiers before a group's qualifier: "Some Sanders supporters said", "Many Trump voters".
    'some many most other several few each every another such ' +
    // An inverted cue opening the sentence: "Said Kim: …"; an imperative to the reader: "Watch Kim's speech".
    'said says added adds wrote writes replied watch listen ' +
    // A tabloid's epithet for the person before the name: "Beaming Gary added:", "Tearful Shaz said:".
    'beaming delighted tearful heartbroken devastated grieving distraught overjoyed thrilled stunned fuming elated jubilant doting ' +
    // Auxiliaries and question words that open a question: "Was this to find out …?"; German conjunctions (`Wo X …`).
    'was were is are did does do has have had can could would will should may might must why how what where which whose wo als wie wenn weil ob obwohl nachdem bevor sobald ' +
    // Times of day opening a sentence before a weekday: "Late Monday, X's group circulated …" names nobody (not "Early", a family name).
    'late overnight tonight yesterday tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september ' +
    'october november december mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' + // (Nordic, Dutch: `Mandag skrev hun:`; German `Freitag` is a family name too.)
    // Sentence openers in French, German, Spanish, Italian and Portuguese ("Pour Claire Martin, …", "Não vendeu nenhum.").
    'et pour selon ayon dans avec après mais à au aux não nunca jamais für mit nach laut auch dessen deren para con según per secondo com segundo ' +
    'zu zur seit über unter gegen ohne durch trotz wegen während hinter neben ' + // (German: `Zu Ostern fahren …`.)
    'jahren jahre monaten monate wochen tagen stunden ' + // (German spans of time after a number: `seit 19 Jahren Kranführer`.)
    // (German "that" opening a sentence: `Dass X kein Einzelfall ist`.)
    'dass maka dịka aniya ' + // (Igbo `Maka X` (for X), `Dịka X` (as X) before a name; Tagalog `Aniya` (she said).)
    'en sur chez entre durante desde tras nel nella negli sul sulla sullo sui sugli sulle dopo tra fra em na no nas nos entre am im vom zum beim auf bei quando cuando quand ' +
    // Russian and Ukrainian prepositions (`В Сосновской больнице`) and times or links opening a sentence (`Вечером X сказал`).
    'в во на по из у к с со о об от для при за над под про через після під вечером утром днём днем ночью вчера сегодня накануне позже позднее ранее тогда затем потом так также однако увечері вранці вдень вночі вчора сьогодні напередодні пізніше раніше тоді потім також однак ' +
    // "Herself/himself" before a name (`Сама Киреева надеется…`, `Сам Лаптев`; Bulgarian and Macedonian with the article, `Самият Петров`).
    'сам сама сами само сама самі самият самата самото самите самиот ' +
    // Greek articles (`Η Μαρία Χατζηδάκη διατηρεί …`), words opening a source in Dutch, Polish, Swedish, Danish and Norwegian, Czech, Romanian, Indonesian.
    // Vietnamese forms of address (`Bà Trần Thị Hoa`).
    // "Also" opening a sentence (`Ook Luc Vanhoutte was tevreden`).
    // Italian `Parola di X` ("so says X") after a quote; sentence adverbs of these languages (`Poi, più serio:`, `Intanto X`).
    'parola poi quindi allora luego entonces después depois então puis ensuite alors dann danach intanto inoltre tuttavia ' +
    'infatti comunque mentre además mientras cependant pourtant entretanto enquanto porém contudo ' +
    'ο η οι το τα στην στο στη στον στις στους volgens aldus według zdaniem enligt ifølge podle potrivit conform menurut bagi pasak anot σύμφωνα κατά според ông bà ook också även også aussi anche también também ' +
    // Scandinavian "then" opening a sentence (`Så sa han:`).
    'så ' +
    // Polish and Czech "as", "at the same time", "however", "then", "now" opening a sentence (`Jak dodaje, „…”`, `Jednocześnie Nowak …`).
    'jak jako jednocześnie natomiast jednak dlatego potem teraz wtedy zároveň proto však nyní teď ' +
    // Vietnamese `Anh`, `Chị` before a full name (`Anh Nguyễn Văn Tâm`; `Anh Tran`, two words in ASCII, stays a name, cleanName), and
    // `Bé`, `Cháu` (a child) before a child's name (`Bé Na (8 tuổi)`).
    'anh chị thầy bé cháu ' +
    // Welsh and Irish verbs opening a sentence before its subject (`Dywedodd X:`, `Tá X ina …`, `Dúirt X:`; `Mae X yn …` in person-mentions.ts, as Mae is a given name too).
    'roedd dywedodd tá bhí beidh dúirt deir gheall mhínigh ' +
    // Uzbek "now" and "however" opening a sentence before a place (`Hozirda <district> …`).
    'hozirda hozir biroq ' +
    // Kazakh times and links opening a sentence (`Қазір Алматы маңында …`: "now", before a place).
    'қазір бүгін кеше ертең биыл енді сонда кейін бұрын әзірге сондықтан алайда ал ' + // (`Ал X …`: and/but.)
    // Kinyarwanda "but", "and", "however" and "even" opening a sentence (`Ariko X …`); the Fijian and Hawaiian subject marker `O X`, `ʻO X`, Scottish Gaelic `Tha X`, `Bha X` (is, was), Romansh `Tenor X` (according to X).
    'ariko kandi nyamara icyakora ndetse o tha bha tenor').split(' '),
);

for (const stem of 'ιανουάρι φεβρουάρι μάρτι απρίλι μάι μαΐ ιούνι ιούλι αύγουστ σεπτέμβρι οκτώβρι νοέμβρι δεκέμβρι'.split(' ')) for (const end of ['ος', 'ο', 'ου']) LEADING_NOISE.add(stem + end); // Greek months in every case (`τον Αύγουστο`): dates, though `Αύγουστος` is a given name too.
/** Abbreviated months and days are a date only with their full stop: "Jan. 5", but "Jan Roth", "Sun Li". */
const DATE_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun'.split(' '));

/** Whether a capitalised word opens a sentence or a date rather than a name or role ("Auch", "Pour", "Monday"). */
export function isLeadingNoise(word: string): boolean {
  const plain = bare(word);
  return LEADING_NOISE.has(plain) || NAME_OPENERS.has(plain) || (DATE_ABBREVIATIONS.has(plain) && word.endsWith('.'));
}

/** The letters marking question and answer in a printed interview (Q/A, P/R, D/R, F/A, В/О). */
const INTERVIEW_MARK = /^[QAPRDFВОП]\.$/u;
/** German capitalises every noun, so a run opened by its article is a noun phrase: "Die Stadt", "Der Spiegel". */
// Plural articles of the Romance languages open a group's name: `Les Dauphins du Hoyoux`, `Os Kambas`
// (after a title they are a first name: `Uncle Les Barra`).
// (Italian `Il`, `Uno` and French `Une` are never a name's particle either: `Il Comune ammette` is the town hall.)
const GERMAN_ARTICLE = /^(?:Der|Die|Das|Dem|Den|Ein|Eine|Einem|Einen|Einer|Eines|Les|Los|Las|Gli|Os|As|Il|Uno|Une)$/;

/** A word as the name lists hold it: lower case, without a possessive or trailing dot and comma; a title without its tones (`Ọ̀gbẹ́ni`, `Ìyáàfin`). Each answer is kept (a pure reader, asked many times a word). */
export const bare: (word: string) => string = memoPerScripts(function bareOf(word: string): string {
  const plain = word.toLowerCase().replace(/[’']s$/, '').replace(/[.,]+$/, '');
  const toneless = /^[\x00-\x7f]*$/.test(plain) || TITLES.has(plain) ? plain : plain.normalize('NFD').replace(/[\u0300\u0301\u0304]/gu, '').normalize('NFC');
  return TITLES.has(toneless) ? toneless : plain;
}, 20000);

/**
 * Reduces a capitalised run to the person's name: "Russian President Vladimir Putin" -> "Vladimir Putin",
 * "Secretary of State Hillary Clinton" -> "Hillary Clinton", "Sen. Barbara Mikulski of Maryland" ->
 * "Barbara Mikulski", "Putin's" -> "Putin". Returns "" when nothing name-like is left. Each run's answer is kept (memoPerScripts).
 */
export const cleanName: (run: string) => string = memoPerScripts(function cleanNameOf(run: string): string {
  let words = run.replace(/\s*\(\p{Lu}-[^)]*\)\s*$/u, '').split(/\s+/).filter(Boolean);
  words = words.map((word, i) => (i === words.length - 1 ? withoutCaseEnding(word).replace(/[’']s?$/, '').replace(/[,;:]$/, '') : word));
  // "CNN's Jake Tapper", "Lakeside Polling’s Dana Ortiz": the owner before a name is not part of it (a mark with no s only after s, z, x: `Achieng’ Odhiambo` is a Luo given name).
  const owner = /[’']/.test(run) ? words.findLastIndex((word, i) => i < words.length - 1 && /\p{L}[’']s$|[sSzZxX][’']$/u.test(word)) : -1;
  if (owner >= 0) {
    // (`Meenakshi Rao’s Kannada drama`, `Vladimir Putin’s Russia`: one word after a person's full name is what they own.)
    const ownerName = owner >= 1 && owner === words.length - 2 ? cleanName(words.slice(0, owner + 1).join(' ')) : '';
    if (ownerName && looksLikePerson(ownerName)) return ownerName;
    words = words.slice(owner + 1);
  }
  if (opensRomanceClause(words)) return ''; // (`Salió de X con …`, `Ao Diário X, …`: a verb or a fused preposition, non-person-words.ts.)
  let lastTitle = -1;
  // "Martin Luther King III": the word before a generation suffix is the family name, never a title.
  const lastNameWord = words.length - (/^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(words.at(-1) ?? '') ? 2 : 1);
  // (`Deborah Lundqvist of Bayfield County`: -ist like a German agent noun, a family name before the English "of"; after it, the body's, as office words are, name-forms.ts.)
  const beforeEnglishOf = (i: number) => (i > 0 && words[i + 1] === 'of') || words.slice(1, i).includes('of');
  const officesEnd = officeWordsEnd(words, (word) => TITLES.has(bare(word)) || ROLE_NOUNS.has(bare(word)));
  // `Der Geologe Jan Muster`, `Die Imkerin Eva Beispiel`: German writes no article before a name, so after Der or Die the first
  // capitalised word is a common noun for the person (a person noun's ending) and the two after it the name.
  if (words.length === 4 && /^(?:Der|Die)$/u.test(words[0]!) && GERMAN_PERSON_NOUN_END.test(words[1]!) && words.slice(2).every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word))) lastTitle = 1;
  words.forEach((word, i) => {
    // "Chief Meteorologist Dana Kowalczyk", "Chief Executive Marcus Feld": a role noun right after a title is part of the office.
    if (i > 0 && lastTitle === i - 1 && i < words.length - 1 && ROLE_NOUNS.has(bare(word))) {
      lastTitle = i;
      return;
    }
    // "Farmer Bruce Henderson", "Analyst Ana Lopez", "Farmers Tom Reyes and …": an occupation opening a run of three words is no first name (nor a compound of 13 letters or more not ending like a body, `Kunnanvaltuutettu X Y`; `Elnätsbolaget X Y` is a firm; `Isännöitsijä X Y`, `Активистот X Y` by their form, role-nouns.ts).
    const honourSecond = () => /^s(?:e)?ri$/.test(bare(word)) && i > 0 && /^(?:datuk|dato|tan|tun)$/.test(bare(words[i - 1]!)); // (Each test is pure: the cheap bounds are tested first.)
    // (`Sheriff Pino Di Emidio`: "Di" is a particle of the name; the police rank is written DI. Virginia's delegate is `Del.` with its stop.)
    // ("DO1 Kwabena X", a fire officer's grade: capitals and a digit are a rank code, never a name; "Mayor Pro Tem X"; `Progressive Conservative MHA Brian X`: a capitalised office inside the run, two name words after it.)
    const rankCode = () => (i > 0 && /^\p{Lu}/u.test(word) && ROLE_NOUNS.has(bare(word)) && words.length - i - 1 >= 2) || /^\p{Lu}{1,4}\d{1,2}$/u.test(word) || (bare(word) === 'tem' && bare(words[i - 1] ?? '') === 'pro') || (i <= 1 && /^(?:Mama|Tok|Dalang)$/u.test(word) && words.length > i + 2) || (i <= 1 && /^Hono(?:u)?r$/u.test(word) && words.length > i + 2); // (Kenyan `Mama Rose X`, Malay `Tok Dalang X`; Polish `mama`, `tok` are nouns; a judge's `His Honour Ama Owusu`, two name words after it.)
    if (i < lastNameWord && i < officesEnd && ((TITLES.has(bare(word)) && !(bare(word) === 'di' && word !== 'DI')) || word === 'Del.' || word === 'Eng.' || honourSecond() || rankCode() || (i === 0 && HYPHENED_POSITION.test(word)) || isCompoundOffice(word, (part) => TITLES.has(part) || ROLE_NOUNS.has(part)) || (i === 0 && words.length > 2 && (isTurkishOccupation(word) || isOccupationByForm(word) || (/^\p{Lu}\p{Ll}{12,}$/u.test(word) && !/(?:ung|heit|keit|schaft|et|en|an|ion|ión|ção|tet|tät|ité|ità|dad|tad|ia|ía)$/u.test(word)) || ROLE_NOUNS.has(bare(word)) || ROLE_NOUNS.has(bare(word).replace(/s$/, '')) || AGENT_NOUN.test(bare(word)))) || (!beforeEnglishOf(i) && (GERMAN_ROLE_NOUN.test(word) || (isForeignRoleNoun(word) && !isRoleWordInsideName(words, i)) || (isGermanAgentNoun(word) && !INDIC_GIVEN_NAME.test(word)) || (GERMAN_FEMININE_NOUN.test(word) && i < words.length - 2))))) lastTitle = i;
  });
  // "Minister of State for Transport Lim Wei Ming": the portfolio after an office's "for" opens the run, not the name.
  while (lastTitle < words.length - 3 && PORTFOLIOS.has(bare(words[lastTitle + 1]!))) lastTitle++;
  // `Nioåriga Elsa`, `Kahdeksanvuotias Veeti`, `Devítiletý Matěj`, `Десетгодишният Емо`: an age adjective opening the sentence is no name.
  while (lastTitle < words.length - 2 && AGE_ADJECTIVE.test(words[lastTitle + 1]!)) lastTitle++;
  words = tidyNameWords(withoutClosingWeekday(words.slice(lastTitle + 1)), words[lastTitle]); // (`said X Y Tuesday`: lang/weekday-words.ts.)
  words = withoutEzafeOffice(withoutBodyAfter(words));
  words = withoutLeadingPreposition(words);
  if (startsWithCyrillicPlace(words)) words = words.slice(1);
  // "Inhaber der Bäckerei": an office and its German genitive, no name.
  if (lastTitle >= 0 && /^(?:der|des|dem|den)$/.test(words[0] ?? '')) return '';
  if (words[0] === 'of') {
    // "Secretary of State X", "Minister of the Interior X": the office's object goes with the title.
    words = words.slice(words[1] === 'the' ? 3 : 2);
  }
  const of = words.indexOf('of');
  if (of > 0) words = words.slice(0, of);
  // (After a title, a month or "Will" is a first name: "Aunty May Doolan", "Ms. June Carter", "Mayor Will Reyes"; after Mr/Ms/Dr any one word is the family name: "said Ms Were".)
  // `L’allenatore ha difeso`, `L'entraîneur Jean-Philippe Gauthier`: an elided article on a lower-case noun is no name word.
  const beforeNoise = words.length;
  const balinese = balineseNameStart(words);
  // (`PGS.TS Vũ Thanh Hà`, `BS.CKII X`: Vietnamese academic titles before a name of three words; a specialist's grade after a dot.)
  while (words.length > 3 && /^(?:PGS\.?TS|GS\.?TS|TS|ThS|PGS|GS|BS|(?:BS\.?)?CKII|(?:BS\.?)?CKI|BSCK|BSNT|ThS\.?BS|TS\.?BS)\.?$/u.test(words[0]!)) words = words.slice(1);
  // (`Bé Na`: a Vietnamese child's form of address before a one-word name, which the loop below might take for a word; Romance "thus" before a name, `«…» Così X, …, ha risposto`.)
  if ((words.length === 2 && /^(?:Bé|Cháu)$/u.test(words[0]!)) || (words.length > 1 && /^(?:Così|Así|Assim|Ainsi)$/u.test(words[0]!))) words = words.slice(1);
  // (`I Wayan Sudiarsa`, `Pekaseh Ni Made Ariani`: Balinese I and Ni before a birth-order name open the name itself; so does `A Lăng Tiến`.)
  else if (balinese >= 0 || opensWithOneLetterGivenName(words)) words = words.slice(Math.max(balinese, 0));
  else while (words.length > 0 && ((isLeadingNoise(words[0] ?? '') && !(words.length === 2 && /^(?:Anh|Chị)$/u.test(words[0]!) && /^[\p{ASCII}]+$/u.test(words[1]!)) && !(lastTitle >= 0 && words.length > 1 && /^(?:May|June|April|August|March|Will)$/.test(words[0]!)) && !(words.length === 1 && /^(?:Mr|Mrs|Ms|Dr)\.?$/u.test(run.split(/\s+/).at(-2) ?? ''))) || /^(?:[LlDd]|Un)[’']\p{Ll}/u.test(words[0] ?? ''))) words = words.slice(1);
  // (`La Montse Rovira`, `L'Arnau Bosch`, `En Pep Sala`: Catalan writes an article before a given name, no part of the name.)
  if (words.length >= 3 && /^(?:La|En|Na)$/u.test(words[0]!)) words = words.slice(1);
  else if (words.length >= 2 && /^L['’]\p{Lu}\p{Ll}/u.test(words[0]!)) words = [words[0]!.slice(2), ...words.slice(1)];
  // `Parola di Marta Ghezzi Vollaro`: once a sentence's opening word is gone, a particle left before two capitals is a preposition.
  if (words.length < beforeNoise && words.length >= 3 && /^(?:di|de|da|do|du|del|della|von)$/.test(words[0]!) && /^\p{Lu}/u.test(words[1]!) && /^\p{Lu}/u.test(words[2]!)) words = words.slice(1);
  // (`Viele Wirte geben auf …`: a German quantifier opens a group, capitalised nouns no name; `Ans Aufgeben`, lang/name-openers.ts.)
  if ((words.length <= 2 && /^(?:Viele|Einige|Manche|Mehrere|Wenige|Beide|Alle)$/u.test(words[0] ?? '')) || isFusedVerbNoun(run)) return '';
  // `P. Para usted…`, `R. Para este glaciar`: an interview's question or answer letter before a sentence opener.
  if (words.length === 2 && INTERVIEW_MARK.test(words[0]!) && isLeadingNoise(words[1]!)) return '';
  if ((words.length === 1 && (LONE_ARTICLES.has(bare(words[0]!)) || LONE_FUNCTION_WORDS.has(bare(words[0]!)))) || (words.length > 1 && lastTitle < 0 && GERMAN_ARTICLE.test(words[0]!))) return '';
  // `dell’Azienda autonoma di Stato`: Italian writes a surname's particle with a capital (`Di Stefano`), so a lower-case
  // `di`/`della` before one capitalised word is a preposition and a place or body, no name.
  if (words.length === 2 && /^(?:di|del|della|dello|dei|degli)$/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) return '';
  // `Ihre Nachfolgerin`, `Seine Kollegin`, `Seine Fraktion`: a possessive and a noun for a person (any noun, in German) are a description, no name.
  if (words.length === 2 && ((LONE_FUNCTION_WORDS.has(bare(words[0]!)) && (GERMAN_ROLE_NOUN.test(words[1]!) || isGermanAgentNoun(words[1]!) || isForeignRoleNoun(words[1]!))) || GERMAN_POSSESSIVE.test(words[0]!) || GERMAN_DETERMINER.test(words[0]!))) return '';
  // (`Leipzigs Bürgermeisterin`, `Kölns Polizeipräsident`: a place's genitive and a German office are the office, no name;
  // a compound or a feminine office only, as shorter role nouns are family names too: `Thomas Richter`, `Hans Meister`.)
  if (words.length === 2 && /\p{Ll}s$/u.test(words[0]!) && GERMAN_ROLE_NOUN.test(words[1]!) && (words[1]!.length >= 10 || /\p{Ll}{5}in$/u.test(words[1]!))) return '';
  // A numbered suffix is not what a reader calls the person ("Robert Harmon III" -> "Robert Harmon"), but
  // Jr. and Sr. tell a son from his father: "Donald Trump Jr." is not "Donald Trump".
  if (words.length > 2 && /^(?:II|III|IV)$/.test(words.at(-1) ?? '')) words = words.slice(0, -1);
  // "Nana Oduro Kwarteng III", "Nana Ama Boateng": a chiefly title (also a given name alone) before a given and a family name.
  if (words.length > 2 && CHIEFLY_TITLE.test(words[0]!)) words = words.slice(1);
  // Letters after a name are an office or an honour, not the name: "Eimear Ní Bhriain TD", "Tom Reyes MP".
  if (words.length > 2 && POSTNOMINAL.test(words.at(-1) ?? '')) words = words.slice(0, -1);
  // `Hatice Teyze`, `Ali Bey`, `Mustafa Usta`: a Turkish form of address after a first name is no family name.
  if (words.length >= 2 && TURKISH_ADDRESS_AFTER.test(words.at(-1)!)) words = words.slice(0, -1);
  // `Le député PLR Yves Jaquier`, `Conseillère d'État Anne Dupont`: a party's initials, an office's complement (glued-opener.ts).
  return withoutLeadingBody(words).join(' ');
});

/**
 * `M. Sié Ouattara`: a French `M.` (Monsieur) opening the run is an address. `das Lebenswerk von Ralf Wiegand`: a
 * German `von` before a first name and a family name is a preposition (`von der Leyen`, `Richard von Weizsäcker` keep
 * theirs). `Universidad de Zaragoza Jorge Abad Lanuza`: an institution, its place, then the person (`Maria das Graças
 * Souza`, two words after the particle, stays whole).
 */
function withoutLeadingPreposition(words: string[]): string[] {
  const capitalised = (word: string | undefined) => /^\p{Lu}\p{Ll}/u.test(word ?? '');
  if (words.length >= 3 && /^(?:M\.|MM\.|Mlle)$/u.test(words[0]!)) return words.slice(1);
  const von = words.findIndex((word) => word === 'von' || word === 'vom');
  if (von >= 0 && words.length - von === 3 && capitalised(words[von + 1]) && capitalised(words[von + 2])) return words.slice(von + 1);
  // `der Bürgermeister von Wormeldingen Paul Hoffmann`: `von` and one word opening a run of four is the office's place.
  if (von === 0 && words.length === 4 && words.slice(1).every(capitalised)) return words.slice(2);
  if ((words.length >= 6 || (words.length === 5 && !/^(?:La|Le|El|Los|Las|Del|San|Santa|Sant|Nova|Nueva|Novo|Nuevo)$/u.test(words[3]!))) && NOT_A_PERSON.has(bare(words[0]!)) && /^(?:de|di|da|do|du)$/.test(words[1]!) && words.slice(2).every(capitalised)) return words.slice(3);
  return words;
}

/** West African chiefly titles that are also given names: Akan "Nana", Ewe "Togbe", Yoruba "Oba", Igbo "Igwe". */
/**
 * "N years old" as one adjective, by its ending, in the languages that write it so (a closed class of endings, with a
 * numeral word or digits before them): Scandinavian -årig(e/a), Dutch -jarige, Finnish -vuotias, Estonian
 * -aastane, Czech and Slovak -letý/-ročný, Polish -letni, Croatian -godišnji, Slovene -leten, Bulgarian -годишният,
 * Greek -χρονος, Hungarian -éves. No given name ends so. (Not German -jährige: German capitalises the noun after it, `ein 34-jähriger Münchner`.)
 */
export const AGE_ADJECTIVE = /^(?:\d+-?)?\p{L}*(?:årig[ae]?|jarige|vuotias|vuotiaan|aastane|let[ýáé]|ročn[ýáé]|letni[a]?|godišnj[iaeu]|godišnjak|leten|letna|годишн(?:ия|ият|ата|ия|и|а|о)?|χρον(?:ος|η|ο|ου)|éves)$/iu;

/** Turkish forms of address written after a first name (auntie, uncle, elder sister, Mrs, Mr, master, teacher): a closed class. */
export const TURKISH_ADDRESS_AFTER = /^(?:Teyze|Amca|Abla|Abi|Ağabey|Hanım|Hanim|Bey|Nine|Dede|Dayı|Hala|Yenge|Enişte|Usta|Hoca|Efendi)(?:[’'][\p{Ll}]+)?$/u;

export const CHIEFLY_TITLE = /^(?:Nana|Togbe|Togbi|Oba|Igwe)$/u;

/** Given names built on Sanskrit "-ishwar"/"-eshwor" (lord), "-winder"/"-vinder" (Indra), "-kant" (beloved), "-shant", "-want", shaped like German agent nouns: "Rameshwor Adhikari", "Balwinder Singh", "Chandrakant Patil". */
const INDIC_GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:shw[ao]r|[wv]inder|shant|want|akant|(?<!Fab)rikant|vikant|hikant)$/u;

/**
 * A noun for a person by its form, which no given name has: "Parishioner", "Electrician", "Volunteer",
 * "Trustee", "Shopkeeper", "Homeowner" ("Farmer Bruce Henderson" opens a run as an occupation, not a first name).
 */
/**
 * `Wing-back Conor Hale`, `Centre-half Tom Reddy`, `Co-founder X`: a capitalised compound whose second part is lower-case
 * is a position or office opening the run, never a given name (`Jean-Paul`, `Mary-Kate` capitalise both) — unless that
 * part is one romanised syllable, as Korean and Chinese given names are written (`Hyun-woo`, `Ing-wen`); three parts never are (`Dad-of-three`).
 */
const HYPHENED_POSITION = /^\p{Lu}\p{Ll}+-(?:(?![bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|r)?$)\p{Ll}{3,}|\p{Ll}+(?:-\p{Ll}+)+)$/u;
const AGENT_NOUN = /^\p{L}{3,}(?:ioner|ician|ologist|eer|keeper|owner|holder|maker|worker|fighter|driver|grower|dresser|tender|seller|builder|player|goer|watcher|teacher|leader|runner|arian)$|^\p{L}{4,}(?:tee|yee|gee|nee)$/u;

/** A group naming an organisation by its kind: "The port operator", "its parent company", "the insurer". */
const ORGANISATION_NOUNS = ('company firm operator carrier airline retailer chain group maker manufacturer developer insurer lender bank utility union agency ' +
  'authority council ministry department startup start-up charity organi[sz]ation supplier distributor contractor publisher broadcaster ' +
  'network party business brand platform provider conglomerate subsidiary regulator').split(' ');
const ORGANISATION_OPENING = String.raw`^(?:[Tt]he|[Ii]ts|[Tt]heir)\s`; // the prefix's opening, up to its first space
// ("The plant's lead operator", "its senior developer": a rank is a person's, so the noun is a job.)
/** `^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?!…rank\s)(?:[\p{L}’'-]+\s+){0,3}(?:company|…|regulator)$`, tried only on a group that opens and ends so. */
export const ORGANISATION_GROUP = guarded('quotes/names: organisation group', new RegExp(`${ORGANISATION_OPENING}[^]*(?:${ORGANISATION_NOUNS.join('|')})$`, 'u'), ORGANISATION_NOUNS, 'u', {
  prefix: String.raw`^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?!(?:[\p{L}’'-]+\s+){0,2}(?:lead|senior|chief|head|deputy|assistant|principal|junior|trainee|apprentice)\s)(?:[\p{L}’'-]+\s+){0,3}`,
  suffix: '$',
});

/** Portfolios named after an office ("Commissioner for Energy", "Minister for Home Affairs"): never a first name. */
export const PORTFOLIOS = new Set(
  ('transport health energy education finance defence defense justice trade industry housing environment agriculture ' +
    'home foreign affairs works labour labor tourism culture communications information sport sports youth women ' +
    'water roads transportation aviation commerce employment welfare security planning treasury commonwealth ' +
    // (Danish and Norwegian portfolios after `for … og`: `rådmand for Kultur og Sundhed X Y`.)
    'miljø teknik kultur sundhed omsorg beskæftigelse næring helse samferdsel').split(' '),
);

// (Barristers' letters too: Irish and Australian "SC", "BL", Nigeria's "SAN": `Brendan Hayes SC, defending,`.)
const POSTNOMINAL = /^(?:TD|MP|MLA|MSP|MHK|MS|MEP|QC|KC|SC|BL|SAN|OBE|MBE|CBE|KBE|DBE|PhD|MD)$/;

function marksNonPerson(word: string, i: number, words: string[]): boolean {
  const plain = bare(word);
  // "Boston-based Aurelian Therapeutics": a place-based adjective opens a firm's or a body's name, never a person's.
  if (i === 0 && /\p{L}-based$/u.test(plain)) return true;
  if (isNewLanguagePlaceWord(plain) || (i === 0 && (opensRomancePlace(words) || opensMalayPlace(words) || opensVietnameseBody(words)))) return true;
  // `Kreisklinik Wettenbach`, `Stadtwerke X`: a German compound closing on an institution's noun names the body.
  if (GERMAN_BODY_COMPOUND.test(word) || HUNGARIAN_BODY_COMPOUND.test(word)) return true;
  // "Obafemi Awolowo Way" is a road; "Gerard Way" may be a person.
  if (plain === 'way') return i === words.length - 1 && words.length > 2;
  if (!NOT_A_PERSON.has(plain)) return false;
  if (PLACE_WHEN_FIRST.has(plain) && i === words.length - 1 && i > 0) return REGION_OPENERS.has(bare(words[0]!)) || NOT_A_PERSON.has(bare(words[0]!));
  if (THING_WHEN_LAST.has(plain) && i === 0 && words.length > 1) return false;
  return true;
}

/** "Fisheries and Oceans Canada", "the Pell County": a run ending in a word no person's name ends in names a body or a place. */
export function endsLikeBody(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && marksNonPerson(words.at(-1)!, words.length - 1, words);
}

/** One capitalised word that may be a family name written alone: "Reyes", not "Democrats", "Police" or "NATO". */
export function mayBeFamilyName(word: string): boolean {
  return /^\p{Lu}\p{Ll}[\p{L}’'-]*$/u.test(word) && !NOT_A_PERSON.has(bare(word)) && !isLeadingNoise(word) && !/^(?:Officials|Police|Critics|Voters|Supporters|Residents|Experts|Analysts|Aides|Others)$/.test(word);
}

export function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((word, i) => marksNonPerson(word, i, words))) return false;
  // All-capital words are acronyms (NATO, CNN), glued initials excepted (initials-given.ts); a two-capital word closing the run is an office after a party or place ("Labour MP", "Fianna Fáil TD"), one Cyrillic or Greek capital without a dot a place's letter ("Левски Г"; Indian English writes an initial so: "Venkatesh R").
  if (/^\p{Lu}{2}$/u.test(words.at(-1)!) || /^[\p{Script=Cyrillic}\p{Script=Greek}]$/u.test(words.at(-1)!)) return false;
  return !words.some((word) => word.length > 2 && word === word.toUpperCase() && /\p{L}/u.test(word) && !isGivenInitials(word));
}
