// Vietnamese and Hungarian kinds (the sixtieth held-out set showed them): `Theo` (according to) before a body's name opens
// no person's name; a Vietnamese name of letters French shares (`Lê`, `Võ`, `Vũ`) still takes the office set off by commas;
// a Hungarian rank after the name, then the office held in a body, gives that office; a possessed noun right after a
// body's capitalised name is what the person is to it, listed or not; a Hungarian sentence of when and where before
// `így fogalmazott:` with its subject left out is the person the sentence before named. Fresh sentences of my own.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const VI_FLOOD = 'Chiều 3/5, nước bắt đầu rút khỏi các xưởng gỗ ở xã An Phú.';
const VI_LATER = 'mưa còn kéo dài đến cuối tuần.';

/** `Theo Đài Khí tượng tỉnh X, …`: the run is a body; a later `ông nói thêm` is still the man named. */
kindTable('Theo before a Vietnamese body opens no name', [
  ['a weather station after an according-to', `${VI_FLOOD}\n\nÔng Đặng Văn Lực (58 tuổi) đứng nhìn kho gỗ.\n\nTheo ông Lực, xưởng có 200 bộ bàn ghế chờ giao.\n\n“Điều khó nhất bây giờ là không có điện”, ông nói thêm.\n\nTheo Đài Khí tượng thủy văn tỉnh Bình Định, ${VI_LATER}`, 'Điều khó nhất', 'Đặng Văn Lực', ANY],
  ['a radio station likewise', `${VI_FLOOD}\n\nÔng Đặng Văn Lực (58 tuổi) đứng nhìn kho gỗ.\n\nTheo ông Lực, xưởng có 200 bộ bàn ghế chờ giao.\n\n“Điều khó nhất bây giờ là không có điện”, ông nói thêm.\n\nTheo Đài Phát thanh Truyền hình Gia Lai, ${VI_LATER}`, 'Điều khó nhất', 'Đặng Văn Lực', ANY],
  ['a farmers\' association likewise', `${VI_FLOOD}\n\nÔng Đặng Văn Lực (58 tuổi) đứng nhìn kho gỗ.\n\nTheo ông Lực, xưởng có 200 bộ bàn ghế chờ giao.\n\n“Điều khó nhất bây giờ là không có điện”, ông nói thêm.\n\nTheo Hội Nông dân Thị xã Hoài Nhơn, ${VI_LATER}`, 'Điều khó nhất', 'Đặng Văn Lực', ANY],
  ['counter-case: English Theo before a family name stays a person', 'The club confirmed the move on Friday. "I have always wanted to play here," said Theo Marsden.', 'I have always', 'Theo Marsden', ANY],
]);

/** `Ông Lê Minh Hào, Phó Chủ tịch UBND xã X, cho biết …` then `”, ông Hào nói.`: the office carries over. */
kindTable('A Vietnamese name of letters French shares takes its apposed office', [
  ['Lê: the office carries to a later quote', `${VI_FLOOD}\n\nÔng Lê Minh Hào, Phó Chủ tịch UBND xã An Phú, cho biết trên địa bàn xã có 40 cơ sở bị ngập.\n\n“Trước mắt, xã huy động dân quân giúp các hộ dọn bùn”, ông Hào nói.`, 'Trước mắt', 'Lê Minh Hào', 'Phó Chủ tịch'],
  ['Võ with Văn', `${VI_FLOOD}\n\nÔng Võ Văn Lâm, Giám đốc Hợp tác xã Tân Lập, cho biết nhiều hộ mất trắng.\n\n“Chúng tôi cần vốn để làm lại từ đầu”, ông Lâm nói.`, 'Chúng tôi cần', 'Võ Văn Lâm', 'Giám đốc'],
  ['Vũ likewise', `${VI_FLOOD}\n\nÔng Vũ Minh Khang, Trưởng phòng Kinh tế huyện Tuy Phước, cho biết huyện đã hỗ trợ gạo.\n\n“Không để người dân nào bị đói”, ông Khang nói.`, 'Không để', 'Vũ Minh Khang', 'Trưởng phòng'],
  ['counter-case: where the person lives, set off by commas, is no role', `${VI_FLOOD}\n\nÔng Lê Minh Hào, ở xã An Phú, cho biết nhà ông bị ngập sâu.\n\n“Nước lên nhanh quá, không kịp kê đồ”, ông Hào nói.`, 'Nước lên', 'Lê Minh Hào', null],
]);

const HU_FIRE = 'A tűz kedd délután ütött ki a Tisza menti ártéri erdőben.';

