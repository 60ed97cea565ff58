// A speaker's name is exactly the person's name: no role noun, place, preposition or determiner glued
// before it, no first name lost to the role, in every language. Invented sentences and names.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/**
 * [what the case shows, the text, the speaker of the first quote, the role].
 * The role is checked as a case-insensitive part of the quote's role, `null` as no role, and left
 * unchecked when omitted. A speaker written `!X` must only not be X (a place is nobody).
 */
type BoundsCase = [name: string, text: string, speaker: string | null, role?: string | null];

function checkCase(text: string, speaker: string | null, role?: string | null): void {
  const quotes = findQuotes(text);
  expect(quotes.length, 'a quote is found').toBeGreaterThan(0);
  const first = quotes[0]!;
  if (speaker?.startsWith('!')) expect(first.speaker).not.toBe(speaker.slice(1));
  else expect(first.speaker).toBe(speaker);
  if (role === undefined) return;
  if (role === null) expect(first.role).toBeNull();
  else expect((first.role ?? '').toLowerCase()).toContain(role.toLowerCase());
}

const table = (title: string, cases: BoundsCase[]) =>
  describe(title, () => {
    it.each(cases)('%s', (_name, text, speaker, role) => checkCase(text, speaker, role));
  });

table('English: a role or common noun before the name is not the name', [
  ['a sentence-initial position noun', 'Fullback Aroha Beispiel scored twice. “We never stopped running,” Beispiel said.', 'Aroha Beispiel', 'fullback'],
  ['a trade opening a sentence', 'Paramedic Ana Sample worked through the night. “They are all very tired,” Sample said.', 'Ana Sample', 'paramedic'],
  ['a lot in life opening a sentence', 'Widow Mary Tester, 88, lives alone. “Nobody comes by any more,” Tester said.', 'Mary Tester', 'widow'],
  ['counter-case: a three-word name written whole twice stays whole', 'Mary Ann Tester carved the new gate. “It took a whole year,” Mary Ann Tester said.', 'Mary Ann Tester'],
  ['counter-case: two family names written alone later keep the given name', 'Pedro Ejemplo Prueba opened the school. “It took a whole year,” Ejemplo Prueba said.', 'Pedro Ejemplo Prueba'],
  ['a trade the article also writes in lower case', 'Beekeeper Tom Sample lost half his hives. “They were gone in a week,” Sample said. Every beekeeper in the valley lost some.', 'Tom Sample', 'beekeeper'],
  ['a place before a trade and a name', '“The rain ruined the crop,” Kisumu singer Akinyi Otieno said.', 'Akinyi Otieno', 'singer'],
  ['a place before a farmer', 'Tainan farmer Huang Wen-li checked the trees. “There is no fruit this year,” Huang said.', 'Huang Wen-li', 'farmer'],
  ['"For" opening a sentence', 'For Anna Example, 73, the news came late. “I cried all night,” Example said.', 'Anna Example'],
  ['"With" opening a sentence', 'With Tom Sampleton gone, the club is lost. “It hurts,” Sampleton said.', 'Tom Sampleton'],
  ['a role the article writes in lower case after an article', 'Groundsman Eli Sample rolled the pitch at dawn. “It will hold,” Sample said. The groundsman has worked there for years.', 'Eli Sample', 'groundsman'],
  ['a resident of a place is not the place', '“The fence fell on the car,” said a resident of Port Example.', '!Port Example'],
]);

