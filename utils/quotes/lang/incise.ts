/**
 * The author's words set inside one pair of quotation marks (an incise), as Romance and Slavic papers print them:
 *   `« Nous avons tout essayé, a-t-il expliqué, mais personne ne nous a écoutés. »`   (between commas, guillemets only)
 *   `"Estamos preocupados —dijo la alcaldesa—, pero no vamos a rendirnos".`          (between dashes, any marks)
 *   `“Ninguém nos avisou — contou a moradora — e perdemos tudo.”`
 * The quote is cut in two around the tag, so the tag is read as after the first part and the second part
 * goes on the same turn. A clause is a tag only when a cue reader names a speaker in it (`isTag`): a
 * parenthesis inside the speech (`„Ta decyzja – jak wiemy – była zła”`, `« Il faut, je crois, agir »`)
 * stays in the quote. Cyrillic quotes are ru-uk-dialogue.ts's (splitInnerTags).
 */

import { wordCount, type QuoteSpan } from '../find';
import { isReadTag } from '.';

/**
 * A dash, the tag's first word in lower case, the closing dash and any stop after it. A hyphen between spaces stands for a
 * dash on cheaper sites (`«A - dice X - B»`); a role and a relative clause may follow the name (`— spiega X, presidente
 * del …, che ha organizzato il presidio —`).
 */
