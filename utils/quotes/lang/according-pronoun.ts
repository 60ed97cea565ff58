/**
 * A sentence opening with "in his/her words" (`За її словами, …`, `По его словам, …`, `לדבריה, …`, `وبحسبه، …`,
 * `Σύμφωνα με την ίδια, …`) goes on reporting the person just named; a quote standing alone right after it,
 * with no verb of saying of its own, is theirs too: read as the pronoun (salience.ts gives it to that person).
 * A sentence that names a new person after the opening (`За його словами, мер Іван Петренко …`) is left alone.
 */

import type { SpeakerPhrase } from '../speaker-phrase';
import { pronoun } from './shared';

/** The opening, its pronoun in group 1 (Cyrillic, Greek) or as the word's ending (Hebrew, Arabic). */
const CYRILLIC_OPENING = /^(?:[Зз]а\s+(її|його)\s+словами|[Пп]о\s+(её|ее|его)\s+словам|[Нн]а\s+(її|його)\s+думку|[Пп]о\s+(её|ее|его)\s+мнению|[Пп]о\s+(её|ее|его)\s+данным|[Зз]а\s+(її|його)\s+даними)\s*,/u;
const GREEK_OPENING = /^(?:Σύμφωνα\s+με\s+(τον|την)\s+ίδι[οα]|Κατά\s+(τον|την)\s+ίδι[οα])\s*,/u;
const HEBREW_OPENING = /^(?:ו?)(לדבריו|לדבריה|לדעתו|לדעתה|לטענתו|לטענתה|לדברי\s+(?:הוא|היא))\s*,/u;
const ARABIC_OPENING = /^(?:و)?(?:بحسبه|بحسبها|حسبه|حسبها|وفقا\s+له|وفقاً\s+له|وفقا\s+لها|وفقاً\s+لها|وبحسب\s+قوله|وبحسب\s+قولها|بحسب\s+قوله|بحسب\s+قولها|على\s+حد\s+قوله|على\s+حد\s+قولها|حسب\s+قوله|حسب\s+قولها)\s*[،,]/u;

/**
 * French, Spanish, Italian, Portuguese and German "in his/her view": `A su juicio, …`, `Selon elle, …`, `A suo avviso,`,
 * `Na opinião dele,`, `Seiner Meinung nach`; Dutch, Scandinavian, Polish, Czech and Lithuanian `(Maar) volgens haar`, `Enligt
 * honom`, `Według niej`, `Podle ní`, `Pasak jos`. The pronoun gives the gender where the language writes one (`lui`/`elle`,
 * `él`/`ella`, `lui`/`lei`, `dele`/`dela`, `Seiner`/`Ihrer`); a possessive (`su`, `son`, `suo`, `seu`) gives none.
 */
const ROMANCE_OPINION = /^(?:(?:A|En)\s+su\s+(?:juicio|opinión|parecer|entender)|(?:Según|Para)\s+(él|ella)|À\s+son\s+(?:avis|sens)|(?:Selon|Pour|D['’]après)\s+(lui|elle)|A\s+suo\s+(?:dire|avviso|parere|giudizio)|(?:Secondo|Per)\s+(lui|lei)|A\s+seu\s+ver|Na\s+(?:opinião|perspetiva|perspectiva|visão)\s+(dele|dela)|(?:Segundo|Para)\s+(ele|ela)|(Seiner|Ihrer)\s+(?:Meinung|Ansicht)\s+nach|(?:Maar\s+)?[Vv]olgens\s+(hem|haar)|Enligt\s+(honom|henne)|Ifølge\s+(ham|hende|henne)|Według\s+(niego|niej)|Podle\s+(něj|ní)|(?:Pasak|Anot)\s+(jo|jos))\s*,?\s/u;

/**
 * The same in Slavic languages beyond those: Bulgarian and Macedonian `Според него/нея/неа`, `По думите ѝ`, Croatian, Bosnian
 * and Serbian `Prema njemu`, `Po njoj`, `Po njegovim riječima`, `По њему`, Slovene `Po njegovem
 * mnenju`, Polish `Jego zdaniem`, `Jej zdaniem`; a quote may follow at once, with no comma (`Според него „…“.`).
 */
const SLAVIC_OPINION = /^(?:Според\s+(него|нея|неа)|По\s+думите\s+(му|ѝ|й)|(?:Prema|Po)\s+(njemu|njoj)|Po\s+(njegovim|njenim|njezinim)\s+(?:riječima|rečima)|По\s+(њему|њој)|По\s+(његовим|њеним)\s+речима|Podle\s+(něho)|Po\s+(njegovem|njenem)\s+mnenju|(Jego|Jej)\s+zdaniem)\s*,?\s/u;

/** The pronoun a Romance, German or Slavic "in his/her view" opening stands for (see above), or null. */
export function opinionOpening(sentence: string): SpeakerPhrase | null {
  const trimmed = sentence.trimStart();
  const found = ROMANCE_OPINION.exec(trimmed) ?? SLAVIC_OPINION.exec(trimmed);
  if (!found || FULL_NAME.test(trimmed.slice(found[0].length).replace(/^\p{Lu}\p{Ll}+\s/u, ''))) return null;
  const word = found.slice(1).find(Boolean);
  if (!word) return pronoun('they');
  return pronoun(/^(?:ella|elle|lei|dela|ela|Ihrer|haar|henne|hende|niej|ní|jos|нея|неа|ѝ|й|njoj|njenim|njezinim|њој|њеним|nej|njenem|Jej)$/u.test(word) ? 'she' : 'he');
}

/**
 * `Според него „…“.`, `Prema njoj „…“`: the opening alone right before a quote inside its sentence (the words before the
 * quote, `frame`, end with it) gives the quote to the person just named, as a whole sentence after it would.
 */
export function opinionRightBefore(frame: string): SpeakerPhrase | null {
  const tail = frame.slice(-60);
  const sentence = tail.slice(tail.search(/(?<=^|[.!?]\s+|\n)[^.!?\n]*$/u)).trimStart();
  const found = ROMANCE_OPINION.exec(sentence) ?? SLAVIC_OPINION.exec(sentence);
  return found && !sentence.slice(found[0].length).trim() ? opinionOpening(sentence) : null;
}

/** Two capitalised words in a row after the opening: a new person named in the sentence. */
const FULL_NAME = /\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{Ll}’'-]+/u;

/** The pronoun an "in his/her words" sentence stands for, or null. */
export function accordingPronounOpening(sentence: string): SpeakerPhrase | null {
  const trimmed = sentence.trimStart();
  const cyrillic = CYRILLIC_OPENING.exec(trimmed) ?? GREEK_OPENING.exec(trimmed);
  if (cyrillic) {
    if (FULL_NAME.test(trimmed.slice(cyrillic[0].length))) return null;
    const word = cyrillic.slice(1).find(Boolean)!;
    return pronoun(/^(?:її|её|ее|την)$/u.test(word) ? 'she' : 'he');
  }
  const hebrew = HEBREW_OPENING.exec(trimmed);
  if (hebrew) return pronoun(/(?:יה|תה|היא)$/u.test(hebrew[1]!) ? 'she' : 'he');
  const opinion = opinionOpening(trimmed);
  if (opinion) return opinion;
  const arabic = ARABIC_OPENING.exec(trimmed);
  if (arabic) return pronoun(/(?:ها)\s*[،,]$/u.test(arabic[0]) ? 'she' : 'he');
  return null;
}
