/**
 * Gujarati, read as Hindi is (lang/hi.ts) with its own words: `X એ કહ્યું, “…”`, `“…,” એમ તેમણે કહ્યું.` (thus he
 * said), `X કહે છે, “…”` (X says), `X ના કહેવા મુજબ, “…”` (according to what X says). Gujarati writes the agent
 * marker on the word (`શાહે`, `મંત્રીએ`) and the genitive too (`શાહના`), so they are set off first and read as Hindi's
 * ने and के; the forms of address written on a given name (`કિરણભાઈ`, `મીનાબેન`: brother, sister) come off it, leaving
 * the given name the person was introduced with.
 */

import type { SpeakerPhrase } from '../cues';
import { hindustaniReader, words, type HindustaniWords } from './hi';
import { lazy, officeDescriptor, person, type LanguageCues } from './shared';

const LETTER = '[\\u0a80-\\u0aff]';
/** Forms of address written on a given name: brother, sister (`કિરણભાઈ`, `મીનાબેન`). */
const ADDRESS = '(?:ભાઈ|બેન|બહેન)';
/** Verbs of saying after the agent, in the past (said, stated, added, asked, wrote, admitted, claimed, warned, answered). */
const SAID =
  '(?:કહ્યું|કહ્યુ|જણાવ્યું|જણાવ્યુ|ઉમેર્યું|ઉમેર્યુ|પૂછ્યું|લખ્યું|સ્વીકાર્યું|' +
  '(?:દાવો|આક્ષેપ|સવાલ|પ્રશ્ન|ટકોર|રજૂઆત)\\s+(?:કર્યો|કરી|કર્યા)|(?:ચેતવણી|જવાબ|માહિતી)\\s+(?:આપી|આપ્યો))';
/** The present of saying or asking, with no agent marker (`X કહે છે`, `X સવાલ કરે છે`). */
const PRESENT = '(?:(?:કહે|જણાવે|પૂછે)\\s+છે|સવાલ\\s+કરે\\s+છે)';
/**
 * Words ending as the agent marker does that are no agent: times, manner and cause (`સવારે`, in the morning; `શરતે`, on
 * condition; `કારણે`, because of), the future (`-શે`, will), postpositions (`પાસે`, `સાથે`) and the pronouns that are agents already (`તેમણે`).
 */
const NOT_AGENT = new Set(
  'ગઈકાલે આજે કાલે અઠવાડિયે મહિને વર્ષે સવારે બપોરે સાંજે રાત્રે રાતે દિવસે સમયે વખતે શરતે રીતે કારણે તરફે બાજુએ જગ્યાએ ઠેકાણે પાસે સાથે માટે વિશે આગળ પાછળ ઉપરે નીચે અંતે છેલ્લે પહેલે ખરેખર અંગે બદલે તે છે એ તેમણે તેણે એમણે એણે'.split(' '),
);

/**
 * Words written as an agent is that are none: the day a thing was said (`મંગળવારે`, on Tuesday) and the one it was said
 * to, in the dative after a vowel (`પત્રકારોને`, to reporters; `મંત્રીને`, to the minister; but `મોહને`, Mohan's agent).
 */
const WEEKDAY_OR_DATIVE = /(?:વારે|[\u0abe-\u0acc\u0a85-\u0a94ન]ને)$/u;

/**
 * A doubled word, the manner of an act (`હસતાં હસતાં કહે છે`, laughing says; `ધીમે ધીમે`, slowly): no part of the name
 * before it, `Xબેન હસતાં હસતાં કહે છે` is Xબેન's.
 */
const DOUBLED = new RegExp(`(?<=\\s)(${LETTER}{2,})\\s+\\1(?:\\s+|(?=[,.]))`, 'gu');

