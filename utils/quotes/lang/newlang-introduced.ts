/**
 * Polish, Czech, Romanian, Greek and Indonesian leave the subject out after a quote (`– opowiada.`,
 * `ανέφερε σε ανακοίνωσή του.`), and Swedish and Dutch papers write `säger hon` right after
 * introducing her: the person is whom the sentence before the quote names, not the story's most
 * salient speaker. `Zbiórkę zorganizowała Katarzyna Lewandowska, mama dwójki dzieci.` then
 * `– Moja córka … – opowiada.` is hers. Read only after a tag in one of these languages.
 */

import { withoutCommonNounOpening } from '../common-noun-opening';
import { withoutGluedOpener } from '../glued-opener';
import { saidNoKin } from '../namesakes';
import { namedInMarks } from '../body-names';
import { taggedOrObject } from './role-lead-trim';
import { speaksForName } from '../spokesperson';
import type { SpeakerPhrase } from '../cues';
import { findPersonMentions } from '../person-mentions';
import { isNewLanguageTag, isReadTag } from './index';
import { isDroppedSubjectTag } from './adjacent';
import { isPronounBeforeColon } from './personal-pronouns';
import { apposedNameOpening } from './newlang-apposed';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleBeforeTitle } from './apposed-title';
import { vietnameseOfficeBefore } from './vi-roles';
import { introducedWithNoun } from './introduced-noun';
import { described, person } from './shared';
import { isFinnishPronounBeforeColon, SLOVENE_PAST_TAG } from './newlang-shared';
import { isTitle } from '../names';
import { introductionIn } from '../unnamed-introduction';
import { withheldNameIntroduction } from '../anonymity-clause';
import { hungarian, hungarianOpeningRoleHolder, hungarianRoleHolder, isHungarianDroppedTag } from './hu';
import { isHungarianText } from './hungarian-definite';
import { khmerPronounIntroduced } from './km';
import { MYANMAR_ETHIOPIC_KHMER, mayHold } from '../scripts-present';