table('English: a first name that is also a word stays with the name', [
  ['Will after a team and a role', '“We were lucky today,” Canterbury captain Will Beispiel said.', 'Will Beispiel', 'captain'],
  ['Will after a capitalised title', '“We will fight this all the way,” said Mayor Will Beispiel.', 'Will Beispiel'],
  ['Will opening the tag after a quote closed by its comma', '“We will fight this all the way,” Will Beispiel, the mayor, said.', 'Will Beispiel', 'mayor'],
  ['June after an office', '“It is a long season,” club president June Exemplar said.', 'June Exemplar', 'president'],
  ['April after a role', 'Team manager April Sample was calm. “We need rain,” Sample said.', 'April Sample', 'manager'],
  ['Mark after a role', '“The bridge is safe,” county engineer Mark Tester said.', 'Mark Tester', 'engineer'],
  ['Grace after a role', '“We had no warning at all,” said nurse Grace Muster.', 'Grace Muster', 'nurse'],
  ['Hope after a role', '“It will reopen in spring,” shop owner Hope Dalby said.', 'Hope Dalby', 'owner'],
  ['Bill after a role', '“I sold the farm last year,” retired farmer Bill Carder said.', 'Bill Carder', 'farmer'],
  ['Faith after a role', '“Nobody called us,” neighbour Faith Orley said.', 'Faith Orley', 'neighbour'],
  ['May after a role', '“We will appeal the ruling,” union secretary May Tolland said.', 'May Tolland', 'secretary'],
  ['Rose after a role', '“The water came fast,” local teacher Rose Penhale said.', 'Rose Penhale', 'teacher'],
]);

table('English counter-cases: particles and word-like first names stay in the name', [
  ['Van der at the start', '“It was close,” said Pieter Van der Berg.', 'Pieter Van der Berg'],
  ['De la at the start', '“We start again on Monday,” said Lucia De la Cruz.', 'Lucia De la Cruz'],
  ['Al- with a hyphen', '“We will rebuild the school,” said Omar Al-Hassan.', 'Omar Al-Hassan'],
  ['El before the family name', '“It was close,” said Rania El Khoury.', 'Rania El Khoury'],
  ['Mc inside a word', '“We lost the roof,” said Fiona McTavish.', 'Fiona McTavish'],
  ['Da Silva', '“The pitch was wet,” said Bruno Da Silva.', 'Bruno Da Silva'],
  ['a first name that is a common noun', '“We lost the roof,” said Hunter Grayson.', 'Hunter Grayson'],
  ['a month after "since last" is a date, not a first name', 'Since last May Johnson has run the shop alone. “It is hard work,” Johnson said.', 'Johnson'],
  ['an auxiliary opening a question is no first name', 'Will Ortiz run again? “I have not decided yet,” Ortiz said.', 'Ortiz'],
  ['a first name the article also writes as a word', 'Rose Ann Tyler grew a rose for the show. “It took a year,” Tyler said.', 'Rose Ann Tyler'],
  ['a Spanish first name the article writes as a noun', 'Luz Marina Díaz llegó tarde. «No había luz en la calle», dijo Díaz.', 'Luz Marina Díaz'],
  ['a first name that is an adjective', '“We are open again,” Sunny Patel said.', 'Sunny Patel'],
]);

table('German: nouns are capitalised, names after a role noun still are names', [
  ['a role noun before the name', 'Bürgermeisterin Anna Muster sagte: „Wir bauen die Brücke neu.“', 'Anna Muster', 'Bürgermeisterin'],
  ['a trade after the verb', '„Das ist zu wenig“, sagte Landwirt Peter Beispiel.', 'Peter Beispiel', 'Landwirt'],
  ['"Für" opening a sentence', 'Für Anna Muster ist das ein Schock. „Ich habe geweint“, sagt Muster.', 'Anna Muster'],
  ['"Laut" opening a sentence', 'Laut Peter Beispiel fehlt das Geld. „Wir warten seit Jahren“, sagte Beispiel.', 'Peter Beispiel'],
  ['a possessive and a noun are no person', 'Der Abgeordnete Jonas Muster sprach im Landtag. Seine Fraktion werde nicht zustimmen. „Wir bleiben dabei“, sagte er.', 'Jonas Muster'],
  ['a mayor from a place: the place goes with the role', '„Die Halle bleibt noch zu“, sagte der Bürgermeister aus Neustadt Peter Beispiel.', 'Peter Beispiel', 'Bürgermeister aus Neustadt'],
  ['a mayor "von" a place opening the sentence', 'Der Bürgermeister von Beispielingen Karl Muster hatte gewarnt: „Das schaffen wir nicht in sechs Monaten.“', 'Karl Muster', 'Bürgermeister'],
  ['counter-case: "von der" inside a name after the verb', '„Wir prüfen den Vorfall sehr genau“, sagte Ursula von der Beispiel.', 'Ursula von der Beispiel'],
  ['a spokesman "von" a company is a description', '„Wir prüfen den Vorfall sehr genau“, sagte ein Sprecher von Beispielwerk.', '!Beispielwerk'],
  ['a resident from a place is not the place', '„Die Halle bleibt zu“, sagte ein Anwohner aus Bad Beispielstadt.', '!Bad Beispielstadt'],
]);

