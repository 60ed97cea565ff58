// Kinds the sixtieth held-out set showed in Belgian French and Swiss German copy (anaphors and subjects after the verb),
// each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const TIME_CLAUSE_ARTICLE =
  'Es war ein langer Abend in Talwil. Als Stadtpräsidentin Monika Zürcher-Baumann kurz nach 19 Uhr das Ergebnis bekannt gab, brandete Jubel auf.\n\n' +
  '«Das ist ein schöner Abend für unsere Stadt», sagte Zürcher-Baumann nach der Sitzung. Die 61-Jährige räumte allerdings ein, dass das knappe Ergebnis ein Auftrag sei: «Wir nehmen die Bedenken der Gegner ernst. Wir werden informieren.»';
const PORTUGUESE_PARTICLE =
  'A feira voltou ao centro de Braga neste sábado. «Vendemos tudo antes do meio-dia», disse Maria das Graças Pereira, que tem uma banca há trinta anos.';

/** `um 19 Uhr das Ergebnis`: in German prose "das" is the article before a noun, no name particle (name-bounds.ts). */
kindTable('A German noun phrase after "das" is no name', [
  ['de: `Die 61-Jährige` is the woman named before, not `Uhr das Ergebnis`', TIME_CLAUSE_ARTICLE, 'Wir nehmen die Bedenken', 'Monika Zürcher-Baumann', ANY],
  ['counter-case pt: `Maria das Graças Pereira` keeps its particle', PORTUGUESE_PARTICLE, 'Vendemos tudo', 'Maria das Graças Pereira', ANY],
]);

const ROLE_AFTER_UNNAMED =
  'Als Stadtpräsidentin Monika Zürcher-Baumann am Abend das Ergebnis bekannt gab, jubelten viele.\n\n' +
  '«Das ist ein schöner Abend für unsere Stadt», sagte Zürcher-Baumann nach der Sitzung.\n\n' +
  'Ein Rentner, der anonym bleiben wollte, sagte nach der Abstimmung: «Ich habe vierzig Jahre auf diese Brücke gewartet. Endlich.»\n\n' +
  'Wie es weitergeht, sagte die Stadtpräsidentin am Mittwoch vor der Presse: «Wir beginnen im Frühling mit dem Bau. Das dauert zwei Jahre.»';
const ROLE_AFTER_ADJUNCT =
  'Als Stadtpräsidentin Monika Zürcher-Baumann am Abend das Ergebnis bekannt gab, jubelten viele.\n\n' +
  '«Das ist ein schöner Abend für unsere Stadt», sagte Zürcher-Baumann nach der Sitzung.\n\n' +
  '«Der Verkehr wird sich verbessern», erklärte Verkehrsplaner Urs Gerber.\n\n' +
  'Am Mittwoch sagte die Stadtpräsidentin: «Wir beginnen im Frühling mit dem Bau.»';
const UNNAMED_OWN_NOUN = ROLE_AFTER_UNNAMED.replace('sagte die Stadtpräsidentin am Mittwoch', 'sagte der Rentner am Mittwoch');

/** `…, sagte die Stadtpräsidentin:` after an unnamed speaker: a role the text gave a named person is hers (held-role-over-unnamed.ts, latin-reader.ts). */
kindTable('A German role descriptor after the verb, before a colon, is the person holding the role', [
  ['de: `sagte die Stadtpräsidentin …:` after an unnamed pensioner is the named Stadtpräsidentin', ROLE_AFTER_UNNAMED, 'Wir beginnen im Frühling', 'Monika Zürcher-Baumann', ANY],
  ['de: `Am Mittwoch sagte die Stadtpräsidentin:` is the Stadtpräsidentin, not the man quoted last', ROLE_AFTER_ADJUNCT, 'Wir beginnen im Frühling', 'Monika Zürcher-Baumann', ANY],
  ['counter-case de: `sagte der Rentner` after `Ein Rentner, der anonym bleiben wollte` stays that unnamed pensioner', UNNAMED_OWN_NOUN, 'Wir beginnen im Frühling', DESCRIBED, ANY],
]);

const courtroom = (tag: string) =>
  'Le procès de Marc Lebrun a repris lundi à Namur. « Je suis innocent », a déclaré Marc Lebrun.\n\n' +
  `« Les blessures sont anciennes et ne datent pas de la nuit du drame », ${tag}. Son rapport a été contesté.`;

/** `», avait expliqué plus tôt à la barre X`: a time and a place between the verb and its subject (lang/place-adjunct.ts). */
kindTable('A French subject after a time adverb and a place', [
  ['fr: `avait expliqué plus tôt à la barre X, le médecin légiste` is X', courtroom('avait expliqué plus tôt à la barre Paul Dumont, le médecin légiste'), 'Les blessures', 'Paul Dumont', 'médecin légiste'],
  ['fr: `a expliqué à l’audience X` is X', courtroom('a expliqué à l’audience Paul Dumont'), 'Les blessures', 'Paul Dumont', ANY],
  ['counter-case fr: `a confié à la juge X`: the judge after "à" is the listener', courtroom('a confié à la juge Paul Dumont'), 'Les blessures', 'Marc Lebrun', ANY],
]);

const trial = (sentence: string, age = 64) =>
  `Robert Lemaire, ${age} ans, ancien directeur de la piscine communale, est au cœur du dossier. La justice le soupçonne d’avoir détourné des recettes.\n\n` +
  '« Ce n’est pas une erreur de caisse, c’est une méthode », a lancé la procureure, Claire Dubois.\n\n' +
  `La comptable Julie Martin a confirmé les chiffres. ${sentence} « Je n’ai jamais pris un euro. Je comptais ce qu’on me donnait. »\n\n` +
  '« Je ne savais rien des caisses », a répété le sexagénaire devant les juges.';

/** `Le sexagénaire a secoué la tête. « … »`, `a répété le sexagénaire`: a decade noun is the one given an age in its span (age-nouns.ts). */
kindTable('A Romance decade noun (le sexagénaire) is the person of that age', [
  ['fr: `Le sexagénaire a secoué la tête.` before the quote is the 64-year-old, not the accountant just named', trial('Le sexagénaire a secoué la tête.'), 'Je n’ai jamais pris', 'Robert Lemaire', ANY],
  ['fr: `a répété le sexagénaire` is the 64-year-old', trial('Le sexagénaire a secoué la tête.'), 'Je ne savais rien', 'Robert Lemaire', ANY],
  ['counter-case fr: `Elle a regardé le sexagénaire.`: the decade noun as object leaves the subject speaking', trial('Elle a regardé le sexagénaire.'), 'Je n’ai jamais pris', 'Julie Martin', ANY],
]);
