/**
 * Subjects entities.ts does not see because they do not open their sentence:
 *   after an article and an age or adjective  `Der 17-jährige Tim Schaller aus Oberdorf pendelt …`,
 *                                             `The 17-year-old Tim Schaller commutes …`, `Den 52-åriga Eva Holm bor …`;
 *   after a verb-second inversion             `In Neudorf erwartet Lena Hofbauer ihr zweites Kind.`,
 *                                             `I Umeå väntar Eva Holm …`, `In Zwolle woont Anouk Bakker …`;
 *                                             `En la calle Mayor vive desde hace años Ana López`, `Among those waiting was X`,
 *                                             `Del lado contrario está X, comprador …`;
 *   as the topic set before the sentence      `For Madam Ong, the worry is simpler.`
 *   one of a group, with no verb              `Unter ihnen Dauerkartenbesitzerin X, die …`, `Entre ellos, X, que …`.
 * Marked as subjects, they are salient for the "sie"/"er"/"she" of the next quote (salience.ts), so a
 * person the paragraph introduces wins over a speaker quoted before. An object after the verb and its
 * subject (`Gestern besuchte Jens Vogt Lena Hofbauer`) stays an object: only the word right before the
 * name may be the verb.
 */

import type { EntityBook, Mention } from './entities';
import { lastAtOrBefore, sentenceStarts } from './sentences';
import { ROLE_NOUNS } from './roles';
import { isForeignRoleNoun } from './lang/role-nouns';
import { AMONG_THEM, amongGender } from './lang/among-them';

