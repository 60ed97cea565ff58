import { attributionTable, type AttributionCase } from './attribution-table';
import { dialogueTable, type NonQuoteCase, type UtteranceCase } from './dialogue-table';

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
  ['el especialista: the person just named, not the institute after del', 'Héctor Villanueva es investigador del Colegio de Urbanistas. «Se fijaron fechas políticas, no técnicas», agregó el especialista.', 'Se fijaron fechas políticas, no técnicas', 'Héctor Villanueva', 'especialista'],
  ['resume, then an adjunct: the subject left out is the person just named', 'Lucía Arrieta mide el glaciar cada verano.\n\n«Es la peor cifra desde que empezamos», resume Arrieta sentada en su despacho.', 'Es la peor cifra desde que empezamos', 'Lucía Arrieta', null],
  [
    'la científica antes de despedirse: the adjunct ends the descriptor; an organisation after an article is no referent',
    'Lucía Arrieta presentará sus datos ante la Confederación Hidrográfica del Ebro. «No vengo a asustar a nadie», advierte la científica antes de despedirse.',
    'No vengo a asustar a nadie',
    'Lucía Arrieta',
    null,
  ],
  ['Mi abuelo decía: a capitalised possessive opening a sentence is no name', 'Se puede frenar el calentamiento. Mi abuelo, que fue pastor en Bielsa, siempre decía: «El glaciar es el reloj del valle».', 'El glaciar es el reloj del valle', null, null],
  ['Jack Ma … Ma dijo: a family name that looks like a function word stays', 'Jack Ma fundó la empresa en 1999. Ma dijo: «El comercio cambiará».', 'El comercio cambiará', 'Jack Ma', null],
  ['R. Para …: an interview answer letter before a sentence opener is no name', 'R. Para este glaciar, no. Mi abuelo siempre decía: «El glaciar es el reloj del valle».', 'El glaciar es el reloj del valle', null, null],
  ['R. Pérez dijo: an initial before a family name stays a name', 'El comité se reunió ayer. R. Pérez dijo: «No hay agua para todos este verano».', 'No hay agua para todos este verano', 'R. Pérez', null],
  ['a gerund between commas, then the subject', 'Ana Ruiz guía el museo. «Volveremos a abrir en marzo», dijo, sonriendo, la alcaldesa Marta Gil.', 'Volveremos a abrir en marzo', 'Marta Gil', 'la alcaldesa'],
  ['a gerund with its object after the verb: no subject there', 'Ana Ruiz guía el museo.\n\n«Volveremos a abrir en marzo», dijo, anunciando un pleno extraordinario.', 'Volveremos a abrir en marzo', 'Ana Ruiz', null],
  ['resume sentada en su despacho: posture and place only, the subject left out is her', 'Lucía Arrieta (Jaca, 1979) lleva dos décadas midiendo el glaciar. Este año ha vuelto con un dato que no esperaba. «Es la peor cifra desde que empezamos a medir», resume sentada en su despacho.', 'Es la peor cifra desde que empezamos a medir', 'Lucía Arrieta', null],
  ['resume sentada la X: the subject after the posture is read', 'Lucía Arrieta guía el museo. «Es la peor cifra desde que empezamos a medir», resume sentada la alcaldesa Marta Gil.', 'Es la peor cifra desde que empezamos a medir', 'Marta Gil', 'la alcaldesa'],
  // Batch 5 (Argentine senate, Spanish court).
  ['disparó X: a verb of sharp speech', '"Nadie leyó el texto", disparó el senador Julio Paz.', 'Nadie leyó el texto', 'Julio Paz', 'el senador'],
  ['an office, then a role and the name after a comma: the name is the person', '"Nadie leyó el texto", disparó la jefa del bloque del Frente Popular Andino, la senadora Irene Soto.', 'Nadie leyó el texto', 'Irene Soto', 'la jefa del bloque del Frente Popular Andino'],
  ['a long office after the name is its role', '"Viven tres mil familias de esto", dijo Rubén Ortiz, presidente de la Cámara de Productores de Aceite de Río Seco.', 'Viven tres mil familias de esto', 'Rubén Ortiz', 'presidente de la Cámara de Productores de Aceite de Río Seco'],
  ['a long clause after the name is no role', '"Viven tres mil familias de esto", dijo Rubén Ortiz, que llegó en autobús con otros cien productores del interior.', 'Viven tres mil familias de esto', 'Rubén Ortiz', null],
  ['la vocera X: the role before the name is carried to the dropped subject', 'La vocera Laura Ibarra celebró la votación. "El Congreso entendió la urgencia", afirmó.', 'El Congreso entendió la urgencia', 'Laura Ibarra', 'la vocera'],
  ['explicó en la rueda de prensa, tras la sesión: adjuncts only, the subject left out', 'Ana Gil es la portavoz.\n\nEl fiscal Ignacio Mora pidió cuatro años. «Es una contabilidad», explicó en la sala, tras la sesión.', 'Es una contabilidad', 'Ignacio Mora', 'el fiscal'],
  ['a double family name written alone is the person named in full', 'El senador Horacio Beltrán Acuña votó en contra. Para Beltrán Acuña, el texto cambió. "Es un negocio para cuatro empresas", dijo Beltrán Acuña.', 'Es un negocio para cuatro empresas', 'Horacio Beltrán Acuña', 'el senador'],
  ['two people sharing a family name keep their own full names', 'La jueza Ana Ruiz Gil abrió la sesión. "Comienza la vista", dijo Marta Ruiz Gil.', 'Comienza la vista', 'Marta Ruiz Gil', null],
  ['Para el catedrático … X, … then explicó: the person whose view the sentence gives', '«El embalse está al 12 %», dijo el alcalde Tomás Gil.\n\nPara el catedrático de Hidrología de la Universidad de Valdecasa Rafael Mora, la situación no es coyuntural. «Las sequías serán más largas», explicó.', 'Las sequías serán más largas', 'Rafael Mora', 'el catedrático de Hidrología de la Universidad de Valdecasa'],
  ['Para la ciudad, … then explicó: no person, the last speaker', '«El embalse está al 12 %», dijo el alcalde Tomás Gil.\n\nPara la ciudad, la situación no es coyuntural. «Las sequías serán más largas», explicó.', 'Las sequías serán más largas', 'Tomás Gil', 'el alcalde'],
  // Batch 6 (Mexican water cuts).
  ['puntualizó after the office holder named with ingeniero: the dropped subject is him', '"Ya van quince días", comentó Rosa Rangel.\n\nEl titular del Organismo de Agua, ingeniero Arturo Villa, detalló que la bomba se reparó en Guadalajara. "La pieza llega el jueves", puntualizó.', 'La pieza llega el jueves', 'Arturo Villa', 'el titular del Organismo de Agua'],
  ['sostuvo en sesión de Cabildo: an adjunct ending in a proper noun after de; the regidora just named', '"Ya van quince días", comentó Rosa Rangel.\n\nLa regidora Patricia Ochoa acusó falta de mantenimiento. "Nunca se invirtió", sostuvo en sesión de Cabildo.', 'Nunca se invirtió', 'Patricia Ochoa', 'la regidora'],
  ['sostuvo en sesión el regidor X: a subject after the adjunct is read', '"Ya van quince días", comentó Rosa Rangel.\n\n"Nunca se invirtió", sostuvo en sesión el regidor Juan Ochoa.', 'Nunca se invirtió', 'Juan Ochoa', 'el regidor'],
  // Batch 7 (Colombian festival).
  ['aseguró X entre risas: the adjunct ends the name; the double family name is the person named in full', 'Llegó el peruano Julio Quispe Mamani. “Yo no invento nada”, aseguró Quispe Mamani entre risas.', 'Yo no invento nada', 'Julio Quispe Mamani', null],
  ['Doña X: the form of address is no part of the name, and alone no role either', '“Aquí me siento joven”, dijo doña Rosalba Giraldo.', 'Aquí me siento joven', 'Rosalba Giraldo', null],
  // Dialogue dashes set against the words (lang/romance-dialogue.ts) and untagged exchanges (lang/dash-exchange.ts).
  ['—¿…? —preguntó el fiscal X: a tag set against its dash after a question', '—¿Cobró usted esa comisión? —preguntó el fiscal Ignacio Mora.', '¿Cobró usted esa comisión?', 'Ignacio Mora', 'el fiscal'],
  ['—… —respondió X—. …: the words go on after the tag’s closing dash', 'Julián Ortega declaró el martes ante la jueza.\n\n—Nunca —respondió Ortega—. Yo no firmé nada.', 'Yo no firmé nada.', 'Julián Ortega', null],
  ['—… —dijo—, y …: the words go on in the same sentence', 'El abogado Julián Ortega salió del juzgado. —No cobré ni un euro —dijo—, y lo puedo demostrar con mis cuentas.', 'y lo puedo demostrar con mis cuentas.', 'Julián Ortega', 'el abogado'],
  ['a dash speech after the writer’s sentence, its tag going on in the writer’s words', 'La alcaldesa Rosa Gil salió del pleno. —Ya es demasiado tarde para eso —dijo, y se marchó.', 'Ya es demasiado tarde para eso', 'Rosa Gil', 'La alcaldesa'],
  ['an untagged exchange: the question is the asker’s the lead-in names', '«No he hecho nada malo», dijo Julián Ortega.\n\nEl interrogatorio del fiscal, Ignacio Mora, fue largo.\n\n—¿Conocía usted al examinador?\n\n—De vista, nada más.', '¿Conocía usted al examinador?', 'Ignacio Mora', 'fiscal'],
  ['an untagged exchange: the answer is the other side’s, the one who spoke before', '«No he hecho nada malo», dijo Julián Ortega.\n\nEl interrogatorio del fiscal, Ignacio Mora, fue largo.\n\n—¿Conocía usted al examinador?\n\n—De vista, nada más.', 'De vista, nada más.', 'Julián Ortega', null],
  ['—le preguntó X: an object pronoun before the tag’s verb', '—¿Recibió usted alguna orden? —le preguntó el abogado Luis Carranza.', '¿Recibió usted alguna orden?', 'Luis Carranza', 'el abogado'],
  ['la magistrada: the woman a feminine role named, not the man named last', 'La presidenta del tribunal, Begoña Arrieta, llamó al orden al abogado defensor, Luis Carranza. —Señor Carranza, tendrá usted su turno —le advirtió la magistrada—. Deje terminar a la acusación.', 'Deje terminar a la acusación.', 'Begoña Arrieta', 'la presidenta del tribunal'],
  ['el magistrado: the man a masculine role named, not the woman named last', 'El presidente del tribunal, Tomás Vera, escuchó a la fiscal, Marta Idoate. —Le ruego que abrevie —le advirtió el magistrado—. Quedan tres testigos.', 'Quedan tres testigos.', 'Tomás Vera', 'el presidente del tribunal'],
  ['in an exchange a tag naming no one (el acusado) is the answering side, not the asker the lead-in names', '«No he cobrado nada», dijo Sergio Valcárcel.\n\nEl turno de preguntas de la fiscal, Marta Idoate, duró tres horas.\n\n—¿Conocía usted la empresa?\n\n—Sí —respondió el acusado—. Es de mi cuñado.', 'Es de mi cuñado.', 'Sergio Valcárcel', null],
  ['X, que defendió …: «…»: the person the relative clause is about', 'Declaró también como testigo Andrés Molina, que defendió el procedimiento: «Hubo tres ofertas y ganó la más barata».', 'Hubo tres ofertas y ganó la más barata', 'Andrés Molina', null],
  // Batch latin8 (Chilean mine strike).
  ['la seremi de la región, X,: an unlisted office set before the name between commas, carried to la autoridad', 'Desde el ministerio, la seremi de la región, Paula Henríquez, llamó al diálogo. «El derecho a huelga está garantizado», sostuvo la autoridad regional.', 'El derecho a huelga está garantizado', 'Paula Henríquez', 'la seremi de la región'],
  ['Declaró … el jefe de …, X, que …: the office at the end of a long clause is the role', '«Nadie me presionó», dijo Luis Carranza.\n\nDeclaró también como testigo el jefe de contratación del puerto, Andrés Molina, que defendió el procedimiento: «Hubo tres ofertas y ganó la más barata».', 'Hubo tres ofertas y ganó la más barata', 'Andrés Molina', 'el jefe de contratación del puerto'],
  ['En la casa de al lado, el albañil X …: an article and one noun before the name are a role, whatever the noun', '«Hemos perdido todo», dijo Elena Castillo.\n\nEn la casa de al lado, el albañil Anderson Rocha terminó el segundo piso. «Gasté todo lo que tenía».', 'Gasté todo lo que tenía', 'Anderson Rocha', 'el albañil'],
  ['a predicate set first (Más cauto se mostró …) is no part of the role', 'Más cauto el presidente de la Cámara de Comercio del valle, Julián Ferreyra, que pidió esperar. “Todavía no hay números”, advirtió.', 'Todavía no hay números', 'Julián Ferreyra', 'el presidente de la Cámara de Comercio del valle'],
  ['dijo a los periodistas with the subject dropped: the person the sentence before introduced', 'La alcaldesa Rosa Quintana no descarta cerrar el mercado. “Vamos a esperar el informe técnico”, dijo a los periodistas.', 'Vamos a esperar el informe técnico', 'Rosa Quintana', 'la alcaldesa'],
  // Batch q-latin 1 (Ivorian business, French live blog, German tabloid and obituary, Spanish science and football, Italian crime and business, Brazilian health, Angolan economy).
  ['Consultado …, fue tajante: the subject left out is the man last named', 'Cristian Bertolotti dio la cara en la sala de prensa.\n\nConsultado sobre su futuro, fue tajante: «Mañana voy a presentar la renuncia».', 'Mañana voy a presentar la renuncia', 'Cristian Bertolotti', null],
  ['Así lo ha explicado … la directora …, X: the subject after the verb and its adjuncts', 'Así lo ha explicado este jueves en rueda de prensa la directora del Observatorio de Javalambre, Nuria Castells Ibarra:\n\n«Es la primera vez que recuperamos material de un bólido».', 'Es la primera vez que recuperamos material de un bólido', 'Nuria Castells Ibarra', 'la directora del Observatorio de Javalambre'],
  ['se quejó X: a reflexive verb after the quote reports it', '«Los jugadores no sienten la camiseta», se quejó Rubén Zapata, socio vitalicio de 74 años.', 'Los jugadores no sienten la camiseta', 'Rubén Zapata', 'socio vitalicio'],
  ['se leyó en el acta: a reflexive verb with no one after it gives no speaker', '«Hubo tres ofertas y ganó la más barata», se leyó en el acta.', 'Hubo tres ofertas y ganó la más barata', null, null],
  ['dijo a RTE X: the broadcaster in capitals is spoken to', '«Al principio pensé que era un trozo de carbón», dijo a RTE Ramiro Blesa.', 'Al principio pensé que era un trozo de carbón', 'Ramiro Blesa', null],
  ['cuenta after a paragraph introducing one person with an apposition: that person', '«Es la primera vez», dijo Nuria Castells.\n\nEl hallazgo se debe a Ramiro Blesa, agricultor jubilado, que encontró la piedra. «Al principio pensé que era un trozo de carbón», cuenta.', 'Al principio pensé que era un trozo de carbón', 'Ramiro Blesa', 'agricultor jubilado'],
  ['El capitán X, de 33 años, publicó un mensaje: the role-led subject before the colon', 'El capitán Franco Delfino, de 33 años y surgido de las inferiores, publicó anoche un mensaje en sus redes: «Pido perdón a cada hincha».', 'Pido perdón a cada hincha', 'Franco Delfino', 'el capitán'],
  ['de la Universidad de Zaragoza X: the place belongs to the role', '«Una semana más de lluvia y los minerales se habrían oxidado», apunta el geólogo de la Universidad de Zaragoza Jorge Abad Lanuza.', 'Una semana más de lluvia y los minerales se habrían oxidado', 'Jorge Abad Lanuza', 'el geólogo de la Universidad de Zaragoza'],
  // Batch q-latin 2 (Belgian court, Swiss council, Mexican hurricane, Italian basketball, Portuguese trial).
  ['calcula que … “meses” …. “…”: the subject of calcula, then his next words', 'El presidente de la cooperativa, Efraín Larios, calcula que la pesca tardará “meses” en recuperarse. “Sin lanchas no hay nada. Aquí todo el pueblo vive del mar”.', 'Sin lanchas no hay nada. Aquí todo el pueblo vive del mar', 'Efraín Larios', 'el presidente de la cooperativa'],
  ['La empresa calcula que …: a body stays described', 'La empresa calcula que la pesca tardará meses en recuperarse: “Sin lanchas no hay nada en esta bahía”.', 'Sin lanchas no hay nada en esta bahía', 'La empresa', null],
  // Batch q-latin 3 (Quebec snow clearing, Austrian ski jumping, Colombian hospital, Italian obituary, Brazilian football).
  ['la entidad indicó que “…”: a body stays described', 'La Superintendencia de Salud anunció una mesa técnica. En un comunicado, la entidad indicó que “se revisarán los flujos de recursos de las EPS con mayor cartera vencida”.', 'se revisarán los flujos de recursos de las EPS con mayor cartera vencida', 'la entidad', null],
  ['reconoció el abridor de los Centauros: a role noun with a complement for the man just named', 'Yonathan Mendoza lanzó siete entradas de una carrera. «Así es el béisbol», reconoció el abridor de los Centauros en el dugout.', 'Así es el béisbol', 'Yonathan Mendoza', 'abridor de los Centauros'],
  ['denunció la vecina after doña X: the woman just named, a bare descriptor giving no role', 'Entre ellos estaba doña Candelaria Tzul, de 67 años. «El humo entra a las casas todas las noches», denunció la vecina.', 'El humo entra a las casas todas las noches', 'Candelaria Tzul', null],
  ['a courtesy title between a role and the name is neither', 'La concejal primera, doña Mirna Coyoy, pidió votar por partes. «No vamos a firmar un cheque en blanco», señaló.', 'No vamos a firmar un cheque en blanco', 'Mirna Coyoy', 'la concejal primera'],
  ['Según la dirigente, la Intendencia no consultó …: a body after an article is no subject for agregó', 'La Intendencia de Montevideo decidió el traslado.\n\nMirta Sosa, presidenta de la Asociación de Feriantes, vende verduras desde 1994.\n\nSegún la dirigente, la Intendencia no consultó a nadie antes de decidir. “Nos enteramos por un papel pegado en un poste”, agregó.', 'Nos enteramos por un papel pegado en un poste', 'Mirta Sosa', 'presidenta de la Asociación de Feriantes'],
  // Session 14: any preterite right after the quote, then its subject, reads like a listed verb.
  ['an unlisted preterite in -ó after the quote (informó), then the role and name between commas', '“El puente quedará cerrado hasta nuevo aviso”, informó la directora de Protección Civil, Laura Ejemplo, en rueda de prensa.', 'El puente quedará cerrado hasta nuevo aviso', 'Laura Ejemplo', 'la directora de Protección Civil'],
  ['counter-case: a preterite with no subject after it is the person already named (terminó por reconocer)', 'Ana Ejemplo es la alcaldesa.\n\n“El puente quedará cerrado hasta nuevo aviso”, terminó por reconocer en la radio.', 'El puente quedará cerrado hasta nuevo aviso', 'Ana Ejemplo', null],
  // Session 15: a time adverb opening the sentence is no part of the role.
  ['Ayer la concejala de X Nombre Apellido …: the role starts at the article', 'Ayer la concejala de Cultura Ana Ríos presentó el plan. «El museo abrirá en mayo», dijo. «Habrá visitas gratuitas», añadió Ríos.', 'El museo abrirá en mayo', 'Ana Ríos', 'la concejala de Cultura'],
  // Session 46: a programme's name in marks after its noun is said by no one; the words after it go to the one who answered.
  ['a programme named in marks (el programa regional “…”) is no one\'s words; “…”, sostuvo is the governor\'s', 'El gobernador Tomás Ugarte Salcedo Pardo llegó temprano. El gobernador respondió que la obra está incluida en el programa regional “Caminos Seguros”. “No vamos a dejar a nadie por fuera”, sostuvo.', 'No vamos a dejar a nadie por fuera', 'Tomás Ugarte Salcedo Pardo', 'el gobernador'],
  ['counter-case: a colon after the plan\'s noun opens words said', 'La concejala Rosa Ibarra criticó el plan: “Llega tarde y sin presupuesto”.', 'Llega tarde y sin presupuesto', 'Rosa Ibarra', 'la concejala'],
  // Session 50: the imperfect of a scene told as it unfolds is a verb of saying too.
  ['X resumía …: an imperfect before the colon, after a mientras clause', 'Germán Ossa Londoño cultiva papa en la vereda.\n\nAl cerrar la feria, mientras los vendedores recogían sus toldos, Ossa resumía la jornada: “Vendimos la mitad de lo que esperábamos”.', 'Vendimos la mitad de lo que esperábamos', 'Germán Ossa Londoño', null],
  ['», decía X: the imperfect after the words', '“Nadie se rinde”, decía Marta Lucía Pardo.', 'Nadie se rinde', 'Marta Lucía Pardo', null],
  ['counter-case: an imperfect that is no saying (miraba) before the colon names no one', 'Germán Ossa Londoño cultiva papa en la vereda.\n\nAl cerrar la feria, mientras los vendedores recogían sus toldos, Ossa miraba el cielo: “Vendimos la mitad de lo que esperábamos”.', 'Vendimos la mitad de lo que esperábamos', null, null],
  ['counter-case: a sign that decía is a thing, described, no person', 'Marta Lucía Pardo vive en el pueblo.\n\nEn la entrada, un letrero decía: “Prohibido el paso a vehículos pesados”.', 'Prohibido el paso a vehículos pesados', 'un letrero', null],
];

