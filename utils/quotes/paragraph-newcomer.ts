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
  const role = ROLE_APPOSITION.exec(text.slice(newcomer.at + newcomer.name.length, newcomer.at + newcomer.name.length + 40))?.[1];
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
