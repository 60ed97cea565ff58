/**
 * Offices and occupations of the languages read by the newlang-*.ts modules (Dutch, Polish,
 * Swedish, Turkish, Indonesian, Romanian, Czech, Greek), as a paper writes them before a name:
 * `Wethouder Pieter van Dam`, `radny Tomasz Nowak`, `Belediye Başkanı Mehmet Aydın`, `Kepala Dinas X`,
 * `primarul Ion Popescu`, `ο δήμαρχος X`. Such a word is the person's role, never part of the name.
 * Kept with no imports, because role-nouns.ts (read by names.ts and roles.ts) reads it.
 */

import { vietnameseNameAtRunEnd } from './vi-run-end';
import { withoutMalayOffice } from './malay-office';
import { isFinnishPlacesRun } from './finnish-place';
import { withoutHungarianDative } from './hungarian-dative';
import { cyrillicRunName } from './cyrillic-name-run';
import { isFeminineOfListed } from './feminine-roles';
import { isForeignRoleNoun } from './role-nouns';
import { ROMANCE_ARTICLE_ROLE } from './romance-article-role';
import { swahiliQualifiedRole } from './sw-role-qualifier';
import { isArmenianProfession } from './armenian-role-shape';
import { isTurkishTitleHead } from './tr-possessed-office';

