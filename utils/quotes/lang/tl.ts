/**
 * Tagalog (Filipino): after a quote `,” ani X, <role>.`, `,” sabi ni X.`, `,” dagdag pa niya.` / `aniya` (he or she), `,”
 * paliwanag ng propesor.` (an office, `ng` before a common noun: the one the text gave it), `,” sabi ng isang kawani.` (an employee: someone
 * unnamed), `,” ayon kay X.`; before one
 * `Ayon kay X, <role>, “…”` ("according to X"), `Giit pa ni X: “…”`, `Ani X: “…”`, `Aniya: “…”`. A sentence before the
 * quote names its speaker by the markers of a person: `Sinabi pa ni X na …` (`ni`, the doer of a verb in -in-/i-), `Si X,
 * <role>, ay nagsabing …` and `… si X, 34, …` (`si`, the sentence's topic); `Isang <noun> … ang nagsabing …` (it was a
 * <noun> who said) is someone unnamed. Forms of address (`Mang`, `Aling`, `Ka`, `G.`, `Gng.`, `Bb.`) come off the name; an
 * office or degree before it (`Dr.`, `Kapitana`, `Mayor`) is its role when no other is given; a nickname in quotation marks
 * inside the name (`Juan “Jun” X`) is no part of it, and `Ma.` (Maria) before a given name is.
 */

import type { SpeakerPhrase } from '../cues';
import { verbFirstTagAfter } from './tag-pattern-reader';
import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** Nouns of saying that open a tag: `sabi`, `wika`, `dagdag`, `giit`, `paliwanag` ("explanation of"), `tanong`, `sagot`. */
const SAYING = '(?:sabi|wika|dagdag|giit|paliwanag|pahayag|saad|tanong|sagot|tugon|paalala|babala|diin|kuwento|kwento|reklamo|pahabol|puna|hirit|bilin|payo)';
/** Particles that may follow the noun of saying (`dagdag pa`, `sabi naman`, `giit din`): also, in turn, too, only. */
const PARTICLES = '(?:\\s+(?:pa|naman|rin|din|lamang|lang|umano|daw|raw))*';
/** Forms of address: Mr (`G.`), Mrs (`Gng.`), Miss (`Bb.`), the countryside's `Mang`, `Aling`, and `Ka`. No role. */
const ADDRESS = '(?:Mang|Aling|Ka|G\\.|Gng\\.|Bb\\.)';
/** Offices and degrees written before a name: the person's role when the text gives no other. */
const OFFICE = '(?:Atty\\.|Dr\\.|Dra\\.|Engr\\.|Sen\\.|Rep\\.|Gov\\.|Kap\\.|Kapitan|Kapitana|Konsehal|Konsehala|Kagawad|Mayor|Bise\\s+Mayor|Gobernador|Prop\\.|Propesor|Padre|Sec\\.|Kalihim|Hukom|Heneral|Koronel|Hepe)';
/** A full stop of `Ma.` (Maria, as Filipinos shorten it) masked while a name is read, so the name runs on across it. */
const MASKED_DOT = '\u2024';
const NAMED = `(?:${ADDRESS}\\s+)?(?:(${OFFICE})\\s+)?(${NAME_RUN})`;
/** The role set off by a comma after the name, up to the clause's end or a lower-case `sa` of place and time. */
const ROLE_AFTER = '(?:,\\s+(\\p{Ll}[^,.;:!?“”"]{1,100}?))?';
/** `sabi ni X, 47, may-ari ng …`: an age between the name and the role after it (not before `taga-Y`, where one is from). */
const AGE_BEFORE_ROLE = '(?:,\\s+\\d{1,3}(?=,\\s+(?!taga-)\\p{Ll}))?';
/** Where a sentence starts: a frame's start or the end of the sentence before. */
const OPENS = '(?:^|[.!?]\\s+)';
/** Words every Tagalog sentence about someone holds one of: the markers of a noun (`ang`, `ng`, `mga`), `ay`, `nang`, `niya`. */
const TAGALOG_WORD = /(?:^|\s)(?:ang|ng|mga|ay|nang|niya|kanyang|kaniyang)(?=\s)/u;

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*(?:aniya|${SAYING}${PARTICLES}\\s+niya)(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*(?:ani|${SAYING}${PARTICLES}\\s+ni|ayon${PARTICLES}\\s+kay)\\s+${NAMED}${AGE_BEFORE_ROLE}${ROLE_AFTER}(?=[,.;:!?]|\\s+(?:sa|habang|nang|noong)\\s|$)`, 'u'),
  // `,” sabi ng isang kawani.` (said an employee), `ng isa sa mga residente` (one of the residents): someone unnamed.
  someoneAfter: new RegExp(`^[\\s,]*${SAYING}${PARTICLES}\\s+ng\\s+((?:isang|isa\\s+sa\\s+mga)\\s+\\p{Ll}[^.,;:!?“”"]{1,80}?)\\s*(?=[.,;!?]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*${SAYING}${PARTICLES}\\s+ng\\s+(\\p{Ll}{4,})\\s*[.!,](?:\\s|$)`, 'u'),
  according: new RegExp(`${OPENS}Ayon\\s+kay\\s+${NAMED}${ROLE_AFTER},?\\s*$`, 'u'),
  sayingBefore: new RegExp(`${OPENS}(?:\\p{Lu}\\p{Ll}+${PARTICLES}\\s+(?:ni|kay)|Ani${PARTICLES})\\s+${NAMED}\\s*[:,]\\s*$`, 'u'),
  pronounBefore: new RegExp(`${OPENS}(?:Aniya|\\p{Lu}\\p{Ll}+${PARTICLES}\\s+niya)${PARTICLES}\\s*[:,]?\\s*$`, 'u'),
  // `Sinabi pa ni X na …`, `Itinanggi naman ni X ng Y na …`, `Inamin ni X`: a verb in -in- or i-…-in- and `ni`, its doer.
  doer: new RegExp(`${OPENS}(?:\\p{Lu}in\\p{Ll}{2,}|I\\p{Ll}in\\p{Ll}{2,}|In\\p{Ll}{2,}|Binigyang-diin)${PARTICLES}\\s+ni\\s+${NAMED}${ROLE_AFTER}(?=\\s+(?:na|ng|sa|kay|ang)\\s|[,.:]|\\s*$)`, 'u'),
  // `Si X, <role>, ay …`, `… si X, 34, taga-Y, na …`, `Nagsalita si X`: the person the sentence is about.
  topic: new RegExp(`(?:^|[\\s,])[Ss]i\\s+${NAMED}${ROLE_AFTER}(?=[,.:]|\\s+(?:ay|na|ang|ng|sa|kay|at)\\s|\\s*$)`, 'u'),
  // `…, sinabi ng alkalde: “…”`, `Idinagdag pa ng propesor:`: a verb in -in- and `ng` before one common noun, an office the text gave someone.
  officeBefore: new RegExp(`(?:^|[.!?,]\\s+)(?:\\p{L}in\\p{Ll}{2,}|[Ii]\\p{Ll}in\\p{Ll}{2,}|[Ii]n\\p{Ll}{2,})${PARTICLES}\\s+ng\\s+(\\p{Ll}{4,})\\s*:\\s*$`, 'u'),
  // `Isang nars na … ang nagsabing …` (a nurse … was the one who said): someone unnamed, described by the noun and its clause.
  someone: new RegExp(`${OPENS}((?:Isang|Isa\\s+sa\\s+mga)\\s+\\p{Ll}+(?:\\s+na\\s+\\p{Ll}+)?)[^.!?“”"]*?\\s+ang\\s+(?:nagsabi|nagsabing|nagsalita|nagkuwento|nagpahayag)(?=[\\s,:]|$)`, 'u'),
}));

