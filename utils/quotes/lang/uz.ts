/**
 * Uzbek (Latin script) sets the verb after the quote and the subject after the verb: `», — dedi u.` (said he or she),
 * `», — deya qo‘shimcha qildi X.` (added X), `», — dedi X.`, `», degan edi u.` (he or she had said; the dash may be left
 * out), `», — dedi advokat.` (the one the text gave that office); before a quote `X-ning so‘zlariga ko‘ra, «…»`, `X-ning
 * fikricha`, `X-ning ta’kidlashicha` ("according to X", the name in the genitive -ning), `X … shunday dedi: «…»` and
 * `… u jurnalistlarga shunday dedi:` (he or she). Its `o‘` and `g‘` carry a turned comma, its `ta’` an apostrophe: any
 * of ‘ ’ ' ʻ ʼ.
 */

import { cleanName, NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const Q = "[‘’'ʻʼ]";
/** Uzbek's `o‘` and `g‘`, letters with the turned comma (turkic-subject.ts reads them too). */
export const UZBEK_LETTER = new RegExp(`[oOgG]${Q}\\p{Ll}`, 'u');
/** Said, says, added, stressed, announced, asked (`dedi`, `deydi`, `qo‘shimcha qildi`, `ta’kidladi`, `ma’lum qildi`). */
// (`degan edi`, `degandi`: had said; `deb aytdi`: said, saying.)
const SAID = `(?:dedi|deydi|degan\\s+edi|degandi|deb\\s+aytdi|aytdi|aytadi|bildirdi|bildiradi|so${Q}radi|ta${Q}kidladi|ta${Q}kidlaydi|qo${Q}shimcha\\s+qildi|ma${Q}lum\\s+qildi|izoh\\s+berdi|javob\\s+berdi|eslatdi|qayd\\s+etdi)`;
/** The dash after the quote's comma (`», — dedi u.`), which some papers leave out (`», degan edi u.`). */
const DASH = '(?:[–—-]\\s*)?';
/** Dative, locative, ablative, accusative or plural endings: a word whom or where it was said (`jurnalistlarga`), no speaker. */
const CASED = /(?:ga|ka|qa|da|dan|ni|ning|lar|larga|gacha)$/u;
/** Nouns heading a body's name after its place (`Tuman hokimligi`, `Viloyat sudi`, `Soliq boshqarmasi`): no person speaks. */
const BODY_HEAD = new RegExp(`^\\s+(?:hokimlig|hokimiyat|vazirlig|boshqarma|qo${Q}mita|xizmat|markaz|idora|kengash|inspeksiya|prokuratura|sud|bank|kompaniya|universitet|jamg${Q}arma|agentlig|palata)\\p{Ll}*`, 'u');
/** An initial and a family name (`N. Karimova`), or a name run. */
const SUBJECT = `((?:\\p{Lu}\\.\\s*)?${NAME_RUN})`;

const patterns = lazy(() => ({
  verb: new RegExp(`(?:^|\\s)${SAID}(?=[\\s.,:]|$)`, 'u'),
  pronounAfter: new RegExp(`^[\\s,]*${DASH}(?:deya\\s+)?(?:\\p{Ll}+\\s+){0,2}?${SAID}\\s+u(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*${DASH}(?:deya\\s+)?(?:\\p{Ll}+\\s+){0,2}?${SAID}\\s+${SUBJECT}(?=[\\s.,!?]|$)`, 'u'),
  // `», — dedi advokat.`: a noun for someone alone after the verb, the one the text gave that office.
  officeAfter: new RegExp(`^[\\s,]*[–—-]\\s*${SAID}\\s+(\\p{Ll}{4,})\\s*[.!,]`, 'u'),
  according: new RegExp(`(?:^|[\\s,])${SUBJECT}(?:ning)\\s+(?:so${Q}zlariga\\s+ko${Q}ra|fikricha|\\p{Ll}(?:\\p{Ll}|${Q})*(?:ishicha|shicha))\\s*,?\\s*$`, 'u'),
  // `Hukmdan so‘ng u … dedi:`: `u` (he or she) before the verb is the subject, a phrase of time before it none.
  // (`U qo‘lida … shunday dedi:`: opening its sentence, capitalised by its place, it is still no name.)
  pronounColon: new RegExp(`(?:^|[\\s,])[uU]\\s+(?:\\p{Ll}[^\\s.!?:]*\\s+){0,6}?${SAID}\\s*:\\s*$`, 'u'),
  // `X «Y»ga quyidagicha izoh berdi:`: the name, a few lower-case words (an outlet in marks among them), the verb and a colon.
  colon: new RegExp(`(?:^|[\\s,])${SUBJECT}\\s+(?:\\p{Ll}[^\\s.!?:]*\\s+){0,6}?${SAID}\\s*:\\s*$`, 'u'),
}));

/** A name in marks with its case ending (`«Yangi Kun»ga`), read as one lower-case word so it parts no subject from its verb. */
const MARKED_NAME = /[«"“][^»"”\n]{1,40}[»"”]\p{Ll}*/gu;

export const uzbek: LanguageCues = {
  applies: (frame) => UZBEK_LETTER.test(frame) || patterns().verb.test(frame) || /(?:^|\s)deya\s|ning\s+\S*(?:shicha|fikricha)(?=[\s,]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().nameAfter.exec(line)?.[1];
    const name = named ? cleanName(named.replace(/^\p{Lu}\.\s*/u, '')) : '';
    if (name) return person(name);
    const office = patterns().officeAfter.exec(line)?.[1];
    return office && !CASED.test(office) ? officeDescriptor(office) : null;
  },
  before(frame) {
    const unmarked = frame.replace(MARKED_NAME, 'nashrga');
    if (patterns().pronounColon.test(unmarked)) return pronoun('they');
    const colon = patterns().colon.exec(unmarked);
    const subject = colon && !BODY_HEAD.test(unmarked.slice(colon.index + colon[0].indexOf(colon[1]!) + colon[1]!.length)) ? colon[1] : undefined;
    const source = patterns().according.exec(frame)?.[1] ?? subject;
    // (`Hukmdan so‘ng …`: a capitalised opening in a case other than the subject's is a phrase of time or place.)
    const name = source && !(!/\s/u.test(source.trim()) && /(?:dan|da|ga)$/u.test(source.trim())) ? cleanName(source) : '';
    return name ? person(name) : null;
  },
};
