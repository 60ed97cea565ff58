// Luganda (lang/lg.ts): `X bwe yagambye` after a quote, `X yagambye nti:` and `Okusinziira ku X,` before one, `bwe
// yayongeddeko` left to the sentences before, in short paragraphs of my own about invented people, with counter-cases:
// a body as subject, someone left unnamed, an office pointed at, the pronoun `Ye`, a form of address.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FISH =
  'Abavubi ku mwalo gw\'e Namirembe-Kasenge beemulugunya ku mitego emipya gye balagiddwa okukozesa.\n\n' +
  '“Ebyennyanja bikendedde nnyo mu myezi esatu egiyise,” ssentebe w\'abavubi, Kato Lubwama, 61, bwe yagambye.\n\n' +
  '“Tetusobola kugula mitego gino,” Lubwama bwe yagambye, “kubanga buli gumu gugula emitwalo amakumi ataano.”\n\n' +
  '“Abaana baffe bagenda kuva mu masomero,” bwe yayongeddeko.\n\n' +
  'Omu ku bavubi, eyagaanye amannya ge okufulumizibwa, yagambye nti abamu bavubira mu kiro. “Tewali ayinza kutukwata ekiro, buli omu akimanyi,” bwe yagambye.';

const WATER =
  'Abatuuze b\'e Kawempe-Nsooba bamaze wiiki bbiri nga tebalina mazzi.\n\n' +
  'Nakato Ssemanda, omusomesa ku ssomero lya gavumenti, yagambye nti: “Abayizi baleeta amazzi okuva awaka buli nkya.”\n\n' +
  'Yagambye nti:\n\n' +
  '“Tusaba ekitongole kituyambe mangu ddala, abaana bagenda kulwala.”\n\n' +
  'Ye yayongeddeko nti: “Tetwagala kuddamu kunywa mazzi ga mu kidiba.”\n\n' +
  'Okusinziira ku kitongole ky\'amazzi, “Payipu enkulu yayonoonese era abakozi bali ku mulimu okugiddaabiriza.”';

const ROAD =
  'Oluguudo lw\'e Bukalango lugenda kukolebwa omwaka guno.\n\n' +
  'Okusinziira ku Tonny Mawejje, yinginiya wa disitulikiti, “Omulimu gujja kutandika mu mwezi ogujja.”\n\n' +
  'Omukungu wa disitulikiti avunaanyizibwa ku nguudo, Isaac Wasswa, yabadde mu lukiiko. “Ensimbi zonna ziwereddwa,” omukungu ono bwe yagambye.\n\n' +
  'Sarah Namuli, musawo ku ddwaliro ery\'omu kitundu, yategeezezza nti abalwadde balwawo okutuuka. “Abakyala abazaala batuuka nga bakooye nnyo,” Musawo Namuli bwe yagambye.\n\n' +
  'Ekitongole ky\'enguudo kyagambye nti: “Tujja kukozesa kkampuni ey\'omu kitundu ku mulimu guno gwonna.”';

const ELDER =
  'Omw. Joseph Kiggundu, 70, omu ku bakulembeze b\'ekyalo, yajjukidde ebiseera eby\'edda.\n\n' +
  '“Mu biseera byaffe twalimanga wamu ku nnimiro za buli muntu,” Kiggundu bwe yagambye.';

const ROWS: KindCase[] = [
  ['lg: `,” <role>, X Y, 61, bwe yagambye.` is X Y with the role before the name, not the age', FISH, 'Ebyennyanja bikendedde', 'Kato Lubwama', 'ssentebe'],
  ['lg: a split quote `“…,” X bwe yagambye, “…”` is his both parts', FISH, 'kubanga buli gumu', 'Kato Lubwama', ANY],
  ['lg: `,” bwe yayongeddeko.` (as he added) is the one just quoted', FISH, 'Abaana baffe', 'Kato Lubwama', ANY],
  ['lg: `,” bwe yagambye.` after `Omu ku bavubi, eyagaanye amannya ge …, yagambye nti …` is no name', FISH, 'Tewali ayinza', UNNAMED, null],
  ['lg: `X Y, <role>, yagambye nti: “…”` is X Y with the role after the name', WATER, 'Abayizi baleeta', 'Nakato Ssemanda', 'omusomesa'],
  ['lg: `Yagambye nti:` alone (the verb carrying its subject) is the one just named', WATER, 'Tusaba ekitongole', 'Nakato Ssemanda', ANY],
  ['lg: `Ye yayongeddeko nti:` (she added that) is the one just named, never a name `Ye`', WATER, 'Tetwagala kuddamu', 'Nakato Ssemanda', ANY],
  ['lg: `Okusinziira ku kitongole …,` (according to an authority) is no person', WATER, 'Payipu enkulu', UNNAMED, null],
  ['lg: `Okusinziira ku X Y, <role>, “…”` (according to) is X Y with the role', ROAD, 'Omulimu gujja', 'Tonny Mawejje', 'yinginiya'],
  ['lg: `,” omukungu ono bwe yagambye.` (this official) is the one the text made official', ROAD, 'Ensimbi zonna', 'Isaac Wasswa', ANY],
  ['lg: `,” Musawo X bwe yagambye.` is X, `Musawo` (Dr) off', ROAD, 'Abakyala abazaala', 'Sarah Namuli', ANY],
  ['lg: `Ekitongole … kyagambye nti:` (an authority, its own subject concord) is no person', ROAD, 'Tujja kukozesa', UNNAMED, null],
  ['lg: `,” X bwe yagambye.` after `Omw. X Y, 70, …` is X Y, `Omw.` (Mr) off', ELDER, 'Mu biseera byaffe', 'Joseph Kiggundu', ANY],
  ['lg: `,” <role>, Omw. X Y, bwe yagambye.` is X Y, `Omw.` (Mr) off', 'Akatale k\'e Busaana kaggaddwa.\n\n“Tukooye okusasula omusolo nga tewali kikolebwa,” omukulembeze w\'abasuubuzi, Omw. Peter Musoke, bwe yagambye.', 'Tukooye okusasula', 'Peter Musoke', 'omukulembeze'],
  ['lg: `,” bwe yagambye.` after a paragraph with no one named is no name', 'Ebbeeyi ya kasooli erinnye mu butale bw\'e Kiryanongo.\n\n“Tetukyasobola kugula mmere eno ku ssente ze tufuna,” bwe yagambye.', 'Tetukyasobola', UNNAMED, null],
  ['lg: a quote after `Omukyala omu …, yagambye nti …` (a woman) is someone described', 'Omukyala omu atunda emmere mu katale yagambye nti bakola okumala essaawa nnyingi. “Tukola okuva ku makya okutuusa ekiro nga tetuwummudde.”', 'Tukola okuva', DESCRIBED, null],
];

kindTable('Luganda attribution kinds', ROWS);
