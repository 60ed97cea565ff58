/**
 * `« … », tranche Sophie Lavoie.` then a new paragraph `La situation n’étonne pas Paul Roy, directeur de la coopérative.
 * « … », a-t-il déclaré.`: a paragraph that brings in one new person, named in full and set beside a role after a comma,
 * then quotes "he" or "she", quotes that person, though the sentence made them its object, not its subject (salience.ts
 * reaches back to the speaker of the paragraph before). A paragraph naming anyone else, or the person named before, is
 * left to salience; so is a newcomer whose gender the text gave as the other one.
 */

import type { Speaker } from './attribute';
import type { EntityBook } from './entities';
import type { PersonMention } from './person-mentions';
import { pronounGender } from './coreference';
import { previousParagraphSubject } from './semitic-paragraph-subject';
import { roleWrittenBefore } from './lang/introduced-role';

/** Right after a name: a comma, then a lower-case word opening an apposition (`, directeur de …`, `, a nurse`). */
const ROLE_APPOSITION = /^,\s+(\p{Ll}+)/u;
/** Role nouns whose ending gives a gender (`directrice`, `vendeuse`, `profesora`; `directeur`, `fermier`, `agricoltore`). */
const FEMININE_ROLE = /(?:rice|euse|ière|ienne|esse|ora|essa|eira)$/u;
const MASCULINE_ROLE = /(?:eur|ier|ien|eiro|ero|ore)$/u;
/** Words after that comma that open no apposition but a phrase or clause (`…do Centro Municipal, com 20 leitos`, `, where`, `, que`). */
const NO_APPOSITION = /^(?:com|con|with|avec|mit|sem|sin|without|sans|ohne|em|en|in|na|no|nos|nas|onde|donde|where|que|which|who|qui|dove|y|e|and|et|und|o|or|ou|mas|pero|but|mais|ma|para|por|pour|for|per|entre|between|perto|cerca|near|ao|al|au|à|a)$/u;
/** `do`, `da`, `no`, `del`, `della`, `du`: a preposition fused with its article, which a person's name in running text never takes. */
const FUSED_ARTICLE_BEFORE = /(?:^|\s)(?:do|da|dos|das|no|na|nos|nas|pelo|pela|ao|à|del|al|della|dello|dalla|nella|nel|sulla|sul|du|des|au|aux)\s+$/u;

export function paragraphNewcomer(text: string, quoteAt: number, pronoun: string, people: PersonMention[], book: EntityBook): Speaker | null {
  // (`وقالت: «…»` opening a Hebrew or Arabic paragraph: the person the paragraph before opened with, semitic-paragraph-subject.ts.)
  const semitic = /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text.slice(Math.max(0, quoteAt - 20), quoteAt)) ? previousParagraphSubject(text, quoteAt, pronoun, people, book) : null;
  if (semitic) return semitic;
  const paragraphStart = text.lastIndexOf('\n', quoteAt) + 1;
  const lead = text.slice(paragraphStart, quoteAt);
  // (Only the paragraph's own introduction: no quote in it before this one.)
  if (/["“”«»„]/u.test(lead)) return null;
  const named = people.filter((mention) => mention.at >= paragraphStart && mention.at < quoteAt);
  if (named.length !== 1) return null;
  const [newcomer] = named as [PersonMention];
  if (!newcomer.name.includes(' ') || people.some((mention) => mention.at < paragraphStart && mention.name === newcomer.name)) return null;
  // (`montada no pátio do Centro Municipal, com 20 leitos`: a run after a fused article is a place or a body, no newcomer.)
  if (FUSED_ARTICLE_BEFORE.test(text.slice(Math.max(0, newcomer.at - 8), newcomer.at))) return null;
  // (`The founder of another firm in Harlow Ridge’s portfolio, …, said:`: a name in the possessive owns what is described, it is no newcomer.)
  if (/^[’']s?(?![\p{L}])/u.test(text.slice(newcomer.at + newcomer.name.length, newcomer.at + newcomer.name.length + 3))) return null;
  const apposed = ROLE_APPOSITION.exec(text.slice(newcomer.at + newcomer.name.length, newcomer.at + newcomer.name.length + 40))?.[1];
  const role = apposed && !NO_APPOSITION.test(apposed) ? apposed : undefined;
  // (`Помощ обеща кметът на общината X Y на сесията. Той заяви: „…“`: a role written just before the name, the subject put
  // after its verb, introduces the newcomer as well. Not in Latin script, where English `He met the farmer X` or
  // `Prosecutor X told the court …` before a `she said` leave the pronoun to whom it was.)
  if (!role && (/\p{Script=Latin}/u.test(newcomer.name) || !roleWrittenBefore(text, newcomer.name, newcomer.at + newcomer.name.length))) return null;
  const gender = pronounGender(pronoun);
  const roleGender = !role ? null : FEMININE_ROLE.test(role) ? 'female' : MASCULINE_ROLE.test(role) ? 'male' : null;
  const known = book.entities.get(newcomer.name)?.gender ?? book.genders.get(newcomer.name) ?? roleGender;
  if (!gender || (known && known !== gender) || book.entities.get(newcomer.name)?.body) return null;
  return { name: newcomer.name, kind: 'name' };
}
