/**
 * The language-neutral last resort, for a language no module here reads: a name standing right
 * next to the quote in its own sentence is the speaker:
 *   after a quote   `"…," zegt Jansen.`, `„…“, rekao je glasnogovornik Marko Jurić.` (one word, then up to three
 *                   lower-case words: an auxiliary, a role), `„…” – mondta Kovács Péter polgármester a …` (words after the name),
 *                   `"…", Mäkinen sanoo.`, `"…", ông Lộc nói.` (the name, maybe after a form of address, and one word)
 *   before a quote  `Jansen zegt: "…"`, `Kaya, “…” diye konuştu.` (the name and its comma alone)
 * The words may be any reporting verb of any language, so they are read only when every reader,
 * English first, found nothing; a preposition or article (`in Washington`) is no verb. Roles glued
 * to the name go (names.ts cleanName). The phrase is `loose`: attribute.ts takes one word only as
 * the short form of a name the text gives in full, and never an outlet.
 */

import { isLithuanianNounSubject, lithuanianNounAfter } from './baltic-noun-subject';
import { nameBeforeListener } from './listener-after-name';
// (`Vodja … Rok Zajc je povedal, da …:`, a role opening the sentence)
import { roleNameBeforeColon } from './role-name-colon';
export { roleNameBeforeColon };
import { isQuotedBody, withoutOpeningAdjunct, withoutQuotedBodies } from './adjunct-before-verb';
import { withoutFinnishFromPlace } from './finnish-place';
import { hasEnglish, isDefiniteRoleNoun, isRoleNounWord, isVerbLike, NOT_A_VERB } from './tag-words';
import { officeAfterVerb } from './office-after-verb';
import { vietnameseDescriptorAfter } from './vi-before';
import type { SpeakerPhrase } from '../cues';
import { cleanName, isLeadingNoise, looksLikePerson, mayBeFamilyName, NAME_RUN, PARTICLE } from '../names';
import { lazy, person, pronoun } from './shared';
import { isNewLanguageRoleNoun, withoutPlaceAfterPreposition } from './newlang-roles';
import { ORIGIN_WORD, withoutTagParticles } from './tag-particles';
export { withoutOutletListener } from './outlet-listener';
import { isForeignRoleNoun } from './role-nouns';
import { isPersonNoun } from './clause-role';
import { isPronounBeforeColon, isPronounTag, northPronounBeforeAdjunct } from './personal-pronouns';
import { isSouthSlavicLeftOutTag } from './south-slavic-left-out';
import { isHungarianArticleAfter, unnamedAfter } from './unnamed-subject';
import { isHonourOnly } from '../roles';
import { endsInHungarianDative, isHungarianMannerOnly } from './hungarian-dative';
import { withRankDotsRestored } from '../rank-abbreviations';
import { hungarianApposedRole } from './hungarian-apposed-role';

/**
 * Basque auxiliaries after the verb (`esan du X`, `adierazi zuen`), a closed class: the words read after them are the verb's
 * subject, its last word in the ergative (`Arrietak`, `alkateak`: -k, -ek, -ak), which comes off a name (lang/adjacent.ts).
 */
const BASQUE_AUXILIARY = /^(?:du|dute|zuen|zuten|dio|diote|zion|zioten|da|zen)$/u;
/** Catalan's periphrastic past, `va dir`, `van explicar`: `va` is the auxiliary, the verb comes after it. */
const CATALAN_PAST = /^(?:va|van)$/u;

