/**
 * Cheap looks at the text right before a capitalised run, taken once per run by person-mentions.ts, so that its patterns
 * over the words before a run are tried only where they can match.
 */

/**
 * The last `length` characters of `text` before `at` once the whitespace right before `at` is passed. A pattern ending in
 * `word\s+$` (or `word[^\S\n]+$`) over a slice ending at `at` matches only when this ends with `word`: after its last letter
 * the `\s+` must take all the whitespace the slice ends with, which is the text's own.
 */
export function tailBeforeSpace(text: string, at: number, length = 8): string {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return text.slice(Math.max(0, end - length), end);
}

/** Whether the text around `at` writes a Scandinavian vowel: å, æ, ø, and with `umlauts` ä and ö too. */
export function scandinavianNear(text: string, at: number, umlauts: boolean): boolean {
  return (umlauts ? /[åæøäö]/iu : /[åæø]/iu).test(text.slice(Math.max(0, at - 300), at + 300));
}

/** A group's noun, in the languages read here. */
const GROUP_NOUN = '(?:comitato|comité|committee|association|associazione|asociación|associação|associació|collectif|collettivo|colectivo|coletivo|movimento|mouvement|movimiento|coalition|coalizione|coalición|coalizão|plataforma|piattaforma|plateforme|Bürgerinitiative|Initiative|Verein|Bündnis)';
/** A group's noun, perhaps with "of residents", right before a run. */
export const GROUP_NOUN_BEFORE = new RegExp(`(?<![\\p{L}])${GROUP_NOUN}(?:\\s+(?:di|de|des|del|dei|delle|of|du|da|do|dos|das|der)\\s+\\p{Ll}+){0,2}\\s+$`, 'u');
/**
 * A shop's, a café's or a workshop's kind right before a run, as the Romance languages write a business's name after its
 * kind (`gere a pastelaria Sol Nascente`, `abrió la panadería Trigo Verde`, `gestisce la trattoria Da Nino`, `tient la
 * boulangerie Le Fournil`): the run is the business, not its owner named beside it.
 */
export const SHOP_NOUN_BEFORE = /(?<![\p{L}])(?:pastelaria|padaria|confeitaria|mercearia|talho|farmácia|livraria|loja|tasca|taberna|quiosque|drogaria|papelaria|barbearia|cabeleireiro|oficina|pensão|pastelería|panadería|carnicería|pescadería|ferretería|librería|farmacia|tienda|almacén|kiosco|cafetería|heladería|peluquería|verdulería|frutería|taller|hostal|pasticceria|panetteria|panificio|macelleria|libreria|negozio|trattoria|osteria|pizzeria|tabaccheria|gelateria|edicola|bottega|boulangerie|pâtisserie|boucherie|librairie|pharmacie|épicerie|brasserie|bistrot|boutique|magasin|restaurante|ristorante|restaurant|café|caffè|cafeteria|bar)\s+$/u;
/** Whether a text writes a group's noun anywhere: GROUP_NOUN_BEFORE can match no slice of a text without one (read once per text). */
export const writesGroupNoun = (text: string): boolean => ANY_GROUP_NOUN.test(text);
const ANY_GROUP_NOUN = new RegExp(GROUP_NOUN, 'u');

/**
 * Indonesian and Malay `kepada` (to) and `memberitahu` (told), the run closed at once by a comma, a colon or `bahwa`/`bahawa`
 * (that): the listener set off before the clause said, never its subject (`kepada Presiden` talking on is left alone: no close).
 */
const MALAY_RECIPIENT_BEFORE = /(?<![\p{L}])(?:kepada|memberitahu|memberitahukan)\s+$/u;
// (`kepada Harian Timur ia mengatakan`: a lower-case "he/she" right after the run is the clause's subject, the run its listener.)
const MALAY_RECIPIENT_CLOSE = /^\s*(?:[,:]|bahwa\s|bahawa\s|(?:ia|dia|beliau)\s)/u;
/** `Kepada Harian Timur ia mengatakan:`: the preposition opening a sentence, capitalised, is read into the run; a run so opened is whom it was told. */
const MALAY_RECIPIENT_OPENING = /^(?:Kepada|Memberitahu)\s/u;

/**
 * Whether the run at `at` (ending at `end`) is whom someone speaks to, by the marker before it: the one a speaker talks TO is
 * never the speaker (`X, kepada Harian Timur, Selasa (4/3), mengatakan …`, `X memberitahu Harian Timur bahawa …`). Read once per run by person-mentions.ts.
 */
export function isToldRecipient(text: string, at: number, end: number): boolean {
  if (MALAY_RECIPIENT_OPENING.test(text.slice(at, at + 14))) return true;
  const before = text.slice(Math.max(0, at - 16), at);
  return MALAY_RECIPIENT_BEFORE.test(before) && MALAY_RECIPIENT_CLOSE.test(text.slice(end, end + 10));
}
