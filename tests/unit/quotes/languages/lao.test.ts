// Lao (lang/lo.ts): invented articles of my own about a village bridge washed away and a district clinic, read whole by the
// quotes stage, with counter-cases (a body and a province that are no person, someone unnamed or described, a pronoun tag
// after a named one, a split quote).
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'ຂົວໄມ້ຂ້າມຫ້ວຍໃນບ້ານນາຄູນ ຖືກນ້ຳພັດເສຍຫາຍໃນລະດູຝົນປີນີ້.\n\n' +
  '“ເດັກນ້ອຍຕ້ອງຍ່າງອ້ອມໄປໂຮງຮຽນ ສອງຊົ່ວໂມງທຸກມື້” ທ່ານ ບຸນເພັງ ສີສຸວັນ ນາຍບ້ານນາຄູນ ກ່າວ.\n\n' +
  '“ພວກເຮົາຂໍໃຫ້ເມືອງຊ່ວຍສ້າງຂົວຄອນກຣີດ” ທ່ານກ່າວຕື່ມ.\n\n' +
  'ນາງ ມະນີວອນ ພັນທະວົງ ຄູສອນຊັ້ນປະຖົມ ບອກວ່າ: “ນັກຮຽນຫຼາຍຄົນມາຮຽນຊ້າ ເພາະທາງໄກ.”\n\n' +
  '“ບາງມື້ພວກເຂົາບໍ່ມາເລີຍ” ນາງກ່າວ.\n\n' +
  'ຊາວບ້ານຄົນໜຶ່ງ ທີ່ບໍ່ຢາກອອກຊື່ ກ່າວວ່າ: “ພວກເຮົາລໍຖ້າມາສາມປີແລ້ວ.”\n\n' +
  'ພະແນກໂຍທາທິການ ແລະ ຂົນສົ່ງແຂວງ ກ່າວວ່າ: “ງົບປະມານຈະມາຮອດໃນເດືອນໜ້າ.”\n\n' +
  'ເຈົ້າເມືອງ ທ່ານ ສົມພອນ ໄຊຍະວົງ ໄດ້ກ່າວວ່າ: “ພວກເຮົາຈະເລີ່ມສ້າງຫຼັງລະດູຝົນ.”\n\n' +
  '“ຂົວໃໝ່ຈະແຂງແຮງກວ່າເກົ່າ” ລາວກ່າວ.';

const CLINIC =
  'ສຸກສາລາເມືອງນ້ອຍແຫ່ງໜຶ່ງ ເປີດບໍລິການໃໝ່ຫຼັງຈາກປັບປຸງມາຫົກເດືອນ.\n\n' +
  'ດຣ. ທອງດີ ຈັນທະລາ ຫົວໜ້າສຸກສາລາ ກ່າວວ່າ: “ຕອນນີ້ພວກເຮົາມີຕຽງນອນສິບຫ້າຕຽງ.”\n\n' +
  'ແມ່ຄ້າຂາຍຜັກ ຢູ່ຕະຫຼາດເຊົ້າ ບອກວ່າ: “ຂ້ອຍບໍ່ຕ້ອງໄປໂຮງໝໍແຂວງອີກແລ້ວ.”\n\n' +
  '“ພວກເຮົາຍັງຂາດຢາບາງຊະນິດ” ທ້າວ ສີໄພ ແກ້ວບົວລະພາ ພະຍາບານ ກ່າວ “ແຕ່ກຳລັງສັ່ງມາເພີ່ມ.”\n\n' +
  'ສຳລັບ ທ່ານນາງ ບົວໄລ ວົງພະຈັນ ອາສາສະໝັກ ຂອງໝູ່ບ້ານ, ການເດີນທາງກໍງ່າຍຂຶ້ນ. «ແຕ່ກ່ອນຂ້ອຍຕ້ອງພາຄົນເຈັບຂີ່ລົດໄຖນາ» ທ່ານນາງ ບົວໄລ ວົງພະຈັນ ເລົ່າໃຫ້ຟັງ.\n\n' +
  'ແຂວງ ໄດ້ອອກແຈ້ງການວ່າ: “ສຸກສາລາອີກສອງແຫ່ງຈະເປີດໃນປີໜ້າ.”\n\n' +
  'ອີງຕາມ ທ່ານ ຄຳສອນ ພົມມະວົງ ຜູ້ອຳນວຍການພະແນກສາທາລະນະສຸກ, “ປະຊາຊົນຈະບໍ່ຕ້ອງຈ່າຍຄ່າກວດ.”';

