// A run of capitalised words each in a case ending, dative, ablative or locative, in Kyrgyz or Kazakh (the sixty-fourth
// held-out set showed a dative noun opening a sentence and a country in the ablative after it, read as a person): Turkic
// declines only a full name's last word, so such a run is no person. Fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

kindTable('Every word of a capitalised run in an oblique case is no person (Kyrgyz, Kazakh)', [
  ['ky: a dative and an ablative opening the sentence before `— деди директор`', 'Мектептин директору Нурлан Сыдыков мындай деди: «Жаңы имарат күзгө даяр болот». Сыдыков окуучулардын саны өсөрүн айтты. Мектепке Таластан, Оштон жана Нарындан балдар келишет.\n\n«Орундар жетишпей калды», — деди директор.', 'Орундар', 'Нурлан Сыдыков', ANY],
  ['kk: a dative and an ablative opening the sentence before `— деді директор`', 'Мектеп директоры Ерлан Сәрсенов былай деді: «Жаңа ғимарат күзге дайын болады». Сәрсенов оқушылар саны өсетінін айтты. Мектепке Тараздан, Шымкенттен балалар келеді.\n\n«Орын жетпей қалды», — деді директор.', 'Орын', 'Ерлан Сәрсенов', ANY],
  ['counter-case ky: a full name with only its last word in the dative stays a person', 'Айгүл Бекмуратова айылдан келди. «Суу жок», — деди Айгүл Бекмуратова.', 'Суу', 'Айгүл Бекмуратова', ANY],
  ['counter-case ru: a Russian name ending in -га is untouched', 'Ольга Медведева пришла утром. «Воды нет», — сказала Ольга Медведева.', 'Воды', 'Ольга Медведева', ANY],
]);