const LOWER = String.raw`\p{Ll}[\p{L}-]*`;
/** `sanoo Aino Virtanen`, `– mondta Varga Ilona –, a…` (an incise's closing dash), `rekao je glasnogovornik prijevoznika Marko Jurić (HDZ)`, `mondta Kovács Péter polgármester a hétfői …`. */
// (`myönsi Tähtien päävalmentaja Harri Salo`: a capitalised owner in the genitive may open the words before a lower-case role;
// `küsis 78-aastane Helju Saar`, `mondta a 71 éves X Y`: an age in digits, too; not a given name before its particle, `moppert Wim van Dam`, nor before "from", tag-particles.ts.)
const AFTER_VERB_FIRST = lazy(() => new RegExp(`^[—–-]?\\s*(${LOWER})((?:\\s+(?:${LOWER}|\\d+-${LOWER}|\\d{1,3}(?=\\s+${LOWER})|\\p{Lu}\\p{Ll}+(?=\\s+(?!${PARTICLE}\\s)(?!${ORIGIN_WORD}\\s)[\\p{Ll}\\d]))){0,10})\\s+(${NAME_RUN})\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:[.,;!?]|[—–―](?=[,.;]?\\s)|$|\\s+(\\p{Ll}[\\p{L}-]*)[^.!?]*[.!?]?$)`, 'u'));
/** After a run: one lower-case noun and a capitalised name closing the sentence (`Pagariäri Kask müüja Liis.`). */
// (`tunnistas Pärnu Vesi juhatuse liige X Y, „…`: up to three lower-case words ending in a role noun, and a comma
// where the quote goes on.)
const EMPLOYER_ROLE_NAME = lazy(() => new RegExp(`^\\s+((?:\\p{Ll}[\\p{L}-]{2,}\\s+){0,2}\\p{Ll}[\\p{L}-]{2,})\\s+(${NAME_RUN})\\s*[.!?,]?\\s*$`, 'u'));
/** `Mäkinen sanoo.`, `ông Lộc nói.` */
// (`”…”, Kärkkäinen kirjoittaa kannanotossaan.`: up to two lower-case words after the verb, where or how it was said.)
const AFTER_NAME_FIRST = lazy(() => new RegExp(`^[—–-]?\\s*(?:(${LOWER})\\s+)?(${NAME_RUN})\\s+(${LOWER})((?:\\s+${LOWER}){0,2})\\s*(?:[.,;!?]|$)`, 'u'));
// (`Kiss Tamás ügyészségi szóvivő elmondta:`: Hungarian writes the role after the name, before the verb.)
const BEFORE_COLON = lazy(() => new RegExp(`(?:^|[.!?]\\s+)(${NAME_RUN})((?:\\s+${LOWER}){0,2}?)\\s+(${LOWER})\\s*:\\s*$`, 'u'));
const BEFORE_COMMA = lazy(() => new RegExp(`^\\s*(${NAME_RUN}),\\s*$`, 'u'));
/**
 * `Szabó Ildikó szerint „…”`, `Riikka Virtasen mukaan ”…”`, `Tamme sõnul „…“`, `Արամ Պողոսյանի կարծիքով՝ «…»`: a name and a
 * postposition of source ("according to", "in X's opinion") right before the mark, in Hungarian, Finnish, Estonian and Armenian;
 * a case form of the name is resolved as any other (case-forms.ts, names.ts).
 */
const BEFORE_SOURCE_POSTPOSITION = lazy(() => new RegExp(`(?<![\\p{L}])(${NAME_RUN})\\s+(szerint|mukaan|sõnul|խոսքով|կարծիքով)\\s*,?\\s*$`, 'u'));
/** `Ο γιατρός του Κέντρου Υγείας, Σταύρος Λιάπης, προειδοποιεί:`: a role phrase opening the sentence, the name between commas, then lower-case words and the colon. */
const ROLE_NAME_COLON = lazy(() => new RegExp(`(?:^|[.!?]\\s+)(\\p{Lu}[^,.!?:;"“”„«»]{2,80}?),\\s+(${NAME_RUN}),((?:\\s+${LOWER}){1,6})\\s*:$`, 'u'));

/** A person's name from a capitalised run, roles cleaned off; one word only when it may be a family name. */
function nameOf(run: string, role?: string): SpeakerPhrase | null {
  // (`wylicza sołtys Borowa Grażyna Lewandowska`: after a role noun, a place opening three capitalised words goes with it.)
  const name = withoutPlaceAfterPreposition(withoutFinnishFromPlace(cleanName(run)), role ? `${role} ` : '');
  if (!name) return null;
  if (name.includes(' ') ? !looksLikePerson(name) : !mayBeFamilyName(name)) return null;
  // (`alisema Bi. Sichalwe`, `kata Puan X`: a form of address left over before the name is no role, roles.ts isHonourOnly.)
  const leftover = run.slice(0, run.lastIndexOf(name)).trim();
  // (`Pasak T. Kazlausko,`: a source word the cleaning took off, "according to", is no role either; nor `Duna Televíziónak`, an
  // outlet in the Hungarian dative, whom it was said to.)
  const found = person(name, role || (isHonourOnly(withRankDotsRestored(leftover)) || isLeadingNoise(leftover) || endsInHungarianDative(leftover) ? null : leftover) || null);
  if (found) found.loose = true;
  return found;
}



