// Kinds a new private set of invented articles showed in the thirteenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

const MAYOR = 'Bürgermeisterin Anna Huber eröffnete die Brücke. „Wir haben lange gewartet“, sagte Huber.\n\n';

/** A place, a verb-second verb and a name ending the sentence: the name is its subject (inverted-subject.ts). */
const PLACE_VERB_NAME: KindCase[] = [
  ['de: `Am Ufer steht X Y.`, then an untagged quote', `${MAYOR}Am Ufer steht Josef Maier. „Die Fische sind weniger geworden.“`, 'Die Fische', 'Josef Maier', null],
  ['de: the same, then `sagt er`', `${MAYOR}Am Ufer steht Josef Maier. „Die Fische sind weniger geworden“, sagt er.`, 'Die Fische', 'Josef Maier', null],
  ['nl: `Bij de sluis wacht X Y.`, then an untagged quote', 'Wethouder Els Jansen opende de brug. ‘We hebben lang gewacht’, zei Jansen.\n\nBij de sluis wacht Kees Bos. ‘Er varen minder boten dan vroeger.’', 'Er varen', 'Kees Bos', null],
  ['counter-case de: a pronoun subject, the name its object', `${MAYOR}Am Ufer grüßt sie Josef Maier. „Die Brücke ist schön“, sagt sie.`, 'Die Brücke', 'Anna Huber', ANY],
  ['counter-case de: a subject before the verb, the name its object', `${MAYOR}Am Ufer trifft die Bürgermeisterin Josef Maier. „Die Brücke ist schön“, sagt sie.`, 'Die Brücke', 'Anna Huber', ANY],
];

/** Hyphens printed for dialogue dashes: once a hyphen line has its own tag, an untagged one goes on as a dash line does (lang/dialogue.ts). */
const HYPHEN_DIALOGUE: KindCase[] = [
  ['da: an untagged hyphen line after a tagged one', 'Vejen har været lukket i et år.\n\n- Vi har ventet i årevis, siger borgmester Lone Berg.\n\n- Nu skal vejen endelig bygges. Det glæder mig meget for byen.', 'Nu skal vejen', 'Lone Berg', ANY],
  ['no: an untagged hyphen line after a paragraph introducing one person', '- Vi har ventet lenge, sier ordfører Kari Nes.\n\nSkipper Ola Vik har fisket i fjorden i førti år.\n\n- Det er færre fisk nå enn da jeg var ung, og prisene har falt.', 'Det er færre', 'Ola Vik', ANY],
  ['da: `Sådan lyder det fra X`, a first-time full name, cuts an untagged hyphen line', '- Vi har ventet i årevis, siger borgmester Lone Berg.\n\n- Der er ingen grund til at vente længere med vejen. Sådan lyder det fra Peter Dahl, formand for borgerforeningen.', 'Der er ingen grund', 'Peter Dahl', ANY],
  ['nl: `Zo klinkt het bij X` names someone for the first time', 'Wethouder Els Jansen opende de brug. ‘We hebben lang gewacht’, zei Jansen.\n\n‘Het water stijgt elk jaar een beetje.’ Zo klinkt het bij Anouk Visser, die al veertig jaar aan de dijk woont.', 'Het water stijgt', 'Anouk Visser', null],
  ['counter-case da: an untagged hyphen line after prose naming no one, the page\'s hyphens never tagged', 'Vejen har været lukket i et år.\n\nBorgmester Lone Berg og Peter Dahl mødtes i går.\n\n- Nu skal vejen endelig bygges. Det glæder mig meget for byen.\n\n- Vi har ventet i årevis, siger Berg.', 'Vi har ventet', 'Lone Berg', ANY],
];

/** The role read before a name: a tag's verb of saying before it is none of it; a clause whose object the name is is no role (lang/role-lead-trim.ts). */
const ROLE_LEADS: KindCase[] = [
  ['da: a clause ending in `på` before the name is no role', 'Borgmester Lone Berg lovede en ny vej. - Vejen kommer, siger Berg.\n\nDet gør ikke meget indtryk på Peter Dahl, der ejer kroen.\n\n- Jeg har hørt det før, siger Peter Dahl.', 'Jeg har hørt', 'Peter Dahl', null],
  ['counter-case da: a role before the name stays', 'Borgmester Lone Berg lovede en ny vej.\n\n- Jeg har hørt det før, siger kroejer Peter Dahl.', 'Jeg har hørt', 'Peter Dahl', 'kroejer'],
];