const WORDS = (
  // Dutch
  'landdros wethouder burgemeester raadslid gemeenteraadslid gedeputeerde woordvoerder woordvoerster directeur directrice voorzitter ' +
  'minister staatssecretaris kamerlid fractievoorzitter ecoloog bioloog econoom onderzoeker onderzoekster hoogleraar ' +
  'boer boerin melkveehouder chauffeur buschauffeur agent advocaat rechter officier trainer aanvoerder keeper spits ' +
  'arts huisarts verpleegkundige docent leraar lerares bewoner bewoonster ondernemer eigenaar eigenares winkelier ' +
  'deskundige schepen secretaris dijkgraaf commissaris bestuurder vakbondsbestuurder predikant dominee pastoor vogelteller ' +
  // (Dutch feminine job words in -e: `Economiste X Y`, `juriste`.)
  'economiste analiste specialiste juriste ' +
  // Polish (nominative and the genitive after `według`)
  'radny radna radnego radnej burmistrz burmistrza prezydent prezydenta starosta starosty wójt wójta dyrektor dyrektora ' +
  'dyrektorka dyrektorki rzecznik rzecznika rzeczniczka minister ministra poseł posła posłanka senator prezes prezesa ' +
  'trener trenera szkoleniowiec szkoleniowca kapitan bramkarz napastnik sędzia sędziego prokurator adwokat lekarz lekarka ' +
  'profesor profesora ekspert eksperta ekspertka mieszkaniec mieszkanka sołtys przewodniczący przewodnicząca komendant ' +
  'policjant strażak nauczyciel nauczycielka kierownik kierowniczka właściciel właścicielka rolnik ratownik zastępca ' +
  'naczelnik naczelnika motorniczy motornicza leśniczy gajowy księgowy księgowa położna oddziałowa salowa woźny woźna dyżurny dyżurna ' +
  // Ordinary people a story describes after their name: `X, emerytka z Radomia`, `Y, kierowca autobusu`.
  'emeryt emerytka rencista rencistka sprzedawca sprzedawczyni kierowca pielęgniarka rolniczka hodowca pszczelarz ' +
  // Swedish
  'kommunalråd kommunalrådet oppositionsråd oppositionsrådet ordförande ordföranden rektor rektorn talesperson ' +
  'pressekreterare ministern borgmästare ledamot ledamoten chef chefen vd forskare forskaren professorn läkare läkaren åklagare ' +
  'åklagaren tränare tränaren förbundskapten lärare läraren landshövding förvaltningschef kyrkoherde lantbrukare bonden ' +
  // Danish and Norwegian
  'borgmester borgmesteren ordfører ordføreren rådmand formand formanden leder lederen direktør direktøren talsmand ' +
  'talsperson politimester politiinspektør overlæge sygeplejerske lege fisker fiskeren medlem medlemmet ' +
  // (Nynorsk: `dagleg leiar`, `ordførar`, `rådgjevar`, `sjukepleiar`, `lærar`.)
  'leiar leiaren ordførar ordføraren rådgjevar rådgjevaren sjukepleiar sjukepleiaren lærar læraren ' +
  // (A union's elected representative, `Tillitsvalgt Kari Holm`.)
  'tillitsvalgt tillitsvalgte ' +
  // Turkish
  'başkan başkanı başkanvekili müdür müdürü bakan bakanı vali valisi kaymakam kaymakamı muhtar muhtarı milletvekili ' +
  'sözcü sözcüsü profesör uzman öğretmen direktör direktörü hakem avukat savcı başsavcı sekreter sekreteri rektör ' +
  'rektörü dekan dekanı başhekim başhekimi antrenör teknik kaptan kaptanı ' +
  // Indonesian
  'kepala wali bupati gubernur menteri camat lurah ketua wakil direktur juru kapolres kapolda kapolsek pengamat dosen ' +
  'guru dokter pedagang petani warga sekretaris anggota pelatih kapten ' +
  // (batch 15: a club's and a firm's staff, courts) `Manajer Persiga, X,`, `kuasa hukum X`.
  'manajer asisten presiden pemilik pengusaha hakim jaksa pengacara peneliti ekonom perawat nelayan koordinator kiper penyerang ' +
  // Romanian
  'primarul primarului primar edilul edilului edila viceprimarul consilierul consilierului consilier directorul directorului directoarea ' +
  'ministrul ministrului purtătorul purtătoarea președintele președintelui președinta președintei prefectul actorul actrița antrenorul ' +
  'profesorul medicul deputatul senatorul procurorul avocatul inspectorul managerul rectorul antrenoarea jucătoarea ' +
  'consiliera primărița profesoara doctorița avocata avocatei avocatului judecătorul judecătoarea procuroarea ' +
  // (batch 15) people a story meets, bare or with the indefinite article: `o pensionară de 74 de ani`, `un fermier`.
  'pensionar pensionară pensionarul pensionara locuitor locuitoare fermier fermierul șofer șoferul student studentă inginer inginerul vânzătoare comerciant ' +
  // (A tenant and a block's administrator, `locatară la etajul trei`, `Administratorul asociației de proprietari`.)
  'locatar locatarul administrator administratorul ' +
  // (A union's or a party's leader, `Liderul sindicatului, X`, `a adăugat liderul de sindicat`.)
  'lider liderul liderului ' +
  // Czech
  'starostka ředitel ředitele ředitelka mluvčí ministr ministryně hejtman hejtmanka poslanec poslankyně senátor předseda ' +
  'předsedy předsedkyně sklář trenér kapitán lékař lékařka profesorka radní zastupitel zastupitelka primátor primátorka ' +
  'místostarosta náměstek náměstkyně policista soudce soudkyně advokát obhájce majitel majitelka odborník analytik ' +
  // (A prosecutor, `státní zástupkyně X`, a firm's managing director, `jednatel X`, a secretary, `tajemník X`.)
  'zástupce zástupkyně jednatel jednatelka tajemník tajemnice ' +
  // Greek (nominative and genitive)
  'δήμαρχος δημάρχου υπουργός υπουργού πρόεδρος προέδρου γραμματέας εκπρόσωπος βουλευτής περιφερειάρχης ' +
  'αντιπεριφερειάρχης διευθυντής διευθύντρια καθηγητής καθηγήτρια γιατρός προπονητής αστυνομικός εισαγγελέας ' +
  'ξενοδόχος ταβερνιάρης σύμβουλος συμβούλου ' +
  // (Batch 15: the trades and standings Greek local news quotes by, `λέει ο X, παραγωγός από …`, `η συνταξιούχος X`.)
  'παραγωγός παραγωγού συνταξιούχος ιδιοκτήτης ιδιοκτήτρια αγρότης αγρότισσα έμπορος κάτοικος ψαράς κτηνοτρόφος ' +
  // Croatian, Serbian (Latin), Slovene and Slovak, read by the fallback (lang/adjacent.ts)
  'gradonačelnik gradonačelnica načelnik načelnica ravnatelj ravnateljica vijećnik vijećnica župan županica ministar ' +
  'ministrica predsjednik predsjednica direktor direktorica glasnogovornik glasnogovornica zastupnik zastupnica ' +
  'dožupan zamjenik zamjenica sudac sutkinja odvjetnik odvjetnica liječnik liječnica ' +
  'svetnik svetnica predsednik predsednica primátor primátorka riaditeľ riaditeľka hovorca hovorkyňa predseda ' +
  'predsedníčka poslanec poslankyňa lekár lekárka starostka ' +
  // (Slovak and Czech scientists and experts a story quotes by their field, `vysvetlila vedkyňa`, `dodal zoológ`.)
  'vedec vedkyňa vědec vědkyně odborníčka zoológ zoologička biológ biologička geológ geologička ekológ ekologička ' +
  // (Slovene: a deputy mayor, a mayor, a sociologist, a minister: `Podžupan X`, `Sociologinja dr. X`.)
  'poveljnik poveljnica gasilec gasilka podžupan podžupanja županja sociologinja sociolog ministrica direktorica ekonomistka ekonomist ' +
  // Batch 7 (q-other): Finnish, Estonian, Hungarian, Slovak and Czech, Polish, Romanian, Turkish and Malay offices and trades
  'maalivahti valmentaja päävalmentaja kapteeni puolustaja hyökkääjä toimitusjohtaja puheenjohtaja pormestari kaupunginjohtaja ' +
  'tutkija lääkäri opettaja tuomari syyttäjä tiedottaja asiantuntija kansanedustaja ministeri johtaja arkkitehti rehtori ' +
  'linnapea abilinnapea vallavanem esimees juhataja analüütik pressiesindaja kõneisik õpetaja arst treener teadur ' +
  // (Estonian: a board member, `juhatuse liige`; a head, `juht`; a pensioner.)
  'liige juht pensionär ' +
  'bíró védő ügyész ügyvéd szóvivő polgármester alpolgármester igazgató elnök miniszter orvos edző képviselő szakértő jegyző ' +
  // (batch 15) Hungarian people a story meets, the role after the name: `Tóth Erzsébet nyugdíjas`, `Kiss Anna tanár`.
  'nyugdíjas lakos tanár tanárnő diák vállalkozó gazda tulajdonos ügyvezető pedagógus ápoló sofőr vezetőedző edzője vezetőedzője ' +
  // (Trades of the wine country and the village, `– mondta a borász`; not `halász`, `kertész`, family names too.)
  'borász szőlész pincemester gazdálkodó termelő lelkész plébános rendőr tűzoltó főorvos ápolónő egyetemista ' +
  // (Batch others6: trades and standings that open a sentence before a two-word name, `Ribar Ante X`, `Položna Ewa X`, `Politiadvokat` (a tail).)
  // (Lithuanian, Latvian, Slovene and Turkish roles opening a sentence before the name, kept for a pronoun's tag after it: `Bibliotekos direktorė X`.)
  'direktorius ekonomistas ekonomistė ekonomists ekonomiste županja mühendis mühendisi ' +
  // (Lithuanian offices and trades, masculine in -as/-us; the feminine in -ė comes by feminine-roles.ts: `Vicemerė X`, `seniūnė X`.)
  'meras seniūnas mokytojas gydytojas vadovas atstovas ūkininkas pareigūnas inspektorius ' +
  // (Latvian offices and trades opening a sentence after their body: `… valdes loceklis X`, `… arodbiedrības priekšsēdētāja X`;
  // not `vietnieks`, "deputy", which closes a long genitive chain whose whole is the role.)
  'loceklis locekle priekšsēdētājs priekšsēdētāja profesors profesore dokeris mērs direktors direktore ' +
  // (Latvian: the feminine in -e of -s and in -āja of -ājs comes by feminine-roles.ts: `hidroloģe`, `speciāliste`, `vadītāja`.)
  'hidrologs hidroloģe speciālists eksperts vadītājs ārsts skolotājs pārdevējs iedzīvotājs glābējs policists inženieris inženiere zemnieks zemniece deputāts ministrs sekretārs ' +
  'hydrolog hydroložka důchodce důchodkyně dôchodca dôchodkyňa pacient pacientka zdravnik zdravnica ribar ribarica kapiten kapetan położna ämmaemand luottamusmies advokat ' +
  'statik statička autor autorka architekt architektka choreograf choreografka tréner organizátor meteorolog meteoroložka hasič velitel náčelník mluvčího hejtmana starosty ' +
  'prof nadleśniczy leśniczy doktorant doktorantka doktoranta mykolog biolog biolożka ' +
  'economistul economista proprietarul proprietara producătorul viticultorul ' +
  'tarihçi tarihçisi sanatçı sanatçısı şef şefi ' +
  // (Albanian offices with their suffixed article opening a sentence before the name: `Avokati X Y`, `Urbanistja X Y`.)
  'avokati avokatja urbanisti urbanistja kryetari kryetarja drejtori drejtoresha zëdhënësi zëdhënësja ministri ministrja ' +
  'banori banorja mjeku mjekja inxhinieri inxhinierja ekonomisti ekonomistja profesori profesoresha pronari pronarja ' +
  // (Armenian offices and trades opening a sentence before the name: `Ճարտարագետ X Y`, `Տրանսպորտի փորձագետ X Y`.)
  'ճարտարագետ փորձագետ խոսնակ տնօրեն ուսուցիչ ուսուցչուհի ուսանող անդամ քաղաքապետ նախարար պատգամավոր բժիշկ ' +
  'pengarah timbalan pegawai jurucakap pengerusi setiausaha bendahari pengurus ' + // (chair, secretary, treasurer, manager: `Pengerusi Jawatankuasa X, Datuk Y`)
  // (Malay courts: a sessions judge and a magistrate before the name, `Hakim Sesyen X`, `Majistret X`.)
  'sesyen majistret ' +
  // (Swahili trades and offices opening a sentence before the name: `Mshambuliaji X Y alifunga …`, `Kocha X`, `Mwakilishi wa Wadi ya X, Mhe Y`.)
  'mshambuliaji kocha kiungo mlinzi nahodha mwamuzi mkulima mbunge mwenyekiti mkurugenzi msemaji mwalimu mwakilishi katibu afisa meneja waziri gavana mhandisi daktari kamishna mratibu msimamizi ' +
  // (Azerbaijani offices and trades before the name, bare and as a compound's possessed head: `Memar X Y`, `Nəqliyyat eksperti X Y`, `usta X Y`.)
  'memar ekspert eksperti həkim həkimi müəllim müəllimi sürücü sürücüsü sədr sədri nazir naziri deputat müdir müdiri ' +
  'direktor direktoru hüquqşünas iqtisadçı mühəndis mühəndisi jurnalist sakin sakini katib katibi sözçü sözçüsü usta ustası mütəxəssis mütəxəssisi ' +
  // (Uzbek offices and trades before the name, bare and possessed: `Iqtisodchi X Y`, `… boshlig‘i X Y`.)
  'iqtisodchi ekspert boshlig‘i boshliq rahbari rahbar hokim hokimi o‘rinbosari muhandis o‘qituvchi shifokor haydovchi talaba ' +
  // (Kazakh trades and standings before the name: `Зейнеткер X Y`, `Сарапшы X Y`, `Дәрігер X Y`.)
  'зейнеткер тұрғын мұғалім дәрігер жүргізуші ғалым сарапшы әкім кәсіпкер маман ' +
  // (Mongolian offices before the name: `Захирал X`, `Эмч X`, director, doctor.)
  'захирал дарга эрхлэгч багш эмч сайд төлөөлөгч ' +
  // Bulgarian (lang/bg.ts), bare and with the suffixed article
  'кмет кметът кметицата архитект архитектът съветник съветникът министър министърът директорът председател председателят ' +
  'говорител говорителят лекар лекарят учител учителката пенсионер пенсионерът пенсионерка пенсионерката управител управителят ' +
  'прокурор прокурорът адвокат адвокатът наместник наместникът заместник заместникът секретар секретарят агроном агрономът'
).split(' ');

