/**
 * Reads a speaker phrase in a Latin- or Cyrillic-script language: the name, the role written before it (`le ministre de la
 * Santé X`, `Geschäftsführerin X`, `министр транспорта X`) or after it (`X, maire de Lyon`), a description (`un porte-parole`),
 * a pronoun, or a descriptor standing for the person named before (`die 72-Jährige`). Outlets spoken to are skipped.
 */
import { describedFromPlace, descriptionEndingOnPlace } from '../origin-place';
import { isAdjunctGroup } from './adjunct-group';
import { joinPortfolios } from './portfolio-list';
import { fromPersonAfterOutlet } from '../outlet-run';
import { speaksForName } from '../spokesperson';
import type { SpeakerPhrase } from '../cues';
import { NAME_RUN } from '../names';
import type { LatinLanguage } from './latin';
import { isForeignRoleNoun, RANK_ALONE, startsWithCyrillicPlace } from './role-nouns';
import { withoutTimeAndPlace } from './place-adjunct';
import { afterBareOutlet, opensBareOutletAfterName } from './bare-outlet';
import { complementedAnaphor } from './descriptor-complement';
import { agedDescriptor } from './aged-descriptor';
import { beforeRecipient, trailingFullName, withoutGermanTrailingAdverb } from './trailing-name';
import { COMPLEMENT_MARKER, described, person, pronoun } from './shared';
import { withoutLeadingAge, withoutLeadingToUs, withoutOriginAfterName } from './tag-particles';
import { ABBREVIATIONS_ALONE, ACRONYM, INHABITANT, ACRONYM_RECIPIENT, ADJUNCT_OPENING, AGE_GROUP, ALSO_BEFORE_SUBJECT, AUDIENCE, CLITIC_END, COMPLEMENTIZER, DAY_WORD, GERUND_OR_MANNER_AFTER_NAME, GERUND_CLAUSE, NAME_PARTICLES, NOT_A_ROLE, ORGANISATION_COMPLEMENT, PLACE_THEN_FULL_NAME, PREPOSITION_AT_END, PUNCTUATION_END, RANK_THEN_FULL_NAME, ROLE_PREPOSITION, SHARED_OUTLET, lastWords, lowerFirst, RELATIVE_OPENING, roleGender, isPlaceAfterPreposition, continuesInstitutionName, closesOfficeOfBody } from './latin-reader-words';

/** Reads the speaker phrase in the words after a verb or before one. */
export class SpeakerReader {
  private readonly nameAtEnd = new RegExp(`(?:^|\\s)(${NAME_RUN})$`, 'u');
  private readonly stop: RegExp;
  private readonly stopWord: RegExp;
  private readonly recipient: RegExp;
  private readonly article: RegExp;

  constructor(private readonly language: LatinLanguage) {
    this.stop = new RegExp(`\\s(?:${language.stops})(?![\\p{L}])`, 'u');
    this.stopWord = new RegExp(`^(?:${language.stops}|${language.recipients})$`, 'iu');
    this.recipient = new RegExp(`^(?:${language.recipients})(?:(?<=['’])|(?![\\p{L}]))`, 'iu');
    // An elided article (`l'adjoint`) is glued to its noun.
    this.article = new RegExp(`^(?:${language.articles})(?:(?<=['’])|(?![\\p{L}]))`, 'iu');
  }

