/**
 * People a sentence brings in without a name, by an indefinite description as its subject, in many
 * languages: `A taxi driver waiting at the rank said …`, `En 52-årig kvinna …`, `Una vecina de X que …`,
 * `Ein Anwohner …`, `Une infirmière, qui …`, `Een buurtbewoner …`, `Одна из жительниц …`,
 * `وقالت إحدى السيدات …`, `תושבת השכונה, שביקשה שלא להזדהות, …`, `近くに住む70代の女性は…`, `一名住在河边的男子说…`.
 *
 * Salience (salience.ts) puts each on its stack beside the named subjects and speakers: a "he"/"she" of
 * fitting gender or a verb without subject right after it is that unnamed person, kept as a
 * description, not the person quoted before. A named subject after it takes over as usual.
 * Only person nouns count (`A report found …`, `Un informe …` bring in no one), and only a sentence's
 * opening (`Police arrested a man` is an object).
 */

import { descriptionGender, type Gender } from './coreference';
import { ROLE_NOUNS } from './roles';
import { isForeignRoleNoun, ROMANCE_AGENT } from './lang/role-nouns';
import { GERMAN_ROLE_NOUN, isGermanAgentNoun } from './lang/de-roles';
import { arabicDescribedOpening } from './lang/arabic-described';
import { hebrewDescribedOpening } from './lang/hebrew-described';
import { greekIndefiniteOpening, greekOfficeOpening } from './lang/greek-unnamed';
import { asOpening, innerClauseOpenings } from './inner-introduction';
import { isUnnamedOnPurpose } from './lang/anonymous';
import { withheldNameIntroduction } from './anonymity-clause';
import { englishWithheldIntroduction } from './lang/english-withheld';
import { countedUnnamed } from './lang/counted-unnamed';
import { bareRoleOpening } from './lang/bare-role-opening';
import { opensWithHungarianDefinite } from './lang/hungarian-definite';
import { opensWithRomanceA } from './lang/romance-a-opening';
import { asAfrikaansPhrase, asDutchOpening } from './lang/lowland-article';
import { albanianIndefiniteOpening } from './lang/albanian-unnamed';

export interface UnnamedIntroduction {
  /** Where the description starts. */
  at: number;
  /** The description as written, its indefinite article in lower case: "a taxi driver", "una vecina". */
  phrase: string;
  gender: Gender | null;
}

