/**
 * Turkish puts the speaker first and the verb after the quote: `Aydın, “…” dedi.`, `Kaya, “…” diye
 * konuştu.`, `Öztürk, … şunları söyledi: “…”`, `Başkan Aydın da … belirterek, “…” diye ekledi.`; a quote
 * opening its sentence (`“…” ifadelerini kullandı.`) is the subject's of the sentence before it. So the
 * words after a quote give nothing here, and the speaker is the name opening the sentence, its role
 * (`Belediye Başkanı`) split off.
 */

import type { SpeakerPhrase } from '../cues';
import { bare, cleanName, NAME_RUN } from '../names';
import { NOT_A_PERSON } from '../non-person-words';
import { described, lazy, person, type LanguageCues } from './shared';
import { introductionIn } from '../unnamed-introduction';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { nounsAfterParticiple } from './tr-participle';
import { isTurkishPossessedOffice } from './tr-possessed-office';
import { turkishPossessedUnnamed } from './tr-possessed-unnamed';

/** Letters only Turkish writes among the languages read here. */
const TURKISH_LETTER = /[ğĞıİşŞ]/u;
/**
 * Reporting verbs and converbs that close a Turkish frame: `söyledi:`, `belirterek,`, `açıkladı.`; and "in a statement"
 * right before the quote (`Yıldız, gazetemize yaptığı açıklamada “…” ifadesini kullandı.`).
 */
const REPORTING = /(?:araya girdi|söyledi|belirtti|belirterek|açıkladı|dedi|konuştu|ifade etti|ifadelerini kullandı|ifadesini kullandı|vurguladı|vurgulayarak|kaydetti|diyerek|ekledi|anlattı|aktardı|dile getirdi|öne sürdü|sitem etti|tepki gösterdi|açıklama yaptı|uyardı|yanıt verdi|karşılık verdi|seslendi|yazdı|paylaştı|açıklamada|açıklamasında|konuşmasında|paylaşımında|mesajında)[.:,]?\s*$/u;
/** A Turkish past tense closing the sentence before a quote (`… sitem etti.`): its subject is the one who speaks next. */
// (Or its present, `… öğrendiğini anlatıyor.`.)
const PAST_AT_END = /\p{Ll}(?:dı|di|du|dü|tı|ti|tu|tü|ıyor|iyor|uyor|üyor)[.:]\s*$/u;
/** The sentence's subject: a name run (its role first), maybe with a case ending, then `da`/`ise` or a comma. */
// (`Kadıköy'de balıkçılık yapan Mehmet Soylu (58), …`: the age in brackets after the name, as Turkish papers give it, or an aside.)
// (`Muhalefet grubundan meclis üyesi Elif Demirtaş ise …`: words may describe the person first, up to fourteen for a long
// participle clause (batch others5); the lower-case words right before the name are the role, `meclis üyesi`.)
// (Hyphened words in the lead too: `yap-işlet-devret modeliyle … belirten X,`.)
// (`… söz aldıklarını anlatan, … söyleyen Kaya,`: two participle clauses joined by a comma describe the same subject.)
const SUBJECT = lazy(() => new RegExp(`^(?:((?:[\\p{L}’'.-]+\\s+|\\p{Ll}{2,}(?:an|en),\\s+){0,20}?)(?<=(?:^|\\s)\\p{Ll}[\\p{L}’'.]*\\s|^))?(${NAME_RUN})(?:['’]\\p{Ll}+)?(?:\\s*\\((?:\\d{1,3}|[^()\\d]{3,80})\\))?(?:,|\\s+(?:da|de|ise)(?=[\\s,]))`, 'u'));
/** `Karaca oylamanın ardından kısa bir açıklama yaptı:`: a name opening a sentence that ends in a reporting verb and a colon. */
const BARE_SUBJECT = lazy(() => new RegExp(`^(${NAME_RUN})\\s+\\p{Ll}`, 'u'));
/** Turkish occupations by their suffix (`kırtasiyeci`, `gazeteci`) and `üyesi` (member of). */
const ROLE_WORD = /^(?:\p{Ll}+(?:cı|ci|cu|cü|çı|çi|çu|çü)|üyesi|üye|mühendisi|başkanı|müdürü|sözcüsü|avukat|uzman|öğretmen|muhtar|esnaf)$/u;

