/**
 * Russian and Ukrainian: `«…», — сказал X`, `— заявила министр иностранных дел X` (the lower-case
 * role before the name), `— добавила она`, `по словам X`, `X сказал: «…»`. The past tense tells
 * the speaker's gender (сказала, заявила: she). Dialogue printed with dashes (`— Да, — ответил X.`) is read as quotes
 * (ru-uk-dialogue.ts); a place after a resident's noun or before a patronymic name is no part of the name.
 */

import { cyrillicRunName } from './cyrillic-name-run';
import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy as lazyPattern, person, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { isForeignRoleNoun, withoutCyrillicPlace } from './role-nouns';
import { lowerOpeningRole, lowerOpeningVerb, opensWithPrepositionObject } from './cyrillic-opening-word';
import { officeTag } from './unnamed-office';
import { apposedFullName } from './cyrillic-apposed';
import { cyrillicColonSubject } from './cyrillic-colon';

const PAST_STEMS =
  'сказа заяви отмети добави подчеркну поясни рассказа написа сообщи призна ответи уточни объясни продолжи ' +
  'предупреди напомни указа констатирова резюмирова подытожи признава спроси пообеща обеща говори прокомментирова описа охарактеризова завери';
const UK_PAST_STEMS = 'прокоментува описа сказа заяви зазначи дода наголоси поясни розпові написа повідоми відповів визна уточни запита спита пообіця обіця запевни підсумува';
const PRESENT =
  'возмущается возмущена сетует жалуется напоминает обурюється нарікає скаржиться нагадує ' +
  'говорит считает отмечает подчеркивает добавляет уверен уверена говорить вважає зазначає наголошує додає каже ' +
  'признаётся признается смеётся смеется рассказывает вспоминает объясняет розповідає усміхається пояснює згадує ' +
  'поделился поделилась поділився поділилася сміявся сміялася смеялся смеялась зізнався зізналася визнає признался призналась признаёт признает констатував констатувала ' +
  'констатировал констатировала ' +
  'сміється посміхається зауважує запевняє переконує улыбается уверяет замечает ' +
  // An ironic remark is words said: `— іронізує він`, `— иронизирует депутат`.
  'иронизирует іронізує ' +
  // `X думає інакше: «…»`: an opinion put before the words; `— продолжает она`, going on.
  'думает думає продолжает продовжує ' +
  // Reckoning figures aloud (`— подсчитывает женщина`), a question put (`— питає водій X`).
  'подсчитывает подсчитала подсчитал прикидывает підраховує підрахувала питає запитує спрашивает ' +
  // Judging aloud (`— оценивает X`), asking oneself (`— задаётся вопросом X`, `— задається питанням X`).
  'оценивает оцінює задаётся\\s+вопросом задается\\s+вопросом задається\\s+питанням';
/** Gestures and complaints that report words after a dash: `— разводит руками мужчина`, `— посетовала она`, `— зітхає вона`. */
const GESTURES = ['посетовал', 'посетовала', 'сетовал', 'сетовала', 'пожаловался', 'пожаловалась', 'возмутился', 'возмутилась', 'вздохнул', 'вздохнула', 'поскаржився', 'поскаржилася', 'обурився', 'обурилася', 'зітхнув', 'зітхнула', 'разводит руками', 'развела руками', 'развёл руками', 'пожимает плечами', 'вздыхает', 'качает головой', 'розводить руками', 'зітхає', 'знизує плечима', 'хитає головою',
  // A smile, a laugh or a shout in the past tense: `— усміхнулася вона`, `— улыбнулся голкипер`, `— кричал болельщик`, `— вигукнув він`.
  'улыбнулся', 'улыбнулась', 'усмехнулся', 'усмехнулась', 'рассмеялся', 'рассмеялась', 'усміхнувся', 'усміхнулася', 'посміхнувся', 'посміхнулася', 'засміявся', 'засміялася',
  'кричал', 'кричала', 'крикнул', 'крикнула', 'воскликнул', 'воскликнула', 'кричав', 'крикнув', 'вигукнув', 'вигукнула'];

/** Belarusian past stems (сказаў / сказала), read with Russian and Ukrainian: its letter ў ends the masculine. */
const BE_PAST_STEMS = 'сказа заяві адзначы дада патлумачы расказа напіса паведамі адказа прызна удакладні спыта пацвердзі падкрэслі';
/** Belarusian present: says, tells, adds, thinks, notes, explains, recalls, complains, asks. */
const BE_PRESENT = 'кажа расказвае распавядае дадае лічыць адзначае падкрэслівае тлумачыць успамінае скардзіцца пытае';

