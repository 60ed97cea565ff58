/**
 * `Paul Renard et sa compagne, Julie Masson,`, `seine Tochter Lena Vogt`, `zijn zoon Jelle Bakker`: a possessive and a
 * relation noun right before a name, in the Romance and Germanic languages, give the person's gender; so do Ukrainian and
 * Russian ones (`Її чоловік Тарас`, `Её муж Виктор`).
 */
import type { Gender } from './coreference';

const FEMALE = 'compagne|femme|épouse|fille|mère|sœur|esposa|mujer|hija|madre|hermana|moglie|compagna|figlia|sorella|mulher|filha|mãe|irmã|Frau|Ehefrau|Tochter|Mutter|Schwester|Partnerin|vrouw|dochter|moeder|zus|hustru|dotter|mor|syster|kone|datter|søster|дружина|сестра|донька|дочка|мати|жена|дочь|мать';
const MALE = 'compagnon|mari|époux|fils|père|frère|esposo|marido|hijo|padre|hermano|marito|compagno|figlio|fratello|filho|pai|irmão|Mann|Ehemann|Sohn|Vater|Bruder|man|zoon|vader|broer|make|son|far|bror|sønn|søn|чоловік|брат|син|батько|муж|сын|отец';
const OWNER = '(?:sa|son|su|sua|suo|seu|sein|seine|seinem|ihr|ihre|ihrem|zijn|haar|hans|hennes|hendes|dess|hens|[Її]ї|[Йй]ого|[Її]хній|[Її]хня|[Ее]ё|[Ее]го|[Ии]х)';
const RELATION_BEFORE = new RegExp(`(?:^|\\s)${OWNER}\\s+(?:(${FEMALE})|(${MALE}))\\s*,?\\s*$`, 'u');

/** The gender a possessive relation noun right before a name gives (`… sa compagne, `), or null. */
export function relationGenderBefore(lead: string): Gender | null {
  const found = RELATION_BEFORE.exec(lead);
  return found ? (found[1] ? 'female' : 'male') : null;
}