const ROLES = new Set(WORDS);

/**
 * Dutch and Swedish glue a role onto another noun (`buschauffeur`, `vakbondsbestuurder`,
 * `förvaltningschef`, `smittskyddsläkare`): a long word ending in one of these is a role too.
 */
const COMPOUND_HEADS = ['schepen', 'secretaris', 'chauffeur', 'bestuurder', 'voorzitter', 'woordvoerder', 'directeur', 'houder', 'teller', 'deskundige', 'chef', 'sjef', 'råd', 'rådet', 'ordförande', 'fører',
  // Swedish `Smittskyddsläkare`, `Butiksägaren`, `Distriktssköterskan`: a physician, an owner, a nurse of some kind.
  'läkare', 'läkaren', 'ägare', 'ägaren', 'ägarinnan', 'sköterska', 'sköterskan',
  // Dutch `Dronepiloot`, `Helikopterpiloot`, Scandinavian `Dronepilot`.
  'piloot', 'pilot', 'piloten',
  // Dutch `buurvrouw`, `zakenvrouw`, `raadsvrouw`: a woman of some kind; `Longarts`, `huisarts`, `kinderarts`: a doctor of some kind.
  'vrouw', 'arts'];

/**
 * Dutch and Scandinavian agent and occupation nouns by their shape (`anklager`, `ploegleider`, `organisator`, `lektor`,
 * `redaktør`, `journalist`), for roles no list holds. Read only where a role is expected (a lower-case word
 * between a verb or an article and a name), never to cut a name.
 */
