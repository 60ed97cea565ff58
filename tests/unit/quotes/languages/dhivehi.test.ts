// Dhivehi (lang/dv.ts): `<role> X، <age>، … ބުނީ، "…"` before a quote, `"…،" X ބުންޏެވެ.` and `ވިދާޅުވިއެވެ` after one, `އޭނާ`
// for the person just quoted, in short paragraphs of my own about invented people, with counter-cases: someone in the
// indefinite (`-އަކު`, a teacher), someone who asked not to be named, a body in the ablative.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const SCHOOL =
  'ހ. ދިއްފުށީ ސްކޫލުގެ އިމާރާތް ރަނގަޅުކުރުމުގެ މަސައްކަތް ފަށައިފިއެވެ.\n\n' +
  'ސްކޫލުގެ ޕްރިންސިޕަލް ފާތިމަތު ރިޒްނާ، 44، ބުނީ، "ކުދިންނަށް މިހާރު ކިޔަވަން ޖާގަ ނެތެވެ."\n\n' +
  '"އަޅުގަނޑުމެން އުންމީދުކުރަނީ މިއަހަރު ނިންމާލެވޭނެ ކަމަށެވެ،" ރިޒްނާ ބުންޏެވެ.\n\n' +
  '"ބެލެނިވެރިންގެ އެހީ ބޭނުންވެއެވެ،" އޭނާ ބުންޏެވެ.\n\n' +
  'ސްކޫލުގެ ޓީޗަރަކު ބުނީ، "ކްލާސްރޫމްތަކުގައި ފެން ލީކުވެއެވެ."';

const MINISTRY =
  'ރަށުގެ ހޮސްޕިޓަލަށް ބޭސް ނުލިބޭތީ ރައްޔިތުން ޝަކުވާކުރެއެވެ.\n\n' +
  'މި މައްސަލައާ ބެހޭގޮތުން ސުވާލުކުރުމުން، ހެލްތު މިނިސްޓްރީގެ ސްޓޭޓް މިނިސްޓަރު އިބްރާހިމް ވަޙީދު ވިދާޅުވީ، "ބޭސް ފޮނުވުމަށް ނިންމާފައިވެއެވެ."\n\n' +
  '"ދެ ހަފްތާތެރޭ ބޭސް ލިބޭނެ،" ސްޓޭޓް މިނިސްޓަރު ވަޙީދު ވިދާޅުވިއެވެ.\n\n' +
  'ނަން ހާމަނުކުރުމަށް އެދުނު، ހޮސްޕިޓަލުގެ ނަރުހަކު ބުނީ، "ބައެއް ދުވަސްތަކުގައި ބޭސް ހުސްވެއެވެ."\n\n' +
  'ކައުންސިލުން ބުނީ، "މި މައްސަލަ ހައްލުކުރަން މަސައްކަތްކުރަމުންދަނީއެވެ."';

const FERRY =
  'ފެރީ ޚިދުމަތް ހުއްޓުމުން ރަށުގެ މީހުންނަށް ދަތިވެއްޖެއެވެ.\n\n' +
  'ފެރީ ކުންފުނީގެ މެނޭޖިންގ ޑައިރެކްޓަރު އަލީ ނާޝިދު ބުނީ، "އިންޖީނު ހަލާކުވެފައިވާތީ ދަތުރުތައް ހުއްޓާލީއެވެ."\n\n' +
  '"އަންނަ ހަފްތާގައި ޚިދުމަތް ފަށާނަން،" ކުންފުނީގެ ވެރިޔާ ބުންޏެވެ.\n\n' +
  '"އަޅުގަނޑު ކޮންމެ ދުވަހަކު މާލެ ދާން ޖެހެއެވެ،" ދަތުރުވެރިއަކު ބުންޏެވެ.\n\n' +
  'ދަތުރުވެރިޔާ ހަސަން ޝިހާމް ބުނީ، "ސްޕީޑްބޯޓަށް ވަރަށް ގިނަ ފައިސާ ހޭދަވެއެވެ."\n\n' +
  '"ސަރުކާރުން ވިސްނަން ޖެހޭ،" ޝިހާމް އިތުރަށް ބުންޏެވެ.';

const ROWS: KindCase[] = [
  ['dv: `<body>ގެ <role> X Y، <age>، ބުނީ، "…"` is X Y with the role, the age a group of its own', SCHOOL, 'ކުދިންނަށް މިހާރު', 'ފާތިމަތު ރިޒްނާ', 'ޕްރިންސިޕަލް'],
  ['dv: `"…،" X ބުންޏެވެ.` after a quote is the family name given in full before', SCHOOL, 'އަޅުގަނޑުމެން އުންމީދު', 'ފާތިމަތު ރިޒްނާ', ANY],
  ['dv: `"…،" އޭނާ ބުންޏެވެ.` (she said) is the person just quoted', SCHOOL, 'ބެލެނިވެރިންގެ', 'ފާތިމަތު ރިޒްނާ', ANY],
  ['dv: counter-case: `ޓީޗަރަކު ބުނީ` (a teacher, indefinite) is someone described, not the principal', SCHOOL, 'ކްލާސްރޫމްތަކުގައި', DESCRIBED, null],
  ['dv: an opening clause `… ސުވާލުކުރުމުން،` (when asked) is no subject: the minister after it is', MINISTRY, 'ބޭސް ފޮނުވުމަށް', 'އިބްރާހިމް ވަޙީދު', 'މިނިސްޓަރު'],
  ['dv: `"…،" <role> X ވިދާޅުވިއެވެ.` (honoured said) is X', MINISTRY, 'ދެ ހަފްތާތެރޭ', 'އިބްރާހިމް ވަޙީދު', ANY],
  ['dv: counter-case: someone who asked not to be named is described, no name', MINISTRY, 'ބައެއް ދުވަސްތަކުގައި', UNNAMED, null],
  ['dv: counter-case: `ކައުންސިލުން ބުނީ` (from the council) is a body, no person', MINISTRY, 'މި މައްސަލަ ހައްލު', UNNAMED, null],
  ['dv: `<body>ގެ މެނޭޖިންގ ޑައިރެކްޓަރު X Y ބުނީ، "…"` is X Y, the two-word role before him', FERRY, 'އިންޖީނު ހަލާކު', 'އަލީ ނާޝިދު', 'ޑައިރެކްޓަރު'],
  ['dv: counter-case: `ދަތުރުވެރިއަކު ބުންޏެވެ` (a passenger) after a named director is someone described', FERRY, 'އަޅުގަނޑު ކޮންމެ', DESCRIBED, null],
  ['dv: `<role> X Y ބުނީ، "…"` with a one-word role is X Y', FERRY, 'ސްޕީޑްބޯޓަށް', 'ހަސަން ޝިހާމް', 'ދަތުރުވެރިޔާ'],
  ['dv: `"…،" X އިތުރަށް ބުންޏެވެ.` (X added) is X', FERRY, 'ސަރުކާރުން ވިސްނަން', 'ހަސަން ޝިހާމް', ANY],
  ['dv: `"…،" <body>ގެ ވެރިޔާ ބުންޏެވެ.` (the company’s head) is the director named before', FERRY, 'އަންނަ ހަފްތާގައި', 'އަލީ ނާޝިދު', ANY],
];

kindTable('Dhivehi subjects before ބުނީ, tags after quotes and unnamed speakers', ROWS);
