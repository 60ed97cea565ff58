/**
 * Pashto sets the verb last: after a quote `«…،» X وايي.` (X says), `«…،» هغه وویل.` (he said; هغې, she), `«…،» د ادارې ویاند
 * وویل.` (the office's spokesman: the one the text gave that office); before one `<role> X Y وايي: «…»`, `X، <role>، وویل:
 * «…»` and `<role> X Y په وینا، «…»` ("in the words of"). Its script has no capitals, so a name is the words right before
 * the verb, back to a role noun, the genitive د or a pronoun; forms of address (حاجي, ښاغلي) come off it. A sentence that
 * reports speech, `<role> X Y، چې …، وايي چې …` ("says that"), or opens on an age, `۵۲ کلن X Y، …`, names whom a later
 * `هغه وویل` means. Read on frames with letters Persian and Arabic lack.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** ټ ډ ړ ښ ږ ځ څ ګ ڼ ۍ ې: letters only Pashto writes. */
const PASHTO_LETTER = /[\u067c\u0689\u0693\u069a\u0696\u0681\u0685\u06ab\u06bc\u06cd\u06d0]/u;
/** "says", "said", "added", "stated" (with their light verbs). */
const VERB = '(?:وايي|وايې|وویل|ووېل|وویلې|زیاته\\s+کړه|زیاتوي|څرګنده\\s+کړه|ویلي\\s+دي|وویل\\s+چې)';
/** Offices and standings written before a name or for it: spokesman, engineer, expert, resident, seller, director, minister. */
// (Trader, farmer, teacher, student, district governor, deputy, member, commander: `د منډۍ سوداګر X Y`.)
const ROLES = new Set(
  ('ویاند ویانده انجنیر کارپوه اوسېدونکی اوسېدونکې پلورونکی چلوونکی رییس رئیس مشر وزیر والي ښاروال استاد مدیر مامور کارکوونکی دوکاندار ' +
    'سوداګر بزګر ښوونکی ښوونکې محصل ولسوال مرستیال غړی قوماندان لیکوال خبریال').split(' '),
);
/** Forms of address and titles written before a name and no part of it: hajji, Mr, Mrs, doctor, mawlawi, qari. */
// (And the academic ranks professor, associate and assistant professor: `استاد پوهاند X Y`.)
const HONORIFICS = new Set('حاجي الحاج ښاغلي ښاغلی ښاغلې میرمن محترم محترمه ډاکټر دوکتور مولوي قاري پوهاند پوهنوال پوهندوی'.split(' '));
/** Words no name holds: pronouns, the genitive د, "and", "also", "this", "one" (`یو بزګر`, a farmer: someone unnamed). */
// (And postpositions, which end an adjunct before the subject: `… ولسوالۍ کې بزګران وايي`.)
const NOT_NAME = new Set('هغه هغې دوی زه موږ د او هم دا دې په چې یې یو یوه کې ته سره څخه لپاره پورې باندې'.split(' '));
/** People spoken of as a group, never a name: farmers, people, residents, shopkeepers, officials, experts, "some", "most", "all". */
// (And bodies that speak through statements: municipality, department, ministry, office, government, police, company, council.)
const GROUPS = new Set(
  ('بزګران بزګرانو بزګرو خلک خلکو اوسېدونکي اوسېدونکو دوکانداران دوکاندارانو سوداګر سوداګرو چارواکي چارواکو مسؤلین کارپوهان ' +
    'کارپوهانو ښوونکي ښوونکو محصلین محصلینو کسبګر شمېر ځینې ډېری ټول نور ' +
    'ښاروالۍ ښاروالي ریاست وزارت اداره ادارې حکومت پولیسو پولیس شرکت کمېټې کمېټه ټولنې ټولنه').split(' '),
);
/** The verb of saying without its "that": a sentence `X وايي چې …` reports what X says. */
const SAYING = '(?:وايي|وايې|وویل|ووېل|زیاته\\s+کړه|زیاتوي|څرګنده\\s+کړه|ویلي\\s+دي)';
/** Adjuncts set between the subject and the verb: `د X په اړه` (about X), `… ته` (to), `… سره` (with), `… کې` (in). */
// (One or two words of object each, so a name before the adjunct stays: `X Y خبریالانو ته وویل`.)
const ADJUNCT = /\s+(?:د\s+\S+(?:\s+\S+)?\s+په\s+(?:اړه|باب)|په\s+\S+(?:\s+\S+)?\s+کې|(?:له|د)\s+\S+(?:\s+\S+)?\s+(?:سره|څخه)|\S+\s+(?:ته|سره|څخه))$/u;

