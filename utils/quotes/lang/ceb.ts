/**
 * Cebuano (Bisaya): after a quote `,” matud ni X.` / `sumala ni X` / `ingon ni X` / `dugang ni X` (a noun of saying and
 * `ni`, the marker of a person who does), `,” matud niya.` / `siya miingon.` / `miingon siya.` (he or she: the person just
 * quoted), `,” miingon si X.` (a verb in mi- and `si`, the person it is about), `,” pahayag sa mayor.` (an office after
 * `sa`: the one the text gave it), `,” matud sa usa ka magtutudlo …` (someone unnamed); before one `Matud ni X, “…”`,
 * `Sumala ni X, <role>, “…”`, `Si X midugang: “…”`, `Si X, <role>, miingon: “…”`, `Miingon si X:`, `Siya miingon:`, and a
 * sentence `Gipasabot ni X nga …` (a verb in gi-, its doer after `ni`). Forms of address (`G.`, `Gng.`, `Bb.`, `Manang`,
 * `Manong`, `Nang`, `Nong`) come off the name; an office before it (`Dr.`, `Mayor`, `Kapitan`) is its role.
 */

import type { SpeakerPhrase } from '../cues';
import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** Nouns of saying that open a tag: word (matud), according to (sumala), said (ingon), addition, warning, statement, answer, question, story. */
const SAYING = '(?:matud|sumala|ingon|dugang|pasidaan|pahayag|tubag|pangutana|asoy|saysay|hisgot|pasabot|tataw|pahimangno|badlong|reklamo|sugilon)';
/** Verbs of saying in mi- (past, actor in focus) and ni- / nag- (did, was doing): said, added, explained, answered, stressed, asked, warned. */
const VERBS = 'miingon miinggon midugang mipasabot mitubag mipahayag mipasidaan mihisgot miasoy misaysay nangutana nag-ingon nagingon nidugang niingon ningon nipasabot nitubag mitataw mipahimangno miangkon mireklamo'.split(' ');
const VERB = `(?:${VERBS.join('|')})`;
/** The same verbs opening a sentence (`Miingon si X:`). */
const VERB_OPENING = `(?:${VERBS.map((verb) => verb.charAt(0).toUpperCase() + verb.slice(1)).join('|')})`;
/** Particles after a noun of saying (`matud pa`, `dugang pa`, `ingon usab`): still, also, only, then. */
const PARTICLES = '(?:\\s+(?:pa|usab|sab|na|lang|ra|man|gyud|kuno|daw))*';
/** Forms of address: Mr, Mrs, Miss, elder sister and brother (and their short forms). No role. */
const ADDRESS = '(?:G\\.|Gng\\.|Bb\\.|Manang|Manong|Nang|Nong|Ginoong|Ginang)';
/** Offices and degrees written before a name: the person's role when the text gives no other. */
const OFFICE = '(?:Atty\\.|Dr\\.|Dra\\.|Engr\\.|Sen\\.|Rep\\.|Gov\\.|Kap\\.|Kapitan|Kapitana|Konsehal|Kagawad|Mayor|Bise\\s+Mayor|Gobernador|Prop\\.|Padre|Pastor|Sir|Hukom|Hepe|Sgt\\.|PSSg\\.|Col\\.|Gen\\.)';
/** A full stop after one of these short forms ends no sentence (`Dr. X`, `Gng. Y`). */
const SENTENCE_END = '(?<!(?:^|\\s)(?:G|Gng|Bb|Atty|Dr|Dra|Engr|Sen|Rep|Gov|Kap|Prop|Sgt|Col|Gen|PSSg))[.!?]\\s+';
/** Bodies after `sa` (the town hall, the police, the government, the office, the province, the school, the hospital): no person. */
const BODY = /^(?:munisipyo|kapulisan|pulis|gobyerno|opisina|departamento|konseho|kapitolyo|probinsya|lungsod|siyudad|eskwelahan|tunghaan|ospital|kompanya|korte|simbahan|barangay|ahensya|militar|kasundalohan)$/u;
const NAMED = `(?:${ADDRESS}\\s+)?(?:(${OFFICE})\\s+)?(${NAME_RUN})`;
/** The role set off by commas after the name, up to the clause's end. */
const ROLE_AFTER = '(?:,\\s+(\\p{Ll}[^,.;:!?“”"]{1,100}?|ang\\s+[^,.;:!?“”"]{1,100}?))?';
/** Small words of Cebuano that Tagalog lacks: and (`ug`), the object marker `og`, this, that, also, really, not, now, last (`niadtong`). */
const CEBUANO_WORD = /(?:^|\s)(?:og|ug|kini|kana|niini|niadtong|usa\s+ka|usab|gyud|dili|karon|mao|unsaon|kaayo)(?=\s|[.,]|$)/u;

