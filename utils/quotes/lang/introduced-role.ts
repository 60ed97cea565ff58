/**
 * The role a person was introduced with, read from the sentence that first names them
 * (`Le directeur de l’hôpital, Marc Delorme, reconnaît…`), for a later quote whose own words give none.
 */

import { taggedOrObject } from './role-lead-trim';
import { endsWithTagVerb } from './adjunct-group';
import { arabic } from './ar';
import { hebrew } from './he';
import { isRoleWord } from '../roles';
import { isForeignRoleNoun, ROMANCE_AGENT } from './role-nouns';
import { isNewLanguageAgentNoun, isNewLanguageRoleNoun, roleInRelativeClause, roleNounJustBefore } from './newlang-roles';
import { roleBeforeTitle } from './apposed-title';
import { GERMAN_ROLE_NOUN, isGermanAgentNoun } from './de-roles';
import { speakerBeforeInOtherLanguages } from './index';
import { CASELESS, NAME_IN_MARKS, QUOTE_MARK } from './introduced';
import { vietnameseOfficeBefore } from './vi-roles';
import { hindustaniRoleBefore } from './hi';
import { nepaliRoleBefore } from './ne';
import { marathiRoleBefore } from './mr';
import { malayalamRoleBefore } from './ml';
import { koreanRoleBefore } from './ko';
import { sumoRankBefore } from './ja';
import { isRomanceInvertedLead } from './german-inverted';
import { bareTagNounRole } from './tag-noun-role';
import { WORDS_OF } from './next-sentence-unnamed';
import { WORDS_OWNED_NORDIC } from './words-owned-after';
import { lazy } from './shared';
import { malayOfficeLead } from './malay-office-lead';
import { hungarianApposedRole } from './hungarian-apposed-role';
import { officeBeforeDegree } from './office-before-degree';
import { appositionRole } from './apposed-role';
import { germanApposedRole } from './german-apposed-role';
import { statedOccupation } from './stated-occupation';
import { officeOfNamedBody } from './office-of-named-body';
import { appositionByShape, definiteNounJustBefore, personNounJustBefore, RELATIVE_TAIL, roleInOwnTag, roleInRelativeClauseAfter } from './clause-role';

/** An article elided onto its noun in Catalan, French and Italian: `l'arquitecte`, `l’ingénieure`. */
const ELIDED_ARTICLE = /^[lL]['’](?=\p{Ll})/u;

/**
 * The role the story gave a person when it introduced them in a plain sentence, for a later quote
 * whose own words name no role: `Le directeur de l’hôpital, Marc Delorme, reconnaît…`, `Депутат
 * областной думы Светлана Рогова направила…`, `A prefeita Cláudia Montenegro visitou…`,
 * `承办企业负责人吴建国坦言，…`. Only words before the name that hold a role noun count.
 */
export function roleFromIntroduction(text: string, name: string, quoteStart: number): string | null {
  // The latest mentions first; the one in the quote's own sentence usually gives no role.
  for (let at = text.lastIndexOf(name, quoteStart), tries = 0; at >= 0 && tries < 3; at = text.lastIndexOf(name, at - 1), tries++) {
    const role = roleAtMention(text, name, at);
    if (role) return role;
  }
  // A live blog, newest entry first: `…, a insisté Rakotondrabe.` above the entry that introduces `Le préfet de
  // Toamasina, Hery Rakotondrabe,`. With no mention of the full name before the quote, the first one in a later paragraph
  // (the quote's own tag is read by the cues).
  const paragraphEnd = text.indexOf('\n', quoteStart);
  // (`"…," said beekeeper Tom Hale.`, `said Kevin Moss, who heads the union.`: the quote's own tag, in its paragraph, when
  // the cue read no role from it; clause-role.ts.)
  const own = text.lastIndexOf(name, quoteStart) < 0 ? text.indexOf(name, quoteStart) : -1;
  const ownRole = own >= 0 && (paragraphEnd < 0 || own < paragraphEnd) ? roleInOwnTag(text, name, own) : null;
  if (ownRole) return ownRole;
  const later = text.lastIndexOf(name, quoteStart) < 0 && paragraphEnd >= 0 ? text.indexOf(name, paragraphEnd) : -1;
  return (later >= 0 ? roleAtMention(text, name, later) : null) ?? descriptorRole(text, quoteStart) ?? bareTagNounRole(text, quoteStart);
}

/** The role written beside one of the latest mentions of the name before `quoteStart`: never one the quote's own tag gives. */
export function roleWrittenBefore(text: string, name: string, quoteStart: number): string | null {
  for (let at = text.lastIndexOf(name, quoteStart - name.length), tries = 0; at >= 0 && tries < 3; at = text.lastIndexOf(name, at - 1), tries++) {
    const role = roleAtMention(text, name, at);
    if (role) return role;
  }
  return null;
}

/** A tag after a quote's closing mark: a verb or two, then an article and a noun, perhaps with a short complement. */
const DESCRIPTOR_TAG = /^[»”"]\s*,?\s*[—–-]?\s*(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:(?:el|la|il|lo|le|o|a)\s+|[lL]['’])(\p{Ll}[\p{Ll}-]{3,})((?:\s+(?:de|del|della|dello|dei|degli|delle|di|do|da|dos|das|du|des|de\s+la|de\s+los|de\s+las)\s+[^,.;:«»“”"]{1,40}?)?)(?=\s*[,.;]|\s*$|\s+(?:en|a|al|in|nel|nella|à|au|dans|em|no|na|durante|tras|dopo|après|con|avec|com)\s)/u;
const SPOKESPERSON = /^(?:portavoce|porte-parole|portavoz|porta-voz|vocero|vocera)$/u;