/** English indefinites; their nouns are read by English shapes only (`A moradora` is Portuguese's definite article). */
const ENGLISH_ARTICLE = /^(?:A|An|One|Another)$/;
/** Articles of the other Latin-script languages, with the gender they give (null: either). */
const ARTICLE_GENDER: Record<string, Gender | null> = {
  Un: 'male', Uno: 'male', Um: 'male', Ein: 'male', Une: 'female', Una: 'female', Uma: 'female', Eine: 'female', 'Un’': 'female', "Un'": 'female',
  En: null, Ett: null, Ei: 'female', Et: null, Een: null, Eén: null, Omnye: null, Omunye: null, // (isiXhosa `Omnye umongikazi`, a certain nurse.)
};
/** Words that end the description: prepositions, relative pronouns, conjunctions (a place after `de` is no name of the person). */
const STOP = /^(?:of|from|at|in|on|near|outside|for|with|who|whose|which|that|among|by|after|before|de|del|della|di|da|do|dos|das|du|des|d['’].*|av|från|på|i|som|med|vid|och|der|die|das|den|dem|des|von|vom|aus|am|im|mit|bei|und|van|uit|op|bij|aan|die|dat|met|en|que|qui|che|cui|y|et|e|o|ou|of)$/iu;
/** Right after the noun (a short complement between): a verb of saying, so the noun is someone who speaks. */
const SAYS_NEXT = /^(?:\s+(?:of|at|in|from|on|near|de|du|des|del|della|di|da|do|aus|vom|van|uit|från|fra|på|i)\s+[^\s,.;:!?"“”«»„]+(?:\s+[^\s,.;:!?"“”«»„]+){0,3})?\s+(?:said|says|told|recalled|explained|complained|admitted|dit|raconte|explique|confie|témoigne|dice|dijo|cuenta|contó|explica|explicó|racconta|spiega|diz|disse|conta|contou|sagt|sagte|erzählt|erzählte|berichtet|zegt|zei|vertelt|vertelde|säger|berättar|sier|siger|forteller|fortæller)\b/u;

/** Documents and bodies that "say" too (`A statement from the council said`, `Un rapport dit`): never a person. */
const PARTY_QUALIFIER = /^(?:Republican|Democratic|Democrat|GOP|Labour|Conservative|Liberal|Tory)$/u;
export const SPEAKS_BUT_NO_PERSON = /^(?:statement|report|study|survey|poll|letter|release|notice|memo|document|filing|complaint|lawsuit|ruling|order|analysis|review|audit|paper|post|tweet|email|message|note|website|sign|council|committee|board|company|firm|union|group|government|ministry|department|agency|court|police|team|club|school|hospital|association|federation|party|office|authority|commission|bank|newspaper|broadcaster|station|communiqué|rapport|étude|enquête|lettre|courrier|informe|estudio|encuesta|carta|comunicado|rapporto|studio|lettera|relatório|estudo|nota|Bericht|Studie|Brief|Mitteilung|onderzoek|brief|verklaring)$/u;

/** English person nouns by ending, and by name. */
const ENGLISH_PERSON_END = /(?:[^e]er|ier|or|ist|ian|woman|man|ee|teen)$/;
const ENGLISH_PERSON_WORDS = new Set(
  ('resident student patient parent tenant migrant immigrant applicant participant assistant attendant merchant president agent client consultant ' +
    'defendant claimant informant opponent correspondent respondent inhabitant occupant entrant nurse youth girl boy person citizen neighbour ' +
    'neighbor mother father mom mum dad wife husband widow widower nun priest monk chef cook guard pilot judge coach clerk surgeon veteran ' +
    'survivor witness victim local fan volunteer relative colleague friend source official aide adviser expert analyst mourner pensioner retiree ' +
    // (`A man who lives on Willow Lane told …`: too short for the ending test below.)
    'man lady ' +
    // (`A former pupil, now a teacher, said …`: those taught or trained, no ending of a person's noun.)
    'pupil apprentice classmate schoolmate').split(' '),
);
/** English nouns shaped like a person's that are none. */
const ENGLISH_NOT_PERSON = new Set(
  ('number letter paper matter order quarter water power error sector factor floor door corner border chapter computer monitor motor tractor ' +
    'trailer tower river weather answer manner summer winter dinner layer career shelter cluster register server printer filter meter theater ' +
    'theatre disaster scooter helicopter container banner barrier cancer tumor humor favor labor mirror horror terror honor rumor vapor armor ' +
    'sensor elevator indicator generator other another either neither further whether however ever never over under later earlier former ' +
    'latter major minor majority minority daughter-in-law decree guarantee committee fee jubilee referee').split(' '),
);
/** Person nouns of the other Latin-script languages the shared role lists miss. */
const OTHER_PERSON_WORDS = new Set(
  ('kvinna man pojke flicka tjej kille pensionär invånare boende granne mamma pappa förälder ' +
    'umhlali umongikazi umzali umfundi utitshala umfama umqhubi ummelwane ' + // (isiXhosa: resident, nurse, parent, pupil, teacher, farmer, driver, neighbour.)
    'kvinde kvinne mand mann pige jente dreng gutt beboer nabo pensionist borger innbygger ' +
    'vrouw meisje jongen moeder vader bewoner bewoonster buurtbewoner buurtbewoonster inwoner inwoonster gepensioneerde ' +
    'pensionato pensionata pensionista jubilado jubilada retraité retraitée rentner rentnerin seniorin senior frau mann anwohner anwohnerin nachbar nachbarin passant passantin augenzeuge augenzeugin ' +
    'mitarbeiter mitarbeiterin bewohner bewohnerin besucher besucherin kunde kundin mädchen junge ' +
    'client cliente klant kund kunde vecino vecina veí veïna habitant habitante residente moradora morador vizinho vizinha vicino vicina voisin voisine femme homme mujer hombre donna uomo mulher homem ' +
    'madre padre mère père mãe pai mutter vater taxista médico médica médecin medico dottoressa enfermera enfermero infirmière infirmier infermiera infermiere ' +
    'enfermeira enfermeiro testigo testemunha témoin testimone zeuge zeugin joven jovem jeune ragazzo ragazza chica chico').split(' '),
);
/** Romance nouns with an agent's ending that name no person. */
const ROMANCE_NOT_PERSON = /^(?:durante|mediante|delante|adelante|bastante|mientras|carrera|bandera|primera|primero|tercera|tercero|manera|frontera|cantera|madera|escalera|dinero|enero|febrero|accidente|incidente|ambiente|continente|restaurante|puente|diente|fuente|acera|barrera|cadena|carretera|estrategia|frente|parte|corriente|semana|política|música|técnica|crítica|república|fábrica|práctica|clínica|pratica|politica|musica|tecnica|critica|fabbrica|clinica|fonte|ponte|ambiente|notícia|pessoa)$/u;
const FEMININE_NOUN = /^(?:kvinde|kvinne|pige|jente|kvinna|flicka|tjej|mamma|vrouw|meisje|moeder|bewoonster|buurtbewoonster|inwoonster|\p{L}+(?:erska|inna|ster))$/u;
const MASCULINE_NOUN = /^(?:mand|mann|dreng|gutt|man|pojke|kille|pappa|jongen|vader)$/u;

export function isEnglishPerson(word: string): boolean {
  if (ENGLISH_NOT_PERSON.has(word)) return false;
  return ROLE_NOUNS.has(word) || ENGLISH_PERSON_WORDS.has(word) || (word.length > 3 && ENGLISH_PERSON_END.test(word));
}

export function isOtherPerson(word: string): boolean {
  const lower = word.toLowerCase();
  if (OTHER_PERSON_WORDS.has(lower)) return true;
  if (/^\p{Lu}/u.test(word) && (GERMAN_ROLE_NOUN.test(word) || isGermanAgentNoun(word))) return true;
  if (ROMANCE_NOT_PERSON.test(lower)) return false;
  // (`buurtbewoner`, `infirmière`: compounds and agent endings; Dutch and Scandinavian agents end in -er, -ist, -ör, -are.)
  return isForeignRoleNoun(lower) || ROMANCE_AGENT.test(lower) || /^\p{Ll}{3,}(?:bewoner|bewoonster|woner|ister|arbetare|lärare|förare|ör|eur|euse)$/u.test(lower);
}

/** Letters Romanian writes and Portuguese never does, or its hyphenated clitics before a verb (`ne-a spus`, `mi-a zis`). */
const ROMANIAN_LETTER = /[ăâîșțşţ]|(?<![\p{L}])(?:ne|mi|i|le|v|ți|ţi|l|m)-a\s\p{Ll}/u;
/** Romanian person nouns by agent or origin ending (`spectatoare`, `pensionară`, `localnic`, `vecină`), the only ones `O`/`Un` opens here. */
const ROMANIAN_PERSON = /^\p{Ll}{2,}(?:toare|tor|ist|istă|ean|eană|ar|ară|nic|nică|ecin|ecină|mamă|tată|femeie|bărbat)$/u;

/** `O spectatoare …`, `Un pensionar …` opening a sentence in Romanian (its letters tell it from Portuguese), or null. */
export function romanianIndefiniteOpening(sentence: string, context = sentence.split(/[.!?]\s/u)[0]!): { phrase: string; gender: Gender } | null {
  const found = /^(O|Un)\s+(\p{Ll}+)(?![\p{L}])/u.exec(sentence);
  if (!found || !ROMANIAN_PERSON.test(found[2]!) || !ROMANIAN_LETTER.test(context)) return null;
  return { phrase: `${found[1]!.toLowerCase()} ${found[2]}`, gender: found[1] === 'O' ? 'female' : 'male' };
}

/** The description a Latin-script sentence opens with, or null. `One of the residents`, `Una de las vecinas` too. */
function latinIntroduction(written: string): { phrase: string; gender: Gender | null } | null {
  // (`Un’anziana di Cabbio …`: the Italian feminine article elided before a vowel is read as a word of its own.)
  // (`’n Woordvoerder van die raad …`: Afrikaans's lower-case article, read as Dutch `Een woordvoerder`, lang/lowland-article.ts.)
  const found = latinIntroductionOf(asDutchOpening(written).replace(/^Un(['’])(?=\p{Ll})/u, 'Un$1 '));
  return found ? { ...found, phrase: asAfrikaansPhrase(found.phrase.replace(/^([Uu]n['’])\s/u, '$1'), written) } : null;
}

function latinIntroductionOf(sentence: string): { phrase: string; gender: Gender | null } | null {
  const words = /^(\p{Lu}[\p{Ll}’']*)(?:\s+|(?<=^One),\s+)((?:[^\s,.;:!?"“”«»„]+\s+){0,5})/u.exec(sentence);
  if (!words) return null;
  const article = words[1]!;
  // (`O spectatoare prezentă la protest ne-a spus:`: Romanian `O` is "a", Portuguese's "the"; the sentence's letters tell; Albanian `Një mësuese`, albanian-unnamed.ts.)
  const romanian = romanianIndefiniteOpening(sentence) ?? albanianIndefiniteOpening(sentence);
  if (romanian) return romanian;
  // (`A pék később …`: Hungarian `A` is "the", someone named before, lang/hungarian-definite.ts.)
  if (article === 'A' && opensWithHungarianDefinite(sentence)) return null;
  // (`A principal novidade é …`: Portuguese's definite article, lang/romance-a-opening.ts.)
  if (article === 'A' && opensWithRomanceA(sentence)) return null;
  const english = ENGLISH_ARTICLE.test(article);
  // (`The mother of one of the linemen said`: a definite person noun whose complement is indefinite is someone unnamed.)
  if (article === 'The') return unknownsRelative(sentence.slice(article.length).trimStart());
  if (!english && !(article in ARTICLE_GENDER)) return null;
  const rest = sentence.slice(article.length).trimStart();
  // (`One, a young father whose car …, said`, `One of them, a father of four, said`: the apposition after "one" says who.)
  const apposed = /^One|Another$/.test(article) ? /^(?:of\s+(?:them|those|these|us)\s*)?,\s+((?:a|an)\s+[^,.;:!?"“”]+)/u.exec(rest) : null;
  if (apposed) return latinIntroduction(apposed[1]!.replace(/^a/u, 'A'));
  // "One of the residents", "Una de las vecinas", "Eine der Anwohnerinnen": the plural after it.
  // (`One of the federation's members`: an owner before the plural; `One of them, who declined to give his name,`: the group just named.)
  if (english && /^of\s+(?:them|those|these)\b/u.test(rest)) return { phrase: `${article.toLowerCase()} ${/^of\s+\p{L}+/u.exec(rest)![0]}`, gender: null };
  const partitive = /^(?:of\s+(?:the|their|his|her)|de\s+(?:los|las)|des|dei|delle|degli|dos|das|der|van\s+de|av)\s+((?:[\p{L}\d’'-]+\s+){0,2}?)([\p{L}-]+)(?![\p{L}’'])/u.exec(rest);
  if (partitive) {
    const noun = partitive[2]!;
    const singular = english ? noun.replace(/(?:ies)$/, 'y').replace(/(?:women)$/, 'woman').replace(/(?:men)$/, 'man').replace(/s$/, '') : noun.replace(/(?:innen)$/, 'in').replace(/(?:es|s|n|en|i|e|as|os)$/, '');
    const person = english ? isEnglishPerson(singular) : OTHER_PERSON_WORDS.has(singular.toLowerCase()) || isOtherPerson(noun) || isOtherPerson(singular) || [...OTHER_PERSON_WORDS].some((word) => noun.toLowerCase().startsWith(word.slice(0, -1)) && word.length > 4);
    if (!person) return null;
    return { phrase: `${article.toLowerCase()} ${rest.slice(0, partitive[0].length)}`, gender: english ? descriptionGender(noun) : ARTICLE_GENDER[article] ?? null };
  }
  const run: string[] = [];
  for (const word of rest.split(/\s+/u)) {
    const bare = word.replace(/[,.;:!?]+$/u, '');
    if (!bare || STOP.test(bare) || /^["“”«»„(]/u.test(bare)) break;
    // (A capitalised word is a name or a place, save a German noun; in English only a qualifier before the noun:
    // `One Riverside Bay resident`, `A Class 10 student`, never after a lower-case word.)
    // (A party is a qualifier wherever it stands: `A senior Republican staffer`.)
    if (/^\p{Lu}/u.test(bare) && english && run.some((earlier) => !/^\p{Lu}/u.test(earlier)) && !PARTY_QUALIFIER.test(bare)) break;
    run.push(bare);
    if (bare !== word || run.length >= 4) break;
  }
  // English puts the head last ("taxi driver waiting" → driver); the others put it first, the verb soon after
  // ("52-årig kvinna", "hombre fue detenido" → hombre).
  const heads = run.map((word, i) => ((english ? isEnglishPerson(word) : isOtherPerson(word)) ? i : -1)).filter((i) => i >= 0);
  // (`A shop steward at the plant said …`: a noun no list knows is a person when the clause's verb is one of saying.)
  if (heads.length === 0 && run.length > 0 && /^\p{Ll}/u.test(run.at(-1)!) && !SPEAKS_BUT_NO_PERSON.test(run.at(-1)!) && SAYS_NEXT.test(rest.slice(rest.indexOf(run.at(-1)!) + run.at(-1)!.length))) heads.push(run.length - 1);
  // (`Un agent, sous couvert d’anonymat, confirme`: only a person asks not to be named, whatever the noun.)
  if (heads.length === 0 && run.length > 0 && /^\p{Ll}/u.test(run.at(-1)!) && isUnnamedOnPurpose(sentence.split(/[.!?:]\s/u)[0]!)) heads.push(run.length - 1);
  const head = (english ? heads.at(-1) : heads[0]) ?? -1;
  if (head < 0) return null;
  // (`One Nation leader Pauline Hanson`: a name right after the noun names the person.)
  if (english && /^\p{Lu}/u.test(run[0]!) && /^\s*\p{Lu}/u.test(rest.split(/\s+/u).slice(head + 1).join(' '))) return null;
  const noun = run[head]!.toLowerCase();
  const phrase = `${article.toLowerCase()} ${run.slice(0, head + 1).join(' ')}`;
  const gender = english ? descriptionGender(phrase) : FEMININE_NOUN.test(noun) ? 'female' : MASCULINE_NOUN.test(noun) ? 'male' : (ARTICLE_GENDER[article] ?? null);
  return { phrase, gender };
}

/** After "The": a person noun, "of" and an indefinite (`mother of one of the Tigers' linemen`, `owner of a shop nearby`), up to the verb. */
const OF_SOMEONE = /^(\p{Ll}+)\s+of\s+((?:one\s+of\s+|an?\s+|some\s+|several\s+)(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?=,|\s+(?:said|says|told|who|whose|was|is|had|has|recalled|added)\b)/u;

function unknownsRelative(rest: string): { phrase: string; gender: Gender | null } | null {
  const found = OF_SOMEONE.exec(rest);
  if (!found || !isEnglishPerson(found[1]!)) return null;
  return { phrase: `the ${found[0]}`, gender: descriptionGender(found[1]!) };
}

/** Russian and Ukrainian: `Одна из жительниц`, `Один з мешканців`, `Местная жительница`. */
const CYRILLIC_PERSON_STEM = '(?:жител|жильц|жилец|жиличк|отец|отц|мать|мати|бабушк|бабус|дедушк|дідус|покуп|продавчин|собеседни|співрозмовни|жительниц|мешкан|пенсионер|пенсіонер|сосед|сусід|очевид|свідк|участни|учасни|сотрудни|співробітни|работни|працівни|врач|лікар|учител|вчител|водител|воді|покупател|пассажир|пасажир|родител|батьк|мам|студент|волонт|посетител|відвідувач|избирател|виборц|болельщи|вболівальни|продав|фермер|медсестр|женщин|жінк|мужчин|чоловік|пожил|местн|місцев)';
/** After a bare person noun: a place or group it is from, a comma (an apposition or a relative clause), or a noun in the genitive (no verb's ending, Ukrainian `показує`, `каже` too). */
const BARE_NOUN_MODIFIED = /^(?:\s+(?:из|з|із|зі|с|со|в|у|на|от|від)\s+\p{Ll}|,\s+\p{Ll}|\s+(?:одного|одной|одніє|одного)\s|\s+\p{Ll}+(?<!л|ла|ло|ли|в|ет|ит|ут|ют|ат|ят|ся|сь|ть|е|є)[\s,])/u;
const CYRILLIC_INTRODUCTION = new RegExp(`^(?:(Одна|Один|Одно)\\s+(?:из|з|із)\\s+|(Местная|Пожилая|Местный|Пожилой|Місцева|Літня|Місцевий|Літній)\\s+)?(${CYRILLIC_PERSON_STEM}\\p{L}*)`, 'u');

/**
 * `Ще один садівник із сусіднього села, який попросив не називати його прізвища, каже …`, `Собеседник «…» в одной из
 * компаний, попросивший не называть его имени, подтвердил …`: whatever the noun, a subject with no capital past its first
 * word (an outlet in quotation marks aside) whose next comma group withholds the name is someone unnamed. The clause's
 * verb or relative pronoun tells the gender.
 */
const CYRILLIC_WITHHELD = /^(\p{Lu}[^,.;:!?]{2,90}?),\s+([^,.;:!?]{4,70}?)(?:,|$)/u;
const CYRILLIC_FEMININE_CLAUSE = /(?:^|\s)(?:которая|яка|\p{L}+(?:ла|вшая|вшей))(?:\s|$)/u;

function cyrillicWithheld(sentence: string): { phrase: string; gender: Gender | null } | null {
  const found = CYRILLIC_WITHHELD.exec(sentence);
  if (!found || !isUnnamedOnPurpose(found[2]!)) return null;
  const words = found[1]!.replace(/«[^«»]*»/gu, '«»').split(/\s+/u);
  if (words.length > 9 || words.slice(1).some((word) => /^\p{Lu}/u.test(word))) return null;
  const phrase = found[1]!.split(/\s+/u).slice(0, 7).join(' ').replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
  return { phrase, gender: CYRILLIC_FEMININE_CLAUSE.test(found[2]!) ? 'female' : 'male' };
}

function cyrillicIntroduction(sentence: string): { phrase: string; gender: Gender | null } | null {
  const withheld = cyrillicWithheld(sentence);
  if (withheld) return withheld;
  // (The stems are lower case: a bare noun opening the sentence is read with its capital lowered.)
  const match = CYRILLIC_INTRODUCTION.exec(sentence) ?? CYRILLIC_INTRODUCTION.exec(sentence.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()));
  // A bare noun opening the sentence is someone already met ("Пенсионер Виктор …" is named later): only an indefinite, an
  // adjective or what the noun is given at once (`Пенсионерка из соседнего дома`, `Жительница деревни,`, `Покупниця, молода жінка`) makes it new.
  if (!match || (!match[1] && !match[2] && !BARE_NOUN_MODIFIED.test(sentence.slice(match[0].length)))) return null;
  // (`Пенсионер Виктор Соколов`: a name after the noun makes the person named, not unnamed.)
  if (/^\s+\p{Lu}/u.test(sentence.slice(match[0].length))) return null;
  const lead = match[1] ?? match[2];
  if (!lead) {
    // A bare noun: its ending gives the gender (`жительница`, `покупниця`; `отец`, `болельщик`); a plural (`Жители деревни`) is a group.
    const noun = match[3]!;
    if (/[иы]$/u.test(noun) && !/^мати$/u.test(noun)) return null;
    // (`Мати двох школярів із села Мар’янівка Ірина Стець каже`: a given and family name later in the phrase names her.)
    if (/\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{Ll}’'-]+/u.test(sentence.slice(match[0].length).split(/[,.;:!?«»]/u)[0]!)) return null;
    const bareGender: Gender | null = /(?:ка|ица|иця|иня|ня|мать|мати)$/u.test(noun) ? 'female' : /[^аяео]$/u.test(noun) ? 'male' : null;
    return { phrase: match[0].replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()), gender: bareGender };
  }
  const gender: Gender | null = /^(?:Одна|Местная|Пожилая|Місцева|Літня)$/u.test(lead) ? 'female' : /^(?:Один|Местный|Пожилой|Місцевий|Літній)$/u.test(lead) ? 'male' : null;
  return { phrase: match[0].replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()), gender };
}

/** Arabic: `أحد السكان`, `إحدى السيدات` (one of the …) in the sentence's first words, after a verb perhaps (`وقالت إحدى …`). */
const ARABIC_PEOPLE = 'السكان|الأهالي|المواطنين|المواطنات|السيدات|النساء|الرجال|الشهود|العمال|العاملين|العاملات|الموظفين|الموظفات|الطلاب|الطالبات|المعلمين|المعلمات|الأطباء|الطبيبات|الممرضين|الممرضات|المتظاهرين|المتظاهرات|الجيران|الناجين|الناجيات|اللاجئين|اللاجئات|التجار|الباعة|المزارعين|الأمهات|الآباء|الحاضرين|المشاركين|المشاركات|الركاب|المسافرين|المرضى|السائقين|الصيادين|المتقاعدين|الأسر|المقيمين|المقيمات|الزبائن|المحتجين|سكان|أهالي|أبناء|بنات';
// (After a short opener set off by a comma, `في المقابل، انتقد أحد …`; and people by a nisba plural, `أحد المسرحيين`.)
const ARABIC_INTRODUCTION = new RegExp(`^(?:[^،,.]{1,20}[،,]\\s*)?(?:و?\\p{Script=Arabic}+\\s+)?((إحدى|أحد)\\s+(?:${ARABIC_PEOPLE}|ال\\p{Script=Arabic}{2,}(?:يين|ييات))(?:\\s+\\p{Script=Arabic}+)?)`, 'u');

/** Hebrew: `אחת התושבות`, `אחד העובדים`, or a noun phrase whose clause says it stays unnamed (`, שביקשה שלא להזדהות,`). */
const HEBREW_ONE_OF = /^((אחת|אחד)\s+ה\p{Script=Hebrew}+)/u;
/** Hebrew: a noun with "one" after it and no article (`תושב אחד`, `אם אחת לשלושה`); `אף אחד` is "nobody". */
const HEBREW_NOUN_ONE = /^((?!אף\s)\p{Script=Hebrew}{2,}(?:\s+\p{Script=Hebrew}{2,})?\s+(אחד|אחת))(?=[\s,]|$)/u;
const HEBREW_UNNAMED = /^([\p{Script=Hebrew}"״׳'\s-]{2,40}),\s+ש(?:ביקש|ביקשה|לא\s+רצה|לא\s+רצתה|מבקש|מבקשת)\s+(?:שלא\s+|לא\s+)?(?:להזדהות|להיחשף|להתראיין\s+בשמו|להתראיין\s+בשמה|לפרסם\s+את\s+שמ[הו]|לחשוף\s+את\s+שמ[הו]|שיפורסם\s+שמ[הו]|שייחשף\s+שמ[הו])/u;

/** Japanese: the subject before は/が ends in a noun for a person after a modifier (`近くに住む70代の女性は`). */
// (A relative clause ends in a verb's dictionary or past form: `近くに住む女性`, `店を営む男性`.)
const JAPANESE_INTRODUCTION = /^([^。「」『』\n]{0,30}?(?:の|[うくぐすつぬぶむる]|た|い|代|歳)(女性|男性|男子|女子|住民|店主|運転手|主婦|会社員|母親|父親|高齢者|学生|男|女))(?:は|が)/u;
/** Japanese `ある` ("a certain") before a noun as the subject: `ある漁師は`, `ある自治体職員が`. */
const JAPANESE_CERTAIN = /^(?:[^。「」『』\n]{0,20}[、，])?(ある([\p{Script=Han}\p{Script=Katakana}ー]{1,8})|[\p{Script=Han}\p{Script=Katakana}ー]{1,8}の(一人))(?:は|が)/u;
/** Chinese: `一名…男子`, `一位…女士`, `一个…居民` opening the sentence, perhaps after where or when (`在展台前，`) or who among
 * others they are, set off by 、 (`被害人之一、一名…退休教師`). */
// (`在工程沿線開早餐店的一名男子`: a clause ending in 的 may describe the person before 一名.)
const CHINESE_INTRODUCTION = /^(?:[^，,。！？“”「」、\n]{1,20}[，,、])?((?:[^，,。！？“”「」\n]{1,24}?的)?一(?:名|位|个|個)[^，。、“”「」\n]{0,14}?(消费者|消費者|顾客|顧客|游客|遊客|乘客|旅客|家长|家長|网友|網友|摊主|攤主|农民|農民|患者|读者|讀者|男子|女子|男士|女士|居民|村民|市民|司机|司機|工人|老人|妇女|婦女|女性|男性|学生|學生|母亲|母親|父亲|父親|店主|商贩|员工|員工|职员|職員|护士|護士|医生|醫生|老师|老師|男孩|女孩|男|女))/u;

/** `一名住戶`, `一位業者`: 名 and 位 count only people, so a noun with a person's ending after them is someone unnamed. */
// (The endings of nouns for people: -戶 household, -者 -er, -員 member, -人, -民, -生, -師, -主, -客, -友, -長, -家, -手, -士,
// -农 a farmer of something (茶农), -工, -商, -贩 a vendor, -匠 a craftsman.)
const CHINESE_PERSON_COUNTED = /^(?:[^，,。！？“”「」、\n]{1,20}[，,、])?((?:[^，,。！？“”「」\n]{1,24}?的)?一(?:名|位)[^，。、“”「」\n]{0,12}?\p{Script=Han}(?:户|戶|者|员|員|人|民|生|师|師|主|客|友|长|長|家|手|士|农|農|工|商|贩|販|匠))/u;

/** After a verb of saying, `أحد`/`إحدى` and any noun with the article is one of some people (`وقالت إحدى الساكنات`). */
const ARABIC_SAYS_ONE_OF = /^(?:و|ف)?(?:قال|قالت|يقول|تقول|أضاف|أضافت|يضيف|تضيف|أكد|أكدت|أوضح|أوضحت|روى|روت|ذكر|ذكرت|أشار|أشارت|صرح|صرحت)\s+((إحدى|أحد)\s+ال\p{Script=Arabic}{3,})/u;

function otherScriptIntroduction(sentence: string): { phrase: string; gender: Gender | null } | null {
  const greek = greekIndefiniteOpening(sentence);
  if (greek) return greek;
  const arabic = ARABIC_INTRODUCTION.exec(sentence) ?? ARABIC_SAYS_ONE_OF.exec(sentence);
  if (arabic) return { phrase: arabic[1]!, gender: arabic[2] === 'إحدى' ? 'female' : 'male' };
  // (`ربّة منزل أخرى من …،`: a person by what she does, no article, lang/arabic-described.ts.)
  const described = arabicDescribedOpening(sentence);
  if (described) return described;
  // (`אוהד ותיק של הקבוצה, שמגיע …,`: a noun with an adjective or "of" and a relative clause, lang/hebrew-described.ts.)
  const hebrewDescribed = hebrewDescribedOpening(sentence);
  if (hebrewDescribed) return hebrewDescribed;
  const oneOf = HEBREW_ONE_OF.exec(sentence);
  if (oneOf) return { phrase: oneOf[1]!, gender: oneOf[2] === 'אחת' ? 'female' : 'male' };
  const nounOne = HEBREW_NOUN_ONE.exec(sentence);
  if (nounOne) return { phrase: nounOne[1]!, gender: nounOne[2] === 'אחת' ? 'female' : 'male' };
  const unnamed = HEBREW_UNNAMED.exec(sentence);
  if (unnamed) return { phrase: unnamed[1]!.trim(), gender: /^,\s+ש(?:ביקשה|לא\s+רצתה|מבקשת)/u.test(sentence.slice(unnamed[1]!.length)) ? 'female' : 'male' };
  const japanese = JAPANESE_INTRODUCTION.exec(sentence);
  if (japanese) return { phrase: japanese[1]!, gender: /女|母|主婦/u.test(japanese[2]!) ? 'female' : /男|父/u.test(japanese[2]!) ? 'male' : null };
  const certain = JAPANESE_CERTAIN.exec(sentence);
  if (certain) return { phrase: certain[1] ?? certain[0].replace(/[はが]$/u, ''), gender: /女|母/u.test(certain[2] ?? '') ? 'female' : /男|父/u.test(certain[2] ?? '') ? 'male' : null };
  const chinese = CHINESE_INTRODUCTION.exec(sentence) ?? CHINESE_PERSON_COUNTED.exec(sentence);
  if (chinese) return { phrase: chinese[1]!, gender: /女|妇|婦|母/u.test(chinese[2] ?? '') ? 'female' : /男|父/u.test(chinese[2] ?? '') ? 'male' : null };
  const counted = countedUnnamed(sentence);
  return counted ? { phrase: counted, gender: null } : null;
}

/** Polish: `Jedna z mieszkanek`, `Jeden z mieszkańców`, `Starsza kobieta`, `Pewien mężczyzna`. */
const POLISH_PERSON_STEM = '(?:mieszka|kobiet|mężczy|sąsiad|pracowni|emeryt|rodzic|matk|ojc|świad|kierowc|pasażer|klient|uczestni|nauczyciel|rolni|sprzedawc|studen|uczni|lekar|pielęgniar)';
const POLISH_INTRODUCTION = new RegExp(`^(?:(Jedna|Jeden)\\s+ze?\\s+|(Pewna|Starsza|Młoda|Pewien|Starszy|Młody)\\s+)(${POLISH_PERSON_STEM}\\p{L}*)`, 'u');
/** Turkish: `Bir esnaf`, `Bir kadın`, `Yaşlı bir adam`, `Mahalle sakinlerinden biri`; Azerbaijani `bir qadın`, `bir kişi`. */
// (A participle clause may come first: `X'teki bir okulda çalışan ve adını vermek istemeyen bir öğretmen`, its first word a
// place's name in quotation marks perhaps.)
// (`one of the Ns` likewise, after such a clause or none, when a verb of saying follows: Turkish `… istemeyen esnaflardan biri
// söyledi`, Azerbaijani `… istəməyən sakinlərdən biri bildirib ki`; not `Sorunlardan biri su`, nor `… biri olan X Y`, named.)
const TURKISH_INTRODUCTION = /^((?:[^\s,.;:!?]+\s+){0,12}?[Bb]ir\s+(?:\p{Ll}+\s+)?(kadın|adam|erkek|esnaf|vatandaş|sakin|sakini|öğretmen|işçi|şoför|anne|baba|emekli|genç|yaşlı|kız|öğrenci|çiftçi|satıcı|doktor|hemşire|qadın|kişi|sürücü|müəllim|tələbə|ana|ata|həkim|təqaüdçü|sərnişin))(?=[\s,])|^((?:[^\s,.;:!?"“”«»]+\s+){0,8}?\p{L}\p{Ll}+(?:lerinden|larından|lerden|lardan|lərdən|lərindən)\s+biri)(?=(?:\s+(?:isə|ise|da|də|de)|\s+\p{Ll}+){0,4}?\s+(?:bildirib|bildirir|deyib|deyir|söyləyib|danışıb|söyledi|dedi|belirtti|anlattı|diyor|anlatıyor)(?=[\s,.:]|$))/u;
/** Korean: `한 주민은`, `한 여성은`, `인근에 사는 한 남성은` (up to six words of a clause before 한: `이날 가족과 함께 시장을 찾은 한 관광객은`, `10년째 …`). */
// (Or a noun for a person by its ending, an occupation in -사/-원/-자/-인/-생/-민/-부/-가: `익명을 요구한 한 간호사는`; a visitor
// in -객 (`한 관광객은`), a youth in -년/-녀 (`한 청년은`).)
// (An age may follow the noun, `한 주부(62)는`.)
const KOREAN_INTRODUCTION = /^((?:[\d가-힣]+\s+){0,6}?한\s+(?:[가-힣]+\s+)?(주민|여성|남성|시민|상인|학부모|운전자|직원|노인|학생|어머니|아버지|농민|어민|승객|[가-힣]{1,3}(?:사|원|자|인|생|민|부|가|객|년|녀)))(?:\(\d{1,3}\))?(?:은|는|이|가)\s/u;

/** Korean: a person named by a Latin capital (`A씨`, `B(45)씨`) as a sentence's subject, up to two words before it kept. */
const KOREAN_LETTER_NAMED = /^(?:[\d가-힣]+\s+){0,8}?((?:[\d가-힣]+\s+){0,2}[A-Z](?:\(\d{1,3}\))?\s?씨)(?:\(\d{1,3}\))?(?:은|는|이|가|도)\s/u;

/** Indonesian and Malay `Seorang …` ("one person"): the classifier counts only people, so whatever noun follows is someone unnamed. */
// (Javanese `Salah sawijining`, `Sawijining`, `Salah satunggaling`: one of the …, someone.)
// (A connective and its comma may open the sentence: `Namun, seorang peniaga …`.)
const MALAY_INTRODUCTION = /^(?:(?:Namun|Bagaimanapun|Sementara\s+itu|Malah|Tetapi|Akan\s+tetapi|Sedangkan),\s+)?((?:[Ss]eorang|[Ss]alah\s+sawijining|[Ss]awijining|[Ss]alah\s+satunggaling)\s+\p{Ll}[^\s,.;:!?"“”]*(?:\s+(?!yang|dari|di|asal|dengan|ini|itu|juga|pun)\p{Ll}[^\s,.;:!?"“”]*){0,2})/u;

function polishTurkishKorean(sentence: string): { phrase: string; gender: Gender | null } | null {
  const polish = POLISH_INTRODUCTION.exec(sentence);
  if (polish) {
    const lead = polish[1] ?? polish[2]!;
    return { phrase: polish[0].replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()), gender: /^(?:Jedna|Pewna|Starsza|Młoda)$/u.test(lead) ? 'female' : 'male' };
  }
  // (Turkish words only: each branch's literal tested first, with no \p class.)
  const turkish = /[Bb]ir\s|(?:lerinden|larından|lerden|lardan|lərdən|lərindən)\s/u.test(sentence) ? TURKISH_INTRODUCTION.exec(sentence) : null;
  if (turkish) return { phrase: turkish[1] ?? turkish[3]!, gender: /^(?:kadın|anne|kız|qadın|ana)$/u.test(turkish[2] ?? '') ? 'female' : /^(?:adam|erkek|baba|kişi|ata)$/u.test(turkish[2] ?? '') ? 'male' : null };
  const malay = MALAY_INTRODUCTION.exec(sentence);
  if (malay) return { phrase: malay[1]!.replace(/^S/u, 's'), gender: /^seorang\s+(?:ibu|perempuan|wanita|nenek)\b/iu.test(malay[1]!) ? 'female' : /^seorang\s+(?:bapak|pria|lelaki|laki-laki|kakek)\b/iu.test(malay[1]!) ? 'male' : null };
  const korean = KOREAN_INTRODUCTION.exec(sentence);
  // (`이날 … 만난 60대 택배기사 A씨도`: a person the paper names by a letter, `A씨`, is someone unnamed.)
  const lettered = korean ? null : KOREAN_LETTER_NAMED.exec(sentence);
  if (lettered) return { phrase: lettered[1]!, gender: null };
  if (korean) return { phrase: korean[1]!, gender: /^(?:여성|어머니)$/u.test(korean[2]!) ? 'female' : /^(?:남성|아버지)$/u.test(korean[2]!) ? 'male' : null };
  const counted = /^\d*\p{Script=Hangul}/u.test(sentence) ? countedUnnamed(sentence) : null;
  return counted ? { phrase: counted, gender: null } : null;
}

/** A verb of asking or addressing someone, then that someone: the sentence's subject puts words to another person. */
const ADDRESSES_SOMEONE = /(?:^|\s)(?:asked|asks|questioned|pressed|interrupted|heckled|challenged|confronted|shouted\s+at|yelled\s+at|called\s+out\s+to|fragte|fragt|unterbrach|preguntó|interrumpió|a\s+demandé|a\s+interpellé|interpelle|ha\s+chiesto|perguntou|vroeg|vraagt|frågade|frågar|spurgte|spurte|спросил|спросила|спрашивает)\s+(?:him|her|them|ihn|sie|ihm|ihr|al|a\s+la|à|le|la|lui|gli|le|ao|à|hem|haar|honom|henne|ham|hende|hun|его|её|ее|\p{Lu})/u;

/** A passive verb right after the description (a place or time between): `A protester in the crowd was escorted out`. */
// (Not past a verb of saying: `One of the students said the work was harder` reports what was, it undergoes nothing.)
export const PASSIVE_AFTER = /^(?:\s+(?!(?:who|whose|that|which|der|die|das|que|qui|che|som|die|dat|said|says|told|tells|added|explained|recalled|admitted|insisted|argued|warned|claimed|noted|agreed|complained|thought|felt|believed|knew|saw|heard)\s)\p{Ll}+){0,4}\s+(?:was|were|has\s+been|had\s+been|is\s+being|got|wurde|wurden|fue|fueron|a\s+été|ont\s+été|è\s+stat[oa]|fu|foi|foram|werd|werden|blev)\s+\p{Ll}/u;

/** Where sentences start: the text's start, each line, and after a full stop, question or exclamation mark (in any script). */
function sentenceOpenings(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/(?:^|\n|[.!?]\s+|[。！？](?!」|”))\s*/gu)) starts.push(match.index + match[0].length);
  return starts;
}

/** The unnamed person one sentence opens with, or null. */
export function introductionIn(sentence: string): { phrase: string; gender: Gender | null } | null {
  return /^\p{Script=Latin}/u.test(asDutchOpening(sentence)) ? (latinIntroduction(sentence) ?? polishTurkishKorean(sentence)) : /^\d*\p{Script=Hangul}/u.test(sentence) ? polishTurkishKorean(sentence) : /^\p{Script=Cyrillic}/u.test(sentence) ? cyrillicIntroduction(sentence) : otherScriptIntroduction(sentence);
}

/** A comma group right after the description holding a full name in capitals (`, 19-year-old student Ellie Marsh,`). */
// (`An economist at the University of Zambia, Dr Patrick Musonda, said`: a complement may stand between the noun and the comma.)
const NAMED_BESIDE = /^(?:\s+(?:at|of|from|for|in|with|de|du|des|del|della|di|da|do|von|aus|van|uit)\s+[^,.;:!?"“”«»]{1,60})?,\s[^,.;:!?"“”«»]{0,60}?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}[\p{L}’'-]+,/u;

/** `한 간호사는` after `한지민 간호사`: the family name 한 the text gives someone, not the numeral "one". */
// (A full name is 한 and a two-syllable given name; `한국`, `한편`, `한숨을`, `한번에` are words, the last syllable a particle.)
export function hanIsFamilyName(phrase: string, before: string): boolean {
  return /^(?:[가-힣]+\s+){0,6}?한\s/u.test(phrase) && /(?:^|[^가-힣])한[가-힣][가-힣](?<![을를의에도만로와과고며서])(?=\s|씨|\()/u.test(before);
}

/** Every unnamed person a sentence of `text` opens with, outside quotations. */
export function findUnnamedIntroductions(text: string, isInside: (at: number) => boolean): UnnamedIntroduction[] {
  const found: UnnamedIntroduction[] = [];
  for (const opening of sentenceOpenings(text)) {
    if (opening >= text.length || isInside(opening)) continue;
    const whole = text.slice(opening, opening + 200).split('\n')[0]!;
    // (`Dans Limoilou, une résidante …`, `…, als ein Vater … trat`: a clause inside the sentence may bring someone in too, inner-introduction.ts.)
    const first = introductionIn(whole) ?? (/^\p{Script=Greek}/u.test(whole) ? greekOfficeOpening(text, opening, whole) : null) ?? bareRoleOpening(whole, text.slice(0, opening));
    const inner = first || !/^\p{Script=Latin}/u.test(whole) ? undefined : innerClauseOpenings(whole.split(/[.!?]\s/u)[0]!).find((at) => !isInside(opening + at) && latinIntroduction(asOpening(whole, at)));
    const at = inner === undefined ? opening : opening + inner;
    const sentence = inner === undefined ? whole : asOpening(whole, inner);
    const introduction = inner === undefined ? first : latinIntroduction(sentence);
    // (`Kaupan kassa, joka ei halua nimeään julki, …`: a description whose name a clause withholds, anonymity-clause.ts.)
    const withheld = introduction ? null : (withheldNameIntroduction(whole) ?? englishWithheldIntroduction(whole));
    if (withheld) {
      found.push({ at: opening + withheld.at, phrase: withheld.phrase, gender: null });
      continue;
    }
    // `A reporter asked him about his taxes. "I pay plenty," he said.`: the one asked answers, so the asker is no entry.
    if (!introduction || ADDRESSES_SOMEONE.test(sentence.split(/[.!?]\s/u)[0]!)) continue;
    // `A protester was escorted out.`: one a sentence only acts upon says nothing; the next quote is someone else's.
    const head = introduction.phrase.split(/\s+/u).at(-1)!;
    const headEnd = sentence.toLowerCase().indexOf(head.toLowerCase());
    if (headEnd >= 0 && PASSIVE_AFTER.test(sentence.slice(headEnd + head.length))) continue;
    // `One of the victims, 19-year-old student Ellie Marsh, suffered …`: a name set beside it names the person.
    if (headEnd >= 0 && NAMED_BESIDE.test(sentence.slice(headEnd + head.length))) continue;
    if (hanIsFamilyName(introduction.phrase, text.slice(0, opening))) continue;
    found.push({ at, ...introduction });
  }
  return found;
}
