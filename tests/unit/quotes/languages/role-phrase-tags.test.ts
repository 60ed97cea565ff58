import { startsTable } from '../starts-table';

// A tag whose subject is a role of a few words, no name (`— подытожил тренер гостей`), stands for the person the
// text introduced with that very role before a name; with no one so introduced it stays a description.

startsTable('ru uk: a tag\'s role of several words is the person introduced with it (ru-uk.ts introducedAs)', [
  ['ru — подытожил тренер гостей after Тренер гостей X', 'Гости уступили со счётом 1:3. Тренер гостей Матвей Сорокин не искал оправданий.\n\n«Мы проиграли борьбу в центре поля», — подытожил тренер гостей.', 'Мы проиграли борьбу', 'Матвей Сорокин', 'тренер гостей'],
  ['ru two coaches: — сказал тренер хозяев is the home coach', 'Тренер хозяев Олег Дымов хвалил защиту. Тренер гостей Матвей Сорокин ругал судью.\n\n«Нам помогли стены», — сказал тренер хозяев.', 'Нам помогли стены', 'Олег Дымов', 'тренер хозяев'],
  ['uk — підсумувала голова правління after Голова правління X', 'Кооператив «Джерело» звітував у суботу. Голова правління Ганна Осадча розповіла про борги.\n\n«Цього року ми вийшли в плюс», — підсумувала голова правління.', 'Цього року ми вийшли', 'Ганна Осадча', 'голова правління'],
  ['counter: ru a role no one was introduced with stays a description', 'Тренер гостей Матвей Сорокин не искал оправданий.\n\n«Судья ошибся дважды», — сказал капитан хозяев.', 'Судья ошибся', 'капитан хозяев'],
  ['counter: ru the tag\'s own name after the role is the speaker', 'Тренер гостей Матвей Сорокин не искал оправданий.\n\n«Судья ошибся дважды», — сказал тренер хозяев Олег Дымов.', 'Судья ошибся', 'Олег Дымов'],
]);