attributionTable('Spanish', CASES);

const NON_QUOTES: NonQuoteCase[] = [
  ['a dash as a parenthesis in prose', 'El alcalde —que llegó tarde al pleno— no habló con la prensa.', 'que llegó tarde al pleno'],
  ['result lines opening with a dash', 'Resultados de la jornada:\n\n—Real Madrid 2, Betis 1\n\n—Sevilla 0, Valencia 0', 'Real Madrid 2, Betis 1'],
  ['a lone dash paragraph with no tag and no speech before it', 'La asamblea votó el lunes.\n\n—Quedan tres semanas para presentar alegaciones.', 'Quedan tres semanas'],
  ['a list of questions is no exchange', 'Preguntas frecuentes:\n\n—¿Quién paga el nuevo impuesto municipal?\n\n—¿Cuándo entra en vigor la nueva tasa?', 'Quién paga el nuevo impuesto'],
  ['a dash inside the tag’s own sentence is no new speech', 'El juez Tomás Vera —sin levantar la vista— pidió silencio a la sala.', 'sin levantar la vista'],
];

const UTTERANCES: UtteranceCase[] = [
  ['the tag interrupting the words: one utterance of the speaker, the tag no part of it', 'Julián Ortega declaró el martes ante la jueza.\n\n—Nunca —respondió Ortega—. Yo no firmé nada.', 'Nunca … Yo no firmé nada.', 'Julián Ortega'],
];

dialogueTable('Spanish', NON_QUOTES, UTTERANCES);