/** Russian past: сказал / сказала / сказали; Ukrainian past: сказав / сказала / сказали; Belarusian сказаў. */
export const VERBS = alternation([
  ...PAST_STEMS.split(' ').map((stem) => `${stem}(?:л|ла|ли)`),
  ...UK_PAST_STEMS.split(' ').map((stem) => `${stem}(?:в|ла|ли|ла)`),
  ...BE_PAST_STEMS.split(' ').map((stem) => `${stem}(?:ў|ла|лі)`),
  'распавёў', 'распавяла',
  ...BE_PRESENT.split(' '),
  'розповів', 'розповіла', 'відповів', 'відповіла', 'визнав', 'визнала',
  ...PRESENT.split(' '),
  ...GESTURES,
]);

const cues = latinCues(
  {
    afterVerbs: VERBS,
    subjectVerbs: VERBS,
    pronouns: { он: 'male', она: 'female', він: 'male', вона: 'female', ён: 'male', яна: 'female' },
    dropsSubject: true,
    verbGender: (verb) => (/ла$/u.test(verb) ? 'female' : /(?:л|в|ў)$/u.test(verb) ? 'male' : null),
    according: '[Пп]о\\s+словам|[Зз]а\\s+словами|[Нн]а\\s+думку|[Пп]о\\s+мнению|[Кк]ак\\s+(?:сказал|сказала|заявил|заявила|сказав|заявив|пояснил|пояснила|отметил|отметила|сообщил|сообщила|рассказал|рассказала|уточнил|уточнила)|[Яя]к\\s+(?:пояснив|пояснила|зазначив|зазначила|повідомив|повідомила|розповів|розповіла)',
    hasArticles: false,
    articles: 'его|ее|её|її|його',
    stops: 'в|во|на|для|нашему|нашей|нашому|нашій|вашему|вашому|журналистам|репортерам|корреспонденту|журналістам|кореспонденту|изданию|газете|агентству|телеканалу|виданню|агентству|после|після|перед|во\\s+время|під\\s+час|во вторник|в\\s+понедельник|сегодня|вчера|сьогодні|вчора|также|також',
    recipients: 'в|во|на|для|изданию|газете|агентству|телеканалу|радио|виданню|газеті|агентству|телеканалу',
    // `— говорит пенсионерка`, `— усміхається 58-річний вівчар`: one lower-case noun is the person just named.
    anaphor: /^(?:\d+-(?:летн|річн)\p{L}+\s+)?(?:\p{Ll}+(?:ая|ий|ый|ой|яя|ій|а)\s+)?(?!(?:источник|представитель|ведомство|министерство|полиция|мэрия|администрация|власти|прокуратура|компания|джерело|представник|відомство|міністерство|поліція|мерія|адміністрація|влада|прокуратура|компанія|суд)(?![\p{L}]))\p{Ll}[\p{L}-]+$/u,
    anaphorGender: (words) => (/(?:ка|ница|иня|ниця|жінка|женщина|дівчина|девушка|мать|мати|мама)$/u.test(words) ? 'female' : /(?:чоловік|мужчина|хлопець|парень|юноша|отец|батько)$/u.test(words) ? 'male' : null),
    outlet: /^(?:газет\p{L}*|издани\p{L}*|агентств\p{L}*|телеканал\p{L}*|радиостанци\p{L}*|радио|журнал\p{L}*|видання|виданню|газеті|ТАСС|РИА|Интерфакс\p{L}*|Коммерсант\p{L}*|Ведомост\p{L}*|Известия\p{L}*|Известиям|РБК|Укрінформ\p{L}*|УНІАН\p{L}*|Суспільн\p{L}*|Громадськ\p{L}*|Новости|ТСН|Медуз\p{L}*|Би-би-си|ВВС)$/iu,
  },
  /\p{Script=Cyrillic}/u,
);

/**
 * A capitalised given and family name, then `из`/`з`/`із`/`зі` and the body or place it is from (to the clause's end);
 * Russian `с`/`со` before a place noun in the genitive (`с улицы Мира`) or a noun in the instrumental, how they
 * said it (`с улыбкой`, `со вздохом`): neither is part of the name.
 */
const AFFILIATION_AFTER_NAME = /(\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{Ll}’'-]+)\s+(?:из|з|із|зі|(?:с|со)(?=\s+(?:улицы|проспекта|переулка|площади|бульвара|набережной|окраины|района|микрорайона|берега|острова|хутора|севера|юга|востока|запада)\s|\s+\p{Ll}+(?:ой|ей|ью|ем|ом|ами|ями)(?=[\s.,;!?]|$)))\s+[\p{L}«»"“”'’\s-]+?(?=[.,;!?]|$)/u;

