/**
 * Subjects entities.ts does not see because they do not open their sentence:
 *   after an article and an age or adjective  `Der 17-jährige Tim Schaller aus Oberdorf pendelt …`,
 *                                             `The 17-year-old Tim Schaller commutes …`, `Den 52-åriga Eva Holm bor …`;
 *   after a verb-second inversion             `In Neudorf erwartet Lena Hofbauer ihr zweites Kind.`,
 *                                             `I Umeå väntar Eva Holm …`, `In Zwolle woont Anouk Bakker …`;
 *   as the topic set before the sentence      `For Madam Ong, the worry is simpler.`
 * Marked as subjects, they are salient for the "sie"/"er"/"she" of the next quote (salience.ts), so a
 * person the paragraph introduces wins over a speaker quoted before. An object after the verb and its
 * subject (`Gestern besuchte Jens Vogt Lena Hofbauer`) stays an object: only the word right before the
 * name may be the verb.
 */

import type { EntityBook, Mention } from './entities';
import { lastAtOrBefore, sentenceStarts } from './sentences';

/** An article and one or two lower-case words (an age, an adjective), nothing else, before the name. */
const ARTICLE_AND_MODIFIER = /^(?:Der|Die|Den|Det|De|The)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){1,2}$/u;
/** A short opening phrase (a place or a time) and a lower-case finite verb right before the name. */
const INVERTED_VERB = /^(?:In|Im|Am|Auf|Bei|Beim|Vor|Bij|Aan|Voor|Ved|Vid|Seit|Nach|I|På|Sedan|Efter|Op|Sinds|Na|Heute|Gestern|Jetzt|Dort|Hier|Idag|Igår|Nu|Där|Här|Vandaag|Gisteren|Daar|Inzwischen|Mittlerweile|Seitdem|Damals)(?:\s+[\p{L}\d.-]+){0,6}?\s+(\p{Ll}{3,})(?:\s+(?:ook|auch|även|også|noch|nog|dann|dan|da|så|immer))?\s+$/u;
/** Words that end like a verb but are no verb: prepositions, articles, conjunctions. */
const NOT_VERB = /^(?:sie|er|es|wir|ihr|man|han|hon|den|det|vi|jag|hij|zij|ze|wij|het|ik|she|he|they|we|it|with|about|at|but|that|what|out|without|against|der|die|das|dem|den|des|ein|eine|einer|einem|und|oder|mit|bei|von|zu|auf|für|nach|vor|aus|seit|über|unter|durch|gegen|ohne|um|am|im|beim|vom|zum|zur|från|till|med|och|att|för|het|een|met|voor|van|aan|naar|door|bij|uit|over|onder|tegen|zonder)$/u;
/** A lower-case word or a place (`aus Oberdorf`) then a lower-case word after the name: it has a predicate. */
const PREDICATE_AFTER = /^(?:,?\s+(?:aus|von|from|of|från|uit)\s+\p{Lu}[\p{L}-]+)?(?:,\s+\d{1,3},)?,?\s+\p{Ll}/u;

/** The capitalised words of a name as the text writes it. */
const WRITTEN_NAME = /^\p{Lu}[\p{L}’'.-]*(?:[ -]\p{Lu}[\p{L}’'.-]*)*/u;
/** An English topic opening the sentence: `For X,` (a title or two may stand before the name). */
const TOPIC = /^For\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** Marks them in `book`; returns the mentions marked (for a quote standing alone after their sentence). */
export function markInvertedSubjects(text: string, book: EntityBook): Mention[] {
  const marked: Mention[] = [];
  const starts = sentenceStarts(text);
  for (const mention of book.mentions) {
    if (mention.subject) continue;
    const lead = text.slice(starts[lastAtOrBefore(starts, mention.at)] ?? 0, mention.at);
    if (lead.length > 80 || /[,;:"“”„«»]/u.test(lead)) continue;
    // (The name as written may be shorter than the entity's full name: what follows its capitalised words counts.)
    const written = WRITTEN_NAME.exec(text.slice(mention.at, mention.at + 80))?.[0] ?? '';
    const rest = text.slice(mention.at + written.length, mention.at + written.length + 60);
    // `For Madam Ong, the worry is simpler.`: the person a sentence is about, set before it as its topic.
    if (TOPIC.test(lead) && /^,\s/u.test(rest)) {
      mention.subject = true;
      marked.push(mention);
      continue;
    }
    if (!PREDICATE_AFTER.test(rest)) continue;
    const verb = INVERTED_VERB.exec(lead)?.[1];
    if (ARTICLE_AND_MODIFIER.test(lead) || (verb && !NOT_VERB.test(verb))) {
      mention.subject = true;
      marked.push(mention);
    }
  }
  return marked;
}