/** `Ma.` before a capital masked, and a nickname in marks between two capitalised words (`Juan “Jun” Cruz`) taken out. */
const readable = (frame: string) =>
  frame.replace(/(?<![\p{L}])Ma\.(?=\s+\p{Lu})/gu, `Ma${MASKED_DOT}`).replace(/(?<=\p{Lu}\p{Ll}+)\s+[“"‘][\p{Lu}][\p{L}-]{1,15}[”"’](?=\s+\p{Lu})/gu, '');

/** The person a match names: the name with `Ma.` restored, the role given after it or else the office before it. */
function named(match: RegExpExecArray, office = 1): SpeakerPhrase | null {
  const name = match[office + 1]!.replaceAll(MASKED_DOT, '.');
  // (`wika ni Gng.`: a frame cut at an address's full stop holds no name, only the address.)
  if (/^(?:G|Gng|Bb|Dra|Ma)$/u.test(name)) return null;
  return person(name, match[office + 2]?.trim() || match[office]?.trim() || null);
}

export const tagalog: LanguageCues = {
  applies: (frame) => /(?:^|[\s,])(?:ani|aniya|niya|ni|kay|ng|Ayon|[Ss]i|Isang)(?=[\s.,:!?]|$)/u.test(frame),
  after(written) {
    return verbFirstTagAfter(readable(written.split('\n')[0]!), patterns(), (match) => named(match));
  },
  before(written): SpeakerPhrase | null {
    const frame = readable(written);
    const match = patterns().according.exec(frame) ?? patterns().sayingBefore.exec(frame);
    if (match) return named(match);
    if (patterns().pronounBefore.test(frame)) return pronoun('they');
    const office = patterns().officeBefore.exec(frame)?.[1];
    if (office) return officeDescriptor(office);
    // The sentence's own words tell it is Tagalog: `si` and `ni` alone are Spanish "if" and Italian "us" too.
    if (!TAGALOG_WORD.test(frame)) return null;
    const someone = patterns().someone.exec(frame)?.[1];
    if (someone) return described(someone);
    const doer = patterns().doer.exec(frame) ?? patterns().topic.exec(frame);
    return doer ? named(doer) : null;
  },
};
