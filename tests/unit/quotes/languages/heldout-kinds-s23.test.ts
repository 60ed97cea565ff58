// Kinds a private set of invented articles showed in the fifteenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { ANY, DESCRIBED, kindTable, type KindCase } from './kind-table';

/** A time between an inverted verb and its subject (lang/adjunct-group.ts TIME_AFTER_VERB). */
const TIME_AFTER_VERB: KindCase[] = [
  ['es: `», explicó ayer el concejal de X, Y.` after a sentence opening on a body', 'El Ayuntamiento culpa a las lluvias del retraso. «Ha sido un invierno muy raro», explicó ayer el concejal de Obras, Tomás Ibarra.', 'Ha sido un invierno', 'Tomás Ibarra', 'concejal de Obras'],
  ['es: `», dijo el lunes el alcalde, X.`: the weekday is no part of the role', 'El pleno aprobó la partida. «Llegamos tarde, pero llegamos», dijo el lunes el alcalde, Rubén Sáez.', 'Llegamos tarde', 'Rubén Sáez', '=el alcalde'],
  ['fr: `», a déclaré hier le maire, X.`', 'Le conseil a voté le budget. « Nous avons fait des choix difficiles », a déclaré hier le maire, Olivier Ferrand.', 'Nous avons fait', 'Olivier Ferrand', 'le maire'],
  ['fr: `», a indiqué mercredi soir X.`', 'Le conseil a voté le budget. « Rien n’est encore signé », a indiqué mercredi soir Hélène Marchal.', 'Rien n’est', 'Hélène Marchal', null],
  ['pt: `», disse ontem o presidente da câmara, X.`', 'A obra voltou a parar. «Não há dinheiro para mais nada», disse ontem o presidente da câmara, Rui Calado.', 'Não há dinheiro', 'Rui Calado', 'presidente da câmara'],
  ['de: `“, sagte am Montag Bürgermeister X.`', 'Der Gemeinderat hat abgestimmt. „Wir haben lange gerungen“, sagte am Montag Bürgermeister Anton Kessler.', 'Wir haben lange', 'Anton Kessler', 'Bürgermeister'],
  ['ru: `», — заявил вчера мэр города X.`: yesterday is no part of the role', 'Совет утвердил бюджет. «Денег хватит только на дороги», — заявил вчера мэр города Олег Зимин.', 'Денег хватит', 'Олег Зимин', '=мэр города'],
  ['counter-case es: `dijo ayer en la radio` still means the person named before', 'La ministra Carmen Vidal visitó la obra. «Estamos en plazo», dijo ayer en la radio.', 'Estamos en plazo', 'Carmen Vidal', ANY],
  ['counter-case es: `dijo Domingo X`: a capitalised given name is no weekday', 'El pleno aprobó la partida. «Llegamos tarde», dijo Domingo Ferrer.', 'Llegamos tarde', 'Domingo Ferrer', null],
  ['counter-case es: `dijo hoy un vecino` stays a description', 'El pleno aprobó la partida. «Llegamos tarde», dijo hoy un vecino del barrio.', 'Llegamos tarde', DESCRIBED, null],
];

kindTable('s23: a time after an inverted verb', TIME_AFTER_VERB);
