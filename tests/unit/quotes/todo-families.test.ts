// Families behind the whole-page fixtures' former todos, each with a case and a counter-case of its own.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const said = (...paragraphs: string[]) => findQuotes(paragraphs.join('\n\n')).map((quote) => [quote.speaker, quote.role?.toLowerCase() ?? null]);

describe('actors are introduced by their occupation', () => {
  it.each([
    ['Spanish `La actriz X`', ['La obra terminó tarde.', 'La actriz Ana Gil agradeció la respuesta del público. «Actuar al aire libre no se olvida nunca», confesó.'], [['Ana Gil', 'la actriz']]],
    ['French `L’actrice X`', ['La pièce a fini tard.', "L'actrice Anne Roux a remercié le public. « Jouer dehors, on ne l'oublie jamais », a-t-elle confié."], [['Anne Roux', "l'actrice"]]],
    ['counter-case: the actor thanked is not the subject who speaks', ['La obra terminó tarde.', 'Tomás Gil agradeció al actor Julio Arranz la respuesta del público. «Actuar al aire libre no se olvida nunca», confesó.'], [['Tomás Gil', null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(said(...paragraphs)).toEqual(expected);
  });
});

describe('a body\'s noun before the role noun that opens a sentence', () => {
  it.each([
    ['`Labour council leader X said …, but added that …`', ['Labour council leader Ana Lopez said she shared the worry, but added that the depot had “run out of road after the budget cuts”.'], [['Ana Lopez', 'labour council leader']]],
    ['counter-case: a verb before the role keeps the opening name the subject', ['Trump met council leader Ana Lopez and said the depot had “run out of road after the budget cuts”.'], [['Trump', null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(said(...paragraphs)).toEqual(expected);
  });
});

describe('the one a spokesperson speaks for is not the spokesperson', () => {
  it.each([
    ['Dutch `een woordvoerder van verzekeraar X` … `aldus de woordvoerder`', ['De huisartsen zijn boos.', 'Volgens een woordvoerder van verzekeraar Zuidkust Zorg komt er een oplossing. "De spoedzorg blijft gegarandeerd", aldus de woordvoerder.'], [['de woordvoerder', null]]],
    ['Spanish `la portavoz de la alcaldesa X`', ['Los vecinos protestan. «El parque abre el lunes», dijo la portavoz de la alcaldesa Ana Gil.'], [['la portavoz de la alcaldesa Ana Gil', null]]],
    ['Dutch `een woordvoerder van minister X`', ['"Het park gaat maandag open", zegt een woordvoerder van minister Jan de Vries.'], [['een woordvoerder van minister Jan de Vries', null]]],
    ['counter-case: a spokesperson named after the noun is the speaker', ['De huisartsen zijn boos.', 'Volgens woordvoerder Sanne Kuipers komt er een oplossing. "De spoedzorg blijft gegarandeerd", aldus de woordvoerder.'], [['Sanne Kuipers', 'woordvoerder']]],
    ['counter-case: `la portavoz municipal X` is X', ['Los vecinos protestan. «El parque abre el lunes», dijo la portavoz municipal Ana Gil.'], [['Ana Gil', 'la portavoz municipal']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(said(...paragraphs)).toEqual(expected);
  });
});

describe('two offices joined in one apposition after the name', () => {
  it.each([
    ['both kept when short', '« Le loyer a doublé », s’agace Marc Roux, étudiant en droit et porte-parole du collectif.', [['Marc Roux', 'étudiant en droit et porte-parole du collectif']]],
    ['the second alone when too long for a role', '« Le loyer a doublé », s’agace Marc Roux, étudiant en troisième année de sciences politiques et porte-parole du collectif Un toit pour tous.', [['Marc Roux', 'porte-parole du collectif un toit pour tous']]],
    ['counter-case: one office and a place after `en` still ends at the stop word', '« Le loyer a doublé », dit Marc Roux, maire en exercice depuis 2010.', [['Marc Roux', 'maire']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a role before a name, with only a title after its comma', () => {
  it.each([
    ['Indonesian `pengamat pasar Universitas X, Dr. Name,`', ['Sementara itu, pengamat pasar Universitas Nusantara, Dr. Budi Santoso, menilai harga akan turun.', '"Harga akan turun bulan depan," tutur Budi.'], [['Budi Santoso', 'pengamat pasar universitas nusantara']]],
    ['counter-case: a place before the comma is no role', ['Sementara itu, di Makassar, Dr. Budi Santoso menilai harga akan turun.', '"Harga akan turun bulan depan," tutur Budi.'], [['Budi Santoso', null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(said(...paragraphs)).toEqual(expected);
  });
});

describe('a possessive-led relation opening the sentence, then the person between commas', () => {
  it.each([
    ['French `Son voisin, le boulanger X, …` before a quote with no cue', ['La rue est fermée depuis mars.', 'Son voisin, le boulanger Paul Weber, a fermé le lundi. «Je n’ai jamais vu une année pareille.»'], [['Paul Weber', 'le boulanger']]],
    ['counter-case: a possessive-led subject with no name stays unnamed', ['La rue est fermée depuis mars.', 'Son voisin, boulanger depuis vingt ans, a fermé le lundi. «Je n’ai jamais vu une année pareille.»'], [[null, null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(said(...paragraphs)).toEqual(expected);
  });
});
