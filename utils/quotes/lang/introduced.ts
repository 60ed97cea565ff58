/**
 * In scripts without capitals (Arabic, Hebrew, Chinese, Japanese, Korean) the text's person
 * mentions are not found by their shape, so salience knows only earlier speakers. A pronoun or a
 * subject left out after a paragraph that introduces someone new (`وتقول فاطمة الزهراني، وهي
 * متقاعدة…`, `石田遼さん（28）は、…戻った。「…」と話す。`, `主任李志强介绍，…。“…”他说。`) is that
 * person: the latest sentence of the quote's own paragraph, before it and holding no quote, that
 * names a person by the language's own subject cues. The role such an introduction gives a person
 * is lang/introduced-role.ts.
 */

import { opensInsideQuote } from './inside-quote';
import { namedAfterGroupNoun } from '../body-names';
import { monsieur } from './fr';
import type { SpeakerPhrase } from '../cues';
import { arabic } from './ar';
import { hebrew } from './he';
import { conjoinedTagSubject } from './hebrew-conjoined';
import { isRoleWord } from '../roles';
import { speakerBeforeInOtherLanguages } from './index';
import { chineseSubject } from './zh';
import { accordingPerson, statementAuthor } from './ru-uk';
import { person, withoutAbbreviationMarks } from './shared';
import { RELATION } from './relations';
import { personOpeningJustBefore, selfJustBefore } from './opening-person';
import { GERMAN_ROLE_NOUN } from './de-roles';
import { cleanName, NAME_RUN } from '../names';
import { ARABIC, BENGALI, CYRILLIC, DEVANAGARI, GEORGIAN, HAN, HANGUL, HEBREW, KANA, SOUTH_INDIC, TAMIL, mayHold } from '../scripts-present';
import { hindiSubject, nepaliSubject, urduSubject } from './hindustani-subjects';
import { gujaratiSubject } from './gu';
import { marathi, marathiSubject } from './mr';
import { punjabiSubject } from './pa';
import { odiaSubject } from './or';
import { nepali } from './ne';
import { teluguSubject } from './te';
import { georgianSubject } from './ka';
import { kannadaSubject, KANNADA_SENTENCE } from './kn';
import { malayalamSubject } from './ml';
import { sinhalaSubject } from './si';
import { bengaliSubject } from './bn';
import { tamilSubject, withTamilInitialsJoined } from './ta';
import { isPersianSentence, persianSubject } from './fa-subject';
import { agedName } from './aged-name';
import { vietnameseAddressedBefore } from './vi-introduced';
import { insideAnothersApposedClause } from './apposed-relative';