const GUJARATI: HindustaniWords = {
  letter: /[\u0a80-\u0aff]/u,
  marker: /[\u0a80-\u0aff]/u,
  stops: '.:;,“”"‘’!?',
  agent: 'એ',
  verb: SAID,
  according: 'ના\\s+(?:જણાવ્યા|કહેવા)\\s+(?:અનુસાર|મુજબ)',
  pronounSaying: '(?:(?:તેમનું|એમનું|તેનું)\\s+કહેવું\\s+(?:છે|હતું)|(?:તેઓ|તે|એ)\\s+(?:કહે|જણાવે|પૂછે)\\s+છે)',
  namedSaying: `(?:નું\\s+કહેવું\\s+(?:છે|હતું)|${PRESENT})`,
  present: PRESENT,
  pronounAgent: '(?:તેમણે|તેણે|એમણે|એણે)',
  one: 'એક',
  roles: words(
    'કમિશનર પ્રમુખ અધ્યક્ષ ઉપપ્રમુખ મંત્રી મુખ્યમંત્રી પ્રવક્તા અધિકારી મેયર કોર્પોરેટર ધારાસભ્ય સાંસદ ડૉક્ટર તબીબ વકીલ ' +
      'નેતા એડવોકેટ માલિક સંચાલક મેનેજર કલાકાર વેપારી ફેરિયા ફેરિયો શિક્ષક શિક્ષિકા આચાર્ય ખેડૂત કર્મચારી નિષ્ણાત પ્રોફેસર ઇજનેર એન્જિનિયર સચિવ નિયામક ' +
      'ડિરેક્ટર કલેક્ટર સરપંચ દુકાનદાર વિદ્યાર્થી વિદ્યાર્થિની ચેરમેન મહામંત્રી કાર્યકર ચાલક ડ્રાઇવર મજૂર કારીગર ગૃહિણી રહીશ ' +
      'નિવાસી ઇન્સ્પેક્ટર કોન્સ્ટેબલ ન્યાયાધીશ જજ સંયોજક પત્રકાર લેખક વાચક સભ્ય ગ્રાહક નાગરિક મુસાફર',
  ),
  honorifics: words('ડૉ. ડૉ ડો. શ્રી શ્રી. શ્રીમતી શ્રીમાન પ્રો.'),
  bodies: words('કોર્પોરેશન સરકાર વિભાગ પોલીસ કંપની મંત્રાલય પંચ સમિતિ સંઘ મંચ બોર્ડ તંત્ર નગરપાલિકા મહાનગરપાલિકા કચેરી કોર્ટ અદાલત બેંક પક્ષ વિપક્ષ શાસક પંચાયત'),
  smallWords: words('ના ની નું ને નો નાં માં થી પર અને પણ તો કે છે હતું હતા હતી હતો જ વાળા વાળી વર્ષીય ચલાવતા ચલાવતાં કરતા કરતાં રહેતા રહેતાં રહેતી એ એમ અંગે'),
  aged: 'વર્ષીય',
  notName: /(?:નું|માં|થી)$/u,
  normalize: (text) =>
    text
      // (`X Y (ઉં.વ. ૫૨)`: the age written "age, years" in Gujarati digits, read as Hindi's `X Y (52)`.)
      .replace(/\((?:ઉં\.?\s*વ\.?|ઉંમર)\s*([૦-૯0-9]{1,3})\)/gu, (_all, age: string) => `(${[...age].map((digit) => String(digit.charCodeAt(0) >= 0x0ae6 ? digit.charCodeAt(0) - 0x0ae6 : digit)).join('')})`)
      // (`સ્થાનિક ચેનલ ‘X Y’ને જણાવ્યું`: an outlet's name in quotation marks with the dative on it, the marks off so the tag reads on.)
      // (Only before the dative `ને`, the one told: `‘X’એ કહ્યું`, the outlet as agent, keeps its marks and is no person.)
      .replace(/‘([^‘’“”\n]{1,40})’(?=ને)/gu, '$1')
      .replace(DOUBLED, '')
      // (`કિરણભાઈ`, `મીનાબેને`: the form of address off a given name, an agent marker on it kept as એ, `મીનાએ`.)
      // (Kept on a full name with the agent on its family name, `કિરણભાઈ મહેતાએ જણાવ્યું`: the name as the text writes it.)
      .replace(new RegExp(`(?<=${LETTER}{2})${ADDRESS}(ે|એ)?(?=[\\s,.:“”‘’]|$)(?!\\s+${LETTER}{2,}?(?:ે|એ)\\s+(?:\\S+\\s+){0,2}${SAID})`, 'gu'), (_all, agent?: string) => (agent ? 'એ' : ''))
      // (`“…,” એમ તેમણે કહ્યું`: એમ, "thus", closing the words before the tag.)
      .replace(new RegExp(`(^|[\\s,“”‘’])એમ\\s+(?=(?:\\S+\\s+){0,2}${SAID})`, 'gu'), '$1')
      // (`શાહે કહ્યું` → `શાહ એ કહ્યું`, `મંત્રીએ` → `મંત્રી એ`: only a few words before a verb of saying.)
      // (Not across a semicolon: `26 ફૂટને પાર, …; વિપક્ષે કહ્યું`, a headline's parts, the first no agent of the second's verb.)
      // (Nor a month after its date: `૧૨ જૂને`, on 12 June.)
      .replace(new RegExp(`(?<![0-9૦-૯]\\s)(?<!${LETTER})(${LETTER}{2,}?)(?:ે|એ)(?=[\\s,]+(?:[^\\s.;]+\\s+){0,10}${SAID})`, 'gu'), (word: string, stem: string) =>
        NOT_AGENT.has(word) || word.endsWith('શે') || WEEKDAY_OR_DATIVE.test(word) ? word : `${stem} એ`,
      )
      .replace(new RegExp(`(?<=${LETTER}{2})ના(?=\\s+(?:જણાવ્યા|કહેવા)\\s+(?:અનુસાર|મુજબ))`, 'gu'), ' ના')
      // (`… ઇજનેર X Yએ જણાવ્યું હતું.`: the auxiliary after the verb off, so a long tag closes on the verb as Hindi's `ने कहा।` does.)
      .replace(new RegExp(`(${SAID})\\s+(?:હતું|હતા|હતી|હતો|છે)(?=\\s*[.!?]|$)`, 'gu'), '$1'),
};

