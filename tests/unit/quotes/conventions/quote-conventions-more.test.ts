import { describe } from 'vitest';
import { NBSP, runConventions, type ConventionCase } from './table';

/** Second batch (written before its first run): partial quotes in other languages, hyphen dialogue, mixed marks. */
const MORE: ConventionCase[] = [
  ['de', 'partial quote, stop outside', 'Berg sagte, es sei „ein schwarzer Tag für die ganze Stadt“.', ['ein schwarzer Tag für die ganze Stadt']],
  ['de', 'low opener, straight closer', '„Wir sind zu allem bereit", sagte Berg am Montag.', ['Wir sind zu allem bereit']],
  ['fr', 'double marks nested in guillemets', '« Il m’a dit “jamais” et il est parti », raconte Marie Leroy.', ['Il m’a dit “jamais” et il est parti']],
  ['fr', 'unclosed quote after a colon', 'Il a ajouté : « Nous verrons bien ce que décidera le tribunal.', ['Nous verrons bien ce que décidera le tribunal.']],
  ['ar', 'partial quote after إن', 'قال الوزير إن "الوضع تحت السيطرة الكاملة".', ['الوضع تحت السيطرة الكاملة']],
  ['ja', 'a short quote before と述べた', '首相は記者団に「遺憾だ」と述べた。', ['遺憾だ']],
  ['zh', 'a short quote after a colon', '王明说：“不行。”', ['不行。']],
  ['he', 'geresh inside a quote', '"ג\'ורג\' לא הגיע לעבודה היום", אמר השוטר.', ['ג\'ורג\' לא הגיע לעבודה היום']],
  ['tr', 'quote before diye konuştu', 'Yılmaz, "Bu işi mutlaka bitireceğiz" diye konuştu.', ['Bu işi mutlaka bitireceğiz']],
  ['nl', 'two single-marked quotes around the tag', '‘We zijn klaar’, zegt De Vries. ‘Maar het duurt nog even.’', ['We zijn klaar', 'Maar het duurt nog even.']],
  ['cs', 'two quotes around the tag', '„Je to ostuda,“ dodal Novák. „Musíme to změnit.“', ['Je to ostuda,', 'Musíme to změnit.']],
  ['vi', 'quote after a colon', 'Ông An cho biết: “Chúng tôi đã sẵn sàng cho mùa mưa.”', ['Chúng tôi đã sẵn sàng cho mùa mưa.']],
  ['sv', 'dash speech going on in the next paragraph', 'Skolan stängs i juni.\n\n– Vi visste ingenting, säger Karin Ek.\n\n– Ingen ringde oss och ingen kom hit heller.', ['Vi visste ingenting', 'Ingen ringde oss och ingen kom hit heller.']],
  ['da', 'hyphen-minus as the dialogue dash', '- Vi har aldrig set noget lignende, siger borgmester Jens Hansen.', ['Vi har aldrig set noget lignende']],
  ['no', 'hyphen-minus as the dialogue dash', '- Dette er en alvorlig situasjon, sier ordfører Kari Nilsen.', ['Dette er en alvorlig situasjon']],
  ['pl', 'hyphen-minus as the dialogue dash', '- Nie wiemy, co będzie dalej - mówi Anna Nowak.', ['Nie wiemy, co będzie dalej']],
  ['he', 'an organisation’s name', 'ארגון "אור ירוק" פרסם היום דוח חדש.', []],
  ['ar', 'a film title', 'عرض فيلم "الرسالة" أمس في القاهرة.', []],
  ['de', 'apostrophes are no single marks', 'Die Gemeinde hat’s geschafft, sagt’s aber keinem.', []],
  ['da', 'hyphen-minus list bullets', 'Dagsorden:\n- Budget for næste år og de kommende.\n- Valg af formand for foreningen.', []],
  ['es', 'a result line after a dash', 'Resultados de la jornada:\n—Real Madrid 2, Betis 1.\n—Sevilla 0, Valencia 0.', []],
  ['de', 'quoted words in headline-like lines', 'Mehr zum Thema\n„Ampel“-Streit eskaliert weiter\nKanzler nennt Kritik „unfair“', []],
  ['fr', 'quote reopened around a named tag', '« Nous sommes prêts », a assuré le maire Paul Girard, « mais pas avant l’automne ».', ['Nous sommes prêts', 'mais pas avant l’automne']],
  ['it', 'quote reopened around a named tag', '«Siamo pronti», ha detto il sindaco Marco Rossi, «ma serve ancora tempo».', ['Siamo pronti', 'ma serve ancora tempo']],
  ['fr', 'straight marks set with spaces inside', '" Nous sommes prêts à discuter ", a dit Paul Girard.', ['Nous sommes prêts à discuter']],
  ['fr', 'a « quote reopened with » and a space at each paragraph', 'Il a dit : « Nous commençons en mars.\n\n» Cela prendra deux ans. »\n\nLa séance est levée.', ['Nous commençons en mars.\n\n» Cela prendra deux ans.']],
  ['sv', 'a » quote closed, then a new paragraph opening with a word', 'Hon sa: »Vi börjar i mars.»\n\nSedan gick hon hem till byn.', ['Vi börjar i mars.']],
  ['fr', 'straight marks closing before a comma stay apart', 'Il parle de "coup de force", de "mépris" et de "trahison" dans sa lettre.', []],
];