const AGENT_SHAPE = /^\p{Ll}[\p{Ll}-]{3,}(?:er|ør|eur|ist|ent|ant|at|or|aar|ier|ster|mester|meester|leider|trice|log|loog)$/u;
const NOT_AGENT = /^(?:later|eerder|verder|daarover|hierover|derefter|bagefter|efter|under|senere|over|sommer|vinter|hvorfor|eller|enter|wonder|heller|aldrig|faktor|motor|sector|sektor|tenor|interior|donor)$/u;

/**
 * `Analytikern Anna Berg`, `Forskaren Lars Holm`, `Meteorologen Sofie Dahl`, `Journalisten …`: a Scandinavian agent noun
 * with its definite ending opening a run (family names in -sen, `Andersen`, have no agent stem before it).
 */
// (`-øren`, `-ören` only with the e: `Sigbjørn`, `Asbjørn` are given names.)
const DEFINITE_AGENT = /^\p{Ll}{4,}(?:(?:iker|ker|ter|der|ler|ar|ist|log|ent|ant)e?n|(?:ør|ör)en)$/u;

/** A role noun as the list writes it, no compound read (`tränaren`, not `rvikatränaren`): lang/compound-role.ts. */
export const isListedNewLanguageRoleNoun = (word: string) => ROLES.has(word.toLowerCase());

// (Malay trades, agents where a role is expected, `kata X, 58, penjaja …`; no role in any tag word: `di pusat penjaja`, a place.)
const MALAY_TRADES = new Set(['penjaja', 'peniaga', 'pesara', 'pemandu']);
export function isNewLanguageAgentNoun(word: string): boolean {
  return isNewLanguageRoleNoun(word) || (AGENT_SHAPE.test(word) && !NOT_AGENT.test(word)) || MALAY_TRADES.has(word.toLowerCase());
}

/** A role noun of these languages, whatever its capital: `Wethouder`, `radny`, `Başkanı`, `Primarul`. */
export function isNewLanguageRoleNoun(word: string): boolean {
  const plain = word.toLowerCase().replace(/[.,;:]+$/u, '');
  if (ROLES.has(plain) || isArmenianProfession(plain)) return true;
  // (`locatară`, `directoare`: the regular feminine of a listed office, feminine-roles.ts.)
  if (isFeminineOfListed(plain, (masculine) => ROLES.has(masculine))) return true;
  // (`αντιπεριφερειάρχισσα`: a Greek woman's office in -ισσα of a listed one in -ης, batch others5.)
  if (/^\p{Script=Greek}{4,}ισσα$/u.test(plain)) return isNewLanguageRoleNoun(`${plain.slice(0, -4)}ης`);
  // `Emmerveen-spits`, `Warta-trener`: a club or place joined to the role by a hyphen.
  const hyphen = plain.lastIndexOf('-');
  if (hyphen > 0 && ROLES.has(plain.slice(hyphen + 1))) return true;
  // `wiceprzewodniczący`, `vicevoorzitter`, Turkish `başantrenör` (chief coach): a deputy's or chief's prefix on an office.
  // (`директорката`: a Bulgarian feminine in -ка, with its article -та, of a listed office.)
  const bulgarianFeminine = /^(\p{Script=Cyrillic}{4,})ка(?:та)?$/u.exec(plain)?.[1];
  if (bulgarianFeminine && (ROLES.has(bulgarianFeminine) || ROLES.has(`${bulgarianFeminine}ът`))) return true;
  // (Greek `αντιδήμαρχος`, `αντιπρόεδρος`: the deputy's prefix αντι- likewise.)
  const office = /^(?:wice|vice|baş|αντι)(\p{Ll}{4,})$/u.exec(plain);
  if (office && ROLES.has(office[1]!)) return true;
  // (`avdelingssjefen`, `avdelingschefen`: a compound's Scandinavian definite ending read off first.)
  const compound = (word: string) => word.length > 7 && COMPOUND_HEADS.some((head) => word.endsWith(head) && word.length - head.length >= 3);
  // (`treneren`, `landslagstreneren`: the Danish and Norwegian definite -en on a listed role noun in -er, or on a compound ending in one.)
  const definiteEr = /^(\p{Ll}{3,}er)en$/u.exec(plain)?.[1];
  if (definiteEr && (ROLES.has(definiteEr) || listedCompoundTail(definiteEr))) return true;
  return compound(plain) || (/\p{Ll}(?:en|et)$/u.test(plain) && compound(plain.slice(0, -2))) || DEFINITE_AGENT.test(plain) || listedCompoundTail(plain);
}