export const CASELESS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export const QUOTE_MARK = /["“”«»「」『』״„]/u;
const SENTENCE = /[^.!?。！？؟।۔]+[.!?。！？؟।۔]?/gu;
const DANDA_SENTENCE = /[^!?।]+[!?।]?/gu;

/**
 * A descriptor standing for a person (`— поделилась молодая мама`, `dice il 34enne`, `la retraitée`)
 * is the latest person the story named before it, within a few sentences, whose known gender fits;
 * unlike "she", not the last speaker, who is usually someone else.
 */
export function latestNamed(text: string, mentions: readonly { name: string; at: number }[], genderOf: (name: string) => string | null, at: number, gender: string | null): string | null {
  const spouse = otherSpouse(text, mentions, at);
  if (spouse) return spouse;
  const relative = relativeIntroduced(text, mentions, at);
  if (relative) return relative;
  const noun = DESCRIPTOR_NOUN_AFTER.exec(text.slice(at, at + 500))?.[1];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    if (mention.at >= at) continue;
    if (at - mention.at > 500) return null;
    // `der Norweger Halvor Lie … „…“, sagte der Steirer`: one introduced by another such noun is someone else.
    const own = NOUN_BEFORE_NAME.exec(text.slice(Math.max(0, mention.at - 30), mention.at))?.[1];
    if (noun && own && own.toLowerCase() !== noun.toLowerCase() && /^\p{Lu}/u.test(own) && /^\p{Lu}/u.test(noun)) continue;
    // `investigador del Colegio de Urbanistas`: a run after "of the" is an organisation or a place;
    // after a bare "of" it may be a person (`l’ingresso di Aboubakar Dembélé`) unless a capital opens the word before.
    if (/(?:^|\s)(?:del|della|dello|dell['’]|du|des|der|do|da|dos|das|vom|of)\s*$/u.test(text.slice(Math.max(0, mention.at - 8), mention.at))) continue;
    if (/(?:^|\s)\p{Lu}\p{L}*\s+(?:de|di|von)\s+$/u.test(text.slice(Math.max(0, mention.at - 30), mention.at))) continue;
    // (`propriétaire d’Usinage Caron`: after a noun and an elided "of" the run is what the noun owns or belongs to, not whom
    // a descriptor stands for.)
    if (/(?:^|\s)\p{Ll}{3,}\s+d['’]$/u.test(text.slice(Math.max(0, mention.at - 30), mention.at))) continue;
    // (`il comitato civico Porta Nuova`: a run after a noun for a group is its name, body-names.ts.)
    if (namedAfterGroupNoun(text.slice(Math.max(0, mention.at - 60), mention.at))) continue;
    // (`X, guarda-redes que defendeu os remates de Z`: Z, in the clause of X's apposition, is not who `o jovem` is, apposed-relative.ts.)
    if (insideAnothersApposedClause(text, mentions, mention.at, mention.name)) continue;
    // `ante la Confederación Hidrográfica`: people take no article in these languages; organisations do.
    // After a preposition (`für Lindenau`, `contre Lyon`) a run is rarely the person a descriptor stands for.
    if (/(?:^|\s)(?:la|el|los|las|le|les|die|das|dem|den|the|für|gegen|aus|ante|contra|contre|pour|par)\s+$/iu.test(text.slice(Math.max(0, mention.at - 7), mention.at))) continue;
    // `Дмитрий Огнев играет на виолончели Зайцева.`: a family name alone after the sentence's named subject is
    // another's, often in the genitive (Зайцева of Зайцев reads as the woman Вера Зайцева); the subject is meant.
    if (/\p{Script=Cyrillic}/u.test(mention.name) && !text.startsWith(mention.name, mention.at) && subjectBefore(text, mentions, mention.at)) continue;
    const known = genderOf(mention.name) ?? genderWrittenBefore(text.slice(Math.max(0, mention.at - 40), mention.at));
    if (!gender || !known || known === gender) return mention.name;
  }
  return null;
}

/** The capitalised noun of a descriptor tag after the quote (`», sagte der Steirer`). */
const DESCRIPTOR_NOUN_AFTER = /^[^\n]{0,400}?(?:[»”"“]\s*,|\s[—–])\s*\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:der|die)\s+(?:\d+-jährige\s+)?(\p{Lu}[\p{L}-]+)(?=[\s.,])/u;
/** The capitalised noun right before a name, after its article (`der Norweger Halvor Lie`). */
const NOUN_BEFORE_NAME = /(?:^|\s)(?:der|die)\s+(\p{Lu}[\p{L}-]+)\s+$/u;

/** A name followed by an apposition between commas: `Ramiro Blesa, agricultor jubilado y propietario de la finca,`. */
const APPOSED_NAME = new RegExp(`(${NAME_RUN}),\\s+\\p{Ll}[^,.;:!?«»"“”]{2,120},`, 'gu');

/**
 * The person a paragraph's lead introduces with an apposition, when it names no other full name (a second
 * person, or none described so, leaves the reading to the other rules: `criticó a Ana Gil.` is no introduction).
 */
function soleApposedPerson(lead: string): SpeakerPhrase | null {
  const names = new Set([...lead.matchAll(new RegExp(NAME_RUN, 'gu'))].map((match) => cleanName(match[0])).filter((name) => name.includes(' ')));
  if (names.size !== 1) return null;
  const apposed = [...lead.matchAll(APPOSED_NAME)].map((match) => cleanName(match[1]!)).find((name) => names.has(name));
  return apposed ? person(apposed) : null;
}

/** `L’eroe della serata, il 22enne Marchetti, è arrivato …`: a description, then the name set off by commas, then the verb. */
const DESCRIBED_THEN_NAME = /(?:^|[.!?]\s+)(?:L['’]|La|Le|Il|Lo|El|O|A|Der|Die)\s*\p{Ll}[^,.;:!?]{1,60},\s+(?:(?:il|la|lo|l['’]|el|le|o|a|der|die)\s*)?(?:\d+[\p{L}-]*\s+|\p{Ll}+\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}),\s+\p{Ll}/gu;

/** The person such a sentence of the lead is about; a family name alone is the full name the text gave before. */
function appositiveSubject(lead: string, earlier: string): SpeakerPhrase | null {
  const found = [...lead.matchAll(DESCRIBED_THEN_NAME)].at(-1)?.[1];
  if (!found) return null;
  if (found.includes(' ')) return person(found);
  const full = [...earlier.matchAll(new RegExp(`(?:\\p{Lu}\\p{Ll}+\\s+){1,2}${found}(?![\\p{L}])`, 'gu'))].at(-1)?.[0];
  return full ? person(cleanName(full)) : null;
}

const DETERMINER = "la|il|le|el|o|a|sa|son|su|sua|suo|seu|ihre|seine|die|der|l['’]";
/** `», aggiunge la figlia`, `— completa a filha.`: a relative standing for the speaker, right after the quote. */
const RELATIVE_AFTER = new RegExp(`^[^\\n]{0,400}?(?:[»”"“]\\s*,|\\s[—–])\\s*\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:${DETERMINER})\\s*(${RELATION})(?![\\p{L}])`, 'u');

const RELATIVE_BEFORE = new RegExp(`[»”"“]\\s*,\\s*\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:${DETERMINER})\\s*(${RELATION})\\s*[.:]\\s*$`, 'u');

/**
 * `A raccontare è la figlia, Lorena Battistella … «…», aggiunge la figlia.`: the relative is the person the
 * story introduced as that relative (`la figlia, X`, `ihre Tochter X`), however many were named since.
 */
function relativeIntroduced(text: string, mentions: readonly { name: string; at: number }[], at: number): string | null {
  // (`», aggiunge la figlia. «Ma…»`: the tag before a later part of the same words counts too.)
  const noun = RELATIVE_AFTER.exec(text.slice(at, at + 500))?.[1] ?? RELATIVE_BEFORE.exec(text.slice(Math.max(0, at - 120), at))?.[1];
  if (!noun) return null;
  const introduction = new RegExp(`(?:^|[\\s(])(?:${DETERMINER})\\s*${noun}\\s*,?\\s+(${NAME_RUN})`, 'gu');
  const found = [...text.slice(Math.max(0, at - 3000), at).matchAll(introduction)].at(-1);
  const name = found ? cleanName(found[1]!) : '';
  return name.includes(' ') ? (mentions.find((mention) => mention.name === name || mention.name.endsWith(` ${name}`))?.name ?? name) : null;
}

/** A full name written earlier in the same sentence as the mention at `at`. */
function subjectBefore(text: string, mentions: readonly { name: string; at: number }[], at: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('\n', at), ...[...text.slice(0, at).matchAll(/[.!?]\s/gu)].map((end) => end.index));
  return mentions.some((other) => other.at > sentenceStart && other.at < at && other.name.includes(' ') && text.startsWith(other.name, other.at));
}

/** `», completa o marido`, `— completa o marido.`, `, ajoute sa femme`: a spouse standing for the speaker, right after the quote. */
const SPOUSE_AFTER = /^[^\n]{0,400}?(?:[»”"“]\s*,|\s[—–])\s*\p{Ll}+\s+(?:o\s+marido|a\s+mulher|a\s+esposa|o\s+esposo|le\s+mari|la\s+femme|sa\s+femme|son\s+mari|l['’]épouse|el\s+marido|la\s+esposa|la\s+mujer|su\s+marido|su\s+esposa|il\s+marito|la\s+moglie|der\s+Ehemann|die\s+Ehefrau|ihr\s+Mann|seine\s+Frau|haar\s+man|zijn\s+vrouw)(?![\p{L}])/u;
/** `o casal Paulo e Neide Vargas`, `le couple Jean et Marie Dupuis`: two first names sharing one family name. */
const COUPLE = /(?:casal|couple|pareja|matrimonio|coppia|Ehepaar|echtpaar)\s+(\p{Lu}\p{Ll}+)\s+(?:e|et|y|und|en)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;

/**
 * `o casal Ademir e Lurdes Kunz … "…", calcula Lurdes. "…", completa o marido.`: a spouse after a couple's
 * member spoke is the couple's other member, named with the shared family name.
 */
function otherSpouse(text: string, mentions: readonly { name: string; at: number }[], at: number): string | null {
  if (!SPOUSE_AFTER.test(text.slice(at, at + 500))) return null;
  const couple = [...text.slice(Math.max(0, at - 800), at).matchAll(COUPLE)].at(-1);
  if (!couple) return null;
  const [, first, second, family] = couple as unknown as [string, string, string, string];
  const latest = [...mentions].reverse().find((mention) => mention.at < at && at - mention.at < 500)?.name.split(/\s+/u)[0];
  if (latest === second) return `${first} ${family}`;
  if (latest === first) return `${second} ${family}`;
  return null;
}

/**
 * The gender the words right before a name give: `Die 29-jährige Konditorin Jana Wiesmann`,
 * `молодая мама Анна`. Only an article or adjective agreeing with a
 * person noun counts, so `der 68-Jährige` is not the woman just named.
 */
function genderWrittenBefore(lead: string): 'male' | 'female' | null {
  const words = /(?:^|[\s(])((?:\S+\s+){0,3})$/u.exec(lead)?.[1]?.trim() ?? '';
  if (!words) return null;
  if (/(?:^|\s)(?:[Dd]ie|[Ee]ine)\s+(?:\d+-jährige\s+)?\p{Lu}[\p{L}-]+in$/u.test(words)) return 'female';
  if (/(?:^|\s)(?:[Dd]er|[Ee]in)\s+(?:\d+-jährige\s+)?\p{Lu}[\p{L}-]+(?:er|e|ent|ant|ist|or|eur|ling|mann|chef|wirt|arzt|loge)$/u.test(words)) return 'male';
  if (/(?:^|\s)(?:[Ll]a|[Uu]na?|[Ll]’|[Ll]')?\s*\p{Ll}+(?:trice|euse|ière|enne|aria|era|ora|ista)$/u.test(words) && /(?:^|\s)(?:[Ll]a|[Uu]na?)\s/u.test(words)) return 'female';
  if (/\d+-(?:летняя|річна)(?:\s|$)|\p{Ll}+(?:ая|яя|а)\s+\p{Ll}+(?:ка|ница|иня|ниця)$/u.test(words)) return 'female';
  if (/\d+-(?:летний|річний)(?:\s|$)/u.test(words)) return 'male';
  return null;
}

/**
 * The subject `read` finds in the latest of `text`'s sentences (split by `sentencePattern`) that hold no quote mark and
 * match `keep`; with `named`, only a person's name (no pronoun) counts.
 */
function latestSubject(text: string, sentencePattern: RegExp, read: (sentence: string) => SpeakerPhrase | null, options: { named?: boolean; keep?: RegExp } = {}): SpeakerPhrase | null {
  const sentences = [...text.matchAll(sentencePattern)].map((match) => match[0]).filter((sentence) => (!options.keep || options.keep.test(sentence)) && !QUOTE_MARK.test(sentence));
  for (const sentence of sentences.reverse()) {
    const found = read(sentence);
    if (found && (!options.named || (found.kind === 'name' && !found.pronoun))) return found;
  }
  return null;
}

/** The person the quote's paragraph introduces before it, or null. */
// (`Selon M. Théberge, … « … », a-t-il précisé.`: the French address before a family name alone is no part of it.)
export function introducedInParagraph(text: string, quoteStart: number): SpeakerPhrase | null {
  const found = monsieur(personIntroducedInParagraph(text, quoteStart));
  // (`Il comitato civico Porta Nuova, guidato da …`: a group's name is no one who speaks, body-names.ts.)
  const at = found && !found.pronoun ? text.lastIndexOf(found.phrase, quoteStart) : -1;
  return at > 0 && namedAfterGroupNoun(text.slice(Math.max(0, at - 60), at)) ? null : found;
}

function personIntroducedInParagraph(text: string, quoteStart: number): SpeakerPhrase | null {
  const paragraphStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  const lead = text.slice(paragraphStart, quoteStart);
  // `«…», — говорится в заявлении губернатора.`: the governor the story named before.
  const closing = mayHold(CYRILLIC, text.slice(quoteStart, quoteStart + 600)) && /\p{Script=Cyrillic}/u.test(text.slice(quoteStart, quoteStart + 600)) ? /[»“"][^«»“”"\n]{0,3}[—–-][^\n]{0,80}/u.exec(text.slice(quoteStart + 1, quoteStart + 2000)) : null;
  const author = closing ? statementAuthor(text, closing[0].slice(1).replace(/^[\s,]*/u, ''), text.slice(0, quoteStart)) : null;
  if (author) return author;
  // `За словами інженера Тараса Кравця, … . «…», — пояснив він.`: the pronoun is the person just cited.
  const cited = mayHold(CYRILLIC, lead) && /\p{Script=Cyrillic}/u.test(lead) ? citedJustBefore(lead, text.slice(quoteStart, quoteStart + 600)) : null;
  if (cited) return cited;
  // `По словам Семёнова, … . Учёный добавил, что … .` then a paragraph `«…», — предупредил он.`: the person the plain paragraph before cites.
  const above = !lead.trim() ? text.slice(0, paragraphStart).trimEnd() : '';
  const previous = above.slice(above.lastIndexOf('\n') + 1);
  const citedBefore = mayHold(CYRILLIC, previous) && /\p{Script=Cyrillic}/u.test(previous) && !QUOTE_MARK.test(previous) ? [...previous.matchAll(SENTENCE)].map((match) => accordingPerson(match[0])).filter(Boolean).at(-1) : null;
  if (citedBefore && PRONOUN_AFTER_DASH.test(text.slice(quoteStart, quoteStart + 600))) return citedBefore;
  // `Nadia Benali, sage-femme…, ne cache pas son amertume. « … », a-t-elle déclaré.`
  const opened = /\p{Script=Latin}/u.test(lead) && INVERTED_PRONOUN.test(text.slice(quoteStart, quoteStart + 600)) ? openedJustBefore(lead) : null;
  if (opened) return opened;
  // `Durissima la reazione del sindaco di Varenna, Paolo Brambilla. «…», ha dichiarato.`: the subject left out is him.
  // (`„…“, sagte er im Gespräch …`: a pronoun after the verb too.)
  const appended = /\p{Script=Latin}/u.test(lead) && (DROPPED_AFTER.test(text.slice(quoteStart, quoteStart + 600)) || PRONOUN_AFTER_VERB.test(text.slice(quoteStart, quoteStart + 600))) ? appositionJustBefore(lead) : null;
  if (appended) return appended;
  // `Il tecnico del Fiorano Gianni Bassi non cerca alibi. «…», ha ammesso.`: the person the sentence before opens with.
  // (`ông Thạch vẫn chưa … “…,” ông nói`: the address in the tag is the one the sentence before opens with, lang/vi-introduced.ts.)
  const addressed = /\p{Script=Latin}/u.test(lead) ? vietnameseAddressedBefore(lead, text.slice(quoteStart, quoteStart + 600)) : null;
  if (addressed) return addressed;
  const after = text.slice(quoteStart, quoteStart + 600);
  const cue = /\p{Script=Latin}/u.test(lead) ? (INVERTED_PRONOUN.exec(after) ?? DROPPED_AFTER.exec(after) ?? PRONOUN_AFTER_VERB.exec(after) ?? PRONOUN_ENDS.exec(lead)) : null;
  const opening = cue ? personOpeningJustBefore(lead, pronounGender(cue[0]), speakerBeforeInOtherLanguages, text.slice(0, quoteStart)) : null;
  // (`Enligt SMHI:s meteorolog X … », skriver hon`: a word in capitals alone, an agency, is no person.)
  if (opening && !/^[\p{Lu}\d]{2,6}$/u.test(opening.phrase)) return opening;
  // `Sie selbst hat sich … nie gekümmert. Bei der Verleihung sagte sie dieser Zeitung: „…“`: the pronoun is the one `selbst` stressed.
  const self = /\p{Script=Latin}/u.test(lead) && PRONOUN_TAG_COLON.test(lead) ? selfJustBefore(lead, text.slice(0, quoteStart)) : null;
  if (self) return self;
  // `… war Rückraumspieler Tim Osterkamp mit neun Toren. Er nahm die Niederlage auf seine Kappe: „…“`: the pronoun opening the quote's sentence.
  const colon = /\p{Script=Latin}/u.test(lead) ? PRONOUN_OPENS_COLON.exec(lead) : null;
  const introduced = colon ? personOpeningJustBefore(lead.slice(0, colon.index), /^(?:Sie|Elle|Ella|Lei|Ela)$/u.test(colon[1]!) ? 'female' : 'male', speakerBeforeInOtherLanguages, text.slice(0, quoteStart)) : null;
  if (introduced) return introduced;
  // `El hallazgo se debe a Ramiro Blesa, agricultor jubilado, que encontró la piedra. «…», cuenta.`: the one person the paragraph introduces with an apposition.
  const tagged = /\p{Script=Latin}/u.test(lead) ? (INVERTED_PRONOUN.exec(after) ?? DROPPED_AFTER.exec(after) ?? PRONOUN_AFTER_VERB.exec(after)) : null;
  const apposed = tagged ? (soleApposedPerson(lead) ?? appositiveSubject(lead, text.slice(0, paragraphStart))) : null;
  if (apposed) return apposed;
  // `ד"ר נועה ברק עובדת במחלקה …` / `"…", היא אומרת.`: a quote opening its paragraph, the paragraph before introducing someone.
  // (`او به خبرنگار ما گفت: «…»`: a Persian paragraph opening with he/she and its verb of saying is introduced by the one before.)
  // (`בראיון לרדיו "…" הוא אמר: "…"`: a Hebrew one too, an occasion and a name in marks before he/she and the verb.)
  const introducing = lead.trim() && !/^\s*(?:او|وی)\s[^.!?؟«»]*:\s*$/u.test(lead) && !HEBREW_PRONOUN_LEAD.test(lead.replace(/["“][^"”\n]{1,25}["”]/gu, 'x')) ? lead : plainParagraphBefore(text, paragraphStart);
  // (Devanagari, with no capitals either: `… X ने दलील दी कि …। उनका कहना था, “…”`.)
  const devanagari = mayHold(DEVANAGARI, introducing) && /[\u0900-\u097f]/u.test(introducing);
  // (Bengali, lang/bn.ts: `… বসে ছিলেন শাহানা বেগম। “…,” বলেন তিনি।`.)
  const bengaliText = mayHold(BENGALI, introducing) && /[\u0980-\u09ff]/u.test(introducing);
  // (Gujarati, lang/gu.ts, ends a sentence with a full stop: `… 61 વર્ષીય X Y અહીં … છે. “…”`.)
  const gujaratiText = mayHold(BENGALI, introducing) && /[\u0a80-\u0aff]/u.test(introducing);
  // (Punjabi, lang/pa.ts: `… ਕਿਸਾਨ X ਸਿੰਘ ਨੇ … ਲਾਇਆ ਸੀ। ਆਪਣੇ … ਉਸ ਨੇ ਕਿਹਾ, “…”`.)
  const gurmukhiText = mayHold(BENGALI, introducing) && /[\u0a00-\u0a7f]/u.test(introducing);
  if (gurmukhiText) return latestSubject(introducing, DANDA_SENTENCE, punjabiSubject, { named: true, keep: /।\s*$/u });
  // (Odia, lang/or.ts, ends a sentence with the danda: `… ଶ୍ରେଣୀର ଛାତ୍ରୀ X Y ପ୍ରତିଦିନ … ଆସନ୍ତି। ‘…,’ ସେ କହିଛନ୍ତି`.)
  const odiaText = mayHold(BENGALI, introducing) && /[\u0b00-\u0b7f]/u.test(introducing);
  if (odiaText) return latestSubject(introducing, DANDA_SENTENCE, odiaSubject);
  // (Marathi, lang/mr.ts, ends a sentence with a full stop; a title's dot, `डॉ.`, ends none.)
  const marathiText = mayHold(DEVANAGARI, introducing) && (marathi.applies(introducing) || marathi.applies(after));
  if (marathiText) return latestSubject(introducing.replace(/(?<=(?:^|\s)(?:डॉ|सौ|श्री|प्रा|कु|ॲड))\./gu, ''), SENTENCE, marathiSubject, { named: true, keep: /[.!?।]\s*$/u });
  // (An age or a title written with dots, `X Y (ઉં.વ. ૫૨)`, `ડૉ. X`, ends no sentence; a few quoted words, `X Yએ આ નિર્ણયને “…” ગણાવ્યો`, are no quote.)
  if (gujaratiText) return latestSubject(introducing.replace(/[“"]([^"”\n]{1,25})[”"]/gu, '$1').replace(/ઉં\.\s*વ\./gu, 'ઉંમર').replace(/(?<=(?:^|\s)(?:ડૉ|ડો|પ્રો))\./gu, ''), SENTENCE, gujaratiSubject, { named: true });
  // (Tamil, lang/ta.ts: `… வியாபாரி டி. X நேற்று … . “…” என்று அவர் குறிப்பிட்டார்.`, its initials' dots no stop.)
  const tamilText = mayHold(TAMIL, introducing) && /[\u0b80-\u0bff]/u.test(introducing);
  if (tamilText) return latestSubject(withTamilInitialsJoined(introducing), SENTENCE, tamilSubject);
  // (Telugu, Kannada and Malayalam, lang/te.ts, kn.ts and ml.ts: `… నిలబడిన X Y (52) … . “…,” అని ఆమె అడిగారు.`)
  const southIndian = mayHold(SOUTH_INDIC, introducing) ? (/[\u0c00-\u0c7f]/u.test(introducing) ? teluguSubject : /[\u0c80-\u0cff]/u.test(introducing) ? kannadaSubject : /[\u0d00-\u0d7f]/u.test(introducing) ? malayalamSubject : /[\u0d80-\u0dff]/u.test(introducing) ? sinhalaSubject : null) : null;
  if (southIndian) return latestSubject(introducing, southIndian === kannadaSubject ? KANNADA_SENTENCE : SENTENCE, southIndian);
  // (Georgian, lang/ka.ts: `X Y, რომლის …, ამბობს, რომ … . „…“, – თქვა მან.`, the one its sentences bring in.)
  if (mayHold(GEORGIAN, introducing) && /[\u10d0-\u10ff]/u.test(introducing)) return latestSubject(introducing, SENTENCE, georgianSubject, { named: true });
  if (!devanagari && !bengaliText && (!mayHold(ARABIC | HEBREW | HAN | KANA | HANGUL, introducing) || !CASELESS.test(introducing))) return null;
  // (Bengali and Hindi end a sentence with the danda only: a dot there is an abbreviation's, `মো. X`, `डॉ. X`.)
  // (A sentence opening inside a quote, `"…. אם זה נשרף, …", הוא אומר`, is the quoted person's words: none, lang/inside-quote.ts.)
  const sentences = [...introducing.matchAll(devanagari || bengaliText ? DANDA_SENTENCE : SENTENCE)].map((match) => (opensInsideQuote(introducing.slice(0, match.index)) ? '' : match[0]));
  // The quote's own sentence (the words right before its mark) is the cue readers' business; a Hebrew verb joined by "and" after
  // quoted words takes that sentence's subject (`X Y, כינה את … "…" ואמר: "…"`, lang/hebrew-conjoined.ts).
  const conjoined = conjoinedTagSubject(sentences.at(-1) ?? '');
  if (conjoined) return conjoined;
  if (sentences.length > 0 && !/[.!?。！？؟।]\s*$/u.test(sentences.at(-1)!)) sentences.pop();
  for (const whole of sentences.reverse()) {
    if (!whole) return null;
    // A few quoted words inside (a publisher's name, `دار "النخلة"`) are no quote of their own.
    // Hebrew gershayim between letters (`ד"ר`) are no quotation mark either.
    const marked = withoutAbbreviationMarks(whole, 'x').replace(/["“«「][^"”»」]{1,25}["”»」]/gu, (words) => 'x'.repeat(words.length));
    // `ראש העיר, X, אמרה בישיבה כי מדובר ב"…".`: in Arabic and Hebrew the words before the quote still introduce its subject.
    const mark = marked.search(QUOTE_MARK);
    const sentence = mark < 0 ? whole : /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(whole) && mark > 0 ? whole.slice(0, mark) : '';
    if (!sentence) return null;
    const semitic = /\p{Script=Arabic}/u.test(sentence) ? arabic : /\p{Script=Hebrew}/u.test(sentence) ? hebrew : null;
    const han = !semitic && /\p{Script=Han}/u.test(sentence) && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sentence);
    // (`غير أن أم خالد، وهي…، قالت إنها…`: a verb whose subject reads only as "she" leaves the sentence's opening person to find.)
    const cue = devanagari || bengaliText ? null : speakerBeforeInOtherLanguages(sentence);
    const found = bengaliText ? bengaliSubject(sentence) : devanagari ? (nepali.applies(sentence) ? nepaliSubject(sentence) : hindiSubject(sentence)) : ((cue?.pronoun && semitic ? semitic.subject(sentence) : null) ?? cue ?? (semitic === arabic ? ((isPersianSentence(sentence) ? null : urduSubject(sentence)) ?? persianSubject(sentence, text.slice(0, paragraphStart))) : null) ?? (isPersianSentence(sentence) ? null : semitic?.subject(sentence)) ?? (han ? chineseSubject(sentence) : null));
    if (found && found.kind === 'name' && !found.pronoun && !found.dropped) return found;
    // (`وقفت سعاد إبراهيم (32 عاما) تحمل طفلها`: a name with an age in brackets, whatever the verb, lang/aged-name.ts.)
    const aged = semitic ? agedName(sentence) : null;
    if (aged) return aged;
  }
  return null;
}

/** The paragraph before the one starting at `paragraphStart`, when it quotes nothing (gershayim between letters are no quote). */
function plainParagraphBefore(text: string, paragraphStart: number): string {
  const above = text.slice(0, paragraphStart).trimEnd();
  const previous = above.slice(above.lastIndexOf('\n') + 1);
  // (A few quoted words, `آن را «موقتی» خواند`, are no quote of their own: batch q-rare.)
  // (Single marks quote too where a paper types them so, `‘…’` in Kannada: words between them longer than a title are a quote.)
  return QUOTE_MARK.test(withoutAbbreviationMarks(previous).replace(/["“«「][^"”»」\n]{1,25}["”»」]/gu, '')) || /‘[^‘’\n]{26,}’/u.test(previous) ? '' : `${previous}\n`;
}

/** `בשיחה עם העיתון הוא אמר:`: an occasion of a few words, then he or she and one verb, then the colon. */
const HEBREW_PRONOUN_LEAD = /^[^.!?\n"“]{0,60}?(?:^|\s)(?:הוא|היא)\s+\p{Script=Hebrew}+\s*:\s*$/u;

/** `«…», — предупредил он`: a verb and a pronoun after the quote's dash. */
const PRONOUN_AFTER_DASH = /^[^\n]*?[»“"]\s*,?\s*[—–-]\s*\p{L}+\s+(?:он|він)(?![\p{L}])/u;

/** French `« … », a-t-elle déclaré`, `, poursuit-il`: a pronoun after the verb. */
// (`« C’est rageant, a-t-il soufflé. On a … »`: the same tag set inside the marks, after the quote's first words.)
const INVERTED_PRONOUN = /^(?:[^\n]*?[»”"«]\s*,|[«“"„]\s*[^«»“”"\n]{1,200}?,)\s*\p{Ll}+(?:\s+\p{Ll}+)?-(?:t-)?(?:elle|il)(?![\p{L}])/u;
/** A sentence opening with a full name as its subject, perhaps with an apposition: `Nadia Benali, sage-femme…, ne cache pas`. */
const NAME_OPENS = /^\s*(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})(?:,\s[^,.]{2,80},)?\s+(?:ne\s+|n[’'])?\p{Ll}/u;

/** The person the sentence right before the quote opens with, when it holds no quote. */
function openedJustBefore(lead: string): SpeakerPhrase | null {
  // (A closing mark spaced from the full stop before it, `avant. » Le capitaine X …`, ends the quote before, not this sentence.)
  const sentences = [...lead.matchAll(SENTENCE)].map((match) => match[0].replace(/^\s*[»”“"]\s+(?=\p{Lu})/u, '')).filter((sentence) => sentence.trim());
  if (sentences.length > 0 && !/[.!?]\s*$/u.test(sentences.at(-1)!)) sentences.pop();
  const last = sentences.at(-1);
  const name = last && !QUOTE_MARK.test(last) ? NAME_OPENS.exec(last)?.[1] : undefined;
  return name ? person(name) : null;
}

/** `«…», ha dichiarato,` / `—dijo.` / `, contou à reportagem.`: a verb with its subject left out (an English pronoun is no such case). */
// (`»…«, sagte er`: German books and some papers close a quote with «.)
// (`», cuenta a RTE.`: an outlet in capitals after the verb's preposition.)
const DROPPED_AFTER = /^[^\n]*?[»”"«]\s*,\s*(?!(?:he|she|they|it|we|i)\s)\p{Ll}+(?:[\s,]+\p{Ll}[\p{L}-]*){0,6}(?:\s+\p{Lu}(?:\p{Ll}+|[\p{Lu}\d]{1,5}))?\s*[,.]/u;
/** `„…“, erzählt er in der Mittagspause`: a verb and its pronoun right after the quote, then an adjunct. */
const PRONOUN_AFTER_VERB = /^[^\n]*?[»”"“«]\s*,\s*\p{Ll}+\s+(?:er|sie)(?![\p{L}])/u;
/** `Er nahm die Niederlage auf seine Kappe:` right before the quote: a sentence opened by a pronoun, closed by a colon. */
const PRONOUN_OPENS_COLON = /(?<=^|[.!?]\s+)(Er|Sie|Il|Elle|Él|Ella|Lui|Lei|Ele|Ela)\s[^.!?:]{2,120}:\s*$/u;
/** `sagte sie dieser Zeitung:` right before the quote: a verb, its pronoun subject after it, a colon. */
const PRONOUN_TAG_COLON = /\s\p{Ll}+\s+(?:sie|er|elle|il|ella|él|lei|lui|ela|ele)(?:\s[^.!?:«»„“”"]{0,60})?:\s*$/u;
/** `…, versicherte er.` ending the sentence before a quote with no cue of its own. */
const PRONOUN_ENDS = /,\s+\p{Ll}+\s+(?:er|sie|il|elle|él|ella|lui|lei|ele|ela)\.\s*$/u;

function pronounGender(cue: string): 'male' | 'female' | null {
  const word = /[»”"“«]\s*,\s*\p{Ll}+\s+(er|sie|él|ella|lui|lei|ele|ela)(?![\p{L}])|(?:^|[\s-])(er|sie|il|elle|él|ella|lui|lei|ele|ela)[.,\s]*$|-(?:t-)?(il|elle)(?![\p{L}])/u.exec(cue);
  const pronoun = word?.[1] ?? word?.[2] ?? word?.[3];
  return !pronoun ? null : /^(?:sie|elle|ella|lei|ela)$/u.test(pronoun) ? 'female' : 'male';
}
/** A sentence ending with a role and a name in apposition: `…la reazione del sindaco di Varenna, Paolo Brambilla.` */
// (`Ganz anders sieht das der Bürgermeister von Lindenau an der Drau, Herbert Kofler (ÖVP).`: a party in brackets before the stop.)
const APPOSITION_ENDS = /(?:^|\s)([\p{Ll}’'][^,.;:]{1,60}),\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})(?:\s+\([^()]{1,20}\))?\.\s*$/u;
/** A sentence opening with a subject pronoun: `Er spricht von einem „Kahlschlag“.` */
const PRONOUN_SENTENCE = /^\s*(?:Er|Sie|Il|Elle|Él|Ella|Lui|Lei|Ele|Ela)\s+\p{Ll}/u;

/** The person named, with a role, at the end of the sentence right before the quote, when it holds no quote. */
function appositionJustBefore(lead: string): SpeakerPhrase | null {
  // (A closing mark spaced from the full stop before it, `avant. » Le capitaine X …`, ends the quote before, not this sentence.)
  const sentences = [...lead.matchAll(SENTENCE)].map((match) => match[0].replace(/^\s*[»”“"]\s+(?=\p{Lu})/u, '')).filter((sentence) => sentence.trim());
  if (sentences.length > 0 && !/[.!?]\s*$/u.test(sentences.at(-1)!)) sentences.pop();
  // (A sentence of the same person's, opened by a pronoun, may stand between: `… Herbert Kofler (ÖVP). Er spricht von … . „…“, sagte er`.)
  const last = sentences.length > 1 && PRONOUN_SENTENCE.test(sentences.at(-1)!) ? sentences.at(-2) : sentences.at(-1);
  const match = last && !QUOTE_MARK.test(last) ? APPOSITION_ENDS.exec(last) : null;
  if (!match) return null;
  // Only a role noun makes the words before the comma the person's role: `del sindaco di Varenna` -> `sindaco di Varenna`.
  const tokens = match[1]!.trim().split(/\s+/u);
  // (German role nouns are capitalised: `der Bürgermeister von Lindenau an der Drau`.)
  const roleAt = tokens.findIndex((token) => isRoleWord(token) || GERMAN_ROLE_NOUN.test(token));
  // `dell’assessore regionale` -> `assessore regionale`: the preposition fused with the elided article is no part of the role.
  return roleAt >= 0 ? person(match[2]!, tokens.slice(roleAt).join(' ').replace(/^(?:dell|dall|nell|all|sull)[’']/u, '')) : null;
}

/** `Центра «Амурский тигр»`, `тренер «Смерічки»`: a name in quotation marks right after a noun, no quote. */
export const NAME_IN_MARKS = /(?<=\p{L}\s)«[^«»]{1,25}»(?=\s\p{Lu})/gu;

/** The person the sentence right before the quote cites (`по словам X, …`), when it holds no quote. */
function citedJustBefore(lead: string, quoteOn: string): SpeakerPhrase | null {
  // `— пояснила вона` after a man cited is someone else.
  // (Bulgarian writes no dash: `„…“, подчерта тя.`)
  const said = /[»“"]\s*,?\s*(?:[—–-]\s*\p{L}+|\p{L}+)\s+(він|вона|он|она|той|тя)(?!\p{L})/u.exec(quoteOn)?.[1];
  const gender = said ? (/(?:на|тя)$/u.test(said) ? 'female' : 'male') : null;
  // (A closing mark spaced from the full stop before it, `avant. » Le capitaine X …`, ends the quote before, not this sentence.)
  const sentences = [...lead.matchAll(SENTENCE)].map((match) => match[0].replace(/^\s*[»”“"]\s+(?=\p{Lu})/u, '')).filter((sentence) => sentence.trim());
  if (sentences.length > 0 && !/[.!?]\s*$/u.test(sentences.at(-1)!)) sentences.pop();
  const last = sentences.at(-1);
  // `…, считает биолог Центра «Амурский тигр» Павел Осипов.`: a reporting verb's named subject is cited too;
  // a few words in quotation marks there are a name, no quote.
  const plain = last && !QUOTE_MARK.test(last.replace(NAME_IN_MARKS, ''));
  const reported = plain ? speakerBeforeInOtherLanguages(last!) : null;
  const cited = plain ? (accordingPerson(last!) ?? (reported && reported.kind === 'name' && !reported.pronoun && !reported.dropped ? reported : null)) : null;
  return cited && (!gender || !cited.gender || cited.gender === gender) ? cited : null;
}
