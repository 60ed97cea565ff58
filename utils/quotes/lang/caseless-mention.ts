import type { Gender } from '../coreference';

/** A person mention found in a script without capitals (zh-mentions.ts, ko-mentions.ts, ja-mentions.ts). */
export interface CaselessMention {
  /** The full name as the text first gives it (`王建国`, `이서준`, `山本健一`), or a family name with its form of address (`张女士`). */
  name: string;
  at: number;
  /** The mention is its sentence's subject or topic (`…는`, `…は`, opening a Chinese clause). */
  subject: boolean;
  /** The office or noun for a person written with the name (`选手`, `연구사`, `農家`), or null. */
  role: string | null;
  gender: Gender | null;
}