/**
 * (Batch others5: `Käräjätuomari`, `Oppositieraadslid`, `Mjölkbonden`, `csapatkapitány`-like compounds: Finnish, Dutch, Swedish and
 * Hungarian write a field before the role noun in one word, so a word of nine letters or more ending in a listed role noun of
 * five letters or more, three letters or more before it, is that role; short tails, `-ra`, `-nen`, cut no names. A
 * lower-case one now takes the body before it into the role like any listed noun: `Suomen Vapaa-ajankalastajien
 * toiminnanjohtaja X`.)
 */
function listedCompoundTail(plain: string): boolean {
  if (plain.length < 9 || !/^\p{Ll}+$/u.test(plain)) return false;
  for (let at = 3; at <= plain.length - 5; at++) if (ROLES.has(plain.slice(at))) return true;
  return false;
}

/** Words opening a source or a sentence in these languages, capitalised at its start. */
const SOURCE_OPENERS = new Set('według zdaniem volgens aldus enligt ifølge podle podľa prema potrivit conform menurut σύμφωνα'.split(' '));
/** Genitive endings of Polish, Czech and Greek nouns and adjectives, which no first name in the nominative has. */
const GENITIVE = /(?:ego|ej|owej|iej|ych|ów|u|ου|ας|ης|ων)$/u;
/** Endings of a place or club in the genitive or locative before a name: `Dolní Lhoty`, `Warty`, `Jasienicy Górnej`, `Παρθένου`. */
// (`Drnovic`, `Pardubic`, `Katowic`: the genitive plural of a town named in the plural.)
// (`Тренер Радничког X`, `trener Dinamovog X`: the Serbian and Croatian genitive of an adjective or a possessive, -ог/-og, -ег/-eg.)
const PLACE_CASE = /(?:y|i|ej|ego|u|ou|ího|ého|ie|ic|ου|ας|ης|ог|ег|og|eg)$/u;
/** Polish towns in the genitive before a name (`Mieszkanka Krakowa Anna X`, `Gdańska`, `Płocka`): no given name ends so. */
const TOWN_GENITIVE = /\p{Ll}(?:owa|ewa|ska|cka|dzka)$/u;
/** Flemish and Dutch particles written with a capital inside a name (`Hilde De Wachter`, `Jan Van den Broeck`). */
const PARTICLE_CAPITALISED = /^(?:De|Van|Vanden|Vander|Ver|Ter|Ten)$/u;
/** A word opening with a capital, no particle. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * What names.ts keeps of a name run in these languages, past its role (`role`: the role word
 * dropped before it, if any):
 *   `Starosta Dolní Lhoty Martin Kučera`, `Prezes Warty Henryk Mazur`: three capitalised words or
 *   more after a role of these languages are the role's place and the name, the name the last two;
 *   `Lotte Hoekstra van de Hogeschool Noordwold`: `van (de)` before two capitalised words opens the
 *   place she comes from, not her family name (`Pieter van Dam` keeps his).
 */
