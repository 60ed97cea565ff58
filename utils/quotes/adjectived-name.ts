/**
 * `said a visibly distressed Amina Yusuf, 70,`: a writer's adjective set before a name with an indefinite article; the
 * speaker is the name, the article and adjectives are colour. Only a whole phrase ending in a run that looks like a
 * person's name is read so (`a visibly tired Health Ministry official` stays a description), and only when no word
 * between joins a noun to the name (`a spokesperson for Harlow Foods` is someone of that body).
 */
import type { AttributedSpan } from './attribute';
import { looksLikePerson } from './names';

/** `a visibly distressed X Y`, `His teammate X Y` (a relation a possessive sets before the name): an indefinite article or a possessive, one to three lower-case words, then capitalised words only. */
const ADJECTIVED_NAME = /^(?:a|an|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,3})$/u;

/** Words that tie a noun before them to the run after (`a spokesperson for X`, `a driver with X`). */
const LINKING_WORDS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'on', 'to', 'by', 'near', 'and', 'or', 'the']);

export function adjectivedNameSpeakers(spans: AttributedSpan[]): AttributedSpan[] {
  return spans.map((span) => {
    const match = span.speakerKind === 'description' && span.speaker ? ADJECTIVED_NAME.exec(span.speaker.trim()) : null;
    const name = match?.[1];
    const linked = !!match && match[0].slice(0, match[0].length - name!.length).split(/\s+/u).some((word) => LINKING_WORDS.has(word));
    return name && !linked && looksLikePerson(name) ? { ...span, speaker: name, speakerKind: 'name', speakerMention: null } : span;
  });
}
