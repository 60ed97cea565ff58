/**
 * The outlet a person spoke to, set between a Slavic tag's verb and its subject: `„…“, izjavila je za Radio Zenica
 * profesorica X` ("said for Radio Zenica"), `powiedział dla Gazety Lokalnej burmistrz X`, `řekl pro Deník Sever starosta X`.
 * The preposition of the listener and the capitalised outlet after it are no part of the role nor of the name, so they go
 * when a lower-case word (the role) follows them; `rekao je ravnatelj Zavoda za ceste X` (lower case after `za`) is kept.
 */

/** The verb (maybe its auxiliary or clitic), then `za`/`dla`/`pro`/`pre`, a capitalised run and a lower-case word after it. */
const LISTENER_AFTER_VERB = /^([,]?\s*[—–-]?\s*\p{Ll}[\p{L}-]*(?:\s+(?:je|su|se|si|nam|mi|mu|joj|jej|nám))?)\s+(?:za|dla|pro|pre)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}(?=\s+\p{Ll}[\p{L}-]{3,}\s+\p{Lu})/u;

/**
 * `– …, Mäkinen sanoo Radio Pohjolalle.`, `…, Mäkinen kertoo Ylelle.`: after a name and its verb, a capitalised run closing the
 * tag in the Finnish allative (-lle, "to") is whom the words were said to, an outlet most often, and goes; the verb then
 * closes the tag. (Only after the subject: `sanoo Ville Mäkinen` keeps a given name that ends so.)
 */
const ALLATIVE_LISTENER_AFTER_NAME_VERB = /^([,]?\s*[—–-]?\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+\p{Ll}[\p{L}-]*)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*\p{Ll}lle(?=\s*[.,!?]?\s*$)/u;

/**
 * `„…“, рекао је Марковић за РТС.`, `…, rekla je Horvat za Radio Rijeka.`: the outlet may close the tag after the subject
 * instead; `za`/`за` and the capitalised run ending the tag go, the verb and the name stay.
 */
const LISTENER_AFTER_NAME = /^([,]?\s*[—–-]?\s*\p{Ll}[\p{L}-]*(?:\s+(?:je|su|је|су))?\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+(?:za|за|dla|pro|pre)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}(?=\s*[.!?]?\s*$)/u;

/**
 * `„…“, povedala pre Rádio Sever.`, `…, rekla je za HRT.`: with the subject left out, the outlet alone may close the tag
 * after the verb; it is whom the words were said to, never the speaker, so it goes and the verb alone is left (the speaker
 * is then the one the text was last about). `povedala pre Rádio Sever Mária Kováčová` keeps the name after the outlet.
 */
const LISTENER_CLOSING_VERB = /^([,]?\s*[—–-]?\s*\p{Ll}[\p{L}-]*(?:\s+(?:je|su|se|si|је|су))?)\s+(?:za|за|dla|pro|pre)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}(?=\s*[.!?]?\s*$)/u;

/**
 * `„…“, рекао је за Нови весник Милан X`, `rekla je za Večernji list Ana X`: a South Slavic paper's title is a capitalised
 * adjective and a lower-case paper noun (лист, весник, гласник, дневник), so that noun is no role; the whole title goes
 * and the name after it stays the subject. (`za Radio X profesorica Y` keeps its role through the pattern above.)
 */
const PAPER_TITLE_AFTER_VERB = /^([,]?\s*[—–-]?\s*\p{Ll}[\p{L}-]*(?:\s+(?:je|su|је|су|nam|нам|mu|му|joj|јој))?)\s+(?:za|за)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,2}(?:list|vesnik|glasnik|dnevnik|nedeljnik|tjednik|лист|весник|гласник|дневник|недељник)(?=\s+\p{Lu})/u;

/** The frame after a quote without the outlet it was said to (unchanged when there is none). */
export function withoutOutletListener(frame: string): string {
  const found = PAPER_TITLE_AFTER_VERB.exec(frame) ?? LISTENER_AFTER_VERB.exec(frame) ?? ALLATIVE_LISTENER_AFTER_NAME_VERB.exec(frame) ?? LISTENER_AFTER_NAME.exec(frame)
    ?? LISTENER_CLOSING_VERB.exec(frame);
  return found ? `${found[1]}${frame.slice(found[0].length)}` : frame;
}
