// Kinds the seventy-second held-out set showed in French, Polish and Japanese copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';

const CLEFT_WITH_THESE_WORDS =
  'Le tribunal de Namur a examiné lundi le dossier de l’ancien gérant du club de football.\n\n' +
  '« Je regrette tout. Je rembourserai chaque euro », a déclaré le prévenu, Olivier Renard, à la barre.\n\n' +
  '« Mon client a tout avoué. Il a déjà vendu sa voiture pour rembourser. »\n\n' +
  'C’est par ces mots que Me Lucie Dehaene, l’avocate de la défense, a ouvert sa plaidoirie.';
const CLEFT_WITH_THESE_WORDS_AVEC =
  'Le conseil communal de Ciney s’est réuni jeudi soir.\n\n' +
  '« Le budget est en équilibre », a assuré l’échevin des Finances, Marc Lejeune.\n\n' +
  '« Nous ne fermerons aucune école cette année. »\n\n' +
  'C’est avec ces paroles que la bourgmestre Hélène Marchal a clos la séance.';
const CLEFT_FOR_A_REASON =
  'Le conseil communal de Ciney s’est réuni jeudi soir.\n\n' +
  '« Le budget est en équilibre », a assuré l’échevin des Finances, Marc Lejeune.\n\n' +
  '« Nous ne fermerons aucune école cette année. »\n\n' +
  'C’est pour cette raison que la bourgmestre Hélène Marchal a demandé un vote.';

/** `« … »` ¶ `C'est par ces mots que X a ouvert …`: the cleft of `Par ces mots, X …` names who said the words (lang/next-sentence-unnamed.ts). */
kindTable('A French cleft "it is with these words that X" names the speaker of the quote before it', [
  ['fr: `C’est par ces mots que Me X, l’avocate …, a ouvert` is X, the office after the name her role', CLEFT_WITH_THESE_WORDS, 'Mon client a tout avoué', 'Lucie Dehaene', 'avocate'],
  ['fr: `C’est avec ces paroles que la bourgmestre X a clos` is X', CLEFT_WITH_THESE_WORDS_AVEC, 'Nous ne fermerons', 'Hélène Marchal', ANY],
  ['counter-case fr: `C’est pour cette raison que X` points at no words', CLEFT_FOR_A_REASON, 'Nous ne fermerons', 'Marc Lejeune', ANY],
]);

const MAYOR_INTRODUCED = 'Wójt gminy Lipno Katarzyna Wrona zapowiedziała w piątek: „Szkoła zostanie otwarta we wrześniu”. Remont trwa od marca.\n\n';
const ROLE_NOUN_THEN_INTERVIEW = MAYOR_INTRODUCED + '„Rozmawiałam już z kuratorem. Pieniądze są zabezpieczone” – powiedziała wójt w rozmowie z Radiem Lipno.';
const INTERVIEW_BEFORE_ROLE_NOUN = MAYOR_INTRODUCED + '„Rozmawiałam już z kuratorem. Pieniądze są zabezpieczone” – dodała w rozmowie z „Gazetą Lipnowską” wójt.';
const UNNAMED_THEN_INTERVIEW = MAYOR_INTRODUCED + '„Nikt nas nie pytał o zdanie” – mówi jeden z rodziców w rozmowie z Radiem Lipno.';
const NAME_THEN_INTERVIEW = MAYOR_INTRODUCED + '„Nikt nas nie pytał o zdanie” – powiedziała Anna Sowa, dyrektorka szkoły, w rozmowie z Radiem Lipno.';
const INTERVIEW_THEN_FULL_NAME = MAYOR_INTRODUCED + '„Nikt nas nie pytał o zdanie” – powiedziała w rozmowie z Radiem Lipno Anna Sowa, dyrektorka szkoły.';