/** An article and one or two lower-case words (an age, an adjective), nothing else, before the name. */
const ARTICLE_AND_MODIFIER = /^(?:Der|Die|Den|Det|De|The)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){1,2}$/u;
/** A short opening phrase (a place or a time) and a lower-case finite verb right before the name. */
const INVERTED_VERB = /^(?:Genau|Dazu|Darauf|Deshalb|Daher|Davon|Dabei|Ähnlich|Ebenso|In|Im|Am|Auf|Bei|Beim|Vor|Bij|Aan|Voor|Ved|Vid|Seit|Nach|I|På|Sedan|Efter|Op|Sinds|Na|Heute|Gestern|Jetzt|Dort|Hier|Idag|Igår|Nu|Där|Här|Vandaag|Gisteren|Daar|Inzwischen|Mittlerweile|Seitdem|Damals|Among|A|Al|Alla|Nel|Nella|En|Dans|Desde|Depuis|Da|Dal|Dalla|Em|No|Na|Ao|Sur|Su|Del|Della|Do|Du|Tras|Frente|Entre)(?:\s+[\p{L}\d.’'-]+){0,6}?\s+(\p{Ll}{3,})(?:\s+(?:ook|auch|även|också|også|noch|nog|nu|vooral|dann|dan|da|så|immer|främst|især|(?:da|desde|depuis|seit|sedan|sinds|há|dal|dalla|dai)\s+(?:[\p{L}\d’'-]+\s+){0,2}[\p{L}\d’'-]+)){0,2}\s+$/u;
/** Openings that are adverbs, after which the verb may come at once: `Dort wartet X`, `Heute spricht X`. */
const ADVERB_OPENING = /^(?:Heute|Gestern|Jetzt|Dort|Hier|Idag|Igår|Nu|Där|Här|Vandaag|Gisteren|Daar|Inzwischen|Mittlerweile|Seitdem|Damals)\s/u;
/** English verbs that follow a place or a group and come before their subject: `Among those waiting was X`, `In Ohio lives X`. */
const ENGLISH_INVERTING = /^(?:was|were|is|are|came|comes|stood|stands|sat|sits|lived|lives|lay|lies)$/u;
/** Articles and prepositions: the word before the verb is none of these (`saludó al alcalde X`: "alcalde" is no verb). */
const ARTICLE_BEFORE = /^(?:al|el|la|los|las|del|il|lo|gli|le|les|du|des|au|aux|un|una|une|uno|um|uma|o|os|as|do|da|dos|das|the|a|an|der|die|das|dem|den|des|ein|eine|de|het|een|en|ett)$/u;
/** Words that end like a verb but are no verb: prepositions, articles, conjunctions. */
const NOT_VERB = /^(?:ich|jeg|sie|er|es|wir|ihr|man|han|hon|den|det|vi|jag|hij|zij|ze|wij|het|ik|she|he|they|we|it|with|about|at|but|that|what|out|without|against|der|die|das|dem|den|des|ein|eine|einer|einem|und|oder|mit|bei|von|zu|auf|für|nach|vor|aus|seit|über|unter|durch|gegen|ohne|um|am|im|beim|vom|zum|zur|från|till|med|och|att|för|het|een|met|voor|van|aan|naar|door|bij|uit|over|onder|tegen|zonder|con|por|para|per|nel|nella|dei|delle|dans|sur|avec|pour|com|pelo|pela|que|qui|che|como|come|comme|among|and|from|for|of|the|into|onto|upon|between)$/u;
/** A lower-case word or a place (`aus Oberdorf`), or an age (`, 34,`, `(34)`), then a lower-case word after the name: it has a predicate. */
const PREDICATE_AFTER = /^(?:,?\s+(?:aus|von|from|of|från|uit)\s+\p{Lu}[\p{L}-]+)?(?:,\s+\d{1,3},|\s?\(\d{1,3}\))?,?\s+\p{Ll}/u;

/** The capitalised words of a name as the text writes it. */
const WRITTEN_NAME = /^\p{Lu}[\p{L}’'.-]*(?:[ -]\p{Lu}[\p{L}’'.-]*)*/u;
/** `Among … was [X’s] father, `: an inverted English subject, a noun or two, and the comma before the name apposed to it. */
const AMONG_WAS_APPOSED = /^Among\s[^,;:"“”]{0,140}\s(?:was|were)\s+(?:\p{Lu}[\p{L}’'-]*[’']s?\s+|(?:his|her|their|the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*,\s+$/u;

/** An English topic opening the sentence: `For X,` (a title or two may stand before the name). */
const TOPIC = /^For\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** Marks them in `book`; returns the mentions marked (for a quote standing alone after their sentence). */
export function markInvertedSubjects(text: string, book: EntityBook): Mention[] {
  const marked: Mention[] = [];
  const starts = sentenceStarts(text);
  for (const mention of book.mentions) {
    if (mention.subject) continue;
    const lead = text.slice(starts[lastAtOrBefore(starts, mention.at)] ?? 0, mention.at);
    // (`Unter ihnen Dauerkartenbesitzerin X, die …`: a verbless sentence bringing in one of a group, lang/among-them.ts.)
    if (AMONG_THEM.test(lead) && /^[\p{L}’'. -]*,\s+\p{Ll}/u.test(text.slice(mention.at, mention.at + 80))) {
      mention.subject = true;
      marked.push(mention);
      // (Its article, role ending or relative pronoun gives the gender, so a later "he" is not hers.)
      const gender = amongGender(lead, text.slice(mention.at, mention.at + 80));
      if (gender && !book.genders.has(mention.name) && !book.entities.get(mention.name)?.gender) book.genders.set(mention.name, gender);
      continue;
    }
    // (`Among the fans who made the trip to Y was Okafor’s father, Samuel Okafor, a teacher …`: the name set beside the
    // inverted subject, a relation or role noun, is the subject.)
    if (AMONG_WAS_APPOSED.test(lead)) {
      mention.subject = true;
      marked.push(mention);
      continue;
    }
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
    // (The written name takes a full stop with it: `… steht Josef Maier.` ends its sentence there, an initial does not.)
    const endsSentence = /\p{L}{3}\.$/u.test(written) && /^(?:\s|$)/u.test(rest);
    if (!endsSentence && !PREDICATE_AFTER.test(rest)) continue;
    // (`Aan tafel zit nu vooral zoon X`: a lower-case role noun between the verb and the name goes with the name.)
    const roleBefore = /\s(\p{Ll}{3,})\s+$/u.exec(lead)?.[1];
    const inverted = INVERTED_VERB.exec(roleBefore && (isForeignRoleNoun(roleBefore) || ROLE_NOUNS.has(roleBefore)) ? lead.slice(0, lead.length - roleBefore.length - 1).trimEnd() + ' ' : lead);
    const verb = inverted?.[1];
    // (The word before the verb must not be an article: `… al alcalde X` holds a role noun, no verb.)
    const beforeVerb = inverted ? (lead.slice(0, lead.lastIndexOf(` ${verb} `)).trim().split(/\s+/u).at(-1) ?? '') : '';
    // (English keeps its subject before the verb: `In 2019 the council hired X` names an object; only `Among them was X` inverts.)
    const english = /(?:^|\s)(?:the|an?|its|his|her|their|Among)\s/u.test(lead) || /ed$/u.test(verb ?? '');
    // (`No bairro Jardim Primavera,`: right after a preposition stands its noun; only an adverb opening takes the verb at once.)
    const verbFirst = !!inverted && new RegExp(`^\\S+\\s+${verb}\\s`, 'u').test(lead) && !ADVERB_OPENING.test(lead);
    const isVerb = !verbFirst && !!verb && !NOT_VERB.test(verb) && !ARTICLE_BEFORE.test(beforeVerb.toLowerCase()) && !ROLE_NOUNS.has(verb) && !isForeignRoleNoun(verb) && (!english || ENGLISH_INVERTING.test(verb));
    if (ARTICLE_AND_MODIFIER.test(lead) || isVerb) {
      mention.subject = true;
      marked.push(mention);
    }
  }
  return marked;
}