  /**
   * The speaker at the start of `rest` (the words after a reporting verb), or undefined when
   * nothing speaker-like starts there. With `nameOnly`, only a name or pronoun counts (German
   * `sagte X:` after a sentence-opening adverb).
   */
  read(rest: string, nameOnly = false): SpeakerPhrase | null | undefined {
    if (GERUND_CLAUSE.test(rest) || COMPLEMENTIZER.test(rest)) return undefined;
    // `Katrin Albers (SPD) am Dienstag`: a party or place in brackets is not part of the phrase.
    let clause = rest.replace(/^[\s,]+/u, '').replace(/\s*\([^()]{1,40}\)/gu, '');
    const end = PUNCTUATION_END.exec(clause);
    if (end) clause = clause.slice(0, end.index);
    // (`une caissière qui travaille à la clinique Louise Marchal`: a name after a street or a building is the place.)
    if (descriptionEndingOnPlace(clause)) return described(describedFromPlace(clause) ?? clause);
    // (`dice mientras guarda las pelotas`, `diu mentre abaixa la persiana`: what the speaker does meanwhile, the subject left out.)
    if (/^(?:mientras|mentre|enquanto)\s/iu.test(clause)) return { ...pronoun('they'), dropped: true };
    clause = this.skipAdjunct(this.skipRecipient(withoutTimeAndPlace(clause))); // (`plus tôt à la barre X`: place-adjunct.ts.)
    // `bestätigt auch Bürgermeister X`, `ajoute aussi le maire`: "also" before the subject is no part of it.
    clause = clause.replace(ALSO_BEFORE_SUBJECT, '');
    // `— заявил 61-летний Пётр Семёнов`, `– żali się 70-letnia X`: an age before the name is neither role nor name (tag-particles.ts).
    clause = withoutLeadingAge(withoutLeadingToUs(clause));
    if (!clause.trim()) return undefined;
    const first = /^[\p{L}]+/u.exec(clause)?.[0] ?? '';
    const gender = this.language.pronouns[first.toLowerCase()];
    if (gender && first === first.toLowerCase()) return pronoun(gender === 'female' ? 'she' : 'he');
    // (`l’échevine de l’Enseignement, de la Petite enfance et des Affaires sociales, X`: a list of portfolios is one role, portfolio-list.ts.)
    const groups = joinPortfolios(clause.split(/\s*,\s*/u).filter(Boolean), (group) => this.isDescription(group), (group) => this.named(this.cutAtStop(group))?.kind === 'name').slice(0, 3);
    const head = this.cutAtStop(groups[0] ?? '');
    // `— усміхається 58-річний вівчар`: a descriptor opening with an age.
    if (/^\d/u.test(head) && this.language.anaphor?.test(head)) return this.anaphor(head);
    let found = this.named(head);
    // `la jefa del bloque del Frente Renovador Federal, la senadora cordobesa Mariela Quiroga`: when a role-led
    // phrase is followed by a role and a name, the name after the comma is the person; the first phrase is the office.
    const second = (found?.role || found?.descriptor) && groups[1] ? this.named(this.cutAtStop(groups[1])) : null;
    // (Not when the first phrase is a role and a person's full name, `rzecznik Jan Kos, rzecznik Komendy Miejskiej`: the capitals
    // after a role word that is no short preposition or article are that person, and the second phrase is their office.)
    // (The role must end in a lower-case word of five letters or more, or be abbreviated ranks: `la jefa del bloque del Frente`
    // ends in the body's capital, so its run is the body's and the name after the comma the person.)
    const personNamed = found?.role && !found.descriptor && found.phrase.includes(' ') && (/(?:^|\s)\p{Ll}[\p{Ll}-]{4,}$/u.test(found.role) || ABBREVIATIONS_ALONE.test(found.role));
    if (second?.role && !personNamed && this.isDescription(groups[1]!) && this.isDescription(head)) found = person(second.phrase, lowerFirst(head));
    // `o presidente da Associação Nova Rota dos Taxistas, Francisco Kanga Muxito,`: a capital closing the role opens an
    // organisation's name, so the run is its rest and the name after the comma is the person.
    // (`le chef d’Ensemble Lyon, X,`, `il tecnico dell’Atletico Vomero, X`: an elided "of" likewise; `la regidora d'Esports i Medi Ambient, X`: an "and".)
    else if (found?.role && /(?:\s|\s(?:[dl]|dell|all|nell|dall|sull)['’])\p{Lu}[\p{L}-]*(?:\s(?:y|i|e|et))?$/u.test(found.role) && this.isDescription(head) && second && !second.role && !second.pronoun && second.kind === 'name') found = person(second.phrase, lowerFirst(head));
    // (`il capo del dicastero Turismo, X Y`: one capitalised word closing a role is its portfolio when a
    // full name makes up the whole group after the comma.)
    else if (found?.role && !found.phrase.includes(' ') && second && !second.role && !second.pronoun && second.kind === 'name' && second.phrase.includes(' ') && groups[1]!.trim() === second.phrase && this.isDescription(head)) found = person(second.phrase, lowerFirst(head));
    // `a declarat ministrul Agriculturii, Vasile Rusu,`: a role noun standing alone (a descriptor) before a full name
    // between commas is that person's office, not someone named earlier.
    else if (found?.descriptor && second && !second.role && !second.pronoun && second.kind === 'name' && second.phrase.includes(' ')) found = person(second.phrase, lowerFirst(head));
    if (found) {
      // `X, maire de Lyon,`: an appositive role after the name.
      // `Moussa Diop, 47 ans, capitaine d’une pirogue`: an age between the name and its role.
      const appositive = groups[1] && AGE_GROUP.test(groups[1]) ? groups[2] : groups[1];
      // (`le colonel X, porte-parole du Bureau national,`: a rank before the name is joined by the office after it.)
      // (`mł. bryg. X, rzecznik …`: abbreviated ranks alone, their full stops masked or not, likewise; rank-abbreviations.ts.)
      const role = appositive && (!found.role || RANK_ALONE.test(found.role) || ABBREVIATIONS_ALONE.test(found.role)) ? this.appositiveRole(appositive) : null;
      return role ? person(found.phrase, lowerFirst(found.role ? `${found.role}, ${role}` : role)) : found;
    }
    if (nameOnly) return (this.language.hasArticles && this.article.test(head) ? this.anaphor(head) : null) ?? undefined; // (`Am Mittwoch sagte die Ministerin:`: an articled descriptor counts.)
    if (this.isDescription(head)) {
      // `le maire, X,`, `l'adjoint au maire, X,`: a role before the name.
      // `капитан команды, 16-летний Артём Белоусов`: an age before the name is no second role.
      // (`ein Streckenposten, der seit zwanzig Jahren dabei ist`, `le porte-parole, qui …`: a relative clause names no one.)
      const name = groups[1] && !RELATIVE_OPENING.test(groups[1]) ? this.named(this.cutAtStop(groups[1].replace(/^\d{1,3}-\p{L}+\s+/u, ''))) : null;
      // `il comandante della compagnia di Montebruno, il capitano Davide Russo`: the office first, then a rank and the name.
      if (name && (!name.role || this.isDescription(groups[1]!))) return person(name.phrase, lowerFirst(groups[0] ?? head));
      return this.descriptionOrAnaphor(head);
    }
    return undefined;
  }

  /** Whether `rest` holds no speaker: only punctuation, or only the outlet spoken to. */
  nothingButRecipient(rest: string): boolean {
    if (GERUND_CLAUSE.test(rest)) return true;
    let clause = rest.replace(/^[\s,]+/u, '');
    const end = PUNCTUATION_END.exec(clause);
    if (end) clause = clause.slice(0, end.index);
    const left = this.skipRecipient(clause).trim();
    // `, contou, emocionada.`, `relató emocionada`: one agreeing adjective says how, not who; `είπε χθες σε σύσκεψη`: when.
    return !left || (/^\p{Ll}+(?:[aoe]s?|ée?s?)$/u.test(left) && !this.language.pronouns[left.toLowerCase()]) || DAY_WORD.test(left);
  }

  /** The subject ending `head` (the words before a reporting verb). */
  subject(head: string): SpeakerPhrase | null {
    // `vereador Josué Ribeiro dos Santos (PRN), rebateu`: a party in brackets is not part of the phrase.
    const trimmed = head.replace(/\s*\([^()]{1,40}\)/gu, '').trimEnd();
    if (!trimmed) return null;
    // (`Ma, precisa, «…»`, `Mais, ajoute-t-il, « … »`: "but" and a comma alone before the verb leave its subject out.)
    if (/^(?:ma|mais|pero|mas|però|porém|eppure),$/iu.test(trimmed.split(/[.!?]\s+/u).at(-1)!.trim())) return pronoun('they');
    if (trimmed.endsWith(',')) {
      const groups = trimmed.slice(0, -1).split(/\s*,\s*/u).slice(-2), [previous, last] = groups.length === 2 ? groups : [undefined, groups[0]];
      // (`X, directora del Hospital General del Alto Valle,`, `X, wethouder van gemeente Y,`: the body's run, institution-tail.ts, office-of-body.ts.)
      const lastName = [last ? this.named(lastWords(last)) : null].map((found) => [previous ? this.named(lastWords(previous)) : null].map((before) => (before && (continuesInstitutionName(lastWords(last!), found) || closesOfficeOfBody(lastWords(last!), found, before)) ? null : found))[0]!)[0]!;
      if (lastName) return previous && this.isDescription(lastWords(previous)) ? person(lastName.phrase, lowerFirst(lastWords(previous))) : lastName;
      // `O coordenador municipal de Proteção e Defesa Civil, tenente Ronaldo Gusmão, disse`: a lower-case rank and a full name
      // after the comma are the person; the office before it (a body's capitals and all) is their role.
      const ranked = last ? RANK_THEN_FULL_NAME.exec(last.trim()) : null;
      if (ranked && previous && this.isDescription(lastWords(previous))) return person(ranked[2]!, `${lastWords(previous).replace(/^(?:o|a|el|la|le|il)\s+/iu, '')}, ${ranked[1]!.trim()}`);
      const previousName = previous ? this.named(lastWords(previous)) : null;
      const role = last ? this.appositiveRole(last) : null;
      if (previousName && role) return person(previousName.phrase, previousName.role ? `${previousName.role}, ${role}` : role);
      // `Jean Dupont, qui a dirigé l'usine, a déclaré`, `La septuagénaire, qui …, dit` (a descriptor only): a clause between subject and verb.
      const described = !previousName && previous && last && RELATIVE_OPENING.test(last) ? this.descriptionAtEnd(lastWords(previous)) : null;
      return previousName ?? [described ? this.descriptionOrAnaphor(described) : null].find((anaphor) => anaphor?.pronoun) ?? null;
    }
    // A subject never runs back over a sentence's end (`… chiuso. Lo ha annunciato`).
    const group = lastWords(trimmed.split(/[,;:]\s+|(?<=\p{Ll}[.!?])\s+/u).at(-1) ?? '');
    const last = /[\p{L}]+$/u.exec(group)?.[0] ?? '';
    const gender = this.language.pronouns[last.toLowerCase()];
    if (gender && last === last.toLowerCase()) return pronoun(gender === 'female' ? 'she' : 'he');
    const found = this.named(group);
    if (found) return isPlaceAfterPreposition(group, found, this.stopWord) ? null : found;
    const description = this.descriptionAtEnd(group);
    return description ? this.descriptionOrAnaphor(description) : null;
  }

  /**
   * `à L'Écho de Valmont le président …`, `der Rheinischen Zeitung`: the outlet spoken to, skipped.
   * The outlet's name runs over capitalised words and the particles between them.
   */
  private skipRecipient(clause: string): string {
    const recipient = this.recipient.exec(clause);
    // (`řekl České televizi Bartoš`: an outlet in the dative with no preposition, bare-outlet.ts.)
    if (!recipient) return afterBareOutlet(clause, (word) => this.language.outlet.test(word), (phrase) => this.isOutlet(phrase));
    const acronym = ACRONYM_RECIPIENT.exec(clause.slice(recipient[0].length).trimStart());
    if (acronym) return clause.slice(recipient[0].length).trimStart().slice(acronym[0].length).replace(/^\s*,\s*/u, '');
    // `ha spiegato ai giornalisti`, `dijo a los periodistas`, `a déclaré à la presse`: the press spoken to, no outlet named.
    const audience = AUDIENCE.exec(clause.slice(recipient[0].length));
    if (audience) return clause.slice(recipient[0].length + audience[0].length).replace(/^\s*,\s*/u, '');
    // `a Diario del Plata Gabriel Olivera, director …`: the outlet's name glued to the speaker's (outlet-run.ts).
    const glued = fromPersonAfterOutlet(clause.slice(recipient[0].length));
    if (glued) return glued;
    const tokens = clause.slice(recipient[0].length).trim().split(/\s+/u);
    const capitalised = (word: string | undefined) => /^(?:[lLdD]['’])?\p{Lu}/u.test(word ?? '');
    let end = 0;
    while (end < tokens.length && (capitalised(tokens[end]) || this.language.outlet.test(tokens[end] ?? '') || (NAME_PARTICLES.test(tokens[end] ?? '') && capitalised(tokens[end + 1])))) end++;
    if (end > 0 && this.isOutlet(tokens.slice(0, end).join(' '))) return tokens.slice(end).join(' ').replace(/^,\s*/u, '');
    const comma = clause.indexOf(',');
    if (!this.isOutlet(comma < 0 ? clause : clause.slice(0, comma))) return clause;
    return comma < 0 ? '' : clause.slice(comma + 1);
  }

  /**
   * `dijo en conferencia de prensa el secretario…`, `racconta sorridendo la direttrice…`: a gerund, or a
   * prepositional adjunct with a noun of its own, between the verb and an article-led subject.
   */
  private skipAdjunct(clause: string): string {
    const tokens = clause.trim().split(/\s+/u);
    if (/^\p{Ll}+(?:ando|endo|indo),?$/u.test(tokens[0] ?? '') && tokens.length > 1) return tokens.slice(1).join(' ');
    if (!this.stopWord.test(tokens[0] ?? '') || /^\p{Lu}/u.test(tokens[0] ?? '') || this.article.test(tokens[0] ?? '')) return clause;
    for (let i = 2; i < Math.min(tokens.length, 8); i++) {
      if (/[,.;:]$/u.test(tokens[i - 1] ?? '')) return clause;
      // (`a lancé au micro Sophie X`: a preposition fused with its article and one noun, then a capitalised name.)
      if (i === 2 && /^(?:au|aux|al|ao|à|no|na|nel|nella|alla|am|im|beim|zum|zur)$/u.test(tokens[0]!) && /^\p{Ll}+$/u.test(tokens[1] ?? '') && /^\p{Lu}\p{Ll}/u.test(tokens[2] ?? '') && /^\p{Lu}\p{Ll}/u.test(tokens[3] ?? '')) return tokens.slice(2).join(' ');
      if (!this.article.test(tokens[i] ?? '') || ROLE_PREPOSITION.test(tokens[i - 1] ?? '') || this.stopWord.test(tokens[i - 1] ?? '')) continue;
      const rest = tokens.slice(i).join(' ');
      return this.stop.test(` ${rest}`) && this.stop.exec(` ${rest}`)!.index === 0 ? clause : rest;
    }
    return clause;
  }

  private cutAtStop(group: string): string {
    let words = group.trim();
    let stop = this.stop.exec(words);
    // `l’assessore alla Mobilità Carlo Esempio`: a stop right after a role noun, before a capital, opens the office's portfolio (and `в Самаре Ирина Кравец`, a place and a full name).
    while (stop && ((isForeignRoleNoun(/\S+$/u.exec(words.slice(0, stop.index))?.[0] ?? '') && /^\s*\S+\s+\p{Lu}/u.test(words.slice(stop.index))) || PLACE_THEN_FULL_NAME.test(words.slice(stop.index)))) {
      const from = stop.index + stop[0].length;
      const next = this.stop.exec(words.slice(from));
      stop = next ? Object.assign(next, { index: next.index + from }) : null;
    }
    if (stop) words = words.slice(0, stop.index);
    // `Anna Becker aus Gleisdorf`, `Иван Петров из Тулы`: where the person comes from is no part of the name (tag-particles.ts).
    words = withoutOriginAfterName(words);
    // `il sindaco X presentando il rapporto`, `dijo X mostrando las cifras`, `zegt X strijdbaar`: a gerund or a manner word ends the subject.
    const afterName = GERUND_OR_MANNER_AFTER_NAME.exec(words);
    if (afterName) words = words.slice(0, afterName.index);
    // `Andreas Gruber von der Bergrettung Grosseltal`: the body after the name (names.ts) is where the person works.
    const body = ORGANISATION_COMPLEMENT.exec(words);
    if (body) words = words.slice(0, body.index);
    // `Anna Weber der Süddeutschen Zeitung`: an outlet after the name is whom she spoke to.
    const tokens = words.split(/\s+/u);
    for (let i = 1; i < tokens.length; i++) {
      // (`řekl Šustr serveru Novinky`: a dative outlet with no preposition, in a language with no articles, bare-outlet.ts.)
      if ((this.recipient.test(tokens[i] ?? '') && this.isOutlet(tokens.slice(i + 1).join(' '))) || (this.language.hasArticles === false && opensBareOutletAfterName(tokens, i, (word) => this.language.outlet.test(word), (phrase) => this.isOutlet(phrase)))) return tokens.slice(0, i).join(' ');
      // `сказал Иван Петров ТАСС`: an agency named right after the speaker, with no preposition.
      if (SHARED_OUTLET.test(tokens[i] ?? '')) return tokens.slice(0, i).join(' ');
    }
    return words;
  }

  /** An outlet's name or description: its head word (`L'Écho de …`, `dem Spiegel`) or last word (`… Zeitung`) says so. */
  isOutlet(phrase: string): boolean {
    const words = phrase.trim().replace(/[’'"“”„«»]/gu, ' ').split(/\s+/u).filter((word) => !this.article.test(word) && !/^[ldLD]$/.test(word));
    if (words.length === 0 || words.length > 6) return false;
    return this.language.outlet.test(words[0] ?? '') || this.language.outlet.test(words.at(-1) ?? '') || SHARED_OUTLET.test(words[0] ?? '');
  }

  /** A name, with the role written before it split off: `le ministre Paul Girard`, `Geschäftsführerin Anna Weber`. */
  private named(group: string): SpeakerPhrase | null {
    const words = group.trim();
    if (!words || this.isOutlet(words)) return null;
    const match = this.nameAtEnd.exec(words);
    if (!match) return null;
    let name = (match[1] ?? '').trim();
    let role: string | null = words.slice(0, words.length - name.length).trim();
    // `Alle domande la portavoce Giulia Ferraresi`: an adjunct before an article-led role with a role noun.
    const adjunctThenRole = role && !this.isDescription(role) && !/^\p{Ll}/u.test(role) ? this.rolePhrase(role) : null;
    if (adjunctThenRole && adjunctThenRole.split(/\s+/u).some((word) => isForeignRoleNoun(word))) role = adjunctThenRole;
    // `Alle domande dei giornalisti Ferraresi ha risposto`: an adjunct opened by a preposition, ending in a common noun.
    else if (role && ADJUNCT_OPENING.test(role) && /\s\p{Ll}+$/u.test(role) && !/\s/u.test(name)) role = '';
    // (In a language without articles a role noun opening the sentence is capitalised: `Mluvčí … platforem X`.)
    else if (role && !this.isDescription(role) && !/^\p{Ll}/u.test(role) && !(this.language.hasArticles === false && isForeignRoleNoun(role.split(/\s+/u)[0]!))) return null;
    // `le ministre de la Santé Paul Girard`, `глава МИД Сергей Лавров`: the ministry belongs to the role.
    // (`de la Universidad de Zaragoza Jorge Abad Lanuza`: a particle opening the rest is the place's preposition.)
    while (role && (PREPOSITION_AT_END.test(role) || ACRONYM.test(name.split(/\s+/)[0] ?? '') || NAME_PARTICLES.test(name.split(/\s+/)[0] ?? '')) && name.split(/\s+/).length > 2) {
      const [first, ...others] = name.split(/\s+/);
      role = `${role} ${first}`;
      name = others.join(' ');
    }
    // `la alcaldesa de Villaseca del Río`: a run opening with a particle is a place's end, not a name.
    if (NAME_PARTICLES.test(name.split(/\s+/)[0] ?? '')) return null;
    // `міський голова Ладижина Василь Гончарук`: the place in the genitive belongs to the role.
    if (role && startsWithCyrillicPlace(name.split(/\s+/u))) {
      const [place, ...others] = name.split(/\s+/u);
      role = `${role} ${place}`;
      name = others.join(' ');
    }
    role = this.rolePhrase(role);
    if (role === null) return null;
    const split = this.capitalRole(name);
    if (split.role) {
      role = role ? `${role} ${split.role}` : split.role;
      name = split.name;
    }
    // `ein Sprecher der Stadt`: a capital after an article or preposition is a noun, not a name.
    // (`l’ingegnere Paolo Ferraresi`: an elided article glued to its noun is the whole role, not a dangling article.)
    const lastRoleWord = role.split(/\s+/).at(-1) ?? '';
    if (role && (PREPOSITION_AT_END.test(role) || (this.article.test(lastRoleWord) && !/['’]\p{L}/u.test(lastRoleWord)))) return null;
    // `Eine Mutter von drei Kindern`: in German a capitalised word after a number is a plural noun, no name.
    if (this.language.capitalRole && /(?:^|\s)(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vielen|mehreren|einigen)$/u.test(role)) return null;
    // `ein 34-jähriger Münchner`, `eine junge Wienerin`: after an indefinite article (and an adjective) a capital opens a noun.
    if (this.language.capitalRole && /(?:^|\s)(?:ein|eine|einer|einem|einen)(?:\s+[\p{Ll}\d][\p{L}\d-]*)?$/iu.test(role)) return null;
    // `so der pensionierte Lehrer`: in German, a definite article and an adjective before one capitalised word make a noun.
    if (this.language.capitalRole && !/\s/u.test(name) && /(?:^|\s)(?:der|die|das)\s+\p{Ll}[\p{L}-]*e$/u.test(role)) return described(`${role} ${name}`);
    // A lone capitalised word after the verb is a surname (`so Weber`), unless it opens a description.
    // `Am Mittwoch`, `En Bretagne`: a preposition opens an adverbial, not a name; `I` is no name either.
    if (!name || name.length < 2 || (this.article.test(name) && !role) || this.stopWord.test(name.split(/\s+/)[0] ?? '')) return null;
    // `mówi 71-letnia mieszkanka Hajnówki`, `řekla obyvatelka Kolína`: one capitalised word after an inhabitant is the town.
    if (!/\s/u.test(name) && INHABITANT.test(lastRoleWord.toLowerCase())) return described(`${role} ${name}`);
    // `een woordvoerder van zorgverzekeraar X`: the name is whom the spokesperson speaks for (spokesperson.ts).
    if (role && speaksForName(role)) return null;
    const anaphor = this.anaphor(`${role} ${name}`.trim());
    if (anaphor) return anaphor;
    return person(name, role ? lowerFirst(role) : null, roleGender(role));
  }

  /**
   * The role written before a name, from its article on (`lors du conseil le maire` -> `le maire`);
   * with no article, a few lower-case words where the language has none (`министр транспорта`).
   * Null when the words before the name are a clause rather than a role.
   */
  private rolePhrase(words: string): string | null {
    if (!words) return '';
    const tokens = words.split(/\s+/u);
    for (let i = tokens.length - 1; i >= 0; i--) {
      // `de la Santé`: an article after a preposition is inside the role, not its start.
      if (this.article.test(tokens[i] ?? '') && !ROLE_PREPOSITION.test(tokens[i - 1] ?? '')) return tokens.slice(i).join(' ');
    }
    // `vereador Josué Ribeiro dos Santos`: an office written bare, as an apposition's title, is a role too.
    if (tokens.length <= 4 && isForeignRoleNoun(tokens[0] ?? '')) return words;
    // `заступник міського голови з питань міської інфраструктури`: an office keeps its longer complements (in Cyrillic, or in any language without
    // articles), in lower case but a capital at either end: `заместитель начальника … мэрии Омска`, `Mluvčí krajského úřadu pro dopravu`.
    if (tokens.length <= 8 && (/^\p{Script=Cyrillic}/u.test(tokens[0] ?? '') || !this.language.hasArticles) && isForeignRoleNoun(tokens[0] ?? '') && !/[,;:]/u.test(words) && !tokens.slice(1, -1).some((token) => /^\p{Lu}\p{Ll}/u.test(token))) return words;
    return !this.language.hasArticles && tokens.length <= 4 ? words : null;
  }

  /** German capitalises nouns: leading role nouns and determiners of a name run are its role. */
  private capitalRole(run: string): { role: string; name: string } {
    const pattern = this.language.capitalRole;
    const words = run.split(/\s+/u);
    let count = 0;
    while (count < words.length - 1) {
      const word = words[count] ?? '';
      // A determiner is followed by its noun: `Dessen Nachbarin Maria Schulz`.
      if (pattern && this.article.test(word) && count < words.length - 2) count += 2;
      // (`Imker Hans Böhm`: a short agent noun before a name of two words, lang/de-roles.ts.)
      else if (this.article.test(word) || (pattern?.test(word) ?? false) || (words.length - count >= 3 && !!pattern?.beforeFullName?.(word))) count++;
      else break;
    }
    // "Der Sprecher" alone: a description, not a name.
    return { role: words.slice(0, count).join(' '), name: words.slice(count).join(' ') };
  }

  /** A noun phrase that describes: led by an article, or in a language without articles by a lower-case noun. */
  private isDescription(group: string): boolean {
    const words = group.trim();
    return this.article.test(words) || (!this.language.hasArticles && this.isLowerCase(words));
  }

  private isLowerCase = (words: string): boolean => /^\p{Ll}/u.test(words) && !NAME_PARTICLES.test(words.split(/\s+/)[0] ?? '');

  /** A role after a name: `maire de Lyon`, `la porte-parole`; not a clause (`qui …`) nor an age. */
  private appositiveRole(group: string): string | null {
    // `étudiante en deuxième année de droit et porte-parole du collectif …`: an office noun opening the group keeps
    // its complements, whose prepositions (`en`) would otherwise end it (the commas already bound it).
    const whole = group.trim();
    const opensWithOffice = isForeignRoleNoun(whole.split(/\s+/u)[0] ?? '') && /\s(?:et|y|e|und)\s+\p{Ll}[\p{L}-]*\s+(?:du|de|des|del|della|da|do|der|des)\s/u.test(whole);
    // (Too long for a role, the second office alone: `porte-parole du collectif …`.)
    const lastOffice = opensWithOffice && whole.split(/\s+/u).length > 12 ? /^.*\s(?:et|y|e|und)\s+(\p{Ll}[\p{L}-]*\s.*)$/u.exec(whole)?.[1] : undefined;
    // `socio vitalicio de 74 años`, `zungueira de 41 anos`, `o pensionară de 74 de ani care…`: the age (and a relative clause after it) closing the role is no part of it.
    const words = lastOffice && isForeignRoleNoun(lastOffice.split(/\s+/u)[0]!) ? lastOffice : opensWithOffice ? whole : this.cutAtStop(group).trim().replace(/\s+(?:de|di)\s+\d{1,3}\s+(?:de\s+)?(?:años|anos|ans|anni|ani)(?:\s+(?:care|que|qui|che)(?:\s.*)?)?$/u, '');
    const first = words.split(/\s+/)[0] ?? '';
    // `presidente de la Cámara de Productores de Biodiésel de Concordia`: an office opens a longer role.
    if (!/^\p{L}/u.test(words) || words.split(/\s+/).length > (isForeignRoleNoun(first) ? 12 : 8) || /\d/.test(words)) return null;
    // `Erster Bevollmächtigter der …`, `Stellvertretende Vorsitzende`: a capitalised adjective before the role noun.
    const second = words.split(/\s+/)[1] ?? '';
    const roleNoun = (this.language.capitalRole?.test(first) || (/^\p{Lu}\p{Ll}+(?:e|er|es)$/u.test(first) && this.language.capitalRole?.test(second))) ?? false;
    if ((!this.isDescription(words) && !this.isLowerCase(words) && !roleNoun) || this.language.pronouns[first.toLowerCase()]) return null;
    if (NOT_A_ROLE.test(words) || isAdjunctGroup(words) || isAdjunctGroup(whole)) return null;
    return words;
  }

  /** A description ending a clause: `le porte-parole de la mairie`, `ein Sprecher der Stadt`. */
  private descriptionAtEnd(group: string): string | null {
    const words = group.trim().split(/\s+/u);
    for (let i = Math.max(0, words.length - 7); i < words.length; i++) {
      if (!this.article.test(words[i] ?? '')) continue;
      // `Lo ha annunciato`, `Le dijo`: a lone article-like word before the verb is its object clitic.
      if (i === words.length - 1) return null;
      const description = words.slice(i).join(' ');
      // `Il primo giorno mi disse:`: an object pronoun ends no noun phrase; the subject is left out.
      if (CLITIC_END.test(description)) return null;
      // `le maire est arrivé et`: a clause, not a noun phrase.
      return /\s(?:et|und|y|e|и|і|ou|oder|o|ma|mais|aber|pero|mas|но|але)(?:\s|$)/u.test(description) ? null : description;
    }
    return null;
  }

  private descriptionOrAnaphor(written: string): SpeakerPhrase | null {
    const words = withoutGermanTrailingAdverb(written, !!this.language.capitalRole);
    if (this.isOutlet(words)) return null;
    const cut = this.cutAtStop(words);
    return this.anaphor(words) ?? beforeRecipient(words, (word) => this.article.test(word), (word) => this.recipient.test(word), (phrase) => this.anaphor(phrase)) ?? complementedAnaphor(cut) ?? agedDescriptor(cut, this.language.anaphor && ((phrase) => this.language.anaphor!.test(phrase))) ?? trailingFullName(cut, (word) => this.stopWord.test(word), (word) => this.recipient.test(word)) ?? described(cut);
  }

  /** "die 72-Jährige" stands for the woman last named: read it as "she". */
  private anaphor(words: string): SpeakerPhrase | null {
    if (!this.language.anaphor?.test(words)) return null;
    const gender = this.language.anaphorGender?.(words) ?? null;
    const found = gender ? pronoun(gender === 'female' ? 'she' : 'he', gender) : pronoun('they');
    found.descriptor = true;
    const age = /^(\d{1,3})-\p{Ll}/u.exec(words.trim()); // (`— рассказал 23-летний нападающий`: whom the text gave that age.)
    if (age) found.age = Number(age[1]);
    // (`», a conclu le maire.`: a role noun keeps its words, for the person the text introduced with it, lang/introduced-noun.ts.)
    // (`sagte die Ministerin dem Kurier`: any article and noun, for the person given a role it heads, office-holder.ts.)
    // (`liderul de sindicat`: a noun and its one-word complement too, headed by the noun, office-holder.ts.)
    const tokens = words.trim().split(/\s+/u);
    if (tokens.length <= 2 || (tokens.length <= 4 && COMPLEMENT_MARKER.test(tokens.at(-2)!))) found.definite = words.trim();
    return found;
  }
}
