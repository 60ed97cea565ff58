/**
 * A document's signer after the quote: `“…,” the county wrote in a motion signed by County Attorney X.`, `according to an
 * internal memo … signed by Y’s deputy, X.` When the tag's own subject is no named person (a body, a group, the
 * document), the words are the one who signed them.
 */

import type { SpeakerPhrase } from './speaker-phrase';

/** `signed by`, `co-signed first by`: the signer runs to the sentence's end; a title's full stop (`Gov.`, `Sen.`) is no end. */
const SIGNED_BY = /(?<![\p{L}])(?:co-?)?signed\s+(?:first\s+|jointly\s+)?by\s+([^;:!?"“”]{2,100}?)(?=(?<!(?:^|[\s(])(?:Gov|Sen|Rep|Reps|Sens|Lt|Gen|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Atty|Supt|Insp|Det|Rev|Hon|St|\p{Lu}))\.|[;!?]|$)/u;

/** The signer a frame after the quote names, read as `said <signer>` by `read`, over a found speaker that names no one. */
export function withSigner(frame: string, found: SpeakerPhrase | null, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  if ((found?.kind === 'name') || !frame.includes('signed')) return found;
  const signed = SIGNED_BY.exec(frame.slice(0, 300));
  const signer = signed ? read(`said ${signed[1]}`) : null;
  return signer?.kind === 'name' && !signer.pronoun ? signer : found;
}

/** `X, in a release signed by its chair Dr Y, said:`: a statement's signer, set off by commas between the subject and its verb. */
const SIGNED_STATEMENT = /,\s+in\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|letter|memo|release|notice|submission|petition)\s+(?:co-?)?signed\s+by\s+([^,;:!?"“”]{2,100}),\s+(?:\p{Ll}+\s+)?\p{Ll}+[,:]?\s*$/u;

/** The role words that make a subject read as a name a body: `observer group X`, `the residents' association X`. */
const BODY_ROLE = /(?:^|\s)(?:group|organi[sz]ation|association|union|party|council|committee|commission|company|firm|coalition|alliance|movement|society|board|network|federation|institute|foundation|agency|authority|watchdog|lobby)$/iu;

/** Before a quote: the signer such a statement names, read as `said <signer>` by `read`, over the subject the sentence opens with. */
export function withStatementSigner(frame: string, found: SpeakerPhrase | null, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  // (A person's own letter, `Ms X, in a letter signed by her lawyer Y, said`, stays hers: only a body's statement is its signer's.)
  if (found?.pronoun || !frame.includes('signed') || (found?.kind === 'name' && !BODY_ROLE.test(found.role ?? frame.slice(0, Math.max(0, frame.indexOf(found.phrase))).trim()))) return found;
  const signed = SIGNED_STATEMENT.exec(frame.slice(-300));
  // (`its chairperson Dr Y`: the owner word is the body's, the role and the name the signer's.)
  const signer = signed ? read(`said ${signed[1]!.replace(/^(?:its|his|her|their|the)\s+/u, '')}`) : null;
  return signer?.kind === 'name' && !signer.pronoun ? signer : found;
}
