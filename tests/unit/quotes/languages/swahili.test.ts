// Swahili (lang/sw.ts): verbs of saying with their subject and tense prefixes (`alisema`, `amesema`, `aliongeza`), before and
// after the quote, `Kwa mujibu wa` (according to), forms of address, in short paragraphs of my own about invented people,
// with counter-cases: a body's verb prefix, an opening phrase of place, someone described, a pronoun tag, a split quote.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const RICE =
  'Wakulima wa mpunga katika kijiji cha Bondeni wamelalamikia bei ya mbolea.\n\n' +
  '“Gunia moja sasa linauzwa mara mbili ya bei ya mwaka jana,” alisema Zuhura Athumani, mkulima wa muda mrefu kijijini hapo.\n\n' +
  'Athumani aliongeza kuwa wengi wameacha mashamba yao. “Hatuwezi kulima kwa hasara kila msimu,” alisema.\n\n' +
  'Afisa Kilimo wa Wilaya, Bw. Elia Makame alisema: “Serikali imeleta tani mia mbili za mbolea ya ruzuku.”\n\n' +
  '“Sisi wauzaji tunapata hasara pia,” alisema muuza pembejeo mmoja katika soko la Mkwajuni.\n\n' +
  'Huko Mkwajuni, Zuhura alisema atapanda mahindi badala ya mpunga. “Mahindi yanahitaji mbolea kidogo,” alisema huku akicheka.\n\n' +
  '“Tutaandika barua kwa mkuu wa wilaya,” alisema Makame, “na tutafuatilia hadi mwisho.”\n\n' +
  'Chama cha Wakulima kilisema: “Tunataka bei elekezi ya mbolea.”';

const CLINIC =
  'Zahanati ya kijiji cha Mlimani imekosa dawa kwa wiki tatu.\n\n' +
  'Mhe. Saidi Lukindo, mbunge wa jimbo hilo, amesema: “Nitalifikisha bungeni suala hili.”\n\n' +
  'Lukindo alisisitiza: “Wananchi hawapaswi kusafiri kilomita thelathini kutafuta dawa.”\n\n' +
  'Kwa mujibu wa Bi. Neema Kiwelu, muuguzi mkuu wa zahanati hiyo, “Tunapokea wagonjwa sitini kwa siku bila dawa za msingi.”\n\n' +
  '“Tumeagiza dawa kutoka bohari kuu,” alieleza Petro Mushi, mganga mkuu wa wilaya.\n\n' +
  '“Zitafika kabla ya mwisho wa mwezi,” alisema mganga huyo.\n\n' +
  'Mkazi mmoja wa kijiji hicho, ambaye hakutaka jina lake litajwe, alisema: “Mtoto wangu alilazwa siku mbili bila sindano.”\n\n' +
  'Halmashauri ya Wilaya imesema: “Fedha za dawa zimetolewa tayari.”';

const FERRY =
  'Kivuko cha Ziwa Kaskazini kimesimama kwa matengenezo.\n\n' +
  '“Tunavuka kwa mitumbwi midogo, ni hatari sana,” anasema Halima Juma, mfanyabiashara wa samaki.\n\n' +
  'Nahodha wa kivuko hicho, Yusufu Kombo, alihoji: “Tunawezaje kusafiri na injini moja tu?”\n\n' +
  '“Tumeomba vipuri mara tatu,” aliongeza Kombo.\n\n' +
  'Katika Bandari ya Kaskazini, Juma alisema atafunga duka lake kwa muda. “Wateja hawafiki tena,” alisema akiwa na huzuni.';

const MAIZE =
  'Bei ya mahindi imeshuka katika masoko ya nyanda za juu.\n\n' +
  '“Tunauza mahindi kwa hasara mwaka huu,” alisema mkulima Yona Mbeyela wa kijiji cha Lupembe.\n\n' +
  '“Mizani ya wanunuzi haiaminiki,” alisema mkazi wa Lupembe.';