/**
 * Words between the verb and the name, without the short ones that are auxiliaries (`rekao je`): the role.
 * After an auxiliary first (`je povedal župan`), the next word is the verb itself.
 */
function roleOf(words: string, verb: string): string {
  // (`mondta lapunknak X`: a Hungarian dative after the verb is the listener, "to our paper", not a role.)
  const tokens = words.trim().split(/\s+/u).filter((word) => word && !/(?:nak|nek)$/u.test(word));
  // (`je povedala Kraljeva`: the verb after the auxiliary, alone, is no role either.)
  if (verb.length <= 3 && tokens.length > 0) tokens.shift();
  // (`tette hozzá X`, `mondta el X`: a Hungarian preverb written after its verb is no role, batch others5.)
  if (/^(?:hozzá|el|ki|be|le|fel|meg|át|vissza|össze|rá|ide|oda)$/u.test(tokens[0] ?? '') && /\p{Ll}(?:t|tt|ta|te|tta|tte)$/u.test(verb)) tokens.shift();
  while (tokens.length > 0 && tokens[0]!.length <= 3) tokens.shift();
  // (`rekla je nakon glasanja vijećnica X`: an occasion before the role noun is no part of it.)
  const role = tokens.findIndex((token) => isNewLanguageRoleNoun(token));
  // (`opísala svoju skúsenosť X`: an object opening with a possessive is what was told, not who.)
  if (role < 0 && /^(?:svoju|svoj|svoje|svou|svého|swoją|swój|swoje|svoju)$/u.test(tokens[0] ?? '')) return '';
  const raw = words.trim().split(/\s+/u);
  // (`mondta a gyűlés végén X`, `mondta keserűen X`: after the Hungarian article, words holding no role noun are the occasion; an adverb of manner, hungarian-dative.ts.)
  if (role < 0 && (isHungarianArticleAfter(verb, raw[0] ?? '') || isHungarianMannerOnly(tokens, verb))) return '';
  // (`ütles laevafirma juhatuse liige X`: lower-case words right before the role noun are its complement, kept; not after a
  // preposition, nor a capitalised owner, `myönsi Tähtien päävalmentaja X`.)
  const preposition = role > 0 && raw.slice(0, raw.indexOf(tokens[role]!)).some((word) => NOT_A_VERB.has(word));
  let start = Math.max(0, role);
  while (!preposition && start > 0 && /^\p{Ll}/u.test(tokens[start - 1]!)) start--;
  return tokens.slice(role < 0 ? 0 : start).join(' ');
}

/**
 * `mondta Kiss Ferenc kisújszállási gazdálkodó, aki …`, `mondta Kovács Péter polgármester a …`: the lower-case words
 * right after the name, up to a comma, an article or a relative word (two at most).
 */
function roleAfterName(rest: string): string {
  const head = /^\s*([^,.;:!?()]*)/u.exec(rest)!;
  const words = head[1]!.split(/\s+/u).filter(Boolean);
  const end = words.findIndex((word, i) => i >= 2 || !/^\p{Ll}/u.test(word) || NOT_A_VERB.has(word) || /^(?:aki|akik|amely|ami|és|pedig)$/u.test(word));
  const kept = words.slice(0, end < 0 ? words.length : end);
  if (kept.length === 0 || kept[0]!.length < 5) return '';
  // (`mondta X tűzoltó őrnagy, a megyei igazgatóság szóvivője`: a rank or trade, then the office held in a body after the
  // comma: the office is what the person speaks as.)
  return (end < 0 ? hungarianApposedRole(rest.slice(head[0].length)) : null) ?? kept.join(' ');
}

/** `, một phụ huynh ở quận Liên Chiểu, nói.`: an apposition between commas, then only the verb (one to three lower-case words). */
const APPOSITION_THEN_VERB = /^\s*,\s+([^,.;:!?()]{3,80}?),\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*[.!?]?\s*$/u;

/** `, mieszkaniec wsi.`, `, vecina del barrio.`: lower-case words after the name's comma, up to the tag's end. */
const APPOSED_ROLE_AT_END = /^\s*,\s+(\p{Ll}[^,.;:!?()]{2,60}?)\s*(?:[.!?]|$)/u;

