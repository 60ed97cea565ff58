/**
 * The subject of a Hindi, Urdu or Nepali sentence as introduced.ts asks for it: hi.ts's and ne.ts's agent readers, after
 * two shapes they do not read themselves (a person brought in with the copula, hindustani-copular-intro.ts, and the one below).
 *
 * Hindi and Urdu reports of a reply: `جب X سے پوچھا گیا تو انہوں نے تسلیم کیا کہ …`, `जब X से संपर्क किया गया तो
 * उन्होंने बताया कि …` ("when X was asked/contacted, he admitted that …"). The one asked is the one who answers: the
 * pronoun agent of the main clause is X, so the sentence is read as `X نے تسلیم کیا`, as if X were its agent. A pronoun
 * asked (`جب ان سے پوچھا گیا`) names no one; another agent answering (`… تو ترجمان نے کہا`) is left as written.
 */

import { hindiSubject as hindiAgentSubject, urduSubject as urduAgentSubject } from './hi';
import type { SpeakerPhrase } from '../cues';
import { nepaliSubject as nepaliAgentSubject } from './ne';
import { copularIntroduced } from './hindustani-copular-intro';

/** `X سے پوچھا گیا تو انہوں نے`: asked, contacted, spoken to or questioned, perhaps passive, then "then he/she". */
const URDU_ASKED = /(?<=\s\p{Script=Arabic}+)(?<!(?:^|\s)(?:ان|اس|آپ|ہم|ہمیں))\s+سے\s+(?:پوچھا|رابطہ\s+کیا|بات\s+کی|سوال\s+کیا|استفسار\s+کیا|گفتگو\s+کی)(?:\s+(?:گیا|گئی|گئے))?[\s،,]+تو\s+(?:انہوں|انھوں)\s+نے(?=\s)/u;
const HINDI_ASKED = /(?<=\s\p{Script=Devanagari}+)(?<!(?:^|\s)(?:उन|इन|उस|इस|आप|हम))\s+से\s+(?:पूछा|संपर्क\s+किया|बात\s+की|सवाल\s+किया)(?:\s+(?:गया|गई|गए))?[\s,]+तो\s+(?:उन्होंने|उसने)(?=\s)/u;

/** The subject of an Urdu sentence, `when X was asked, he …` read as X's (lang/hi.ts reads the rest). */
export const urduSubject = (sentence: string): SpeakerPhrase | null => urduAgentSubject(sentence.replace(URDU_ASKED, ' نے'));

/** The subject of a Hindi sentence, `when X was asked, he …` read as X's; `ऐसे ही एक किसान हैं X Y।` (lang/hindustani-copular-intro.ts). */
export const hindiSubject = (sentence: string): SpeakerPhrase | null => copularIntroduced(sentence) ?? hindiAgentSubject(sentence.replace(HINDI_ASKED, ' ने'));

/** The subject of a Nepali sentence; `त्यस्तै एक किसान हुन् X Y।` names X Y (lang/hindustani-copular-intro.ts). */
export const nepaliSubject = (sentence: string): SpeakerPhrase | null => copularIntroduced(sentence) ?? nepaliAgentSubject(sentence);
