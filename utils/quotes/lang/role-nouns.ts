/**
 * Occupations and offices in French, Spanish, Italian, Portuguese, Russian and Ukrainian, as a
 * newspaper writes them right before a name (`Пенсіонерка Ганна Лисенко`, `L’économiste Karim
 * Haddad`, `фельдшер Олег Дементьев`): such a word is the person's role, never part of the name.
 * Kept with no imports, because names.ts and roles.ts both read it.
 */

import { isNewLanguageRoleNoun } from './newlang-roles';
import { isFeminineOfListed } from './feminine-roles';
import { CYRILLIC, mayHold, memoPerScripts } from '../scripts-present';
import { PATRONYMIC } from './cyrillic-name-run';
import { isPatronymicAt } from './cyrillic-name-run';
import { isSouthSlavicAddressOrTrade } from './south-slavic-address';
import { isIcelandicRoleNoun } from './icelandic-roles';

const STEMS = (
  // French
  // `Me Bertrand Oudin`: the form of address of a French lawyer (Maître).
  'me maître ' +
  'retraité retraitée économiste sociologue politologue historien historienne maire députée député sénateur sénatrice ' +
  'directeur directrice sage-femme agriculteur agricultrice éleveur éleveuse avocat avocate médecin professeur professeure ' +
  'chercheur chercheuse habitant habitante commerçant commerçante ouvrier ouvrière syndicaliste délégué déléguée ingénieur ' +
  'ingénieure enseignant enseignante adjoint adjointe conseiller conseillère patron patronne gérant gérante élu élue ' +
  'militant militante secrétaire responsable biologiste vétérinaire pompier policier policière infirmier infirmière ' +
  'architecte porte-parole préfet préfète procureur procureure juge boulanger boulangère pêcheur pêcheuse viticulteur ' +
  // Belgian and Swiss offices, and sport: `L’échevin des Finances`, `l’entraîneur-chef X`, `le capitaine du Titan`.
  'échevin échevine bourgmestre syndic syndique entraîneur entraîneuse entraîneur-chef capitaine gardien gardienne ' +
  'défenseur attaquant attaquante joueur joueuse arbitre chanteur chanteuse musicien musicienne fromager fromagère ' +
  // The clergy: `Le curé, l’abbé X,`, `Il parroco, don X,`.
  'curé prêtre évêque abbé ' +
  // Nationalities French writes as capitalised nouns before a name (`le Portugais Nuno X`, `la Marocaine Y`), what the
  // person is, never a first name; not those that are also a country (`l’Argentine`, `la Suisse`).
  'portugais portugaise brésilien brésilienne marocain marocaine algérien algérienne tunisien tunisienne sénégalais ' +
  'sénégalaise ivoirien ivoirienne camerounais camerounaise malien malienne ghanéen ghanéenne égyptien égyptienne ' +
  'espagnol espagnole italien italienne allemand allemande néerlandais néerlandaise anglais anglaise britannique ' +
  'irlandais irlandaise belge autrichien autrichienne polonais polonaise croate serbe slovène tchèque hongrois hongroise ' +
  'roumain roumaine norvégien norvégienne suédois suédoise danois danoise finlandais finlandaise japonais japonaise ' +
  'américain américaine canadien canadienne mexicain mexicaine colombien colombienne uruguayen uruguayenne chilien ' +
  'chilienne péruvien péruvienne australien australienne congolais congolaise québécois québécoise ' +
  // Spanish
  'alcalde alcaldesa patrón patrona concejal concejala diputado diputada senador senadora ministro ministra presidente presidenta ' +
  'secretario secretaria consejero consejera portavoz director directora catedrático catedrática profesor profesora ' +
  'investigador investigadora agricultor agricultora vecino vecina jubilado jubilada médico médica abogado abogada ' +
  'experto experta especialista economista empresario empresaria periodista funcionario funcionaria gerente delegado ' +
  'delegada coordinador coordinadora activista ingeniero ingeniera ganadero ganadera comerciante ' +
  'vocero vocera fiscal juez jueza magistrado magistrada entrenador entrenadora jugador jugadora delantero portero ' +
  'doña árbitro cantante músico edil regidor regidora titular síndico síndica habitante jefe jefa párroco sacerdote obispo ' +
  // Catalan
  'president presidenta alcaldessa conseller consellera portaveu propietari propietària veí veïna jubilat jubilada pagès pagesa ' +
  // Architects and engineers who lead building works, four languages: `l'arquitecte que ha dirigit les obres`, `l’architetto`.
  'arquitecte arquitecta enginyer arquitecto arquitecta arquiteto arquiteta architetto architetta enginyera ' +
  // Italian
  'sindaco sindaca assessore assessora consigliere consigliera deputato deputata senatore senatrice direttore direttrice ' +
  'professore professoressa ricercatore ricercatrice ingegnere pensionato pensionata avvocato avvocata esperto esperta ' +
  'imprenditore imprenditrice agricoltore agricoltrice portavoce dirigente violinista ' +
  'allenatore allenatrice tecnico capitano attaccante portiere difensore centrocampista giocatore giocatrice arbitro ' +
  'violoncellista musicista liutaio liutaia capogruppo segretario segretaria governatore governatrice coach parroco vescovo ' +
  // Portuguese
  'prefeito prefeita vereador vereadora deputado senador ministro secretário secretária coordenador coordenadora ' +
  'diretor diretora pesquisador pesquisadora aposentado aposentada advogado advogada bióloga biólogo meteorologista ' +
  'pescador pescadora autarca empresário empresária governador governadora moradora morador ' +
  'administrador administradora cantor cantora vocalista diarista treinador treinadora jogador jogadora capitão dona porta-voz pároco bispo ' +
  // Russian
  'секретарь секретарша секретар секретарка редактор редакторка музыкант музикант мастер майстер ученик учениця ' +
  'фельдшер пенсионер пенсионерка депутат учитель учительница мэр губернатор министр директор врач житель жительница ' +
  'организатор эксперт инженер профессор фермер педагог глава председатель руководитель представитель сотрудник ' +
  'сотрудница предприниматель хозяин хозяйка владелец владелица пресс-секретарь заместитель начальник спикер ' +
  'речник речниця прессекретар заступник заступниця начальниця міністр міністерка економіст экономист ' +
  // Ukrainian
  'пенсіонер пенсіонерка депутатка мешканець мешканка власник власниця організатор організаторка вівчар ватаг інженер ' +
  'очільник очільниця сторож професор експерт лікар вчитель вчителька голова керівник керівниця підприємець туристка турист посадовець голова ' +
  'ветеринар биолог біолог учениця учень ученица ученик батько мати отец мать студент студентка ' +
  'староста рятувальник рятувальниця спасатель спасательница кураторка мистецтвознавиця мистецтвознавець искусствовед этнограф етнограф психологиня психолог мастерица майстриня завідувач завідувачка заведующий заведующая палеонтолог археолог науковець ' +
  'синоптик синоптикиня водитель водій машинист кондуктор диспетчер дворник двірник строитель будівельник продавец продавщица продавчиня повар кухар официант официантка ' +
  'адвокатка адвокатеса юристка юрист нотаріус нотариус реставратор реставраторка реставраторша куратор кураторка художник художниця художница директорка викладач викладачка преподаватель ' +
  // Offices of groups and campaigns, both languages: `координатор инициативной группы`, `адміністраторка сайту`.
  'координатор координаторка модератор модераторка администратор адміністратор адміністраторка ' +
  'медсестра медсестра волонтер волонтерка волонтёр активіст активістка активист активистка журналіст журналістка журналистка ' +
  // Belarusian offices and people a story meets (`Намеснік дырэктара X`, `пенсіянерка`, `былы вадзіцель`).
  'намеснік дырэктар кіраўнік кіраўніца старшыня міністр вадзіцель вадзіцелька пенсіянер пенсіянерка жыхар жыхарка ' +
  'настаўнік настаўніца урач эканаміст прадстаўнік прадстаўніца чыноўнік ' +
  // Sport and court, both languages
  // The stage: `режиссёра Кирилла Зайцева` (a genitive after it, person-mentions.ts).
  'режиссёр режиссер режисер режисерка дирижёр дирижер диригент хореограф драматург ' +
  'тренер тренерка наставник наставница наставниця капитан капітан нападающий нападник защитник захисник вратарь воротар игрок гравець судья суддя прокурор адвокат ' +
  // The stage and screen, four languages: `El actor Julio X`, `l’actrice Y`.
  'actor actriz acteur actrice attore attrice ator atriz ' +
  'bibliotecária bibliotecário bibliothécaire enologo enologa institutrice instituteur étudiante étudiant estudiante studente studentessa estudante ' +
  // Relatives and neighbours, written before a name like an office (`sa fille Léa Roux`, `la vedova Anna
  // Sala`, `su hija Marta Gil`, `a viúva Rita Lopes`; a witness, `como testigo X`, is no title), and the `honorable` of a West African deputy.
  'fille fils épouse veuve voisine voisin nièce neveu petite-fille petit-fils honorable ' +
  'figlia figlio moglie marito vedova vedovo vicina vicino nipote ' +
  // (Not `Neto`, `Nieto`, `Filho`: family names too.)
  'hija hijo esposa esposo viuda viudo ' +
  'filha marido viúva viúvo vizinha vizinho ' +
  // (Batch of 2026-12-01, unseen pages: parents, owners, tenants and settlers, a prosecutor's `pm`, volleyball positions.)
  'président madre padre mãe pai dueño propietario proprietário dono locatario poblador líder pm opposto palleggiatore schiacciatore ' +
  // (Universities' and hostels' offices in Russian and Ukrainian: `Ректор ВГУ X`, `Комендант общежития X`.)
  'ректор ректорка проректор проректорка декан деканка комендант комендантка завуч'
).split(' ');

