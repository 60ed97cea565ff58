/**
 * Belarusian (Cyrillic script): `«…», — сказаў X`, `— заявіла намесніца дырэктара X Y` (lower-case role words before the
 * name), `— кажа яна`, `X кажа: «…»`, `па словах X` (the name in the genitive), `Ён звярнуў увагу: «…»`. Its masculine past
 * ends in ў (сказаў, дадаў; сказала is "she said"), and ў marks the language: Russian and Ukrainian have no such letter.
 * Read before the Russian reader, which knows a few Belarusian verbs but none of the forms below; what this reader leaves,
 * the Russian one still tries.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';

/** Past stems: + ў (he), + ла (she), + лі (they): сказаў, заявіла, паведамілі. */
const PAST_STEMS =
  'сказа заяві адзначы дада патлумачы растлумачы расказа напіса паведамі адказа прызна удакладні спыта пацвердзі ' +
  'падкрэслі запэўні заўважы нагада папярэдзі падсумава пракаментава паабяца абяца канстатава пагадзі';
/** Present forms (says, adds, thinks, explains, recalls, asks, complains) and past forms off the pattern. */
const OTHER_FORMS =
  'кажа гаворыць расказвае распавядае дадае лічыць адзначае падкрэслівае тлумачыць успамінае скардзіцца пытаецца пытае ' +
  'працягвае заўважае нагадвае усміхаецца смяецца уздыхае перакананы перакананая упэўнены упэўнена ' +
  'распавёў распавяла прызнаўся прызналася усміхнуўся усміхнулася уздыхнуў уздыхнула';

/** Every verb form above. (A word opening with у writes ў after a vowel: `яна ўспамінае`, `ён ўдакладніў`.) */
const BELARUSIAN_VERBS = alternation([
  ...PAST_STEMS.split(' ').flatMap((stem) => [`${stem}ў`, `${stem}ла`, `${stem}лі`]),
  ...OTHER_FORMS.split(' '),
].flatMap((verb) => (verb.startsWith('у') ? [verb, `ў${verb.slice(1)}`] : [verb])).concat([
  // Drawing attention to something before a colon (`Ён звярнуў увагу: «…»`) reports the words that follow.
  'звярнуў\\s+увагу', 'звярнула\\s+увагу',
]));

/** Source words: "in the words of", "according to", "in the opinion of". */
const ACCORDING = '[Пп]а\\s+словах|[Пп]аводле\\s+слоў|[Пп]аводле|[Нн]а\\s+думку';

const cues = latinCues(
  {
    afterVerbs: BELARUSIAN_VERBS,
    subjectVerbs: BELARUSIAN_VERBS,
    pronouns: { ён: 'male', яна: 'female' },
    dropsSubject: true,
    verbGender: (verb) => (/ла(?:ся)?$/u.test(verb) ? 'female' : /ў(?:ся)?$/u.test(verb) ? 'male' : null),
    according: ACCORDING,
    hasArticles: false,
    articles: 'яго|яе',
    stops: 'у|ў|в|на|для|пасля|перад|падчас|сёння|учора|таксама|журналістам|карэспандэнту|выданню|газеце|агенцтву',
    recipients: 'у|ў|на|для|выданню|газеце|агенцтву|тэлеканалу|радыё',
    // `— кажа пенсіянерка`: one lower-case noun (an adjective before it) stands for the person just named; a body does not.
    anaphor: /^(?:\p{Ll}+(?:ая|ы|і|ой)\s+)?(?!(?:крыніца|прадстаўнік|міністэрства|міліцыя|адміністрацыя|улады|пракуратура|кампанія|суд|выканкам|гарвыканкам|райвыканкам)(?![\p{L}]))\p{Ll}[\p{L}-]+$/u,
    anaphorGender: (words) => (/(?:ка|ніца|жанчына|дзяўчына|маці)$/u.test(words) ? 'female' : /(?:мужчына|хлопец|бацька)$/u.test(words) ? 'male' : null),
    outlet: /^(?:газет\p{L}*|выданн\p{L}*|агенцтв\p{L}*|тэлеканал\p{L}*|радыё|часопіс\p{L}*|БелТА|Белсат\p{L}*)$/iu,
  },
  /\p{Script=Cyrillic}/u,
);

/** Letters and words only Belarusian writes among the Cyrillic languages read here (Kazakh has і, ы and э too, with its own letters). */
const OWN = /[ўЎ]|(?:^|[^\p{L}])(?:кажа|ён|яна|паводле|словах|дадае|тлумачыць|пытаецца|гаворыць)(?![\p{L}])/u;
/** What every match of OWN holds (ў, or one of its words whole): a frame without any cannot match it, and skips its letter tests. */
const OWN_GATE = /[ўЎ]|кажа|ён|яна|паводле|словах|дадае|тлумачыць|пытаецца|гаворыць/;
const KAZAKH_LETTER = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/u;

