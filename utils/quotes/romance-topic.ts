/**
 * Spanish, Portuguese, Italian and French ways to make a person newly named the topic of a sentence whose subject is a
 * thing (sole-introduction.ts): "in charge of" (`a cargo de la ingeniera X`, `a cargo do arquiteto Y`) or a passive's agent
 * (`fue diseñado por el ingeniero X`, `foi coordenada pela médica Y`, `a été conçu par l’architecte Z`), a role noun
 * with its article between them. `por la mañana`, with no participle before it, brings in no one.
 */

/** The verb phrase, then the article and one lower-case role noun, right before the name. */
export const ROMANCE_TOPIC_BEFORE =
  /(?:^|\s)(?:a\s+cargo\s+(?:de(?:l)?|da|do|della|dello|del)|\p{Ll}{3,}(?:ad[oa]s?|id[oa]s?|at[oa]|at[ie]|é|ée|és|ées)\s+(?:por|pel[oa]s?|par|da|dal|dalla|dallo))\s+(?:(?:la|el|los|las|l['’]|o|a|os|as|le|les|il|lo)\s*)?\p{Ll}[\p{L}-]*\s+$/u;

/** `, experta en puentes`, `, una experta`, `, especialista em saúde`: an apposition after the name, in a Romance language. */
export const ROMANCE_APPOSITION = /^,\s+(?:(?:un|una|uno|um|uma|une|el|la|o|a|le|il)\s+)?\p{Ll}[\p{L}-]+(?:\s|,)/u;