/**
 * `Satışların durduğunu belirten Aydoğan, “…”`: a clause closed by a present participle (-en/-an: belirten, ifade eden,
 * kaydeden) describes the subject right after it, the name and its comma ending the frame.
 */
const AFTER_PARTICIPLE = lazy(() => new RegExp(`(?:^|\\s)\\p{Ll}{2,}(?:en|an)\\s+(${NAME_RUN}),$`, 'u'));

/** `Antalya Gıda, Tarım ve Hayvancılık İl Müdürü X Y,`: an office naming a list of portfolios, its commas and `ve` (and) in it, then the name. */
// (`İlçe Tarım ve Orman Müdürü X Y,`: two portfolios need no comma; `Ajansı'na konuşan İlçe …`: a participle clause may open the sentence.)
const LISTED_OFFICE = lazy(() => new RegExp(`^(?:[^,]{0,80}?\\s\\p{Ll}{2,}(?:an|en)\\s+)?((?:\\p{Lu}[\\p{L}’'-]*\\s+)*\\p{Lu}[\\p{L}’'-]*(?:,\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)*\\s+ve\\s+)(${NAME_RUN}),`, 'u'));

function subjectOf(sentence: string, colon: boolean): SpeakerPhrase | null {
  const trimmed = sentence.trim();
  // (The list is one office: the full name closing the run after `ve` is the subject, all before it the role.)
  const listed = LISTED_OFFICE().exec(trimmed);
  const listedName = listed ? cleanName(listed[2]!) : '';
  // (Only with an office's words between the list and the name: `X Y, Z W ve A B,` are three people.)
  const office = listedName ? listed![2]!.slice(0, listed![2]!.lastIndexOf(listedName)).trim() : '';
  if (listedName.includes(' ') && office) return person(listedName, `${listed![1]}${office}`);
  const match = SUBJECT().exec(trimmed);
  const described = AFTER_PARTICIPLE().exec(trimmed);
  if (described) {
    const name = cleanName(described[1]!);
    const found = name ? person(name) : null;
    if (found && !name.includes(' ')) found.loose = true;
    if (found) return found;
  }
  if (!match && !colon) return namedInside(trimmed);
  if (!match) {
    // One word alone must be the short form of a name the text gives in full (loose).
    const bare = colon ? BARE_SUBJECT().exec(trimmed) : null;
    const name = bare ? cleanName(bare[1]!) : '';
    const found = name ? person(name) : null;
    if (found && !name.includes(' ')) found.loose = true;
    // (`… yapmaya çalışan üretici X Y şunları söyledi:`, `Sohbeti dinleyen X Y araya girdi:`: with no comma, a
    // full name inside the sentence is its subject, over a lone capital opening it.)
    return (!found || found.loose ? namedInside(trimmed) : null) ?? found;
  }
  const run = match[2]!;
  const name = cleanName(run);
  // (`Oda, konuyu valiliğe taşımayı …`: a body's noun opening the sentence, "the chamber", is no one.)
  if (!name || (!name.includes(' ') && NOT_A_PERSON.has(bare(name)))) return null;
  // (`Gazeteciler ise salonda bekledi.`: one capitalised word before `ise`/`da` is a speaker only as a name the text gives
  // in full; `Aydın, “…” dedi.` keeps its one word.)
  const loose = !name.includes(' ') && !/,$/u.test(match[0]);
  const lead = (match[1] ?? '').trim().split(/\s+/u).filter(Boolean);
  // Words before the name end in a role word (`meclis üyesi`, `kırtasiyeci`); `Sel sonrası Karaçay,` names a place.
  // (`Fırının ustası Mustafa Demir,`, `Aksoy'un avukatı`: a noun in the genitive and a possessed noun, "the bakery's master", are a role;
  // `Turistlerin geldiği Antalya` is a relative participle in -dığı/-diği, no role.)
  const possessed = lead.length >= 2 && /(?:ın|in|un|ün)$/u.test(lead.at(-2)!) && /^\p{Ll}+(?:ı|i|u|ü)$/u.test(lead.at(-1)!) && !/[ğ](?:ı|i|u|ü)$/u.test(lead.at(-1)!);
  // (`Sahayı on yıldır kullanan Kulüp Başkanı Ali Örnek ise`: a clause closed by a present participle describes the subject
  // whose run follows, its role the run's own words.)
  // (`Gazetemize konuşan Yıldız, şunları söyledi:`: a family name alone after the participle, as the short form of a full name.)
  const participle = lead.length > 0 && /^\p{Ll}{2,}(?:an|en)$/u.test(lead.at(-1)!);
  const afterParticiple = nounsAfterParticiple(lead);
  if (lead.length > 0 && !participle && !afterParticiple && !ROLE_WORD.test(lead.at(-1)!) && !isNewLanguageRoleNoun(lead.at(-1)!) && !isTurkishPossessedOffice(lead.at(-1)!) && !possessed) return null;
  // The role: that word, with the noun before it when it is a compound's possessive (`meclis üyesi`).
  const roleWords = participle ? [] : (afterParticiple ?? lead.slice(/(?:sı|si|su|sü)$/u.test(lead.at(-1) ?? '') ? -2 : -1)).filter((word) => /^\p{Ll}/u.test(word));
  const role = [roleWords.join(' '), run.slice(0, run.lastIndexOf(name)).trim()].filter(Boolean).join(' ');
  const found = person(name, role || null);
  if (found && (loose || (participle && !name.includes(' ')))) found.loose = true;
  return found;
}