/** Offices of a body heading a tag's subject (chair, head, director, deputy, head of a unit, chief doctor, minister, mayor). */
const OFFICE = 'старшыня|кіраўнік|кіраўніца|дырэктар|дырэктарка|намеснік|намесніца|загадчык|загадчыца|начальнік|начальніца|міністр|мэр|галоўны\\s+ўрач|галоўны\\s+урач';

/**
 * `кіраўнік раёна` (the head of the district, town, region): the papers' other name for the chair of its executive committee,
 * `старшыня райвыканкама`, the office the holder is introduced with. Another body's head (`кіраўнік аддзела`) keeps its noun.
 */
const TERRITORY_HEAD = /^кіраўні(?:к|ца)\s+(?:раёна|горада|вобласці|сельсавета)$/u;
const territoryHead = (office: string): string | undefined => (TERRITORY_HEAD.test(office) ? 'старшыня' : undefined);

const patterns = lazy(() => ({
  // `— паведамілі ў прэс-службе ўпраўлення`: a plural verb said "in" a body, no person: described.
  bodyAfter: /^[,\s]*[—–-]?\s*\p{Ll}+лі\s+((?:у|ў|в|на)\s+[\p{L}-]+(?:\s+[\p{L}«»-]+){0,4})/u,
  // `У прэс-службе ўпраўлення паведамілі: «…»`: the same body before a colon (an outlet spoken to may stand between).
  bodyBefore: /(?:^|[.!?]\s+)(?:У|Ў|В|На)\s+(\p{Ll}[\p{Ll}-]+(?:\s+[^\s:.!?]+){0,10}?)\s+\p{Ll}+лі\s*:\s*$/u,
  // `— паведаміў старшыня савета.`, `— сказала па тэлефоне дырэктарка школы`: an office and up to three lower-case words of its body, no name after.
  officeAfter: new RegExp(`^[\\s,]*[—–-]\\s*(\\p{Ll}+(?:ся)?)(?:\\s+(?:па|на|у|ў|пасля|перад)\\s+\\p{Ll}+)?\\s+((${OFFICE})(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,3}?)\\s*(?:[.!?…]|$)`, 'u'),
  // `Ён яшчэ звярнуў увагу:`, `Яна дадала:`: a pronoun opening the sentence before the colon, no other subject.
  pronounBefore: /(?:^|[.!?]\s+)(Ён|Яна)\s+(?:\p{Ll}[^\s,.;:!?«»]*\s+){0,4}?\p{Ll}+(?:ў|ла)(?:\s+увагу)?\s*:\s*$/u,
  // `Ён паказвае на хату насупраць, да якой …:`, `Яна дастае з шуфляды ліст і чытае:`: a present verb right after the pronoun
  // (-е, -а, -ць: паказвае, кажа, гаворыць), whatever clause follows up to the colon; the pronoun is still the subject.
  pronounPresentBefore: /(?:^|[.!?]\s+)(Ён|Яна)\s+(?:ужо\s+|яшчэ\s+|таксама\s+)?\p{Ll}+(?:е|а|ць)(?:ся)?\s+[^.!?«»:]*:\s*$/u,
  // `па словах Алеся Крука,` / `паводле слоў Ганны Жук,`: role words in the genitive, then the name.
  according: /(?:^|[\s(])(?:[Пп]а\s+словах|[Пп]аводле\s+слоў|[Пп]аводле)\s+((?:\p{Ll}[\p{L}-]*\s+){0,4})(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2})\s*,\s*$/u,
  // `Па словах <role> X Y, у вёсцы працуюць … .` as the whole sentence before a quote: the source it names says the quote
  // (role words in the genitive, up to eight, then the name; nothing but the clause after the comma).
  accordingSentence: /^(?:[Пп]а\s+словах|[Пп]аводле\s+слоў)\s+((?:\p{Ll}[\p{L}-]*\s+){0,8})(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s*,[^.!?«»]+[.!?]\s*$/u,
}));

/** A noun for a place in the genitive (district, town, village, street): a capitalised word after it is the place's name. */
const PLACE_NOUN = /(?:^|\s)(?:мікрараёна|раёна|горада|вёскі|вуліцы|пасёлка|вобласці|мястэчка|аграгарадка|праспекта)$/u;

/** `старшыня таварыства вёскі Лясная Ганна Жук`: the place's name after its noun is the role's, not the person's. */
function withoutPlace(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun || !found.role) return found;
  const words = found.phrase.split(/\s+/u);
  if (words.length !== 3 || !PLACE_NOUN.test(found.role)) return found;
  return { ...found, phrase: words.slice(1).join(' '), role: `${found.role} ${words[0]}` };
}

