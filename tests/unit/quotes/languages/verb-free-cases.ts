// A tag after a quote read whatever its verb, and the person in it whatever stands before the name.
// Sentences of my own (helper q-verbfree), each kind with counter-cases it must leave alone.
import type { KindCase } from './kind-table';
/** Same markers as kind-table.ts (kept here so the cases load without vitest). */
const UNNAMED = '<unnamed>';
const ANY = '<any>';

/** Kind 1: a dash or inverted tag whose verb no list holds, then (age, role) and the name. */
export const UNLISTED_VERB: KindCase[] = [
  ['pl: a closing quote, a dash, oznajmił and the name with its office after', '„Mamy już gotowy plan” – oznajmił Tomasz Wrona z urzędu gminy.', 'Mamy już gotowy plan', 'Tomasz Wrona', null],
  ['pl: a dialogue dash turn, wspomina and the name', 'Powódź przyszła nocą.\n\n– Było strasznie, woda weszła do kuchni – wspomina Ewa Lis.', 'Było strasznie', 'Ewa Lis', null],
  ['pl: a reflexive verb (żali się), then an age adjective and the name', '– Nikt nam nie pomógł – żali się 70-letnia Halina Kruk.', 'Nikt nam nie pomógł', 'Halina Kruk', null],
  ['pl: an unlisted verb and a role noun before the name', '– Drogi nie odśnieżono od tygodnia – denerwuje się sołtys Marek Zając.', 'Drogi nie odśnieżono od tygodnia', 'Marek Zając', 'sołtys'],
  ['ru: a dialogue dash turn, негодует, an age adjective and the name, then more speech', '— Куда теперь идти? — негодует 61-летний Пётр Семёнов. — Никто ничего не объясняет.', 'Куда теперь идти?', 'Пётр Семёнов', null],
  ['ru: сетует after a quotation in guillemets', '«Цены растут каждую неделю», — сетует Анна Белова.', 'Цены растут каждую неделю', 'Анна Белова', null],
  ['ru: a reflexive verb (возмущается) and a role noun before the name', '— Дорогу обещали ещё летом, — возмущается пенсионерка Галина Орлова.', 'Дорогу обещали ещё летом', 'Галина Орлова', 'пенсионерка'],
  ['uk: бідкається after a dialogue dash turn', '— Зима буде важкою, — бідкається Олена Ткач.', 'Зима буде важкою', 'Олена Ткач', null],
  ['uk: обурюється and an age adjective', '— Світла не було три дні, — обурюється 45-річний Богдан Гнатюк.', 'Світла не було три дні', 'Богдан Гнатюк', null],
  ['cs: posteskl si after a Czech quotation', '„Letos jsme nesklidili skoro nic,“ posteskl si Karel Novák.', 'Letos jsme nesklidili skoro nic,', 'Karel Novák', null],
  ['cs: a reflexive verb and a role noun before the name', '„Autobus jezdí dvakrát denně,“ zlobí se starostka Jana Malá.', 'Autobus jezdí dvakrát denně,', 'Jana Malá', 'starostka'],
  ['sk: posťažoval sa after a Slovak quotation', '„Cesta je v hroznom stave,“ posťažoval sa Peter Horváth.', 'Cesta je v hroznom stave,', 'Peter Horváth', null],
  ['bg: възмущава се after a Bulgarian quotation', '„Никой не ни попита“, възмущава се Иван Петков.', 'Никой не ни попита', 'Иван Петков', null],
  ['bg: a dialogue dash turn and недоумява', '– Защо затвориха болницата? – недоумява Мария Стоянова.', 'Защо затвориха болницата?', 'Мария Стоянова', null],
  ['hr: a reflexive verb after the verb (požalio se)', '„Nitko nam nije rekao ništa”, požalio se Ivan Horvat.', 'Nitko nam nije rekao ništa', 'Ivan Horvat', null],
  ['sr: a dialogue dash turn and negoduje', '– Voda ne dolazi već nedelju dana – negoduje Dragan Petrović.', 'Voda ne dolazi već nedelju dana', 'Dragan Petrović', null],
  ['de: a reflexive verb (wundert sich) after a German quotation', '„Das hat es hier noch nie gegeben“, wundert sich Anna Berger.', 'Das hat es hier noch nie gegeben', 'Anna Berger', null],
  ['de: schimpft and a role noun before the name', '„Seit Wochen passiert nichts“, schimpft Anwohnerin Petra Lang.', 'Seit Wochen passiert nichts', 'Petra Lang', 'Anwohnerin'],
  ['fr: a reflexive verb (s’agace) after a French quotation', '« On attend depuis des mois », s’agace Paul Marchand.', 'On attend depuis des mois', 'Paul Marchand', null],
  ['es: a reflexive verb (se lamenta) after a Spanish quotation', '«Lo perdimos todo en una sola noche», se lamenta Juana Ortiz.', 'Lo perdimos todo', 'Juana Ortiz', null],
  ['pl: an object pronoun between the verb and the name', 'Sklep był pusty.\n\n– Co teraz będzie? – zapytał go Jan Nowak.', 'Co teraz będzie?', 'Jan Nowak', null],
  ['ru: a listed verb, then an age adjective and the name', '— Куда теперь идти? — заявил 61-летний Пётр Семёнов.', 'Куда теперь идти?', 'Пётр Семёнов', null],
  ['pl: a listed verb, then an age adjective and the name', '– Nikt nam nie pomógł – powiedziała 70-letnia Halina Kruk.', 'Nikt nam nie pomógł', 'Halina Kruk', null],
  ['hr: an auxiliary, then an age adjective and the name', '„Nitko nam nije rekao ništa”, rekao je 45-godišnji Ivan Horvat.', 'Nitko nam nije rekao ništa', 'Ivan Horvat', null],
  ['ru: an origin after the name ends it', '«Мост откроют в мае», — сетует Иван Петров из Тулы.', 'Мост откроют в мае', 'Иван Петров', null],
  ['counter nl: a particle inside the name stays', '„We wachten al maanden”, moppert Wim van Dam.', 'We wachten al maanden', 'Wim van Dam', null],
  ['counter de: von der inside a name stays', '„Wir bleiben dabei“, betont Ursula von der Leyen.', 'Wir bleiben dabei', 'Ursula von der Leyen', null],
  ['es: an unlisted verb, an article and a role noun before the name', '«Nadie nos escucha en el ayuntamiento», protesta la alcaldesa Rosa Martín.', 'Nadie nos escucha', 'Rosa Martín', 'alcaldesa'],
  ['fr: an unlisted verb, an article and a role noun before the name', '« Personne ne nous écoute à Paris », soupire le maire Paul Roux.', 'Personne ne nous écoute', 'Paul Roux', 'maire'],
  ['it: an unlisted verb, an article and a role noun before the name', '«Nessuno ci ascolta a Roma», sbotta il sindaco Carlo Neri.', 'Nessuno ci ascolta', 'Carlo Neri', 'sindaco'],
  ['de: an unlisted verb, the article and an occupation before the name', '„Niemand hört uns hier zu“, poltert der Landwirt Hans Moser.', 'Niemand hört uns hier zu', 'Hans Moser', 'Landwirt'],
  ['sk: a reflexive verb and a role with its genitive before the name', '„Nikto nás na úrade nepočúva,“ sťažuje sa starosta obce Ján Kováč.', 'Nikto nás na úrade nepočúva,', 'Ján Kováč', 'starosta'],
  ['bg: a reflexive verb, then an age with its article and the name', '„Никой не ни слуша в общината“, оплаква се 70-годишната Мария Иванова.', 'Никой не ни слуша в общината', 'Мария Иванова', null],
  ['sr: a reflexive verb, the name and where he is from', '„Niko nas ne sluša u opštini“, žali se Milan Jovanović iz Niša.', 'Niko nas ne sluša u opštini', 'Milan Jovanović', null],
  ['pl: an age before the name and a role noun after its comma', '– Takiej zimy nie pamiętam – dziwi się 80-letni Józef Mazur, mieszkaniec wsi.', 'Takiej zimy nie pamiętam', 'Józef Mazur', 'mieszkaniec wsi'],
  ['es: a reflexive verb, the name and a role noun after its comma', '«Nadie nos escucha en el barrio», se queja Rosa Martín, vecina de Triana.', 'Nadie nos escucha', 'Rosa Martín', 'vecina de Triana'],
  ['counter pl: a clause after the name’s comma is what was said, no role', '– Takiej zimy nie pamiętam – dziwi się Józef Mazur, że nikt nie pomógł.', 'Takiej zimy nie pamiętam', 'Józef Mazur', null],
  ['en: an unlisted verb before the name', '"We were never told," fumed Jane Holloway.', 'We were never told', 'Jane Holloway', null],
];