/** A full name inside the sentence in the nominative (no case ending after an apostrophe), then a comma, `ise`/`da` or a lower-case word. */
const NAME_INSIDE = lazy(() => new RegExp(`(?<=^|\\s)(${NAME_RUN})(?=,|\\s+\\p{Ll})`, 'gu'));

/**
 * `Demirel'in ölüm haberini oğlu Murat Demirel sosyal medya hesabından duyurdu.`, `Öğrencisi ve … bağlama sanatçısı Elif Yıldız,
 * hocasını … anlattı.`: Turkish sets objects and long descriptions before the subject, so a sentence ending in its past verb
 * whose opening is no subject has it inside: the last full name in the nominative, its role the role word right before it.
 * (`Selin Koç'a göre`: a name with a case ending is no subject.)
 */
function namedInside(sentence: string): SpeakerPhrase | null {
  let found: SpeakerPhrase | null = null;
  for (const match of sentence.matchAll(NAME_INSIDE())) {
    const name = cleanName(match[1]!);
    if (!name.includes(' ') || /^['’]/u.test(sentence.slice(match.index + match[0].length))) continue;
    const before = sentence.slice(0, match.index).trim().split(/\s+/u).slice(-2);
    const roleAt = before.findIndex((word) => ROLE_WORD.test(word) || isNewLanguageRoleNoun(word));
    const afterParticiple = nounsAfterParticiple(sentence.slice(0, match.index).trim().split(/\s+/u).slice(-4));
    found = person(name, roleAt >= 0 ? before.slice(roleAt > 0 && /^\p{Ll}/u.test(before[0]!) ? 0 : roleAt).join(' ') : afterParticiple ? afterParticiple.join(' ') : null);
  }
  return found;
}

/** After a quote, a present verb of saying or its participle, a few words, then a full name closing the clause. */
const INVERTED_TAG = lazy(() => new RegExp(`^(?:diyor(?:du)?|diyen|söylüyor|anlatıyor|ekliyor)\\s+((?:[\\p{Ll}\\d][\\p{L}\\d’'-]*\\s+|\\p{Lu}\\p{L}*['’]\\p{Ll}+\\s+){0,8}?)(${NAME_RUN})(?=\\s*[.,]|\\s+(?:ve|de|da)\\s)`, 'u'));

/** A sentence closing on "spoke so", "said with these words" (`böyle konuştu`, `bu sözlerle açıkladı`): it points back at a quote. */
const THUS_SPOKE = lazy(() => new RegExp(`^\\s*[^.!?“”"]{3,240}\\s(?:böyle|bu\\s+(?:sözlerle|ifadelerle|şekilde|sözleri|ifadeleri))\\s+(?:\\p{Ll}+\\s+){0,2}?(?:konuştu|dedi|açıkladı|ifade etti|söyledi|kullandı|değerlendirdi|yorumladı|anlattı|dile getirdi|seslendi)\\.\\s*$`, 'u'));

/** `X'e göre`, `X'ya göre` closing the words before the marks. */
const ACCORDING = lazy(() => new RegExp(`(?:^|\\s)(${NAME_RUN})['’](?:a|e|ya|ye|na|ne)\\s+göre$`, 'u'));

/** A sentence opening with `bir` and a noun, or `… -lerinden biri`: someone unnamed. */
const TURKISH_UNNAMED = /^\s*(?:[^\s,.;:!?"“”]+\s+){0,10}?[Bb]ir\s|(?:lerinden|larından)\s+biri\s/u;

export const turkish: LanguageCues = {
  applies: (frame) => TURKISH_LETTER.test(frame) || REPORTING.test(frame) || /['’](?:a|e|ya|ye|na|ne)\s+göre\s*$/u.test(frame),
  // (`“…” diyor kıdemli rehber X Y.`, `“…” diyen … kafe işleten X Y, …`: the verb or its participle, then the speaker.)
  after: (frame) => {
    // (`“…” Rakip takımın teknik direktörü X Y, maçtan sonra böyle konuştu.`: a sentence after the quote that reports it "so",
    // `böyle`, `bu sözlerle`, has the speaker as its subject.)
    if (THUS_SPOKE().test(frame)) return subjectOf(frame.trim(), false);
    const inverted = INVERTED_TAG().exec(frame.trim());
    const name = inverted ? cleanName(inverted[2]!) : '';
    return name.includes(' ') ? person(name, inverted![1]?.trim().split(/\s+/u).filter((word) => ROLE_WORD.test(word) || isNewLanguageRoleNoun(word)).join(' ') || null) : null;
  },
  before: (frame) => {
    const sentence = frame.trimEnd();
    // (`Prof. Kaya'ya göre “…”`: "according to" is a case ending on the name and `göre`.)
    const according = ACCORDING().exec(sentence);
    if (according) return person(cleanName(according[1]!), null);
    // `Aydın, “…”`: the frame is the subject and its comma; or a sentence ending in a reporting verb or converb.
    // (`… bir öğretmen ise “…” dedi.`: an unnamed subject set off by `ise`/`da` before the marks, the verb after them.)
    const unnamedTopic = /\s(?:ise|da|de)$/u.test(sentence) && TURKISH_UNNAMED.test(sentence) ? introductionIn(sentence.trimStart()) : null;
    if (unnamedTopic) return described(unnamedTopic.phrase);
    // (`… bir fabrika yöneticisi ise “…” dedi.`: a compound with the possessive on its office, lang/tr-possessed-unnamed.ts.)
    const possessed = /\s(?:ise|da|de)$/u.test(sentence) && TURKISH_UNNAMED.test(sentence) ? turkishPossessedUnnamed(sentence) : null;
    if (possessed) return described(possessed);
    if (!/,$/u.test(sentence) && !REPORTING.test(sentence) && !PAST_AT_END.test(sentence)) return null;
    // (`Bir esnaf, … anlattı.` / `“…” diyor.`: someone brought in unnamed, kept as described (unnamed-introduction.ts).)
    const unnamed = TURKISH_UNNAMED.test(sentence) ? introductionIn(sentence.trimStart()) : null;
    // (`Bir bakanlık yetkilisi ise …:` opens with the unnamed one, however capitalised the body after `Bir`.)
    const opening = /^\s*(Bir\s+(?:\p{Lu}\S*\s+){0,3}\p{Ll}+)/u.exec(sentence);
    if (opening) return described(unnamed?.phrase ?? opening[1]!);
    return subjectOf(sentence, /:$/u.test(sentence)) ?? (unnamed ? described(unnamed.phrase) : null);
  },
};
