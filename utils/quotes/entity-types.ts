/** The entity model's shapes (entities.ts builds them; see its header for what each holds and why). */
import type { Gender } from './coreference';

export interface Entity {
  name: string;
  gender: Gender | null;
  age: number | null;
  /** Roles in text order with the offset where each was learned. */
  roles: Array<{ at: number; role: string }>;
  /** Offices and role nouns, spelled out and lower-case ("senator", "treasurer"). */
  offices: Set<string>;
  /** Appositives as written without their article ("mother of two"), for "the mother of two". */
  descriptions: Set<string>;
  outlet: boolean;
  /** An appositive calls it a body ("Velmar Energy, the nation's largest coal company,"): never a "he" or "she". */
  body?: boolean;
}

export interface Mention {
  name: string;
  at: number;
  /** The sentence is about this person: the mention opens it, so a later "she" is likely her. */
  subject: boolean;
  /** "X and Y said": the group the two make, for a later "they". */
  group?: string;
  /** `Hearts head coach X`: named only to qualify another's role, so no candidate for "the Ivorian" (stated-post.ts). */
  qualifier?: boolean;
}

export interface EntityBook {
  entities: Map<string, Entity>;
  /** Mentions in text order. */
  mentions: Mention[];
  /** Genders learned for names, including speakers no capitalised mention names (Arabic cues teach them). */
  genders: Map<string, Gender>;
}

/** A person the text has said nothing about yet. */
export function blankEntity(name: string, gender: Gender | null): Entity {
  return { name, gender, age: null, roles: [], offices: new Set(), descriptions: new Set(), outlet: false };
}
