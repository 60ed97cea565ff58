/**
 * `O economista X Y Z`, `el delegado X Y Z`: a Romance article and one lower-case word (the role noun) right before a run
 * of capitalised words (lang/newlang-roles.ts keeps the run's three words as the name then).
 */
// (Not `, a` before it: Polish "and", `…, a szkoleniowiec Warty Robert Jankowski`.)
export const ROMANCE_ARTICLE_ROLE = /(?:^|(?<!,)\s)(?:(?:[OoAa]s?|[Ee]l|[Ll]as?|[Ll]os|[Ii]l|[Ll]o|[Ll]es?|[Uu]ma?|[Uu]na?|[Uu]ne|do|da|dos|das|del|della|du)\s+|[Ll]['’])\p{Ll}+\s+$/u;