/** Kind 1 counter-cases: what stands after the quote is no tag, or names no person. */
export const UNLISTED_VERB_COUNTERS: KindCase[] = [
  ['counter pl: a conjunction after the dash opens no tag', 'Anna Wiśniewska prowadzi sklep.\n\n„Sprzedaż spadła o połowę” – a Marek Zając kiwa głową.', 'Sprzedaż spadła o połowę', 'Anna Wiśniewska', null],
  ['counter pl: a preposition after the dash opens no tag', 'Anna Wiśniewska prowadzi sklep.\n\n– Sprzedaż spadła o połowę – w Krakowie Marek Zając zamknął swój.', 'Sprzedaż spadła o połowę', 'Anna Wiśniewska', null],
  ['counter ru: a conjunction after the dash opens no tag', 'Анна Белова держит магазин.\n\n«Продажи упали вдвое», — и Пётр Семёнов кивнул.', 'Продажи упали вдвое', 'Анна Белова', null],
  ['counter pl: an office after the verb is no person', '„Prace na moście ruszą w maju przyszłego roku” – informuje Urząd Miasta Opola.', 'Prace na moście ruszą', UNNAMED, null],
  ['counter pl: the name in the accusative after the verb is its object', 'Anna Wiśniewska prowadzi sklep.\n\n– Czy sprzedaż spadła? – zapytała Marka Zająca.', 'Czy sprzedaż spadła?', 'Anna Wiśniewska', null],
  ['counter pl: a woman’s name in the accusative after the verb is its object', 'Marek Zając prowadzi sklep.\n\n– Czy sprzedaż spadła? – zapytał Annę Kowalską.', 'Czy sprzedaż spadła?', 'Marek Zając', null],
  ['counter ru: a name in the accusative after the verb is its object', 'Пётр Семёнов держит магазин.\n\n— Продажи упали? — спросил Анну Белову.', 'Продажи упали?', 'Пётр Семёнов', null],
  ['counter de: a place after the verb is no person', '„Wir bauen weiter“, heißt es aus Graz.', 'Wir bauen weiter', UNNAMED, null],
  ['counter de: an article and a town after an unlisted verb name no person', '„Wir bauen die Brücke trotzdem weiter“, poltert die Stadt Graz.', 'Wir bauen die Brücke', UNNAMED, null],
  ['counter es: an article and a place with its complement name no person', '«Nadie nos escucha en el ministerio», protesta la ciudad de Sevilla.', 'Nadie nos escucha', UNNAMED, null],
  ['counter cs: a town after the verb is no person', '„Peníze na opravu školy letos nemáme,“ hlásí radnice Nové Město.', 'Peníze na opravu školy letos nemáme,', UNNAMED, null],
];

