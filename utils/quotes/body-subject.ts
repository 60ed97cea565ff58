/**
 * `Zarząd PKS odpowiedział krótkim listem. „…”`, `Ministerstwo Zdrowia uvedlo: „…“`: a capitalised run opening on a
 * West Slavic body's noun (a board, ministry, office, command or court) read as a tag's subject is that body, no
 * person: a description, kept out of Voices. (`Marek Dvořák uvedl:` stays a name; `Kepala Dinas X Y` is left to its readers.)
 */

import type { SpeakerPhrase } from './speaker-phrase';

const BODY_HEADS = new Set(
  ('zarząd urząd ministerstwo komenda spółka starostwo prokuratura sąd gmina powiat województwo ' +
    'představenstvo predstavenstvo vedení vedenie úřad úrad ministerstvo').split(' '),
);

export function asBodyDescription(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.kind !== 'name' || phrase.pronoun || !phrase.phrase.includes(' ')) return phrase;
  return BODY_HEADS.has(phrase.phrase.split(/\s+/u)[0]!.toLowerCase()) ? { ...phrase, kind: 'description' } : phrase;
}