/**
 * `», reconoció el abridor de los Centauros`: when the story gave the person no role, the role noun and complement of
 * the descriptor that tags this very quote (resolved to them in attribute.ts) is theirs. A bare descriptor (`la
 * retraitée`, `el especialista`, `la vecina`) stays no role, as everywhere in these languages.
 */
function descriptorRole(text: string, quoteStart: number): string | null {
  const end = text.indexOf('\n', quoteStart);
  const paragraph = text.slice(quoteStart, end < 0 ? undefined : end);
  const close = paragraph.slice(1).search(/[»”"]/u) + 1;
  const tag = close > 0 ? DESCRIPTOR_TAG.exec(paragraph.slice(close)) : null;
  if (!tag || !tag[2] || /\d/u.test(tag[2]) || SPOKESPERSON.test(tag[1]!) || !(isForeignRoleNoun(tag[1]!) || ROMANCE_AGENT.test(tag[1]!))) return null;
  return `${tag[1]}${tag[2] ?? ''}`;
}

/**
 * A body's name in quotation marks: `ООО «Теплосервис»`, `de l’association « Les Amis »`: after a word and before the
 * next one, where a quote ends in a comma or dash before its tag (`«I numeri ci danno ragione», ha detto il sindaco X`).
 */
const QUOTED_BODY = /(?<=\p{L}\s)[«„“"]\s?\p{Lu}[^«»„“”"\n.!?,]{0,38}\s?[»“”"](?=\s+\p{L}|\s*$)/gu;

/**
 * `Директор ООО «Теплосервис» Андрей Бычков заверил`: a body's quoted name inside the role before a name. The readers
 * below stop at quotation marks (a quote may open there), so they read a copy where the quoted name is plain
 * capitalised letters of the same length, and the role is given back in the text's own words at the same place.
 */
function roleAtMention(text: string, name: string, at: number): string | null {
  return taggedOrObject(roleAtMentionWithBodies(text, name, at));
}

function roleAtMentionWithBodies(text: string, name: string, at: number): string | null {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lead = text.slice(lineStart, at);
  const bodies = lead.match(QUOTED_BODY);
  if (!bodies) return roleAtMentionPlain(text, name, at);
  const letters = (body: string) => 'X' + 'x'.repeat(body.length - 1);
  let role = roleAtMentionPlain(text.slice(0, lineStart) + lead.replace(QUOTED_BODY, letters) + text.slice(at), name, at);
  for (const body of bodies) role = role?.replace(letters(body), body) ?? null;
  return role;
}

const SENTENCE_END = /(?<!(?:^|\s)(?:Mag|Dr|dr|Prof|prof|hab|Doç|Ing|DI|Dipl|Mme|M|Dott|Avv|Sr|Sra|Dra))[.!?。！？؟]\s+|[。！？]/gu;

/** Where the sentence holding `at` starts: after the last sentence end on its line, else at the line's start. */
function sentenceStartBefore(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  // Only ends from the line's start count, and one may begin at the punctuation before the line break's white space:
  // scanning from there finds the same ends as scanning the whole text, without rescanning it for every mention.
  let from = lineStart - 1;
  while (from > 0 && /\s/u.test(text[from - 1]!)) from--;
  const head = text.slice(0, at);
  SENTENCE_END.lastIndex = Math.max(0, from - 1);
  let start = lineStart;
  for (let end = SENTENCE_END.exec(head); end; end = SENTENCE_END.exec(head)) start = Math.max(start, end.index + end[0].length);
  return start;
}

function bengaliRoleBefore(lead: string, name: string): string | null {
  const found = speakerBeforeInOtherLanguages(`${lead.slice(lead.lastIndexOf('।') + 1).trimStart()}${name} বলেন,`);
  return found && !found.pronoun && found.phrase === name && found.role ? found.role : null;
}

function roleAtMentionPlain(text: string, name: string, at: number): string | null {
  // `Richterin Mag. Barbara Leitner`: an academic title's full stop ends no sentence.
  const sentenceStart = sentenceStartBefore(text, at);
  // (`14:20 – Hejtman kraje X`: a live blog's time stamp opens no role.)
  // (`Ιδιοκτήτης ελαιοτριβείου στη Μεσσήνη, ο X,`: Greek sets its article before the apposed name; the role ends at the comma.)
  // (`C’est le maire X qui …`, `Fue la alcaldesa X quien …`: a cleft's copula opens no role.)
  const lead = text.slice(sentenceStart, at).replace(/^\d{1,2}[:.]\d{2}\s*[–—-]?\s*/u, '').replace(/,\s*(?:ο|η)\s+$/u, ', ').replace(/^(?:C['’]est|Ce\s+sont|Fue|Fueron|Foi|Foram)\s+(?=\p{Ll})/u, '')
    // (`So said Sister X, who …`, `Those are the words of Sr X, who …`, `That was the assessment of X`: an English kicker
    // pointing back at the quote is no part of the role.)
    .replace(/^(?:(?:So|Thus)\s+(?:said|says|wrote|writes)|(?:That|This|Those|These)\s+(?:is|was|are|were)\s+the\s+(?:\p{Ll}+\s+){0,2}(?:words?|response|reply|answer|account|verdict|view|reaction|explanation|assessment|message|complaint|warning|advice|opinion|plea|prediction|conclusion|judge?ment|version|recollection|testimony)\s+(?:of|from))\s+/u, '');
  // `Bộ trưởng Tài chính Đặng Quang Huy`: a Vietnamese office of two syllables or more (lang/vi-roles.ts);
  // `संघ के अध्यक्ष मनोज गुप्ता`: a Hindi role before the name, as hi.ts reads it (a Nepali or Marathi one, `सभापती`, as theirs; a Malayalam one, `ഡെപ്യൂട്ടി ഡയറക്ടർ`, as ml.ts).
  // (`À porta da junta esperava X`: a place and an inverted verb are no role.)
  if (isRomanceInvertedLead(lead)) return null;
  // (`Sono le prime parole di X`, `Ordene kommer fra X`, `Ho explica la X`: "the words of" the quote before are no role.)
  if (WORDS_OF_LEAD().test(lead)) return null;
  const office = VIETNAMESE_LETTER.test(name + lead.slice(-40)) ? vietnameseOfficeBefore(lead) : /^[\u0900-\u097f\s]+$/u.test(name) ? (hindustaniRoleBefore(lead + name, name) ?? nepaliRoleBefore(lead + name, name) ?? marathiRoleBefore(lead + name, name)) : URDU_LEAD.test(lead) && /^[\u0600-\u06ff\s]+$/u.test(name) ? hindustaniRoleBefore(lead + name, name) : /^[\u0d00-\u0d7f\s.]+$/u.test(name) ? malayalamRoleBefore(lead + name, name) : null;
  if (office) return office;
  // (`সমিতির সভাপতি শেখ মো. X Y উল্টো অভিযোগ করেন, …।`: a Bengali office before the name in a plain sentence, read as the
  // tag it would be with "said" after the name, for a later `বলেন X Y`.)
  if (/^[\u0980-\u09ff.\s]+$/u.test(name)) return bengaliRoleBefore(lead, name);
  if (CASELESS.test(name)) {
    const whole = text.slice(sentenceStart, text.slice(at).search(/[.!?。！？؟]/u) + at + 1);
    // `…، التونسي فوزي العياري، عن خيبة أمله، معتبرا أن "…"`: the words before a quote mark after the name still introduce him.
    // (`長者服務機構「耆樂社」總幹事X`: a few quoted words naming a body are no quote, as in introducedInParagraph.)
    const mark = whole.replace(/(?<=\p{L})["״](?=\p{L})/gu, 'x').replace(/["“«「][^"”»」]{1,25}["”»」]/gu, (words) => 'x'.repeat(words.length)).search(QUOTE_MARK);
    // (Chinese too: `国会议员郑文豪说：“…”` gives his office to a later `郑文豪…致歉：`.)
    const sentence = mark < 0 ? whole : /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hangul}]/u.test(name) && mark > at - sentenceStart + name.length ? whole.slice(0, mark) : '';
    if (!sentence) return null;
    // Korean writes the office after the name (`김동욱 팀장은 "…"며 "…"고`): the words up to the quote name both.
    if (/\p{Script=Hangul}/u.test(name)) {
      const korean = speakerBeforeInOtherLanguages(sentence);
      // (`화물차 기사 최동욱(47)씨는 …`: an office before the name in a plain sentence, ko.ts.)
      return korean && !korean.pronoun && korean.phrase === name && korean.role ? korean.role : koreanRoleBefore(sentence, name);
    }
    const semitic = /\p{Script=Arabic}/u.test(sentence) ? arabic : /\p{Script=Hebrew}/u.test(sentence) ? hebrew : null;
    // `X، أستاذ هندسة الطاقة،`: the office in apposition right after the name goes with it.
    const apposition = semitic ? (/^[،,][^،,:.«»“”"]{1,60}[،,]/u.exec(sentence.slice(at - sentenceStart + name.length))?.[0] ?? '') : '';
    const found = speakerBeforeInOtherLanguages(sentence.slice(0, at - sentenceStart + name.length) + apposition + (/\p{Script=Han}/u.test(name) ? '表示，' : '')) ?? semitic?.subject(sentence) ?? null;
    // (`関脇朝凪（24）＝本名…＝が`: a sumo rank written right before the ring name, ja.ts.)
    // (`הכוורן יוסי לוי איבד…`, `فقد النحال سعيد منصور…`: a definite noun no list holds right before the name, clause-role.ts.)
    return found && !found.pronoun && found.phrase === name && found.role ? found.role : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sentence) ? sumoRankBefore(lead) : semitic ? definiteNounJustBefore(lead) : null;
  }
  // `Role, Name,` or `Role Name verb`: the words before the name, a comma closing a role group.
  // `Le conseiller Simon Delvaux (Vert Horizon) s’est abstenu`: a party in brackets sits between.
  // (Wide enough for the longest office the pattern below takes, 80 letters, and its commas.)
  // (`X, 68 anni, pensionata,`, `X, 74 ans, retraitée,`: an age set off by commas before the occupation is no part of it.)
  const after = text.slice(at + name.length, at + name.length + 100).replace(/^\s*\([^()]{1,40}\)/u, '').replace(ROMANCE_AGE_APPOSITION, '');
  // `Об этом сообщил генеральный директор аэропорта X.`, `Ученик Y, ныне руководитель мастерской X, вспоминает`: Russian and Ukrainian as the tag reader reads them.
  const cyrillic = () => (/\p{Script=Cyrillic}/u.test(name) ? cyrillicRoleAt(text.slice(sentenceStart, at + name.length), name) : null);
  // (`…la replica dell’assessore regionale ai Trasporti, Paolo Mereu.`: a sentence ending with the name set after an office.)
  if (/^\.(?:\s|$)/u.test(after) && /,\s*$/u.test(lead)) return fusedRole(lead.replace(/,\s*$/u, '')) ?? cyrillic();
  // (`Selin Koç'a göre`: a Turkish case ending after an apostrophe.)
  // (`said beekeeper Tom Hale.`: a noun shaped like a person's right before a name closing the sentence, clause-role.ts.)
  if (!/^(?:,|\s+\p{Ll}|['’]\p{Ll}{1,4}\s+\p{Ll})/u.test(after)) return cyrillic() ?? (/^[.!?]?(?:\s|$)/u.test(after) ? personNounJustBefore(lead) : null);
  // `Secondo Paolo Rizzardi, presidente dell’Associazione…, in regione`: an office right after the name, when none stands before it.
  // (`X, produtora de mel de Atibaia que cria abelhas…`: a relative clause closing the office is no part of it.)
  const following = /^,\s+(\p{Ll}[^,.;:()]{2,80}?)\s*[,.]/u.exec(after)?.[1]?.replace(RELATIVE_TAIL, '');
  // `Ông Phạm Văn Lộc, Chủ tịch UBND xã Tân Phước, thừa nhận …`: after a Vietnamese name, the words set off by commas say what the person is.
  // (`Ông Lê Văn Tâm, Phó Chủ tịch UBND xã X,`: a name of letters French shares, Lê, Võ, Vũ, Văn, is told by its office's.)
  // (`TS X, giảng viên Khoa Y, Trường Đại học Z, cho rằng`: a capitalised group after it, the body the post is in, before the predicate.)
  const apposed = /^,\s+([^,.;:()]{2,80}?)\s*,(?:\s+\p{Lu}[^,.;:()]{1,60}?,)?\s+\p{Ll}/u.exec(after)?.[1];
  const vietnamese = apposed && VIETNAMESE_LETTER.test(name + apposed) ? apposed : undefined;
  // (`Anh X, ở quận Ninh Kiều,`: where the person lives is no role.)
  if (vietnamese && !/^(?:ở|tại|từ|\d)/u.test(vietnamese)) return vietnamese;
  // (`Omar Haddad, som är ordförande i den lokala föreningen, menar …`: a relative clause saying what the person is;
  // `X (58) is akkerbouwer en …`: a copula and a bare occupation noun, stated-occupation.ts; `X, heemraad van waterschap Y,`
  // an unlisted office closed by its body, office-of-named-body.ts.)
  // (`Il direttore tecnico, l’ingegnere X,`: the office before a degree of address, lang/office-before-degree.ts.)
  return officeBeforeDegree(lead) ?? roleBeforeMention(lead, /,\s*$/u.test(lead) && after.startsWith(',')) ?? roleBeforeTitle(lead) ?? (following && [following.split(/\s+/u)[0]!.replace(ELIDED_ARTICLE, ''), ...(FORMER.test(following) ? [following.split(/\s+/u)[1] ?? ''] : [])].some((word) => isForeignRoleNoun(word) || APPOSED_SPECIALIST.test(word) || isRoleWord(word) || ROMANCE_AGENT.test(word)) ? following : null) ?? roleNounJustBefore(lead) ?? roleInRelativeClause(after) ?? roleInRelativeClauseAfter(after) ?? statedOccupation(after) ?? officeOfNamedBody(after) ?? roleNounRightAfter(after) ?? hungarianApposedRole(after) ?? germanApposedRole(after) ?? cyrillic() ?? (/\p{Script=Latin}|\p{Script=Greek}/u.test(name) ? appositionRole(after, lead) : null) ?? appositionByShape(after);
}

// (`Sådan lyder det fra X, …`, `Så låter det från X`: "so it sounds from X" points back too, no role.)
const WORDS_OF_LEAD = lazy(() => new RegExp(`^(?:${WORDS_OF}|${WORDS_OWNED_NORDIC}|(?:Sådan|Slik|Så)\\s+(?:lyder|låter)\\s+det\\s+(?:fra|från)|(?:Ho|Lo)\\s+\\p{Ll}+(?:\\s+(?:la|el|en|na|l['’]))?)\\s*$`, 'u'));

/** Small words only Hungarian writes among the languages read here: and, that, also, who, the, not. */
// (`Molnár Tibor polgármester szerint …`: "according to", too.)
const HUNGARIAN_WORDS = /(?:^|\s)(?:és|hogy|is|aki|akik|az|nem|pedig|szerint)(?=[\s,.;:]|$)/u;

/**
 * `felszólalt Tóth Erzsébet nyugdíjas is, aki …`: Hungarian writes the role noun right after the name (a known one only);
 * before a copula (`polgármester lett`, became) it is what the person became, no apposition.
 */
function roleNounRightAfter(after: string): string | null {
  const match = /^\s+(\p{Ll}[\p{L}-]{3,})(?=[\s,.;:]|$)(\s+\p{Ll}+)?/u.exec(after);
  const word = match?.[1];
  if (!word || !isNewLanguageRoleNoun(word) || /^\s+(?:lett|lesz|volt|maradt)$/u.test(match![2] ?? '')) return null;
  if (!HUNGARIAN_WORDS.test(after.split(/[.!?]/u)[0]!)) return null;
  // (`X tűzoltó őrnagy, a megyei igazgatóság szóvivője szerint`: a rank, then the office held in a body: the office.)
  const office = /^\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?(?=,)/u.exec(after);
  return (office ? hungarianApposedRole(after.slice(office[0].length)) : null) ?? word;
}

/** An age in years set off by commas right after a name, before another group: `, 68 anni`, `, di 68 anni`, `, 74 ans`, `, 74 años`. */
const ROMANCE_AGE_APPOSITION = /^,\s+(?:di\s+|de\s+)?\d{1,3}\s+(?:anni|ans|años|anos)(?=,\s+\p{Ll})/u;

/** "Former" opening an apposition before its office (`X, fost primar al comunei Y,`, `X, former mayor of Y,`): the office is the next word. */
const FORMER = /^(?:fost|fostă|fostul|fosta|former|ancien|ancienne|antiguo|antigua|antigo|ex)\s/u;

/** A specialist's noun by its ending, apposed after a name (`Le Dr X, pédiatre à Lyon,`, `X, dentista a Roma,`): no list holds them all. */
const APPOSED_SPECIALIST = /^\p{Ll}{3,}(?:iatre|iatra|logue|logo|loga|iste|ista)$/u;

/** Letters only Vietnamese writes (a vowel with a tone mark below or hook, ơ, ư, đ). */
const VIETNAMESE_LETTER = /[\u1ea0-\u1ef9ơưđĐƠƯ]/u;
/** `محکمے کے انجینئر X Y`: Urdu's letters that Arabic and Persian lack (ٹ ڈ ڑ ں ھ ہ ے) tell an Urdu lead, read as Hindi's is. */
const URDU_LEAD = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/u;

function cyrillicRoleAt(upToName: string, name: string): string | null {
  const apposition = /,\s+(?:ныне|теперь|сейчас|нині|тепер|нынешний|нинішній)?\s*(\p{Ll}[^,]*)$/u.exec(upToName)?.[1];
  const found = speakerBeforeInOtherLanguages(`${upToName}.`);
  // (`Вчера Павел Лисицын.`: a time opening the sentence is no role; one of the words must be a role noun.)
  if (found && found.kind === 'name' && found.phrase === name && found.role && found.role.split(/[\s-]+/u).some((word) => isForeignRoleNoun(word))) return found.role;
  return cyrillicRoleRun((apposition ?? upToName).slice(0, -name.length));
}

/**
 * The role run right before a name: from the latest role noun (with the adjectives before it) to the name,
 * lower-case words and quoted names only (`главный редактор отраслевого портала «Авиасфера»`).
 */
function cyrillicRoleRun(before: string): string | null {
  const tokens = before.trim().replace(/«[^«»]{1,40}»/gu, (name) => name.replace(/\s/gu, '\u00a0')).split(/\s+/u).slice(-8);
  let start = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i]!;
    // (`Солист-виолончелист`: a compound's last part tells.)
    if (isForeignRoleNoun(word) || isForeignRoleNoun(word.split('-').at(-1)!)) { start = i; break; }
    // (A quoted body's placeholder `Xxxx` (roleAtMention), an abbreviated body `ОДА`, `МВД`, and a place's adjective
    // `Київської`, `Московского` belong to the role: `аналитик агентства «Агроконтекст»`, `економістка Київської школи економіки`.)
    // (An age before the name, `Основатель «…» 61-летний X`, is no part of the role but lets it through.)
    if (!/^(?:\p{Ll}[\p{Ll}-]*|«[^«»]+»|\d+|\d{1,3}-\p{Ll}+|Xx+|\p{Lu}{2,6}|\p{Lu}\p{Ll}+(?:ськ|цьк|ск|цк)\p{Ll}{1,3})$/u.test(word)) return null;
  }
  if (start < 0) return null;
  while (start > 0 && /^\p{L}[\p{Ll}-]+(?:ый|ий|ой|ая|яя|ій|ня)$/u.test(tokens[start - 1]!)) start--;
  const run = tokens.slice(start);
  while (run.length > 1 && /^\d{1,3}-\p{Ll}+$/u.test(run.at(-1)!)) run.pop();
  return run.join(' ').replace(/\u00a0/gu, ' ');
}

/** A body's name in Polish or Czech low-high marks inside a role, before the name: `zakładowej „Solidarności”`. */
const BODY_IN_LOW_MARKS = /„[^„“”]{1,30}[”“]/gu;

/** A comparative or intensified adjective opening the sentence before its subject's article (Italian, Spanish, Portuguese, French). */
const PREDICATE_FIRST = /^(?:Più|Meno|Molto|Ancora\s+più|Más|Menos|Muy|Mais|Muito|Plus|Moins|Très)\s+\p{Ll}+\s+(?=(?:il|la|lo|l[’']|el|o|a|le)(?:\s|(?<=['’])))/u;

/** `In serata è arrivata la replica dell’assessore regionale ai Trasporti, X`: the office after a preposition fused with its article. */
function fusedRole(lead: string): string | null {
  const fused = /(?:^|\s)(?:dell['’]|dall['’]|della\s|dello\s|del\s|de\s+la\s|de\s+l['’]|du\s|do\s|da\s)(\p{Ll}[^\s,]*(?:\s+[^\s,]+){0,5})$/u.exec(lead)?.[1];
  return fused && (isForeignRoleNoun(fused.split(/\s+/u)[0]!) || ROMANCE_AGENT.test(fused.split(/\s+/u)[0]!)) ? fused : null;
}

/** A Germanic sentence opening with a preposition and its noun, then a lower-case verb (`In de keuken staat nu`, `I köket står`). */
const PLACE_THEN_VERB = /^(?:In|Op|Aan|Bij|Achter|Naast|Voor|Uit|Im|Am|Auf|Bei|An|Hinter|Neben|Vor|I|På|Vid|Bakom|Ved|Bag)\s+(?:\S+\s+){1,3}\p{Ll}{3,}\s+(?:\S+\s+){0,3}\p{Ll}\S*$/u;

const GERMANIC_RELATIVE = /^(?:dochter|zoon|vader|moeder|vrouw|broer|zus|datter|sønn|søn|dotter|hustru|kone|bror|søster|syster|mor|far)$/u;

const ROMANIAN_OBJECT_MARKER = /(?:^|\s)pe\s+$/u;

/**
 * `Të mërkurën, zëvendëskryetarja e Bashkisë …, X,`, `Marți, viceprimarul orașului, X,`: a time or place set first with its
 * comma before a lower-case office is no part of the role; dropped when the words after it open with a role noun. Only a short
 * lower-case phrase opening the sentence counts: `Secondo Laura Bernasconi, presidente della …` sets a name there.
 */
const FRONTED_TIME = /^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3},\s+(?=\p{Ll})/u;
function frontedBeforeOffice(opener: string, _at: number, words: string): string {
  const first = words.slice(opener.length).split(/\s+/u)[0]!;
  return isNewLanguageRoleNoun(first) || isRoleWord(first) || isForeignRoleNoun(first) ? '' : opener;
}

function roleBeforeMention(lead: string, appositive = false): string | null {
  // (`«…», explica X`: the one word after the quote's closing mark is the tag's verb, adjunct-group.ts.)
  if (endsWithTagVerb(lead)) return null;
  // (`Tribunalul l-a achitat marți pe X`: Romanian `pe` right before a name marks it the verb's object; the clause is no role.)
  if (ROMANIAN_OBJECT_MARKER.test(lead)) return null;
  // `Per l’enologa X`: the opener giving whose view it is belongs to neither.
  // `En rendant sa décision, la présidente du tribunal, Hélène Marchal,`: an adjunct clause before the role is not it.
  // `l’avocat de la défense, Me Bertrand Oudin`: the form of address is neither role nor name.
  // `Hans forsvarer, advokat Henrik Lund,`: of groups before the name, the last one holding a role noun is the role.
  // (`…, sœur Rose-Andrée Célestin,`, `doña Candelaria Tzul`, `suor X`, `frei X`: a religious or courtesy title likewise.)
  const words = lead.replace(/\s*(?:Me|Maître|Mme|M\.|Mr\.?|Mrs\.?|Ms\.?|Miss|(?:Mag|Dr|dr|Prof|prof|Ing|DI|Dott|Avv|mr|Av)\.|Dr|Pr|[дД]-р|s(?:œ|oe)ur|frère|don|doña|dona|dom|sor|fray|suor|fra|irmã|frei)\s*$/u, '').replace(/\s+(?:Doç|Prof|dr\s+hab|dr)\.?$/u, '').replace(/,\s*$/u, '').replace(FRONTED_TIME, frontedBeforeOffice).replace(/^.*,\s*(?=(?:la|le|les|el|il|lo|o|a|der|die|das)\s|l[’']\p{L})/iu, '').replace(/^.*,\s+(?=\p{Ll}+\s*$)/u, '').trim().replace(/^(?:Per|Para|Pour|Für|Secondo|Según|Segundo|Selon|Ifølge|Enligt|Volgens|Ook|Även|Også|Auch|Aussi|Anche|También|Também|Ieri|Oggi|Stamattina|Stasera|Ayer|Hoy|Hier|Aujourd['’]hui|Ontem|Hoje|Gestern|Heute|Според)\s+/u, '')
    // `Più preoccupato il presidente della Società …, X,`, `Más cauto el alcalde, X,`: a predicate set first is no part of the role.
    .replace(PREDICATE_FIRST, '')
    // `Jak poinformował przewodniczący …`: a Slavic "as" clause's verb opening the sentence is no part of the role.
    .replace(/^(?:Jak|Jako|Как|Як|Ako)\s+\p{Ll}+\s+/u, '');
  // (`In de keuken staat nu vooral boer X`: a verb-second sentence opening with a place; only the noun before the name is the role.)
  const last = words.split(/\s+/u).at(-1)!;
  // (A relative, `dochter`, `sønn`, says whose child the person is, no role; a noun no list holds, `statssekretær`, still is one.)
  if (!appositive && PLACE_THEN_VERB.test(words)) return /^\p{Ll}{4,}$/u.test(last) && !GERMANIC_RELATIVE.test(last) ? last : null;
  // (`Pengerusi Persatuan … dan …, X`, `Ahli Majlis MBSA, X`: a Malay office over a body, or a member's seat, malay-office-lead.ts.)
  const malay = /,\s*$/u.test(lead) ? malayOfficeLead(words) : null;
  if (malay) return malay;
  // `Le président du Conseil local de pêche artisanale de Mbour, X,`: an office set between commas may run longer.
  const limit = appositive && /^(?:Le|La|L['’]|El|Il|Lo|O|A|Der|Die)(?:\s|(?<=['’]))/iu.test(words) && words.split(/\s+/u).length <= 12 ? 12 : 7;
  // `…, confirmou esta segunda-feira a ministra da Saúde, X`: a long clause keeps its tail from the article before a role noun.
  if (words.split(/\s+/u).length > limit) {
    const tail = /(?:^|\s)((?:la|le|l[’']|el|il|lo|o|a|der|die)\s+\p{Ll}[^\s]*(?:\s+\S+){0,5})$/u.exec(words)?.[1];
    if (tail && (isForeignRoleNoun(tail.split(/\s+/u)[1] ?? '') || ROMANCE_AGENT.test(tail.split(/\s+/u)[1] ?? ''))) return tail;
    const fused = fusedRole(words);
    if (fused) return fused;
  }
  // `Головний тренер «Смерічки»`: an organisation's name in quotation marks may sit inside the role.
  // (`przewodniczący zakładowej „Solidarności”`: a Polish or Czech body's name in low-high marks likewise.)
  if (!words || /[,;:«»“”„"]/u.test(words.replace(NAME_IN_MARKS, 'x').replace(BODY_IN_LOW_MARKS, 'x')) || words.split(/\s+/u).length > limit) return null;
  const tokens = words.split(/\s+/u);
  // `Die Wirtin der nahen Gamskarhütte, Rosi Oberlechner,`, `la seremi de la región, Paula Henríquez,`: an article-led
  // noun phrase set before the name between commas is its role, whatever the noun.
  const apposed = appositive && /^(?:la|le|l[’']|el|il|lo|o|a|der|die|das|les|los|las|i|gli|os|as)(?:\s|(?<=['’]))/iu.test(words) && tokens.length >= 2;
  // `El interrogatorio del fiscal, Ignacio Mora,`: the name stands beside the person noun inside the phrase, not its head.
  const inner = apposed ? tokens.findLastIndex((token, i) => i > 1 && (isRoleWord(token) || isForeignRoleNoun(token))) : -1;
  if (inner > 1 && !tokens.slice(0, inner).some((token) => isRoleWord(token) || isForeignRoleNoun(token) || GERMAN_ROLE_NOUN.test(token))) return tokens.slice(inner).join(' ');
  if (!apposed && !tokens.some((token) => isRoleWord(token) || GERMAN_ROLE_NOUN.test(token) || isGermanAgentNoun(token) || ROMANCE_AGENT.test(token) || isNewLanguageAgentNoun(token))) return null;
  // Only an article opening the sentence loses its capital; nouns keep theirs.
  return /^(?:Le|La|Les|L['’]|El|Il|Lo|O|A|Der|Die|Das|Sa|Son|Su|Sua|Seu|Dessen|Deren)(?:\s|(?<=['’]))/u.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}