/** Relative pronouns opening a clause after a name's comma (`, sem …`, `, koji …`), which is no role. */
const RELATIVE = /^(?:sem|som|koji|koja|koje|kes|joka|kuris|kuri|kurš|kura|që|i|e|ambaye|aliyekuwa|ki|který|která|który|która|care|que|qui|who|which)$/u;

/**
 * `segir X, veðurfræðingur á Veðurstofunni.`: a lower-case noun of five letters or more opening the words after the name's
 * comma, closing the tag, is the person's role though no list holds it (batch q-rare); not a relative clause or a preposition.
 */
function isApposedNoun(words: string): boolean {
  const first = words.split(/\s+/u)[0]!;
  // (`diyen Arslan, … gerektiğini söyledi.`: Turkish words ending in a past verb are the sentence going on, no role.)
  const turkishPredicate = /[ğışçöüİ]/u.test(words) && /(?:d|t)[ıiuü]\.?$/u.test(words.trim());
  return first.length >= 5 && !RELATIVE.test(first) && !NOT_A_VERB.has(first) && !hasEnglish(words) && !/(?:ing|ed|ly)$/u.test(first) && !turkishPredicate;
}

/** Vietnamese forms of address before a name (`ông`, `bà`, `chị`), which a reading may take for its verb. */
const VIETNAMESE_ADDRESS = /^(?:ông|bà|anh|chị|em|cô|chú|bác|cụ)$/u;

/** The frame's first word, its lower-case letters and hyphens alone, and all up to the first space. */
const FIRST_CHUNK = /^[—–-]?\s*(\p{Ll}[\p{L}-]*)?\S*/u;

/**
 * Whether a reading after the quote may find a name: both take a lower-case first word as their
 * verb (or the word before the name), and hold everything up to the first space in their match,
 * so a preposition or an English word there fails both before either big pattern is built.
 */
export function mayReadAfter(frame: string): boolean {
  if (!/^[—–-]?\s*\p{L}/u.test(frame)) return false;
  const [chunk, lower] = FIRST_CHUNK.exec(frame)!;
  return !(lower && !isVerbLike(lower) && !/^(?:se|si)$/u.test(lower)) && !hasEnglish(chunk);
}

export function adjacentSpeakerAfter(written: string): SpeakerPhrase | null {
  // (`– żali się 70-letnia X`, `požalio se X`, `se lamenta X`: a reflexive particle or an age is no role, tag-particles.ts.)
  // (`közölte dr. Vass Judit főorvos`: a lower-case doctor's title before the name is neither the occasion nor the name.)
  const frame = withoutTagParticles(written).replace(/(?<=\s)dr\.\s+(?=\p{Lu})/u, '');
  // (`skrifaði hann á Facebook-síðu X`: an Icelandic pronoun before an adjunct holding a name, lang/personal-pronouns.ts.)
  const northPronoun = northPronounBeforeAdjunct(frame);
  if (northPronoun) return pronoun(northPronoun);
  // (`rääkis Kask Postimehele`: the outlet spoken to after the name, listener-after-name.ts.)
  const read = mayReadAfter(frame) ? nameBeforeListener(frame, readAfter) ?? readAfter(frame) : droppedSubject(frame);
  // (`– po koncerto sakė X`: an occasion opening the tag, before its verb, lang/adjunct-before-verb.ts.)
  // (`– sakė „Aidos“ choro vadovė X`: a body's name in quotation marks inside the role, read without them.)
  // (`„…,” „Rīta Avīzei” pastāstīja X`: the outlet spoken to, in marks of its own, may open the tag before the verb: read without it.)
  const unquoted = read ? null : withoutListenerOpening(frame) ?? withoutQuotedBodies(frame) ?? frame;
  const afterAdjunct = unquoted ? withoutOpeningAdjunct(unquoted) ?? unquoted : null;
  const reread = afterAdjunct && afterAdjunct !== frame && mayReadAfter(afterAdjunct) ? readAfter(afterAdjunct) : null;
  return reread && !isQuotedBody(frame, reread.phrase) ? reread : read;
}

