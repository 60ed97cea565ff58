/**
 * Reads who speaks from the words beside a quotation (its "frame"): the reporting verb
 * (said, told, wrote, …) and the subject right before it, or the name right after it.
 * The subject is found by walking back from the verb, so that in
 * `In Berea, Ohio, Gov. John Kasich, said` or `Kim, the North Korean leader, said` the words
 * nearest the verb win and an appositive is stepped over. A sentence's opening subject is
 * sentence-subject.ts; the phrase builders and shared word patterns are speaker-phrase.ts; relayed
 * speech (`quoted X as saying`, `was told by X`) is relayed.ts; signature lines, kickers and opening tags are signatures.ts.
 * The subject right before a reporting verb, stepping over helpers and appositives, is verb-subject.ts.
 */

import { withPossessiveOwnerPassed } from './lang/possessive-owner';
import { contrastClause } from './contrast-clause';
import { isPassiveTimeClause } from './passive-time-clause';
import { demonstrativeDescription, placeAfterDemonstrative } from './lang/demonstrative-opening';
import { opinionOpening, opinionRightBefore } from './lang/according-pronoun';
import { possessiveVerdict } from './lang/possessive-verdict';
import { vietnameseBefore, withoutVietnameseLead } from './lang/vi-before';
import { isReportingVerbAlone, speakerAfterInOtherLanguages, speakerBeforeInOtherLanguages } from './cues-intl';
import { loneVerbBeforeColon } from './lone-verb-colon';
import { withComplementReadThrough } from './lang/complement-role';
import { rememberedPerFrame } from './lang/remembered-reading';
import { asBodyDescription } from './body-subject';
import { NAME_RUN, cleanName, endsLikeBody, looksLikePerson, mayBeFamilyName } from './names';
import { describesOutlet, isOutlet } from './outlets';
import { ROLE_NOUNS, roleFromAppositive } from './roles';
import { guarded } from '../patterns';
import { quotedAsSaying } from './relayed';
import { nameAfterDescription, relativeAfterOwner, roleAfterOwner } from './trailing-name';
import { senderAfter, senderBefore } from './message-sender';
import { accordingHandedIn } from './according-handed-in';
import { embeddedSpeaker } from './embedded-speaker';
import { withSigner, withStatementSigner } from './signed-by';
import { AGENT_AFTER, sentenceSubject } from './sentence-subject';
import { subjectBefore } from './verb-subject';
import { DETERMINER, fromGroups, lazyPattern, named, namedAppositive, numberedBodyThenName, roleThenName, withRole, type SpeakerPhrase } from './speaker-phrase';

export type { SpeakerKind, SpeakerPhrase } from './speaker-phrase';
export { sentenceSubject };

const FINITE_VERBS = (
  'said says say added adds told tells wrote writes asked asks argued argues insisted insists explained explains ' +
  'noted notes stated declared declares warned warns replied replies continued continues claimed claims ' +
  'recalled recalls tweeted tweets posted acknowledged acknowledges admitted admits responded responds ' +
  'remarked observed observes suggested suggests announced announces conceded concedes concluded concludes ' +
  'contended contends countered cautioned cautions emphasized emphasised stressed stresses joked jokes ' +
  'quipped quips boasted boasts complained complains lamented laments predicted predicts promised vowed ' +
  'vows pledged pledges urged urges shouted shouts yelled yells exclaimed exclaims agreed agrees answered ' +
  'maintained maintains mused muses opined reiterated reiterates reminded reminds reported retorted ' +
  'revealed reveals confirmed confirms commented testified testifies whispered wondered wonders ' +
  'proclaimed proclaims elaborated elaborates scoffed scoffs chanted emailed texted recounted recounts ' +
  'reasoned assured assures described describes barked boomed beamed gushed snapped sighed cried screamed ' +
  'interjected interrupted protested objected blasted pleaded begged demanded pressed fumed scolded advised advises write Tweeted ' +
  'questioned questions called calls dubbed dubs labeled labelled branded reads read ' +
  // (A verdict on a thing in a few quoted words: "X dismissed the bill as “…”", "derided it as “…”".)
  'dismissed dismisses derided derides decried decries ' +
  'likened likens compared compares condemned condemns praised praises denounced denounces hailed hails accused accuses ' +
  'asserted asserts alleged mentioned repeated repeats echoed echoes confessed thundered bellowed roared muttered ' +
  'mumbled griped grumbled ranted marveled marvelled crowed speculated clarified disclosed swore intoned disagreed ' +
  'disagrees concurred hinted ' +
  // Feature and tabloid copy hangs a quote on how it was said: "she grinned", "he laughed".
  'laughed laughs grinned grins smiled smiles chuckled chuckles giggled giggles sobbed sobs ' +
  // (A loss reported with the grief in the tag: `"…," wailed Mrs X, a trader`, `she moaned`.)
  'wailed wails moaned moans groaned groans ' +
  // Court copy of Indian, Nigerian and British papers: "counsel submitted that …", "the witness averred"; Indian "rued".
  'submitted submits averred avers rued ' +
  // East African copy tags a rhetorical question with `posed`: "“… Wait for what?” posed Mr X".
  'posed ' +
  // Political copy's accusation as a tag: "“…,” the opposition spokesman charged".
  'charged'
)
  .split(' ')
  .concat(['had to say', 'has to say', 'cut in', 'chimed in', 'blurted out', 'pointed out', 'points out', 'quoted as saying', 'quoted saying', 'went on', 'goes on', 'shot back', 'fired back', 'put it', 'puts it'])
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Participles hang a quote on the sentence's subject: `Trump hit back, saying "…"`. */
const PARTICIPLES = 'saying|adding|telling|writing|noting|asking|arguing|explaining|declaring|warning|insisting|stating|tweeting|posting|replying|responding|calling|citing';

