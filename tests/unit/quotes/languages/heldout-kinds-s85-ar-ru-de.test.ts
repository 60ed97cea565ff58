// A lone quoted paragraph, then a sentence opening with the words as object, "these words", then the speaker and a past
// verb (the sixty-fifth held-out set showed `«…» ¶ Эти слова <given name> <patronymic> произнёс, …`), in Russian and
// Ukrainian, in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const INTRO = 'Вечером начальник депо Олег Петрович Смирнов встретился с пассажирами.';
const LONE = '«Мы знаем, как трудно людям. Оправдываться бессмысленно — надо чинить».';
const UK_INTRO = 'Увечері начальниця депо Олена Петрівна Гнатюк зустрілася з пасажирами.';
const UK_LONE = '«Ми знаємо, як важко людям. Виправдовуватися марно — треба лагодити».';

/** `Эти слова X произнёс`: the object first, then the subject and its past verb, -ёс/-есла too (lang/next-sentence.ts). */
kindTable('"These words" then a name and a past verb name the lone quote before', [
  ['Russian: `Эти слова X Y произнёс`', `${INTRO}\n\n${LONE}\n\nЭти слова Олег Петрович произнёс, уже стоя у ворот депо.`, 'Мы знаем', 'Олег Петрович Смирнов', ANY],
  ['Russian: `Такие слова X Y произнёс`', `${INTRO}\n\n${LONE}\n\nТакие слова Смирнов произнёс на прощание.`, 'Мы знаем', 'Олег Петрович Смирнов', ANY],
  ['Russian, a woman: `Эти слова X произнесла`', `Вечером начальница депо Ольга Петровна Смирнова встретилась с пассажирами.\n\n${LONE}\n\nЭти слова Ольга Петровна произнесла у ворот депо.`, 'Мы знаем', 'Ольга Петровна Смирнова', ANY],
  ['Ukrainian: `Ці слова X сказала`', `${UK_INTRO}\n\n${UK_LONE}\n\nЦі слова Олена Петрівна сказала біля воріт депо.`, 'Ми знаємо', 'Олена Петрівна Гнатюк', ANY],
  ['counter-case: `Эти слова вызвали споры` names no one', `В депо прошло собрание.\n\n${LONE}\n\nЭти слова вызвали споры среди пассажиров.`, 'Мы знаем', UNNAMED, ANY],
  ['counter-case: a body after "these words" is no person', `В депо прошло собрание.\n\n${LONE}\n\nЭти слова в мэрии не комментировали.`, 'Мы знаем', UNNAMED, ANY],
]);

// A role noun opening a sentence whose comma group withholds the name (the sixty-fifth held-out set showed
// `Жительница …, попросившая не называть её фамилию, рассказала, что … «…»`) brings in someone new and unnamed, not the
// person named before.
const FIRST = 'Вечером начальник депо Олег Петрович Смирнов встретился с пассажирами. «Поезда пойдут завтра», — сказал он.';

/** `Жительница …, попросившая не называть …, рассказала, что … «…»`: the unnamed person speaks (sentence-subject.ts). */
kindTable('A role noun whose clause withholds the name is someone new, not the person named before', [
  ['Russian: `Продавщица …, попросившая не называть её фамилию, рассказала, что …`', `${FIRST}\n\nПродавщица вокзального киоска, попросившая не называть её фамилию, рассказала, что касса закрыта. «Никто ничего не объясняет. Мы стоим на морозе».`, 'Никто ничего', UNNAMED, ANY],
  ['Russian: `Жительница …, попросившая не называть её имени, заметила, что …`', `${FIRST}\n\nЖительница вечернего посёлка, попросившая не называть её имени, заметила, что автобусов нет. «Сидим без дороги уже третий день».`, 'Сидим без', UNNAMED, ANY],
  ['counter-case: a bare role noun opening with no such clause stays the person named before', `Пенсионерка Валентина Сергеевна Орлова живёт у вокзала.\n\nПенсионерка показывает пустое расписание. «Сидим без дороги уже третий день».`, 'Сидим без', 'Валентина Сергеевна Орлова', ANY],
]);