table('Dutch, French, Spanish, Portuguese, Italian, Swedish: prepositions and articles', [
  ['Dutch "Volgens"', 'Volgens Jan de Vries is het te laat. "We zijn te laat", zegt De Vries.', 'Jan de Vries'],
  ['Dutch resident from a place', '"De hal blijft dicht", zegt een bewoner uit Zwolle.', '!Zwolle'],
  ['Dutch particle name', '"Het water stijgt", zegt Anke van der Berg.', 'Anke van der Berg'],
  ['French "Pour"', 'Pour Jean Exemple, la décision est injuste. « C’est un scandale », dit Exemple.', 'Jean Exemple'],
  ['French Le in a family name', '« Nous sommes prêts », a déclaré Jeanne Le Gallic.', 'Jeanne Le Gallic'],
  ['French role after an elided article', '« Le chantier avance », explique l’architecte Julie Exemple.', 'Julie Exemple', 'architecte'],
  ['Spanish "Según"', 'Según Pedro Ejemplo, falta dinero. «No llega para todos», dijo Ejemplo.', 'Pedro Ejemplo'],
  ['Spanish view opening: a university and its town before a three-word name', 'Para la bióloga marina de la Universidad de Ejemplo Lucía Prueba Castro, que dirige el estudio, el daño es grave. «No habíamos visto nada igual en muchos años», explica.', 'Lucía Prueba Castro', 'bióloga marina de la Universidad de Ejemplo'],
  ['Spanish De la Cruz', '«No hay agua desde ayer», dijo Lucía De la Cruz.', 'Lucía De la Cruz'],
  ['Spanish neighbour of a place', '«No dormimos nada», cuenta una vecina de Villa Ejemplo.', '!Villa Ejemplo'],
  ['Portuguese "Para"', 'Para Ana Exemplo, a medida chega tarde. “É tarde demais”, disse Exemplo.', 'Ana Exemplo'],
  ['Portuguese da Silva', '“Não vamos parar”, disse João da Silva.', 'João da Silva'],
  ['Italian role with a capitalised portfolio', '«Serve più tempo per finire i lavori», ha spiegato l’assessore alla Mobilità Carlo Esempio.', 'Carlo Esempio', 'assessore alla Mobilità'],
  ['Italian "Secondo"', 'Secondo Luca Esempio il cantiere è fermo. «Siamo bloccati», ha detto Esempio.', 'Luca Esempio'],
  ['Italian Di Stefano', '«Non molliamo», ha detto Marco Di Stefano.', 'Marco Di Stefano'],
  ['Italian article and a body are no speaker', 'Il Comune ammette il ritardo. «Abbiamo sbagliato i tempi», ha detto il sindaco Paolo Esempio.', 'Paolo Esempio', 'sindaco'],
  ['Swedish "För"', 'För Anna Exempel, 73, är beskedet en chock. ”Jag grät hela natten”, säger Exempel.', 'Anna Exempel'],
  ['Swedish neighbour from a place', '”Det brann överallt”, säger en granne från Storby.', '!Storby'],
]);

