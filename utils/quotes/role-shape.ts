/**
 * A role is a noun phrase: `Bäckerin aus Oberau`, `el consejero de Agricultura`. Words before a name that end in a
 * finite "to be" are a clause that happens to end in the name (`Unter den Demonstranten war auch X`, `Among the
 * protesters was X`, `Entre los vecinos estaba X`), read as a role only because a noun for people stands in it.
 * The forms are a closed class, lower case, in the languages whose roles are read before the name.
 */

// (A contracted title a description spells out, `Cllr` … `the Labour councillor`, is shaped there too: spelled-title.ts.)
export { spelledOutTitle } from './spelled-title';

const FINITE_BE = new Set(
  (
    'was were is are been ' + // English
    'war waren ist sind wurde ' + // German
    'était étaient est sont fut ' + // French
    'estaba estaban está están era eran fue es son ' + // Spanish
    'erano è fu sono stava ' + // Italian
    'estava estavam foi são ' + // Portuguese
    'был была были было является ' + // Russian
    'був була були було є ' + // Ukrainian
    'was waren is zijn ' + // Dutch
    'var är er ' + // Swedish, Norwegian, Danish
    'był była byli jest są ' + // Polish
    'era erau este sunt' // Romanian
  ).split(' '),
);

/**
 * A form of address, a degree or an article alone is no role (`dijo doña X`, `gibt Mag. X zu bedenken`, Catalan `L'Arnau`;
 * the Vietnamese academic ranks `TS Khôi`, `PGS.TS X`, doctor, associate professor: the role is the post the text gives).
 */
const ADDRESS_ALONE = /^(?:doña|don|dona|dom|señora|señor|sra\.|sr\.|(?:la\s+)?senyora|(?:el\s+)?senyor|[LlDd]['’]|Mag\.|Ing\.|Dipl\.-Ing\.|Mgr\.|Prof\.|Dr\.|ông|bà|anh|chị|cô|(?:(?:PGS|GS)\.?\s?)?TS\.?|ThS\.?|PGS\.?|GS\.?)$/u;
/** `Det sier X`, `Das sagt X`: the words pointing back at a quote, read before the name, are no role. */
const POINTING_BACK = /^(?:Det|Dat|Das)\s+\p{Ll}+$/u;
/** What someone was doing as they spoke is no role: a Romance gerund (`apontando para o cais`, `indicando le barche`, `en souriant`). */
const GERUND_OPENING = /^(?:\p{Ll}{2,}(?:ando|endo|indo)|en\s+\p{Ll}{2,}ant)(?:\s|$)/u;
/**
 * A plural article opening what follows one person's name is an absolute construction, what they look like, not what they
 * are (`X, 67 ans, les mains encore blanches de farine`, `X, los ojos rojos`, `X, gli occhi lucidi`, `X, os olhos marejados`).
 */
const PLURAL_OPENING = /^(?:les|los|las|gli|os)\s/u;
/** An Italian cleft before the name (`A denunciarlo è la figlia, X`): the role is what follows the copula. */
const CLEFT_OPENING = /^(?:a|ad)\s+\p{Ll}+\s+(?:è|era|fu)(?:\s+stat[oa])?\s+(?=\p{Ll})/u;

/** "Also" between the verb and the name: `war auch X`, `était aussi X`. */
const ALSO = new Set('also too auch aussi également también anche também тоже також ook også även też și'.split(' '));

/** The role, or null when its words are a clause ending in a finite "to be" (see above); a role may hold one inside (`directeur, qui est …`). */
export function roleOrClause(role: string | null): string | null {
  if (!role) return role;
  role = tidiedEnds(role).replace(CLEFT_OPENING, '');
  // (`A. Kazlauskas`: a given name's initial left before the family name is no role.)
  if (!role || ADDRESS_ALONE.test(role) || /^\p{Lu}\.$/u.test(role) || PLURAL_OPENING.test(role) || GERUND_OPENING.test(role) || POINTING_BACK.test(role)) return null;
  const words = role.split(/\s+/u);
  if (ALSO.has(words.at(-1)!)) words.pop();
  return FINITE_BE.has(words.at(-1)!) ? null : role;
}

/** A role that is a form of address or a degree alone (`TS` of `TS Khôi nói`) gives way to the next source, the introduction's post. */
export function addressAloneAside(role: string | null | undefined): string | null | undefined {
  return role && ADDRESS_ALONE.test(role.trim()) ? null : role;
}

/**
 * A role's ends without what only stood beside it: a form of address written between the office and the name
 * (`Maun West legislator Ms X`, `The Minister of Environment, Mr X`) and the English "For" of a sentence about someone
 * (`For former miner X, 74, …`).
 */
function tidiedEnds(role: string): string {
  return role.replace(/,?\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/u, '').replace(/^For\s+(?=\p{L})/u, '').trim();
}