const VERB = new RegExp(`(?<![\\p{L}\\-])(?:${FINITE_VERBS})(?![\\p{L}\\-])`, 'gu');
const PARTICIPLE = new RegExp(`(?<![\\p{L}\\-])(?:${PARTICIPLES})\\b`, 'iu');
// (`said sheep and beef farmer X`: lower-case role words before the name may be coordinated by `and`.)
/** After `said`, a description may run on ("a longtime adviser to Trump") but stops at a verb ("the bridge would wait"). */
const AFTER_VERB_WORD = String.raw`(?!(?:is|was|were|are|has|had|have|would|will|could|can|should|may|might|must|do|does|did)\b)[\p{L}\d’'\-.]+`;
const VERB_FIRST = new RegExp(
  `^(?!told|tells)(?:${FINITE_VERBS})\\s+(?:(?:(?!(?:the|a|an|that|this|it|to|on|in|at|of|by|one|another|his|her|their|its|some|several|many|two|three)\\s)\\p{Ll}[\\p{L}\\-]*\\s+(?:and\\s+(?=\\p{Ll}))?){0,3}(${NAME_RUN})|(he|she|they)\\b|(${DETERMINER}(?:\\s+${AFTER_VERB_WORD}){1,7}?)(?=[,.;:]|\\s+(?:who|of|for|at|with|when|while|after|before|during|because|in|on)\\b|$))`,
  'u',
);
// ("according to co-author Dr. X": lower-case role words, no article, before the name; `TFC chairman X`: a body's letters among them;
// `Westbury head coach X`: one capitalised word, the team or town the role is of, before them.)
const ACCORDING_TO = guarded('quotes/cues: according to', /\b[Aa]ccording to /u, [`(?:\\p{Lu}[\\p{Ll}’'-]+\\s+(?=(?!(?:and|or|of)\\s)\\p{Ll}))?(?:(?!(?:a|an|the|his|her|their|its|one|another|some)\\s)(?:[\\p{Ll}-]+|\\p{Lu}{2,6}(?=\\s+\\p{Ll}))\\s+){0,3}(${NAME_RUN})`, `()(${DETERMINER}\\s+[^,;:"“”]{1,80}?)`], 'u', {
  prefix: '\\b[Aa]ccording to ',
  // (`according to a statement from Board Chair Dr. Ana Lopez, who …`: a title's stop ends no source.)
  suffix: '(?=[,;:]|$|\\.(?<!(?:^|\\s)(?:Dr|Mr|Mrs|Ms|Prof|Rev|Gov|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Supt|Insp|St)\\.))',
});
/** `according to a letter County Attorney X sent`: a message and the name of the one who sent, wrote or signed it. */
const ACCORDING_SENT = lazyPattern(() => new RegExp(`\\b[Aa]ccording to (?:a|an|the) (?:[\\p{L}-]+\\s+){0,2}(?:letter|memo|e-?mail|message|note|statement) (?:that\\s+)?(?:(?:[\\p{Lu}][\\p{Ll}.]+\\s+){0,2})?(${NAME_RUN}) (?:sent|wrote|signed|issued|released|circulated)\\b`, 'u'));
/** `according to Reyes’s campaign manager, Tom Lee`: an owner's name, then (roleAfterOwner) the role and the person. */
const ACCORDING_OWNER = lazyPattern(() => new RegExp(`^[\\s,(—–-]*according to (${NAME_RUN})(?=[’']s\\s)`, 'u'));
/** A pronoun vouching for the words that follow: "by her own account,", "in his own words,", "as she put it,". */
const OWN_ACCOUNT = /(?:^|[^\p{L}])(?:by (his|her|their) own account|in (his|her|their) (?:own )?words|as (he|she|they) (?:put|puts) it)\s*[,:]?\s*$/u;
/** An owner's verdict standing before the quote with a question mark or colon: "Her verdict?", "His advice:". */
const VERDICT_OF = /(?:^|[.!?]\s+)(His|Her|Their)\s+(?:(?:own|final|considered|short|blunt)\s+)?(?:verdict|answer|reply|response|advice|reaction|explanation|take|assessment|prediction|excuse|secret|tip|message|conclusion)\s*[?:]\s*$/u;
const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', he: 'he', she: 'she', they: 'they' };
/** "According to him," right before the quote; the object pronoun is the subject one that resolves. */
const ACCORDING_PRONOUN = /(?:^|[^\p{L}])[Aa]ccording to (him|her|them)\s*[,:]?\s*$/u;
const PRONOUN_OF: Record<string, string> = { him: 'he', her: 'she', them: 'they' };
/** `X himself posted`: the reflexive between a capitalised name and its lower-case verb. */
const INTENSIVE_REFLEXIVE = /(\p{Lu}[\p{L}'’-]+)\s+(?:himself|herself)(?=\s+\p{Ll})/gu;
/** A social handle in parentheses after a name: " (@analopez)". */
const HANDLE = /\s*\(@\w+\)/g;
/** `“…” ― Stephanie Egan` in lists of reactions, `“…” — Ana Lopez (@analopez) May 9, 2016` under a post, `Kim: "…"` in transcripts, `More from Kim: "…"`. */
const DASH_SIGNATURE = guarded('quotes/cues: dash signature', /^[―—–-]/u, [`(${NAME_RUN})`], 'u', {
  prefix: '^[―—–-]\\s*',
  suffix: '\\s*(?:\\(@\\w+\\)|[,.](?<!\\s\\p{Lu}\\.)|$)',
});
/** Every match ends in a colon: frames without one skip the pattern. */
const NAME_COLON = guarded('quotes/cues: name and colon', /:\s*$/u, ['^', '[-–—:]\\s', '\\bfrom\\s'], 'u', {
  suffix: `((?:${NAME_RUN})(?:\\s+and\\s+${NAME_RUN})?)\\s*:\\s*$`,
});
const WORDS_OF = lazyPattern(
  () => new RegExp(`(?:^|[^\\p{L}])(?:(${NAME_RUN})[’']s?\\s+(?:own\\s+)?words|the\\s+words\\s+of\\s+(${NAME_RUN})|[Tt]o\\s+quote\\s+(${NAME_RUN}))\\s*[,:]?\\s*$`, 'u'),
);
/** `Kim on the budget: "…"`: a name, its topic and a colon, as lists of reactions and transcripts write them. */
const NAME_ON_TOPIC = lazyPattern(() => new RegExp(`^(${NAME_RUN})\\s+on\\s+[^:"“”.!?\\n]{1,60}:\\s*$`, 'u'));
/** "according to a report by the BBC": a document is not a speaker, and neither is the outlet behind it. */
const DOCUMENT = /^(?:an?|the|one|another)\s+(?:[\p{L}-]+\s+){0,2}(?:reports?|statements?|transcripts?|documents?|records?|polls?|surveys?|data|study|studies|analysis|filings?|accounts?|sources?|media)\b/iu;

/** The speaker named after a quote: `said Kim`, `Kim said`, `Kim, the leader, told …`, `― Kim`, `according to Kim`. */
/** The rest of a body's name after its "and": ` and District Taxi Association`. */
const BODY_AND_REST = lazyPattern(() => new RegExp(`^\\s+(?:and|&)\\s+(${NAME_RUN})`, 'u'));
// (`said deputy mayor for transport X`, `řekl náměstek pro dopravu X`: a role's complement before the name is read
// through in every language, lang/complement-role.ts.)
// (`“…,” the county wrote in a motion signed by X`: a signer over a tag that names no one, signed-by.ts.)
// (`dice este ganadero de 70 años`: a demonstrative's description is the person just named, lang/demonstrative-opening.ts.)
// (Read once per frame and article: lang/remembered-reading.ts.)
// (`izjavio je Novakov branitelj, odvjetnik Ivo Marić`: the owner's adjective is no speaker, lang/possessive-owner.ts.)
export const speakerAfter = rememberedPerFrame((written: string): SpeakerPhrase | null => withPossessiveOwnerPassed(written, demonstrativeDescription(withSigner(written, withComplementReadThrough(written, speakerAfterPlain), speakerAfterPlain))));
// (`Ce papa de deux enfants scolarisés à Y a lancé …`: no name, the person just named; lang/demonstrative-opening.ts.)
// (`X, in a release signed by its chair Dr Y, said:`: the signer, signed-by.ts.)
// (`Zarząd PKS odpowiedział …`: a board or ministry as the subject is a body, body-subject.ts.)
export const speakerBefore = rememberedPerFrame((written: string): SpeakerPhrase | null => asBodyDescription(placeAfterDemonstrative(withStatementSigner(written, withComplementReadThrough(written, speakerBeforePlain), speakerAfterPlain))));

/** After a tag's office, the rest of a list of portfolios in capitals (`, Agriculture and Rural Development`), then the next comma group. */
const PORTFOLIO_LIST_THEN_GROUP = /^(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?,\s+\p{Lu}[\p{L}-]*(?:\s+(?:and|of|the|&|\p{Lu}[\p{L}-]*))*,\s+([^,;:"“”()]{2,60}?)(?=[,.;]|$)/u;

function speakerAfterPlain(written: string): SpeakerPhrase | null {
  // (`says vicar the Reverend X`: the article before a style after a role noun is the style's, no description's.)
  const unstyled = / the (?:Very |Most |Right |Rt\.? )?(?:Rev|Reverend|Hon|Honourable|Honorable)\b/u.test(written) ? written.replace(ROLE_THEN_STYLE, '$1 ') : written;
  const frame = unstyled.includes('(@') && !/^[―—–-]/.test(unstyled) ? unstyled.replace(HANDLE, '') : unstyled;
  // (`“…,” the email from Band to Podesta reads.`: the sender, not the recipient nearest the verb.)
  const relayed = quotedAsSaying(frame) ?? senderAfter(frame) ?? (/^\s*(?:an?|the|one|another|that|this)\s/iu.test(frame) ? senderBefore(frame.replace(/[.]\s*$/u, '')) : null);
  if (relayed) return relayed;
  const signature = DASH_SIGNATURE.exec(frame);
  if (signature) return named(signature[1]);
  const verbFirst = VERB_FIRST.exec(frame);
  if (verbFirst) {
    const rest = frame.slice(verbFirst.index + verbFirst[0].length);
    const titled = verbFirst[1] ? (roleThenName(verbFirst[1], rest, true) ?? numberedBodyThenName(verbFirst[1], rest) ?? relativeAfterOwner(verbFirst[1], rest) ?? roleAfterOwner(verbFirst[1], rest)) : null;
    if (titled) return titled;
    // `said Mlazi and District Taxi Association chairperson Sipho Ndlovu`: a body whose name holds "and", then role words and the person.
    const body = verbFirst[1] && /^\s+(?:and|&)\s/.test(rest) ? BODY_AND_REST().exec(rest) : null;
    const bodyThenName = body && endsLikeBody(body[1]!) ? roleThenName(`${verbFirst[1]} and ${body[1]}`, rest.slice(body[0].length)) : null;
    if (bodyThenName) return bodyThenName;
    const phrase = withPartner(fromGroups(verbFirst), verbFirst[1], frame.slice(verbFirst.index + verbFirst[0].length));
    // `said Nia Okafor, the farm's owner`: the appositive after the name is the role.
    const appositive = /^,\s+([^,;:"“”()]{2,130}?)(?=[,.;]|$)/.exec(frame.slice(verbFirst.index + verbFirst[0].length))?.[1];
    if (phrase && appositive && describesOutlet(appositive)) return null;
    // `said one voter, Jim Tully, 67`: a description followed by a person's name is that person.
    // (`said the Deputy Minister of Lands, Agriculture and Rural Development, Cde X,`: the portfolio list's commas come first.)
    const afterList = phrase?.kind === 'description' ? PORTFOLIO_LIST_THEN_GROUP.exec(frame.slice(verbFirst.index + verbFirst[0].length))?.[1] : undefined;
    const person = phrase?.kind === 'description' ? ((appositive ? namedAppositive(appositive) : null) ?? (afterList ? namedAppositive(afterList) : null)) : null;
    if (person) return { ...person, role: person.role ?? roleFromAppositive(phrase!.phrase) ?? undefined };
    // `said a spokesman for the mayor, Ana Lopez.`: a name after the description's tail (trailing-name.ts).
    const trailing = phrase?.kind === 'description' && !appositive ? nameAfterDescription(phrase.phrase, rest) : null;
    if (trailing) return trailing;
    // `said study co-author Dr. X, a sleep researcher`: the role written before the name is the one the story gives.
    const before = phrase?.kind === 'name' && !phrase.pronoun ? /^\S+\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+\p{Lu}/u.exec(verbFirst[0])?.[1] : undefined;
    if (phrase && before && before.split(/\s+/).at(-1)!.split('-').some((part) => ROLE_NOUNS.has(part))) return { ...phrase, role: before };
    return phrase && appositive ? withRole(phrase, [appositive]) : phrase;
  }
  // (`“…,” according to X, whose survey found residents unable to say …`: the source opening the frame wins over a later verb.)
  const according = ACCORDING_TO.exec(frame);
  const source = according && according.index <= 2 ? sourceAccordingTo(according) : null;
  if (source?.kind === 'name') return source;
  // (Both patterns' opening words, with no \p class, tested first: most frames lack them.)
  const owner = /^[\s,(—–-]*according to /u.test(frame) ? ACCORDING_OWNER().exec(frame) : null;
  const owned = owner ? roleAfterOwner(owner[1]!, frame.slice(owner[0].length)) : null;
  if (owned) return owned;
  VERB.lastIndex = 0;
  const verb = VERB.exec(frame);
  if (verb && verb.index > 0 && verb.index < 200) {
    const subject = subjectBefore(frame.slice(0, verb.index), verb[0]);
    if (subject) return subject;
  }
  // (`"…," according to a text message X sent …`, `"…" to withhold it, according to a three-page memo County Counsel X sent to …`: the letter's sender.)
  const letter = /\b[Aa]ccording to (?:a|an|the) /u.test(frame) ? ACCORDING_SENT().exec(frame) : null;
  if (letter && letter.index <= 120 && !hasVerb(frame.slice(0, letter.index))) return named(letter[1]);
  // (`"…," according to written testimony submitted by X`: the one who handed the paper in, according-handed-in.ts.)
  const handedIn = accordingHandedIn(frame);
  if (handedIn && !hasVerb(frame.slice(0, frame.search(/\b[Aa]ccording to /u)))) return handedIn;
  if (according && according.index <= 2) return source;
  // (`"…" since 2021, according to X, …`: an adjunct with no verb of saying, closed by a comma, between the words and their source.)
  const sourceLater = according && according.index <= 120 && /^[^"“”]*,\s*$/u.test(frame.slice(0, according.index)) && !hasVerb(frame.slice(0, according.index)) ? sourceAccordingTo(according) : null;
  if (sourceLater?.kind === 'name') return sourceLater;
  // `"…" announced in October, said Derek Lee`: the quote runs on into the writer's words before its cue.
  const later = /,\s+(?=(?:said|says|added|wrote|explained|noted)\s)/.exec(frame);
  const laterCue = later ? VERB_FIRST.exec(frame.slice(later.index + later[0].length)) : null;
  if (laterCue?.[1] || laterCue?.[3]) return fromGroups(laterCue);
  return speakerAfterInOtherLanguages(frame);
}

/** `"No," replied Kim` or `"Normally," she said`: the reporting verb comes within a few words of the quote. */
export function isAttributedRightAfter(frame: string): boolean {
  VERB.lastIndex = 0;
  const verb = VERB.exec(frame);
  const lead = verb ? frame.slice(0, verb.index) : '';
  // `"…," and bragged`: a verb joined by a conjunction goes on the sentence before the quote.
  return !!verb && lead.split(/\s+/).filter(Boolean).length <= 4 && !/[,;:]\s/.test(lead.trim()) && !/^\s*(?:and|but|or|then)\b/i.test(lead);
}

/** Words that report or name what someone said, beyond the reporting verbs: "called it “a disgrace”", "chants of “…”". */
const SPEECH_WORD = /(?<![\p{L}])(?:call(?:s|ed|ing)?|dub(?:s|bed)|label(?:s|ed|led)|brand(?:s|ed)|term(?:s|ed)|describ(?:e|es|ed|ing)|refer(?:s|red|ring)|chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|read(?:s|ing)?|(?:his|her|their|own) words|slogan|motto|utter(?:s|ed)|cit(?:e|es|ed|ing)|condemn(?:s|ed|ing)|decr(?:y|ies|ied)|mock(?:s|ed|ing)|praised?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|liken(?:s|ed)|quot(?:e|es|ed|ing)|interview|statement|speech|remarks?)(?![\p{L}])/iu;
/** "according to Kirchner", "according to a memo X sent": a person or a message as the source (not "according to the report"). */
const NAMED_SOURCE = /\b[Aa]ccording to (?:(?!(?:A|An|The|Its|Their)\s)\p{Lu}|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:letter|memo|e-?mail|message|note)\s)/u;

/** Whether the words hold a verb of saying (VERB is global: its position is reset first). */
function hasVerb(words: string): boolean {
  VERB.lastIndex = 0;
  return VERB.test(words);
}

/** Whether a sentence reports speech at all, even when its speaker cannot be read from it. */
export function mentionsSpeech(sentence: string): boolean {
  return hasVerb(sentence) || PARTICIPLE.test(sentence) || SPEECH_WORD.test(sentence) || NAMED_SOURCE.test(sentence);
}

/** The speaker named before a quote: `Kim said:`, `Kim told reporters that`, `according to Kim,`, `Kim hit back, saying`. */
// (`X —sin parentesco con Y—, defendió`: Spanish sets its dashes against the aside's words, a comma perhaps after.)
const DASHED_ASIDE = /(?<=\p{L})\s[–—]\s?[^–—"“”„«»:\n]{3,100}?\s?[–—],?\s(?=\p{Ll})/u;

function speakerBeforePlain(written: string): SpeakerPhrase | null {
  // "Ana Lopez (@analopez) tweeted:": the handle is not part of the sentence.
  const unhandled = written.includes('(@') ? written.replace(HANDLE, '') : written;
  // (`Marsh himself wrote on Facebook:`: a reflexive that stresses the subject is no part of the sentence's reading.)
  const reflexiveless = /\s(?:himself|herself)\s/u.test(unhandled) ? unhandled.replace(INTENSIVE_REFLEXIVE, '$1') : unhandled;
  // (`Trả lời báo chí, ông X, …:`: a Vietnamese lead clause is no part of the subject, lang/vi-before.ts.)
  // (`Управителят X – не е роднина с инж. Y – заяви:`: an aside between dashes, before the verb, is no part of it either.)
  const frame = withoutVietnameseLead(/\s[–—]/u.test(reflexiveless) ? reflexiveless.replace(DASHED_ASIDE, ' ') : reflexiveless);
  // (`"…," she said, while X was blunter: "…"`: the clause after the first quote's tag is the second quote's, contrast-clause.ts.)
  const contrast = ((clause) => (clause ? speakerBeforePlain(clause) : null))(contrastClause(frame));
  if (contrast) return contrast;
  // `A su juicio, el suelo podría estar contaminado: «…»`, `Selon elle, …:`: the person just named (lang/according-pronoun.ts).
  // (`Sus conclusiones fueron contundentes: «…»`: a possessive verdict is the person just named's too, lang/possessive-verdict.ts.)
  const opinion = /:\s*$/u.test(frame) ? ((sentences) => opinionOpening(sentences.at(-1)!) ?? possessiveVerdict(sentences.at(-1)!, sentences.at(-2)))(frame.split(/(?<=[.!?])\s+/u)) : opinionRightBefore(frame);
  if (opinion) return opinion;
  // (`Vị giám đốc này nói thêm:`, `Theo ông Bảo, “…”`: lang/vi-before.ts.)
  const vietnamese = vietnameseBefore(frame);
  if (vietnamese) return vietnamese;
  const relayed = quotedAsSaying(frame);
  if (relayed) return relayed;
  // `One email from Podesta to Clinton reads:`: the sender's words (message-sender.ts).
  // `Whitfield mocked Reyes for saying "…"`: words the sentence repeats from someone it names (embedded-speaker.ts).
  const sent = senderBefore(frame) ?? embeddedSpeaker(frame);
  if (sent) return sent;
  // "In the words of Kim,", "To quote Kim,", "Kim's own words:": the words that follow are Kim's.
  const words = /\b(?:words|quote)\b(?:\s+of\s+[^,:]{1,60}|\s+[^,:]{1,60})?[,:]?\s*$/.test(frame) ? WORDS_OF().exec(frame) : null;
  const wordsOf = words ? (words[1] ?? words[2] ?? words[3]) : undefined;
  if (wordsOf && cleanName(wordsOf)) return named(wordsOf);
  // (A topic heading needs a full name: "Reaction on the vote:" names nobody.)
  const onTopic = /\son\s[^:]*:\s*$/.test(frame) ? NAME_ON_TOPIC().exec(frame) : null;
  const colon = NAME_COLON.exec(frame) ?? (onTopic && looksLikePerson(cleanName(onTopic[1] ?? '')) ? onTopic : null);
  // (`Dodaje: „…”`: a lone capitalised word that is a reporting verb leaves its subject out; the language's reader reads it.)
  if (colon && cleanName(colon[1] ?? '') && !(/^\p{Lu}\p{Ll}+$/u.test(colon[1]!) && isReportingVerbAlone(colon[1]!))) return named(colon[1]);
  const sentence = frame;
  // `According to him, “…”`: West African and South Asian papers hang the quote on the pronoun.
  const accordingToPronoun = /according to (?:him|her|them)\b/i.test(sentence) ? ACCORDING_PRONOUN.exec(sentence) : null;
  if (accordingToPronoun) return { phrase: PRONOUN_OF[accordingToPronoun[1]!.toLowerCase()]!, kind: 'name', pronoun: true };
  // `Her verdict? “Never again.”`, `His advice: “…”`: the owner's words (a pronoun resolves as one).
  const verdict = VERDICT_OF.exec(sentence);
  if (verdict) return { phrase: OWNER_PRONOUN[verdict[1]!.toLowerCase()]!, kind: 'name', pronoun: true };
  // `and, by her own account, “…”`, `in his own words, “…”`, `as she put it, “…”`: the pronoun's own words.
  const ownAccount = OWN_ACCOUNT.exec(sentence);
  if (ownAccount) return { phrase: OWNER_PRONOUN[(ownAccount[1] ?? ownAccount[2] ?? ownAccount[3])!.toLowerCase()]!, kind: 'name', pronoun: true };
  const according = ACCORDING_TO.exec(sentence);
  const source = according ? sourceAccordingTo(according) : null;
  // "According to Kim, Reyes said:": Kim relays what Reyes said; the quote is Reyes's.
  const relayedBy = according && according.index === 0 ? speakerBefore(sentence.slice(according[0].length).replace(/^[\s,]+/, '')) : null;
  if (relayedBy && !relayedBy.pronoun) return relayedBy;
  // "According to CNN, Trump said:": an outlet or a document relays; the speaker may still follow.
  if (source && !isOutlet(source.phrase)) return source;
  VERB.lastIndex = 0;
  // The verb nearest the quote first: in `Noting a bacterium called acetylene, Kim asked, "…"` it is "asked".
  const verbs = [...sentence.matchAll(VERB)].reverse();
  for (const verb of verbs) {
    // "complained about 'smart' meters": the quoted words are the topic, not the words said.
    // ("said at a news conference, “…”" is not that: a comma closes the place before the quote.)
    const rest = sentence.slice(verb.index! + verb[0].length);
    // "One of his recent reads, “…”": before a quote, "read" reports only with a colon (`The sign read: “…”`).
    if (/^reads?$/.test(verb[0]) && !/^\s*:/.test(rest)) continue;
    // "there were a million tweets", "in 200 posts": after a number the word is a counted noun, not a verb.
    if (/s$/.test(verb[0]) && COUNTED_BEFORE.test(sentence.slice(Math.max(0, verb.index! - 30), verb.index))) continue;
    // (`Kaine said of Pence, “…”`: nor is "of" whom the words are about when a comma or colon closes it.)
    if (/^\s+(?:about|of|over|against|at|for)\b/.test(rest) && !/^\s+(?:at|of)\s[^,;:"“”]{1,60}[,:]\s*$/.test(rest)) continue;
    // "a super PAC called Future45 funded by …": a naming verb far from the quote names, it does not report.
    const naming = /^(?:called|dubbed|labeled|labelled|branded)$/.test(verb[0]) && /^\s+\p{Lu}/u.test(rest) && rest.trim().split(/\s+/).length > 4;
    if (naming && /(?:^|\s)(?:an?|the|this|that)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(sentence.slice(0, verb.index))) continue;
    // (`is pictured in a chapter of the town’s centenary book called “The Long Furrow”`: right before the marks, after a noun
    // phrase of two words or more and no comma, the participle names the thing; `The mayor called “Order!”` is her call.)
    // (`the new clinics - dubbed “fast lanes” by the ministry -`, `the clinics, dubbed “…”,`: an aside's dash or comma between them too.)
    const namesThing = /^(?:called|dubbed|titled|entitled)$/.test(verb[0]) && /^\s*$/.test(rest) && /(?:^|\s)(?:an?|the)\s+(?:[\p{L}’'-]+\s+){1,6}\p{Ll}[\p{L}-]*(?:,|\s[-–—])?\s+$/u.test(sentence.slice(0, verb.index));
    if (namesThing) continue;
    // (`described the winter in what traders have dubbed a “cash freeze”`: after "what" a naming verb names the thing, it does not report.)
    if (/^(?:called|dubbed|labeled|labelled|branded|termed|nicknamed)$/.test(verb[0]) && /^\s*(?:an?|the)?\s*$/u.test(rest) && /(?:^|\s)what\s+(?:[\p{L}’'-]+\s+){1,4}$/u.test(sentence.slice(0, verb.index))) continue;
    // "said in a video posted to YouTube:": a participle after a preposition's object describes the object.
    if (REDUCED_RELATIVE.test(verb[0]) && PREPOSITION_OBJECT_AT_END.test(sentence.slice(0, verb.index))) continue;
    // "Not so, says Kim.", "The plan, said Kim, is …": a verb set off by commas has its subject after it.
    const inverted = /,\s*$/.test(sentence.slice(0, verb.index)) ? VERB_FIRST.exec(sentence.slice(verb.index!)) : null;
    const parenthetical = inverted && (inverted[1] || inverted[3]) && /^\s*(?:[,.;]|$)/.test(sentence.slice(verb.index! + inverted[0].length));
    if (parenthetical) {
      const phrase = fromGroups(inverted);
      if (phrase) return phrase;
    }
    // "The remark was condemned by Kim.": the agent of a passive speaks, not its subject.
    const agent = /\b(?:was|were|is|are|been)\s+$/.test(sentence.slice(0, verb.index)) ? AGENT_AFTER().exec(rest) : null;
    if (agent && cleanName(agent[1] ?? '')) return named(agent[1]);
    // (`wrote online after the closure was confirmed:`: with no agent, a passive's subject is what was said, not who.)
    if (!agent && /\b(?:was|were|been)\s+$/.test(sentence.slice(0, verb.index)) && /:\s*$/.test(rest)) continue;
    if (!agent && isPassiveTimeClause(sentence.slice(0, verb.index))) continue;
    // `… when Dean Hartigan approached, pushed a gun into his ribs and said:`: the last of a series of verbs is its clause's subject's.
    const series = /\sand\s+$/.test(sentence.slice(0, verb.index)) ? VERB_SERIES_SUBJECT().exec(sentence.slice(0, verb.index)) : null;
    if (series && cleanName(series[1] ?? '')) return named(series[1]);
    const subject = subjectBefore(sentence.slice(0, verb.index), verb[0]);
    if (subject) return subject;
  }
  // (`Napsal: „…“`: a lone capitalised verb, read again in lower case, lone-verb-colon.ts.)
  const otherLanguage = speakerBeforeInOtherLanguages(sentence) ?? loneVerbBeforeColon(sentence, speakerBeforeInOtherLanguages);
  if (otherLanguage) return otherLanguage;
  if (PARTICIPLE.test(sentence) || /:\s*$/.test(sentence)) return looseIfOneWord(sentenceSubject(sentence), sentence);
  return null;
}

/**
 * "X was walking … when Y approached, pushed him and said:": in the narrative frame "was doing … when Y did", the
 * verbs after "when" (the last joined by "and" to the verb of saying) are Y's, not the main clause's subject's.
 */
const VERB_SERIES_SUBJECT = lazyPattern(() => new RegExp(`\\b(?:was|were)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+ing\\b[^"“”]{0,120}?\\bwhen\\s+(${NAME_RUN})\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+ed\\b(?:[^"“”\\p{Lu}]*,\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+ed\\b)*[^"“”\\p{Lu}]*\\sand\\s+$`, 'u'));

const ROLE_THEN_STYLE = /^(\s*,?\s*(?:says|said)\s+\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)\s+the(?=\s+(?:Very |Most |Right |Rt\.? )?(?:Rev|Reverend|Hon|Honourable|Honorable)\b)/u;
const PERSON_NOUN_OPENING = /^(?:Девушка|Женщина|Мужчина|Парень|Юноша|Дівчина|Жінка|Чоловік|Хлопець|Юнак)$/u;

/**
 * `Przesłał nam oświadczenie: „…”`, `Muhalefet grubundan … öne sürdü:`: a sentence's one capitalised first word,
 * read with no verb of saying, is a speaker only as the short form of a name the text gives in full (attribute.ts);
 * `Ravnatelj Lučke uprave …:` too, its role cut off. `Bellandi, invece, è pessimista:` (a comma after it) keeps its one word.
 */
function looseIfOneWord(subject: SpeakerPhrase | null, sentence: string): SpeakerPhrase | null {
  // (`Девушка показала снимки:`: a noun for a person, capitalised by its place, names no one; the cue after the quote may.)
  if (subject && PERSON_NOUN_OPENING.test(subject.phrase)) return null;
  const opening = sentence.trim();
  const loose = subject?.kind === 'name' && !subject.pronoun && !/\s/.test(cleanName(subject.phrase) || subject.phrase) && !opening.includes(`${subject.phrase},`);
  return loose ? { ...subject!, loose: true } : subject;
}

/** A number or a counting word right before a word: "a million ", "6.7 million ", "two ", "dozens of ", "many ". */
const COUNTED_BEFORE = /(?:\d|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|dozen|dozens\s+of|hundreds?(?:\s+of)?|thousands?(?:\s+of)?|millions?(?:\s+of)?|billions?(?:\s+of)?|many|several|few|more|fewer))\s+$/iu;

/** Verbs that may be past participles after a noun: "a video posted online", "a memo emailed to staff". */
const REDUCED_RELATIVE = /^(?:posted|reported|tweeted|emailed|texted|announced|revealed|described|recounted|confirmed)$/;
const PREPOSITION_OBJECT_AT_END = /(?<![\p{L}])(?:in|on|at|during|via|through|from|with|by|into|under)\s+(?:an?|the|this|that|his|her|their|its)\s+(?:[\p{L}\d’'-]+\s+){0,3}$/iu;

const PARTNER_AFTER = lazyPattern(() => new RegExp(`^\\s+and\\s+(${NAME_RUN})(?=[\\s,.;:]|$)`, 'u'));

/** `said Tom Reyes and Ana Lopez`: the first speaks, and the pair is kept for a later "they". */
function withPartner(phrase: SpeakerPhrase | null, first: string | undefined, rest: string): SpeakerPhrase | null {
  const partner = phrase && first && /^\s+and\s/.test(rest) ? PARTNER_AFTER().exec(rest)?.[1] : undefined;
  const [a, b] = [cleanName(first ?? ''), cleanName(partner ?? '')];
  return partner && ((looksLikePerson(a) && looksLikePerson(b)) || (mayBeFamilyName(a) && mayBeFamilyName(b))) ? { ...phrase!, pairedWith: b } : phrase;
}

/** "according to a report by the BBC": a document is not a speaker, and neither is the outlet behind it. */
function sourceAccordingTo(match: RegExpExecArray): SpeakerPhrase | null {
  // ("according to a statement from Ana Lopez": the sender of the statement, message-sender.ts.)
  if (match[3] && DOCUMENT.test(match[3])) return /\s(?:from|by)\s/.test(match[3]) ? senderAfter(`said ${match[3]}`) : null;
  return fromGroups(match);
}
