import { describe, it } from 'vitest';
import { check, type Expected } from './salience-check';

/**
 * A second batch, written after the first mechanisms landed, to probe their breadth: other shapes of the same
 * introductions, more languages (Danish, Norwegian, Ukrainian, Polish, Korean, Turkish) and more counter-cases.
 */
describe('salience of a newly introduced person: breadth', () => {
  it.each([
    [
      'en: an unnamed woman introduced in the quote\'s own paragraph, a woman quoted before',
      'Helen Carter, the mayor, said repairs would start soon. "We have the contractors lined up," Carter said.\n\nA retired teacher who has lived on the estate for 40 years said the lifts had been broken since spring. "We are prisoners in our own homes," she said.',
      'We are prisoners',
      'DESC',
    ],
    [
      'en counter: "One resident, X," names the resident',
      'Helen Carter, the mayor, said repairs would start soon. "We have the contractors lined up," Carter said.\n\nOne resident, Mark Ellison, said he had heard it all before.\n\n"Nothing ever changes here," he said.',
      'Nothing ever',
      'Mark Ellison',
    ],
    [
      'en counter: a named man after the unnamed one takes "he"',
      'Helen Carter, the mayor, said repairs would start soon. "We have the contractors lined up," Carter said.\n\nA caretaker on the estate said the parts had been ordered. Council engineer Paul Dobbs confirmed the delay.\n\n"The lift parts come from Italy," he said.',
      'The lift parts',
      'Paul Dobbs',
    ],
    [
      'en: "the woman added" after "One woman, who did not want to be named,"',
      'Tom Baxter, the union leader, said the strike would go ahead. "We have no choice," Baxter said.\n\nOne woman, who did not want to be named, said she could not afford to lose a week of pay.\n\n"I have three children to feed," the woman added.',
      'I have three',
      'DESC',
    ],
    [
      'en counter: "An hour later" brings in no one',
      'Tom Baxter, the union leader, said the talks had failed. "We have no choice," Baxter said.\n\nAn hour later the management issued a short statement.\n\n"We remain open to talks," he said.',
      'We remain open',
      'Tom Baxter',
    ],
    [
      'de: "Eine 45-jährige Mutter" then "sagt sie", a woman quoted before',
      'Schulleiterin Petra Lang sagte, der Unterricht falle nicht aus. „Wir finden eine Lösung“, sagte Lang.\n\nEine 45-jährige Mutter aus Neudorf wartet seit einer Stunde vor dem Tor.\n\n„Keiner hat uns informiert“, sagt sie.',
      'Keiner hat uns',
      'DESC',
    ],
    [
      'fr: "lâche-t-il" after "Un chauffeur de taxi, rencontré devant la gare"',
      'Le maire Paul Girard a défendu les travaux. « Ils seront finis en juin », a-t-il assuré.\n\nUn chauffeur de taxi, rencontré devant la gare, attend depuis deux heures.\n\n« Je n\'ai pas eu un client de la matinée », lâche-t-il.',
      'Je n\'ai pas eu',
      'DESC',
    ],
    [
      'es: "lamenta" after "Un agricultor de la zona, que prefiere no dar su nombre"',
      'El ministro Andrés Vidal visitó la comarca. "Las ayudas llegarán este mes", aseguró Vidal.\n\nUn agricultor de la zona, que prefiere no dar su nombre, perdió toda la cosecha de cereal.\n\n"Aquí no ha llegado nada todavía", lamenta.',
      'Aquí no ha',
      'DESC',
    ],
    [
      'it: "spiega" after "Una madre di due figli"',
      'L\'assessore Luca Moretti ha presentato il piano. «Le scuole riapriranno lunedì», ha detto Moretti.\n\nUna madre di due figli aspetta davanti al cancello della scuola.\n\n«Nessuno ci ha detto niente», spiega.',
      'Nessuno ci ha detto',
      'DESC',
    ],
    [
      'pt: "diz" after "Um morador de 70 anos"',
      'A secretária Ana Paula Reis anunciou obras na rua. "Começamos na segunda-feira", disse Ana Paula Reis.\n\nUm morador de 70 anos mora na rua há quatro décadas.\n\n"Já ouvi essa promessa muitas vezes", diz.',
      'Já ouvi essa',
      'DESC',
    ],
    [
      'nl: "zegt ze" after "Een 34-jarige moeder uit Utrecht"',
      'Wethouder Anouk Jansen zei dat de opvang open blijft. "Daar staan we voor", zei Jansen.\n\nEen 34-jarige moeder uit Utrecht staat al jaren op de wachtlijst.\n\n"Ik kan niet meer werken", zegt ze.',
      'Ik kan niet',
      'DESC',
    ],
    [
      'sv: "säger mannen" after "En man i 60-årsåldern"',
      'Kommunalrådet Karin Sjöberg säger att bron ska lagas.\n\n– Vi har avsatt pengar, säger Karin Sjöberg.\n\nEn man i 60-årsåldern cyklar över bron varje dag.\n\n– Den gungar när lastbilarna kör, säger mannen.',
      'Den gungar',
      'DESC',
    ],
    [
      'da: "siger hun" after "En kvinde", a woman quoted before',
      'Borgmester Lone Madsen siger, at skolen bliver bygget.\n\n– Pengene er på plads, siger Lone Madsen.\n\nEn kvinde, der bor ved siden af grunden, er bekymret for støjen.\n\n– Vi får ingen ro i to år, siger hun.',
      'Vi får ingen',
      'DESC',
    ],
    [
      'no: "sier han" after "En eldre mann"',
      'Ordfører Kari Holm sier at veien skal utbedres.\n\n– Arbeidet starter i mai, sier Kari Holm.\n\nEn eldre mann som går tur med hunden, har ventet i årevis.\n\n– Jeg tror det når jeg ser det, sier han.',
      'Jeg tror det',
      'DESC',
    ],
    [
      'ru: "говорит женщина" after "Местная жительница"',
      'Глава поселка Андрей Волков пообещал починить мост. «Деньги уже есть», — сказал Волков.\n\nМестная жительница каждый день ходит через мост на работу.\n\n«Он качается под ногами», — говорит женщина.',
      'Он качается',
      'DESC',
    ],
    [
      'uk: "каже вона" after "Одна з мешканок", a woman quoted before',
      'Голова громади Оксана Мельник пообіцяла відремонтувати дах. «Гроші вже виділені», — сказала Мельник.\n\nОдна з мешканок будинку розповіла, що дах тече третій рік.\n\n«Ми підставляємо відра», — каже вона.',
      'Ми підставляємо',
      'DESC',
    ],
    [
      'pl: "mówi ona" after "Jedna z mieszkanek", a woman quoted before',
      'Burmistrz Anna Nowak zapowiedziała remont drogi. „Pieniądze są zabezpieczone” — powiedziała Nowak.\n\nJedna z mieszkanek ulicy czeka na remont od dziesięciu lat.\n\n„Nikt nas nie słucha” — mówi ona.',
      'Nikt nas nie',
      'DESC',
    ],
    [
      'ar: "يقول" after "وقال أحد السكان"',
      'قالت الوزيرة هدى سليمان إن الكهرباء ستعود غدا. وأضافت سليمان: "الفرق تعمل طوال الليل".\n\nوقال أحد السكان إن الحي بقي بلا كهرباء ثلاثة أيام.\n\n"لم نعد نحتمل هذا الوضع أبدا"، يقول.',
      'لم نعد نحتمل',
      'DESC',
    ],
    [
      'he: "היא אומרת" after "אחת התושבות סיפרה"',
      'ראש העיר משה כהן אמר כי הגן ייפתח בקרוב. "אנחנו בסוף העבודות", אמר כהן.\n\nאחת התושבות סיפרה כי הילדים שלה מחכים כבר שנה.\n\n"אין לנו לאן ללכת עם הילדים", היא אומרת.',
      'אין לנו לאן',
      'DESC',
    ],
    [
      'ja: "と話した" after "近所に住む男性は"',
      '佐藤花子町長は「来月には再開したい」と述べた。\n\n近所に住む60代の男性は、毎日この道を使っているという。\n\n「早く直してほしい」と話した。',
      '早く直してほしい',
      'DESC',
    ],
    [
      'zh: "她说" after "一位女士表示"',
      '镇长刘志强表示，道路将在下月修好。“资金已经到位，”刘志强说。\n\n一位在附近开店的女士表示，生意受到很大影响。\n\n“这个月几乎没有客人，”她说。',
      '这个月几乎',
      'DESC',
    ],
    [
      'ko: "라고 말했다" after "한 주민은"',
      '김영수 구청장은 "다음 달까지 공사를 마치겠다"고 말했다.\n\n한 주민은 공사 소음 때문에 잠을 잘 수 없다고 호소했다.\n\n"밤마다 기계 소리가 들린다"라고 말했다.',
      '밤마다 기계',
      'DESC',
    ],
    [
      'en: "For X," sets the person the sentence is about before it: her "she" wins over the woman quoted before',
      'Priya Nandakumar, the council member for the ward, said rents would be reviewed. "We hear the stallholders," she said.\n\nMadam Lee Swee Lan has sold noodles at the market for 30 years.\n\nFor Madam Lee, the worry is simpler. "I have two more years, maybe three," she said.',
      'I have two more',
      'Lee Swee Lan',
    ],
    [
      'nl: a name after an inverted verb and "ook", then a quote standing alone, is that person\'s',
      'Wethouder Pieter Smit zei dat de haven open blijft. "We praten met iedereen", zei hij.\n\nBij de ingang van de terminal staat ook Noor de Graaf, die sinds maart als sjorder werkt. "Met twee kinderen kan ik geen drie nachten per week werken."',
      'Met twee kinderen',
      'Noor de Graaf',
    ],
    [
      'nl counter: a name after "van" is no inverted subject; the quote standing alone is not hers',
      'Wethouder Pieter Smit zei dat de haven open blijft. "We praten met iedereen", zei hij.\n\nBij de ingang van de terminal staat ook een bus van Noor de Graaf. "Met twee kinderen kan ik geen drie nachten per week werken."',
      'Met twee kinderen',
      '!Noor de Graaf',
    ],
    [
      'de: a name after "wartet auch" at the gate, then "sagt sie"',
      'Schulleiter Martin Vogel sagte, der Unterricht beginne pünktlich. „Wir sind bereit“, sagte Vogel.\n\nAm Eingang wartet auch Lena Hofbauer, deren Sohn in die erste Klasse kommt.\n\n„Er hat die ganze Nacht nicht geschlafen“, sagt sie.',
      'Er hat die ganze',
      'Lena Hofbauer',
    ],
    [
      'en counter: "A reporter asked him" — the one asked answers, not the unnamed asker',
      'Donald Reyes spoke for an hour at the plant. "We will bring the jobs back," Reyes said.\n\nA reporter asked him about his taxes. "I pay every cent I owe," he said.',
      'I pay every',
      'Donald Reyes',
    ],
    [
      'en counter: "A voter … asked X whether", then "he said" in the next paragraph is X answering',
      'Donald Reyes spoke for an hour at the plant. "We will bring the jobs back," Reyes said.\n\nA voter in the front row asked Reyes whether he would cut taxes.\n\n"Absolutely, and fast," he said.',
      'Absolutely, and fast',
      'Donald Reyes',
    ],
    [
      'en counter: "A heckler shouted at her" — "she" is still the woman speaking',
      'Hillary Brandt spoke for an hour in Toledo. "We will win this state," Brandt said.\n\nA heckler shouted at her from the back of the hall. "We will not be stopped," she said.',
      'We will not be',
      'Hillary Brandt',
    ],
    [
      'en counter: an unnamed person a sentence only acts upon (passive) is not who speaks next',
      'Donald Reyes spoke for an hour at the plant. "We will bring the jobs back," Reyes said.\n\nA protester in the crowd was escorted out by security. "Get him out of here," he said.',
      'Get him out',
      'Donald Reyes',
    ],
    [
      'es counter: "Un hombre fue detenido" brings in no speaker; the subject-less verb stays with the mayor',
      'El alcalde Javier Morales pidió calma tras los disturbios. "La ciudad no se rendirá", dijo Morales.\n\nUn hombre fue detenido durante la noche por lanzar piedras.\n\n"La policía actuó con rapidez", añadió.',
      'La policía actuó',
      'Javier Morales',
    ],
    [
      'it: a place, an inverted verb and "da quarant’anni" before the name: she is who "racconta"',
      'Il sindaco Marco Bellini ha parlato di emergenza. «Serve aiuto dallo Stato», ha detto Bellini.\n\nA Borgo San Pietro vive da quarant’anni Marta Ricci, pensionata, che ha perso la cantina.\n\n«L’acqua è arrivata fino al soffitto», racconta.',
      'L’acqua è arrivata',
      'Marta Ricci',
    ],
    [
      'es: "En la calle Mayor vive desde hace treinta años X" then "cuenta"',
      'El alcalde Javier Morales pidió calma. "La ciudad no se rendirá", dijo Morales.\n\nEn la calle Mayor vive desde hace treinta años Ana López, jubilada, que lo perdió todo.\n\n"El agua llegó hasta el techo", cuenta.',
      'El agua llegó',
      'Ana López',
    ],
    [
      'en: "Among those waiting was X" then "she said"',
      'Helen Carter, the mayor, said repairs would start soon. "We have the contractors lined up," Carter said.\n\nAmong those waiting was Grace Obi, a mother of three who moved to the estate in 2009.\n\n"My children have never known it any other way," she said.',
      'My children have',
      'Grace Obi',
    ],
    [
      'es counter: "saludó al alcalde X" is an object; "añadió" stays with the director',
      'La directora Elena Castro inauguró la biblioteca. "Es un sueño cumplido", dijo Castro.\n\nEn la ceremonia saludó al alcalde Juan Pérez y a los vecinos.\n\n"Sin ellos no habría sido posible", añadió.',
      'Sin ellos no',
      'Elena Castro',
    ],
    [
      'en counter: "In 2019 the council hired X": English keeps its subject first, X is an object',
      'Helen Carter, the mayor, said repairs would start soon. "We have the contractors lined up," Carter said.\n\nIn 2019 the council hired Jane Doherty to run the estate.\n\n"We are doing our best," she said.',
      'We are doing',
      'Helen Carter',
    ],
    [
      'pt counter: "No bairro X," names a place after its noun, no inverted subject',
      'O secretário Paulo Mendes anunciou a vacinação. "Vamos abrir dez postos", disse Mendes.\n\nNo bairro Vila Esperança, o mais atingido, as filas começaram cedo.\n\n"Esperamos desde as seis da manhã", relata.',
      'Esperamos desde',
      '!Vila Esperança',
    ],
    [
      'tr: "diyor" after "Bir esnaf"',
      'Belediye Başkanı Mehmet Yılmaz yolun yakında açılacağını söyledi. "Çalışmalar sürüyor" dedi Yılmaz.\n\nBir esnaf, yol kapalı olduğu için müşterilerinin azaldığını anlattı.\n\n"Bu ay hiç satış yapamadım" diyor.',
      'Bu ay hiç',
      'DESC',
    ],
  ] as Array<[string, string, string, Expected]>)('%s', (_name, text, opening, expected) => {
    check(text, opening, expected);
  });
});