export function tidyNameWords(words: string[], role: string | undefined): string[] {
  // (`Sở Công Thương Hà Giang Đỗ Văn Tùng`: a Vietnamese body or place before a full name of three syllables, lang/vi-run-end.ts.)
  const vietnamese = vietnameseNameAtRunEnd(words);
  if (vietnamese) return vietnamese;
  // (`a Duna Televíziónak Szabó Gergely`: an outlet in the Hungarian dative before the name, lang/hungarian-dative.ts.)
  words = withoutHungarianDative(words);
  // (`Timbalan Pendakwa Raya Siti Aminah Rashid`: a Malay office of two capitalised words, lang/malay-office.ts; all after it is the name.)
  const afterMalayOffice = withoutMalayOffice(words);
  if (afterMalayOffice !== words) return afterMalayOffice;
  // (`perheineen Järvelään Turusta`: Finnish places in their cases, "to X from Y", lang/finnish-place.ts.)
  if (isFinnishPlacesRun(words)) return [];
  if (words.length > 1 && words.some(isBodyWord)) return [];
  // (`obyvatel Horního Města`: a Czech or Slovak adjective in the genitive, -ého, opens a place's or body's name, never a
  // person's; `W Gdyni woda …`, `V Brně se …`: a one-letter preposition opening the sentence, then the place.)
  if (words.length === 2 && (/^\p{Lu}\p{Ll}+ého$/u.test(words[0]!) || /^[WV]$/u.test(words[0]!))) return [];
  // `του Υπουργείου Γεωργίας Ανδρέας Πέτρου`: no Greek given name ends in -ου, so a run opening so is a body or place in the
  // genitive, the person its last two words (family names may end so: `Μάριος Κωνσταντίνου` stays).
  // (`Τεχνικών Υπηρεσιών Νίκος Π.`: nor in the genitive plural -ών, a portfolio's.)
  // (`ο δήμαρχος Κορυδαλλού Νίκος Χ`, `Πανελληνικού Νίκος Χ`: nor in the genitive accented on its ending, -ού.)
  if (words.length >= 3 && /^\p{Lu}\p{Script=Greek}+(?:ου|ού|ών|ων)$/u.test(words[0]!)) return words.slice(-2);
  // (`Προστασίας Ελένη Παπαδάκη`, `Αγροτικής Ανάπτυξης Ηρακλείου Στέλιος Μαρκάκης`: a portfolio in the feminine genitive, -ας/-ης,
  // before a woman's given name (no man's given name stands before one), or two words or more of it before any two.)
  // (Not after an adjective's genitive, `Ναυτιλιακής Πολιτικής X Y`: the portfolio is read into the role there, lang/el.ts.)
  if (words.length >= 3 && words.every((word) => /^\p{Lu}\p{Script=Greek}+$/u.test(word)) && /(?:ας|ης|ής)$/u.test(words[0]!) && !/(?:ικής|ιακής)$/u.test(words[0]!) && (words.length > 3 ? words.slice(0, -2).every((word) => /(?:ου|ας|ης|ής|ών|ων)$/u.test(word)) : /[αη]$/u.test(words[1]!))) return words.slice(-2);
  // (`Veľký Meder Ladislav Horváth`, `Horná Kráľová Peter Kucharík`: four capitalised words in a Czech, Slovak or Polish text hold a
  // place or body before the person's two; Spanish and Portuguese, which write four-word names, have none of these letters.)
  // (With a role noun right before the run, `wójt Jasienicy Górnej X Y`, the branch below reads the place into the role.)
  // (Nor a place in a case of its own first, `Jasienicy Górnej X Y`, which the readers put into the role before it.)
  if (!role && words.length >= 4 && !/\p{Ll}(?:y|ej|ego|ych|ich|ów|ii)$/u.test(words[0]!) && words.every((word) => CAPITALISED.test(word)) && words.some((word) => /[čďěňřšťůľĺŕôąćęłńśźż]/u.test(word))) return words.slice(-2);
  // (`υφυπουργό Ναυτιλιακής Πολιτικής`: nor in an adjective's genitive, -ικής, -ικού; the portfolio alone names no one.)
  if (words.length <= 3 && /^\p{Lu}\p{Script=Greek}+(?:ικής|ικού|ικών|ιακής|ιακού|ιακών)$/u.test(words[0]!)) return [];
  // `Başkan Yardımcısı Selin Aydın`: a Turkish agent noun with the possessive of a compound title (-cısı, -cisi, -cüsü; `Üyesi`) is
  // the title's head, never a given name.
  // (`Meclis Üyesi Ayşe Korkmaz`, `Kooperatif Sözcüsü Ali Rıza Yalçın`: the head may close a compound of two words or more, the
  // possessive after a vowel, -sı/-si/-su/-sü, being no given name's ending.)
  const head = words.length >= 3 ? words.slice(0, -2).findLastIndex(isTurkishTitleHead) : -1;
  if (head >= 0) return words.slice(head + 1);
  // `Według Nowaka`, `Volgens Bakker`: the word opening a source is no part of the name.
  if (words.length > 1 && SOURCE_OPENERS.has(words[0]!.toLowerCase())) return tidyNameWords(words.slice(1), role);
  if (role && (isNewLanguageRoleNoun(role) || (/\p{Script=Cyrillic}/u.test(role) && isForeignRoleNoun(role))) && words.length >= 3 && words.every((word) => CAPITALISED.test(word)) && !(words.length === 3 && PARTICLE_CAPITALISED.test(words[1]!))) {
    // `Rzecznik Narodowego Funduszu Zdrowia`: a would-be first name in the genitive makes the run an institution's.
    if (GENITIVE.test(words.at(-2)!)) return [];
    // `Fisker Odd Arne Haugen`: only a place in a case of its own (`Lhoty`, `Warty`, `Górnej`) goes; two first names stay.
    // (`Kepala Dinas Perdagangan Rudi Hartono`: an office's institution word goes too.)
    // (`Nadleśniczy Nadleśnictwa Józefów Tomasz Kaczmarek`: four words after a role, the first a body in the genitive, hold its name
    // and the person's; `Minister for Energy Sardar Asif Khan Bhutta` keeps three.)
    // (`Naczelnik TOPR Andrzej Krzeptowski`: an abbreviation in capitals before the name is the body the role is of.)
    // (`Kooperatifi Başkanı Ali Rıza Şahin`: after a Turkish office, three names are a person's two given names and family name.)
    if (words.length === 3 && /[ıİşŞğĞüÜöÖçÇ]/u.test(role) && /[ıiuü]$/u.test(role)) return words;
    // (`Primátorka Dolnej Štiavnice Katarína Vargová`: four words opening with a place in a case of its own, too.)
    return (words.length >= 4 && (/\p{Ll}(?:a|ów|ych)$/u.test(words[0]!) || PLACE_CASE.test(words[0]!))) || PLACE_CASE.test(words.at(-3)!) || TOWN_GENITIVE.test(words.at(-3)!) || /^\p{Lu}{2,}$/u.test(words.at(-3)!) || words.slice(0, -2).some((word) => PLACE_WORDS.has(word.toLowerCase())) ? words.slice(-2) : words;
  }
  const from = words.indexOf('van');
  if (from < 1) return words;
  const after = words.slice(from + 1);
  const place = after[0] === 'de' || after[0] === 'het' || after[0] === 'der' || after[0] === 'den' ? after.slice(1) : after;
  // (`Hilde Peeters van het ACV`: an abbreviation in capitals after `van` is a union or party, never a family name.)
  const body = place.length === 1 && /^\p{Lu}{2,}$/u.test(place[0]!) && after.length === 2;
  return body || (place.length >= 2 && place.every((word) => CAPITALISED.test(word))) ? words.slice(0, from) : words;
}

