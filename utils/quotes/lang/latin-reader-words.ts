/**
 * The closed word classes the Latin- and Cyrillic-script speaker reader (latin-reader.ts) tests a
 * phrase against: discourse markers and relatives that are no role, shared agencies, prepositions,
 * clitics, audiences, ages. Kept apart so the reader's file holds only how it reads.
 */

import { INDEFINITE } from '../anonymity-clause';
import type { SpeakerPhrase } from '../cues';

/** What may follow a name after a comma without being a role: a relative clause, "interviewed by". */
// (`Olivera, por su parte, aseguró`, `Martin, de son côté, a dit`: a discourse marker set off by commas is no role.)
export const NOT_A_ROLE = /^(?:(?:conhecid[ao]|conocid[ao]|connue?|not[ao]|known)(?![\p{L}])|por\s+su\s+parte|por\s+sua\s+vez|a\s+su\s+vez|pour\s+(?:sa|son|leur)\s+part|de\s+(?:son|leur)\s+côté|da\s+parte\s+sua|per\s+parte\s+sua|dal\s+canto\s+suo|por\s+(?:otro|outro|seu|su)\s+lado|sin\s+embargo|no\s+entanto|en\s+cambio|intanto|invece|comunque|infatti|inoltre|tuttavia|cependant|toutefois|pourtant|néanmoins|entretanto|contudo|todavía|además|jedoch|allerdings|indes|seinerseits|ihrerseits|qui|que|dont|où|der|die|das|cuj[ao]s?|cuy[ao]s?|dessen|deren|welche|quien|quienes|que|che|cui|il quale|la quale|o qual|a qual|котор\p{L}*|як\p{L}*|interrog\p{L}*|joint|jointe|contact\p{L}*|cité|citée|interview\p{L}*|befragt|entrevistad\p{L}*|intervistat\p{L}*|consultad\p{L}*|ouvid\p{L}*|sentit\p{L}*)(?![\p{L}])/iu;