/** A quotation mark, once a few quoted words (a name, `„analizuje sytuację”`) are taken out. */
const QUOTE_MARK = /["“”„«»]/u;
// (Danish and Swedish books open with » and close with «: `kalder beslutningen »forventelig«.`)
const FEW_QUOTED_WORDS = /["“„«»][^"“”„«»\n]{1,30}["”“»«]/gu;

/** The last sentence of `words` that ends with a stop; null when words of an unfinished sentence follow it. */
function lastFinishedSentence(words: string): string | null {
  const trimmed = words.trimEnd();
  if (!/[.!?]["”»]?$/u.test(trimmed)) return null;
  const inner = trimmed.slice(0, -1);
  // (`kopš 1986. gada`, `od 1. května`, `2024. gada 5. maijā`: a number's ordinal stop before a lower-case word ends no sentence.)
  let stop = -1;
  for (const end of inner.matchAll(/[.!?] /gu)) if (!ORDINAL_STOP.test(inner.slice(Math.max(0, end.index - 4), end.index + 3))) stop = end.index;
  return trimmed.slice(stop + 1).trim();
}

/** A number's full stop (an ordinal, as Baltic and Central European languages write dates), then a lower-case word. */
const ORDINAL_STOP = /\d\. \p{Ll}$/u;

/** `… Bộ trưởng X cho biết … . Ông nhấn mạnh: "…"`: a Vietnamese ông (he) or bà (she) opening the quote's sentence before a colon. */
const VIETNAMESE_PRONOUN_COLON = /(?<=^|[.!?]\s+)(?:Ông|Bà)\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*:$/u;

export function introducedBeforeNewLanguageQuote(text: string, quoteStart: number, quoteEnd: number): SpeakerPhrase | null {
  const from = Math.max(0, quoteStart - 160);
  // (`អ្នកស្រី X Y … ។ អ្នកស្រីបានសរសេរថា៖ «…»`: a Khmer "she" tag after a sentence opening on her name, lang/km.ts.)
  const paragraph = text.slice(text.lastIndexOf('\n', quoteStart - 1) + 1, quoteStart);
  const khmer = mayHold(MYANMAR_ETHIOPIC_KHMER, paragraph) ? khmerPronounIntroduced(paragraph) : null;
  if (khmer) return khmer;
  const colon = VIETNAMESE_PRONOUN_COLON.exec(text.slice(from, quoteStart).trimEnd());
  // (The person the sentences before the pronoun's own introduce.)
  if (colon) return introducedBefore(text, from + colon.index);
  // (`… Rūta Jankauskienė kritikuoja. Ji pridūrė: „…“`, lang/personal-pronouns.ts: the same for the pronoun of another language.)
  const lead = text.slice(from, quoteStart).trimEnd();
  if (isPronounBeforeColon(lead) || isFinnishPronounBeforeColon(lead)) {
    // (From the colon's sentence's start: `Ob ogledu novih topov je dejal:` holds more words than a pronoun and its verb.)
    // (No word closing the sentence before, `… lēni. Viņa piebilda:`, is counted in.)
    const verbAt = lead.search(/\S*[^\s.!?](?:\s+\S*[^\s.!?]){0,3}\s*:$/u);
    return introducedBefore(text, from + verbAt - /[^.!?]*$/u.exec(lead.slice(0, verbAt))![0].length);
  }
  const tag = text.slice(quoteEnd, quoteEnd + 120).replace(/^[\s,;:]+/u, '');
  // (`– mondta a pék`, `A megyei jegyző így fogalmazott:`: Hungarian writes the role after the name, `X Y jegyző`, lang/hu.ts.)
  const hungarianRole = hungarian.applies(tag) ? hungarian.after(tag)?.definite : hungarian.before(lead.replace(/["„“«»”\s]+$/u, ''))?.definite;
  const holder = hungarianRole ? hungarianRoleHolder(text, hungarianRole, quoteStart) : null;
  if (holder) return person(holder, hungarianRole);
  // (`A 31 éves irányító … nevezte. „…” – mesélte.`: the sentence before opening on a role noun, lang/hu.ts.)
  const sentenceBefore = isHungarianDroppedTag(tag.split('\n')[0]!) ? lastFinishedSentence(text.slice(text.lastIndexOf('\n', quoteStart - 1) + 1, quoteStart)) : null;
  const roleHolder = sentenceBefore ? hungarianOpeningRoleHolder(text, sentenceBefore, quoteStart) : null;
  if (roleHolder) return roleHolder;
  if (isHungarianDroppedTag(tag)) return introducedBefore(text, quoteStart);
  // (`– hangsúlyozta.`: a bare verb of a language no module reads, lang/adjacent.ts.)
  // (`, ha aggiunto.` is Italian, read by its own rules.)
  if (!isNewLanguageTag(tag) && !SLOVENE_PAST_TAG.test(tag) && !(isDroppedSubjectTag(text.slice(quoteEnd, quoteEnd + 120)) && !isReadTag(tag))) return null;
  const found = introducedBefore(text, quoteStart);
  // `– twierdzi radna.`: a role noun in the tag is the person's role.
  const role = tag.split(/[.!?\n]/u)[0]!.split(/[\s,;:]+/u).find((word) => isNewLanguageRoleNoun(word));
  return found && role && !found.role ? { ...found, role } : found;
}

function introducedBefore(text: string, quoteStart: number): SpeakerPhrase | null {
  const paragraphStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  let lead = text.slice(paragraphStart, quoteStart);
  if (!lead.trim()) {
    // The quote opens its paragraph: the paragraph before it.
    let before = text.slice(0, paragraphStart).trimEnd();
    lead = before.slice(before.lastIndexOf('\n') + 1);
    // (`Volgens X, … ¶ ‘De Bruin schreef … ¶ ‘Dat hij …,’ vertelde ze.`: a paragraph opening with the same mark is the quotation's
    // own start, its words said; the paragraph before the quotation introduces.)
    // (Only a paragraph left open: one closing its quote, `"…," rekao je X.`, is a quote of its own, read as before.)
    const leftOpen = (paragraph: string) => paragraph[0] === text[quoteStart] && /^[‘’'“”"«»„‚]/u.test(paragraph) && !/[’”“»"'](?=[\s,.;:!?—–-]|$)/u.test(paragraph.slice(1));
    for (let runOn = 0; lead && leftOpen(lead) && runOn < 4; runOn++) {
      before = before.slice(0, before.length - lead.length).trimEnd();
      lead = before.slice(before.lastIndexOf('\n') + 1);
    }
  }
  const sentence = lastFinishedSentence(lead);
  if (!sentence || QUOTE_MARK.test(sentence.replace(FEW_QUOTED_WORDS, ''))) return null;
  const found = namedIn(text, sentence);
  const unnamed = introductionIn(sentence) ?? withheldNameIntroduction(sentence);
  // (`Viena mokytoja, paprašiusi …, sakė, …`, `Kāda pārdevēja …`: a Baltic "one"/"some" opening the sentence brings in someone
  // unnamed, whom no reader of unnamed openings knows: the tag's pronoun is theirs, a description.)
  const baltic = found ? null : BALTIC_INDEFINITE_OPENING.exec(sentence);
  if (baltic) return { ...described(baltic[1]!.toLowerCase())!, unnamed: true };
  // (`Ένας ψαράς από την Αγία Μαρίνα …`: a name in the comma group of someone brought in unnamed is a place or a relation of
  // theirs, not who they are; `Een buurtbewoner, Piet de Vries, …` names them in a group of its own.)
  const ofUnnamed = !!found && !!unnamed && !/[,;:]/u.test(sentence.slice(0, sentence.indexOf(found.phrase)));
  if (found && !ofUnnamed) return found;
  // (`Seorang juru masak yang enggan disebutkan namanya …`: a sentence bringing in someone unnamed hands the tag to them, salience.ts.)
  if (unnamed) return null;
  // `Ved kajen står Lone Mikkelsen … . Hun havde lovet dem …`: a sentence naming nobody, the one before it.
  const earlier = lastFinishedSentence(lead.trimEnd().slice(0, -sentence.length));
  return earlier && !QUOTE_MARK.test(earlier.replace(FEW_QUOTED_WORDS, '')) ? namedIn(text, earlier) : null;
}

/** `Pani Bożena nie ma …`, `Paní Jana říká …`: a form of address opening the sentence is no part of the name; the given name is. */
const ADDRESS_OPENING = /^(?:Pani|Pan|Paní|Pán|Fru|Herr|Rouva|Herra)\s+(?=\p{Lu})/u;
function withoutAddress<T extends { name: string; at: number }>(mention: T): T {
  const address = ADDRESS_OPENING.exec(mention.name)?.[0];
  return address ? { ...mention, name: mention.name.slice(address.length), at: mention.at + address.length } : mention;
}

/**
 * `Keď Ján Bielik otvoril …` read in its sentence alone keeps the conjunction glued to the name; the whole article, which
 * writes `Ján Bielik` opening another sentence, tells it off (glued-opener.ts).
 */
function withoutOpenerGluedInText<T extends { name: string; at: number }>(mention: T, text: string, sentenceAt: number): T {
  if (sentenceAt < 0) return mention;
  // (`Zvejniece Anna Kalniņa …` with `piebilst zvejniece` later: a trade opening the sentence, common-noun-opening.ts.)
  let name = withoutGluedOpener(mention.name, mention.name, text, sentenceAt + mention.at);
  if (name === mention.name) name = withoutCommonNounOpening(name, text, sentenceAt + mention.at);
  return name !== mention.name && mention.name.endsWith(` ${name}`) ? { ...mention, name, at: mention.at + mention.name.length - name.length } : mention;
}

/** Lithuanian and Latvian "one", "some" (a closed class) and a lower-case noun opening a sentence: someone left unnamed. */
// (Polish and Czech "one of the" and a plural noun, `Jedna z urzędniczek`, `Jeden z hasičů`, the same.)
const BALTIC_INDEFINITE_OPENING = /^((?:Viena|Vienas|Kažkoks|Kažkokia|Kāds|Kāda|Viens|(?:Jedna|Jeden|Jedno)\s+z)\s+\p{Ll}[\p{L}-]{2,})(?=[,\s])/u;

/**
 * Vietnamese words for a district, ward, commune, province or city, and "in"/"at", before a place's name; a delegation
 * (`(đoàn Cần Thơ)`) is named by its province. Indonesian the same (`Provinsi X`, `di X`, `warga X`, `asal X`).
 */
const PLACE_WORD_BEFORE = /(?:^|[\s(])(?:quận|huyện|xã|phường|tỉnh|thành phố|TP|ở|tại|thị xã|thị trấn|đoàn|Đoàn|di|ke|dari|asal|warga|kawasan|daerah|wilayah|[Pp]rovinsi|[Kk]abupaten|[Kk]ota|[Pp]ulau|[Kk]ecamatan|[Kk]elurahan|[Dd]esa)\s+$/u;

/** `X Y (ar zvejnieku Z W viņi nav radinieki) to noraida.`: a name inside an aside in brackets is not the sentence's subject. */
const insideBrackets = (sentence: string, at: number) => sentence.lastIndexOf('(', at) > sentence.lastIndexOf(')', at);

function namedIn(text: string, sentence: string): SpeakerPhrase | null {
  // (`een woordvoerder van zorgverzekeraar X`: the body a spokesperson speaks for is not who speaks, spokesperson.ts.)
  // (`ở quận Ninh Kiều`, `tại TP Cần Thơ`: a run after a Vietnamese word for a district, town or "in" is a place.)
  // (`tog 11-årige Freja ordet`: a lone given name the sentence introduces with an age or a role, person-mentions.ts.)
  // (`Nu este rudă cu Ana Ionescu`: the one named as no kin of the subject is not the subject, namesakes.ts.)
  // (`ng grupong “Liwanag Kabilao,”`: a run alone between quotation marks names a group or a work, body-names.ts.)
  const sentenceAt = text.indexOf(sentence);
  const named = findPersonMentions(sentence).map(withoutAddress).map((mention) => withoutOpenerGluedInText(mention, text, sentenceAt)).filter((mention) => (mention.name.includes(' ') || mention.alone) && !speaksForName(sentence.slice(Math.max(0, mention.at - 60), mention.at)) && !PLACE_WORD_BEFORE.test(sentence.slice(Math.max(0, mention.at - 12), mention.at)) && !saidNoKin(sentence, mention.at) && !insideBrackets(sentence, mention.at) && !namedInMarks(sentence.slice(0, mention.at), sentence.slice(mention.at + mention.name.length)));
  // `A Gazdakör elnöke, Tóth Gábor azt kéri …`: a role opening the sentence before the name between commas.
  const opened = named.length > 0 ? apposedNameOpening(sentence) : null;
  if (opened && opened.phrase === named[0]!.name) return opened;
  // `PGS.TS Vũ Thanh Hà, chuyên gia … tại Đại học Sư phạm Đà Nẵng, cho rằng …`: a name opening the sentence and set off by a
  // comma is its subject; later runs are inside the apposition (an institution, a place).
  const first = named[0];
  const apposition = first && first.at <= 12 && !/[,;:]|\.\s/u.test(sentence.slice(0, first.at)) ? new RegExp(`^,\\s+([^,.;:()]{3,80}?)\\s*,\\s+\\p{Ll}`, 'u').exec(sentence.slice(first.at + first.name.length)) : null;
  // (`Yang Dipertua Majlis Perbandaran Kemaman, Encik Ahmad Fauzi Ismail berkata, …`: a form of address opening the comma group
  // marks the person; the run before it is the office.)
  const addressed = first && apposition ? /^(\p{Lu}\p{Ll}*\.?)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4})(?=\s+\p{Ll}|$)/u.exec(apposition[1]!) : null;
  if (addressed && isTitle(addressed[1]!)) return person(addressed[2]!, sentence.slice(0, first!.at + first!.name.length).trim());
  // (`Latvijas Vides, ģeoloģijas … centra hidroloģe X Y skaidroja, ka …`: a body's name listed with commas; the group after it
  // holds a role noun right before a later full name, who is the subject; `X, warga Serang …` names a place, no one.)
  const roleInside = !!apposition && named.length > 1 && named[1]!.name.includes(' ') && named[1]!.at < first!.at + first!.name.length + apposition[0].length && isNewLanguageRoleNoun(roleBefore(sentence, named[1]!.at)?.split(/\s+/u).at(-1) ?? '');
  if (first && apposition && named.length > 1 && !roleInside) return person(first.name, /^(?:ở|tại|từ|\d)/u.test(apposition[1]!) ? null : apposition[1]!);
  if (named.length > 0) return person(named.at(-1)!.name, taggedOrObject(roleBefore(sentence, named.at(-1)!.at)));
  // `Kubiak, który zdobył …, nie chciał szukać wymówek.`: a family name opening the sentence, of someone the text names in full.
  // (`Ο 24χρονος Παπαδάκης, που …`: a Greek article and an age or descriptor may come first.)
  const opening = /^(?:(?:Ο|Η)\s+(?:\p{Ll}*\d*\p{Ll}+\s+)?)?(\p{Lu}\p{Ll}+)(?=,|\s+\p{Ll})/u.exec(sentence)?.[1];
  if (opening && familyNames(text).has(opening)) return person(opening);
  // (`Marci, a 19 éves inas …`, `Ola, 14 år, går …`: a lone given name with an age in apposition opening the sentence.)
  const aged = /^(\p{Lu}\p{Ll}+),\s+(?:(?:a|az)\s+)?\d{1,3}(?:\s+éves|\s+år|-vuotias|,)/u.exec(sentence)?.[1];
  if (aged) return person(aged);
  // (`Ο δήμαρχος, πάντως, δεν δίνει ημερομηνίες …`: a Greek article and a role noun opening the sentence, the one introduced with it.)
  const definiteRole = /^(?:Ο|Η)\s+(\p{Ll}{4,})(?=[,\s])/u.exec(sentence)?.[1];
  const roleHolder = definiteRole && isNewLanguageRoleNoun(definiteRole) ? introducedWithNoun(text, definiteRole, text.lastIndexOf(sentence)) : null;
  if (roleHolder) return person(roleHolder);
  // (`Poveljnik je pohvalil …`, `Poslankyňa zároveň navrhla …`: a role noun alone opening the sentence, in a language with no
  // article, is the one the text introduced with it.)
  const bareRoleHolder = opening && isNewLanguageRoleNoun(opening) ? introducedWithNoun(text, opening, text.lastIndexOf(sentence)) : null;
  if (bareRoleHolder) return person(bareRoleHolder);
  // (`Στο μαγαζί της, η κυρία Αλεξίου …`, `pani Nowak`, `fru Berg`: a form of address before a family name the text gave in full.)
  const addressedFamily = FORM_OF_ADDRESS.exec(sentence)?.[1];
  if (addressedFamily && familyNames(text).has(addressedFamily)) return person(addressedFamily);
  // (`Apylinkės seniūnė Petraitienė žadėjo …`, `Radna Nowak zapowiedziała …`: a family name after a role of a few words opening the sentence.)
  const afterRole = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+(\p{Lu}\p{Ll}+)(?=,|\s+\p{Ll})/u.exec(sentence);
  if (afterRole && familyNames(text).has(afterRole[2]!)) return person(afterRole[2]!, afterRole[1]!.split(/\s+/u).some((word) => isNewLanguageRoleNoun(word.toLowerCase())) ? afterRole[1]! : null);
  // (`Tamme sõnul otsib ettevõte …`: a family name with a case ending of a letter or two, Estonian or Finnish, before a lower-case word.)
  const stem = opening && opening.length >= 5 ? [...familyNames(text)].find((family) => family.length >= 3 && opening.startsWith(family) && opening.length - family.length <= 2) : undefined;
  if (stem) return person(stem);
  // `Seorang pembeli, Baharuddin, mengaku …`: one name set off by commas after a description is that person.
  const apposed = /^[^,]{2,40},\s+(\p{Lu}\p{Ll}+)(?:\s+\(\d{1,3}\))?,\s+\p{Ll}/u.exec(sentence)?.[1];
  return apposed ? person(apposed) : null;
}

/** Lower-case forms of address before a family name: Greek, Polish, Czech, Slovak, Scandinavian, Dutch, Croatian, Finnish, Romanian. */
const FORM_OF_ADDRESS = /(?:^|\s)(?:κυρία|κύριος|κυρίου|κ\.|pani|pan|paní|pán|fru|herr|mevrouw|meneer|gospođa|gospodin|rouva|herra|doamna|domnul)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** `ο γενικός γραμματέας Δημήτρης Ζαφειρίου`, `trener gości Andrzej Dąbrowski`: lower-case words holding a role noun right before the name. */
function roleBefore(sentence: string, at: number): string | null {
  // `pengamat ekonomi Universitas Hasanuddin, Dr. Siti Marlina,` (apposed-title.ts).
  const titled = roleBeforeTitle(sentence.slice(0, at)) ?? vietnameseOfficeBefore(sentence.slice(0, at));
  if (titled) return titled;
  const words = sentence.slice(0, at).replace(/[\s,]+$/u, '').split(/[,;:]/u).at(-1)!.trim().split(/\s+/u).slice(-4);
  const from = words.findIndex((word) => isNewLanguageRoleNoun(word));
  // (`ο εκπρόσωπος του Υπουργείου Γεωργίας X`: a Greek body in the genitive after the role noun is part of it.)
  return from >= 0 && words.slice(from).every((word) => /^\p{Ll}/u.test(word) || /^\p{Script=Greek}+(?:ου|ας|ης|ων)$/u.test(word)) ? words.slice(Math.max(0, from - 1)).join(' ').replace(/^(?:\p{Lu}\S*\s+)/u, '') : null;
}

/** The family names of the text's full-name mentions (kept for the last text read: quotes of one text come together). */
let familiesOf: { text: string; families: Set<string> } | null = null;
function familyNames(text: string): Set<string> {
  // (Hungarian writes the family name first: `Halmi Zoltán`, then `Halmi azonban …`.)
  const family = isHungarianText(text) ? (name: string) => name.split(' ').at(-2)! : (name: string) => name.split(' ').at(-1)!;
  if (familiesOf?.text !== text) familiesOf = { text, families: new Set(findPersonMentions(text).filter((mention) => mention.name.includes(' ')).map((mention) => family(mention.name))) };
  return familiesOf.families;
}
