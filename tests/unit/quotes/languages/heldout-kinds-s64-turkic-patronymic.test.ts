// A kind the sixty-fourth held-out set showed in Kyrgyz copy (a name closing on "daughter of", "son of"), in fresh sentences
// of my own in Kyrgyz, Uzbek and Azerbaijani, with Turkish counter-cases where `oğlu` is "his son".
import { kindTable, ANY } from './kind-table';

const KYRGYZ_DAUGHTER = 'Талас шаарында жаңы көпүрө ачылды.\n\n«Биз муну он жыл күттүк», — деди мугалим Айжамал Токтосун кызы.';
const KYRGYZ_SON_BY_FATHER_NAME =
  'Талас шаарында жаңы көпүрө ачылды.\n\nКөпүрөнү куруучу Эрлан Сыдык уулу он жылдан бери ушул жерде иштейт.\n\n' +
  '«Иш оңой болгон жок», — деди Сыдык уулу.';
const UZBEK_DAUGHTER = 'Samarqandda yangi bozor ochildi.\n\n“Bu bozor hammaga kerak edi,” dedi sotuvchi Dilnoza Karimova qizi.';
const AZERBAIJANI_SON = 'Gəncədə yeni körpü açıldı.\n\nMühəndis Elvin Rəşid oğlu bildirib: “Körpü iki ildə tikildi.”';
const TURKISH_HIS_SON = 'Trabzon’da yeni bir köprü açıldı.\n\n“Çok mutluyuz,” dedi Ali Yılmaz. Ali Yılmaz oğlu Mehmet ile törene geldi.';
const TURKISH_NO_PATRONYMIC = 'Trabzon’da yeni bir köprü açıldı.\n\n“Çok mutluyuz,” dedi esnaf Ayşe Demir.';

/** `X Y кызы`, `X Y уулу`, `qizi`, `oğlu`: the word for "daughter of" or "son of" after the father's name is part of the name (lang/turkic-patronymic.ts). */
kindTable('Turkic: a name closing on "daughter of" or "son of" keeps it', [
  ['ky: `Айжамал Токтосун кызы`', KYRGYZ_DAUGHTER, 'Биз муну', 'Айжамал Токтосун кызы', ANY],
  ['ky: `Сыдык уулу` later is the `Эрлан Сыдык уулу` introduced before', KYRGYZ_SON_BY_FATHER_NAME, 'Иш оңой', 'Эрлан Сыдык уулу', ANY],
  ['uz: `Dilnoza Karimova qizi`', UZBEK_DAUGHTER, 'Bu bozor', 'Dilnoza Karimova qizi', ANY],
  ['az: `Elvin Rəşid oğlu`', AZERBAIJANI_SON, 'Körpü iki', 'Elvin Rəşid oğlu', ANY],
  ['counter-case tr: `Ali Yılmaz oğlu Mehmet ile` is "his son Mehmet", no part of the name', TURKISH_HIS_SON, 'Çok mutluyuz', 'Ali Yılmaz', ANY],
  ['counter-case tr: a name with no such word stays as written', TURKISH_NO_PATRONYMIC, 'Çok mutluyuz', 'Ayşe Demir', ANY],
]);
