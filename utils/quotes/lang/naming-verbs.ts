/**
 * Verbs that name or characterise in words someone chose, beyond the reporting verbs the language readers
 * know: `a qualifié la décision de « … »`, `nannte den Plan „…“`, `назвал решение «…»`, `χαρακτήρισε …
 * «…»`, `وصف القرار بأنه "…"`; and the common reporting verbs of languages no reader covers (Finnish, Hungarian,
 * Croatian and Serbian, Slovak, Slovene, Baltic, Vietnamese): `sanoi, että päätös oli ”…”`, `szerint a döntés „…”`.
 * A few quoted words in such a sentence are someone's words (filter.ts); one or two stay emphasis there as anywhere.
 */

const NAMING = [
  // French, Spanish, Italian, Portuguese, Romanian
  'qualifi[ée]e?s?', 'qualifie(?:nt)?', 'a\\s+(?:qualifié|dénoncé|évoqué)', 'dénonc[eé]', 'calific[óa]', 'calificaron', 'definió', 'tildó', 'describió',
  'definit[oa]', 'ha\\s+(?:definito|parlato\\s+di|descritto)', 'qualificou', 'classificou', 'chamou', 'descreveu', 'a\\s+numit', 'a\\s+calificat',
  // German, Dutch, Scandinavian
  'nannte', 'nennt', 'bezeichnete', 'bezeichnet', 'sprach\\s+von', 'spricht\\s+von', 'noemde', 'noemt', 'sprak\\s+van', 'kallade', 'kallar', 'beskrev', 'kaldte', 'kalder', 'kalte',
  // Slavic, Greek, Hungarian, Turkish
  'назвал[аи]?', 'назвав(?:ши)?', 'назвала', 'охарактеризовал[аи]?', 'охарактеризував', 'нарекл[аи]?', 'нарече', 'определи',
  'nazwał[ao]?', 'nazywa', 'określił[ao]?', 'nazval[ao]?', 'označil[ao]?', 'nazvao', 'nazvala',
  'χαρακτήρισε', 'αποκάλεσε', 'μίλησε\\s+για', 'δήλωσε', 'τόνισε',
  'وصف', 'ووصف', 'وصفت', 'ووصفت', 'اعتبر', 'واعتبر', 'اعتبرت', 'واعتبرت', 'כינה', 'כינתה', 'הגדיר', 'הגדירה',
  // languages with no reader of their own
  'sanoi', 'sanoo', 'kertoi', 'kertoo', 'totesi', 'toteaa', 'mukaan', 'kutsui', 'luonnehti',
  'rekao', 'rekla', 'izjavio', 'izjavila', 'kaže', 'kazao', 'kazala', 'nazvao', 'povedal[ai]?', 'uviedol', 'uviedla', 'dejal[ai]?', 'izjavil[ai]?',
  'ütles', 'sacīja', 'teica', 'sakė', 'teigė',
  'nói', 'cho\\s+biết', 'gọi', 'khẳng\\s+định', 'nhấn\\s+mạnh', 'chia\\s+sẻ', 'phát\\s+biểu',
  'szerint', 'nevezte', 'mondta', 'közölte', 'hangsúlyozta', 'fogalmazott', 'nitelendirdi', 'olarak\\s+niteledi',
];

const NAMING_VERB = new RegExp(`(?<![\\p{L}])(?:${NAMING.join('|')})(?![\\p{L}])`, 'iu');

export function namesInWords(sentence: string): boolean {
  return NAMING_VERB.test(sentence);
}
