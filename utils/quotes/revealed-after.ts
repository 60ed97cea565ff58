/**
 * A quote standing alone as its own paragraph, with no tag, whose speaker the next paragraph's opening names by pointing
 * back at the words: `"Where do we even begin?"` / `It is the question Ada Brennock has asked …`; `'We were beaten.'` /
 * `Those were the first words from Harlow coach Ada Brennock when …`; `"My crop failed."` / `The speaker, Ramdas, a
 * farmer from …`. Journalists open a section this way and name the speaker a sentence later.
 */
import type { AttributedSpan } from './attribute';
import { pointingBackSpeaker } from './lang/pointing-back';
import { thusTellsSpeaker } from './lang/thus-tells';
import { NAME_RUN, cleanName, looksLikePerson } from './names';
import { roleFromAppositive } from './roles';

const NAME = "\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){1,3}";

/** Openings of the next paragraph that name the one who said the lone quote before them (group 1: the name). */
const POINTING_BACK: readonly RegExp[] = [
  // `It is the question Ada Brennock has asked herself …`, `That was the question Ada Brennock kept asking.`
  new RegExp(`^(?:It|That|This)\\s+(?:is|was)\\s+the\\s+question\\s+(${NAME})\\s+(?:has|had|have|keeps|kept|is|was|asks|asked)\\b`, 'u'),
  // `Those were the first words from Harlow coach Ada Brennock when …`, `These are the words of Ada Brennock, who …`
  new RegExp(`^(?:Those|These)\\s+(?:were|are)\\s+the\\s+(?:\\p{Ll}+\\s+){0,2}words\\s+(?:of|from)\\s+[^.\\n]{0,60}?\\b(${NAME})(?=\\s+(?:when|as|who|after|before|on|at|in)\\b|\\s*[,.;])`, 'u'),
  // `The words are those of Ada arap Brennock, a warden who …`, `The voice was that of …`: the same pointer, the words named first.
  new RegExp(`^The\\s+(?:\\p{Ll}+\\s+)?(?:words|voice|remarks|comments)\\s+(?:are|were|is|was)\\s+(?:those|that)\\s+of\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(${NAME_RUN})(?=\\s+(?:when|as|who|after|before|on|at|in)\\b|\\s*[,.;])`, 'u'),
  // `The speaker, Ramdas, a farmer …`, `The speaker was Ada Brennock.` (one name will do: it is set off in commas)
  new RegExp(`^The\\s+speaker(?:,\\s+|\\s+was\\s+)(\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){0,3})(?=\\s*[,.;])`, 'u'),
];

/**
 * Openings that say outright whose the words just quoted were: `That was Assemblywoman Ada Brennock, a Reno Democrat,
 * who …`, `Those words, from shop steward Ada Brennock, drew …` (group 1: lower-case role words; group 2: the name).
 * They outweigh the speaker a lone quote inherited from the paragraphs before it.
 */
const SAID_BY = new RegExp(`^(?:(?:That|This)\\s+(?:was|is)|(?:Those|These|The|Her|His|Their)\\s+(?:\\p{Ll}+\\s+)?(?:words|remarks|comments),?\\s+(?:of|from|by))\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3})(${NAME})(?=\\s*[,;]|\\.(?:\\s|$)|\\s+(?:who|when|as)\\b)`, 'u');
/**
 * `That was the account of Mr. Ada Brennock, a shop owner …`, `This is the verdict of union steward Ada Brennock.`: a
 * noun for what someone told, then whose it was (group 1: the name). A lone quote before it is theirs, whoever spoke before.
 */
const ACCOUNT_OF = new RegExp(`^(?:That|This)\\s+(?:was|is)\\s+the\\s+(?:account|version|verdict|assessment|recollection|explanation|testimony)\\s+(?:of|from|given\\s+by)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(${NAME})(?=\\s*[,;]|\\.(?:\\s|$)|\\s+(?:who|when|as)\\b)`, 'u');
/**
 * `That was Brennock, asked whether the council had any say.`: the family name alone, then the question put to the
 * speaker (group 1). A lone family name names no one by itself; the question after it makes it the reveal.
 */