const gujaratiReader = hindustaniReader(GUJARATI);

/**
 * An office alone in a tag (`“…” એમ મેયરે જણાવ્યું`): the person the text named with it (`મેયર X Yએ …`), whom no
 * capitals mark as a name for the office's holder to be found by.
 */
const asHolder = (found: SpeakerPhrase | null) =>
  found?.office && found.role && !/\s/u.test(found.role) && !ANONYMOUS_OFFICES.has(found.role) ? officeDescriptor(found.role) : found;

/** Offices papers quote without naming their holder (spokesperson, official, employee): they stay as written. */
const ANONYMOUS_OFFICES = new Set('પ્રવક્તા અધિકારી કર્મચારી'.split(' '));
const SPENT = lazy(() => new RegExp(`${SAID}\\s*[–—]\\s*[^\\s“"‘]`, 'u'));

export const gujarati: LanguageCues = {
  ...gujaratiReader.cues,
  after: (frame) => asHolder(gujaratiReader.cues.after(frame)),
  // (A sentence finished before the quote, no cue in it: the person it introduces, `… ચલાવતાં Xબેન Y … નથી. “…”`.)
  // (`વિપક્ષે કહ્યું – …?`: a verb of saying with its words after a dash, as a headline writes it, is spent on them.)
  before: (frame) =>
    (SPENT().test(frame) ? null : asHolder(gujaratiReader.cues.before(frame))) ??
    (/[.!]\s*$/u.test(frame) ? introducedIn(frame.split(/(?<=[.!?])\s+(?=\S)/u).at(-1)!) : null),
};