/**
 * `Elnätsbolaget Norrkraft Nät`, `Konsumföreningen Nord`: a Scandinavian noun with its definite ending for a body
 * (company, council, union) opening a run; `Conducerea Spitalului Județean`: a Romanian genitive (-ului, -ilor).
 * Either makes the run a body's name, never a person's.
 */
const BODY_HEAD = /^\p{Lu}\p{Ll}{2,}(?:bolaget|företaget|selskabet|selskapet|kommunen|verket|banken|förbundet|forbundet|föreningen|foreningen|partiet)$/u;
const ROMANIAN_GENITIVE = /^\p{Lu}\p{Ll}{2,}(?:ului|ilor)$/u;
const isBodyWord = (word: string, i: number) => (i === 0 && BODY_HEAD.test(word)) || ROMANIAN_GENITIVE.test(word);

/**
 * Occupation endings of the languages papers write without an article before a name: Swedish -are (`säkerhetssamordnare`),
 * Finnish -ja/-jä (`toiminnanjohtaja`), Polish -ka/-arz/-ysta/-ista (`reżyserka`, `lekarz`), Hungarian -ó/-ő (`szóvivő`).
 */
// (Hungarian possessed forms set before the name: `meteorológusa, X`, `elnöke, X`, `szóvivője`, `igazgatója`.)
const OCCUPATION_END = /^\p{Ll}[\p{Ll}-]{4,}(?:are|ja|jä|ka|arz|ysta|ista|ó|ő|ész|ász|us)$|^\p{Ll}{2,}(?:usa|ője|ója|öke|stere)$/u;

/**
 * `… przed pokazem reżyserka Agnieszka Wilk wycofała`, `Ragunda kommuns säkerhetssamordnare Erik Nordin`: the one
 * lower-case role noun right before a name at its mention, whatever comes before it in the sentence.
 */
/** `siger X (V), der er borgmester i Aabenraa Kommune`: a relative clause saying what the person is, after the name. */
const RELATIVE_ROLE = /^\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:der|som|die|care|który|która|který|která)\s+(?:er|är|var|is|was|jest|este|je)\s+((\p{Ll}[\p{L}-]*)(?:\s+(?!(?:i|for|för|på|van|w|z|din|v|ve)\s)\p{Ll}[\p{L}-]*)?(?:\s+(?:i|for|för|på|van|w|z|din|v|ve)\s+\p{Lu}[^,.;()]{0,40})?)/u;

/** Whether a lower-case word has an occupation's ending (`weterynarz`, `toiminnanjohtaja`, `szóvivő`). */
export const isOccupation = (word: string) => OCCUPATION_END.test(word);

export function roleInRelativeClause(afterName: string): string | null {
  const found = RELATIVE_ROLE.exec(afterName);
  return found && (isNewLanguageAgentNoun(found[2]!) || OCCUPATION_END.test(found[2]!)) ? found[1]!.trim() : null;
}