/** A name in quotation marks opening the tag, then a lower-case word, the verb: `„Rīta Avīzei” pastāstīja …`. */
const QUOTED_LISTENER_OPENING = /^[„“"«]\p{Lu}[^„“”"«»\n]{0,40}[”“"»]\s+(?=\p{Ll})/u;
const withoutListenerOpening = (frame: string): string | null => (QUOTED_LISTENER_OPENING.test(frame) ? frame.replace(QUOTED_LISTENER_OPENING, '') : null);

/** `– hangsúlyozta.`: a subject left out (attribute.ts finds whom the sentence before introduces). */
// (`”, vị phó chủ tịch quận khẳng định.`: a Vietnamese classifier and office alone, the one given that office, vi-before.ts.)
const droppedSubject = (frame: string): SpeakerPhrase | null => (isDroppedSubjectTag(frame) ? pronoun(vietnamesePronoun(frame) ?? 'they') : vietnameseDescriptorAfter(frame));

/** (A dash or comma,) then one or two lower-case words ending the sentence (frames.ts strips the comma): `– hangsúlyozta.`, `”, objašnjava.`, `– tette hozzá.` */
// (Latin script only: the Cyrillic and Greek readers read their own pronouns, `— добавила она.`)
const BARE_VERB_TAG = /^\s*([—–,-]?)\s*(\p{Ll}[\p{Script=Latin}-]*)(?:\s+(\p{Ll}[\p{Script=Latin}-]*))?\s*[.!](?:\s|$)/u;

/**
 * Tagalog `aniya`, `dagdag niya`, `sabi pa niya`, `paliwanag naman niya`: niya is "he/she" (aniya, "said he/she", fuses it
 * with the verb), a closed class; the person is whom the sentence before marks with si/ni/kay (newlang-introduced.ts).
 */
const TAGALOG_PRONOUN_TAG = /^[\s,]*(?:aniya|(?:\p{Ll}+\s+)?(?:(?:pa|rin|din|naman|lamang|lang)\s+)?niya)(?:\s+(?:pa|rin|din|naman))?\s*[.!](?:\s|$)/u;

/**
 * `„…” – hangsúlyozta.`: a verb alone after the quote, its subject left out (the person the sentence or paragraph
 * before introduces, lang/newlang-introduced.ts). Not a preposition or article (`– w poniedziałek.`), nor English.
 */
export function isDroppedSubjectTag(frame: string): boolean {
  // (`, bætir hann við.`, `, – teigė ji.`: a subject pronoun of a language no module reads, lang/personal-pronouns.ts; `, изјавила је после рочишта.`, lang/south-slavic-left-out.ts.)
  if (TAGALOG_PRONOUN_TAG.test(frame) || VIETNAMESE_PRONOUN_TAG.test(frame) || isPronounTag(frame) || isSouthSlavicLeftOutTag(frame)) return true;
  const tag = BARE_VERB_TAG.exec(frame);
  // (`diye konuştu.` is Turkish, whose reader takes the subject of the sentence before.)
  // (`, gaineratu du.`, `, va dir.`: a Basque auxiliary after the verb, the Catalan one before it.)
  if (tag?.[3] && ((BASQUE_AUXILIARY.test(tag[3]) && isVerbLike(tag[2]!)) || (CATALAN_PAST.test(tag[2]!) && isVerbLike(tag[3]))) && !hasEnglish(tag[0])) return true;
  // (`– sakė archeologas.`: a Lithuanian verb and a noun subject, baltic-noun-subject.ts.)
  if (!tag || !isVerbLike(tag[2]!) || (tag[3] && !isVerbLike(tag[3])) || isLithuanianNounSubject(tag[2]!, tag[3]) || hasEnglish(tag[0]) || /[ğıİşŞ]/u.test(tag[0])) return false;
  // With its comma taken off (frames.ts), the words must show they are not English: a letter beyond ASCII or an auxiliary (`dodao je`).
  // (`lisas ta.`: the Estonian he/she after the verb, no English word, tells as much.)
  // (`, alisema.`, `, akaongeza.`: a Swahili verb of the third person singular, its subject prefix a- and tense marker on it.)
  return !!tag[1] || /[^\u0000-\u007f]/u.test(tag[0]) || /^(?:je|se|su|sam|ji|ta|tema)$/u.test(tag[3] ?? '') || (!tag[3] && SWAHILI_THIRD_PERSON.test(tag[2]!));
}

const SWAHILI_THIRD_PERSON = /^(?:ali|ame|ana|aka)[a-z]{3,}a$/u;

/**
 * `– mondta az edző.`, `– fogalmazott a képviselő, aki …`: a verb, the Hungarian article and a role noun alone, the person
 * just named (a descriptor, like a pronoun); a relative clause may follow it.
 */
const HUNGARIAN_ROLE_AFTER = /^[—–-]?\s*(\p{Ll}+)\s+(?:a|az)\s+(\p{Ll}[\p{Ll}-]{2,})\s*(?:[.!?]|,\s+(?:aki|akik|ami|amely|mire|miközben)\s.*)?$/u;

function roleDescriptorAfter(frame: string): SpeakerPhrase | null {
  const match = HUNGARIAN_ROLE_AFTER.exec(frame.trim()) ?? lithuanianNounAfter(frame);
  if (match?.[0] === '' && match[2]) return Object.assign(pronoun('they'), { descriptor: true, definite: match[2] });
  if (!match || !isVerbLike(match[1]!) || hasEnglish(match[0]) || !isNewLanguageRoleNoun(match[2]!)) return null;
  const found = pronoun('they');
  found.descriptor = true;
  found.role = match[2]!;
  return found;
}

/** `protesta la alcaldesa X`, `soupire le maire X`, `sbotta il sindaco X`: a definite article right after the verb opens a role before the name. */
const ROLE_ARTICLE = /^(?:la|le|el|il|lo|der|die)$/u;

/** The two readings after a quote, ungated (tests compare them with the gated ones). */
export function readAfter(frame: string): SpeakerPhrase | null {
  if (!/^[—–-]?\s*\p{L}/u.test(frame)) return droppedSubject(frame);
  const describedAfter = roleDescriptorAfter(frame) ?? unnamedAfter(frame);
  if (describedAfter) return describedAfter;
  const verbFirst = AFTER_VERB_FIRST().exec(frame);
  // (`se smeje natakarica Nina`: a reflexive clitic before the verb, as Slovene and Croatian set it.)
  const reflexive = !!verbFirst && /^(?:se|si)$/u.test(verbFirst[1]!) && isVerbLike(verbFirst[2]?.trim().split(/\s+/u)[0] ?? '');
  // (`esan du Miren Etxeberria alkateak`: a Basque auxiliary after the verb is no preposition.)
  const basque = BASQUE_AUXILIARY.test(verbFirst?.[2]?.trim().split(/\s+/u)[0] ?? '');
  // (`rekla je u obrazloženju presude sutkinja X`, `изјави директорот на болницата д-р X`: a preposition between the verb and
  // the name opens an adjunct before a role noun or the role's complement after one, batch q-rare.)
  const gap = (verbFirst?.[2] ?? '').split(/\s+/u).filter(Boolean);
  // (Not `daglig leder i Haugen Sport`: a run right after a preposition is the body or place the role is of.)
  // (`rekao je ravnatelj Zavoda za ceste X`: a role noun before the first preposition opens the role, its body's
  // capitalised name and complement after it.)
  const firstPreposition = gap.findIndex((word, i) => i > 0 && NOT_A_VERB.has(word));
  const complemented = firstPreposition > 0 && gap.slice(0, firstPreposition).some((word) => word.length > 3 && (isRoleNounWord(word) || isPersonNoun(word)));
  const adjunctOrComplement = gap.length > 0 && !NOT_A_VERB.has(gap.at(-1)!) && (isRoleNounWord(gap.at(-1)!) || complemented || gap.slice(0, 2).some((word) => word.length > 3 && isDefiniteRoleNoun(word)));
  if (verbFirst && (isVerbLike(verbFirst[1]!) || reflexive) && (adjunctOrComplement || !gap.some((word, i) => NOT_A_VERB.has(word) && !(i === 0 && (ROLE_ARTICLE.test(word) || basque)) && !isHungarianArticleAfter(verbFirst[1]!, word))) && !hasEnglish(verbFirst[0])) {
    // (`adierazi du Arrietak`: the subject's ergative ending comes off the name.)
    if (basque) verbFirst[3] = verbFirst[3]!.replace(/(?<=\p{L}{3})(?:(?<=[aeiou])k|ek)$/u, '');
    // `mondta Kovács Péter polgármester a …`: a long lower-case word right after the name is a role written after it.
    const rest = frame.slice(frame.indexOf(verbFirst[3]!, verbFirst[1]!.length) + verbFirst[3]!.length);
    // (`bà Lê Thị Hồng, Phó Giám đốc Sở …, cho biết.`: words set off by commas between the name and the closing verb are the role.)
    const apposed = APPOSITION_THEN_VERB.exec(rest)?.[1]?.replace(/^(?:ở|tại|từ|\d).*$/u, '') || undefined;
    // (`ông Lực khuyến cáo.`: after a Vietnamese form of address the words after the name are the verb, never a role.)
    const addressed = VIETNAMESE_ADDRESS.test(verbFirst[1]!);
    // (`dziwi się X, mieszkaniec wsi.`: a role noun set off by a comma after the name, closing the tag, is the role.)
    const closingRole = APPOSED_ROLE_AT_END.exec(rest)?.[1];
    const after = apposed ?? (closingRole && (isForeignRoleNoun(closingRole.split(/\s+/u)[0]!) || isApposedNoun(closingRole)) ? closingRole : undefined) ?? (!addressed && verbFirst[4] && verbFirst[4].length >= 5 && isVerbLike(verbFirst[4]) ? roleAfterName(rest) : '');
    // (`mondta az ítélet kihirdetésekor X tanácsvezető bíró`: an occasion before the name holds no role noun; the words after it do.)
    const before = roleOf(verbFirst[2] ?? '', verbFirst[1]!);
    // (`ütles Pagariäri Kask müüja Liis`: a run, a lower-case noun and a name ending the tag: the run is whom the person works for.)
    const employed = EMPLOYER_ROLE_NAME().exec(rest);
    const employedRole = employed?.[1]!.split(/\s+/u) ?? [];
    if (employed && !employedRole.some((word) => NOT_A_VERB.has(word)) && (employedRole.length === 1 || isRoleNounWord(employedRole.at(-1)!))) return nameOf(employed[2]!, `${verbFirst[3]} ${employed[1]}`);
    // (`– …, toimitusjohtaja X sanoo.`: a role noun right before the name is no verb, so the word after the name is the verb, not a role.)
    if (!verbFirst[2]?.trim() && verbFirst[4] && isRoleNounWord(verbFirst[1]!)) return nameOf(verbFirst[3]!, verbFirst[1]!);
    const found = nameOf(verbFirst[3]!, after && !before.split(/\s+/u).some((word) => isNewLanguageRoleNoun(word)) ? after : before || after);
    // (`poltert die Stadt Graz`: after an article only a role noun, then a name, makes a person.)
    return ROLE_ARTICLE.test(verbFirst[2]?.trim().split(/\s+/u)[0] ?? '') && !found?.role ? null : found;
  }
  const nameFirst = AFTER_NAME_FIRST().exec(frame);
  // (The words after the verb are an adjunct, never a preposition opening one: `Mäkinen sanoo ja …` is no tag.)
  const adjunct = (nameFirst?.[4] ?? '').trim().split(/\s+/u).filter(Boolean);
  return (nameFirst && isVerbLike(nameFirst[3]!) && (!nameFirst[1] || isVerbLike(nameFirst[1])) && adjunct.every(isVerbLike) && !hasEnglish(nameFirst[0]) ? nameOf(nameFirst[2]!) : null) ?? apposedNameFirst(frame) ?? officeAfterVerb(frame) ?? droppedSubject(frame);
}

/** `"…", Tom Berg, du khách Đức, chia sẻ.`: the name, its role set off by commas, then one to three lower-case words closing the tag. */
const APPOSED_NAME_FIRST = lazy(() => new RegExp(`^(${NAME_RUN}),\\s+([^,.;:!?"“”«»]{2,60}),\\s+(${LOWER}(?:\\s+${LOWER}){0,2})\\s*[.!]?$`, 'u'));

function apposedNameFirst(frame: string): SpeakerPhrase | null {
  const found = APPOSED_NAME_FIRST().exec(frame.trim());
  return found && found[3]!.split(/\s+/u).every(isVerbLike) && !hasEnglish(found[0]) && !/\d/u.test(found[2]!) ? nameOf(found[1]!, found[2]!.trim()) : null;
}

/** `", ông nói, "`, `", bà nói thêm.`: a Vietnamese ông (he) or bà (she) and a verb of saying, the person the text last named. */
// (`, bà nói, mắt vẫn nhìn ra cổng.`, `, anh nói rồi đi.`: what the person did while speaking, or then, may follow the tag.)
const VIETNAMESE_PRONOUN_TAG = /^\s*(ông|bà|anh|chị|cô)\s+(?:nói|kể|cho biết|cho hay|chia sẻ|tâm sự|nhấn mạnh|khẳng định|thừa nhận|giải thích|bày tỏ|bức xúc|nhận định|trả lời)(?:\s+thêm)?(?:\s*[.,!]?\s*$|(?:,|\s+rồi)\s+[^.!?"“”]{3,80}[.!?]?\s*$)/u;
/** Ông and anh are a man, bà, chị and cô a woman. */
const VIETNAMESE_PRONOUN_GENDER: Record<string, 'he' | 'she'> = { ông: 'he', anh: 'he', bà: 'she', chị: 'she', cô: 'she' };

function vietnamesePronoun(frame: string): 'he' | 'she' | undefined {
  const found = VIETNAMESE_PRONOUN_TAG.exec(frame);
  return found ? VIETNAMESE_PRONOUN_GENDER[found[1]!] : undefined;
}

/** A lower-case word, the whole of the last one, before a closing colon. */
const LAST_LOWER_WORD = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s*:$/u;

/** Whether `Name verb:` may be read: its verb, the last word, is in its match; a preposition or an English word rules it out unbuilt. */
/** `teica „Rīta Ziņām”:`: the name in marks of the outlet spoken to, between the verb and the colon. */
const QUOTED_LISTENER = /\s+[„“"«][^„“”"«»\n]{1,40}[”“"»](?=\s*:$)/u;

export function mayReadBeforeColon(trimmed: string): boolean {
  const verb = LAST_LOWER_WORD.exec(trimmed.replace(QUOTED_LISTENER, ''));
  return !!verb && isVerbLike(verb[1]!) && !hasEnglish(verb[1]!);
}

export function adjacentSpeakerBefore(frame: string): SpeakerPhrase | null {
  const trimmed = frame.trimEnd();
  return (trimmed.endsWith(':') && !mayReadBeforeColon(trimmed) ? null : readBefore(frame)) ?? roleNameBeforeColon(trimmed);
}

/** `Ông nhấn mạnh:`, `Bà cho biết thêm:`: ông (he) or bà (she) opening the sentence, then one to three lower-case words and the colon. */
const VIETNAMESE_PRONOUN_BEFORE_COLON = /(?:^|[.!?]\s+)(Ông|Bà)\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*:$/u;

/** The readings before a quote, ungated. */
export function readBefore(frame: string): SpeakerPhrase | null {
  const trimmed = frame.trimEnd();
  if (trimmed.endsWith(':')) {
    // `Ông nhấn mạnh: "…"`: a Vietnamese form of address alone (he, she) is the person the sentence before introduces (newlang-introduced.ts).
    // (`Таа додаде:`, `Viņa piebilda:`: a subject pronoun of a language no module reads, lang/personal-pronouns.ts.)
    if (VIETNAMESE_PRONOUN_BEFORE_COLON.test(trimmed) || isPronounBeforeColon(trimmed)) return pronoun('they');
    const colon = BEFORE_COLON().exec(trimmed);
    const role = colon?.[2]?.trim() ?? '';
    if (role && !isNewLanguageRoleNoun(role.split(/\s+/u).at(-1)!)) return null;
    if (colon) return isVerbLike(colon[3]!) && !hasEnglish(colon[0]) ? nameOf(colon[1]!, role) : null;
    // (The role first: the words after the name are the verb and what goes with it, none a small word of place or English.)
    const apposed = ROLE_NAME_COLON().exec(trimmed);
    const after = apposed?.[3]?.trim().split(/\s+/u) ?? [];
    return apposed && isVerbLike(after.at(-1)!) && /\p{Ll}/u.test(apposed[1]!) && !hasEnglish(apposed[0]) ? nameOf(apposed[2]!, apposed[1]!.trim()) : null;
  }
  const source = /\s(?:szerint|mukaan|sõnul|խոսքով|կարծիքով)\s*,?\s*$/u.test(trimmed) ? BEFORE_SOURCE_POSTPOSITION().exec(trimmed) : null;
  // (Finnish family names in -nen make their genitive in -sen, `Virtasen`: the name is given in its own form.)
  if (source) return nameOf(source[2] === 'mukaan' ? source[1]!.replace(/(?<=\p{L}{2})sen$/u, 'nen') : source[1]!);
  if (!trimmed.endsWith(',') || trimmed.length > 60) return null;
  const comma = BEFORE_COMMA().exec(trimmed);
  return comma ? nameOf(comma[1]!) : null;
}
