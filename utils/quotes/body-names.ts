/**
 * "Boston-based Aurelian Therapeutics … Aurelian said in a statement": one word that the text also
 * writes as the opening of a body's name (a run ending in "Therapeutics", "Council", "Securities" …) is
 * that body's short name, not a person's family name. Such a speaker stays a description, out of Voices.
 */

import { endsLikeBody, ORGANISATION_GROUP } from './names';

/** The one-word short names of the bodies a text names in full. */
export function bodyShortNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)(?=\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}]))/gu)) {
    if (endsLikeBody(`${match[1]} ${match[2]}`)) names.add(match[1]!);
  }
  return names;
}

/**
 * `Il comitato civico Porta Nuova, guidato da …`, `die Bürgerinitiative Grüne Mitte`, `l'association Rive Vive`:
 * a capitalised run right after a noun for a group of people (with a Romance adjective, `comitato civico`, and a short
 * complement) is that group's name, no person.
 */
const GROUP_NOUN_BEFORE = /(?:^|\s)(?:comitato|comité|comitê|committee|associazione|asociación|associação|association|associació|cooperativa|coopérative|collettivo|colectivo|collectif|movimento|movimiento|mouvement|fondazione|fundación|fundação|fondation|sindacato|sindicato|syndicat|partito|partido|parti|gruppo|grupo|groupe|campaign|coalition|coalizione|coalición|Verein|Verband|Initiative|Bürgerinitiative|Bündnis|Genossenschaft|vereniging|stichting|förening|forening|stowarzyszenie|fundacja|spółdzielnia)(?:\s+\p{Ll}+(?:ic[oa]s?|al[ei]?s?|il[ei]|an[oa]s?|es[ei]|in[oa]|iv[oa]|ari[oa]|ique|aire))?(?:\s+(?:di|de|del|della|dei|des|du|do|da|of|for)\s+\p{Ll}[\p{Ll}-]+)?\s+$/u;

/** `presidente del comitato Marco Neri`, `chair of the coalition X`: a group noun that is an office's complement is the person's role. */
const COMPLEMENT_OF = /(?:^|\s)(?:del|della|dello|dei|de\s+la|du|des|do|da|of\s+the|der|des)\s+\p{L}+(?:\s+(?:di|de|del|della|dei|des|du|do|da|of|for)\s+\p{Ll}[\p{Ll}-]+)?\s+$/u;

export const namedAfterGroupNoun = (before: string): boolean => GROUP_NOUN_BEFORE.test(before) && !COMPLEMENT_OF.test(before);

/** A group ending in an organisation's noun, set off by a comma right before a run: `that the polling company, `. */
const ORGANISATION_APPOSED = /(?:^|[\s,;:(—–])((?:[Tt]he|[Ii]ts|[Tt]heir)\s[^,;:.!?"“”()\n]{1,50}),\s*$/u;

/**
 * `said the media firm, Hollin Bay Partners, had split its staff`: a run set off by commas after a group naming an
 * organisation by its kind is that organisation's name, no person (so no "he" that follows); the group must end in such
 * a noun (`The firm's founder, X,` is a person) and the comma after the run closes the apposition (`the firm, X said,` does not).
 */
export function apposedToOrganisation(before: string, after: string): boolean {
  if (!/^,/u.test(after)) return false;
  const group = ORGANISATION_APPOSED.exec(before)?.[1];
  return !!group && ORGANISATION_GROUP.test(group.trim());
}

/**
 * `tagapagsalita ng grupong “Liwanag Kabilao,” ay …`, `the campaign “Clean Water for All”`: a run opening right after a
 * quotation mark whose few words close with one (a comma or full stop may sit inside) is what a group or a work is
 * called, no person. `before` is the text before the run, `after` the text after it.
 */
export const namedInMarks = (before: string, after: string): boolean => /[“"«„‘]$/u.test(before) && /^[^“”"«»„\n.!?]{0,30}?[,.]?[”"»“’]/u.test(after);
