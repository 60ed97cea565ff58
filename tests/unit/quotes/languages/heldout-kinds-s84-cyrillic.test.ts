// A Belarusian full name whose patronymic ends -овіч or -евіч (`Аляксей Пятровіч Сакалоўскі`) after an office and its body:
// the three words are one person, not a place and two names (the sixty-fourth held-out set showed an office, its body in
// the genitive and a given name, patronymic and family name), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const QUOTE = '«Мы не адступім ад плана, працы хопіць усім, хто застанецца ў раёне».';

/** `Намеснік міністра Аляксей Пятровіч Сакалоўскі сказаў:` the -овіч word between a given and a family name is a patronymic. */
kindTable('A Belarusian -овіч, -евіч patronymic between a given and a family name keeps the given name', [
  ['colon: an office, its body and a -овіч patronymic', `Намеснік міністра Аляксей Пятровіч Сакалоўскі сказаў журналістам: ${QUOTE}`, 'Мы не адступім', 'Аляксей Пятровіч Сакалоўскі', 'Намеснік міністра'],
  ['colon: -эевіч (`Андрэевіч`), a patronymic Belarusian spells with э', `Старшыня калгаса Мікіта Андрэевіч Лагун заявіў: ${QUOTE}`, 'Мы не адступім', 'Мікіта Андрэевіч Лагун', 'Старшыня калгаса'],
  ['a later bare tag keeps the full name', `Начальнік станцыі Сяргей Пятровіч Гурскі выйшаў да людзей. ${QUOTE.replace(/»\.$/u, '»,')} — сказаў ён.`, 'Мы не адступім', 'Сяргей Пятровіч Гурскі', ANY],
  ['neighbour: the Russian -ович patronymic is read the same way', `Заместитель министра Алексей Петрович Соколовский сказал журналистам: «Мы не отступим от плана, работы хватит всем».`, 'Мы не отступим', 'Алексей Петрович Соколовский', 'Заместитель министра'],
  ['counter-case: a -овіч family name of two words stays the family name', `Намеснік міністра Аляксей Карповіч сказаў журналістам: ${QUOTE}`, 'Мы не адступім', 'Аляксей Карповіч', 'Намеснік міністра'],
  ['counter-case: a -евіч family name after a given name stays the family name', `Старшыня калгаса Мікіта Ярашэвіч заявіў: ${QUOTE}`, 'Мы не адступім', 'Мікіта Ярашэвіч', ANY],
]);