const FAMILY_NAME_ASKED = /^(?:That|This)\s+(?:was|is)\s+(\p{Lu}[\p{L}’'-]+),\s+(?:when\s+)?(?:asked|responding|replying|answering|speaking)\b/u;
/** Words before a name that make it no reveal of a person: `That was in Port Elgin, …`, `That was what Ada Brennock …`. */
const NOT_ROLE_WORDS = new Set(['a', 'an', 'the', 'in', 'at', 'on', 'from', 'to', 'for', 'of', 'with', 'by', 'when', 'after', 'before', 'until', 'since', 'what', 'how', 'why', 'where', 'also', 'not', 'just', 'only', 'because', 'and', 'or', 'but', 'then', 'back', 'once', 'over', 'during', 'like', 'against', 'about']);

/** The name a reveal opening the paragraph after a lone quote gives its speaker (and the role after it), or null. */
function saidBy(next: string): { name: string; role: string | null } | null {
  const account = ACCOUNT_OF.exec(next);
  if (account && looksLikePerson(cleanName(account[1]!))) return { name: cleanName(account[1]!), role: appositiveAfter(next.slice(account[0].length)) };
  const found = SAID_BY.exec(next);
  if (!found) return null;
  // (`That was Cedar Street, a quiet road …`: a place's run is no person.)
  const name = cleanName(found[2]!);
  return found[1]!.split(/\s+/).some((word) => NOT_ROLE_WORDS.has(word)) || !looksLikePerson(name) ? null : { name, role: null };
}

/**
 * `That was the assessment of X Y, a soil chemist with the Dale Trust, who …`: the appositive after the revealed name, up
 * to its clause, is the role when it holds a role noun (roles.ts); `, a quiet man who …` gives none. (Unlike
 * `appositiveRole` below, which takes up to four bare words after the pointing-back patterns' name as they are.)
 */
function appositiveAfter(after: string): string | null {
  const group = /^,\s+((?:a|an|the)\s[^,.;:]{2,160}?)(?=[,.;]|$)/u.exec(after)?.[1];
  return group ? roleFromAppositive(group) : null;
}

/** The last given name and `family` written before (`Ada Brennock` for `Brennock`), when it reads as a person; else null. */
function fullNameBefore(before: string, family: string): string | null {
  const escaped = family.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const runs = [...before.matchAll(new RegExp(`\\p{Lu}[\\p{L}’'-]+\\s+${escaped}(?![\\p{L}\\p{M}])`, 'gu'))];
  const name = runs.length ? cleanName(runs.at(-1)![0]) : '';
  return name && looksLikePerson(name) ? name : null;
}

/** `, a senior warden who has …` right after a revealed name: the role words of the appositive (`senior warden`), or null. */
function appositiveRole(after: string): string | null {
  return /^,\s+(?:a|an|the)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}?)(?=\s*[,.;]|\s+(?:who|which|that|at|in|of|for|with|from|since)\b)/u.exec(after)?.[1] ?? null;
}

/** The name (and role) the paragraph after a lone, untagged quote gives its speaker, or null. */
function revealedAfter(text: string, span: AttributedSpan): { name: string; role: string | null; roleBefore?: boolean } | null {
  const paragraphStart = text.lastIndexOf('\n', span.outerStart - 1) + 1;
  const lineEnd = text.indexOf('\n', span.outerEnd);
  const paragraphEnd = lineEnd < 0 ? text.length : lineEnd;
  // (Alone in its paragraph: nothing but space around the quote, so no tag in the paragraph could have named anyone; a
  // full stop written outside the marks, `“…”.`, is no tag.)
  if (text.slice(paragraphStart, span.outerStart).trim() || text.slice(span.outerEnd, paragraphEnd).replace(/^[\s.…!?]+$/u, '')) return null;
  const next = text.slice(paragraphEnd).replace(/^\s+/u, '').slice(0, 300);
  const asked = FAMILY_NAME_ASKED.exec(next);
  const askedOne = asked ? fullNameBefore(text.slice(0, span.outerStart), asked[1]!) : null;
  if (askedOne) return { name: askedOne, role: null, roleBefore: true };
  const revealed = saidBy(next);
  if (revealed) return revealed;
  // (`„…“` ¶ `Така разказва 72-годишната X Y от …`: "thus tells" names who said it, whatever the paragraphs before gave, lang/thus-tells.ts.)
  const thusTold = thusTellsSpeaker(next);
  if (thusTold && looksLikePerson(cleanName(thusTold.name))) return { name: cleanName(thusTold.name), role: null };
  // (`“…”` ¶ `یہ کہنا تھا کسان X Y کا، …`: the same pointing back in Urdu, Hindi and Bengali, lang/pointing-back.ts; "this is
  // X's saying" names the speaker outright, over a speaker carried on from the quote before.)
  const pointed = pointingBackSpeaker(next);
  if (pointed) return { name: pointed.phrase, role: pointed.role ?? null };
  if (span.speakerKind === 'name') return null;
  for (const pattern of POINTING_BACK) {
    const found = pattern.exec(next);
    if (found?.[1]) return { name: found[1], role: appositiveRole(next.slice(found.index + found[0].length)) };
  }
  return null;
}

export function revealedAfterSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  return spans.map((span, i) => {
    const found = revealedAfter(text, span);
    // (A family name alone names someone quoted before: the role the text gave them then is still theirs, `reeve of …`.)
    const role = found?.roleBefore ? (spans.slice(0, i).findLast((other) => other.speaker === found.name && other.role)?.role ?? null) : found?.role;
    return found ? { ...span, speaker: found.name, role: role ?? null, speakerKind: 'name', speakerMention: null } : span;
  });
}
