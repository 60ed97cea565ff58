/**
 * Verbs that name or characterise in words someone chose, beyond the reporting verbs the language readers
 * know: `a qualifié la décision de « … »`, `nannte den Plan „…“`, `назвал решение «…»`, `χαρακτήρισε …
 * «…»`, `وصف القرار بأنه "…"`; and the common reporting verbs of languages no reader covers (Finnish, Hungarian,
 * Croatian and Serbian, Slovak, Slovene, Baltic, Vietnamese): `sanoi, että päätös oli ”…”`, `szerint a döntés „…”`.
 * filter.ts reads them where a short quote follows such a clause and a colon (`وزیر گفت: «…»`). A phrase quoted inside
 * such a sentence (`kalder det »…«`) is not taken yet: no reader gives it the verb's subject as speaker (see the todos in
 * tests/unit/quotes/conventions/).
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
  'rekao', 'rekla', 'izjavio', 'izjavila', 'kaže', 'kazao', 'kazala', 'povedal[ai]?', 'uviedol', 'uviedla', 'dejal[ai]?', 'izjavil[ai]?',
  'ütles', 'sacīja', 'teica', 'sakė', 'teigė',
  'nói', 'cho\\s+biết', 'gọi', 'khẳng\\s+định', 'nhấn\\s+mạnh', 'chia\\s+sẻ', 'phát\\s+biểu',
  'szerint', 'nevezte', 'mondta', 'közölte', 'hangsúlyozta', 'fogalmazott', 'nitelendirdi', 'olarak\\s+niteledi',
  // readers that pass any text of their script: their reporting verbs here (Turkish, Arabic, Hebrew, Hindi)
  'dedi', 'söyledi', 'açıkladı', 'belirtti', 'ifade\\s+etti', 'kaydetti', 'vurguladı',
  'و?قال', 'و?قالت', 'و?أكد', 'و?أكدت', 'و?أضاف', 'و?أضافت', 'و?أوضح', 'و?أوضحت', 'و?صرح', 'و?صرحت', 'و?بحسب', 'و?وفقا',
  'אמר', 'אמרה', 'הוסיף', 'הוסיפה', 'ציין', 'ציינה', 'לדברי', 'הסביר', 'הסבירה',
  'कहा', 'बताया', 'अनुसार',
];

/** Scripts written without spaces: the verb is found inside its run of letters. */
const UNSPACED = /说|說|表示|称|稱|指出|强调|強調|认为|認為|坦言|直言|透露|回应|回應|宣布|形容|批评|批評|述べ|語っ|語り|話し|言っ|強調|指摘|説明|明らかに|批判|말했|말한|밝혔|강조했|설명했|전했|덧붙였|지적했|비판했|주장했|가리켜|กล่าว|ระบุ|เผย|บอก/u;

const NAMING_VERB = new RegExp(`(?<![\\p{L}])(?:${NAMING.join('|')})(?![\\p{L}])`, 'iu');

export function namesInWords(sentence: string): boolean {
  return NAMING_VERB.test(sentence) || UNSPACED.test(sentence);
}