/** `– powiedziała wójt w rozmowie z Radiem X.`: the interview names whom the words were given to; the role noun is the mayor named before (lang/pl.ts). */
kindTable('A Polish interview adjunct in the tag is no part of the speaker', [
  ['pl: `– powiedziała wójt w rozmowie z Radiem X` is the mayor introduced', ROLE_NOUN_THEN_INTERVIEW, 'Rozmawiałam już', 'Katarzyna Wrona', ANY],
  ['pl: `– dodała w rozmowie z „Gazetą X” wójt` is the mayor introduced', INTERVIEW_BEFORE_ROLE_NOUN, 'Rozmawiałam już', 'Katarzyna Wrona', ANY],
  ['counter-case pl: `– mówi jeden z rodziców w rozmowie z …` stays unnamed', UNNAMED_THEN_INTERVIEW, 'Nikt nas nie pytał', DESCRIBED, ANY],
  ['counter-case pl: `– powiedziała X Y, dyrektorka szkoły, w rozmowie z …` keeps the name, not the mayor', NAME_THEN_INTERVIEW, 'Nikt nas nie pytał', 'Anna Sowa', 'dyrektorka'],
  // (Left alone on purpose: right after the verb, the outlet's capitals may run into the speaker's name; still read wrong.)
  ['counter-case pl: `– powiedziała w rozmowie z Radiem X Anna Sowa, dyrektorka` is the name after the outlet', INTERVIEW_THEN_FULL_NAME, 'Nikt nas nie pytał', 'Anna Sowa', ANY],
], ['counter-case pl: `– powiedziała w rozmowie z Radiem X Anna Sowa, dyrektorka` is the name after the outlet']);

const CLEFT_AFTER_ADDRESS_WITH_CLAUSE =
  'Le conseil communal de Ciney s’est réuni jeudi soir.\n\n' +
  '« Le budget est en équilibre », a assuré l’échevin des Finances, Marc Lejeune.\n\n' +
  '« Nous ne fermerons aucune école cette année. »\n\n' +
  'C’est par ces mots que M. Paul Gillet, qui préside le conseil depuis 2018, a clos la séance.';

/** `Me X Y, l’avocate …,`: a form of address read as the role gives way to the office after the name (lang/next-sentence.ts). */
kindTable('A form of address before a name is no role when an office follows the name', [
  ['counter-case fr: `M. X Y, qui préside …,` is X Y, the relative clause no role', CLEFT_AFTER_ADDRESS_WITH_CLAUSE, 'Nous ne fermerons', 'Paul Gillet', null],
]);

const EXHIBITION_TITLE =
  '港北鉄道の田村浩一社長は「路線は守りたい」と述べた。\n\n同社は来年春、鉄道の歴史を振り返る写真展「港町の百年」を中央駅で開く予定。';
const WORDS_ABOUT_THE_EXHIBITION =
  '港北鉄道の田村浩一社長は「路線は守りたい」と述べた。\n\n写真展について、田村社長は「港町の百年を見てほしい」と話した。';
const CLEFT_WITH_OCCUPATION =
  '港北鉄道は来年3月で廃線になる。\n\n「雨の日も、この線路を走ってきた。まだ実感がない」\n\nそう話すのは、30年間運転台に立った元運転士の田中一郎さん（70）だ。';
const CLEFT_WITHOUT_OCCUPATION =
  '港北鉄道は来年3月で廃線になる。\n\n「雨の日も、この線路を走ってきた。まだ実感がない」\n\nそう話すのは、駅の近くに住む田中一郎さん（70）だ。';

/** `写真展「…」を開く`: corner brackets right after a noun for an exhibition or a film hold its title (work-titles.ts). */
kindTable('Japanese: a title after a noun for a work is no quote; a cleft gives the occupation before the name as the role', [
  ['counter-case ja: `写真展について、X社長は「…」と話した` is still his words', WORDS_ABOUT_THE_EXHIBITION, '港町の百年を見て', '田村浩一', ANY],
  ['ja: `そう話すのは、…元運転士のX Yさん（70）だ` gives the role 運転士', CLEFT_WITH_OCCUPATION, '雨の日も', '田中一郎', '運転士'],
  ['counter-case ja: `そう話すのは、駅の近くに住むX Yさん` gives no role', CLEFT_WITHOUT_OCCUPATION, '雨の日も', '田中一郎', null],
]);

describe('Japanese: an exhibition title in corner brackets', () => {
  it('ja: `写真展「…」を開く` is no quote', () => {
    expect(findQuotes(EXHIBITION_TITLE).map((quote) => quote.text)).toEqual(['路線は守りたい']);
  });
});
