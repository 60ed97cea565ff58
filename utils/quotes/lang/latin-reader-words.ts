/**
 * The closed word classes the Latin- and Cyrillic-script speaker reader (latin-reader.ts) tests a
 * phrase against: discourse markers and relatives that are no role, shared agencies, prepositions,
 * clitics, audiences, ages. Kept apart so the reader's file holds only how it reads.
 */

/** What may follow a name after a comma without being a role: a relative clause, "interviewed by". */
// (`Olivera, por su parte, aseguró`, `Martin, de son côté, a dit`: a discourse marker set off by commas is no role.)
export const NOT_A_ROLE = /^(?:por\s+su\s+parte|por\s+sua\s+vez|a\s+su\s+vez|pour\s+(?:sa|son|leur)\s+part|de\s+(?:son|leur)\s+côté|da\s+parte\s+sua|per\s+parte\s+sua|dal\s+canto\s+suo|por\s+(?:otro|outro|seu|su)\s+lado|sin\s+embargo|no\s+entanto|en\s+cambio|seinerseits|ihrerseits|qui|que|dont|où|der|die|das|welche|quien|quienes|que|che|cui|il quale|la quale|o qual|a qual|котор\p{L}*|як\p{L}*|interrog\p{L}*|joint|jointe|contact\p{L}*|cité|citée|interview\p{L}*|befragt|entrevistad\p{L}*|intervistat\p{L}*|consultad\p{L}*|ouvid\p{L}*|sentit\p{L}*)(?![\p{L}])/iu;

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
export const PREPOSITION_AT_END = /(?:^|\s)(?:aus|von|uit|från|fra|de|di|du|des|d'|d’|la|le|l'|l’|del|della|dello|degli|dei|do|da|dos|das|na|no|nas|nos|nel|nella|al|alla|au|aux|em|der|des|im|am|zum|zur|vom|beim|für|of|für|по|при)$/iu;
/** A capitalised preposition (fused with its article) opening an adjunct before the subject. */
export const ADJUNCT_OPENING = /^(?:Alle|Alla|Al|Ai|Agli|Nella|Nel|Nelle|Negli|Dalla|Dal|Dalle|Sulla|Sul|Dopo|Durante|Tra|Fra|A\s+la|Ante|Tras|Après|Dans|Lors|Nas|Nos|Na|No|Após|Nach|Bei|Beim|Im|Am)\s/u;
/** A lower-case object pronoun right before the verb (`mi disse`, `le dijo`, `lhe disse`). */
export const CLITIC_END = /\s(?:mi|ti|ci|vi|gli|le|me|te|nos|lhe|lhes|mir|ihm|uns)$/u;
/** `ha risposto che i pazienti…`: a reported clause after the verb holds no subject of it. */
export const COMPLEMENTIZER = /^\s*,?\s*(?:che|que|dass|qu['’])(?![\p{L}])/iu;

/** `, annunciando un consiglio…`: a gerund after a comma with its object opens a new clause of the same subject. */
export const GERUND_CLAUSE = /^\s*,\s*\p{Ll}+(?:ando|endo|indo)\s+\p{Ll}/u;

/** `von der Bergrettung`, `vom Jugendamt`: a German organisation noun, by its head's suffix, after `von`. */
export const ORGANISATION_COMPLEMENT = /\s(?:von|vom|van)(?:\s+(?:der|dem|den|des|de|het))?\s+(?:\p{Lu}{2,5}(?![\p{L}])|\p{Lu}\p{Ll}*(?:ung|schaft|wehr|polizei|verband|verein|amt|gericht|klinik|stiftung|partei|gemeinde|kammer|behörde|ministerium|universität|hochschule|schule|zentrum|institut|zorg|stichting|vereniging|gemeente|ziekenhuis|bond))(?![\p{L}])/u;

/** An age alone in apposition: `47 ans`, `de 38 anos`, `58`. */
/** The press as the people spoken to, after a recipient preposition (Italian, Spanish, French, Portuguese). */
export const AUDIENCE = /^\s*(?:(?:los|las|la|les|la|os|as|a|i|gli|nostri|nuestros|nos)\s+)?(?:giornalisti|cronisti|stampa|periodistas|prensa|medios|reporteros|journalistes|presse|médias|jornalistas|imprensa|repórteres)(?![\p{L}])/iu;
export const AGE_GROUP = /^(?:de\s+)?\d{1,3}(?:\s+(?:ans|años|anni|anos|år|jaar|Jahre))?$/u;

// (And "for their part", "in turn", "on their side": `estime pour sa part X`, `opina por su parte X`, `osserva dal canto suo X`,
// `sagt ihrerseits X`; a closed class of discourse phrases, no role.)
export const ALSO_BEFORE_SUBJECT = /^(?:auch|ebenfalls|zudem|außerdem|aussi|également|encore|también|además|anche|pure|inoltre|ancora|também|ainda|(?:pour|de)\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|quant\s+à\s+(?:lui|elle|eux|elles)|à\s+son\s+tour|por\s+su\s+parte|a\s+su\s+vez|por\s+sua\s+vez|da\s+sua\s+parte|de\s+sua\s+parte|dal\s+canto\s+(?:suo|loro)|da\s+parte\s+sua|per\s+parte\s+sua|a\s+sua\s+volta|seinerseits|ihrerseits|wiederum)\s+(?=\S)/u;
/** A gerund after the subject (Italian, Spanish, Portuguese): `il sindaco X presentando il rapporto`. */
export const GERUND_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’-]+)\s+\p{Ll}+(?:ando|endo|iendo|indo)(?=\s|$)/u;

/** An outlet or broadcaster written in capitals after the preposition of whom one spoke to (`cuenta a RTE`, `disse à RTP`). */
export const ACRONYM_RECIPIENT = /^\p{Lu}[\p{Lu}\d]{1,5}(?![\p{L}\d])/u;
