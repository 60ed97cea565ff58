/**
 * Gives each quoted span its speaker, reading the words around the quotation marks:
 * `"…," Kim said`, `said Kim`, `Kim, the leader, told …`, `Kim said: "…"`, `according to Kim`,
 * and, for a quote with no attribution of its own, the speaker of the utterance it continues.
 *
 * The attribution is a small explicit model, one rule file per step:
 *   cues.ts      the words beside the quote give a speaker phrase: a name, a pronoun or a description;
 *   entities.ts  every person mention in the text resolves to one entity (full name, gender, age, roles);
 *   salience.ts  pronouns and definite descriptions ("the 71-year-old") resolve to an entity by salience;
 *   roles.ts     roles in one normal form, learned once and carried to the person's later quotes.
 * A speaker is an entity's full name, or a description as written when no person fits ("a ministry
 * spokeswoman"); never an outlet (names.ts `isOutlet`, including the page's own site name).
 * The quote's own cue is read in own-cue.ts; turn-taking between quotes is turns.ts, questions and
 * their answers asked.ts, unnamed sources unnamed-speaker.ts, and where a cue stands cue-place.ts.
 */

import { isCarriedFragment, isCarriedTitle } from './filter';
import { definiteDescription, definiteGender, soleInScopes } from './lang/definite-sole';
import type { TextRange } from '../text';
import { insideSpans, type QuoteSpan } from './find';
import { signatureAfter } from './signatures';
import { sentenceSubject, speakerBefore, type SpeakerKind, type SpeakerPhrase } from './cues';
import { learnGenders, pronounGender, type Referent } from './coreference';
import { describedReferent, nameAfterDescriptor } from './descriptor-referent';
import { agedPreviousSpeaker } from './aged-previous-speaker';
import { agedParagraphSubject } from './aged-paragraph-subject';
import { ageNumberHolder } from './age-number-holder';
import { qualifiedLeader } from './qualified-chief';
import { appositiveAfterOffice } from './appositive-after-office';
import { accordingAppositive } from './according-appositive';
import { introducingParagraphStart } from './introducing-paragraph';
import { isCaselessShortName } from './caseless-name';
import { buildEntities, learnRole, officeOf, roleAt, type EntityBook } from './entities';
import { roleWithoutOwnName } from './name-bounds';
import { INDEFINITE_ROLE_OF, isOriginPlace, isStreet } from './origin-place';
import { isBodySecondHalf } from './coordinated-body';
import { addressAloneAside, roleOrClause, spelledOutTitle } from './role-shape';
import { Salience } from './salience';
import { paragraphNewcomer } from './paragraph-newcomer';
import { findUnnamedIntroductions, introductionIn } from './unnamed-introduction';
import { markInvertedSubjects } from './inverted-subject';
import { boundingSpan, earlierSentencesOfParagraph, frameBefore, lineEnd, PUT_TO_SUBJECT, sentenceBefore } from './frames';
import { fullerNameBefore, mongolianFullName } from './lang/fuller-names';
import { addCaselessMentions, findCaselessMentions, fullerFromMentions, officeHolderNear, snappedToMention } from './lang/caseless-mentions';
import { chineseDemonstrative, chineseOpeningBefore } from './lang/zh-mentions';
import { chineseDemonstrativeHolder } from './lang/zh-demonstrative-office';
import { introducedInParagraph, latestNamed } from './lang/introduced';
import { roleFromIntroduction } from './lang/introduced-role';
import { isAnonymousElsewhere } from './lang/anonymous';
import { opensWithNewPerson } from './lang/clause-opening';
import { introducedAs } from './lang/ru-uk';
import { nextSentenceSpeaker, possessedReply } from './lang/next-sentence';
import { hebrewDescribed } from './lang/hebrew-described';
import { cyrillicRelative } from './lang/cyrillic-relative';
import { describedByNoun, introducedWithNoun } from './lang/introduced-noun';
import { lastSpeakerByRole } from './last-speaker-role';
import { roleOfDescription, withRolesGivenLater } from './descriptor-role';
import { describedPreviousSpeaker } from './described-opening';
import { describedSubject, knownSubject, messageAuthor, reportedSpeaker } from './introduction-subject';
import { kunyaHolder } from './lang/arabic-kunya';
import { introducedBeforeNewLanguageQuote } from './lang/newlang-introduced';
import { isNewLanguageAgentNoun } from './lang/newlang-roles';
import { findPersonMentions, isNicknameSpan, type PersonMention } from './person-mentions';
import { bearerByRoleStem, familyBearers, namesakeMeant, resolveName } from './name-resolution';
import { isOutlet, isOutletRole, namesPersonInText } from './outlets';
import { descriptorWords, latestIsPrincipal } from './spokesperson';
import { messageSigner } from './message-signer';
import { bodyShortNames } from './body-names';
import { isGroupPluralSubject } from './group-subject';
import { CYRILLIC, HAN, HANGUL, KANA, mayHold } from './scripts-present';
import { findSpeakerPhrase } from './own-cue';
import { continuedSpeaker, REACTION_SENTENCE } from './turns';
import { exchangeTurn, replyTurn } from './dash-turns';
import { answerer, askedIn, askedPerson, askerOf, isAnswer } from './asked';
import { accordingOpening, accordingSource } from './according-source';
import { pressAsker } from './press-asker';
import { retorterOf } from './retort-target';
import { askedObject } from './asked-object';
import { spouseOfTag, spouseSubject } from './spouse';
import { partyStateSpeaker } from './party-state';
import { knownAsNames } from './known-as';
import { ANONYMOUS_SOURCE, anonymousSubject, describedReporter, oneNameInRelative, unnamedInParagraph, unnamedOpener } from './unnamed-speaker';
import { cueSentence, mentionOf } from './cue-place';
import { asIntroducedNoun, withoutIntroducingNouns } from './unnamed-noun';
import { accordingPronounOpening } from './lang/according-pronoun';
import { arabicDescribed } from './lang/arabic-described';
import { personAfterQuotedName } from './quoted-body-name';
import { heldOfficeAnaphor, officeStandsForSomeone } from './lang/unnamed-office';
import { articleGenderBefore } from './lang/aged-descriptor';
import { officeHolder, unheldBodyOffice } from './office-holder';
import { withSpokenRoleHolder } from './spoken-role-holder';
import { unnamedUnlessHeld } from './held-role-over-unnamed';
import { isDemonstrativeDescription } from './lang/definite-role';
import { unnamedSinceNamed, unnamedTag } from './unnamed-stays';
import { agedOutside, agedSentenceSubject, agedWithin, ageNounRange, describedAgeHolder } from './age-nouns';
import { agedEarlierSpeaker, arabicDecadeRange } from './lang/arabic-age-decade';