/** Kind 2: abbreviated ranks and degrees before a name end no sentence and join no name. */
export const ABBREVIATED_RANKS: KindCase[] = [
  ['pl: mł. bryg. before the name', '– Ogień opanowano po dwóch godzinach – mówi mł. bryg. Jan Kos, rzecznik straży.', 'Ogień opanowano po dwóch godzinach', 'Jan Kos', 'bryg'],
  ['pl: st. asp. before the name and its unit after', '– Kierowca był trzeźwy – przekazała st. asp. Anna Wrona z komendy w Opolu.', 'Kierowca był trzeźwy', 'Anna Wrona', 'asp'],
  ['pl: nadkom. before the name', '„Zatrzymaliśmy trzy osoby” – poinformował nadkom. Piotr Lis.', 'Zatrzymaliśmy trzy osoby', 'Piotr Lis', 'nadkom'],
  ['pl: prof. dr hab. before the name', '– To odkrycie zmienia wszystko – podkreśla prof. dr hab. Adam Zięba.', 'To odkrycie zmienia wszystko', 'Adam Zięba', 'prof'],
  // (A degree read with the name is a title: the role stays what the reader or the article gives.)
  ['pl: dr hab. before the name, an unlisted verb', '– Wyniki są obiecujące – ocenia dr hab. Ewa Maj.', 'Wyniki są obiecujące', 'Ewa Maj', ANY],
  ['cs: plk. Mgr. before the name', '„Pátrání pokračuje,“ uvedl plk. Mgr. Petr Dvořák.', 'Pátrání pokračuje,', 'Petr Dvořák', 'plk'],
  ['de: a degree between a role and the name, the name met again with sie', 'Die Verhandlung begann am Morgen. Richterin Mag. Eva Kern begründete das Urteil. „Sie haben Glück gehabt“, sagte sie.', 'Sie haben Glück gehabt', 'Eva Kern', 'Richterin'],
  ['de: Prof. Dr. before the name', '„Die Daten sind eindeutig“, sagt Prof. Dr. Maria Huber.', 'Die Daten sind eindeutig', 'Maria Huber', ANY],
  ['ru: ген.-майор before the name', '— Ситуация под контролем, — заявил ген.-майор Иван Орлов.', 'Ситуация под контролем', 'Иван Орлов', 'ген'],
  ['en: Lt. Col. before the name', 'The base was quiet. "No one was hurt," said Lt. Col. John Baxter.', 'No one was hurt', 'John Baxter', 'Lt. Col.'],
  ['en: Det. Insp. opening the tag, the listener after it', 'The car was found on Monday. "Nobody saw the driver leave," Det. Insp. Mark Dunn told reporters.', 'Nobody saw the driver leave', 'Mark Dunn', 'Insp'],
  ['en: Det. Sgt. opening the sentence', 'The car was found on Monday. "We are appealing for witnesses," Det. Sgt. Emma Reid said.', 'We are appealing for witnesses', 'Emma Reid', 'Sgt'],
];