/**
 * After the quote the name, its form of address first, then the verb; before it the subject, the verb and ວ່າ with a colon.
 * ທ່ານ, ນາງ or ລາວ glued to the verb is "he" or "she", the one quoted just before; an office before the form of address is the
 * role; someone with a classifier and ໜຶ່ງ ("a villager") stays unnamed, and a department or a province speaks for no person.
 */
const LAO_ROWS: KindCase[] = [
  ['lo: `” ທ່ານ X Y <office> ກ່າວ.` is X Y with the office', BRIDGE, 'ເດັກນ້ອຍຕ້ອງຍ່າງ', 'ບຸນເພັງ ສີສຸວັນ', 'ນາຍບ້ານ'],
  ['lo: `” ທ່ານກ່າວຕື່ມ.` is the one quoted just before', BRIDGE, 'ພວກເຮົາຂໍໃຫ້ເມືອງ', 'ບຸນເພັງ ສີສຸວັນ', ANY],
  ['lo: `ນາງ X Y <office> ບອກວ່າ: “…”` is X Y', BRIDGE, 'ນັກຮຽນຫຼາຍຄົນ', 'ມະນີວອນ ພັນທະວົງ', 'ຄູສອນ'],
  ['lo: `” ນາງກ່າວ.` after her is her, not the man before', BRIDGE, 'ບາງມື້ພວກເຂົາ', 'ມະນີວອນ ພັນທະວົງ', ANY],
  ['lo: `ຊາວບ້ານຄົນໜຶ່ງ … ກ່າວວ່າ:` is someone unnamed', BRIDGE, 'ພວກເຮົາລໍຖ້າ', UNNAMED, ANY],
  ['lo: a department that speaks is no person', BRIDGE, 'ງົບປະມານຈະມາ', UNNAMED, ANY],
  ['lo: `<office> ທ່ານ X Y ໄດ້ກ່າວວ່າ:` is X Y, the office before the name', BRIDGE, 'ພວກເຮົາຈະເລີ່ມ', 'ສົມພອນ ໄຊຍະວົງ', 'ເຈົ້າເມືອງ'],
  ['lo: `” ລາວກ່າວ.` is the one quoted just before', BRIDGE, 'ຂົວໃໝ່ຈະແຂງແຮງ', 'ສົມພອນ ໄຊຍະວົງ', ANY],
  ['lo: `ດຣ. X Y <office> ກ່າວວ່າ:` is X Y, the title\'s full stop no sentence end', CLINIC, 'ຕອນນີ້ພວກເຮົາ', 'ທອງດີ ຈັນທະລາ', ANY],
  ['lo: `<trader> ຢູ່ຕະຫຼາດ… ບອກວ່າ:` describes the speaker', CLINIC, 'ຂ້ອຍບໍ່ຕ້ອງໄປ', DESCRIBED, ANY],
  ['lo: the first part of a split quote is ທ້າວ X Y', CLINIC, 'ພວກເຮົາຍັງຂາດ', 'ສີໄພ ແກ້ວບົວລະພາ', ANY],
  ['lo: `«…» ທ່ານນາງ X Y ເລົ່າໃຫ້ຟັງ.` in guillemets is X Y', CLINIC, 'ແຕ່ກ່ອນຂ້ອຍ', 'ບົວໄລ ວົງພະຈັນ', ANY],
  ['lo: a province that speaks is no person', CLINIC, 'ສຸກສາລາອີກສອງ', UNNAMED, ANY],
  ['lo: `ອີງຕາມ ທ່ານ X Y <office>, “…”` is X Y', CLINIC, 'ປະຊາຊົນຈະບໍ່', 'ຄຳສອນ ພົມມະວົງ', ANY],
];

