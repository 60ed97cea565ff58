// Kinds the fifty-second session read in the large languages of a blind set of invented articles (Danish, Swedish), each
// in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const DANISH_AGED_COACH =
  'Direktør Jonas Holm forsøger at holde humøret oppe. Klubben ligger nummer fire i rækken.\n\n' +
  '»Vi skal bare spille vores eget spil og glemme tabellen,« siger den 52-årige træner.';
const SWEDISH_AGED_COACH =
  'Tränaren Jonas Holm försöker hålla humöret uppe. Klubben ligger fyra i serien.\n\n' +
  '”Vi måste bara spela vårt eget spel och glömma tabellen”, säger den 52-årige tränaren.';
const DANISH_AGED_THEN_NAME =
  'Direktør Jonas Holm forsøger at holde humøret oppe.\n\n' +
  '»Vi skal bare spille vores eget spil og glemme tabellen,« siger den 52-årige træner Mads Krog.';
const DANISH_AGED_NEW_PERSON =
  'Direktør Jonas Holm forsøger at holde humøret oppe.\n\n' +
  '»Vi skal bare spille vores eget spil og glemme tabellen,« siger en 52-årig træner fra en anden klub.';

/** `»…,« siger den 46-årige træner.`: an article, an age made an adjective and a noun stand for the person just named (lang/aged-role-anaphor.ts). */
kindTable('A Scandinavian definite description by age after the verb of saying', [
  ['da: `siger den 52-årige træner` after `Direktør X Y` is X Y', DANISH_AGED_COACH, 'Vi skal bare spille', 'Jonas Holm', ANY],
  ['sv: `säger den 52-årige tränaren` after `Tränaren X Y` is X Y', SWEDISH_AGED_COACH, 'Vi måste bara spela', 'Jonas Holm', ANY],
  ['counter-case da: `den 52-årige træner X Y` is X Y, named there', DANISH_AGED_THEN_NAME, 'Vi skal bare spille', 'Mads Krog', ANY],
  ['counter-case da: an indefinite `en 52-årig træner fra en anden klub` is someone new', DANISH_AGED_NEW_PERSON, 'Vi skal bare spille', DESCRIBED, ANY],
]);

const SO_IT_SOUNDS_THREE =
  'Bryggeriet har lukket to af sine fire haller.\n\n' +
  '»Vi kan ikke betale regningerne, hvis ikke salget stiger inden sommer.«\n\n' +
  'Sådan lyder det fra Ingrid Bach Vestergaard, der har ledet bryggeriet siden 2019.';
const SO_IT_SOUNDS_TWO =
  'Bryggeriet har lukket to af sine fire haller.\n\n' +
  '»Vi kan ikke betale regningerne, hvis ikke salget stiger inden sommer.«\n\n' +
  'Sådan lyder det fra Ingrid Vestergaard, der har ledet bryggeriet siden 2019.';
const SO_IT_SOUNDS_THEN_PAPER =
  'Bryggeriet har lukket to af sine fire haller.\n\n' +
  '»Vi kan ikke betale regningerne, hvis ikke salget stiger inden sommer.«\n\n' +
  'Sådan lyder det fra Ingrid Vestergaard til avisen Nordposten.';

/** `»…« ¶ Sådan lyder det fra X Y Z, der …`: a third capitalised word closing the name at its comma is the name's (lang/next-sentence.ts SAYS_IT_FULL_NAME). */
kindTable('A three-word name after "so it sounds from"', [
  ['da: `Sådan lyder det fra X Y Z, der …` is X Y Z', SO_IT_SOUNDS_THREE, 'Vi kan ikke betale', 'Ingrid Bach Vestergaard', ANY],
  ['counter-case da: a two-word name stays two words', SO_IT_SOUNDS_TWO, 'Vi kan ikke betale', 'Ingrid Vestergaard', ANY],
  ['counter-case da: a capitalised word further on (the paper) is not the name\'s', SO_IT_SOUNDS_THEN_PAPER, 'Vi kan ikke betale', 'Ingrid Vestergaard', ANY],
]);
