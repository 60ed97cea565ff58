/**
 * Uzbek (Latin script) sets the verb after the quote and the subject after the verb: `», — dedi u.` (said he or she),
 * `», — deya qo‘shimcha qildi X.` (added X), `», — dedi X.`; before a quote `X-ning so‘zlariga ko‘ra, «…»` and `X-ning
 * fikricha, «…»` ("according to X", the name in the genitive -ning). Its `o‘` and `g‘` carry a turned comma, any of ‘ ’ ' ʻ.
 */

import { cleanName, NAME_RUN } from '../names';
import { lazy, person, pronoun, type LanguageCues } from './shared';

const Q = "[‘’'ʻ]";
/** Uzbek's `o‘` and `g‘`, letters with the turned comma (turkic-subject.ts reads them too). */
export const UZBEK_LETTER = new RegExp(`[oOgG]${Q}\\p{Ll}`, 'u');
/** Said, says, added, stressed, announced, asked (`dedi`, `deydi`, `qo‘shimcha qildi`, `ta’kidladi`, `ma’lum qildi`). */
const SAID = `(?:dedi|deydi|aytdi|bildirdi|so${Q}radi|ta${Q}kidladi|qo${Q}shimcha\\s+qildi|ma${Q}lum\\s+qildi|izoh\\s+berdi)`;
/** An initial and a family name (`N. Karimova`), or a name run. */
const SUBJECT = `((?:\\p{Lu}\\.\\s*)?${NAME_RUN})`;

const patterns = lazy(() => ({
  verb: new RegExp(`(?:^|\\s)${SAID}(?=[\\s.,:]|$)`, 'u'),
  pronounAfter: new RegExp(`^[\\s,]*[–—-]\\s*(?:deya\\s+)?(?:\\p{Ll}+\\s+){0,2}?${SAID}\\s+u(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*[–—-]\\s*(?:deya\\s+)?(?:\\p{Ll}+\\s+){0,2}?${SAID}\\s+${SUBJECT}(?=[\\s.,!?]|$)`, 'u'),
  according: new RegExp(`(?:^|[\\s,])${SUBJECT}(?:ning)\\s+(?:so${Q}zlariga\\s+ko${Q}ra|fikricha|aytishicha)\\s*,?\\s*$`, 'u'),
  // `X «Y»ga quyidagicha izoh berdi:`: the name, a few lower-case words (an outlet in marks among them), the verb and a colon.
  colon: new RegExp(`(?:^|[\\s,])${SUBJECT}\\s+(?:\\p{Ll}[^\\s.!?:]*\\s+){0,6}?${SAID}\\s*:\\s*$`, 'u'),
}));

/** A name in marks with its case ending (`«Yangi Kun»ga`), read as one lower-case word so it parts no subject from its verb. */
const MARKED_NAME = /[«"“][^»"”\n]{1,40}[»"”]\p{Ll}*/gu;

export const uzbek: LanguageCues = {
  applies: (frame) => UZBEK_LETTER.test(frame) || patterns().verb.test(frame) || /(?:^|\s)deya\s/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().nameAfter.exec(line)?.[1];
    const name = named ? cleanName(named.replace(/^\p{Lu}\.\s*/u, '')) : '';
    return name ? person(name) : null;
  },
  before(frame) {
    const source = patterns().according.exec(frame)?.[1] ?? patterns().colon.exec(frame.replace(MARKED_NAME, 'nashrga'))?.[1];
    const name = source ? cleanName(source) : '';
    return name ? person(name) : null;
  },
};
