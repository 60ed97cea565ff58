/**
 * `State Rep. X, a Republican from Y, said …` then `“…,” the Republican told reporters`; `Sen. X` … `the Ohio
 * senator said`; `X, chair of the county council,` … `the councillor said`: a definite description whose head is a
 * party or a legislative seat stands for the person whose own introduction carries that word (or the place written
 * before the head). Only the introduction ties (the words just before the name, the apposition after it, the roles
 * the text gave): a party or office merely mentioned near someone is no tie. The person is the latest one mentioned
 * of those tied, so someone else the text ties the same way and names later wins.
 */

import type { EntityBook } from './entity-types';

/** Head nouns and what, written beside a name, ties a person to them (`Sen.`, `the state Senate`, `R-Ore.`). */
const SENATE = /\bSen\.|\bsenators?\b|\bSenate\b/iu;
const HOUSE = /\bRep\.|\brepresentative\b|\bcongress(?:man|woman)\b|\bassembly(?:man|woman|member)?\b|\bDel\.|\bdelegate\b/iu;
const COUNCIL = /\bcouncil(?:lor|or|man|woman|\s+member)?\b/iu;
const TIES: Record<string, RegExp> = {
  republican: /\bRepublicans?\b|\bGOP\b|[(,]\s*R-\s?\p{Lu}/u,
  democrat: /\bDemocrat(?:s|ic)?\b|[(,]\s*D-\s?\p{Lu}/u,
  senator: SENATE,
  congressman: HOUSE,
  congresswoman: HOUSE,
  representative: HOUSE,
  assemblyman: HOUSE,
  assemblywoman: HOUSE,
  delegate: HOUSE,
  lawmaker: new RegExp(`${SENATE.source}|${HOUSE.source}`, 'iu'),
  legislator: new RegExp(`${SENATE.source}|${HOUSE.source}`, 'iu'),
  councillor: COUNCIL,
  councilor: COUNCIL,
  councilman: COUNCIL,
  councilwoman: COUNCIL,
};

/** `The second-term state representative from Y`: a sentence opening with a seat or party noun, up to its verb or comma. */
const DESCRIBING_SUBJECT = new RegExp(`^The\\s+(?:[\\p{Ll}\\d’'-]+\\s+){0,4}(?:${Object.keys(TIES).join('|')})\\b[^,.;:!?\\n]{0,60}`, 'iu');

/** A place written beside a name: a party label's state (`R-Utah`, `(D-N.Y.)`) or `of`/`from` a place. */
const OTHER_PLACE = /[(,]\s*[RDI]-\s?\p{Lu}|\b(?:of|from)\s+\p{Lu}\p{Ll}/u;

/**
 * A relative pronoun opened since the last comma or sentence end, its verb not a copula: `… whose district includes `,
 * `… who represents ` (not `… whose chair is state Sen. `: the name there is the one the clause describes).
 */
const IN_RELATIVE_CLAUSE = /\b(?:who|whose|which)\s(?![^,;:.!?\n"“”]*\b(?:is|was|are|were)\s+(?:[\p{L}.]+\s+){0,3}$)[^,;:.!?\n"“”]*$/iu;

/** `the [former] [Vermont] senator`: up to three words before the head; capitalised ones name a place. */
const DESCRIPTION = /^the\s+((?:[\p{L}’'.-]+\s+){0,3})(\p{L}+)$/iu;

/** The words a mention's own introduction gives: just before the name (`Republican Sen. X`) and its apposition (`X, a Republican from Y,`). */
function introduction(text: string, at: number, end: number, nextMention: number): string {
  const lead = text.slice(Math.max(0, at - 40), at);
  // (From the sentence's start or the last comma: `her challenger, Rep. Y` gives Y no more than `Rep.`; `Sen.` ends no sentence.)
  const sentenceEnd = Math.max(-1, ...[...lead.matchAll(/(?<=\p{Ll}{3}[)"”’]?)[.!?]\s/gu)].map((found) => found.index!));
  const before = lead.slice(Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf(','), lead.lastIndexOf(';'), sentenceEnd) + 1);
  let after = '';
  if (/^\s*(?:,|\(|of\s)/u.test(text.slice(end, end + 5))) {
    after = text.slice(end, Math.min(end + 200, nextMention));
    // (The apposition closes at the sentence's end or its verb of saying: `X, a Democrat, said the Republican plan …`.)
    const close = after.search(/(?<=\p{Ll}{3}[)"”’]?)[.!?]\s|\n|\s(?:said|says|told|tells|added|asked|argued|wrote)\b/u);
    if (close >= 0) after = after.slice(0, close);
  }
  // (`State Rep. X wasted no time. The second-term state representative from Y announced …`: the next sentence's subject, a seat or party noun, describes X.)
  const sentenceClose = /(?<=\p{Ll}{3}[)"”’]?)[.!?]\s+(?=The\s)/u.exec(text.slice(end, end + 300));
  const nextSentence = sentenceClose ? end + sentenceClose.index + sentenceClose[0].length : -1;
  const described = nextSentence >= 0 && nextSentence < nextMention ? DESCRIBING_SUBJECT.exec(text.slice(nextSentence, nextSentence + 160)) : null;
  return `${before} ${after} ${described?.[0] ?? ''}`;
}

/** The person a party or seat description refers back to (see the file's header), or null. */
export function introducedTieHolder(phrase: string, text: string, book: EntityBook, at: number): string | null {
  const match = DESCRIPTION.exec(phrase.trim());
  const head = match?.[2]?.toLowerCase() ?? '';
  const tie = TIES[head];
  if (!match || !tie) return null;
  const places = (match[1] ?? '').split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
  const place = places.length > 0 ? new RegExp(`(?:^|[^\\p{L}])${places.join('\\s+').replace(/[.]/gu, '\\.')}(?![\\p{L}])`, 'u') : null;
  const before = book.mentions.filter((mention) => mention.at < at);
  const tied = new Map<string, { head: boolean; place: boolean; elsewhere: boolean }>();
  before.forEach((mention, index) => {
    const entity = book.entities.get(mention.name);
    // (`a Republican from Sierra Vista`, `paid by Carrow Chemical`: a name after a preposition is a place or a body.)
    if (entity?.body || entity?.outlet || /\b(?:from|of|in|at|by|for|with|the)\s+$/u.test(text.slice(Math.max(0, mention.at - 6), mention.at))) return;
    // (`X, a Democratic senator whose district includes Cedar Flats,`: a name inside a relative clause is its object, a place.)
    if (IN_RELATIVE_CLAUSE.test(text.slice(Math.max(0, mention.at - 60), mention.at))) return;
    const end = mention.at + (text.startsWith(mention.name, mention.at) ? mention.name.length : (/^[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*/u.exec(text.slice(mention.at))?.[0].length ?? 0));
    const next = before.slice(index + 1).find((other) => other.name !== mention.name)?.at ?? at;
    const words = `${introduction(text, mention.at, end, Math.min(next, at))} ${(entity?.roles ?? []).map((entry) => entry.role).join(' ; ')}`;
    const seen = tied.get(mention.name) ?? { head: false, place: false, elsewhere: false };
    const placed = !!place && place.test(words);
    // (`Sen. Y, R-Utah,` is no `Iowa Republican`: a label or `of`/`from` with another place.)
    const elsewhere = !!place && !placed && OTHER_PLACE.test(words);
    tied.set(mention.name, { head: seen.head || tie.test(words), place: seen.place || placed, elsewhere: seen.elsewhere || elsewhere });
  });
  // The latest mentioned of those tied by head or place; one tied by both first when the description gives a place.
  const latest = [...before].reverse();
  const pick = (fits: (entry: { head: boolean; place: boolean; elsewhere: boolean }) => boolean) => latest.find((mention) => tied.has(mention.name) && fits(tied.get(mention.name)!))?.name ?? null;
  return (place ? pick((entry) => entry.head && entry.place) : null) ?? pick((entry) => entry.place || (entry.head && !entry.elsewhere));
}
