import { UNNAMED, kindTable, type KindCase } from './kind-table';

/**
 * Kinds from batch intl6 (quotes-{ru,uk,ar,he,ja,zh,ko}-i6-*, written before their first run), most frequent first,
 * each with cases that failed before its rule and counter-cases it must leave alone. None of the sentences is from the batch.
 */
const CASES: KindCase[] = [
  // 1. Russian/Ukrainian label form: a role and a name right before the colon, no verb (`Капитан хозяев X: «…»`), a place's
  // name after its noun inside the role (`мешканка вулиці Франка X:`); an age before the name does not hide it (lang/cyrillic-colon.ts).
  ['ru Вратарь «…» X: «…» (no verb)', 'Вратарь «Сокола» Артём Назаров: «Мы отыграли этот матч на одном характере».', 'Мы отыграли', 'Артём Назаров', 'вратарь'],
  ['uk Мешканець провулку Садового X: «…»', 'Мешканець провулку Садового Ігор Бойко: «Світло дають на дві години на добу».', 'Світло дають', 'Ігор Бойко', 'мешканець'],
  ['uk … лікарні 52-річна X визнала: «…» (an age before the name)', 'Головна лікарка лікарні 52-річна Марія Дячук визнала: «Без донорів ми не впораємося».', 'Без донорів', 'Марія Дячук', 'лікарка'],
  ['counter: ru a name in the dative after a verb is no label', 'Жители дома передали письмо депутату Олегу Савину: «Просим вмешаться и остановить стройку».', 'Просим вмешаться', UNNAMED, null],
  ['counter: ru Вопрос к главе района X (oblique case) names no one', 'Вопрос к главе района Ирине Беловой: «Когда откроют новый мост через реку?»', 'Когда откроют', UNNAMED, null],
  ['counter: ru Вчера в Твери X: (only where before the name) names no one', 'Вчера в Твери Мария Ильина: «Это было давно и неправда, поверьте».', 'Это было давно', UNNAMED, null],
];

kindTable('kinds of batch intl6 (ru uk ar he ja zh ko)', CASES);