/** `mondta X tűzoltó őrnagy, a … Igazgatóság szóvivője`: the office held in the body, not the rank, is the role. */
kindTable('A Hungarian rank then the office held in a body gives the office', [
  ['in the tag after the quote', `${HU_FIRE}\n\n„A területet csak csónakkal lehetett megközelíteni” – mondta a Tiszai Naplónak Fekete Gergely tűzoltó őrnagy, a Csongrád Vármegyei Katasztrófavédelmi Igazgatóság szóvivője.`, 'A területet', 'Fekete Gergely', 'szóvivője'],
  ['carried to a later dropped tag', `${HU_FIRE}\n\n„A területet csak csónakkal lehetett megközelíteni” – mondta Fekete Gergely rendőr alezredes, a Békés Vármegyei Rendőr-főkapitányság szóvivője.\n\nFekete szerint a szél éjjel elült. „Ha tovább fúj, elérte volna a falut” – tette hozzá.`, 'Ha tovább', 'Fekete Gergely', 'szóvivője'],
  ['before szerint', `${HU_FIRE}\n\nFekete Gergely tűzoltó őrnagy, a Csongrád Vármegyei Katasztrófavédelmi Igazgatóság szóvivője szerint a szél éjjel elült.\n\n„Ha tovább fúj, elérte volna a falut” – tette hozzá.`, 'Ha tovább', 'Fekete Gergely', 'szóvivője'],
  ['counter-case: the rank alone stays the role', `${HU_FIRE}\n\n„A területet csak csónakkal lehetett megközelíteni” – mondta Fekete Gergely tűzoltó őrnagy.`, 'A területet', 'Fekete Gergely', 'tűzoltó őrnagy'],
]);

/** `X, a Kiskunsági Nemzeti Park Igazgatóság ornitológusa szerint`: the possessed noun after the body is the role. */
kindTable('A possessed noun after a Hungarian body\'s name is the role', [
  ['an ornithologist of a park directorate, then `a szakember`', `A tűz a madarakat is érintette. Szűcs Benedek, a Kiskunsági Nemzeti Park Igazgatóság ornitológusa szerint a fészkelés még nem kezdődött el.\n\n„Ha ez három héttel később történik, a fészkek odavesznek” – magyarázta a szakember.`, 'Ha ez három', 'Szűcs Benedek', 'ornitológusa'],
  ['a geologist of a university, then a dropped tag', `A földcsuszamlás a szőlőhegyet is érintette. Bárány Kinga, a Miskolci Egyetem geológusa szerint a talaj még mozog.\n\n„Ha újra esik, a présházak is veszélyben lesznek” – tette hozzá.`, 'Ha újra', 'Bárány Kinga', 'geológusa'],
  ['counter-case: a town without the article, then a possessed noun of kin or birth, is no office', `A tűz a madarakat is érintette. Szűcs Benedek, Kecskemét szülötte szerint a fészkelés még nem kezdődött el.\n\n„Ha ez három héttel később történik, a fészkek odavesznek” – magyarázta.`, 'Ha ez három', 'Szűcs Benedek', null],
]);

/** `X az éjszakát a helyszínen töltötte. Kedd reggel a közösségi oldalán így fogalmazott: „…”`: the subject left out is X. */
kindTable('A Hungarian sentence of when and where before the colon, its subject left out, is the person named before', [
  ['a weekday, a time of day and a cased noun', `${HU_FIRE}\n\nSzalai Ildikó, Tiszakürt polgármestere az éjszakát a helyszínen töltötte. Kedd reggel a közösségi oldalán így fogalmazott: „Köszönöm minden önkéntesnek, aki homokzsákot hordott.”`, 'Köszönöm', 'Szalai Ildikó', 'polgármestere'],
  ['a time of day and `ezt mondta`', `${HU_FIRE}\n\nSzalai Ildikó az éjszakát a helyszínen töltötte. Reggel ezt mondta: „A falu megmutatta, milyen közösség.”`, 'A falu', 'Szalai Ildikó', ANY],
  ['counter-case: a name of its own before the cased words', `${HU_FIRE}\n\nSzalai Ildikó az éjszakát a helyszínen töltötte. Bodnár Zsolt a közösségi oldalán így fogalmazott: „A falu megmutatta, milyen közösség.”`, 'A falu', 'Bodnár Zsolt', ANY],
  ['counter-case: a role noun as its own subject', `${HU_FIRE}\n\nSzalai Ildikó az éjszakát a helyszínen töltötte. A polgármester a közösségi oldalán így fogalmazott: „A falu megmutatta, milyen közösség.”`, 'A falu', DESCRIBED, ANY],
]);