/** A plural past verb, then в/у and a body (`сообщили в пресс-службе ведомства`, `в Минздраве`); `в один голос` is no body. */
const BODY_SAID = /^[,\s]*[—–]?\s*(\p{Ll}+ли)\s+((?:в|во|у|на)\s+(?!один\s+голос|голос)[\p{L}-]+(?:\s+[\p{L}-]+){0,4})/u;

const IMPERSONAL_SAID = /^[,\s]*[—–]?\s*(\p{Ll}+ли(?:\s+(?:там|тут|нам|в\s+ответ|у\s+відповідь))?)\s*(?:[.!?]|$)/u;

/** `по словам` / `за словами` / `на думку` and the words before the name (a role in the genitive: `інженера компанії`), perhaps a bracketed party after it. */
// (A place's adjective in the genitive may sit in the role, a lower-case noun after it: `главы Озёрского округа`, `голови Луцької громади`.)
const ACCORDING_NAME = /(?:^|[\s(])(?:[Пп]о\s+словам|[Зз]а\s+словами|[Нн]а\s+думку|[Пп]о\s+мнению)\s+((?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?:ого|его|ой|ей|ої)(?=\s+\p{Ll}))\s+){0,4})((?:\p{Lu}[\p{Ll}’'-]+)(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2})\s*(?:\([^()\n]{1,60}\)\s*)?,/u;
const UKRAINIAN = /[іїєґІЇЄҐ]/u;

/** A given name in the genitive: female `Марии, Олени, Анны, Наталії`; male `Ивана, Тараса, Сергея, Андрія`. */
function givenNominative(word: string, ukrainian: boolean): { word: string; female: boolean } {
  if (/(?:ии|ії)$/u.test(word)) return { word: `${word.slice(0, -1)}я`, female: true };
  if (/ьи$/u.test(word)) return { word: `${word.slice(0, -1)}я`, female: true };
  if (/[^аеиоуяюєії]и$|ы$/u.test(word)) return { word: word.replace(/[иы]$/u, 'а'), female: true };
  if (/(?:ия|ія)$/u.test(word)) return { word: word.replace(/я$/u, 'й'), female: false };
  if (/[еє]я$/u.test(word)) return { word: word.replace(/я$/u, 'й'), female: false };
  if (/ря$/u.test(word)) return { word: word.replace(/я$/u, ukrainian ? '' : 'ь'), female: false };
  if (/[^аеиоуяюєії]а$/u.test(word)) return { word: word.slice(0, -1), female: false };
  return { word, female: false };
}

/** A family name in the genitive, the given name having told the gender. */
function familyNominative(word: string, female: boolean, ukrainian: boolean): string {
  if (female) {
    if (/(?:ск|цк)ой$/u.test(word)) return word.replace(/ой$/u, 'ая');
    if (/(?:ой|ої)$/u.test(word)) return word.replace(/(?:ой|ої)$/u, 'а');
    return word;
  }
  if (/(?:ськ|цьк|ск|цк)ого$/u.test(word)) return word.replace(/ого$/u, 'ий');
  if (/ого$/u.test(word)) return word.replace(/ого$/u, ukrainian ? 'ий' : 'ый');
  if (/ця$/u.test(word)) return word.replace(/ця$/u, 'ець');
  if (ukrainian && /(?:енк|йк)а$/u.test(word)) return word.replace(/а$/u, 'о');
  if (/[лн]я$/u.test(word)) return word.replace(/я$/u, 'ь');
  if (/[^аеиоуяюєії]а$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** `По словам Ивана Петрова` names Иван Петров: the genitive the preposition asks for, back in the nominative. */
export function nominativeName(name: string, ukrainian: boolean): string {
  const words = name.split(/\s+/u);
  if (words.length === 1) return familyNominative(words[0]!, false, ukrainian);
  const given = givenNominative(words[0]!, ukrainian);
  // A patronymic (`Ивана Петровича`) follows the given name.
  const rest = words.slice(1).map((word) => (/(?:ович|евич|івн|овн|евн)[аиы]$/u.test(word) ? word.replace(/а$/u, '').replace(/[иы]$/u, 'а') : familyNominative(word, given.female, ukrainian)));
  return [given.word, ...rest].join(' ');
}

/** A name in the instrumental (`Мартою Кушнір`, `Андрієм Мельничуком`, `Сергеем Ивановым`) in the nominative; others as they are. */
export function nominativeFromInstrumental(name: string): string {
  const [given = '', ...rest] = name.split(/\s+/u);
  let female: boolean;
  let nominative: string;
  if (/(?:ою|ой)$/u.test(given)) [female, nominative] = [true, given.replace(/(?:ою|ой)$/u, 'а')];
  else if (/(?:єю|ией|ьей)$/u.test(given)) [female, nominative] = [true, given.replace(/єю$/u, 'я').replace(/ией$/u, 'ия').replace(/ьей$/u, 'ья')];
  else if (/(?:ієм|еем|ием)$/u.test(given)) [female, nominative] = [false, given.replace(/ієм$/u, 'ій').replace(/еем$/u, 'ей').replace(/ием$/u, 'ий')];
  else if (/[^аеиоуяюєії](?:ом|ем)$/u.test(given)) [female, nominative] = [false, given.slice(0, -2)];
  else return name;
  const family = rest.map((word) =>
    female
      ? word.replace(/(?:ською|цькою)$/u, (end) => end.replace(/ою$/u, 'а')).replace(/(?:ской|цкой)$/u, (end) => end.replace(/ой$/u, 'ая')).replace(/(?:ою|ой)$/u, 'а')
      : word.replace(/(?<=(?:ськ|цьк|ск|цк))им$/u, 'ий').replace(/енком$/u, 'енко').replace(/(?<=[^аеиоуяюєії])(?:ом|ем)$/u, '').replace(/(?<=[^аеиоуяюєії])ым$/u, ''),
  );
  return [nominative, ...family].join(' ');
}

/**
 * The person an interview's lead-in says the paper talked with (`ми поговорили з директоркою … Мартою Кушнір`,
 * `мы побеседовали с …`): the name in the nominative and the words before it as the role; null when the lead names no one so.
 */
export function interviewedIn(lead: string, name: string): { name: string; role: string | null } | null {
  if (!/\p{Script=Cyrillic}/u.test(name)) return null;
  const at = lead.indexOf(name);
  // (The words between open in lower case and may hold a place: `з фермером із села Кадубівці Богданом Гуцулом`.)
  const before = at < 0 ? null : /(?:^|\s)(?:з|із|зі|с|со)\s+((?:[\p{Ll}«»"'’-][^\s]*\s+(?:[^\s]+\s+){0,7})?)$/u.exec(lead.slice(0, at));
  // (A name in the nominative after `с улыбкой` is no one talked with: the name must be in the instrumental.)
  const nominative = nominativeFromInstrumental(name);
  if (!before || nominative === name) return null;
  return { name: nominative, role: before[1]!.trim() || null };
}

/** The person an `за словами X, …` sentence names, in the nominative, or null. */
export function accordingPerson(sentence: string): SpeakerPhrase | null {
  const match = ACCORDING_NAME.exec(sentence);
  if (!match) return null;
  const role = match[1]!.trim() || null;
  const name = match[2]!;
  const gender = name.includes(' ') ? (givenNominative(name.split(/\s+/u)[0]!, UKRAINIAN.test(sentence)).female ? 'female' : 'male') : undefined;
  return person(nominativeName(name, UKRAINIAN.test(sentence)), role, gender);
}

/** `— сміявся після гри молодий нападник`, `— розповів на брифінгу начальник…`: a time or place adjunct of two words between the verb and its subject. */
const ADJUNCT_AFTER_VERB = new RegExp(`^([\\s,]*[—–-]?\\s*(?:${VERBS})\\s+)(?:после|після|перед|во\\s+время|під\\s+час|на|в|у|во)\\s+\\p{Ll}[\\p{Ll}-]+\\s+(?=\\p{L})`, 'u');

/** `— рассказал агентству «Северные вести» заведующий…`: the outlet spoken to, its name in quotation marks, skipped. */
// (`— заявил он «Волжской правде» после заседания`: a pronoun before the outlet is the subject, never its noun; `— сказала в ефірі телеканалу «…» X`: where, then the outlet.)
const QUOTED_RECIPIENT = new RegExp(`^([\\s,]*[—–-]?\\s*(?:${VERBS})\\s+)(?:(?:в|у|на|во)\\s+[\\p{Ll}’'-]+\\s+)?(?:(?!(?:он|она|они|він|вона|вони)\\s)\\p{Ll}+\\s+)?«[^«»\\n]{1,40}»\\s+(?=\\p{L})`, 'u');

/** `— сказала журналістам адвокатка …`: the people spoken to, between the verb and the speaker, skipped. */
const TOLD_RECIPIENT = new RegExp(`^([\\s,]*[—–-]?\\s*(?:${VERBS})\\s+)(?:журналістам|журналистам|репортерам|репортерам|кореспонденту|корреспонденту|кореспондентові|нам)\\s+(?=\\p{L})`, 'u');

/** A question's askers with no name: `— спросили министра журналисты`, `— запитали журналісти`. */
const ASKED_BY = /^[\s,]*[—–-]\s*(?:спросил[аи]?|поинтересовал(?:ся|ась|ись)|запита(?:в|ла|ли)|спита(?:в|ла|ли))(?:\s+\p{Ll}[\p{Ll}-]*)*?\s+(\p{Ll}[\p{Ll}-]*)\s*[.!?]?\s*$/u;

/** `— говорится в заявлении губернатора`, `— йдеться у зверненні мера`: words of a document, its author a role in the genitive. */
const STATEMENT_SAYS = /^[\s,]*[—–-]\s*(?:говорится|сообщается|мовиться|йдеться)\s+(?:в|у|во)\s+(?:заявлении|обращении|письме|сообщении|послании|заяві|зверненні|листі|повідомленні)\s+(\p{Ll}{3,})/u;

/** `— говорится в её обращении`: a document owned by a pronoun. */
const OWN_STATEMENT = /^[\s,]*[—–-]\s*(?:говорится|сообщается|мовиться|йдеться|написано)\s+(?:в|у|во)\s+(её|ее|его|її|його)\s+(?:заявлении|обращении|письме|сообщении|послании|посте|публикации|заяві|зверненні|листі|повідомленні|дописі|пості|публікації)(?![\p{L}])/u;

/**
 * The author of the statement a quote is read from, when its role in the genitive is the role the
 * story gave a named person before: `Заявление губернатора Андрея Зотова …` → Андрей Зотов.
 */
export function statementAuthor(text: string, quoteEnd: string, before: string): SpeakerPhrase | null {
  const statement = STATEMENT_SAYS.exec(quoteEnd);
  const role = statement?.[1];
  if (!role) return null;
  const named = [...before.matchAll(new RegExp(`(?:^|[^\\p{L}])${role}\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})`, 'gu'))].at(-1)?.[1];
  // No one named with that role (`в заявлении министерства`): the document speaks, not the last speaker.
  return named ? person(nominativeName(named, UKRAINIAN.test(text))) : described(statement[0].replace(/^[^]*?\s(?:в|у|во)\s+/u, ''));
}

/** `За її словами,` / `По его словам,` right before the quote: the words of the person the pronoun means. */
// (Every match holds `словам`, of `словами` or `словам`: applies tests that first.)
const OWN_WORDS = /(?:^|[\s(])(?:[Зз]а\s+(її|його)\s+словами|[Пп]о\s+(её|ее|его)\s+словам)\s*,\s*$/u;

/** `биолог Центра «Амурский тигр» Павел Осипов`: an organisation's name in quotation marks inside a role, before a name. */
const QUOTED_ORGANISATION = /«[^«»\n]{1,40}»(?=\s+\p{Lu})/gu;
const MASK_LETTERS = 'абвгд';

/** Reads `frame` with each quoted organisation name masked as one lower-case word, and puts the names back in the role. */
function withQuotedOrganisations(frame: string, read: (masked: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const names: string[] = [];
  const masked = frame.replace(QUOTED_ORGANISATION, (name) => (names.length < MASK_LETTERS.length ? `названиеъ${MASK_LETTERS[names.push(name) - 1]}` : name));
  const found = read(masked);
  if (!found || names.length === 0) return found;
  const unmask = (words: string) => words.replace(/названиеъ([абвгд])/gu, (_mask, letter: string) => names[MASK_LETTERS.indexOf(letter)] ?? '');
  return { ...found, phrase: unmask(found.phrase), ...(found.role ? { role: unmask(found.role) } : {}) };
}

/** `мешканка Розтік Ганна Федюк`: the place after a resident's noun is no part of the name. */
function withoutPlace(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun) return found;
  if (found.role) {
    const named = withoutCyrillicPlace(found.phrase, `${found.role} `);
    return named === found.phrase ? found : { ...found, phrase: named };
  }
  // The resident's noun still opens the phrase: `Мешканка Розтік Ганна Федюк`.
  const [first = '', ...rest] = found.phrase.split(' ');
  const named = rest.length === 3 ? withoutCyrillicPlace(rest.join(' '), '', found.phrase) : rest.join(' ');
  return named === rest.join(' ') ? found : { ...found, phrase: named, role: first };
}

/** A given and family name, then phrases of place or time (`на брифинге в четверг`, `під час засідання`), then a verb of saying. */
const ADJUNCT_BEFORE_VERB = lazyPattern(() => new RegExp(`((?<![\\p{L}])(?!(?:Сам|Сама|Сами|Саме|Сам|Тот|Этот|Эта|Цей|Ця|Там|Тут|Он|Она|Він|Вона|Также|Також|Однако|Проте|Затем|Потом|Потім|Тогда|Тоді|Вчера|Вчора|Сегодня|Сьогодні)\\s)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)(?:\\s+(?:на|в|во|у|під\\s+час|во\\s+время|после|після|перед|по\\s+итогам|за\\s+підсумками)\\s+[\\p{Ll}\\d][^\\s,.:;«»!?]*(?:\\s+\\p{Ll}[^\\s,.:;«»!?]*){0,2}?)+\\s+(?=(?:${VERBS})(?![\\p{L}]))`, 'u'));
/** A lone lower-case noun as the subject of a verb of saying, then `:` (perhaps after a `что` clause). */
const DESCRIPTOR_BEFORE = lazyPattern(() => new RegExp(`(?:^|[.!?,]\\s+|\\s)(\\p{Ll}[\\p{Ll}-]{3,})\\s+(?:${VERBS})(?:,\\s+(?:что|що)\\s[^:«»\\n]{0,160})?:\\s*$`, 'u'));

/**
 * The person the text introduced with `noun` (a word or a few, its first letter either case) right before the name
 * (`скрипичный мастер Аркадий Зайцев`, `Тренер гостей X`), for a later `мастер говорил:`, `— подытожил тренер гостей`; or null.
 * Opening its sentence, or after a woman's noun (`Пенсионерка Валентина Кузнецова`), the name is the subject as written.
 */
// (A patronymic's full name keeps its family name, a body before the name is left out: lang/cyrillic-name-run.ts.)
export function introducedAs(text: string, noun: string, at: number): string | null {
  if (!/^\p{Script=Cyrillic}+(?:\s\p{Script=Cyrillic}+){0,3}$/u.test(noun)) return null;
  const phrase = `([${noun[0]}${noun[0]!.toUpperCase()}])${noun.slice(1).replace(/\s/gu, '\\s+')}`;
  // (`Директорка школи X Y` for `— визнає директорка`: one lower-case word, the noun's complement, may stand between.)
  const found = [...text.slice(0, at).matchAll(new RegExp(`(?:^|[\\s(])${phrase}(?:\\s+\\p{Ll}{3,})?\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,3})(?![\\p{L}])`, 'gu'))].at(-1);
  const run = found ? (cyrillicRunName(found[2]!.split(/\s+/u)) ?? found[2]!.split(/\s+/u).slice(0, 2).join(' ')) : '';
  return !found ? null : /\p{Lu}/u.test(found[1]!) || /(?:ка|ица|иця|иня)$/u.test(noun) ? run : nominativeName(run, UKRAINIAN.test(text));
}

/** A possessive and a relation noun set off by a comma before a role and a name: `Її сусід, інженер X,`, `Его дочь, студентка X,`. */
const RELATION_OPENER = /(^|[.!?]\s+)(?:Її|Його|Їх|Его|Её|Ее|Их)\s+\p{Ll}+,\s+(?=\p{Ll}[\p{L}-]*\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,)/u;

export const russianUkrainian: LanguageCues = {
  ...cues,
  applies: (frame) => cues.applies(lowerOpeningVerb(frame, VERBS)) || STATEMENT_SAYS.test(frame) || OWN_STATEMENT.test(frame) || (frame.includes('словам') && OWN_WORDS.test(frame)) || (/:\s*$/u.test(frame) && cyrillicColonSubject(lowerOpeningRole(frame)) !== null),
  after(frame) {
    // `— говорится в заявлении губернатора`: the statement's author, found by lang/introduced.ts.
    if (STATEMENT_SAYS.test(frame)) return pronoun('they');
    // `— додала молода мама, яка чекала на зупинці`: a descriptor with a relative clause brings in someone new, unnamed.
    const introduced = NEW_DESCRIBED.exec(frame);
    if (introduced) return described(introduced[1]!);
    // `— говорится в её обращении`, `— йдеться в його дописі`: the words of a document of the person the pronoun means.
    const own = OWN_STATEMENT.exec(frame)?.[1];
    if (own) return pronoun(/^(?:её|ее|її)$/u.test(own) ? 'she' : 'he');
    // `— спросили министра журналисты`: unnamed askers (the one asked comes first) are described.
    // (`— спросила она`: a pronoun after the verb is the person just quoted asking, read as any pronoun tag below.)
    const asked = ASKED_BY.exec(frame);
    if (asked && !PERSONAL_PRONOUN.test(asked[1]!)) return described(asked[1]!);
    // `— сообщили в пресс-службе ведомства`, `— пояснили у мерії`: a plural verb said "in" a body, no person named: described.
    const body = BODY_SAID.exec(frame);
    if (body) return described(body[2]!.trim());
    // `— зазначили там.`, `— сообщили нам.`: a plural verb with no subject at all is impersonal ("it was said"): described.
    const impersonal = IMPERSONAL_SAID.exec(frame);
    if (impersonal) return described(impersonal[1]!.trim());
    // `— пообещал глава района`: an office with no name, its holder's or no one's (lang/unnamed-office.ts); a name after a comma (cyrillic-apposed.ts).
    const office = officeTag(frame) ?? apposedFullName(frame);
    if (office) return office;
    const told = QUOTED_RECIPIENT.exec(frame) ?? TOLD_RECIPIENT.exec(frame);
    if (told) frame = told[1] + frame.slice(told[0].length);
    // `— вважає економіст Дмитро Левченко з Харківського університету`: where the person is from, after the name, is no part of it.
    frame = frame.replace(AFFILIATION_AFTER_NAME, '$1');
    const adjunct = ADJUNCT_AFTER_VERB.exec(frame);
    return withoutPlace(withQuotedOrganisations(adjunct ? adjunct[1] + frame.slice(adjunct[0].length) : frame, cues.after));
  },
  before(frame) {
    // `За її словами, «…»`: "in her words", the person just named; `Про Бойків говорить окремо:`, the subject left out.
    const own = OWN_WORDS.exec(frame);
    if (own) return pronoun(/^(?:її|её|ее)$/u.test(own[1] ?? own[2] ?? '') ? 'she' : 'he');
    if (opensWithPrepositionObject(frame)) return { ...pronoun('they'), dropped: true };
    // `биолог Центра «Амурский тигр»`: quotation marks right after a capitalised word hold a name, not words said.
    if (/\s\p{Lu}[\p{L}-]*\s*$/u.test(frame)) return null;
    // `Водночас він нагадує:`: a capitalised adverb opening the sentence before a pronoun is no name.
    const unopened = frame
      .replace(/(^|[.!?]\s+)(\p{Lu}\p{Ll}+)(?=\s+(?:він|вона|вони|он|она|они)\s)/u, (_all, lead: string, word: string) => lead + word.toLowerCase())
      // `Водночас експерт … Віталій Гончарук вважає`: a connective opening the sentence is no name either, nor a time (`Накануне`),
      // nor a place adverb standing for the office named before (`Там уточнили`, `Тут додали`).
      .replace(/(^|[.!?]\s+)(?:Там|Тут|Здесь|Водночас|Однак|Проте|Натомість|Також|Однако|Впрочем|Также|Зато|Тем временем|Между тем|Тим часом|Накануне|Вчера|Сегодня|Позже|Позднее|Ранее|Затем|Потом|Тогда|Напередодні|Вчора|Сьогодні|Пізніше|Раніше|Потім|Тоді),?\s+(?=\p{L})/u, (_all, lead: string) => lead);
    // `Її сусід, інженер Олег Бондар, думає інакше:`: a relation to someone named before, then the person it is.
    // (`Сергей Никитин на брифинге в четверг заявил:`: where or when, between a name and its verb, is no part of either.)
    const related = unopened.replace(RELATION_OPENER, (_all, lead: string) => lead).replace(ADJUNCT_BEFORE_VERB(), '$1 ');
    // `В интервью нашей газете мастер говорил, что секрета нет: «…»`: a role noun alone as the subject stands for a person named before (`Депутатка зазначила:` too).
    const noun = DESCRIPTOR_BEFORE().exec(related)?.[1] ?? DESCRIPTOR_BEFORE().exec(lowerOpeningRole(related))?.[1];
    if (noun && isForeignRoleNoun(noun)) return { ...pronoun('they'), descriptor: true, role: noun };
    const found = withoutPlace(withQuotedOrganisations(lowerOpeningRole(lowerOpeningVerb(related, VERBS)), cues.before));
    // `Глава района X поддержала инициативу:`: no verb of saying, the colon gives the words to the named subject.
    if (!found && /:\s*$/u.test(related)) return cyrillicColonSubject(lowerOpeningRole(related));
    // (`Днём ранее в разговоре с журналистами Петров пообещал, что …`: a time or place opening the sentence, then a family name.)
    const afterAdverbial = found ? null : ADVERBIAL_THEN_FAMILY().exec(related);
    if (afterAdverbial) return person(afterAdverbial[1]!, null, /ла$/u.test(afterAdverbial[2]!) ? 'female' : 'male');
    if (!found || found.kind !== 'name' || found.pronoun) return found;
    const according = ACCORDING_NAME.exec(frame);
    return according && according[2] === found.phrase ? { ...found, phrase: nominativeName(found.phrase, UKRAINIAN.test(frame)) } : found;
  },
};

const PERSONAL_PRONOUN = /^(?:он|она|они|він|вона|вони)$/u;

/**
 * A sentence opening with a capitalised adverbial of time or place (`Днём ранее`, `В разговоре с …`, `Накануне на сессии`),
 * only lower-case words after it, then a family name by its ending (-ов, -ина, -ский, -енко, …) and a verb of saying in the
 * singular: that name is the subject. A body (`Минздрав сообщил`) has no such ending; a plural verb names no one.
 */
const ADVERBIAL_THEN_FAMILY = lazyPattern(() => new RegExp(`(?:^|[.!?]\\s+)\\p{Lu}\\p{Ll}*(?:\\s+[\\p{Ll}\\d][\\p{L}\\d-]*){1,8}\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ський|ська|енко|ук|юк|ых|их|ян))\\s+(?:уже\\s+|также\\s+|також\\s+)?((?:${VERBS}))(?=[\\s,.:])`, 'u'));

const NEW_DESCRIBED = /^[\s,]*[—–-]\s*\p{Ll}+(?:л|ла|ли|в|ть|є|е)(?:ся|сь)?\s+((?:\p{Ll}+\s+){0,2}\p{Ll}{3,}),\s+(?:яка|який|які|которая|который|которые|хто|кто)\s/u;

/** `Так ситуацию прокомментировала заведующая X.`, `Так на запитання журналістів … відповів X.`: the sentence after a quote names who said it. */
const THUS_SUBJECT_VERB = lazyPattern(() => new RegExp(`^\\s*(?:Так|Такими\\s+словами)\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}(?:,\\s+[^,.;:]{2,120},)?)\\s+(${VERBS})(?=[\\s,.])`, 'u'));
const THUS_SAID = lazyPattern(() => new RegExp(`^\\s*(?:Так|Такими\\s+словами|Об\\s+этом|Про\\s+це)\\s+(?:\\p{Ll}+\\s+){0,8}?(?=(?:${VERBS})\\s)`, 'u'));

/**
 * The speaker of a quote named by the sentence after it with "thus" (`Так ситуацию прокомментировала …`, `Так пояснив …`,
 * `«…». Так вважає вчителька X, яка …`), in its paragraph or the next, read as a tag after the quote; null otherwise.
 */
export function thusSaidNext(text: string, quoteEnd: number): SpeakerPhrase | null {
  const rest = text.slice(quoteEnd, quoteEnd + 400);
  const next = /^[\s.!?…]*\n*([^\n]+)/u.exec(rest)?.[1];
  const thus = next ? THUS_SAID().exec(next) : null;
  // (`Так X Y Z, фермер из …, объясняет, почему …`: the named subject before its verb, read as the tag `— объясняет X Y Z, …`.)
  const subjectFirst = next && !thus ? THUS_SUBJECT_VERB().exec(next) : null;
  if (subjectFirst && /\p{Script=Cyrillic}/u.test(next!)) {
    const found = russianUkrainian.after(`— ${subjectFirst[2]} ${subjectFirst[1]}.`);
    return found && found.kind === 'name' && !found.pronoun ? found : null;
  }
  if (!thus || !/\p{Script=Cyrillic}/u.test(next!)) return null;
  const tag = next!.slice(thus[0].length);
  const found = russianUkrainian.after(`— ${tag}`);
  if (found && found.kind === 'name' && !found.pronoun) return found;
  // (`Так згадує осінь 2023 року завучка … Ганна Стецюк.`: an object between the verb and the office; the
  // full name closing the sentence is who spoke.)
  const closing = /(?:^|\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*\.(?:\s|$)/u.exec(tag);
  return closing && /\p{Script=Cyrillic}/u.test(closing[1]!) && /\s\p{Ll}[\p{L}-]*\s+(?:[^\s.]+\s+){0,4}$/u.test(tag.slice(0, closing.index + 1)) ? person(closing[1]!) : null;
}

