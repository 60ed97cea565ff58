// Kinds a private set of invented articles showed in the seventeenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { ANY, kindTable, type KindCase } from './kind-table';

/** Russian, Ukrainian: a role, a preposition of place, the place, then the name (lang/newlang-roles.ts, latin-reader-words.ts). */
const PLACE_AFTER_PREPOSITION: KindCase[] = [
  ['ru: `Фельдшер … в Озёрках X Y …` before the quote: the place is the role\'s', 'Медсестра поликлиники в Заречье Ольга Смирнова работает одна. «У меня сорок пациентов на участке», — говорит она.', 'У меня сорок', 'Ольга Смирнова', 'в Заречье'],
  ['ru: `Директор гимназии в Самаре X Y сказал:`', 'Директор гимназии в Самаре Иван Петров сказал: «Мы откроемся в сентябре».', 'Мы откроемся', 'Иван Петров', 'в Самаре'],
  ['ru: `— сказала директор … в Самаре X Y.` after the quote', '«Мы откроемся в сентябре», — сказала директор гимназии в Самаре Ирина Кравец.', 'Мы откроемся', 'Ирина Кравец', 'в Самаре'],
  ['counter-case ru: a name of three words with a patronymic after the role stays whole', 'Директор гимназии Иван Сергеевич Петров сказал: «Мы откроемся в сентябре».', 'Мы откроемся', 'Иван Сергеевич Петров', ANY],
  ['counter-case ru: `в Твери` after the name is a place, no part of it', 'Иван Петров, директор гимназии в Твери, сказал: «Мы откроемся в сентябре».', 'Мы откроемся', 'Иван Петров', ANY],
];

kindTable('s25: a place after a preposition', PLACE_AFTER_PREPOSITION);
