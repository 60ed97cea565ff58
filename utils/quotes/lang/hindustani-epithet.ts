/**
 * Hindi and Urdu have no article, so `बुज़ुर्ग कलाकार ने कहा` ("the elderly artist said") and `कलाकार ने कहा` read alike but
 * for the word before the noun. An epithet of age or experience there (`बुज़ुर्ग`, `अनुभवी`, Urdu `بزرگ`) describes someone
 * the story already named, as English `the veteran artist` does; a bare office
 * (`प्रवक्ता ने कहा`) or one opened by "one" (`एक बुज़ुर्ग दर्शक`) stays someone unnamed (lang/hi.ts). An age in years
 * (`47 वर्षीय मछुआरे`) is no epithet: it as often brings someone new in, and the office reading gives the noun's holder or
 * an unnamed person.
 */

import type { SpeakerPhrase } from '../cues';
import { pronoun } from './shared';

const EPITHETS = new Set(
  ('बुज़ुर्ग बुजुर्ग वृद्ध वयोवृद्ध बूढ़े बूढ़ी बुढ़े युवा नौजवान अनुभवी दिग्गज उम्रदराज़ उम्रदराज ' +
    'بزرگ بوڑھے بوڑھی معمر نوجوان').split(' '),
);

/** Whether the word before a role noun makes it a description of a person named before (`बुज़ुर्ग` in `बुज़ुर्ग कलाकार`). */
export const isEpithet = (word: string): boolean => EPITHETS.has(word);

/** The descriptor read as the latest salient person, as a subject left out is (attribute.ts). */
export const epithetDescriptor = (): SpeakerPhrase => ({ ...pronoun('they'), descriptor: true });
