// Kinds the fifty-second session read in rare languages (Haitian Creole, Luxembourgish), each in fresh sentences of my
// own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const HT_PRONOUN_COLON =
  'Wilda Pierre, yon machann soulye ki gen 52 an, te chita bò kay li a. Li t ap souke tèt li lè l t ap pale ak vwazen yo: « Mwen pa gen anyen ankò. »\n\n' +
  '« Se Bondye sèl ki konnen sa k ap vini », li di.';
const HT_TOLD_STATION =
  'Lapli a tonbe tout nwit lan nan vil la.\n\n« Dlo a te monte twa pye nan sal yo, nou te oblije deplase malad yo », Frantz Benoit, direktè lopital la, te di Radyo Solèy.';
const HT_TOLD_US = 'Lapli a tonbe tout nwit lan nan vil la.\n\n« Lekòl la ap rete fèmen jiska lendi », Frantz Benoit te di nou.';
const HT_FOR_NAME =
  'Wilda Pierre, yon machann soulye, pèdi tout machandiz li.\n\nPou Wilda Pierre, pa gen tan pou pèdi. « Fòk mwen rekòmanse vann demen maten », li di.';

/** Haitian: `Li <verb> …:` before a quote, `», X, <role>, te di Radyo Y.`, `Pou X, …` (lang/ht.ts, lang/name-openers.ts). */
kindTable('Haitian Creole: a he-or-she sentence opening a quote, a station told, `Pou` opening a sentence', [
  ['ht: `Li t ap … ak vwazen yo: « …` is the person just named', HT_PRONOUN_COLON, 'Mwen pa gen anyen', 'Wilda Pierre', ANY],
  ['ht: `», li di.` after it stays hers', HT_PRONOUN_COLON, 'Se Bondye sèl', 'Wilda Pierre', ANY],
  ['ht: `», X, <role>, te di Radyo Y.` is X, the station no part of it', HT_TOLD_STATION, 'Dlo a te monte', 'Frantz Benoit', ANY],
  ['counter-case ht: `», X te di nou.` is still X', HT_TOLD_US, 'Lekòl la ap rete', 'Frantz Benoit', ANY],
  ['ht: `Pou X, …` (for X) is no part of the name', HT_FOR_NAME, 'Fòk mwen rekòmanse', 'Wilda Pierre', ANY],
]);

const LB_OPENING_PREPOSITION =
  'D\'Ministesch fir Landwirtschaft, Carole Reiland-Mertz, war e Méindeg zu Bettenduerf. Nom Gespréich mat de Baueren huet d\'Ministesch gesot: „Mir loossen déi betraffe Betriber net eleng, d\'Hëllef kënnt nach dëse Mount.“';
const LB_TOLD_NOT_INVERTED =
  'D\'Ministesch war e Méindeg zu Bettenduerf. Carole Reiland-Mertz huet de Baueren gesot: „Mir loossen déi betraffe Betriber net eleng.“';
const LB_OP_SENTENCE =
  'Jang Schmit, Bauer zu Bettenduerf, stoung e Méindeg um Feld. Op de Wisen leien déi gebrach Stämm.\n\n„An enger Stonn war alles kapott, déi ganz Aarbecht vum Joer“, sot hien.';

/**
 * Luxembourgish: a preposition or its contraction with the article opening a sentence is no name (lang/name-openers.ts); after
 * it the subject stands between the auxiliary and the participle (lang/lb.ts INVERTED_PERFECT).
 */
kindTable('Luxembourgish: `Nom …`, `Op de …` opening a sentence name no one; the subject after `huet`', [
  ['lb: `Nom Gespréich … huet d\'Ministesch gesot:` is the minister the text named', LB_OPENING_PREPOSITION, 'Mir loossen déi', 'Carole Reiland-Mertz', ANY],
  ['counter-case lb: `X huet de Baueren gesot:` is X, not the ones told', LB_TOLD_NOT_INVERTED, 'Mir loossen déi', 'Carole Reiland-Mertz', ANY],
  ['lb: `Op de Wisen …` is no name: `sot hien` is the man named before', LB_OP_SENTENCE, 'An enger Stonn', 'Jang Schmit', ANY],
]);

const PAP_TAGS =
  '“Nos no tin awa den kas dia di awe,” Miguel “Chico” Rosaria a bisa djaluna atardi.\n\n' +
  '“E tubo a kibra djaweps,” ingeniero Yolanda Statia di Aqualectra a splika.\n\n' +
  'Rosaria a agregá: “Nos lo keda warda te ora nan bini.”';
const PAP_PRONOUN = 'Miguel Rosaria ta biba den e bario. “Nan mester drecha esaki lihé,” el a bisa Radio Hoyer.';
const PAP_NO_ONE_NAMED = 'Un bisiña ta biba den e bario ya kuarenta aña. “Nan mester drecha esaki lihé,” el a bisa.';

/** Papiamento: `”, X a bisa.`, `”, <role> X di <body> a splika.`, `X a agregá: “…` (lang/pap.ts). */
kindTable('Papiamento: the subject before `a bisa`, `a splika`, `a agregá`', [
  ['pap: `”, X “nickname” Y a bisa …` is X Y', PAP_TAGS, 'Nos no tin awa', 'Miguel Rosaria', ANY],
  ['pap: `”, ingeniero X di <body> a splika.` is X, the body no part of the name', PAP_TAGS, 'E tubo a kibra', 'Yolanda Statia', ANY],
  ['pap: `X a agregá: “` is X', PAP_TAGS, 'Nos lo keda warda', 'Miguel Rosaria', ANY],
  ['pap: `”, el a bisa Radio Y.` is the person just named, not the station', PAP_PRONOUN, 'Nan mester drecha', 'Miguel Rosaria', ANY],
  ['counter-case pap: `”, el a bisa.` with no one named before names no one', PAP_NO_ONE_NAMED, 'Nan mester drecha', UNNAMED, null],
]);