const ROWS: KindCase[] = [
  ['sw: `,” alisema X Y, <role>.` is X Y with the role after the comma', RICE, 'Gunia moja', 'Zuhura Athumani', 'mkulima'],
  ['sw: `,” alisema.` (the subject in the verb) is the one just named', RICE, 'Hatuwezi kulima', 'Zuhura Athumani', ANY],
  ['sw: `<office>, Bw. X Y alisema: “…”` is X Y, the office his role and `Bw.` (Mr) no name', RICE, 'Serikali imeleta', 'Elia Makame', 'Afisa Kilimo'],
  ['sw: `,” alisema <a vendor> mmoja katika soko la Y.` is someone described, the market no person', RICE, 'Sisi wauzaji', DESCRIBED, null],
  ['sw: `Huko Y, X alisema …` then `,” alisema huku akicheka.`: the opening phrase of place is no name', RICE, 'Mahindi yanahitaji', 'Zuhura Athumani', ANY],
  ['sw: a split quote `“…,” alisema X, “…”` is X before the tag', RICE, 'Tutaandika barua', 'Elia Makame', ANY],
  ['sw: a split quote is X after the tag too', RICE, 'na tutafuatilia', 'Elia Makame', ANY],
  ['sw: `Chama cha Y kilisema:` is a body (its verb prefix ki-), no person', RICE, 'Tunataka bei', UNNAMED, null],
  ['sw: `Mhe. X Y, <role>, amesema: “…”` is X Y, `Mhe.` (Hon.) no name', CLINIC, 'Nitalifikisha bungeni', 'Saidi Lukindo', 'mbunge'],
  ['sw: `X alisisitiza: “…”` is the full name given before', CLINIC, 'Wananchi hawapaswi', 'Saidi Lukindo', ANY],
  ['sw: `Kwa mujibu wa Bi. X Y, <role>, “…”` (according to) is X Y', CLINIC, 'Tunapokea wagonjwa', 'Neema Kiwelu', 'muuguzi'],
  ['sw: `,” alieleza X Y, <role>.` (explained) is X Y', CLINIC, 'Tumeagiza dawa', 'Petro Mushi', 'mganga'],
  ['sw: `,” alisema mganga huyo.` (this doctor) is the one the text gave that office', CLINIC, 'Zitafika kabla', 'Petro Mushi', ANY],
  ['sw: `Mkazi mmoja …, ambaye hakutaka jina lake litajwe, alisema:` is someone unnamed', CLINIC, 'Mtoto wangu', UNNAMED, null],
  ['sw: `Halmashauri ya Wilaya imesema:` is a body, no person', CLINIC, 'Fedha za dawa', UNNAMED, null],
  ['sw: `,” anasema X Y, <role>.` (says) is X Y', FERRY, 'Tunavuka kwa', 'Halima Juma', 'mfanyabiashara'],
  ['sw: `<office> hicho, X Y, alihoji: “…”` (asked) is X Y', FERRY, 'Tunawezaje kusafiri', 'Yusufu Kombo', 'Nahodha'],
  ['sw: `,” aliongeza X.` (added) is the full name given before', FERRY, 'Tumeomba vipuri', 'Yusufu Kombo', ANY],
  ['sw: `Katika Bandari ya Y, X alisema …` then `,” alisema akiwa …`: the harbour is no name', FERRY, 'Wateja hawafiki', 'Halima Juma', ANY],
  ['sw: `,” alisema <occupation> X Y wa kijiji cha Z.` is X Y, the occupation and its village the role', MAIZE, 'Tunauza mahindi', 'Yona Mbeyela', 'mkulima'],
  ['sw: `,” alisema mkazi wa Z.` (a resident of Z) is someone described, the village no name', MAIZE, 'Mizani ya', DESCRIBED, null],
];
kindTable('Swahili tags, forms of address, bodies and unnamed speakers', ROWS);

// `Alisema: “…”` (he said, the sentence opening with the verb): the person just quoted (lang/sw.ts); a lone capitalised word before
// a colon is no name when isReportingVerbAlone (lang/index.ts) knows it as a verb, which asks Swahili and isiZulu too.
const HE_SAID =
  '“Tumeomba vipuri mara tatu,” alisema Yusufu Kombo, nahodha wa kivuko.\n\n' + 'Alisema: “Bila vipuri hatuwezi kuvuka kabisa.”';
kindTable('Swahili verb opening a sentence', [['sw: `Alisema: “…”` is the one just quoted, the verb no name', HE_SAID, 'Bila vipuri', 'Yusufu Kombo', ANY]]);