/** A sentence after the quote that points back at it and names someone for the first time (next-sentence-unnamed.ts), and abbreviated ranks before a name (rank-abbreviations.ts). */
const POINTED_BACK_AND_RANKS: KindCase[] = [
  ['fr: `Ces mots sont ceux du député …, X Y,`', 'Le conseil a voté le budget lundi.\n\n« Nous avons assez attendu ce pont. » Ces mots sont ceux du député de la circonscription, Marc Lefebvre, venu à la séance.', 'Nous avons assez', 'Marc Lefebvre', ANY],
  ['pt: `Quem o diz é X`', 'A câmara aprovou o orçamento.\n\n«Esperámos demasiado tempo por esta ponte.» Quem o diz é Rui Almeida, presidente da junta de freguesia.', 'Esperámos demasiado', 'Rui Almeida', ANY],
  ['ro: `ne-a explicat prof. X`', 'Consiliul a votat bugetul luni.\n\n„Podul va fi gata până în iarnă”, ne-a explicat prof. Mihai Ionescu, de la universitatea locală.', 'Podul va fi', 'Mihai Ionescu', ANY],
  ['it: `ha spiegato l’ing. X`', 'Il consiglio ha approvato il bilancio.\n\n«Il ponte sarà pronto entro l’inverno», ha spiegato l’ing. Marco Bianchi, direttore dei lavori.', 'Il ponte sarà', 'Marco Bianchi', ANY],
  ['es: `La denuncia pertenece al concejal X Y`', '«Las obras terminarán en mayo», dijo el intendente, Raúl Ferreyra.\n\n«El hospital lleva dos años sin tomógrafo». La denuncia pertenece al concejal Tomás Villalba, del bloque opositor.', 'El hospital lleva', 'Tomás Villalba', 'concejal'],
  ['fr: `La charge vient de X Y, chef de …`', '« On regroupe deux écoles », insiste le maire, Luc Delvaux.\n\n« Ce collège a tout décidé seul. » La charge vient de Sophie Marchal, cheffe de l’opposition, qui réclame un vote.', 'Ce collège a tout', 'Sophie Marchal', ANY],
  ['counter-case fr: `La critique vient de Bruxelles`, a place, no one named: the speaker before', '« Nous tiendrons le budget », a déclaré la ministre Claire Dumont.\n\n« Nous tiendrons le cap. » La critique vient de Bruxelles, où la Commission doute.', 'Nous tiendrons le cap', 'Claire Dumont', ANY],
  ['de: `„…“ Das versicherte Landesrat X Y am Montag`', '„Wir haben lange gewartet“, sagte Bürgermeister Karl Huber.\n\n„Das Land lässt die Gemeinde nicht allein.“ Das versicherte Verkehrslandesrat Peter Gruber am Montag in Hallstein.', 'Das Land lässt', 'Peter Gruber', ANY],
  ['counter-case de: `Das sagte er` names no one new: the speaker before', '„Wir haben lange gewartet“, sagte Bürgermeister Karl Huber.\n\n„Das Land lässt die Gemeinde nicht allein.“ Das sagte er am Montag in Hallstein.', 'Das Land lässt', 'Karl Huber', ANY],
  ['counter-case pt: `Quem o diz` asking, no one named', 'A câmara aprovou o orçamento.\n\n«Esperámos demasiado tempo por esta ponte», disse o presidente Rui Almeida. Quem o diz sabe do que fala.', 'Esperámos demasiado', 'Rui Almeida', ANY],
];

/** A demonstrative's description ending on a preposition and a capital: a place, the person just named speaks (lang/demonstrative-opening.ts). */
const DEMONSTRATIVE_PLACE: KindCase[] = [
  ['fr: `Ce papa … scolarisés à Y a lancé …`, then an untagged quote', '« On regroupe deux écoles », insiste le maire, Luc Delvaux.\n\nPierre Lambot ne décolère pas. Ce père de trois enfants inscrits à Montrieux a lancé une pétition.\n\n« Pour nos petits, ce sera une heure de car par jour. »', 'Pour nos petits', 'Pierre Lambot', ANY],
  ['es: `Esta vecina de … en Y ha reunido …`, then an untagged quote', '«Las obras terminarán en mayo», dijo el intendente, Raúl Ferreyra.\n\nMarta Giménez está cansada. Esta vecina del barrio de Villa Alegre ha reunido cien firmas.\n\n«Llevamos tres meses sin agua por la tarde.»', 'Llevamos tres meses', 'Marta Giménez', ANY],
  ['counter-case fr: the description, then the name in commas', '« On regroupe deux écoles », insiste le maire, Luc Delvaux.\n\nCe père de trois enfants, Pierre Lambot, a lancé une pétition.\n\n« Pour nos petits, ce sera une heure de car par jour. »', 'Pour nos petits', 'Pierre Lambot', ANY],
];