table('Polish, Turkish, Indonesian, Russian, Greek', [
  ['Polish trade after the verb', '– Nie mamy wody – mówi rolnik Jan Przykładowy.', 'Jan Przykładowy', 'rolnik'],
  ['Polish resident and a town in the genitive before the name', 'Mieszkanka Krakowa Anna Przykładowa nie spała. – Było bardzo strasznie – mówi Przykładowa.', 'Anna Przykładowa', 'Mieszkanka'],
  ['Polish role, a village and a name after a verb no list holds', '– Do szkoły mamy teraz dwanaście kilometrów w jedną stronę – podlicza sołtys Dąbrowa Ewa Testowa.', 'Ewa Testowa', 'sołtys'],
  ['Turkish trade before the name', 'Çiftçi Ahmet Örnek, "Bu yıl su yok" dedi.', 'Ahmet Örnek', 'Çiftçi'],
  ['Indonesian single name after the verb', '"Kami belum menerima bantuan," kata Suparno, warga setempat.', 'Suparno'],
  ['Indonesian single name after "Menurut"', 'Menurut Suparno, air sudah surut. "Kami pulang besok," kata Suparno.', 'Suparno'],
  ['Russian role after the verb', '«Мы не сдадимся», — заявил фермер Иван Примеров.', 'Иван Примеров', 'фермер'],
  ['Russian capitalised role opening a sentence', 'Фермер Иван Примеров не сдаётся. «Мы будем сеять», — говорит Примеров.', 'Иван Примеров', 'фермер'],
  ['Greek role after the verb', '«Δεν έχουμε νερό», δήλωσε ο αγρότης Γιώργος Παράδειγμα.', 'Γιώργος Παράδειγμα', 'αγρότης'],
]);

table('Hebrew and Arabic: a role noun or prefix letter is not the name', [
  ['Hebrew role before the name', '"אנחנו לא מוותרים", אמרה האדריכלית דנה כהן.', 'דנה כהן', 'אדריכלית'],
  ['Hebrew role without article', '"הבניין יעמוד בזמן", אמרה אדריכלית דנה כהן.', 'דנה כהן', 'אדריכלית'],
  ['Hebrew name and a descriptor after it', '"המים הגיעו מהר", סיפרה רחל לוי, תושבת חיפה.', 'רחל לוי'],
  ['Arabic role before the name', 'قال المهندس أحمد المثالي: "العمل مستمر حتى الصيف".', 'أحمد المثالي', 'المهندس'],
  ['Arabic al- family name stays', 'قال خالد الحسن: "لن نتراجع عن القرار".', 'خالد الحسن'],
]);

table('Chinese, Japanese, Korean: a title or place around the name is not the name', [
  ['Chinese title after the name', '王小明教授表示：“这项研究还需要时间。”', '王小明', '教授'],
  ['Chinese place and trade before the name', '台南农民黄志明说：“今年的芒果很少。”', '黄志明', '农民'],
  ['Japanese title after the name', '田中一郎教授は「まだ時間がかかる」と話した。', '田中一郎', '教授'],
  ['Japanese place and trade before the name', '大阪の農家、山田花子さんは「雨が少ない」と話した。', '山田花子'],
  ['Korean title after the name', '김민수 교수는 "아직은 결론을 내리기에 너무 이르다"고 말했다.', '김민수', '교수'],
  ['Korean place and noun before the name', '서울 시민 박지영 씨는 "물가가 너무 올랐다"고 말했다.', '박지영'],
]);

describe('Chinese: a verb of saying after a title is not the name', () => {
  it('补充说 after a family name and a title is the verb, the speaker the professor named before', () => {
    const quotes = findQuotes('王小明教授说：“这项研究还需要时间。”王教授补充说：“我们会继续观察。”');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['王小明', '王小明']);
  });
  it('counter-case: a verb of the list alone still closes the name', () => {
    expect(findQuotes('“这项研究还需要很多时间。”李华补充。').map((quote) => quote.speaker)).toEqual(['李华']);
  });
});

describe('Romance: an article and a body are no person', () => {
  it.each([
    ['Italian Il and a town hall', 'Il Comune ammette: «Abbiamo sbagliato i tempi dei lavori».'],
    ['Spanish El and a town hall', 'El Ayuntamiento asegura: «Las obras terminarán en marzo sin falta».'],
    ['French La and a town hall', 'La Mairie précise : « Les travaux reprendront en mars sans faute. »'],
  ])('%s', (_name, text) => {
    expect(findQuotes(text)[0]?.speakerKind).toBe('description');
  });
  it.each([
    ['Le Pen', 'Le Pen a déclaré : « Nous gagnerons en mars sans faute. »', 'Le Pen'],
    ['El Khoury', 'El Khoury asegura: «Las obras terminarán en marzo sin falta».', 'El Khoury'],
  ])('counter-case: a family name opened by a particle, %s', (_name, text, speaker) => {
    expect(findQuotes(text).map((quote) => [quote.speaker, quote.speakerKind])).toEqual([[speaker, 'name']]);
  });
});
