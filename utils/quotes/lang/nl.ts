/**
 * Dutch: `"…," zegt Jansen`, `aldus raadslid X`, `volgens X`, `zei hij`, `X zei: "…"`, roles before the
 * name with or without a capital (`Wethouder Pieter van Dam`, `woordvoerder Sanne Kuipers`).
 */

import { alternation, person, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';
import { DUTCH_ADDRESS } from '../address-dot';

const VERBS = alternation(
  ('zegt zei zeiden zeggen vertelt vertelde stelt stelde aldus benadrukt benadrukte verklaart verklaarde schrijft schreef ' +
    'antwoordt antwoordde reageert reageerde meent vindt vond erkent erkende waarschuwt waarschuwde zucht zuchtte lacht ' +
    'lachte concludeert concludeerde licht legt vult voegt beaamt beaamde bevestigt bevestigde noemt noemde').split(' '),
);

const cues = latinCues({
  afterVerbs: VERBS,
  // (`X noemt de sluiting een ‘…’`: what someone calls a thing is their words, as English "called".)
  subjectVerbs: 'zegt|zei|vertelt|vertelde|schrijft|schreef|verklaarde|verklaart|stelt|stelde|reageerde|antwoordde|noemt|noemde',
  pronouns: { hij: 'male', zij: 'female', ze: 'female' },
  dropsSubject: false,
  according: '[Vv]olgens',
  articles: 'de|het|een|die|deze|zijn|haar',
  hasArticles: false,
  // `legt Hoekstra uit`, `voegt hij eraan toe`: the separable verb's particle ends the speaker phrase.
  stops: 'tijdens|in|op|bij|tegen|aan|na|voor|over|met|gisteren|vandaag|eerder|later|ook|nog|al|uit|toe|eraan|daarover|desgevraagd|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
  recipients: 'tegen|aan',
  outlet: /^(?:krant|dagblad|omroep|courant|nieuwsblad|persbureau|ANP|NOS|RTL|\p{L}*[Kk]rant|\p{L}*[Dd]agblad)$/u,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: roleAnaphor(/^(?:de|het)\s+/u),
});

const read = roleNounReading(cues, { dropsSubject: false, placeAfterRole: false, according: '[Vv]olgens' });

/** `aldus De Graaf`, `zegt Van Dam`: a family name alone opens with its particle, capitalised, which is no article then. */
const PARTICLE_NAME = /^[—–-]?\s*\p{Ll}+\s+((?:De|Van|Ter|Ten|Den|Het)(?:\s+(?:de|der|den|het))?\s+\p{Lu}[\p{L}'’-]+)(?=[\s,.;!?]|$)/u;

/** `aldus De Volkskrant`: a paper's name opens with De too. */
const PAPER = /(?:krant|blad|courant|telegraaf|tijd|post|stem|omroep|nieuws)$/iu;

function particleName(frame: string) {
  const name = PARTICLE_NAME.exec(frame)?.[1] ?? '';
  return PAPER.test(name) ? null : person(name);
}

/**
 * `‘…’, klinkt het bij woordvoerder X.` (Flemish: "so it sounds at X"): the one after `bij`/`van` said the words, read as
 * after `zegt`.
 */
const SOUNDS_AT = /^([—–-]?\s*)klinkt\s+het\s+(?:(?:nog|ook|dan\s+weer)\s+)?(?:bij|van)\s+(?=\S)/u;

function soundsAt(frame: string) {
  const opening = SOUNDS_AT.exec(frame);
  return opening ? read.after(`${opening[1]}zegt ${frame.slice(opening[0].length)}`) : null;
}

/**
 * `Dat zegt Hendrik Mulder (77), die …`: "that" opens the sentence as the verb's object and the speaker follows the verb
 * (verb second), so the demonstrative is never the subject; the sentence is read as a tag after the words (`zegt X`).
 * (`Dat geld hebben we niet`: no verb of saying after `Dat`, left as it is.)
 */
const DEMONSTRATIVE_THEN_SAYING = /^\s*(?:Dat|Dit|Zo)\s+(?=(?:zegt|zei|vertelt|vertelde|schrijft|schreef|stelt|stelde|verklaart|verklaarde|benadrukt|benadrukte)\s+\S)/u;

function demonstrativeOpening(frame: string) {
  const opening = DEMONSTRATIVE_THEN_SAYING.exec(frame);
  return opening ? read.after(frame.slice(opening[0].length)) : undefined;
}

/**
 * `De wethouder: „…”`: a sentence of only the article and a role noun before the colon is a label standing for the one
 * holding that role, read as `De wethouder zei:` is (a description the story's named holder answers to).
 * (`De conclusie: „…”`: a noun that is no role is a heading, left alone.)
 */
const ROLE_LABEL = /(?:^|[.!?…]\s+)((?:De|Het)\s+(\p{Ll}[\p{Ll}-]+))\s*:\s*$/u;

/** The holder a role label before the quote stands for (`… lekkages. De wethouder:`), or null; lang/index.ts asks it last. */
export function dutchRoleLabel(frame: string): SpeakerPhrase | null {
  const label = ROLE_LABEL.exec(frame);
  return label && isNewLanguageRoleNoun(label[2]!) ? read.before(`${label[1]} zei: `) : null;
}

/**
 * Forms of address and degrees shortened in lower case before a name, no part of it nor a role (as Afrikaans's, lang/af.ts):
 * `zegt mevr. Anneke de Boer`, `aldus dhr. Jan Smit`, `mr.` (the lawyer's), `drs.`, `ir.`, `ing.`.
 */
const ADDRESS = new RegExp(`(?<![\\p{L}])(?:${[...DUTCH_ADDRESS, 'mr'].join('|')})\\.\\s+(?=\\p{Lu})`, 'gu');
const withoutAddress = (frame: string) => (frame.includes('.') ? frame.replace(ADDRESS, '') : frame);

export const dutch: LanguageCues = {
  ...read,
  before: (raw) => {
    const frame = withoutAddress(raw);
    const inverted = demonstrativeOpening(frame);
    return inverted === undefined ? read.before(frame) : inverted;
  },
  after: (raw) => {
    const frame = withoutAddress(raw);
    return read.after(frame) ?? (read.applies(frame) ? particleName(frame) : null) ?? soundsAt(frame);
  },
};
