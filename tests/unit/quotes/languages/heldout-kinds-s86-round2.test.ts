// Three kinds the sixty-sixth held-out set showed, in fresh sentences of my own, with counter-cases:
// a Ukrainian feminitive in -иня of an occupation before a name (`Головна технологиня … X Y`); a Polish trade noun
// declined as an adjective after a name (`X, motornicza … i przewodnicząca …`); a Polish adjunct and a verb with its
// subject left out before a colon (`W rozmowie z „…” zapewnił jednak:`), the person of the paragraph before.
import { kindTable } from './kind-table';

kindTable('A Ukrainian feminitive in -иня of an occupation before a name is the role', [
  ['technologist, the quote in the next paragraph', 'Головна технологиня комбінату Ярина Мацюк показує нам цех.\n\n«Ми перевіряємо кожну партію двічі, бо покупці вимагають сертифікат», — додала вона.', 'Ми перевіряємо', 'Ярина Мацюк', 'технологиня'],
  ['biologist likewise', 'Провідна біологиня заповідника Марта Гриців веде нас стежкою.\n\n«Тут гніздяться три види чапель, і всі вони під охороною», — каже вона.', 'Тут гніздяться', 'Марта Гриців', 'біологиня'],
  ['the masculine stays read', 'Головний технолог комбінату Ярослав Мацюк показує нам цех.\n\n«Ми перевіряємо кожну партію двічі, бо покупці вимагають сертифікат», — додав він.', 'Ми перевіряємо', 'Ярослав Мацюк', 'технолог'],
  ['counter-case: a family name in -иня derives from no occupation', 'Лікарка Олена Богиня сказала: «Черги зменшилися за місяць удвічі».', 'Черги', 'Олена Богиня', '=Лікарка'],
]);

kindTable('A Polish trade noun declined as an adjective after a name is a role', [
  ['tram driver, then a second role joined by `i`', '„Od trzech lat słyszymy, że nic się nie zmieni” – mówi Joanna Wierzbicka, motornicza z 22-letnim stażem i przewodnicząca komitetu strajkowego.', 'Od trzech lat', 'Joanna Wierzbicka', 'przewodnicząca'],
  ['accountant', '„Faktury leżą od marca i nikt ich nie podpisuje” – mówi Irena Kozioł, księgowa w urzędzie gminy.', 'Faktury leżą', 'Irena Kozioł', 'księgowa'],
  ['counter-case: a place after the name is no role', '„Faktury leżą od marca i nikt ich nie podpisuje” – mówi Irena Kozioł z Opola.', 'Faktury leżą', 'Irena Kozioł', null],
]);

kindTable('A Polish adjunct and a verb with no subject before a colon speak for the person just named', [
  ['an interview with a quoted paper, then `jednak`', 'Damian Pilarczyk, burmistrz miasta, nazwał plan nierealnym.\n\nW rozmowie z „Kurierem Śląskim” zapewnił jednak: „Nie rezygnujemy. Jesteśmy gotowi rozmawiać z mieszkańcami”.', 'Nie rezygnujemy', 'Damian Pilarczyk', 'burmistrz'],
  ['an interview "with us"', 'Damian Pilarczyk, burmistrz miasta, nazwał plan nierealnym.\n\nW rozmowie z nami zapewnił jednak: „Nie rezygnujemy. Jesteśmy gotowi rozmawiać z mieszkańcami”.', 'Nie rezygnujemy', 'Damian Pilarczyk', 'burmistrz'],
  ['counter-case: a name before the verb is the subject', 'Damian Pilarczyk, burmistrz miasta, nazwał plan nierealnym.\n\nNa sesji radny Piotr Lis dodał: „Nie rezygnujemy. Jesteśmy gotowi rozmawiać z mieszkańcami”.', 'Nie rezygnujemy', 'Piotr Lis', 'radny'],
]);
