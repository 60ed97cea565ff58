/**
 * A sentence ending in a colon that gives someone's verdict through a possessive, the quote standing after it: `Sus
 * conclusiones fueron contundentes: «…»`, `Le sue conclusioni sono nette:`, `Ses conclusions sont sans appel :`, `A sua
 * resposta foi direta:`, `Ihr Fazit ist eindeutig:`, `Zijn antwoord was kort:`, `Hans svar var tydligt:`, `Her conclusions
 * were blunt:`. The words are the owner's, the person just named: read as the pronoun (salience.ts resolves it). The
 * possessive gives the gender where the language writes one (`his`/`her`, `sein`/`ihr`, `zijn`/`haar`, `hans`/`hennes`).
 * (`Las conclusiones fueron claras:`, with no possessive, names no owner and is left alone.)
 */

import type { SpeakerPhrase } from '../speaker-phrase';
import { cleanName, looksLikePerson } from '../names';
import { person, pronoun } from './shared';

const POSSESSIVE = String.raw`(?:Sus|Su|(?:Le|Las|La|Il|I|A|As|O|Os)\s+(?:sue|sua|suo|suoi|suas|seu|seus)|Sua|Suas|Seu|Seus|Ses|Son|Sa|(Seine?|Ihre?|Zijn|Haar|Hans|Hennes|His|Her))`;
const VERDICT_NOUN = String.raw`(?:conclusi(?:ones|ón|oni|one|ons?)|conclusões|conclusão|respuesta|risposta|réponse|resposta|mensaje|messaggio|message|mensagem|veredicto|verdetto|verdict|veredito|diagn[óo]stico|diagnostic|diagnosi|explicación|spiegazione|explication|explicação|constat|Fazit|Antwort|Botschaft|Urteil|Einschätzung|conclusie|antwoord|boodschap|oordeel|slutsats|slutsatser|svar|budskap|besked|dom|conclusions?|answer|message|assessment)`;
const COPULA = String.raw`(?:fueron|fue|son|es|era|eran|sono|sono\s+state|è|è\s+stata|è\s+stato|era|sont|est|était|étaient|foram|foi|são|é|era|ist|war|sind|waren|is|was|zijn|waren|är|var|were|are)`;

const VERDICT_SENTENCE = new RegExp(String.raw`^${POSSESSIVE}\s+(?:\p{Ll}+\s+)?${VERDICT_NOUN}\s+(?:${COPULA}\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*\s*:\s*$`, 'u');

/** Runs of capitalised words (particles between them) in a sentence: `Javier Osuna`, `Audiencia Provincial de Castellón`. */
const CAPITALISED_RUN = /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|del|da|do|di|van|von|der)\s+)?\p{Lu}[\p{Ll}'’-]+)+/gu;

/**
 * The owner of a possessive verdict sentence before a colon (see above), or null: the one person the sentence before it
 * names in full (`… del perito judicial, el ingeniero Javier Osuna, que analizó los restos. Sus conclusiones …:`), else the
 * pronoun, for salience to resolve.
 */
export function possessiveVerdict(sentence: string, previous = ''): SpeakerPhrase | null {
  const found = VERDICT_SENTENCE.exec(sentence.trim());
  if (!found) return null;
  const people = [...previous.matchAll(CAPITALISED_RUN)].filter((run) => run.index > 0).map((run) => cleanName(run[0])).filter((name) => name && looksLikePerson(name));
  if (people.length === 1) return person(people[0]!);
  const owner = found[1];
  if (!owner) return { ...pronoun('they'), dropped: true };
  return pronoun(/^(?:Ihre?|Haar|Hennes|Her)$/u.test(owner) ? 'she' : 'he');
}

/** Whether a frame is a possessive verdict sentence before a colon (see above). */
export function isPossessiveVerdict(frame: string): boolean {
  return VERDICT_SENTENCE.test(frame.trim());
}
