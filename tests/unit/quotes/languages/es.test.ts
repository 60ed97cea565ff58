import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['dijo X', '«Abriremos el puente en marzo», dijo Lucía Fernández.', 'Abriremos el puente en marzo', 'Lucía Fernández', null],
  ['afirmó X with curly marks', '“El puente estuvo cerrado demasiado tiempo”, afirmó Lucía Fernández.', 'El puente estuvo cerrado demasiado tiempo', 'Lucía Fernández', null],
  ['añadió with the subject dropped', 'Lucía Fernández visitó la obra el lunes.\n\n«Las obras avanzan bien», dijo Lucía Fernández. «Terminaremos en marzo», añadió.', 'Terminaremos en marzo', 'Lucía Fernández', null],
  ['según X', '«El río está más limpio que antes», según Marta Ruiz.', 'El río está más limpio que antes', 'Marta Ruiz', null],
  ['X dijo: before the quote', 'Marta Ruiz dijo: «El río está más limpio que antes».', 'El río está más limpio que antes', 'Marta Ruiz', null],
  ['el alcalde, X, : role before the name', '«Abriremos el puente en marzo», declaró el alcalde, Jorge Navarro, ante el pleno.', 'Abriremos el puente en marzo', 'Jorge Navarro', 'el alcalde'],
  ['X, alcalde de Toledo : role after the name', '«Abriremos el puente en marzo», aseguró Jorge Navarro, alcalde de Toledo.', 'Abriremos el puente en marzo', 'Jorge Navarro', 'alcalde de Toledo'],
  ['role written before the name', '«Abriremos el puente en marzo», explicó el ministro de Transportes Jorge Navarro.', 'Abriremos el puente en marzo', 'Jorge Navarro', 'el ministro de Transportes'],
  ['a described speaker', '«El mercado abrirá antes», señaló un portavoz del ayuntamiento.', 'El mercado abrirá antes', 'un portavoz del ayuntamiento', null],
  ['dijo a <outlet>: the paper is not the speaker', '«Nos faltan manos este verano», dijo Marta Ruiz a El Diario del Sur.', 'Nos faltan manos este verano', 'Marta Ruiz', null],
  ['dijo ella', 'Marta Ruiz dirige la cooperativa.\n\n«Nos faltan manos este verano», dijo ella.', 'Nos faltan manos este verano', 'Marta Ruiz', null],
  ['the role before the verb', 'La presidenta de la región, Marta Ruiz, explicó: «Invertiremos en trenes».', 'Invertiremos en trenes', 'Marta Ruiz', 'la presidenta de la región'],
  ['de acuerdo con X', '«La cosecha será corta», de acuerdo con Jorge Navarro.', 'La cosecha será corta', 'Jorge Navarro', null],
  ['ha dicho X', '«La cosecha será corta», ha dicho Jorge Navarro.', 'La cosecha será corta', 'Jorge Navarro', null],
  ['a time after the name', '«La cosecha será corta», dijo Jorge Navarro este lunes.', 'La cosecha será corta', 'Jorge Navarro', null],
  ['a dash between the quote and the verb', '«La cosecha será corta» —afirmó Jorge Navarro—.', 'La cosecha será corta', 'Jorge Navarro', null],
  ['a compound name with de', '«La cosecha será corta», dijo María de la Fuente.', 'La cosecha será corta', 'María de la Fuente', null],
  ['dijo a <outlet> with the subject dropped', '«Cada mes cuenta», dijo Jorge Navarro. «Mis clientes dan un rodeo de veinte kilómetros», dijo a El Diario del Sur.', 'Mis clientes dan un rodeo de veinte kilómetros', 'Jorge Navarro', null],
  ['según <newspaper> is no speaker', 'La ciudad planea un puente nuevo.\n\n«La obra costará mucho más de lo previsto», según El País.', 'La obra costará mucho más de lo previsto', null, null],
  ['Y añadió: with the subject dropped before the quote', '«Las obras avanzan bien», dijo Lucía Fernández.\n\nY añadió: «Terminaremos el puente en marzo».', 'Terminaremos el puente en marzo', 'Lucía Fernández', null],
  ['la octogenaria: the woman just named', 'Encarnación Gil vive sola desde 2010.\n\n«Ya no tengo fuerzas», lamenta la octogenaria.', 'Ya no tengo fuerzas', 'Encarnación Gil', null],
  ['a particle-led run is the end of a place, not a name', '«Estamos viviendo una situación grave», afirmó la alcaldesa de Villaseca del Río, María José Ortega.', 'Estamos viviendo una situación grave', 'María José Ortega', 'la alcaldesa de Villaseca del Río'],
  ['an adjunct between the verb and the role-led subject', '“No vamos a inaugurar una línea insegura”, dijo en conferencia de prensa el secretario de Movilidad, Rodrigo Salcedo Ibarra.', 'No vamos a inaugurar una línea insegura', 'Rodrigo Salcedo Ibarra', 'el secretario de Movilidad'],
  ['an adjunct alone names nobody: the subject left out', 'Tomás Bermejo cultiva almendros.\n\n«Hay tres heridos graves», dijo en un comunicado.', 'Hay tres heridos graves', 'Tomás Bermejo', null],
  ['En opening a sentence is no name; relató emocionada is hers', 'Pedro Sanz es el alcalde.\n\nEn Robledal, una de las aldeas desalojadas, Carmen Lozano, de 74 años, regresó el domingo a su casa. «Pensé que no volvería a ver mi casa», relató emocionada.', 'Pensé que no volvería a ver mi casa', 'Carmen Lozano', null],
  ['el especialista: the person just named, not the institute after del', 'Héctor Villanueva es investigador del Colegio de Urbanistas. «Se fijaron fechas políticas, no técnicas», agregó el especialista.', 'Se fijaron fechas políticas, no técnicas', 'Héctor Villanueva', null],
];

attributionTable('Spanish', CASES);
