/**
 * `Julien X ne décolère pas. Ce papa de deux enfants scolarisés à Y a lancé la pétition.`: a demonstrative and a
 * lower-case noun open a description pointing back at the person just named; a capital the description ends on after a
 * preposition (`à Y`) is a place, not that person. Read as "he" or "she" by the determiner's gender, a descriptor, so
 * the person named before stays the subject.
 */

import type { SpeakerPhrase } from '../cues';
import { pronoun } from './shared';

const DEMONSTRATIVE = /^(Ce|Cet|Cette|Este|Esta|Esse|Essa|Questo|Questa|Deze)\s+\p{Ll}/u;
/** A role read before a name that ends on a preposition: the name is its object. */
const PREPOSITION_LAST = /\s(?:à|au|aux|de|du|des|en|dans|a|al|del|di|della|da|do|em|no|na|in|uit|van)$/u;
const FEMININE = /^(?:Cette|Esta|Essa|Questa)$/u;

/** The descriptor a name read after a demonstrative's description and a preposition stands for, else the name as read. */
export function placeAfterDemonstrative(found: SpeakerPhrase | null): SpeakerPhrase | null {
  const demonstrative = found?.kind === 'name' && found.role && PREPOSITION_LAST.test(found.role) ? DEMONSTRATIVE.exec(found.role)?.[1] : undefined;
  if (!demonstrative) return found;
  const gender = FEMININE.test(demonstrative) ? 'female' : demonstrative === 'Deze' ? null : 'male';
  return { ...(gender ? pronoun(gender === 'female' ? 'she' : 'he', gender) : pronoun('they')), descriptor: true };
}

/**
 * `dice este ganadero de 70 años`, `assure cette ingénieure`: a tag's demonstrative description is the person just named;
 * a source (`cette source`, `esta fuente`) is someone the paper does not name, kept as written.
 */
const DEMONSTRATIVE_DESCRIPTION = /^(este|esta|ese|esa|aquel|aquella|esse|essa|ce|cet|cette|questo|questa|quel|quella|dieser|diese)\s+(?!(?:source|fuente|fonte|quelle|informateur|informante)\b)\p{Ll}/u;

export function demonstrativeDescription(found: SpeakerPhrase | null): SpeakerPhrase | null {
  const demonstrative = found?.kind === 'description' ? DEMONSTRATIVE_DESCRIPTION.exec(found.phrase)?.[1] : undefined;
  if (!demonstrative) return found;
  const female = /^(?:esta|esa|aquella|essa|cette|questa|quella|diese)$/u.test(demonstrative);
  return { ...pronoun(female ? 'she' : 'he', female ? 'female' : 'male'), descriptor: true };
}