const patterns = lazy(() => ({
  ownWord: new RegExp(`(?:^|[\\s,])(?:[Mm]atud|[Ss]umala|[Ii]ngon|[Dd]ugang|pasidaan|tubag|pangutana|asoy|saysay|pahimangno|${VERB}|${VERB_OPENING})(?=[\\s.,:!?]|$)`, 'u'),
  sharedWord: new RegExp(`(?:^|[\\s,])(?:${SAYING}|Gi-?\\p{Ll}{3,})(?=[\\s.,:!?]|$)`, 'u'),
  pronounAfter: new RegExp(`^[\\s,]*(?:${SAYING}${PARTICLES}\\s+niya|siya${PARTICLES}\\s+${VERB}|${VERB}${PARTICLES}\\s+siya)(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*(?:${SAYING}${PARTICLES}\\s+(?:ni|kang|kan)|${VERB}${PARTICLES}\\s+si|si\\s+(?=\\S+(?:\\s+\\S+){0,3}\\s+${VERB}))\\s+${NAMED}${ROLE_AFTER}(?=[,.;:!?]|\\s+(?:sa|samtang|kay|nga|human|ug)\\s|\\s+${VERB}|$)`, 'u'),
  // `,” matud sa usa ka magtutudlo` (said a teacher), `sa usa sa mga residente` (one of the residents): someone unnamed.
  someoneAfter: new RegExp(`^[\\s,]*(?:${SAYING}${PARTICLES}\\s+sa|${VERB}${PARTICLES}\\s+ang)\\s+((?:usa\\s+ka|usa\\s+sa\\s+mga|pipila\\s+ka)\\s+\\p{Ll}[^.;!?“”"]{1,120}?)\\s*(?=[.;!?]|$)`, 'u'),
  // `,” pahayag sa mayor.`, `miingon ang prinsipal`: an office alone, the one the text gave it.
  officeAfter: new RegExp(`^[\\s,]*(?:${SAYING}${PARTICLES}\\s+sa|${VERB}${PARTICLES}\\s+ang)\\s+(\\p{Ll}{4,})\\s*(?=[.!,;]|\\s+(?:samtang|sa)\\s|$)`, 'u'),
  // `“…,” matud ni X, “…”`: the words between two parts of a quote.
  splitTag: new RegExp(`^[\\s,]*(?:${SAYING}|${VERB}|siya)(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  according: new RegExp(`(?:^|${SENTENCE_END})(?:Matud|Sumala|Ingon)${PARTICLES}\\s+(?:ni|kang|kan)\\s+${NAMED}${ROLE_AFTER},?\\s*:?\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|${SENTENCE_END})(?:(?:Matud|Sumala|Ingon|Dugang)${PARTICLES}\\s+niya|Siya${PARTICLES}\\s+${VERB}|${VERB_OPENING}${PARTICLES}\\s+siya)(?:\\s+nga)?\\s*[:,]?\\s*$`, 'u'),
  // `Si X midugang:`, `Si X, <role>, miingon:`, `Miingon si X:`.
  topicBefore: new RegExp(`(?:^|${SENTENCE_END})(?:Si\\s+${NAMED}${ROLE_AFTER},?(?:\\s+(?:pa|usab|sab))?\\s+${VERB}|${VERB_OPENING}${PARTICLES}\\s+si\\s+${NAMED}${ROLE_AFTER})(?:\\s+nga)?\\s*[:,]\\s*$`, 'u'),
  // `Gipasabot ni X, <role>, nga …`: a verb in gi- and its doer, the sentence right before the quote.
  doer: new RegExp(`(?:^|${SENTENCE_END})(?:Gi\\p{Ll}{3,}|Gi-\\p{Ll}{3,})${PARTICLES}\\s+ni\\s+${NAMED}${ROLE_AFTER}(?=\\s+(?:nga|sa|og|ang)\\s|[,.:])`, 'u'),
  // `Usa ka inahan … ang miingon:` (it was a mother who said): someone unnamed.
  someone: new RegExp(`(?:^|${SENTENCE_END})((?:Usa\\s+ka|Usa\\s+sa\\s+mga)\\s+\\p{Ll}+)[^.!?“”"]*?\\s+(?:ang\\s+)?${VERB}(?:\\s+nga)?\\s*[:,]?\\s*$`, 'u'),
}));

/** The person a match names: the name (a frame cut at an address's stop holds none), the role after it or else the office before. */
function named(match: RegExpExecArray, office: number): SpeakerPhrase | null {
  const name = match[office + 1];
  if (!name || /^(?:G|Gng|Bb|Dra|Ma)$/u.test(name)) return null;
  const role = match[office + 2]?.trim().replace(/^ang\s+/u, '') || match[office]?.trim() || null;
  return person(name, role);
}

export const cebuano: LanguageCues = {
  // (Its verbs in mi- and the nouns `matud`, `sumala`, `ingon`, `dugang`, … are its own; the other nouns of saying and gi- verbs need a Cebuano word beside them.)
  applies: (frame) => patterns().ownWord.test(frame) || (patterns().sharedWord.test(frame) && CEBUANO_WORD.test(frame)),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { pronounAfter, nameAfter, someoneAfter, officeAfter } = patterns();
    if (pronounAfter.test(line)) return pronoun('they');
    const match = nameAfter.exec(line);
    if (match) return named(match, 1);
    const someone = someoneAfter.exec(line)?.[1];
    if (someone) return described(someone);
    const office = officeAfter.exec(line)?.[1];
    // (`matud sa kapulisan`: a body, described so that no person is read from it.)
    if (office && BODY.test(office)) return described(office);
    return office ? officeDescriptor(office) : null;
  },
  before(frame): SpeakerPhrase | null {
    const { splitTag, according, pronounBefore, topicBefore, doer, someone } = patterns();
    if (splitTag.test(frame)) return cebuano.after(frame);
    const match = according.exec(frame);
    if (match) return named(match, 1);
    if (pronounBefore.test(frame)) return pronoun('they');
    const topic = topicBefore.exec(frame);
    if (topic) return topic[2] ? named(topic, 1) : named(topic, 4);
    const unnamed = someone.exec(frame)?.[1];
    if (unnamed) return described(unnamed);
    const done = doer.exec(frame);
    return done ? named(done, 1) : null;
  },
};