/** "Accuses" as a verb of saying after the words (pt, es, fr lists; not Italian, where `accusa il sindaco X` before the words has the mayor as its object). */
const ACCUSES: KindCase[] = [
  ['pt: `“…”, acusa o presidente da Câmara, X Y`', 'A Câmara votou ontem.\n\n“É uma decisão tomada em Lisboa”, acusa o presidente da Câmara de Vale Fundo, Nuno Pires.', 'É uma decisão', 'Nuno Pires', ANY],
  ['es: `«…», acusó el intendente, X Y`', 'El concejo votó ayer.\n\n«Es una decisión tomada en la capital», acusó el intendente, Raúl Ferreyra.', 'Es una decisión', 'Raúl Ferreyra', ANY],
  ['fr: `« … », accuse le maire de …, X Y`', 'Le conseil a voté hier.\n\n« C’est une décision prise à Paris », accuse le maire de Montrieux, Paul Girard.', 'C’est une décision', 'Paul Girard', ANY],
  ['counter-case pt: `acusa` in a relative clause after the tag: the one who said it', 'A Câmara votou ontem.\n\n“É uma decisão tomada em Lisboa”, disse Ana Costa, que acusa o Governo de atrasos.', 'É uma decisão', 'Ana Costa', ANY],
];

/** Turkish: hyphened words in the clause before `X, şunları söyledi:` (lang/tr.ts SUBJECT). */
const TURKISH_HYPHENED_LEAD: KindCase[] = [
  ['tr: `… yap-işlet-devret modeliyle … belirten X, şunları söyledi:`', 'Belediye Başkanı Serkan Aydoğdu dün konuştu.\n\nLimanın yap-işlet-devret modeliyle kurulacağını belirten Aydoğdu, şunları söyledi: "Balıkçıları asla mağdur etmeyeceğiz."', 'Balıkçıları asla', 'Serkan Aydoğdu', ANY],
  ['counter-case tr: a hyphened time and a place before the colon: no one', 'Belediye Başkanı Serkan Aydoğdu dün konuştu. "Marinayı mutlaka yapacağız" dedi.\n\nKış-yaz sezonu boyunca Karaçay, kalabalık oldu: "Otellerimiz her hafta doldu."', 'Otellerimiz her', UNNAMED, ANY],
];

/** German verb-second with `er`/`sie` right after the verb: the pronoun is the subject, the opening noun no one (lang/opening-person.ts). */
const GERMAN_PRONOUN_SUBJECT: KindCase[] = [
  ['de: `Eine Zusage … wollte er nicht machen.`, then `sagte er`', '„Die Gemeinde wird nicht allein gelassen“, sagte Landesrat Peter Gruber am Montag.\n\nEine Zusage über neue Förderungen wollte er aber nicht machen. „Wir prüfen alle Varianten“, sagte er.', 'Wir prüfen alle', 'Peter Gruber', ANY],
  ['counter-case de: `Eine Pendlerin wartet … und friert.`, then `sagt sie`: the woman brought in', '„Die Gemeinde wird nicht allein gelassen“, sagte Landesrat Peter Gruber am Montag.\n\nEine Pendlerin wartet am Bahnsteig und friert. „Der Zug kommt nie pünktlich“, sagt sie.', 'Der Zug kommt', DESCRIBED, ANY],
];

/** Korean: a body's name before the person in the sentence after a standalone quote (lang/next-sentence.ts KOREAN). */
const KOREAN_BODY_FIRST: KindCase[] = [
  ['ko: `“…” ○○군의회 X 의원의 말이다.`', '“버스가 없어졌다.” 최동욱 군수는 이렇게 말했다.\n\n“주민 의견을 제대로 듣지 않았다.” 청솔군의회 한미래 의원의 말이다.', '주민 의견을', '한미래', ANY],
  ['counter-case ko: the quote tagged in its own sentence, a council member in the next', '“버스가 없어졌다”라고 최동욱 군수가 말했다. 청솔군의회 한미래 의원은 반대했다.', '버스가 없어졌다', '최동욱', ANY],
];

