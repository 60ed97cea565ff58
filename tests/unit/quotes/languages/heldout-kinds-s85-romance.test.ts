// Romance nouns for an island and for a directorate opening a capitalised run (the sixty-fifth held-out set showed a
// quote given to `Ilha do <X>` after `a travessia até`, and one given to `Dirección Local de <X>` quoted as "the office"):
// such a run is a place or a body, never a person; fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

/** `fazia a travessia até a Ilha do X`: the island is where she goes, the woman named before speaks. */
kindTable('An island written the Romance way is a place, not the speaker', [
  ['Portuguese `Ilha do X` after the named vendor', 'A vendedora Lúcia Pereira Matos, de 54 anos, perdeu o barco com o qual fazia a travessia até a Ilha do Mosqueiro. Ela chegou cedo. “Eu vi tudo pegando fogo.”', 'Eu vi tudo', 'Lúcia Pereira Matos', ANY],
  ['Spanish `Isla de X` after the named fisherman', 'El pescador Tomás Ruiz Nava, de 61 años, perdió la lancha con la que cruzaba cada día hasta la Isla de Tortuguillas. Llegó de madrugada. “No pude hacer nada por ella.”', 'No pude hacer', 'Tomás Ruiz Nava', ANY],
  ['Italian `Isola di X` likewise', 'Il pescatore Saverio Lamanna, 58 anni, ha perso la barca con cui andava ogni giorno fino all’Isola di Scoglietto. È arrivato all’alba. «Ho visto bruciare tutto e non ho potuto fare niente.»', 'Ho visto bruciare', 'Saverio Lamanna', ANY],
  ['counter-case: `Isla` inside a person’s double family name stays a name', 'Marta Isla Ferrer, vecina de Tarifa, perdió su barca. “No pude hacer nada”, dijo.', 'No pude hacer', 'Marta Isla Ferrer', ANY],
]);

/** `la Dirección Local de X … señaló la dependencia`: a directorate quoted is an unnamed description, not a person. */
kindTable('A directorate’s capitalised name is a body, not a person', [
  ['Spanish `Dirección Local de X` then `señaló la dependencia`', 'En respuesta, la Dirección Local de Pesca en Sonora envió una tarjeta informativa. “El volumen se determinó con base en la disponibilidad del acuífero”, señaló la dependencia.', 'El volumen se', DESCRIBED, ANY],
  ['Portuguese `Direção Regional de X` then `diz o órgão`', 'Em nota, a Direção Regional de Agricultura do Norte informou que os apoios vão chegar. “Os produtores atingidos vão ser contactados nas próximas semanas”, diz o órgão.', 'Os produtores', UNNAMED, ANY],
  ['counter-case: the director named after the body still speaks', 'Raúl Ibarra Soto, director de la Dirección Local de Pesca en Sonora, respondió por escrito. “El volumen se determinó con base en la disponibilidad del acuífero”, señaló Ibarra Soto.', 'El volumen se', 'Raúl Ibarra Soto', ANY],
]);
