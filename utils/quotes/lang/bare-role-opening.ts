/**
 * A sentence opening on a role noun with no article and no name (`Hydrolog z tamtejszej stacji potwierdza …`,
 * `Liječnica otočke ambulante upozorila je …`, `Геолог от общината, който …`): in the languages without articles this
 * is someone new and unnamed, whom the next "he said" or bare verb quotes, not the person quoted before. The same noun
 * met earlier in the text (`Hydrolog Jan Kos …` then `Hydrolog dodaje`) is that person again, so it brings in no one.
 */
import { isForeignRoleNoun } from './role-nouns';

/** A capitalised word right after another: a given and family name, or a name after the role. */
const NAME_PAIR = /(?:^|\s)\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{Ll}’'-]+/u;

/**
 * What the noun must be given at once to be someone new: a place or body it is from (`z`, `iz`, `за`, `от`) or a genitive
 * (`otočke ambulante`, `okresního sboru`). A verb or a negation right after it (`Szkoleniowiec nie miał …`) is the person
 * already met, called by the role.
 */
// (Icelandic and Faroese `hjá`, `á`, `í`, `við`, `frá`, `úr`: `Leiðsögumaður hjá einni útgerðinni segir …`.)
const COMPLEMENT = /^(?:z|ze|od|iz|za|sa|s|u|v|ve|na|pri|do|iš|hjá|á|í|við|frá|úr|из|от|за|с|в|на|при|по|към|\p{Ll}+(?:ego|ej|ych|ých|ého|ího|ske|ské|ke|og|ih|oga|ого|ой|ых|ата|ите|ия))$/u;

/** The unnamed person `sentence` opens with by a bare role noun, or null; `before` is the text ahead of it. */
export function bareRoleOpening(sentence: string, before: string): { phrase: string; gender: null } | null {
  const found = /^(\p{Lu}\p{Ll}{3,})\s+(\p{Ll}[^\s,.;:!?]*)/u.exec(sentence);
  if (!found || !isForeignRoleNoun(found[1]!) || !COMPLEMENT.test(found[2]!)) return null;
  // (`Starosta obce Ján Mikuláš chce …`: a name in the subject's clause names the person.)
  const clause = sentence.split(/[,.;:!?«»„“”"–—]/u)[0]!;
  if (NAME_PAIR.test(clause.slice(found[1]!.length))) return null;
  const noun = found[1]!.toLowerCase();
  // (An inflected form of a name met before, `Etxeberriaren arabera`, shares its first six letters too.)
  const stem = noun.slice(0, Math.max(4, Math.min(6, noun.length - 2)));
  if (new RegExp(`(?<![\\p{L}])${stem}`, 'iu').test(before)) return null;
  const words = clause.split(/\s+/u).slice(0, 4).join(' ');
  return { phrase: words.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()), gender: null };
}