/** Agencies and broadcasters quoted in every language. */
export const SHARED_OUTLET = /^(?:AFP|AP|dpa|DPA|Reuters|EFE|ANSA|TASS|ТАСС|РИА|Interfax|Интерфакс|Xinhua|Kyodo|Yonhap|CNN|BBC|Bloomberg|Lusa)$/u;
// (`a déclaré M. Sié Ouattara`, `Jean M. Roux`: the dot of an initial or of `M.` ends nothing.)
// (`sagt Dr. Eva Huber`, `sagte Prof. X`: the full stop of a title names.ts reads as part of a name ends no phrase.)
export const PUNCTUATION_END = /[;:!?«»"“”„—–]|(?<!(?:^|[\s(])(?:\p{Lu}|Dr|Prof))\./u;
export const ROLE_PREPOSITION = /^(?:de|di|da|do|von|of|für|del|della|du|des|dos|das|a|à|al|au)$/iu;
/** An organisation's initials (МИД, PDG, SPD), never a first name. */
export const ACRONYM = /^\p{Lu}{2,}$/u;
/** Lower-case words that may sit inside a name. */
export const NAME_PARTICLES = /^(?:de|da|del|della|van|von|der|den|di|du|dos|das|do|la|le|y|zu)$/;
// (`o líder do governo na Câmara`, `all’ospedale di Lecco`: a place after a preposition fused with its article, or after `di`.)
/** `в Самаре Ирина Кравец`: a preposition of place, one capitalised word (the place) and a full name ending the phrase. */
export const PLACE_THEN_FULL_NAME = /^\s*(?:в|во|у|in|im)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$/u;
export const PREPOSITION_AT_END = /(?:^|\s)(?:aus|von|uit|från|fra|de|di|du|des|d'|d’|la|le|l'|l’|del|della|dello|degli|dei|do|da|dos|das|na|no|nas|nos|nel|nella|al|alla|au|aux|em|der|des|im|am|zum|zur|vom|beim|für|of|für|по|при|in|в|во|у|из|із|з)$/iu;
/** A capitalised preposition (fused with its article) opening an adjunct before the subject. */
export const ADJUNCT_OPENING = /^(?:Alle|Alla|Al|Ai|Agli|Nella|Nel|Nelle|Negli|Dalla|Dal|Dalle|Sulla|Sul|Dopo|Durante|Tra|Fra|A\s+la|Ante|Tras|Après|Dans|Lors|Nas|Nos|Na|No|Após|Nach|Bei|Beim|Im|Am)\s/u;
/** A lower-case object pronoun right before the verb (`mi disse`, `le dijo`, `lhe disse`). */
export const CLITIC_END = /\s(?:mi|ti|ci|vi|gli|le|me|te|nos|lhe|lhes|mir|ihm|uns)$/u;
/** `ha risposto che i pazienti…`: a reported clause after the verb holds no subject of it. */
export const COMPLEMENTIZER = /^\s*,?\s*(?:che|que|dass|qu['’])(?![\p{L}])/iu;

/** `, annunciando un consiglio…`: a gerund after a comma with its object opens a new clause of the same subject. */
export const GERUND_CLAUSE = /^\s*,\s*\p{Ll}+(?:ando|endo|indo)\s+\p{Ll}/u;

/** `von der Bergrettung`, `vom Jugendamt`: a German organisation noun, by its head's suffix, after `von`. */
export const ORGANISATION_COMPLEMENT = /\s(?:von|vom|van)(?:\s+(?:der|dem|den|des|de|het))?\s+(?:\p{Lu}{2,5}(?![\p{L}])|\p{Lu}\p{Ll}*(?:ung|schaft|wehr|polizei|verband|verein|amt|gericht|klinik|stiftung|partei|gemeinde|kammer|behörde|ministerium|universität|hochschule|schule|zentrum|institut|stelle|anstalt|direktion|kasse|betriebe?|werke?|zorg|stichting|vereniging|gemeente|ziekenhuis|bond))(?![\p{L}])/u;

/** An age alone in apposition: `47 ans`, `de 38 anos`, `58`. */
/** The press as the people spoken to, after a recipient preposition (Italian, Spanish, French, Portuguese). */
export const AUDIENCE = /^\s*(?:(?:los|las|la|les|la|os|as|a|i|gli|nostri|nuestros|nos)\s+)?(?:giornalisti|cronisti|stampa|periodistas|prensa|medios|reporteros|journalistes|presse|médias|jornalistas|imprensa|repórteres)(?![\p{L}])/iu;
export const AGE_GROUP = /^(?:de\s+)?\d{1,3}(?:\s+(?:ans|años|anni|anos|år|jaar|Jahre))?$/u;

// (And "for their part", "in turn", "on their side": `estime pour sa part X`, `opina por su parte X`, `osserva dal canto suo X`,
// `sagt ihrerseits X`; a closed class of discourse phrases, no role.)
export const ALSO_BEFORE_SUBJECT = /^(?:auch|ebenfalls|zudem|außerdem|aussi|également|encore|también|además|anche|pure|inoltre|ancora|também|ainda|(?:pour|de)\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|quant\s+à\s+(?:lui|elle|eux|elles)|à\s+son\s+tour|por\s+su\s+parte|a\s+su\s+vez|por\s+sua\s+vez|da\s+sua\s+parte|de\s+sua\s+parte|dal\s+canto\s+(?:suo|loro)|da\s+parte\s+sua|per\s+parte\s+sua|a\s+sua\s+volta|seinerseits|ihrerseits|wiederum)\s+(?=\S)/u;
const GERUND = /(?<=\p{Lu}[\p{L}'’-]+)\s+\p{Ll}+(?:ando|endo|iendo|indo)(?=\s|$)/u;
const MANNER = /(?<=^(?=\p{Script=Latin})\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|de|der|den|ter|von)\s+)*(?=\p{Script=Latin})\p{Lu}[\p{L}'’-]+){0,3})\s+(?!(?:van|von|de|der|den|des|di|da|do|dos|das|del|della|la|le|bin|ibn|al|zu|ter|ten)$)\p{Ll}{4,}$/u;
/** Articles opening a description (`La empresa`, `Seorang warga`), never a name a manner word could follow. */
const DEFINITE_ARTICLE = /^(?:la|le|les|el|los|las|il|lo|gli|os|as|der|die|das|den|dem|des|de|het|the|this|that|este|esta|ese|esa|ce|cette|questo|questa|dieser|diese|dit|deze)$/iu;

/**
 * A gerund after the subject (Italian, Spanish, Portuguese): `il sindaco X presentando il rapporto`; or one lower-case word
 * closing a tag that is a Latin-script name alone, how it was said (`zegt Anouk Brink strijdbaar`, `sagt Huber lachend`).
 */
export const GERUND_OR_MANNER_AFTER_NAME = {
  exec(words: string): RegExpExecArray | null {
    const first = words.split(/\s/u)[0] ?? '';
    // (`gab der Teenager lachend zu`: after a German description, a present participle closing it is how, too.)
    if (/^(?:der|die)$/u.test(first)) return GERUND.exec(words) ?? /\s\p{Ll}{3,}end$/u.exec(words);
    return GERUND.exec(words) ?? (DEFINITE_ARTICLE.test(first) || INDEFINITE.test(first) ? null : MANNER.exec(words));
  },
};

/** An outlet or broadcaster written in capitals after the preposition of whom one spoke to (`cuenta a RTE`, `disse à RTP`). */
// (Not an office's initials: `disse a CEO da Agrotec, X` is an article and the subject's role, Portuguese `a` being "to" too.)
export const ACRONYM_RECIPIENT = /^(?!(?:CEO|CFO|COO|CTO|CIO|CMO|PDG|DG|VP|MD)(?![\p{L}\d]))\p{Lu}[\p{Lu}\d]{1,5}(?![\p{L}\d])/u;

/** The last words of a long clause: a subject is a short phrase. */
/** `Na koncie na Facebooku dodał:`: one capitalised word right after a preposition (`stopWord`) is where it was said, not who. */
export function isPlaceAfterPreposition(group: string, found: SpeakerPhrase, stopWord: RegExp): boolean {
  const at = !found.pronoun && !/\s/u.test(found.phrase) ? group.lastIndexOf(found.phrase) : -1;
  return at > 0 && stopWord.test(group.slice(0, at).trim().split(/\s+/u).at(-1) ?? '');
}

export function lastWords(group: string): string {
  return group.trim().split(/\s+/u).slice(-9).join(' ');
}

/** A role of abbreviated ranks only (`mł. bryg.`, with the full stops rank-abbreviations.ts masks while a tag is read). */
export const ABBREVIATIONS_ALONE = /^(?:\p{L}{1,7}[.\u2024][\s-]*)+$/u;
/** A relative pronoun opening a comma group (German `der`/`die`/`das` only before a lower-case word: `der Jurist X` is an apposition). */
export const RELATIVE_OPENING = /^(?:(?:der|die|das)\s+\p{Ll}|(?:welche[rs]?|who|which|qui|que|dont|quien|quienes|che|cui|care|który|która|które|som)\s)/u;
const MASCULINE_ARTICLE = /^(?:le|der|el|il|lo|o|un|ein)$/i;
const FEMININE_ARTICLE = /^(?:la|die|una|une|eine|a)$/i;

/** `die 54-jährige`, `la présidente`, `Geschäftsführerin`: a role's article or German suffix gives the gender. */
export function roleGender(role: string | null): 'male' | 'female' | undefined {
  const words = role?.split(/\s+/u) ?? [];
  if (MASCULINE_ARTICLE.test(words[0] ?? '')) return 'male';
  if (FEMININE_ARTICLE.test(words[0] ?? '')) return 'female';
  return words.length === 1 && /^\p{Lu}\p{L}+(?:erin|orin|entin|antin|istin|ärtin|chefin|rätin)$/u.test(words[0] ?? '') ? 'female' : undefined;
}

export function lowerFirst(role: string): string {
  const first = role.split(/\s+/)[0] ?? '';
  // Only an article or determiner opening the sentence loses its capital; nouns keep theirs.
  return /^(?:Le|La|Les|L['’]|Un|Une|El|Los|Las|Il|Lo|Gli|O|Os|As|A|Der|Die|Das|Dessen|Deren|Sein|Seine|Ihr|Ihre)$/.test(first.replace(/(?<=['’]).*$/u, ''))
    ? role.charAt(0).toLowerCase() + role.slice(1)
    : role;
}

/** Nouns for someone who lives in a place: `mieszkanka`, `obyvatel`, `stanovnik`; one capitalised word after one is the town (genitive). */
export const INHABITANT = /^(?:mieszka(?:niec|nka|ńcy|nki)|obyvatel(?:ka|é)?|obyvateľ(?:ka)?|stanovni(?:k|ca)|prebival(?:ec|ka))$/u;

/** One or two lower-case words (a rank) and a full name: `tenente Ronaldo Gusmão`, `superintendente Ana Paz`. */
export const RANK_THEN_FULL_NAME = /^((?:(?!(?:de|da|do|dos|das|di|del|della|du|des|von|van|em|en|in|no|na|a|à|al|ao)\s)\p{Ll}[\p{L}.-]*\s+){1,2})(\p{Lu}\p{Ll}+(?:[- ](?:(?:de|da|do|dos|das|di|del)\s+)?\p{Lu}\p{Ll}+)+)$/u;

/** Yesterday and today opening what follows a verb of saying: `είπε χθες το απόγευμα …`, `dijo ayer en rueda de prensa` (no subject follows). */
export const DAY_WORD = /^(?:χθες|σήμερα|ayer|hoy|ieri|oggi|ontem|hoje|hier|gestern|heute|včera|dnes|wczoraj|dziś|dzisiaj|igår|idag|gisteren|vandaag)(?![\p{L}])/u;
// (Re-exported for latin-reader.ts, whose imports are at their limit.)
export { continuesInstitutionName } from './institution-tail';
export { closesOfficeOfBody } from './office-of-body';
