// "In his/her view" openings in Slavic copy (the seventieth held-out set showed Bulgarian `Според него „…“`), in fresh
// sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const withIntro = (intro: string, opening: string, quote: string) => `${intro} ${opening} ${quote}.`;

/** `Според него „…“.`: the opening alone before a quote inside its sentence gives it to the person just named (lang/according-pronoun.ts). */
kindTable('A Slavic "in his/her view" right before a quote is the person just named', [
  ['bg: `Според него „…“`', withIntro('Директорът на болницата Петър Колев обяви нов график.', 'Според него', '„всеки пациент трябва да бъде прегледан до два часа след пристигането си“'), 'всеки пациент', 'Петър Колев', ANY],
  ['bg: `Според нея „…“` after a woman', withIntro('Учителката Весела Димова поиска нови чинове.', 'Според нея', '„децата седят на столове, по-стари от родителите им“'), 'децата седят', 'Весела Димова', ANY],
  ['hr: `Prema njemu „…“`', withIntro('Ravnatelj luke Marko Babić najavio je produljenje gata.', 'Prema njemu', '„brodovi će od proljeća moći pristajati i po najjačoj buri“'), 'brodovi će', 'Marko Babić', ANY],
  ['pl: `Jego zdaniem „…”`', withIntro('Sołtys Adam Wójcik skrytykował plan gminy.', 'Jego zdaniem', '„nowa droga przetnie pola na pół i nikt nie zapytał rolników”'), 'nowa droga', 'Adam Wójcik', ANY],
  ['counter-case bg: a new full name after the opening is no pronoun', withIntro('Директорът на болницата Петър Колев обяви нов график.', 'Според министър Иван Стоянов', '„всеки пациент трябва да бъде прегледан до два часа след пристигането си“'), 'всеки пациент', 'Иван Стоянов', ANY],
  ['bg: the pronoun’s gender picks the man of two people just named', withIntro('Кметът Иван Петров и учителката Весела Димова посетиха училището.', 'Според него', '„сградата няма да издържи още една зима без нов покрив“'), 'сградата няма', 'Иван Петров', ANY],
]);