const DASH_INCISE = /(?<=[\p{L}\p{N}.,!?…])(?:[ \t]?[—–―][ \t]?|[ \t]-[ \t])(\p{Ll}[^—–―\n«»“”„"]{1,130}?)(?:[ \t]?[—–―]|[ \t]-(?=[ \t]))([,.;:]?)[ \t]+(?=\S)/gu;
/**
 * A comma, the tag (a lower-case verb first, as French inverts it: `a-t-il expliqué`, `estime le docteur X`) and a comma or stop;
 * a full name set off by a comma may close the tag (`précise son porte-parole, Jérôme Piette.`), with a short lower-case
 * adjunct after it before a stop (`a déclaré le maire, X Y, au micro.`).
 */
// (A form of address's full stop stays inside the tag: `précise M. Mbarga,`.)
const COMMA_INCISE = /(?<=[\p{L}\p{N}])([,!?…])[ \t]+(\p{Ll}(?:[^,.!?;:\n«»“”„"—–―]|(?<=\s(?:M|Mme|Mlle|Me|Dr|Pr|Mgr|Sr|Sra|Dott|Ing|Avv))\.){1,70}?(?:,[ \t]+\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}(?=[,.])(?:,[ \t]+\p{Ll}[^,.!?;:\n«»“”„"—–―]{1,30}(?=\.))?)?)(,|(?<!\s(?:M|Mme|Mlle|Me|Dr|Pr|Mgr|Sr|Sra|Dott|Ing|Avv))\.)[ \t]+(?=[\p{L}\p{N}])/gu;
const MAX_TAG_WORDS = 9;

export function splitIncises(text: string, spans: QuoteSpan[], isTag: (frame: string) => boolean): QuoteSpan[] {
  return spans.flatMap((span) => {
    if (/\p{Script=Cyrillic}/u.test(span.text) || !/[—–―,]|\s-\s/u.test(span.text)) return [span];
    const guillemets = /[«»]/u.test(text[span.outerStart] ?? '');
    return cut(text, span, DASH_INCISE, isTag, (clause) => `— ${clause}`) ?? (guillemets ? cut(text, span, COMMA_INCISE, isTag, (clause) => clause) : null) ?? [span];
  });
}

function cut(text: string, span: QuoteSpan, pattern: RegExp, isTag: (frame: string) => boolean, asFrame: (clause: string) => string): QuoteSpan[] | null {
  pattern.lastIndex = 0;
  for (let incise = pattern.exec(span.text); incise; incise = pattern.exec(span.text)) {
    // (An adjunct after the set-off name, `…, X Y, au micro.`, is read and counted as no part of the tag.)
    const clause = pattern === COMMA_INCISE ? incise[2]!.replace(/(,[ \t]+\p{Lu}[^,]*),[ \t]+\p{Ll}[^,]*$/u, '$1') : incise[1]!;
    const stop = pattern === COMMA_INCISE ? incise[3]! : incise[2]!;
    const frame = asFrame(`${clause.trim()}${stop === ',' || !stop ? '' : stop}`);
    // (Between dashes, what follows the speaker's comma, a role or a gerund, `– dice X Y, armatore, indicando le barche –`, is not counted.)
    const counted = pattern === DASH_INCISE ? clause.split(',')[0]! : clause;
    if (counted.trim().split(/\s+/u).length > MAX_TAG_WORDS || !opensWithSaying(clause, pattern === DASH_INCISE) || !isTag(frame)) {
      // (`« A, soyons honnêtes, reconnaît-elle. B »`: the clause that is no tag may end where the tag begins.)
      pattern.lastIndex = incise.index + 1;
      continue;
    }
    // The first part keeps a comma or stop of its own (`¿…? —preguntó—`, `tout essayé, a-t-il`).
    const keep = pattern === COMMA_INCISE && incise[1] !== ',' ? 1 : 0;
    const firstEnd = span.start + incise.index + keep;
    const secondStart = span.start + incise.index + incise[0].length;
    const wholeWords = span.wholeWords ?? wordCount(span.text);
    const first: QuoteSpan = { ...span, wholeWords, end: firstEnd, text: text.slice(span.start, firstEnd), outerEnd: firstEnd + (pattern === COMMA_INCISE && !keep ? 1 : 0) };
    const second: QuoteSpan = { ...span, wholeWords, start: secondStart, text: text.slice(secondStart, span.end), outerStart: secondStart };
    if (!first.text.trim() || !second.text.trim()) return null;
    // The rest may hold a second incise (`« A, dit-il, B, ajoute-t-il, C »`).
    return [first, ...(cut(text, second, pattern, isTag, asFrame) ?? [second])];
  }
  return null;
}

/**
 * In Latin script the clause opens with a verb of saying a language reader knows (`dijo`, `a-t-il expliqué`,
 * `mówi`): a clause that merely names someone (`, ma Luca deve imparare,`, `, sondern ein Leiharbeiter,`) goes on
 * the speech. Other scripts' readers know only their verbs already.
 */
function opensWithSaying(clause: string, dashed = false): boolean {
  // (Between dashes a role may follow the name after a comma, `– mondta X Y, az egyesület elnöke. –`: the verb and name come first.)
  const head = (dashed ? clause.split(',')[0]! : clause).trim();
  return !/^\p{Script=Latin}/u.test(clause) || isReadTag(clause.trim()) || VERB_AND_FULL_NAME.test(head) || (dashed && VERB_WORDS_AND_NAME.test(head) && !ARTICLE_WORD.test(head)) || FRENCH_INVERTED_PRONOUN.test(clause.trim());
}

/**
 * `« C’est rageant, a-t-il soufflé. On a … »`, `« Oui, glisse-t-elle, mais … »`: a French verb with its subject pronoun
 * glued on after a hyphen is an inverted tag whatever the verb (no list holds every way of saying).
 */
const FRENCH_INVERTED_PRONOUN = /^(?:(?:a|avait)-t-(?:il|elle)\s+\p{Ll}{3,}(?:é|ée|i|ie|u|ue|is|it)|\p{Ll}{3,}(?:-t)?-(?:il|elle))$/u;

/**
 * `„Ha nem jön orvos – mondta Varga Ilona –, a fiatalok…”`: in a language no reader knows, one lower-case word and a
 * full name (two capitalised words or three) and nothing else is a verb and its subject, so a tag; `– jak wiemy –`
 * holds no name, `– ma Luca deve –` more than a name.
 */
const VERB_AND_FULL_NAME = /^\p{Ll}{3,}(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){2,3}$/u;
/**
 * (Batch others5: `– tette hozzá Szabó Gergely –,`, `– a completat Cristian Dobre –`, `– rekao je lučki kapetan Zoran Babić –`,
 * `– folytatta Horváth –`: up to four lower-case words, the last of three letters or more, before a name of one to three
 * capitalised words is a compound or inverted verb, maybe a role, and its subject. `– w Krakowie –`, a one-letter
 * preposition and a place, is none, nor an article and a noun (`– sondern ein Hilferuf –`); only between dashes, and the
 * cue readers must still name a speaker in it.)
 */
/** Articles before a capitalised noun (`sondern ein Hilferuf`, `mais le Conseil`): a noun phrase, no verb and subject. */
const ARTICLE_WORD = /(?<![\p{L}])(?:ein|eine|einen|einem|einer|der|die|das|den|dem|des|the|an|le|la|les|un|une|el|il|lo|los|las|os|as|het|de|een)(?![\p{L}])/u;
const VERB_WORDS_AND_NAME = /^(?:\p{Ll}+\s+){0,3}\p{Ll}{3,}(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3}$/u;