export function roleNounJustBefore(lead: string): string | null {
  // (`»Det er et chok«, siger Lars Bech`: the one word right after the quote is the tag's verb, whatever its ending.)
  if (/["”»«“’][ \t]*[,–—-]?[ \t]*\p{Ll}+\s+$/u.test(lead)) return null;
  const last = /(?:^|\s)(\p{Ll}[\p{Ll}-]+),?\s+$/u.exec(lead)?.[1];
  // (`mshambuliaji kinda X`: a Swahili office with its qualifier after it, sw-role-qualifier.ts.)
  return swahiliQualifiedRole(lead, isNewLanguageAgentNoun) ?? (last && (isNewLanguageAgentNoun(last) || OCCUPATION_END.test(last)) ? last : null);
}

/** Prepositions of these languages before a place: `w Lublinie Paweł Zając`, `z Lublina`. */
const PLACE_PREPOSITION = /(?:^|\s)(?:w|we|z|ze|na|v|ve|do|в|во|у|из|із|in|im|aus|în|din|på|från|fra|ved|vid|hos|di|dari|ke|σε|στο|στη|στην|από)\s+$/u;

/** Role nouns of these languages that English writes too, before a name. */
const SHARED_WITH_ENGLISH = /^(?:agent|minister|trainer|chef)$/u;

/**
 * `w Lublinie Paweł Zając`, `szkoleniowiec Warty Robert Jankowski`: after a preposition or a role noun of
 * these languages, three capitalised words are a place (or club) and a name.
 */
export function withoutPlaceAfterPreposition(name: string, before: string): string {
  const words = name.split(' ');
  if (words.length < 3 || words.length > 4 || !words.every((word) => CAPITALISED.test(word))) return name;
  // (`vakbondssecretaris Hilde De Wachter`: a Flemish particle, capitalised, opens the family name, the given name before it.)
  if (words.length === 3 && PARTICLE_CAPITALISED.test(words[1]!)) return name;
  // (`пенсионерка Вера Павловна Лосева`, `Депутат Думы Находки Игорь Соколов`: lang/cyrillic-name-run.ts.)
  const cyrillic = cyrillicRunName(words);
  if (cyrillic) return cyrillic;
  const previous = /(\p{Ll}+)\s+$/u.exec(before)?.[1] ?? '';
  // (After a Romance article and its role noun the three words are a given name and two family names.)
  if (ROMANCE_ARTICLE_ROLE.test(before)) return name;
  // `Borgmester i Esbjergvig Kommune Anne-Mette Juhl`: a role noun and `i` (in) before the place.
  // (`кметът на Видин Петър Стоянов`: Bulgarian `на`, "of", the same way.)
  const roleIn = /(\p{L}+)\s+(?:i|för|на)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // (`Stock agent Bronwyn Ah Kee`, `Finance minister Ana Garcia Lopez`: a role noun English shares leaves two family names alone, unless the first word is in a case.)
  const shared = SHARED_WITH_ENGLISH.test(previous) && !PLACE_CASE.test(words[0]!);
  // `Choreografka domáceho súboru Lehotan Eva Mrázová`, `Načelnik općine Sveti Lovro X`: a role noun and its lower-case
  // complement before the run make its first words the body or place the complement names.
  const roleOf = /(?:^|[\s,.;:])(\p{L}+)((?:\s+\p{Ll}+){1,2})\s+$/u.exec(before);
  // (Nouns in a case, never small words: `Minister for Energy Sardar Asif Khan Bhutta` keeps its three.)
  const complement = roleOf ? roleOf[2]!.trim().split(/\s+/u) : [];
  // (`izjavio je zamjenik župana X Y Z`: with a verb before, an office and another office's genitive, "deputy of the mayor".)
  const officeOfOffice = /(\p{Ll}+)\s+(\p{Ll}{5,})\s+$/u.exec(before);
  const roleWithComplement = (!!roleOf && isNewLanguageRoleNoun(roleOf[1]!) && complement.every((word) => word.length >= 4 && !isNewLanguageRoleNoun(word) && !/^(?:from|with|into|over|about|under|after)$/u.test(word))) ||
    (!!officeOfOffice && isNewLanguageRoleNoun(officeOfOffice[1]!) && isNewLanguageRoleNoun(officeOfOffice[2]!.replace(/(?:a|e|u|y|ego|owi)$/u, '')));
  return PLACE_PREPOSITION.test(before) || (previous && isNewLanguageRoleNoun(previous) && !shared) || (roleIn && isNewLanguageRoleNoun(roleIn)) || roleWithComplement ? words.slice(-2).join(' ') : name;
}

/** Words that make a capitalised run a place or an institution in these languages: `Kabupaten Enrekang`, `Hogeschool Noordwold`. */
const PLACE_WORDS = new Set(
  ('kabupaten kota provinsi kecamatan desa pasar pulau kawasan kampung dusun kelurahan barangay purok lungsod lalawigan munisipyo universitas dinas gemeente provincie hogeschool universiteit stichting ' +
    'ziekenhuis uniwersytet szpital gmina powiat województwo urząd kommun universitet sjukhus üniversitesi belediyesi ' +
    // (Polish bodies in the genitive, as they stand after another noun: `oddziału Narodowego Funduszu Zdrowia`.)
    'fundusz funduszu szpitala gminy powiatu województwa urzędu sądu ministerstwa instytutu ' +
    'mahallesi ilçesi universitatea spitalul primăria județul liceul univerzita nemocnice město obec kraj úřad ' +
    'πανεπιστήμιο νοσοκομείο δήμος община общината ' +
    // (Greek villages and towns opened by "Lower", "Upper", "New", "Saint": `το Κάτω Πεδινό`, `η Νέα Σκάλα`; no Greek name opens so.)
    'κάτω άνω νέα νέο νέος αγία άγιος αγίου αγίας άγιοι αγίων').split(' '),
);

/** Hungarian bodies are compounds closing on their noun: `Úszóklub`, `Sportegyesület`, `Városi Kórház`, `Megyei Bíróság`. */
const HUNGARIAN_BODY_END = /\p{L}(?:klub|egyesület|önkormányzat|kórház|egyetem|szövetség|hivatal|bíróság)$/u;

/** Whether a word of a capitalised run names a place or an institution in these languages. */
export function isNewLanguagePlaceWord(word: string): boolean {
  const lower = word.toLowerCase();
  return PLACE_WORDS.has(lower) || HUNGARIAN_BODY_END.test(lower);
}