/** Kind 3: a German compound occupation before a two-word name, `aus Place` after. */
export const GERMAN_OCCUPATIONS: KindCase[] = [
  ['de: Obstbauer before the name and aus Place after', '„Die Ernte ist gut ausgefallen“, sagt Obstbauer Georg Huber aus Gleisdorf.', 'Die Ernte ist gut ausgefallen', 'Georg Huber', 'Obstbauer'],
  ['de: Kellermeister before the name', '„Der Jahrgang wird stark“, sagt Kellermeister Franz Gruber aus Krems.', 'Der Jahrgang wird stark', 'Franz Gruber', 'Kellermeister'],
  ['de: Bauleiterin before the name', '„Wir liegen im Zeitplan“, sagt Bauleiterin Sabine Koch aus Linz.', 'Wir liegen im Zeitplan', 'Sabine Koch', 'Bauleiterin'],
  ['de: Schafzüchter opening the sentence before the tag', 'Schafzüchter Anton Brandl aus Lienz ist besorgt. „Der Wolf war wieder da“, sagt Brandl.', 'Der Wolf war wieder da', 'Anton Brandl', 'Schafzüchter'],
  ['counter de: a surname ending in -er after the verb is the name', '„Die Ernte ist gut ausgefallen“, sagt Anna Becker aus Gleisdorf.', 'Die Ernte ist gut ausgefallen', 'Anna Becker', null],
  ['counter de: a surname ending in -mann stays', '„Der Jahrgang wird stark“, sagt Franz Zimmermann aus Krems.', 'Der Jahrgang wird stark', 'Franz Zimmermann', null],
];

/** Kind 4: a capitalised word glued before a name is the role (or a place), never the name's. */
export const GLUED_BEFORE_NAME: KindCase[] = [
  ['ru: a genitive city between the office and the name', '«Мост откроют в мае», — заявил мэр Тулы Иван Петров.', 'Мост откроют в мае', 'Иван Петров', 'мэр'],
  ['counter ru: a patronymic in the middle is part of the name', '«Мост откроют в мае», — заявил Иван Петрович Сидоров.', 'Мост откроют в мае', 'Иван Петрович Сидоров', null],
  ['uk: a genitive city between the office and the name', '«Міст відкриють у травні», — заявив мер Полтави Іван Коваль.', 'Міст відкриють у травні', 'Іван Коваль', 'мер'],
  ['uk: a sentence-initial person noun before a first name', 'Десятикласниця Олена, яка не назвала прізвища, розповідає: «Ми вчилися в підвалі».', 'Ми вчилися в підвалі', 'Олена', 'Десятикласниця'],
  ['ru: a sentence-initial person noun before a full name, then the family name', 'Пенсионерка Галина Орлова живёт здесь сорок лет. «Такого не было никогда», — говорит Орлова.', 'Такого не было никогда', 'Галина Орлова', 'Пенсионерка'],
  ['en: a hyphenated position opening the sentence, then the family name', 'Wing-back Conor Hale fired the winner in the 89th minute. "I just hit it," Hale said.', 'I just hit it', 'Conor Hale', 'Wing-back'],
  ['en: Centre-half opening the sentence', 'Centre-half Tom Reddy was booked twice. "It was harsh," Reddy said.', 'It was harsh', 'Tom Reddy', 'Centre-half'],
  ['en: Co-founder before the name after a quote', '"We ran out of money in March," said Co-founder Maya Brandt.', 'We ran out of money in March', 'Maya Brandt', 'Co-founder'],
  ['uk: a woman’s agent noun by its ending before a full name', 'Студентка Ірина Мельник чекала на автобус. «Його не було дві години», — каже Мельник.', 'Його не було дві години', 'Ірина Мельник', 'Студентка'],
  ['counter uk: a short family name ending like an agent noun stays the name', '«Його не було дві години», — каже Олена Синиця.', 'Його не було дві години', 'Олена Синиця', null],
  ['counter en: a romanised Korean given name, its second syllable lower-case, stays whole', 'Ji-hoon Seo opened the shop in 1998. "We never closed a single day," Seo said.', 'We never closed a single day', 'Ji-hoon Seo', null],
  ['counter en: a hyphenated first name stays in the name', 'Jean-Paul Hale fired the winner. "I just hit it," Hale said.', 'I just hit it', 'Jean-Paul Hale', null],
];