/** A given name in the genitive (`Ганны`, `Марыі`, `Алеся`, `Івана`) back in the nominative, with its gender. */
function givenNominative(word: string): { word: string; female: boolean } {
  if (/(?:ыі|іі)$/u.test(word)) return { word: `${word.slice(0, -1)}я`, female: true };
  if (/[^аеёіоуыэюя]ы$/u.test(word)) return { word: word.replace(/ы$/u, 'а'), female: true };
  if (/[^аеёіоуыэюя]і$/u.test(word)) return { word: word.replace(/і$/u, 'я'), female: true };
  if (/ся$/u.test(word)) return { word: word.replace(/я$/u, 'ь'), female: false };
  // (`Андрэя`, `Сяргея`, `Мацвея`: a man's name in -й takes -я after its vowel.)
  if (/[аеэоуі]я$/u.test(word)) return { word: word.replace(/я$/u, 'й'), female: false };
  if (/[^аеёіоуыэюя]а$/u.test(word)) return { word: word.slice(0, -1), female: false };
  return { word, female: false };
}

/** A family name in the genitive: `Крука` → Крук, `Навумовіча` → Навумовіч, `Жукоўскага` → Жукоўскі, `Сідаровай` → Сідарова. */
function familyNominative(word: string, female: boolean): string {
  if (female) return word.replace(/(?<=ск|цк)ай$/u, 'ая').replace(/(?:ай|ой)$/u, 'а');
  if (/(?:ск|цк)ага$/u.test(word)) return word.replace(/ага$/u, 'і');
  if (/ага$/u.test(word)) return word.replace(/ага$/u, 'ы');
  // (`Іванова` is the genitive of Іваноў: the ў the nominative writes.)
  if (/(?:ов|ев|ёв)а$/u.test(word)) return word.replace(/ва$/u, 'ў');
  if (/[^аеёіоуыэюя]а$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** `Сяргея Мароўскага` -> Сяргей Мароўскі: a full name in the genitive (after `па словах`, a rank), back in the nominative. */
export function nominativeName(name: string): { name: string; female: boolean } {
  const words = name.split(/\s+/u);
  if (words.length === 1) return { name: familyNominative(words[0]!, false), female: false };
  const given = givenNominative(words[0]!);
  return { name: [given.word, ...words.slice(1).map((word) => familyNominative(word, given.female))].join(' '), female: given.female };
}

export const belarusian: LanguageCues = {
  applies: (frame) => (OWN_GATE.test(frame) && OWN.test(frame)) || (/[іІ]/u.test(frame) && /[ыэЫЭ]/u.test(frame) && !KAZAKH_LETTER.test(frame)),
  after(frame) {
    const body = patterns().bodyAfter.exec(frame);
    if (body) return described(body[1]!);
    const office = patterns().officeAfter.exec(frame);
    // (An office without its holder's name: the holder the text named before, or a description (lang/unnamed-office.ts).)
    if (office) {
      const gender = /ла(?:ся)?$/u.test(office[1]!) ? 'female' : /ў(?:ся)?$/u.test(office[1]!) ? 'male' : undefined;
      return { phrase: office[2]!, kind: 'description', pronoun: false, role: territoryHead(office[2]!) ?? office[3]!, office: true, ...(gender ? { gender } : {}) };
    }
    return withoutPlace(cues.after(frame));
  },
  before(frame) {
    const sentence = frame.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? frame;
    const body = patterns().bodyBefore.exec(sentence);
    if (body) return described(body[1]!.replace(/\s+(?:выданню|газеце|агенцтву|тэлеканалу|карэспандэнту|журналістам)(?:\s+«[^«»]*»)?$/u, ''));
    const own = (patterns().pronounBefore.exec(sentence) ?? patterns().pronounPresentBefore.exec(sentence))?.[1];
    if (own) return pronoun(own === 'Яна' ? 'she' : 'he', own === 'Яна' ? 'female' : 'male');
    const source = patterns().according.exec(frame) ?? patterns().accordingSentence.exec(sentence);
    if (source) {
      const { name, female } = nominativeName(source[2]!);
      return person(name, source[1]!.trim() || null, source[2]!.includes(' ') ? (female ? 'female' : 'male') : undefined);
    }
    // (`Загадчык аддзела X Y патлумачыў:`: a role noun opening the sentence is read lower-case, as after a comma, and given back.)
    const opening = /^(\p{Lu})(\p{Ll}+)(?=\s+\p{Ll})/u.exec(sentence);
    if (!opening || /^(?:Ён|Яна|Яны)$/u.test(opening[0])) return withoutPlace(cues.before(frame));
    const found = withoutPlace(cues.before(frame.slice(0, frame.length - sentence.length) + opening[1]!.toLowerCase() + sentence.slice(1)));
    if (!found) return withoutPlace(cues.before(frame));
    const lowered = opening[1]!.toLowerCase() + opening[2]!;
    return found?.role?.startsWith(lowered) ? { ...found, role: opening[0] + found.role.slice(lowered.length) } : found;
  },
};
