/** Closed word classes Hindi and Urdu share (lang/hi.ts reads names against them): `का`, `है`, `मोहम्मद`. */

/** The genitive postposition in both scripts (`का`, `की`, `के`; `کا`, `کی`, `کے`). */
export const GENITIVE = /^(?:का|की|के|کا|کی|کے)$/u;
/** Words that open a person's name, never a role (`محمد`, `سید`, `चौधरी`): the first of three after a genitive stays in the name. */
export const NAME_OPENERS = new Set('محمد محمّد سید سیدہ چوہدری چودھری ملک شیخ میاں رانا راجہ سردار خواجہ مرزا حافظ قاضی मोहम्मद मोहम्मद सैयद चौधरी शेख राजा ठाकुर'.split(' '));

/** The auxiliary "is", "are", "was" in both scripts: the word before it is a verb's participle (`बताती हैं`, `کہتے ہیں`). */
export const AUXILIARY = /^(?:है|हैं|था|थी|थे|ہے|ہیں|تھا|تھی|تھے)[।.,]?$/u;
/** The same after a verb of saying, its perfect (`उन्होंने लिखा था, “…”`, "he had written"; `انہوں نے کہا تھا`). */
export const AUXILIARY_AFTER_VERB = '(?:है|हैं|था|थी|थे|ہے|ہیں|تھا|تھی|تھے)';
