import { ANY, DESCRIBED, kindTable, type KindCase } from './kind-table';

/**
 * Russian and Ukrainian kinds from the non-Latin batch (quotes-ru-*, quotes-uk-* written in one sitting): a capitalised
 * common noun opening a sentence is someone unnamed; an office no one holds is a description; a lone quote after
 * `За її словами, …` / `По его словам, …` is that person's. Each kind has counter-cases it must leave alone.
 */
const CASES: KindCase[] = [
  // 1. A bare person noun with a place, a genitive or a comma after it brings in someone unnamed (unnamed-introduction.ts).
  ['ru a bare noun with a place after it, then the tag noun', 'Мэр Олег Зотов открыл рынок. «Торговля начнётся в мае», — сказал Зотов.\n\nПродавщица из овощного ряда пожаловалась на аренду. «Платим вдвое больше, чем в прошлом году», — сказала женщина.', 'Платим вдвое', DESCRIBED, null],
  ['uk a bare noun and a relative clause, then the tag noun', 'Директорка ліцею Ганна Бойко відкрила новий клас. «Ми чекали цього три роки», — сказала вона.\n\nВідвідувачка, яка привела онука, теж раділа. «Нарешті є де вчитися», — усміхнулася жінка.', 'Нарешті є де', DESCRIBED, null],
  ['ru a bare noun with a genitive after it, then a male noun', 'Глава района Пётр Жуков осмотрел дорогу. «Деньги на ремонт есть», — заявил Жуков.\n\nВодитель школьного автобуса признался, что дорогу не чистят. «Каждое утро буксуем на подъёме», — рассказал мужчина.', 'Каждое утро', DESCRIBED, null],
  ['uk a bare noun and an apposition, then a pronoun', 'Фермерка Оксана Лук’янчук продає сир на ринку. «Торік було краще», — каже вона.\n\nПокупниця, літня жінка з кошиком, сир хвалить. «Беру щосуботи, ще жодного разу не пошкодувала», — усміхнулася вона.', 'Беру щосуботи', DESCRIBED, null],
  ['counter: ru a name right after the noun is that person', 'Пенсионерка Лидия Орлова живёт у самой реки. «Вода подходит к забору», — рассказала она.', 'Вода подходит', 'Лидия Орлова', ANY],
  ['counter: ru a name later in the noun phrase is that person', 'Учительница из села Вербки Ольга Литвин приехала на сессию. «В классе холодно», — сказала она.', 'В классе холодно', 'Ольга Литвин', ANY],
  ['counter: ru a plural noun is a group, not the one who speaks', 'Жители деревни вышли на сход. Глава поселения Иван Рябов выслушал их. «Дорогу сделаем летом», — пообещал он.', 'Дорогу сделаем', 'Иван Рябов', ANY],

  // 2. An office in the tag that no one in the text holds is its unnamed holder (lang/unnamed-office.ts).
  ['ru an office of a body after an adjunct, no holder named', 'Жительница Анна Круглова собрала подписи. «Мы ждём ответа», — сказала Круглова.\n\n«Школу откроют к сентябрю», — пообещал на сходе глава поселения.', 'Школу откроют', DESCRIBED, null],
  ['uk an office of a body with an adjunct after it, no holder named', 'Мешканка Ірина Стасюк зібрала підписи. «Ми чекаємо відповіді», — сказала Стасюк.\n\n«Ремонт почнемо навесні», — запевнив голова громади на зустрічі з мешканцями.', 'Ремонт почнемо', DESCRIBED, null],
  ['ru a bare office opening no paragraph of a named person', 'Вечером в школу приехала Анна Петрова, мать ученика.\n\n«Денег на ремонт нет», — признал директор.', 'Денег на ремонт', DESCRIBED, null],
  ['counter: ru the holder introduced with the same office', 'Глава поселения Иван Рябов выслушал жителей.\n\n«Дорогу сделаем летом», — пообещал глава поселения.', 'Дорогу сделаем', 'Иван Рябов', 'глава'],
  ['counter: ru the holder introduced with another word for the office', 'Вечером приехал глава города Олег Дробов.\n\n«Денег в бюджете нет», — сказал мэр.', 'Денег в бюджете', 'Олег Дробов', ANY],

  // 4. A club's name in guillemets before a person's (`Тренер «Сокола» X`) is no quote and leaves X the sentence's subject.
  ['ru a pronoun after Тренер «Клуба» X is X, not the player quoted before', 'Победную шайбу забросил капитан команды Артём Ли. «Я даже не видел, как она залетела», — признался 17-летний нападающий.\n\nТренер «Сокола» Дмитрий Ваганов пожаловался на судейство. «Второй гол забит из положения вне игры», — сказал он после матча.', 'Второй гол забит', 'Дмитрий Ваганов', 'тренер'],
  ['ru — признался 17-летний нападающий after капитан X', 'Победную шайбу забросил капитан команды Артём Ли. «Я даже не видел, как она залетела», — признался 17-летний нападающий.', 'Я даже не видел', 'Артём Ли', ANY],
  ['counter: ru a quoted slogan after a verb stays a quote with its speaker', 'Тренер Дмитрий Ваганов сказал: «Мы будем бороться до конца».', 'Мы будем бороться', 'Дмитрий Ваганов', ANY],

  // 3. `За його словами, … . «…»`: the lone quote after "in his/her words" is that person's (lang/according-pronoun.ts).
  ['uk a lone quote after За його словами', 'Інженер Тарас Гуменюк показав нову котельню. За його словами, її добудують до зими. «Труби вже завезли, залишилося змонтувати котли».', 'Труби вже завезли', 'Тарас Гуменюк', ANY],
  ['ru a lone quote after По её словам, in a paragraph of its own', 'Врач Мария Лебедева принимает в посёлке третий год. «Работы много», — говорит она.\n\nПо её словам, зимой к ней ездят из трёх деревень. «Иногда принимаю по сорок человек за день».', 'Иногда принимаю', 'Мария Лебедева', ANY],
  ['he a lone quote after לדבריו', 'מנהל בית הספר, אבי כהן, אמר כי הלימודים יתחדשו. "נחזור ללמוד ביום ראשון", אמר.\n\nלדבריו, התקציב הגיע רק השבוע. "חיכינו לכסף שלושה חודשים".', 'חיכינו לכסף', 'אבי כהן', ANY],
  ['counter: uk a quote with its own tag after За його словами is the tag\'s', 'Інженер Тарас Гуменюк показав котельню. За його словами, котли вже завезли. «Монтаж почнемо в понеділок», — сказала директорка школи Ірина Коваль.', 'Монтаж почнемо', 'Ірина Коваль', 'директорка'],
];

kindTable('Russian and Ukrainian kinds of the non-Latin batch', CASES);
