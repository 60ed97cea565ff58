/**
 * A quote standing as a sentence of its own whose speaker only the sentence right after it names (in the same paragraph
 * or opening the next): `«…». Так Рябов ответил на вопрос …`, `«…». Такими словами X закончил`, `«…». بهذه الكلمات ختم
 * الدوسري حديثه.`, `"…". כך סיכם X`, `"…." 김씨는 쓴웃음을 지으며 …`. Read only when no cue beside the quote names anyone
 * (attribute.ts), and only a person the text named before (a name attested earlier) or a Korean name with 씨 or an office:
 * `«…». Так считают в мэрии.`, `«…». بهذه الكلمات رد الشارع`, `"…" 정부는 …` name no one. A sentence bringing in someone
 * unnamed makes the quote theirs (next-sentence-unnamed.ts). Also named here for the first time: after a cleft (`A replicare
 * è l'assessora X`), `جاء ذلك على لسان X`, a Chinese age before a full name (`72岁的X…`); `That was X's response` (X named
 * before) wins over a tag read in that sentence.
 */

import type { SpeakerPhrase } from '../cues';
import { korean, ROLES as KOREAN_ROLES, SURNAME as KOREAN_SURNAME, NOT_A_NAME as KOREAN_NOT_A_NAME, TRADES as KOREAN_TRADES } from './ko';
import { described, person } from './shared';
import { arabic } from './ar';
import { hebrew } from './he';
import { thusSaidNext } from './ru-uk';
import { POINTS_BACK, SAYS_IT, unnamedInNextSentence } from './next-sentence-unnamed';
import { sentenceAfterQuote } from './sentence-after';
import { pointedBackTag } from './pointed-back-tag';
import { chineseSubject, ROLES as CHINESE_ROLES } from './zh';
import { endsWithRole, looksLikeChineseName, splitOfficeAndName } from './zh-names';
import { chineseMentions } from './zh-mentions';
import { IBERIAN_CLEFT, ITALIAN_CLEFT } from './cleft';
import { phraseOwner } from './phrase-owner';
import { speakerAfterOpening } from './clause-opening';
import { GERMAN_ROLE_NOUN } from './de-roles';
import { newcomerAfterQuote } from './introduced-after';
import { thaiNamedNextParagraph } from './thai-next-paragraph';
import { vietnameseThusNext } from './vi-thus-next';
import { bodyOfficeThenName, NAME_ARTICLE, turkishWordsBelong } from './words-owned-after';
import { NOT_A_PERSON } from '../non-person-words';
import { roleFromAppositive } from '../roles';
import { isTitle } from '../names';

/** The sentence after the quote's end: the rest of its paragraph, or the next paragraph's first sentence. */
const nextSentence = (text: string, quoteEnd: number) => sentenceAfterQuote(text, quoteEnd, true);

/**
 * Cyrillic "thus" / "with these words" / "these words" (the object first: `Эти слова Олег Петрович произнёс`), then a
 * capitalised name, then a past verb (-л, -ла, -ли, Ukrainian -в, and -ёс/-есла/-ёк/-екла of `произнёс`, `изрёк`).
 */
