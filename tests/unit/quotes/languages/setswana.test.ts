// Setswana (lang/tn.ts): `go bua X` after a quote, `X o rile:` and `Go ya ka X,` before one, `a rialo` / `a bua jalo`
// left to the sentences before, in short paragraphs of my own about invented people, with counter-cases: a body as
// subject, someone left unnamed, an office alone, the pronoun `Ene`, a form of address.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const BOREHOLE =
  'Baagi ba motse wa Ramotlhware ba ngongorega ka go senyega ga sediba sa metsi.\n\n' +
  '“Re tsamaya dioura di le pedi go ya go ga metsi kwa nokeng,” go bua Kelebogile Phiri, 52, yo e leng molemi wa motse oo.\n\n' +
  'Motsamaisi wa lefapha la metsi, Tebogo Sebina, o rile: “Re tla epa didiba di le tharo ngwaga ono.”\n\n' +
  '“Madi a setse a le teng,” go bua Sebina, “mme re sa ntse re letile didirisiwa.”\n\n' +
  'Khansele ya kgaolo e rile: “Tiro e tla simolola ka kgwedi ya Phukwi kwantle ga tiego.”\n\n' +
  '“Re lapisitswe ke ditsholofetso tse tsotlhe,” go bua monna mongwe wa motse.';

const CLINIC =
  'Kokelwana ya Matsheng e amogetse koloi e ntšha ya balwetse.\n\n' +
  'Go ya ka Onalenna Kgosietsile, mooki mogolo wa kokelwana, “Balwetse ba ne ba emela malatsi a mararo go ya kwa bookelong jo bogolo.”\n\n' +
  'Go ya ka lefapha la boitekanelo, “Koloi e e tla dira mo metseng e le lesome le bobedi e e dikologileng kokelwana.”\n\n' +
  'Kgosi Mothusi Ditshwanelo wa Matsheng o kopile gore baagi ba tlhokomele koloi eo. “Ke thoto ya setšhaba sotlhe,” a rialo.\n\n' +
  'Mosadi mongwe yo o rekisang dijo fa kokelwaneng, yo o kopileng gore leina la gagwe le se phasalatswe, o rile o itumetse thata. “Gompieno ke robetse sentle,” a bua jalo.';

const MARKET =
  'Barekisi ba mmaraka wa Setlhabeng ba kopana le khansele.\n\n' +
  'Naledi Motsumi, modulasetilo wa mokgatlho wa barekisi, o tlhalositse gore ba tla kopana le tona. O ne a re:\n\n' +
  '“Re batla go tshwara puisano pele ga re tswela mo mebileng.”\n\n' +
  'Ene o ne a oketsa ka gore: “Ga re batle go tlhola kgotlhang le ope mo motseng.”\n\n' +
  'Mokwaledi wa khansele, Thato Kebonang, o buile le rona ka mogala. “Khansele e bula kgoro ya yone go mongwe le mongwe,” go bua mokwaledi.\n\n' +
  '“Mmaraka o tla baakanngwa ngwaga o o tlang,” go bua Rre Kebonang.';

const ROWS: KindCase[] = [
  ['tn: `,” go bua X Y, 52, yo e leng <role>.` is X Y, the role after `yo e leng` (who is)', BOREHOLE, 'Re tsamaya dioura', 'Kelebogile Phiri', 'molemi'],
  ['tn: `<role>, X Y, o rile: “…”` is X Y with the role before the name', BOREHOLE, 'Re tla epa', 'Tebogo Sebina', 'motsamaisi'],
  ['tn: a split quote `“…,” go bua X, “…”` is his both parts', BOREHOLE, 'mme re sa ntse', 'Tebogo Sebina', ANY],
  ['tn: `Khansele … e rile:` (a council, its own subject concord) is no person', BOREHOLE, 'Tiro e tla simolola', UNNAMED, null],
  ['tn: `,” go bua monna mongwe …` (a man) is someone described', BOREHOLE, 'Re lapisitswe', DESCRIBED, null],
  ['tn: `Go ya ka X Y, <role>, “…”` (according to) is X Y with the role', CLINIC, 'Balwetse ba ne ba', 'Onalenna Kgosietsile', 'mooki'],
  ['tn: `Go ya ka lefapha …,` (according to a ministry) is no person', CLINIC, 'Koloi e e tla dira', UNNAMED, null],
  ['tn: `,” a rialo.` after `Kgosi X Y wa <place> o kopile gore …` is X Y', CLINIC, 'Ke thoto ya', 'Mothusi Ditshwanelo', ANY],
  ['tn: `,” a bua jalo.` after `Mosadi mongwe …, yo o kopileng gore leina la gagwe le se phasalatswe, o rile …` is no name', CLINIC, 'Gompieno ke robetse', UNNAMED, null],
  ['tn: `O ne a re:` alone after `X, <role>, o tlhalositse gore …` is X', MARKET, 'Re batla go tshwara', 'Naledi Motsumi', ANY],
  ['tn: `Ene o ne a oketsa ka gore:` (she added that) is the one just named, never a name `Ene`', MARKET, 'Ga re batle go tlhola', 'Naledi Motsumi', ANY],
  ['tn: `,” go bua mokwaledi.` (said the secretary) is the one the text made secretary', MARKET, 'Khansele e bula', 'Thato Kebonang', ANY],
  ['tn: `,” go bua Rre X.` is X Y, `Rre` (Mr) off', MARKET, 'Mmaraka o tla', 'Thato Kebonang', ANY],
  ['tn: a quote after a sentence naming no one and no verb of saying is no name', 'Pula e nele thata kwa Setlhabeng maabane bosigo.\n\n“Metsi a tsene mo matlong a rona otlhe, re sa itse gore re tla robala kae.”', 'Metsi a tsene', UNNAMED, null],
  ['tn: `,” o ne a rialo.` after `X Y o tlhalositse gore …` is X Y', 'Kabo Ramasedi o tlhalositse gore sekolo se tla bulwa ka Mopitlwe. “Bana ba tla simolola dithuto ka nako,” o ne a rialo.', 'Bana ba tla simolola', 'Kabo Ramasedi', ANY],
  ['tn: `Mma X Y, 48, … O rile:` is X Y, `Mma` (Mrs) off', 'Mma Dineo Tau, 48, o ne a eme fa kgorong. O rile:\n\n“Ke emetse bana ba me fa e le ura yotlhe jaanong.”', 'Ke emetse bana', 'Dineo Tau', ANY],
];

kindTable('Setswana attribution kinds', ROWS);