/** A given name with its form of address (`કિરણભાઈ ત્યાં ઊભા હતા`, `મીનાબેને કહ્યું કે …`): the person the sentence is about, whatever the verb. */
const ADDRESSED = new RegExp(`(?:^|[\\s,])(${LETTER}{2,}?)${ADDRESS}(?:ે|એ)?(?=[\\s,.]|$)`, 'u');
/** A full name written with the form of address on its given name (`કોકિલાબેન પરમાર`): so the text names the person. */
const ADDRESSED_IN_FULL = new RegExp(`(?:^|[\\s,])(${LETTER}{2,}?${ADDRESS})\\s+(${LETTER}{2,})(?=[\\s,.]|$)`, 'u');
/** The first word of a verb of saying (`કહે છે`, `જણાવ્યું`): no name. */
const SAYING_WORD = /^(?:કહે|જણાવે|પૂછે|કહ્યું|જણાવ્યું|ઉમેર્યું|પૂછ્યું)$/u;
/** `<office> X Yએ …` (the agent marker on the name, any verb): the name after an office or the age word, its marker off. */
const OFFICE_AGENT = new RegExp(`(?:^|\\s)(\\S+)\\s+(${LETTER}{2,})\\s+(${LETTER}{2,}?)(?:ે|એ)(?=[\\s,])`, 'u');

/** The person a finished sentence introduces: a full name with its form of address, or a name after an office with the agent marker. */
function introducedIn(sentence: string): SpeakerPhrase | null {
  const full = ADDRESSED_IN_FULL.exec(sentence);
  // (`Xબેન કહે છે`: the verb of saying after the given name is no family name.)
  if (full && gujaratiReader.mayBeGivenName(full[2]!) && !NOT_AGENT.has(full[2]!) && !REFLEXIVE.test(full[2]!) && !GUJARATI.notName?.test(full[2]!) && !SAYING_WORD.test(full[2]!)) return person(`${full[1]} ${full[2]}`);
  const office = OFFICE_AGENT.exec(sentence);
  return office && gujaratiReader.introducesName(office[1]!) && gujaratiReader.mayBeGivenName(office[2]!) ? person(`${office[2]} ${office[3]}`, gujaratiReader.introducesName(office[1]!) ? office[1] : null) : null;
}

export function gujaratiSubject(sentence: string): SpeakerPhrase | null {
  sentence = sentence.replace(DOUBLED, '');
  const found = introducedIn(sentence) ?? gujaratiReader.subject(sentence);
  if (found) return found;
  const given = ADDRESSED.exec(sentence)?.[1];
  return given ? person(given) : null;
}

export const mayBeGujaratiGivenName = gujaratiReader.mayBeGivenName;

/** `મીનાબેન શાહ` before a tag reading `મીના` (its form of address off): the latest full name so written, or null. */
export function gujaratiAddressedInFull(before: string, given: string): string | null {
  // (A doubled word of manner after the given name is no family name: `Xબેન હસતાં હસતાં કહે છે`.)
  before = before.replace(DOUBLED, '');
  const written = new RegExp(`(?:^|[\\s,“”‘’])(${given}${ADDRESS})\\s+(${LETTER}{2,})(?=[\\s,.:]|$)`, 'gu');
  const found = [...before.matchAll(written)].filter((match) => mayBeGujaratiGivenName(match[2]!) && !notGujaratiNameWord(match[2]!) && !SAYING_WORD.test(match[2]!)).at(-1);
  return found ? `${found[1]} ${found[2]}` : null;
}
/** The reflexive, "one's own" (`Xભાઈ પોતાના નિર્ણય પર અડગ છે`, firm on his own decision): no family name after a given name. */
const REFLEXIVE = /^પોત(?:ે|ાન(?:ા|ી|ું|ો|ાં))$/u;
/** Words that are no part of a Gujarati name: postpositions, roles, bodies, times, the reflexive (gu-role-holder.ts). */
export const notGujaratiNameWord = (token: string) =>
  REFLEXIVE.test(token) ||
  GUJARATI.smallWords.has(token) || GUJARATI.roles.has(token) || GUJARATI.bodies.has(token) || NOT_AGENT.has(token) || !!GUJARATI.notName?.test(token);
export const introducesGujaratiName = gujaratiReader.introducesName;