const MARKET =
  'ຕະຫຼາດນັດບ້ານນາຫີນ ຍ້າຍໄປຢູ່ບ່ອນໃໝ່ໃນເດືອນນີ້.\n\n' +
  'ທ່ານ ນາງ ຈັນທອນ ສຸວັນນະລາດ ອາຍຸ 52 ປີ ແມ່ຄ້າຂາຍປາແດກ ເວົ້າວ່າ: “ບ່ອນໃໝ່ກວ້າງກວ່າ ແຕ່ລູກຄ້າຍັງບໍ່ຮູ້ຈັກ.”\n\n' +
  'ທ່ານ ນາງ ກ່າວຕື່ມວ່າ: “ພວກເຮົາຕ້ອງຕິດປ້າຍບອກທາງ.”\n\n' +
  '“ມື້ວານຂາຍໄດ້ເຄິ່ງໜຶ່ງຂອງທຳມະດາ,” ທ່ານ ນາງ ຈັນທອນ ກ່າວ.\n\n' +
  'ພໍ່ຄ້າຄົນໜຶ່ງ ໃຫ້ຮູ້ວ່າ: “ຄ່າເຊົ່າແພງຂຶ້ນສອງເທົ່າ.”\n\n' +
  'ທ່ານ ສີສະຫວາດ ແກ້ວມະນີ ນາຍບ້ານ ໃຫ້ຮູ້ວ່າ: “ບ້ານຈະຊ່ວຍຄ່າເຊົ່າສາມເດືອນທຳອິດ.”\n\n' +
  'ຢູ່ປາກທາງເຂົ້າ ມີປ້າຍໃຫຍ່ຂຽນວ່າ “ຍິນດີຕ້ອນຮັບສູ່ຕະຫຼາດໃໝ່ຂອງພວກເຮົາທຸກຄົນ” ແລະ ດອກໄມ້ປະດັບ.';

/**
 * `ທ່ານ ນາງ` (Madam) is often spaced: before a name it is the form of address, before a verb "she". An age between the name and
 * the office is no part of the role; ໃຫ້ຮູ້ວ່າ ("let it be known") is a verb of saying; a given name alone after the full name
 * is that person; a sign's written words are no one's.
 */
const MORE_ROWS: KindCase[] = [
  ['lo: `ທ່ານ ນາງ X Y ອາຍຸ 52 ປີ <trader> ເວົ້າວ່າ:` is X Y, the age no role', MARKET, 'ບ່ອນໃໝ່ກວ້າງ', 'ຈັນທອນ ສຸວັນນະລາດ', 'ແມ່ຄ້າ'],
  ['lo: `ທ່ານ ນາງ ກ່າວຕື່ມວ່າ:` is "she", no one named ນາງ', MARKET, 'ພວກເຮົາຕ້ອງຕິດ', 'ຈັນທອນ ສຸວັນນະລາດ', ANY],
  ['lo: `” ທ່ານ ນາງ X ກ່າວ.`, the given name alone, is the person named in full', MARKET, 'ມື້ວານຂາຍໄດ້', 'ຈັນທອນ ສຸວັນນະລາດ', ANY],
  ['lo: `<trader>ຄົນໜຶ່ງ ໃຫ້ຮູ້ວ່າ:` is someone unnamed', MARKET, 'ຄ່າເຊົ່າແພງ', UNNAMED, ANY],
  ['lo: `ທ່ານ X Y <office> ໃຫ້ຮູ້ວ່າ:` is X Y', MARKET, 'ບ້ານຈະຊ່ວຍ', 'ສີສະຫວາດ ແກ້ວມະນີ', 'ນາຍບ້ານ'],
  ['lo: a sign\'s written words name no speaker', MARKET, 'ຍິນດີຕ້ອນຮັບ', UNNAMED, ANY],
];

/** Counter-cases: Thai beside it is read as before, and a Lao sentence with no verb of saying names nobody. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['th: `” นาย X Y กล่าว` is still X Y', '“เราจะเปิดโรงเรียนใหม่ในเดือนหน้า” นายสมหมาย ใจงาม ผู้อำนวยการโรงเรียน กล่าว', 'เราจะเปิด', 'สมหมาย ใจงาม', ANY],
  ['lo: a quote after a sentence naming no speaker stays unnamed', 'ຝົນຕົກໜັກຕະຫຼອດອາທິດ.\n\n“ນ້ຳຂຶ້ນໄວຫຼາຍ”', 'ນ້ຳຂຶ້ນໄວ', UNNAMED, ANY],
];

kindTable('Lao tags after and before the quote', LAO_ROWS);
// (Needs Lao in attribute.ts's caseless names and laoFullerName wired into fuller-names.ts, files this reader does not own.)
// (The sign's words go on the last speaker's turn, continuedSpeaker in attribute.ts: a shared rule.)
kindTable('Lao spaced Madam, ages, ໃຫ້ຮູ້ວ່າ and given names', MORE_ROWS, [MORE_ROWS[5]![0]]);
kindTable('Thai and plain Lao beside the Lao reader', NEIGHBOUR_ROWS);