const WORD = '[^\\s،,:.«»"“”؟!]+';
const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s،,]*(?:هغه|هغې|دوی)\\s+(?:${WORD}\\s+){0,2}?${VERB}`, 'u'),
  namedAfter: new RegExp(`^[\\s،,]*((?:${WORD}\\s+){1,5}?)${VERB}\\s*[.،]?\\s*$`, 'u'),
  // (Up to ten words: a role, a title and a name, then an adjunct, `<role> ډاکټر X Y د … په اړه وویل:`.)
  namedBefore: new RegExp(`(?:^|[.!؟]\\s+|\\s)((?:${WORD}\\s+){1,10}?)${VERB}\\s*:\\s*$`, 'u'),
  apposed: new RegExp(`(?:^|[.!؟]\\s+)((?:${WORD}\\s+){0,2}${WORD})،\\s+([^،:«»]{3,90})،\\s+(?:${WORD}\\s+){0,3}?${VERB}\\s*:?\\s*$`, 'u'),
  according: new RegExp(`(?:^|\\s)((?:${WORD}\\s+){1,6}?)په\\s+وینا\\s*،?\\s*$`, 'u'),
  // `<role> X Y، چې …، وايي چې …`: the subject, a relative clause between commas left out.
  sayingThat: new RegExp(`(?:^|[.!؟]\\s+)([^.!؟«»:]{2,240}?)\\s+${SAYING}\\s+چې(?=\\s)`, 'u'),
  // `۵۲ کلن حاجي X Y، چې …`: an age in years opens the sentence on its subject.
  agedOpening: new RegExp(`(?:^|[.!؟]\\s+)[\\d۰-۹٠-٩]{1,3}\\s+کلن[هې]?\\s+((?:${WORD}\\s+){0,3}${WORD})(?=\\s*[،,])`, 'u'),
  // `حاجي X Y، چې …، …`: a title or role and a name opening the sentence, a relative clause after them.
  titledOpening: new RegExp(`(?:^|[.!؟]\\s+)((${WORD})\\s+(?:${WORD}\\s+){0,2}${WORD})(?=\\s*[،,]\\s*چې\\s)`, 'u'),
}));

/** The name at the end of `words`, back to a role noun (kept as the role), د, a pronoun or three words; a title comes off. */
function nameAtEnd(words: string): SpeakerPhrase | null {
  const tokens = withoutAdjuncts(words).split(/\s+/u).filter(Boolean);
  if (tokens.length === 1 && /^(?:هغه|هغې)$/u.test(tokens[0]!)) return pronoun('they');
  const name: string[] = [];
  const stops = (token: string) => ROLES.has(token) || NOT_NAME.has(token) || HONORIFICS.has(token) || /[\d۰-۹٠-٩]/u.test(token);
  while (tokens.length > 0 && name.length < 3 && !stops(tokens.at(-1)!)) name.unshift(tokens.pop()!);
  while (tokens.length > 0 && HONORIFICS.has(tokens.at(-1)!)) tokens.pop();
  // (`یو بزګر … وویل`: "one farmer", someone the text does not name.)
  if (name.length === 0 && tokens.length >= 2 && /^(?:یو|یوه)$/u.test(tokens.at(-2)!)) return described(tokens.slice(-2).join(' '));
  if (name.some((word) => GROUPS.has(word))) return described(name.join(' '));
  const role = tokens.length > 0 && ROLES.has(tokens.at(-1)!) ? tokens.slice(Math.max(0, tokens.lastIndexOf('د'))).join(' ') : null;
  // (`د ادارې ویاند وویل`: the office with no name after it is the one the text gave it.)
  if (name.length === 0) return role ? officeDescriptor(tokens.at(-1)!) : null;
  return person(name.join(' '), role);
}

/** The words before the verb without the adjuncts set after the subject, and a relative clause `، چې …،` after the name. */
function withoutAdjuncts(words: string): string {
  let rest = words.trim().replace(/(?:[،,]\s*|\s+)چې\s[^،,]*[،,]?$/u, '').replace(/[،,]\s*چې\s[^،,]*[،,]\s*/u, ' ').replace(/[،,]\s*$/u, '').trim();
  for (let cut = ADJUNCT.exec(rest); cut && cut.index > 0; cut = ADJUNCT.exec(rest)) rest = rest.slice(0, cut.index);
  return rest;
}

/** The person a sentence brings in as its subject without quoting them: `X وايي چې …`, `۵۲ کلن X Y، …`. */
function subjectOf(sentence: string): SpeakerPhrase | null {
  const saying = patterns().sayingThat.exec(sentence);
  const said = saying ? nameAtEnd(saying[1]!) : null;
  if (said) return said;
  const aged = patterns().agedOpening.exec(sentence);
  if (aged) return nameAtEnd(aged[1]!);
  // (Not `ځینې بزګران، چې …` (some farmers): only a title or role before the words makes them a name.)
  const titled = patterns().titledOpening.exec(sentence);
  const found = titled && (HONORIFICS.has(titled[2]!) || ROLES.has(titled[2]!)) ? nameAtEnd(titled[1]!) : null;
  return found?.kind === 'name' && !found.pronoun ? found : null;
}

export const pashto: LanguageCues = {
  applies: (frame) => PASHTO_LETTER.test(frame) || new RegExp(`(?:^|\\s)(?:${VERB}|په\\s+وینا)(?=[\\s:،.]|$)`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().namedAfter.exec(line);
    return named ? nameAtEnd(named[1]!) : null;
  },
  before(frame) {
    const sentence = frame.split('\n').at(-1)!;
    const apposed = patterns().apposed.exec(sentence);
    if (apposed && !apposed[1]!.split(/\s+/u).some((word) => NOT_NAME.has(word))) return person(apposed[1]!, apposed[2]!.trim());
    const found = patterns().namedBefore.exec(sentence) ?? patterns().according.exec(sentence);
    if (found) return nameAtEnd(found[1]!);
    // (Only a whole sentence before the words, or its "that" right before them: `X وايي چې د «…» په نوم` quotes a name, not X.)
    return /(?:[.!؟]|\sچې)\s*$/u.test(sentence) ? subjectOf(sentence) : null;
  },
};