export type { SpeakerKind };

/**
 * Where the speaker came from: the quote's own sentence (`after` it or `before` it), the quote it
 * continues, or the sentence before it (`context`). Only the first two show the words were said.
 */
export type AttributionSource = 'after' | 'before' | 'continued' | 'context';

export interface AttributedSpan extends QuoteSpan {
  speaker: string | null;
  /** The speaker's role or title, kept apart from the name; null when the text gives none. */
  role: string | null;
  speakerKind: SpeakerKind | null;
  attribution: AttributionSource | null;
  /** Where the words the attribution read the speaker from stand in the text (a name, a pronoun, a description); null when unknown. */
  speakerMention?: TextRange | null;
}

export interface AttributionOptions {
  /** The page's own site name ("The Daily Gazette"): an outlet, never a speaker. */
  siteName?: string;
}

export function attributeSpeakers(text: string, spans: QuoteSpan[], options: AttributionOptions = {}): AttributedSpan[] {
  const inside = insideSpans(text.length, spans);
  const isInside = (at: number) => inside[at] === 1;
  // (`Пенсіонерка, яка живе поруч, …`: the noun an unnamed introduction opens with is no one's name, unnamed-noun.ts.)
  const introductions = findUnnamedIntroductions(text, isInside);
  const people = withoutIntroducingNouns(findPersonMentions(text, isInside), introductions);
  // `a nurse from Port Hedland`: where someone is from is no one a quote, or the `her` after it, may go to (origin-place.ts).
  const origins = new Map<string, boolean>();
  const notOrigin = ({ at, name }: { at: number; name: string }) => {
    const key = `${at} ${name}`;
    if (!origins.has(key)) origins.set(key, isOriginPlace(text, at, name));
    return !origins.get(key);
  };
  const genders = learnGenders(text, people.filter(notOrigin));
  const book = buildEntities(text, people, genders, isInside);
  const aliases = knownAsNames(text);
  book.mentions = book.mentions.filter(notOrigin);
  // Chinese, Korean and Japanese names have no capitals: their finders add those people (lang/caseless-mentions.ts).
  addCaselessMentions(book, findCaselessMentions(text, isInside));
  // (`In Neudorf erwartet Lena Hofbauer …`, `Der 17-jährige Tim Schaller pendelt`: subjects not opening their sentence.)
  const inverted = markInvertedSubjects(text, book);
  // (`Bij de poort staat ook X, die … . «…»`: a quote standing alone after such a sentence is that subject's.)
  const invertedSubjectIn = (whole: string, sentence: string, before: number): SpeakerPhrase | null => {
    const start = sentence ? whole.lastIndexOf(sentence, before) : -1;
    const subject = start < 0 ? undefined : inverted.find((mention) => mention.at >= start && mention.at < start + sentence.length);
    return subject ? { phrase: subject.name, kind: 'name', pronoun: false } : null;
  };
  const salience = new Salience(book, introductions, text, isInside);
  const isSpeakerOutlet = (phrase: string) => isOutlet(phrase, options.siteName) && !namesPersonInText(phrase, people); // (`said Ms Forbes`, outlets.ts)
  const result: AttributedSpan[] = [];
  let bodies: Set<string> | undefined;
  const rolesGivenLater = new Map<string, string>();

  spans.forEach((span, i) => {
    // `Marjorie “Miss Marj” Bynoe`: a nickname is no one's words, and must not become the latest speaker.
    // (`Тренер «Сокола» Дмитрий Ваганов`: a club's name in marks before a person's, no one's words either; the person is salient there: quoted-body-name.ts.)
    const quotedNameOf = personAfterQuotedName(text, span);
    if (isNicknameSpan(text, span.outerStart, span.outerEnd) || quotedNameOf) {
      if (quotedNameOf) salience.noteSpeaker({ name: resolveName(quotedNameOf, people, book.genders) || quotedNameOf, kind: 'name' }, span.outerStart);
      result.push({ ...span, speaker: null, role: null, speakerKind: null, attribution: null, speakerMention: null });
      return;
    }
    const previous = result[i - 1];
    const signed = signatureAfter(text.slice(span.outerEnd, span.outerEnd + 300));
    const read = signed ? { phrase: signed, side: 'after' as const } : findSpeakerPhrase(text, span, spans[i - 1], spans[i + 1], spans[i + 2], isSpeakerOutlet, spans[i - 2]);
    // `said another councillor`, `Bir esnaf, "…" dedi`, `ある漁師は「…」`: an indefinite subject in the tag is someone unnamed (unnamed-stays.ts).
    const own = (signed ? null : unnamedTag(text, span, read, introductions, book, people)) ?? read;
    // `"A," Dunn said. "B." Ward agreed.`: one who agrees in a sentence of his own answers B; B goes on Dunn's turn.
    const answered = own?.side === 'after' && /[.!?]$/.test(span.text) && REACTION_SENTENCE.test(text.slice(span.outerEnd, span.outerEnd + 200));
    const kept = answered && previous?.speaker && continuedSpeaker(text, previous, span, () => false) ? null : own;
    let found = kept?.side === 'before' && kept.phrase?.kind === 'description' ? accordingOpening(kept.phrase, text.slice(Math.max(0, span.outerStart - 400), span.outerStart), people) : (kept?.phrase ?? null); // (according-source.ts)
    let attribution: AttributionSource | null = kept?.side ?? null;
    const isSomeoneElse = (sentence: string) => {
      // `Um funcionário …, que pediu para não ser identificado, admitiu…`: someone new, unnamed (lang/clause-opening.ts).
      if (opensWithNewPerson(sentence.replace(/^[\s.!?"”’']+/, ''))) return true;
      // (`在展台前，一位来自杭州的消费者告诉记者，…。`: someone unnamed brought in, in a script without capitals.)
      if (/^[\s.!?"”’'。！？]*[\p{Script=Han}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}]/u.test(sentence) && introductionIn(sentence.replace(/^[\s.!?"”’'。！？]+/u, ''))) return true;
      // (A Korean subject with 씨 or an office and the topic particle: `한상민 씨는 … 열었습니다.`, read as a cue would.)
      const subject = sentenceSubject(sentence.replace(/^[\s.!?"”’']+/, '')) ?? (/^[\s.!?"”’']*\p{Script=Hangul}/u.test(sentence) ? speakerBefore(sentence.trim()) : null);
      // (`Por enquanto, …`, `Poi …`: a capitalised first word the text never gives in full is no person.)
      const name = subject && subject.kind === 'name' && !subject.pronoun ? resolveName(subject.phrase, people) : null;
      // (A full name in Korean or Chinese is written with no space: `한상민 씨는 … 열었습니다.`)
      return !!name && name !== previous?.speaker && (/\s/.test(name) || /^[\p{Script=Hangul}\p{Script=Han}]{2,4}$/u.test(name) || people.some((person) => person.alone && person.name === name));
    };
    // (`«…»` as a paragraph, then `Так ситуацию прокомментировала X.`, `«…». بهذه الكلمات ختم X`: the sentence after names the
    // speaker, before any continuation of the quote before (lang/next-sentence.ts); before a name read loosely (`Wie dat zegt, is X`).
    const thus = (!found || found.loose) && span.fullSentence ? nextSentenceSpeaker(text, span.outerStart, span.outerEnd) : span.fullSentence && attribution === 'after' ? possessedReply(text, span.outerStart, span.outerEnd) : null;
    if (thus) [found, attribution] = [thus, 'context'];
    // `Stephanopoulos pressed Reyes: "…?"` then `"Absolutely."`: the answer is the one asked's, not a continuation (asked.ts).
    const answeredBy = (!found && previous?.text.endsWith('?') && isAnswer(span.text) ? askedPerson(askedIn(cueSentence(text, spans[i - 1]!, previous.attribution)), null, people, book) : null) ?? (!found ? (exchangeTurn(text, span, result, book) ?? replyTurn(text, span, result, people)) : null);
    const continued = answeredBy ?? (!found && previous ? continuedSpeaker(text, previous, span, isSomeoneElse) : null);
    if (continued) attribution = 'continued';
    // `Kim was asked, "…?"`: the quote was put to the sentence's subject, by someone the sentence does not name.
    const putToSubject = !found && PUT_TO_SUBJECT.test(frameBefore(text, span, spans[i - 1]));
    if (!found && !continued && !putToSubject) {
      // A quote standing alone after the sentence that introduces it: `Kim defended the plan. "It works."`
      const introduction = sentenceBefore(text, span, boundingSpan(text, span, spans[i - 1], spans[i - 2]));
      // (`За її словами, … . «…»`, `לדבריה, … . "…"`: the sentence before reports the person just named, lang/according-pronoun.ts.)
      found = answerer(introduction, span) ?? accordingOpening(reportedSpeaker(introduction, people), introduction, people) ?? (span.fullSentence ? (agedSentenceSubject(introduction, book, span.outerStart) ?? accordingPronounOpening(introduction) ?? knownSubject(sentenceSubject(introduction) ?? chineseOpeningBefore(text, introduction, span.outerStart, book.mentions), people, introduction) ?? invertedSubjectIn(text, introduction, span.outerStart) ?? describedPreviousSpeaker(introduction, previous, text, book, span.outerStart)) : null);
      // `Trump spoke for an hour. The crowd loved it. "…"`: failing that, the sentences before it in its paragraph.
      for (const earlier of span.fullSentence && !found ? earlierSentencesOfParagraph(text, span, spans[i - 1]) : []) {
        found = speakerBefore(earlier) ?? knownSubject(sentenceSubject(earlier), people, earlier) ?? invertedSubjectIn(text, earlier, span.outerStart);
        if (found) break;
      }
      if (found && isSpeakerOutlet(found.phrase)) found = null;
      if (found) attribution = 'context';
    }
    found = unheldBodyOffice(messageAuthor(cyrillicRelative(hebrewDescribed(arabicDescribed(asIntroducedNoun(found, introductions, span.outerStart)), text, span.outerStart), text), text, span.outerStart, people), text, book, span.outerStart);
    const asRead = found;
    const definiteRead = found ? definiteDescription(found) : null;
    // `— пообещал глава района`: the office's holder when the text names one, else an unnamed description (lang/unnamed-office.ts).
    const unheldOffice = !!found?.office && !officeStandsForSomeone(text, book, found, span.outerStart);
    if (found?.office && !unheldOffice) found = heldOfficeAnaphor(found);
    let speaker = continued;
    let mention = continued ? (previous?.speakerMention ?? null) : found && !found.dropped ? mentionOf(text, found.phrase, attribution, span) : null;
    // Caseless scripts: a pronoun or dropped subject after a paragraph that introduces someone is them (lang/introduced.ts).
    // (`siger ministeren` after `Fødevareminister Anders Bech`: a descriptor whose noun introduced someone is theirs, lang/introduced-noun.ts.)
    const introducedByNoun = found?.descriptor && found.role ? introducedWithNoun(text, found.role, span.outerStart) : found?.descriptor && found.definite ? describedByNoun(text, found.definite, span.outerStart) : null;
    const introduced = found && (found.dropped || found.pronoun) && !introducedByNoun ? asIntroducedNoun(introducedInParagraph(text, span.outerStart) ?? introducedBeforeNewLanguageQuote(text, span.outerStart, span.outerEnd), introductions, span.outerStart) : null;
    if (introduced) {
      // (`„…“, sagte er.` read as the person the paragraph introduced: the pronoun still gives that person's gender.)
      const given = found!.pronoun && !found!.dropped && !introduced.gender ? pronounGender(found!.phrase) : null;
      found = given ? { ...introduced, gender: given } : introduced;
      mention = mentionOf(text, introduced.phrase, 'context', span);
    }
    // `— поделилась молодая мама`: a descriptor is the person the story just named (lang/introduced.ts).
    // `een woordvoerder van zorgverzekeraar X` … `aldus de woordvoerder`: the spokesperson stays unnamed (spokesperson.ts).
    const unnamedSpokesperson = !!found?.descriptor && !!found.role && latestIsPrincipal(text, book.mentions, span.outerStart, found.role);
    // (`мастер говорил:` after `скрипичный мастер X`: the one the text introduced with that noun, lang/ru-uk.ts.)
    // (`», a déclaré le ministre au Quotidien`: failing those, the latest person given a role the noun heads, office-holder.ts; `ο πρόεδρος του συνεταιρισμού` no one holds stays as written.)
    const holder = () => (found?.definite ? officeHolder(text, book, found.definite, span.outerStart) : null);
    // (`erzählt die Bäuerin` after `Auf dem Hof von Martina Frei …`: the one person the paragraph names, lang/definite-sole.ts.)
    const soleDefinite = () => (definiteRead ? soleInScopes(text, span.outerStart, definiteRead, (from) => salience.soleSince(from, span.outerStart, definiteGender(definiteRead))) : null);
    // (`a répété le sexagénaire`: a decade noun is the latest person given an age in its span, age-nouns.ts.)
    const aged = found?.descriptor ? (describedAgeHolder(found, book, span.outerStart) ?? agedEarlierSpeaker(text, result.filter((quote) => quote.speakerKind === 'name').map((quote) => quote.speaker), found.definite ? arabicDecadeRange(found.definite) : null, span.outerStart)) : undefined; // (`الرجل الخمسيني`: lang/arabic-age-decade.ts)
    const described = found?.descriptor && !unnamedSpokesperson ? aged ?? (found.role ? introducedAs(text, found.role, span.outerStart) ?? introducedByNoun : introducedByNoun) ?? holder() ?? soleDefinite() ?? latestNamed(text, book.mentions, (name) => book.entities.get(name)?.gender ?? book.genders.get(name) ?? null, span.outerStart, found.gender ?? null) : null;
    // `En 52-årig kvinna … – …, säger kvinnan.`: the unnamed person a sentence just brought in (unnamed-introduction.ts), unless a named person holds the role (held-role-over-unnamed.ts).
    const unnamedDescribed = found?.descriptor && !unnamedSpokesperson ? unnamedUnlessHeld(salience.unnamedLatest(span.outerStart, found.gender ?? null), found.definite, holder) : null;
    const anonymous = asRead && (asRead.dropped || (asRead.descriptor && asRead.definite)) ? anonymousSubject(text, span.outerStart, cueSentence(text, span, attribution), asRead, book) : null;
    if (unheldOffice) {
      speaker = { name: found!.phrase, kind: 'description' };
    } else if (anonymous) {
      speaker = anonymous;
    } else if (unnamedDescribed) {
      speaker = unnamedDescribed;
    } else if (described) {
      speaker = { name: described, kind: 'name' };
    } else if (unnamedSpokesperson) {
      speaker = { name: descriptorWords(text.slice(span.outerEnd, span.outerEnd + 120), found!.role!), kind: 'description' };
    } else if (found?.dropped) {
      speaker = salience.dropped(span.outerStart);
      // A subject left out (Japanese `「…」と述べた。`) and no one salient yet: whom the sentence before names.
      const named = speaker ? null : speakerBefore(sentenceBefore(text, span, spans[i - 1]));
      if (named && !named.pronoun) speaker = resolve(named, text, people, book, salience, span.outerStart, isSpeakerOutlet, aliases);
      if (named && !named.pronoun && speaker) mention = mentionOf(text, named.phrase, 'context', span);
    } else if (found?.pronoun) {
      // (The sentence before and the cue's sentence, read once for the readers below.)
      const before = sentenceBefore(text, span, spans[i - 1]);
      const cue = cueSentence(text, span, attribution);
      // `One care assistant, who …, said …. "…," she said`: the unnamed person the paragraph opens with, no one named since.
      const unnamed = /^(?:he|she)$/i.test(found.phrase) ? unnamedOpener(text, span.outerStart, book, found.phrase) : null;
      // `The CEO ended the call. "…," she said`: the person a described subject of the sentence before stands for.
      // `Meeks asked whether she could see it. "No," she answered.`: the one who asked is not who answers (an unnamed asker from the press, press-asker.ts; a retort's target, retort-target.ts).
      const asker = askerOf(before, found.phrase, cue, people) ?? pressAsker(before, cue) ?? retorterOf([cue, before], found.phrase, people);
      // `Stephanopoulos asked Reyes about the polls. "…," he said`: the one asked answers (asked.ts).
      const asked = isAnswer(span.text) && !asker ? askedPerson(askedIn(before), found.phrase, people, book) : null;
      // (`La situation n’étonne pas Paul Roy, directeur …. « … », a-t-il déclaré.`: the one newcomer of the paragraph, paragraph-newcomer.ts.)
      speaker = unnamed ?? describedSubject(before, found.phrase, book, salience, span.outerStart, text) ?? describedReporter(text, before, span.outerStart, book, found.phrase) ?? spouseSubject(cue, found.phrase, people, salience, span.outerStart) ?? spouseSubject(before, found.phrase, people, salience, span.outerStart) ?? asked ?? askedObject(before, text, span.outerStart, found.phrase, asker, book) ?? accordingSource(/\p{L}/u.test(before) ? before : sentenceBefore(text, span, undefined), found.phrase, people, book) ?? paragraphNewcomer(text, span.outerStart, found.phrase, people, book) ?? salience.pronoun(found.phrase, span.outerStart, asker, /她|그녀|彼女/u.test(cue));
      // (`她说`, `그녀는`, `彼女は`: a woman the text marked as one is surer than a speaker just quoted whose gender it never gave, salience.ts.)
      // (`他说` with no man to fit: older Chinese writing uses 他 for a woman too, so the latest salient person.)
      if (!speaker && found.phrase === 'he' && /他/u.test(cue) && !/她/u.test(cue)) speaker = salience.dropped(span.outerStart);
      // `seen by the Northern Ledger. … "…," she said`: an outlet is never who "she" is.
      if (speaker?.kind === 'name' && (isSpeakerOutlet(speaker.name) || book.entities.get(speaker.name)?.outlet)) speaker = null;
    } else if (found?.kind === 'description' && (found.unnamed || ANONYMOUS_SOURCE.test(cueSentence(text, span, attribution)) || isAnonymousElsewhere(cueSentence(text, span, attribution)) || unnamedInParagraph(text, span.outerStart, book))) {
      // `said the mother, who asked not to be named`: the text says this speaker has no name, so no named person is them.
      speaker = isSpeakerOutlet(found.phrase) ? null : { name: found.phrase, kind: 'description' };
    } else if (found) {
      // `농업기술원 이서준 연구사는`: an office the cue read as the name is the office of the person found there (lang/caseless-mentions.ts).
      const officeNamed = found.kind === 'name' && !book.entities.has(found.phrase) && mayHold(HAN | HANGUL | KANA, found.phrase) ? officeHolderNear(book, found.phrase, span.outerStart - 200, span.outerEnd + 200, attribution === 'after' ? span.outerEnd : span.outerStart) : null;
      if (officeNamed) found = { ...found, phrase: officeNamed.name, role: officeNamed.role };
      speaker = resolve(found, text, people, book, salience, span.outerStart, isSpeakerOutlet, aliases, attribution === 'after' ? span.outerEnd : undefined);
      // (`the Oregon Republican said`: the latest person named beside that state, party-state.ts.)
      if (speaker?.kind === 'description') speaker = partyStateSpeaker(found.phrase, text, book, span.outerStart) ?? speaker;
      if (speaker?.kind === 'description') speaker = spouseOfTag(found.phrase, people, salience, span.outerStart, text) ?? speaker;
      // `“…，”这位冠军笑着说`: the holder of that office (zh-demonstrative-office.ts), else the latest salient person it fits (zh-mentions.ts).
      const demonstrative = speaker?.kind === 'description' ? chineseDemonstrative(found.phrase) : null;
      const officeHolderNamed = demonstrative ? chineseDemonstrativeHolder(book, found.phrase, span.outerStart) : null;
      if (demonstrative) speaker = (officeHolderNamed ? { name: officeHolderNamed, kind: 'name' as const } : null) ?? (demonstrative.gender ? salience.pronoun(demonstrative.gender === 'female' ? 'she' : 'he', span.outerStart) : salience.dropped(span.outerStart)) ?? speaker;
      // `"…," said the Dutchman`: the one person its paragraph names (salience.ts soleNamed); `the teenager` after `X, 19,` (age-nouns.ts).
      const ranged = speaker?.kind === 'description' ? ageNounRange(found.phrase) : null;
      const rangedName = ranged ? agedWithin(book, ranged, span.outerStart) : null;
      if (rangedName) speaker = { name: rangedName, kind: 'name' };
      const sole = speaker?.kind === 'description' ? (salience.soleNamed(found.phrase, introducingParagraphStart(text, span.outerStart, book, introductions), span.outerStart, text) ?? describedReferent(found.phrase, text, introducingParagraphStart(text, span.outerStart, book, introductions), span.outerStart, book)) : null; // (descriptor-referent.ts)
      if (sole && !(ranged && agedOutside(book, sole, ranged))) speaker = { name: sole, kind: 'name' };
      // `», dijo el atacante de 23 años`: the person of that age, else the one the paragraph names (lang/aged-descriptor.ts).
      const aged = speaker?.kind === 'description' && found.age ? salience.agedOrSole(found.age, found.gender ?? null, introducingParagraphStart(text, span.outerStart, book, introductions), span.outerStart, (mentionAt) => articleGenderBefore(text, mentionAt)) : null;
      if (aged) speaker = { name: aged, kind: 'name' };
      // `„…“, so der Anwalt.`, `«…», erzählt die Bäuerin.`: the one person the quote's paragraph names (lang/definite-sole.ts).
      const definite = !aged ? definiteRead : null;
      const soleInParagraph = definite && (speaker?.kind !== 'name' || !text.slice(text.lastIndexOf('\n', span.outerStart) + 1, span.outerStart).includes(speaker.name.split(' ').at(-1)!)) ? soleInScopes(text, span.outerStart, definite, (from) => salience.soleSince(from, span.outerStart, definiteGender(definite))) : null;
      if (soleInParagraph) speaker = { name: soleInParagraph, kind: 'name' };
      // `zuchtte de leider` after `leider Jens Peeters` (lang/introduced-noun.ts); `the Eagles coach` after `coach X`'s quote (last-speaker-role.ts).
      const byNoun = speaker?.kind === 'description' ? (describedByNoun(text, found.phrase, span.outerStart) ?? lastSpeakerByRole(found.phrase, previous, book, span.outerStart) ?? agedPreviousSpeaker(found.phrase, text, span.outerStart, previous, book, introductions) ?? agedParagraphSubject(found.phrase, text, span.outerStart, result, book, introductions) ?? ageNumberHolder(found.phrase, text, span.outerStart, book) ?? qualifiedLeader(found.phrase, book, span.outerStart) ?? appositiveAfterOffice(found.phrase, text, span.outerStart, people) ?? accordingAppositive(found.phrase, text, span.outerStart, people)) : null; // (aged-previous-speaker.ts, aged-paragraph-subject.ts, age-number-holder.ts, qualified-chief.ts, appositive-after-office.ts, according-appositive.ts)
      if (byNoun) speaker = { name: byNoun, kind: 'name' };
      // `这位31岁的护士笑着说`, `この男性は`: a demonstrative points at someone the story has: the person just introduced, else the latest salient.
      const pointed = speaker?.kind === 'description' && isDemonstrativeDescription(found.phrase) ? (introducedInParagraph(text, span.outerStart) ?? introducedInParagraph(text, text.lastIndexOf('\n', span.outerStart - 1) + 1)) : null;
      const pointedAt = pointed ? { name: pointed.phrase, kind: 'name' as const } : speaker?.kind === 'description' && isDemonstrativeDescription(found.phrase) ? salience.dropped(span.outerStart) : null;
      if (pointedAt?.kind === 'name') speaker = pointedAt;
      // `One resident, who identified herself only as Linda, …`: the one name the relative clause gives (unnamed-speaker.ts).
      const oneName = speaker?.kind === 'description' ? oneNameInRelative(cueSentence(text, span, attribution), found.phrase, (name) => people.some((person) => person.name === name)) : null;
      if (oneName) speaker = { name: oneName, kind: 'name' };
      // `"…," the statement said.` after `in a statement signed by X`: the signer (message-signer.ts).
      const signer = speaker?.kind === 'description' ? messageSigner(found.phrase, text, span.outerStart, people) : null;
      if (signer) speaker = { name: resolveName(signer, people, book.genders) || signer, kind: 'name' };
      // `Aurelian said` after `Boston-based Aurelian Therapeutics`: a body's short name is no person (body-names.ts).
      if (speaker?.kind === 'name' && !speaker.name.includes(' ') && (((bodies ??= bodyShortNames(text)).has(speaker.name) && !people.some((person) => person.name.split(' ').includes(speaker!.name))) || isGroupPluralSubject(speaker.name, text, people.map((person) => person.name)))) speaker = { name: speaker.name, kind: 'description' };
      // Names in scripts without capitals are not among `people`: 山田 (山田太郎) and حسن (أحمد حسن) are earlier speakers; nor is Mongolian `Сарнай` (`Д.Сарнай`).
      if (speaker && (isCaselessShortName(speaker.name) || (mayHold(CYRILLIC, speaker.name) && !!mongolianFullName(text.slice(0, span.outerStart), speaker.name)))) {
        const fuller = salience.fullerSpeaker(speaker.name) ?? fullerNameBefore(text, speaker.name, span.outerStart) ?? fullerFromMentions(book, speaker.name, span.outerStart, text);
        speaker = typeof fuller === 'string' ? { name: fuller, kind: 'name' } : (fuller ?? speaker);
        // (A lone Devanagari word with no full form before it, `लोगों ने कहा`, names no one.)
        if (speaker?.kind === 'name' && !speaker.name.includes(' ') && /^[\u0900-\u097f]+$/u.test(speaker.name)) speaker = null;
      }
    }
    // `Une commerçante, qui …, l’a critiqué. « … », a-t-elle ajouté.`: the unnamed person who spoke since anyone was named (unnamed-stays.ts).
    // (`said the grandmother of five`: a person by how many children she has is anyone, like `the woman`.)
    const generic = asRead?.kind === 'description' && !asRead.unnamed ? (/^the\s+\p{Ll}+$/iu.test(asRead.phrase) ? asRead.phrase.split(/\s+/u)[1]! : /^the\s+\p{Ll}+\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/iu.test(asRead.phrase) ? 'person' : null) : null;
    const bare = !asRead || attribution === 'context' || asRead.dropped || (asRead.pronoun && !asRead.descriptor && /^(?:he|she)$/iu.test(asRead.phrase)) || generic;
    const sinceNamed = speaker?.kind !== 'description' && !continued && !thus && bare ? unnamedSinceNamed(text, span.outerStart, introductions, book, asRead?.gender ?? (asRead?.pronoun && !asRead.dropped ? pronounGender(asRead.phrase) : null), generic, !!asRead?.dropped, previous ?? undefined) : null;
    if (sinceNamed) speaker = sinceNamed;
    // (`وقال المتحدث:` with no one quoted before: an Arabic or Hebrew definite description no person fits stays as written.)
    if (!speaker && found?.descriptor && found.definite && /^[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(found.definite)) speaker = { name: found.definite, kind: 'description' };
    // (`村民吴海种了…` read by a cue as 吴海种: the name the mention finders read there, lang/caseless-mentions.ts.)
    if (speaker?.kind === 'name' && mayHold(HAN | HANGUL, speaker.name)) speaker = { ...speaker, name: snappedToMention(book, speaker.name) };
    // (`يقول أبو خالد` after `سليم العمري (أبو خالد)`: the kunya in brackets is the man named before it, lang/arabic-kunya.ts.)
    if (speaker?.kind === 'name') speaker = { ...speaker, name: kunyaHolder(text, speaker.name, result.map((quote) => quote.speaker)) ?? speaker.name };
    // "قالت ليلى", "sagt die 72-Jährige": a cue that reveals the speaker's gender teaches it for later pronouns (not a name or term
    // in quotation marks carried from context, `a new “Safe Streets” scheme`: its pronoun was never that speaker's, filter.ts).
    const carried = isCarriedTitle(span, attribution) || isCarriedFragment(span, attribution);
    // (`“…,” 62 वर्षीय सरपंच ने बताया` after `सरपंच X Y कहते हैं, “…”`: a caseless role noun alone is the earlier speaker given it, spoken-role-holder.ts.)
    speaker = withSpokenRoleHolder(speaker, result);
    if (speaker && found?.gender && !carried && !book.genders.has(speaker.name)) book.genders.set(speaker.name, found.gender);
    // `"…," he says` resolved to someone the text gave no gender: the pronoun gives it, for the "she" that follows.
    // (Not a pronoun borrowed from the sentence before for a few words quoted inside another sentence: `According to X, the board “…”.`)
    const pronounGiven = speaker?.kind === 'name' && found?.pronoun && !found.gender && (attribution !== 'context' || span.fullSentence) ? pronounGender(found.phrase) : null;
    if (pronounGiven && !carried && !book.genders.has(speaker!.name) && !book.entities.get(speaker!.name)?.gender) book.genders.set(speaker!.name, pronounGiven);
    // The cue's own role ("Tom Reyes, the city's treasurer, said") is learned for later quotes too.
    const cueAt = attribution === 'after' ? span.outerEnd : span.outerStart;
    // (`– mondta az edző` after `vezetőedzője, X`: the introduction's compound holding a descriptor's role noun says more.)
    const introducedRole = speaker?.kind === 'name' && found?.descriptor && found.role ? roleFromIntroduction(text, speaker.name, span.outerStart) : null;
    const cueRole = introducedRole?.split(/\s+/u).some((word) => word !== found!.role && word.includes(found!.role!)) ? introducedRole : found?.role;
    // (Not what was no role at all, `, apontando para o cais`: a role learned before or given later still counts.)
    if (speaker?.kind === 'name' && cueRole && roleOrClause(cueRole)) learnRole(book, speaker.name, cueAt, cueRole);
    // (`», lance la retraitée` read as the woman named before: the noun is her role, before too, descriptor-role.ts.)
    const descriptionRole = speaker?.kind === 'name' && !cueRole ? roleOfDescription(found?.kind === 'description' ? found.phrase : found?.descriptor ? found.definite : undefined) : null;
    const role = speaker?.kind === 'name' ? roleOrClause(roleWithoutOwnName(addressAloneAside(spelledOutTitle(roleAt(book, speaker.name, lineEnd(text, cueAt)), descriptionRole)) ?? addressAloneAside(cueRole) ?? roleFromIntroduction(text, speaker.name, span.outerStart) ?? descriptionRole, speaker.name)) : null;
    if (speaker?.kind === 'name' && descriptionRole && role === descriptionRole && !rolesGivenLater.has(speaker.name)) rolesGivenLater.set(speaker.name, descriptionRole);
    // (`», explique le luthier` read as the man named before: the noun is his role for the `poursuit-il` that follows.)
    if (speaker?.kind === 'name' && role && found?.descriptor && found.definite && !cueRole) learnRole(book, speaker.name, cueAt, role);
    // `said Tom Reyes and Ana Lopez`: the pair stays salient as a group, for the "they added" that follows.
    const partner = speaker?.kind === 'name' && found?.pairedWith ? resolveName(found.pairedWith, people, book.genders) : '';
    if (speaker && !carried) salience.noteSpeaker(speaker, span.outerStart, partner && partner !== speaker.name ? `${speaker.name} and ${partner}` : undefined);
    result.push({ ...span, speaker: speaker?.name ?? null, role, speakerKind: speaker?.kind ?? null, attribution: speaker ? attribution : null, speakerMention: speaker ? mention : null });
  });
  return withRolesGivenLater(result, rolesGivenLater);
}

export type Speaker = Referent;

/**
 * A full name for a short one, and a named person for "the senator" or "the 71-year-old"; other
 * descriptions ("a ministry spokeswoman") stay as written. Outlets are never speakers.
 */
function resolve(found: SpeakerPhrase, text: string, people: PersonMention[], book: EntityBook, salience: Salience, at: number, isSpeakerOutlet: (phrase: string) => boolean, aliases: ReadonlyMap<string, string> = new Map(), tagAt?: number): Speaker | null {
  if (isSpeakerOutlet(found.phrase) || (found.role && isOutletRole(found.role))) return null; // (`vd på Nordhamn Paper` is an office, outlets.ts)
  // (`Una vecina de barrio Belgrano, …, resumió:`: one capitalised word after an indefinite role and "of" is where she is from; `un vecino de la avenida Emiliano Zapata`: any name after a street's noun is the street, origin-place.ts; `une porte-parole de Pêches et Océans Canada`: a body's second half, coordinated-body.ts.)
  if (found.kind === 'name' && !found.pronoun && ((INDEFINITE_ROLE_OF.test(found.role ?? '') && (!/\s/u.test(found.phrase) || isStreet(`${found.role} `, found.phrase))) || isBodySecondHalf(`${found.role ?? ''} `, found.phrase))) return { name: `${found.role} ${found.phrase}`, kind: 'description' };
  if (found.kind === 'description') {
    // (`bevelvoerder Klaas Dijkstra van brandweerpost Dennedijk`: one role word and a full name the text gives, that person.)
    const roleThenName = /^(\p{Ll}[\p{L}-]+)\s+(\p{Lu}\p{Ll}+(?:\s+(?:van|de|der|den|von)?\s*\p{Lu}\p{Ll}+)+)/u.exec(found.phrase);
    const named = roleThenName && isNewLanguageAgentNoun(roleThenName[1]!) ? roleThenName[2] : undefined;
    const holder = (named ? people.find((mention) => mention.name.includes(' ') && named.startsWith(mention.name))?.name : undefined) ?? nameAfterDescriptor(found.phrase, people); // (`her heartbroken daughter X`)
    if (holder) return { name: holder, kind: 'name' };
    const person = salience.description(found.phrase, at);
    return person ? { name: person, kind: 'name' } : { name: found.phrase, kind: 'description' };
  }
  // (`lembra Mestre Bilé` after `X, conhecido … como Mestre Bilé`: the name the person goes by, known-as.ts.)
  const resolved = resolveName(found.phrase, people, book.genders);
  const name = aliases.get(found.phrase) ?? aliases.get(resolved) ?? resolved;
  if (!name || book.entities.get(name)?.outlet) return null;
  // `"…" Voting began.`: the fallback's one word is a speaker only as the short form of a name given in full.
  // (`Erzsi néni`, `tog 11-årige Freja ordet`: unless the text introduced a person known by that one name, person-mentions.ts.)
  // (`kaže konobar Luka`: nor one the tag gives with a lower-case role noun before the name, a person known by one name.)
  if (found.loose && !name.includes(' ') && !people.some((person) => person.alone && person.name === name) && !/(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(found.role ?? '')) return null;
  // `"…," Vance, the former president, said`: of several Vances, the one the text gave that office.
  const office = found.role ? officeOf(found.role) : '';
  const bearers = familyBearers(found.phrase, people);
  const holder = office ? (bearers?.find((bearer) => book.entities.get(bearer)?.offices.has(office)) ?? bearerByRoleStem(bearers, found.role!, book)) : undefined;
  return { name: holder ?? namesakeMeant(text, found.phrase, tagAt, bearers, people, book, at, resolved === name) ?? name, kind: 'name' };
}