const ROLE_NOUNS = new Set(STEMS);

const GENITIVE_END = /(?:а|я|и|ы|і|ї|ого|ої|ої|ей|ів)$/u;

/**
 * `Ладижина Василь Гончарук`, `Польщі Агнешка Новак`: three Cyrillic words whose middle one is no
 * patronymic start with a place in the genitive (the role's complement), not a first name.
 */
export function startsWithCyrillicPlace(words: readonly string[]): boolean {
  return words.length === 3 && mayHold(CYRILLIC, words[0]!) && words.every((word) => /^\p{Script=Cyrillic}/u.test(word)) && !isPatronymicAt(words, 1) && GENITIVE_END.test(words[0]!);
}

/**
 * `Галина Степановна` after `Комендант общежития Галина Рябова`: a given name and a patronymic, the polite address, are the
 * one person of that given name the text named in full (given and family name, no patronymic), or no one.
 */
/** `Вера Павловна`: a given name and a patronymic, the polite address of someone the text may name in full. */
export function isGivenAndPatronymic(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && mayHold(CYRILLIC, name) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && PATRONYMIC.test(words[1]!);
}

export function addressedByPatronymic(name: string, fullNames: readonly string[]): string | undefined {
  const words = name.split(' ');
  if (words.length !== 2 || !mayHold(CYRILLIC, name) || !PATRONYMIC.test(words[1]!) || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return undefined;
  // (Any other run holding the given name, `Бухгалтер Нина Орлова` read whole, makes it ambiguous.)
  const bearers = new Set(fullNames.filter((full) => full !== name && full.split(' ').includes(words[0]!)));
  const [only] = bearers;
  return bearers.size === 1 && only!.split(' ').length === 2 && only!.startsWith(`${words[0]} `) && !PATRONYMIC.test(only!.split(' ')[1]!) ? only : undefined;
}

/**
 * `з полонини Менчул Іван Шкіряк`, `села Нижня Іван Ткач`: after a lower-case noun in the genitive
 * (a place's kind, no role), the first of three Cyrillic words with no patronymic names the place.
 */
export function withoutCyrillicPlace(name: string, textBefore: string, run = ''): string {
  // Both readings below need a name opening with a Cyrillic letter.
  if (!mayHold(CYRILLIC, name)) return name;
  // The words of the run before the name (a role noun the name was cleaned of) come before it too.
  const before = textBefore + run.slice(0, Math.max(0, run.lastIndexOf(name)));
  const words = name.split(' ');
  // `из села Красный Яр Валентина Петровна Сухова`: the given name stands right before the patronymic; words before it are a place.
  // (The first such word: in `Ганна Петрівна Шуневич` the family name ends like a patronymic, `-ович`, `-евич`, and names no place.)
  const patronymic = /^\p{Script=Cyrillic}/u.test(name) ? words.findIndex((_, i) => i >= 1 && isPatronymicAt(words, i)) : -1;
  if (patronymic >= 2) return words.slice(patronymic - 1).join(' ');
  // `— каже мешканка Левандівки`: one capitalised word after a resident's noun is the place, no name.
  const resident = /(?:^|\s)(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (words.length === 1 && resident && RESIDENT.test(resident)) return '';
  if (words.length !== 3 || !/^\p{Script=Cyrillic}/u.test(name) || isPatronymicAt(words, 1)) return name;
  const noun = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(before)?.[1];
  // `Мешканка Розтік Ганна Федюк`: a resident of a place in the genitive, the noun capitalised at the sentence's start.
  if (resident && RESIDENT.test(resident)) return words.slice(1).join(' ');
  // `міський голова Лубен Олександр Грищенко`, `мэр Твери Иван Петров`: an office over a town, the town in the genitive before the name.
  if (resident && TOWN_HEAD.test(resident)) return words.slice(1).join(' ');
  // `директорка Львівобленерго Ірина Кравець`: after any role noun, the first of three words with no patronymic is its body.
  if (resident && isForeignRoleNoun(resident)) return words.slice(1).join(' ');
  return noun && /\p{Script=Cyrillic}/u.test(noun) && GENITIVE_END.test(noun) && !ROLE_NOUNS.has(noun) ? words.slice(1).join(' ') : name;
}

const TOWN_HEAD = /^(?:голова|мер|мэр|глава|староста|очільник|губернатор)$/u;
const RESIDENT = /^(?:мешканка|мешканець|жителька|жительница|житель|уроженка|уроженец|уродженка|уродженець)$/u;

/**
 * Romance agent and occupation nouns by their endings (`lo storico dell’arte`, `il comandante`, `la fisioterapista`,
 * `o agrônomo`, `o pedreiro`, `la enfermera`, `el abridor`, `a vendedora`): read only where a role is expected (words an article opens before a name).
 */
// (`produtora de hortaliças`, `productor lechero`, `condutor`: Portuguese and Spanish agents of -duzir/-ducir.)
export const ROMANCE_AGENT = /^(?:[ld][’'])?\p{Ll}{2,}(?:ico|ica|ista|tore|trice|teur|euse|ador|adora|edor|edora|idor|idora|ologo|ologa|ólogo|óloga|ologue|iere|iera|ière|aio|aia|nomo|noma|ante|ente|eiro|eira|ero|era|utor|utora|uctor|uctora)$/u;

/** A role noun of these languages, whatever its capital or elided article (`L’économiste`). */
export const isForeignRoleNoun: (word: string) => boolean = memoPerScripts(function isForeignRoleNounOf(word: string): boolean {
  // `dell’assessore`, `all’allenatore`: an article fused with its preposition and elided, too.
  const plain = word.toLowerCase().replace(/^(?:[ld]|dell|dall|nell|all|sull)[’']/u, '').replace(/[.,;:]+$/u, '');
  // `infirmière-major`, `médecin-chef`, `sergent-chef`: a role noun joined to its rank by a hyphen.
  const joined = /^(\p{L}{4,})-(?:major|chef|cheffe|adjoint|adjointe|capo|jefe|jefa|chefe)$/u.exec(plain);
  if (joined) return isForeignRoleNoun(joined[1]!);
  // (`dirigenta`, `locatară`: a regular feminine of a listed office, feminine-roles.ts.)
  // (`Učiteljica Ana Horvat`, `Barba Ive Šimić`: a Croatian trade or the Dalmatian address of an elder, south-slavic-address.ts.)
  return ROLE_NOUNS.has(plain) || isNewLanguageRoleNoun(plain) || isSouthSlavicAddressOrTrade(plain) || isIcelandicRoleNoun(plain) || isFeminineOfListed(plain, (masculine) => ROLE_NOUNS.has(masculine) || isNewLanguageRoleNoun(masculine)) || (mayHold(CYRILLIC, plain) && /^\p{Script=Cyrillic}(?:\p{Script=Cyrillic}|[’'](?=\p{Script=Cyrillic})){3,}$/u.test(plain) && (CYRILLIC_OCCUPATION_END.test(plain) || CYRILLIC_FEMININE_AGENT.test(plain) || CYRILLIC_LONG_AGENT.test(plain) || isUkrainianFeminitive(plain)));
});

/**
 * Russian/Ukrainian women's agent nouns by their ending, eight letters at least (`Десятикласниця`, `Школярка`, `Студентка`,
 * `Волонтерка`): short words so ending are family names (`Синиця`), and `больница` is a hospital.
 */
const CYRILLIC_FEMININE_AGENT = /^(?=\p{L}{8,}$)\p{L}*(?:(?<!боль|лікар)ниц[яа]|ярка|ерка|ёрка|нтка)$/u;

/**
 * Ukrainian feminitives in -иня of an occupation (`технологиня` of технолог, `біологиня`, `хірургиня`): the regular feminine
 * the lists hold only in the masculine; `Богиня`, a family name, derives from nothing listed.
 */
function isUkrainianFeminitive(plain: string): boolean {
  if (plain.length < 8 || !plain.endsWith('иня')) return false;
  const masculine = plain.slice(0, -3);
  return ROLE_NOUNS.has(masculine) || CYRILLIC_OCCUPATION_END.test(masculine) || /(?:ург|граф|ик)$/u.test(masculine);
}

/** A long Russian/Ukrainian agent noun in -ник, twelve letters at least (`Одинадцятикласник`, `співробітник`): family names so ending are shorter (Мельник), and `представник` (a representative) before a body stays the office over it. */
const CYRILLIC_LONG_AGENT = /^(?=[\p{L}’']{12,}$)[\p{L}’']*ник$/u;

/** Russian/Ukrainian occupations by their ending (пекарь, водитель, журналист, економістка, аналитик, эколог, сварщик, учительница); -ник is left out, as in family names (Мельник). */
export const CYRILLIC_OCCUPATION_END = /(?:карь|тель|тельница|телька|ист|истка|іст|істка|итик|ітик|лог|щик|чик|щица|чица)$/u;

/** A military or police rank or a doctor's title alone, with its article: the office in apposition after the name is added to it (`la doctora X, pediatra del hospital,`). */
export const RANK_ALONE = /^(?:(?:le|la|el|il|lo|o|a|der|die)\s+)?(?:colonel|général|capitaine|commandant|lieutenant|sergent|adjudant|coronel|general|capitán|capitão|teniente|tenente|comandante|sargento|colonnello|generale|capitano|maresciallo|brigadiere|Oberst|Hauptmann|Leutnant|Major|docteur|doctoresse|doctor|doctora|doutor|doutora|dottore|dottoressa|Doktor|Doktorin|Dr\.?|Pr\.?|Prof\.?)$/iu;

/** Finnish agent nouns by their ending (`Isännöitsijä`, `Tutkija`: manager, researcher); `Marja`, `Tuija` are too short to be read so. */
const FINNISH_AGENT = /^\p{Lu}\p{Ll}{4,}(?:ija|ijä|aja|äjä)$/u;
/**
 * South and West Slavic feminine agent nouns (`Penzionerka`, `Prodavačica`, `Důchodkyně`): a trade, never a given name.
 * (`Geologička`, `Psycholožka`: a Slovak or Czech woman of a science, by the same token.)
 */
const SLAVIC_FEMININE_AGENT = /^\p{Lu}\p{Ll}{4,}(?:erka|arka|istka|ačica|teljica|kyně|kyňa)$|^\p{Lu}\p{Ll}{2,}(?:ogička|oložka)$/u;
/**
 * Lithuanian and Latvian nouns for a scholar or a practitioner (`Teatrologė`, `Sociologas`, `Žurnalistė`, `Vēsturniece`
 * aside, `Politoloģe`, `Ekonomists`): a trade by its ending, which no Baltic family name has (`Kairytė`, `Paulauskienė`).
 */
const BALTIC_AGENT = /^\p{Lu}\p{Ll}{2,}(?:ologė|ologas|ologis|istė|istas|loģe|logs|iste|ists)$/u;
/**
 * A science's or a craft's practitioner by its ending in the Baltic and Slavic languages, which writes no article before a
 * name (`Istorikas X Y`, `Fotografas X Y`, `Arheolog X Y`, `Archeolog X Y`, `Zgodovinar X Y`, `Povjesničar X Y`): no family or
 * given name ends so (`Henrikas`, `Dominikas` are given names, so only the sciences' stems before `-ikas`).
 */
const SCIENCE_AGENT = /^\p{Lu}\p{Ll}{2,}(?:olog|ograf|ografas|ografė|ografs)$|^(?:Istor|Fiz|Chem|Matemat|Polit|Krit|Botan|Mechan)ik(?:as|ė)$|^(?:Zgodovin|Povjesni[cč]|Istori[cč]|Historyk|Histori[cč])(?:ar|arka)?$/u;
/** The definite article Macedonian and Bulgarian write on the noun (`Активистот`, `Лекарката`, `Учителят`). */
const DEFINITE_END = /(?:от|ата|ът|ят|та)$/u;

/**
 * A capitalised noun for a person opening a run of three words, known by its form where the lists hold only the plain noun:
 * `Isännöitsijä X Y`, `Penzionerka X Y`, `Активистот X Y` are a trade and a name, never a name of three words.
 */
export function isOccupationByForm(word: string): boolean {
  if (FINNISH_AGENT.test(word) || SLAVIC_FEMININE_AGENT.test(word) || BALTIC_AGENT.test(word) || SCIENCE_AGENT.test(word)) return true;
  if (!/^\p{Lu}\p{Script=Cyrillic}{4,}$/u.test(word) || !DEFINITE_END.test(word)) return false;
  return isForeignRoleNoun(word.replace(DEFINITE_END, '')) || isForeignRoleNoun(word.replace(/та$/u, ''));
}