const CYRILLIC = /^(?:Так|Такими\s+словами|Этими\s+словами|Цими\s+словами|(?:Эти|Такие|Ці|Такі)\s+слова|Об\s+этом|Про\s+це)\s+(\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+){0,2})\s+\p{Ll}+(?:л|ла|ли|в|ёс|есла|ёк|екла)(?:ся|сь|ась|ися)?(?=[\s.,]|$)/u;
/** Arabic and Hebrew "with these words" / "thus" / "this is what", a verb, then the subject: `بهذه العبارة اختتم X`, `هذا ما يراه X`, `כך סיכם X`. */
const SEMITIC = /^(?:(?:هذا|ذلك)\s+ما|و?(?:بهذه|بتلك)\s+(?:الكلمات|العبارة|العبارات|الجملة|الكلمة|الجمل)|و?هكذا|כך|במילים\s+(?:אלה|האלה)|במשפט\s+(?:הזה|זה))\s+\S+\s+(.+)$/u;
/** `جاء ذلك على لسان X Y، …`: "that came from the tongue of", then a name of two or three words set off by a comma or the stop. */
const ON_THE_TONGUE_OF = /^و?(?:جاء|ورد)\s+ذلك\s+على\s+لسان\s+((?:[\p{Script=Arabic}]+\s){1,2}[\p{Script=Arabic}]+)\s*[،,.]/u;
/** `כך אומר X Y, …`, `هكذا قال X Y، …`: "thus", a verb of saying, then a name of two or three words and a comma. */
// (A title may stand before the name: `כך מסר עו"ד X Y, בא כוחה של …`.)
const SEMITIC_NAME_APPOSED = /^(?:כך|و?هكذا)\s+(?:אומר|אומרת|מספר|מספרת|מסביר|מסבירה|אמר|אמרה|מסר|מסרה|הגיב|הגיבה|סיכם|סיכמה|ציין|ציינה|טען|טענה|قال|قالت|يقول|تقول|صرح|صرحت|أوضح|أوضحت)\s+(?:(?:עו["״]ד|ד["״]ר|רו["״]ח|פרופ['׳]|الدكتور|الدكتورة)\s+)?((?:[\p{Script=Hebrew}\p{Script=Arabic}]+[-\s]){1,2}[\p{Script=Hebrew}\p{Script=Arabic}]+)[,،]/u;
/** Korean: a name (a family name alone too) with 씨 or an office, as the subject of the next sentence; up to two words of a body may open it (`부산시 해양농수산국 X 국장은`). */
// (`남해수산연구소 X 연구원의 말이다`: a research institute, 소, is such a body too.)
// (Who the person is may come first, a clause closed by an adnominal in ㄴ: `임시주택에 사는 김말순(82) 할머니는`, `고민 중인 이정자(75)
// 씨가`; a body first, `○○군의회 X 의원의 말이다`; a body or a prefix between the name and its office, `X 한빛시 보건소장은`; and `… 고순자(68) 씨의 말이다`, "these are the words of", names the speaker as well.)
// (The person's trade may stand between that clause and the name when an age follows it: `항구에서 만난 어선 선장 X(61)씨는`.)
const KOREAN = () => new RegExp(`^((?:[^."“”\\s]+\\s+){0,8}?[가-힣]*[${ADNOMINAL_N}]\\s+(?:(?:[^."“”\\s]+\\s+){1,5}?(?=(?:${KOREAN_SURNAME})[가-힣]{0,2}\\(\\d{1,3}\\)))?|(?:[가-힣]{2,}(?:의회|협회|위원회|조합|청|원|교|부|시|군|구|국|과|실|센터|공사|공단|소|재단|학회)\\s+){1,2})?((?:${KOREAN_SURNAME})[가-힣]{0,2})(?:\\(\\d{1,3}\\))?(\\s*(?:씨|할머니|할아버지)|\\s+(?:[가-힣]{2,}(?:시|군|구|도|청|원|부|병원|협회|의회)\\s+)?[가-힣]{0,3}?(?:${KOREAN_ROLES})|(?<=\\(\\d{1,3}\\))\\s+${KOREAN_TRADES})(?:은|는|이|가|의\\s+말이다)\\s?`, 'u');
/** The Hangul syllables closing in ㄴ (는, 은, 인, 사는, 중인, 일하는): how a Korean clause modifying the noun after it ends. */
const ADNOMINAL_N = Array.from({ length: 399 }, (_, index) => String.fromCharCode(0xac00 + index * 28 + 4)).join('');

/** The longest run of one to three words opening `words` that the text wrote before `at` (a name attested earlier). */
function attestedName(text: string, at: number, words: string[]): string | null {
  const earlier = text.slice(0, at);
  for (let count = Math.min(3, words.length); count >= 1; count--) {
    const run = words.slice(0, count).join(' ').replace(/[.,،؛:]+$/u, '');
    if (run.length >= 2 && new RegExp(`(?:^|[\\s«"“(])${run.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?=[\\s,.،:»"”)]|$)`, 'u').test(earlier)) return run;
  }
  return null;
}

export function nextSentenceSpeaker(text: string, quoteStart: number, quoteEnd: number): SpeakerPhrase | null {
  // (Thai writes no stops: a lone quote's next paragraph opening `นางX Y … เล่าขณะ…` is read whole, lang/thai-next-paragraph.ts;
  // Vietnamese `Anh X (45 tuổi) kể lại như vậy`, the name and "like that" pointing back, lang/vi-thus-next.ts.)
  return namedNext(text, quoteStart, quoteEnd) ?? pointedBackName(text, quoteStart, quoteEnd) ?? unnamedInNextSentence(text, quoteStart, quoteEnd) ?? thaiNamedNextParagraph(text, quoteStart, quoteEnd) ?? vietnameseThusNext(text, quoteEnd);
}

/** `"…" That was the reply of Dunn to …`, `„…“ Mit diesen Worten reagierte Huber`: a name the text gave before, right after the words pointing back. */
function pointedBackName(text: string, quoteStart: number, quoteEnd: number): SpeakerPhrase | null {
  const sentence = nextSentence(text, quoteEnd);
  const frame = sentence ? POINTS_BACK().exec(sentence) : null;
  if (!frame) return null;
  // (`That was the response from a spokesperson for the X Authority, who …`: an indefinite lower-case noun phrase names no
  // one; its capitals are the body it speaks for, so the speaker is that description, to the comma.)
  const forBody = ENGLISH_POINTS_BACK.test(frame[0]) ? INDEFINITE_FOR_BODY.exec(sentence!.slice(frame[0].length).trim()) : null;
  if (forBody) return { phrase: forBody[1]!.trim(), kind: 'description', pronoun: false, unnamed: true };
  if (!/^[\p{Script=Latin}\p{Script=Greek}]/u.test(sentence!)) return pointedBackTag(frame[0], sentence!.slice(frame[0].length), text.slice(0, quoteStart));
  // (A nickname in quotation marks inside the name, `Per-Olof ”Pelle” Dahlgren`, is left out.)
  const words = sentence!.slice(frame[0].length).split(/\s+/u).filter((word) => !/^[”“"„«»][^\s”“"„«»]+[”“"»«]$/u.test(word));
  // (The verb may come first, `Ainsi s'exprime X`, `Sådan siger X`: a lower-case word before the capitals.)
  const from = /^\p{Ll}/u.test(words[0] ?? '') ? 1 : 0;
  const tag = pointedBackTag(frame[0], sentence!.slice(frame[0].length), text.slice(0, quoteStart));
  // (`Det säger Anna Berg, …`: "that is what X says" may name someone for the first time, in full.)
  const saysIt = new RegExp(`^(?:${SAYS_IT})`, 'u').test(frame[0]);
  // (`Ces mots sont ceux du député de la circonscription, Jean-François Cormier,`: a lower-case role, then the name after its comma.)
  // (`Così il vicesindaco, X Y, durante …`, `Así lo explicó el alcalde, X Y,`: "thus" the same.)
  const apposed = (saysIt || THUS.test(frame[0].trim())) && /^\p{Ll}/u.test(words[0] ?? '') ? APPOSED_FULL_NAME.exec(words.join(' ')) : null;
  // (`Those are the words of retired teacher X Y, 71, …`: lower-case role words, then the full name the words were.)
  const roleLed = /\sof\s*$/u.test(frame[0]) ? ROLE_WORDS_THEN_NAME.exec(words.join(' ')) : null;
  if (roleLed) return person(roleLed[2]!, roleLed[1]!.trim());
  // (`Näin arvioi Järvelän Seuran puheenjohtaja Liisa Koski.`: a body's capitals, an office, then the name, words-owned-after.ts.)
  const bodyOffice = saysIt ? bodyOfficeThenName(words.join(' ')) : null;
  if (bodyOffice) return bodyOffice;
  // (`Ho explica la Rosa Ferrer, de 80 anys,`: the clitic pointing back, a name's article, then the full name named first here.)
  const articled = CLITIC_POINTS_BACK.test(frame[0].trim()) && NAME_ARTICLE.test(words[0] ?? '') ? FULL_NAME.exec(words.slice(1).join(' ')) : null;
  if (articled) return person(articled[1]!);
  // (`É assim que o mestre José Severino dos Santos, 63 anos, … explica`: "that is how", an article, role words, then the full name.)
  const how = HOW_THAT.test(frame[0].trim()) ? ARTICLE_ROLE_THEN_NAME.exec(words.join(' ')) : null;
  if (how) return person(how[2]!, how[1]!.trim() || null);
  if (!/^\p{Lu}/u.test(words[from] ?? '')) return apposed && (!tag || (!tag.role && tag.phrase === apposed[1])) ? person(apposed[1]!, apposedRole(apposed)) : tag;
  // (A full name read as a tag wins over a lone capital the text wrote before: `Taip sako Molėtų rajono meras X Y`.)
  if (tag && /\s/u.test(tag.phrase)) return !tag.role && apposed?.[1] === tag.phrase ? person(tag.phrase, apposedRole(apposed)) : (officeAfterAddress(tag, words.join(' ')) ?? tag);
  const name = attestedName(text, quoteStart, words.slice(from).map((word) => word.replace(/[.,;:]+$/u, '')));
  if (name) return person(name);
  // (`"…" That was the message from X Y, chair of …`, `That's how X Y, director of …, summed up …`: an English frame
  // pointing back, then a full name set off by a comma, brought in here for the first time.)
  const introducedAfterFrame = ENGLISH_POINTS_BACK.test(frame[0]) && /^[^,]+,\s/u.test(words.slice(from).join(' ')) ? FULL_NAME.exec(words.slice(from).join(' ')) : null;
  const full = saysIt ? (SAYS_IT_FULL_NAME.exec(words.slice(from).join(' ')) ?? apposed) : (introducedAfterFrame ?? apposed);
  // (The words before the apposed name's comma are the role: `Così il vicesindaco, X Y,`.)
  if (full) return full === apposed ? person(full[1]!, apposedRole(full)) : person(full[1]!);
  // (`The figures were shared by Superintendent of Police X Y at …`: the capitalised run's last two words after an office.)
  const byRun = PASSIVE_BY.test(frame[0].trim()) ? /^((?:\p{Lu}[\p{L}.’'-]*|of|for)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|for))*)/u.exec(words.join(' '))?.[1]?.split(/\s+/u) : null;
  if (byRun && byRun.length >= 2 && /^\p{Lu}/u.test(byRun.at(-2)!)) return person(byRun.slice(-2).join(' '));
  // (`Mit diesen Worten kündigte Bürgermeister X Y an, …`: "with these words" points back so plainly that a full name
  // after the verb and a capitalised office is the speaker, named here for the first time.)
  // (`The words came from Dr X Y, a …`: an English title before the name is skipped the same way.)
  const office = WITH_THESE_WORDS.test(frame[0].trim()) && (GERMAN_ROLE_NOUN.test(words[from] ?? '') || (/came\s+from\s*$/u.test(frame[0]) && isTitle(words[from] ?? ''))) ? 1 : 0;
  const first = WITH_THESE_WORDS.test(frame[0].trim()) ? FULL_NAME.exec(words.slice(from + office).join(' ')) : null;
  // (`That estimate came from Regional Hazard Office modelling`: after "came from" the name must end at a comma or stop, else it opens a body's name.)
  const cutShort = first && /came\s+from\s*$/u.test(frame[0]) && !/^\s*(?:[,.;(]|$)/u.test(words.slice(from + office).join(' ').slice(first[0].length));
  return first && !cutShort ? person(first[1]!) : tag;
}

/** `That was the message from`, `That's how` (POINTS_BACK's English frames that name no one themselves). */
const ENGLISH_POINTS_BACK = /^That(?:\s+(?:was|is)|['’]s)\s/u;

/** `a spokesperson for the X Authority, who …`, `an official of the X Board.`: an indefinite role, a preposition, a body, and no name after it. */
const INDEFINITE_FOR_BODY = /^(an?\s+\p{Ll}[^,.;:]*?\s(?:for|of|at|with)\s[^,.;:]*\p{Lu}[^,;:]*?)(?:,\s+(?:who|which)\s|[.;]?$)/u;

/** Catalan and Spanish clitic frames pointing back at the words: `Ho explica`, `Lo dice`. */
const CLITIC_POINTS_BACK = /^(?:Ho|Lo)\s/u;

/** Romance "thus", alone or with the object pronoun and a verb (`Così`, `Así lo explicó`, `Assim`, `Ainsi`). */
const THUS = /^(?:Così|Así|Assim|Ainsi)(?:\s|$)/u;

/** The words before an apposed name's comma: `il vicesindaco` in `Così il vicesindaco, X Y,`. */
const apposedRole = (apposed: RegExpExecArray): string => apposed[0].slice(0, apposed[0].indexOf(',')).trim();
/** A form of address alone before a name: `Me` (a French lawyer's "Maître"), `M.`, `Mme`, `Dr`. */
const ADDRESS_ONLY = /^(?:Me|Maître|M\.|Mme|Mlle|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)$/u;
/**
 * `C'est par ces mots que Me X Y, l'avocate du prévenu, a ouvert …`: a form of address read as the role gives way to the
 * office set off by commas right after the name (a lower-case noun phrase, no clause: `, qui …` is none).
 */
function officeAfterAddress(tag: SpeakerPhrase, words: string): SpeakerPhrase | null {
  if (!tag.role || !ADDRESS_ONLY.test(tag.role)) return null;
  const at = words.indexOf(tag.phrase);
  const office = at < 0 ? null : /^,\s+((?:l['’]|la\s+|le\s+|les\s+|un\s+|une\s+)?\p{Ll}[^,.;:]{1,60}?)\s*,/u.exec(words.slice(at + tag.phrase.length));
  return office && !/^(?:qui|que|dont|où|who|which)\s/u.test(office[1]!) ? person(tag.phrase, office[1]!) : null;
}

/** Romance "that is how" (`É assim que`, `Es así como`, `C'est ainsi que`, `È così che`) before a described person. */
const HOW_THAT = /^(?:(?:É|Foi)\s+assim\s+que|Es\s+así\s+como|Así\s+es\s+como|È\s+così\s+che|C['’]est\s+ainsi\s+que?)$/u;
const ARTICLE_ROLE_THEN_NAME = /^(?:o|a|el|la|le|il|lo|l['’])\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})(\p{Lu}\p{Ll}+(?:\s+(?:(?:de|da|do|dos|das|del|di|du|des)\s+)?\p{Lu}\p{Ll}+)+)(?=[\s,.]|$)/u;

/** `… were shared by` (POINTS_BACK's passive): the one who gave the words comes after `by`. */
const PASSIVE_BY = /\s+by$/u;
const WITH_THESE_WORDS = /^(?:Mit\s+diesen\s+Worten|Con\s+(?:estas|queste)\s+(?:palabras|parole)|Com\s+(?:estas|essas)\s+palavras|(?:Parole|Palabras|Paroles|Palavras)\s+\S+|(?:That|The|This)\s+(?:\p{Ll}+\s+)?\S+\s+came\s+from)$/u;

const ROLE_WORDS_THEN_NAME = /^((?:\p{Ll}[\p{L}-]*\s+){1,3})(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+)(?=[\s,.]|$)/u;
// (The last word may be joined by a hyphen, a double surname or a romanised two-syllable given name: `Leung Ka-wai`, `Ada Berg-Holm`.)
// (The particles inside a surname: `van der`, `von`, and the Romance `da`, `dos`, `del`: `A frase é de Maria dos Anjos, …`.)
const FULL_NAME = /^(\p{Lu}[\p{Ll}-]*(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:van|de|der|den|ter|von|da|das|do|dos|del|di)\s+)*\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?)(?=[\s,.]|$)/u;
// (After "that is what X says" a third capitalised word ending the run at a comma or stop is the name's too: `Sådan lyder det fra Karen Holm Dahl, der …`.)
const SAYS_IT_FULL_NAME = /^(\p{Lu}[\p{Ll}-]*(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:van|de|der|den|ter|von|da|das|do|dos|del|di)\s+)*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?=[,.]|$))?)(?=[\s,.]|$)/u;
const APPOSED_FULL_NAME = /^[^,.;:]{1,60},\s+(\p{Lu}[\p{Ll}-]*(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:van|de|der|den|ter|von|da|das|do|dos|del|di)\s+)*\p{Lu}\p{Ll}+)(?=[\s,.]|$)/u;

/** `„…“ Mehr wollte der zuständige Landesrat X Y nicht sagen.`: "X would say no more", the words before were X's. */
const NO_MORE_SAID = /^Mehr\s+(?:wollte|mochte|konnte|will|mag|kann)\s+(?:((?:der|die)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{Ll}-]+)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+)(?=[\s,])[^.!?]*\snicht\s+(?:sagen|verraten|mitteilen)/u;

const CHINESE_ROLE_END = endsWithRole(CHINESE_ROLES);
const CHINESE_SAID_IT = /^(?:說|说)(?:這|这|此)(?:句)?(?:話|话)的(?:人)?(?:是|，是)/u;

/**
 * `‘…’ Anouk Brink zegt het zonder omwegen.`: a full name, then "says it" (`zegt het`, `sagt es`, `säger det`), perhaps
 * with a role between commas and "this sentence" (`X Y, Inhaberin der …, sagt diesen Satz ruhig.`).
 */
const NAME_SAYS_IT = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:van|de|der|den|ter|von)\s+)*\p{Lu}\p{Ll}+)(?:,\s+[^,.;:„“"]{2,90},)?\s+(?:zegt|zei|sagt|sagte|säger|sa|sade|siger|sagde|sier)\s+(?:het|dat|es|das|det|diesen\s+Satz|deze\s+zin)(?![\p{L}])/u;

/**
 * `"…" That was Reyes's answer when asked …`: the words pointing back own the quote through a possessive name, perhaps
 * after its title (`That was state Sen. X Y's message`, `That was Mayor X's bottom line`).
 */
const POSSESSED_REPLY = /^That\s+(?:was|is)\s+(?:(?:state|former)\s+)?(?:(?:(?:Sen|Rep|Gov|Lt|Gen|Dr|Ald|Atty)\.|Mayor|Senator|Governor|Judge|Justice)\s+){0,2}(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}?)['’]s?\s+(?:\p{Ll}+\s+)?(?:response|reply|answer|account|verdict|view|reaction|explanation|assessment|message|retort|line|argument|pitch)(?![\p{L}])/u;

/**
 * `« … » Nadia Benali l’a confirmé jeudi soir`, `«…» Marta Gil lo ha confermato`, `"…" Ana Lima o garantiu`: a full name, then
 * the object pronoun pointing back at the words and a verb (the Romance `zegt het`).
 */
const NAME_CONFIRMED_IT = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:de|da|del|di|du|dos)\s+)*\p{Lu}\p{Ll}+)\s+(?:l['’](?:a|avait|ha|aveva)|lo\s+(?:ha|había|dijo|confirmó|aseguró)|o\s+(?:disse|afirmou|garantiu|confirmou))(?:\s+\p{Ll}{3,}(?:é|ée|ato|ata|ado|ido))?(?![\p{L}])/u;

/** The name a `That was X's answer` sentence right after the quote gives, when the text named X before; a tag read there loses to it (attribute.ts). */
export function possessedReply(text: string, quoteStart: number, quoteEnd: number): SpeakerPhrase | null {
  const sentence = nextSentence(text, quoteEnd) ?? '';
  // (The pattern's opening words, with no \p class, tested first: most sentences lack them.)
  const possessed = /^That\s+(?:was|is)\s/u.test(sentence) ? POSSESSED_REPLY.exec(sentence) : null;
  const words = possessed?.[1]!.split(/\s+/u);
  // (A full name may be new here, as the paragraph the words open introduces its speaker.)
  const name = words ? (attestedName(text, quoteStart, words) ?? (words.length >= 2 ? words.join(' ') : null)) : null;
  if (name) return person(name);
  // (`That was the complaint of X Y, a baker in Z, who said …`: "of" hands the words to a full name, named here first;
  // a lone capital a tag reads later in the sentence, the place, never wins over it.)
  const of = /^(?:That|This|Those|These)\s+(?:was|is|were|are)\s+the\s/u.test(sentence) ? REPLY_OF.exec(sentence) : null;
  // (`…of X Y, a 70-year-old retired welder who has …`: an appositive running on past a clause still holds the role, roles.ts.)
  const longer = of && !of[2] ? /^,\s+((?:a|an|the)\s[^,.;:]{2,160}?)(?=[,.;]|$)/u.exec(sentence.slice(of[0].length))?.[1] : undefined;
  return of ? person(of[1]!, of[2] ?? (longer ? roleFromAppositive(longer) : null)) : null;
}

/** `That was the complaint of X Y`, `This is the advice of X Y, a …,`: the full name and its role in apposition. */
const REPLY_OF = /^(?:That|This|Those|These)\s+(?:was|is|were|are)\s+the\s+(?:\p{Ll}+\s+)?(?:response|reply|answer|account|verdict|view|reaction|explanation|assessment|message|retort|complaint|warning|advice|opinion|plea|prediction|promise|conclusion|judge?ment|lament|words?)\s+of\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:van|de|der|den|ter|von|Mac|Mc)\s+)*\p{Lu}[\p{Ll}’'-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?)(?:,\s+(?:a|an|the)\s+([^,.;:]{2,60})(?=[,.]))?(?=[\s,.;]|$)/u;

/**
 * `"…" Dora Quill, a 41-year-old welder, said that, grinning,`, `Quill told the Courier that as she left`: a name, then
 * "said that/it" pointing back at the words (no clause after the "that": a preposition, a conjunction or a stop follows).
 */
const SAID_IT_BACK = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,\s+(?:an?|the)\s+([^,.;:]{2,80}),)?\s+(?:(?:said|says)\s+|told\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}|told\s+(?:reporters|me|us)\s+)(?:that|this|it|so)(?=\s+(?:with|as|while|after|before|outside|inside|in|at|on|from|over|during|when|through|between|to)\s|[,.;])/u;
/** `"…" That warning from Mabry, delivered quietly, …`: the words named as coming from someone. */
const WORDS_FROM = /^(?:That|This|The)\s+(?:\p{Ll}+\s+)?(?:warning|answer|reply|response|assessment|verdict|message|reaction|observation|prediction|complaint|remark|comment|promise|vow|plea|advice|retort|quip)\s+from\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=[\s,.;])/u;

/** `"…" That is how Mara-Lee Dunn, who has farmed beside it for 30 years, remembers the drought.` */
// (A rank's abbreviation may stand before the name, `That was how Sgt. Ada Reyes, …, opened her briefing`: left off.)
const THAT_IS_HOW = /^(?:That|This)\s+(?:is|was)\s+how\s+(?:\p{Lu}\p{Ll}{1,4}\.\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,\s+([^,.;:]{2,120}),)?\s+(?:\p{Ll}+ly\s+)?(?:remembers|remembered|recalls|recalled|describes|described|puts|put|sums|summed|explains|explained|sees|saw|opens|opened|begins|began|starts|started|closes|closed|ends|ended)(?![\p{L}])/u;

/** `"…" ¶ That was Ines Varga, 12, a pupil who …`: "that was", a full name, then an age or `a`/`the` describing the person. */
const THAT_WAS_NAMED = /^(?:That|This)\s+(?:was|is)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}),\s+(?:\d{1,3},|(?:an?|the)\s+\p{Ll})/u;

function saidItBack(text: string, quoteStart: number, sentence: string): SpeakerPhrase | null {
  const said = SAID_IT_BACK.exec(sentence);
  // (`That was Cedar Street, a quiet road …`: a place or body word makes the run no one's name.)
  const named = THAT_WAS_NAMED.exec(sentence);
  const from = said ? null : WORDS_FROM.exec(sentence) ?? THAT_IS_HOW.exec(sentence) ?? (named && !named[1]!.split(/[\s-]+/u).some((word) => NOT_A_PERSON.has(word.toLowerCase())) ? named : null);
  const words = (said ?? from)?.[1]!.split(/\s+/u);
  if (!words) return null;
  // (A full name may be new here; a family name alone must be the last word of a full name the text gave before, so
  // `Police said that in a statement` names no one.)
  const family = words.length === 1 && new RegExp(`\\p{Lu}\\p{Ll}+\\s+${words[0]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(text.slice(0, quoteStart));
  const name = words.length >= 2 ? words.join(' ') : family ? attestedName(text, quoteStart, words) : null;
  // (`That was how X, the shelter coordinator, opened …`: the words between the commas are the role.)
  const how = !said && !WORDS_FROM.test(sentence) ? THAT_IS_HOW.exec(sentence)?.[2] : undefined;
  return name ? person(name, said?.[2] ?? (how ? roleFromAppositive(how) : null)) : null;
}

function namedNext(text: string, quoteStart: number, quoteEnd: number): SpeakerPhrase | null {
  const thus = thusSaidNext(text, quoteEnd);
  if (thus) return thus;
  const sentence = nextSentence(text, quoteEnd);
  if (!sentence) return null;
  const possessed = possessedReply(text, quoteStart, quoteEnd) ?? saidItBack(text, quoteStart, sentence);
  if (possessed) return possessed;
  // (`«…» A replicare è l’assessora X.`, `"…" Quien respondió fue X.`: a cleft puts the one who spoke last, lang/cleft.ts.)
  const cleft = ITALIAN_CLEFT.test(sentence) || IBERIAN_CLEFT.test(sentence) ? speakerAfterOpening(sentence, () => null) : null;
  if (cleft && cleft.kind === 'name' && !cleft.pronoun) return cleft;
  // (`“…”. La frase, dicha en la puerta del juzgado, fue de X, vocera …`: the words said to be someone's, lang/phrase-owner.ts.)
  const owner = phraseOwner(sentence);
  if (owner) return owner;
  const saysIt = NAME_SAYS_IT.exec(sentence) ?? NAME_CONFIRMED_IT.exec(sentence);
  if (saysIt) return person(saysIt[1]!);
  const belongs = turkishWordsBelong(sentence);
  if (belongs) return belongs;
  // (`「…」說這話的是鎮民代表X`: "the one who said this is", then the person read as a Chinese subject.)
  const chineseCleft = CHINESE_SAID_IT.exec(sentence);
  if (chineseCleft) {
    const named = sentence.slice(chineseCleft[0].length).split(/[，,。]/u)[0]!;
    // (`說這話的是一位…的攤商`: "one" and a classifier open someone unnamed, whose noun is no name however it begins.)
    if (/^一(?:位|名|个|個)/u.test(named)) return described(named);
    const found = chineseSubject(`${named}說。`);
    if (found?.kind === 'name' && !found.pronoun) return found;
    // (An age before a bare full name, `說這話的是31歲的X`, says it is a person.)
    const aged = /^\d{1,3}(?:歲|岁)的(\p{Script=Han}{2,3})$/u.exec(named);
    if (aged && looksLikeChineseName(aged[1]!)) return person(aged[1]!);
    // (A long office before the name, `說這話的是某大學建築學院教授X`, too long for a tag's subject.)
    const office = /^\p{Script=Han}{6,40}$/u.test(named) ? splitOfficeAndName(named, CHINESE_ROLE_END) : null;
    if (office) return person(office.name, office.role);
  }
  const cyrillic = CYRILLIC.exec(sentence);
  if (cyrillic) {
    const name = attestedName(text, quoteStart, cyrillic[1]!.split(/\s+/u));
    return name ? person(name) : null;
  }
  // (`“…”72岁的王桂芳住在6楼`: a Chinese sentence opening on an age and a full name, lang/zh-mentions.ts.)
  const aged = /^\d{1,3}(?:岁|歲)的/u.test(sentence) ? chineseMentions(sentence, 0, () => false, new Set(), text)[0] : undefined;
  if (aged?.subject) return person(aged.name);
  const tongue = ON_THE_TONGUE_OF.exec(sentence)?.[1];
  if (tongue) return person(tongue);
  const noMore = NO_MORE_SAID.exec(sentence);
  if (noMore) return person(noMore[2]!, noMore[1] ?? null);
  const semitic = SEMITIC.exec(sentence);
  // (`بهذه الكلمات علّق أحد سكان الحي`: "one of" opens someone unnamed, whatever word the text wrote before: next-sentence-unnamed.ts.)
  if (semitic && !/^(?:أحد|إحدى)\s/u.test(semitic[1]!)) {
    const name = attestedName(text, quoteStart, semitic[1]!.split(/\s+/u));
    if (name) return person(name);
    // (`כך אמרה ראש המועצה, ד"ר X,`: an office, then the name set off by commas, read as the words after a verb of saying.)
    const tagged = /\p{Script=Hebrew}/u.test(semitic[1]!) ? hebrew.after(`אמר ${semitic[1]}`) : arabic.after(`قال ${semitic[1]}`);
    // (The verb put in is masculine: the gender it gives is dropped.)
    if (tagged?.kind === 'name' && !tagged.pronoun && tagged.role) return { phrase: tagged.phrase, kind: 'name', pronoun: false, role: tagged.role };
    // (`כך אומרת נועה X, אם לשניים …`: named here first, two or three words set off by a comma before what the person is.)
    const apposed = SEMITIC_NAME_APPOSED.exec(sentence)?.[1];
    if (apposed) return person(apposed);
    // (`بهذه الجملة تختصر X Y، وهي أم لثلاثة،`: named here first, "and she is" after the comma says a person was named.)
    const introduced = /^([\p{Script=Arabic}]{2,}(?:\s[\p{Script=Arabic}]{2,}){1,2})\s*[،,]\s*(وهو|وهي)\s/u.exec(semitic[1]!);
    return introduced ? person(introduced[1]!, null, introduced[2] === 'وهي' ? 'female' : 'male') : null;
  }
  const named = KOREAN().exec(sentence);
  if (named && !KOREAN_NOT_A_NAME.test(named[2]!)) {
    // (Read as the tag it is, the clause's last word before the name kept for the occupation it may be: `회사원 최은정 씨는`.)
    const found = korean.before(named[0].replace(/의\s+말이다\s?$/u, '는 '));
    return found?.kind === 'name' && !found.pronoun ? found : null;
  }
  return newcomerAfterQuote(text, quoteStart, quoteEnd);
}