/** Counter-cases of the rules these cases brought (lang/incise.ts, naming-verbs.ts, quotative endings, hyphen dialogue). */
const COUNTER: ConventionCase[] = [
  ['pl', 'a parenthesis between dashes inside the speech stays in it', '„Ta decyzja – jak wszyscy dobrze wiemy – była zła” – powiedział Kowalski.', ['Ta decyzja – jak wszyscy dobrze wiemy – była zła']],
  ['fr', 'a parenthesis between commas inside the speech stays in it', '« Il faut, je crois, agir très vite », a dit Paul Girard.', ['Il faut, je crois, agir très vite']],
  ['de', 'a clause between commas that names no speaker stays in the speech', '»Das ist für uns kein Streik mehr, sondern ein Hilferuf, den niemand hören will«, sagte Anna Roth.', ['Das ist für uns kein Streik mehr, sondern ein Hilferuf, den niemand hören will']],
  ['it', 'a clause between a comma and a stop holding a name stays in the speech', '«Il rigore era netto, ma Marco deve ancora crescere. Ne riparleremo domani.»', ['Il rigore era netto, ma Marco deve ancora crescere. Ne riparleremo domani.']],
  ['ru', 'a dash inside the speech before the tag', '— Наша задача — помочь людям, — сказал министр Олег Белов.', ['Наша задача — помочь людям']],
  ['ko', 'a name called so, not said', '정부는 “창조 경제”라고 불리는 정책을 폈다.', []],
  ['ja', 'a name called so, not said', '「ドラえもん」と呼ばれる猫型ロボットが人気だ。', []],
  ['fr', 'one word after a verb of naming', 'Le maire a qualifié la décision de « scandaleuse ».', []],
  ['de', 'a title after a verb of naming', 'Sie nannte das Projekt „Neue Mitte Ost“.', []],
  ['pl', 'hyphen bullets with no tag', 'Program festynu:\n- Koncert na rynku o godzinie osiemnastej.\n- Pokaz sztucznych ogni nad rzeką.', []],
];

/**
 * Still missed (each a todo). Partial quotes after a verb of naming or saying in these languages: accepting them
 * (filter.ts reportsSpeech) found all of them, but 13 fixture pages then showed such phrases with no speaker or the
 * wrong one, because no reader takes the subject of `kalder`, `noemt`, `назвал`… yet. The second part of a quote
 * reopened after `a-t-il assuré` is a partial quote too, and "il" names no one here. The Finnish second quote's
 * speaker is one surname no reader resolves, and three words or fewer need a speaker.
 */
const KNOWN_MISSES: ConventionCase[] = [
  ['fr', 'quote closed and reopened around the tag', '« Nous sommes prêts », a-t-il assuré, « mais pas avant l’automne ».', ['Nous sommes prêts', 'mais pas avant l’automne']],
  ['it', 'quote closed and reopened around the tag', '«Siamo pronti», ha detto il sindaco, «ma serve ancora tempo».', ['Siamo pronti', 'ma serve ancora tempo']],
  ['ru', 'partial quote after назвал', 'Министр назвал это решение «ошибкой, которую придётся долго исправлять».', ['ошибкой, которую придётся долго исправлять']],
  ['el', 'partial quote after a verb of naming', 'Ο υπουργός χαρακτήρισε την απόφαση «λάθος που θα πληρώσουμε όλοι».', ['λάθος που θα πληρώσουμε όλοι']],
  ['hu', 'partial quote after szerint', 'A miniszter szerint a döntés „hiba volt, amit ki kell javítani”.', ['hiba volt, amit ki kell javítani']],
  ['fr', 'partial quote after a verb of naming', `Le maire a qualifié la décision de «${NBSP}faute grave et irréparable${NBSP}».`, ['faute grave et irréparable']],
  ['es', 'partial quote after que', 'El ministro aseguró que la medida es "un paso necesario para el país".', ['un paso necesario para el país']],
  ['fi', 'two quotes around the tag', '”Tämä on hyvä päivä”, sanoi Virtanen. ”Jatkamme huomenna.”', ['Tämä on hyvä päivä', 'Jatkamme huomenna.']],
];

describe('quote conventions: second batch', () => {
  runConventions(MORE);
  runConventions(COUNTER);
});

describe('quote conventions: known misses', () => {
  runConventions(KNOWN_MISSES, { fails: true });
});