/** Hebrew: `ש` "that" fused with the article after a verb of saying opens a clause, no name (lang/he.ts stop). */
const HEBREW_THAT_CLAUSE: KindCase[] = [
  ['he: `X, מצידה, אומרת שה… . "…"`', 'נועה ברק, אם לשניים, מובילה את המאבק. "הילדים חוצים כביש מסוכן", היא אומרת.\n\nברק, מצידה, אומרת שההפגנה תתקיים כמתוכנן. "אם הרמזור לא יותקן, נעמוד על הכביש."', 'אם הרמזור', 'נועה ברק', ANY],
  ['he: `X, מצידה, אומרת …` after another speaker: her, not the one quoted last', 'נועה ברק, אם לשניים, מובילה את המאבק. "הילדים חוצים כביש מסוכן", היא אומרת.\n\n"נתקין רמזור עד הקיץ", אמרה ראש העירייה רונית לוי.\n\nברק, מצידה, אומרת כי ההפגנה תתקיים. "אם הרמזור לא יותקן, נעמוד על הכביש."', 'אם הרמזור', 'נועה ברק', ANY],
  ['counter-case he: a name opening with ש after the verb', '"הכביש מסוכן", אמר ראש העיר דני כהן.\n\n"אנחנו נמשיך להפגין עד שיתקינו רמזור", אומרת שרה לוי, אם לשלושה.', 'אנחנו נמשיך', 'שרה לוי', ANY],
];

/** Chinese: `「…」說這話的是 <role><name>` names the speaker in the next sentence (lang/next-sentence.ts). */
const CHINESE_SAID_IT: KindCase[] = [
  ['zh-Hant: `「…」說這話的是鎮民代表X`', '「我們不反對遷建。」鎮長林志明說。\n\n「經費高達三億元，卻看不到交通配套。」說這話的是鎮民代表張家豪，他投下反對票。', '經費高達', '張家豪', '鎮民代表'],
  ['zh-Hans: `“…”说这话的是镇人大代表X`', '“我们不反对搬迁。”镇长林志明说。\n\n“经费高达三亿元，却看不到交通配套。”说这话的是镇人大代表张家豪，他投下反对票。', '经费高达', '张家豪', ANY],
  ['counter-case zh: `說這話的是他`, a pronoun: the speaker before', '「我們不反對遷建。」鎮長林志明說。\n\n「經費高達三億元。」說這話的是他，不是別人。', '經費高達', '林志明', ANY],
];

/** Japanese: lamenting and grumbling close a quote (lang/ja.ts VERB). */
const JAPANESE_LAMENTS: KindCase[] = [
  ['ja: `「…」と大森さんは嘆く`', '猟友会支部長の大森辰夫さん（71）は話す。\n\n　会員は18人に減った。「高齢化で、駆除の要請に応え切れない」と大森さんは嘆く。', '高齢化で', '大森辰夫', ANY],
  ['ja: `「…」と農家のXさんはこぼした`', '「もう限界だ」と農家の佐藤健一さん（58）はこぼした。', 'もう限界だ', '佐藤健一', ANY],
  ['counter-case ja: `嘆き` as a noun in the sentence before, the quote tagged by its own speaker', '住民の嘆きは深い。「道が直らない」と自治会長の山本一郎さんは話した。', '道が直らない', '山本一郎', ANY],
];

kindTable('s21: a place and a verb-second verb before a name ending the sentence', PLACE_VERB_NAME);
kindTable('s21: hyphens as dialogue dashes', HYPHEN_DIALOGUE);
kindTable('s21: roles read before a name', ROLE_LEADS);
kindTable('s21: pointed back at, and ranks abbreviated', POINTED_BACK_AND_RANKS);
kindTable('s21: a demonstrative description ending on a place', DEMONSTRATIVE_PLACE);
kindTable('s21: accuses', ACCUSES);
kindTable('s21: Turkish hyphened lead', TURKISH_HYPHENED_LEAD);
kindTable('s21: German pronoun subject after the verb', GERMAN_PRONOUN_SUBJECT);
kindTable('s21: Korean body before the person', KOREAN_BODY_FIRST);
kindTable('s21: Hebrew that-clause after the verb', HEBREW_THAT_CLAUSE);
kindTable('s21: Chinese said-it cleft', CHINESE_SAID_IT);
kindTable('s21: Japanese laments', JAPANESE_LAMENTS);

describe('s21: roles and hyphen lists, exactly', () => {
  it('a tag\'s verb of saying is left out of the role a later `siger hun` carries', () => {
    const quotes = findQuotes('- Det er en trist dag for byen, siger formand for grundejerforeningen Mette Holm.\n\n- Vi må kæmpe videre for skolen, siger hun.');
    expect(quotes.map((quote) => quote.role)).toEqual(['formand for grundejerforeningen', 'formand for grundejerforeningen']);
  });
  it('hyphen lines on a page whose hyphens no tag follows stay a list', () => {
    expect(findQuotes('Program for dagen på torvet.\n\n- Klokken ti åbner markedet med musik og dans for alle.\n\n- Klokken tolv serveres der suppe for alle gæster i teltet.')).toEqual([]);
  });
});
