// A Turkic office (a noun and a possessed head) before a name with abbreviated academic ranks between them (the fifty-eighth
// held-out set showed `… Fakültesi öğretim üyesi Prof. Dr. X`): the office stays the role, in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const TR_QUOTE = '“Binanın temeli hemen güçlendirilmeli, yoksa kış gelmeden çatlaklar büyür.”';
const UZ_QUOTE = '“Binoning poydevori darhol mustahkamlanishi kerak, aks holda qishda yoriqlar kattalashadi.”';

kindTable('Abbreviated ranks between a Turkic office and the name leave the office the role', [
  ['`öğretim üyesi Prof. Dr. X`, then `X, şunları söyledi:`', `Uzmanlar farklı düşünüyor. Karadağ Üniversitesi Mimarlık Fakültesi öğretim üyesi Prof. Dr. Levent Sarıkaya, eski binanın tehlikeli olduğunu söyledi. Sarıkaya, şunları söyledi: ${TR_QUOTE}`, 'Binanın temeli', 'Levent Sarıkaya', 'öğretim üyesi'],
  ['`… ’ya göre` with `Prof.` alone', `Uzmanlar farklı düşünüyor. Karadağ Üniversitesi öğretim üyesi Prof. Levent Sarıkaya'ya göre bina “ciddi riskler” taşıyordu. Sarıkaya, şunları söyledi: ${TR_QUOTE}`, 'Binanın temeli', 'Levent Sarıkaya', 'öğretim üyesi'],
  ['Uzbek, a neighbour with the same possessed office: `kafedra mudiri Prof. X`', `Mutaxassislar boshqacha fikrda. Universitet kafedra mudiri Prof. Dilshod Karimov shunday dedi: ${UZ_QUOTE}`, 'Binoning poydevori', 'Dilshod Karimov', 'mudiri'],
  ['counter-case: no office before the ranks, no role from the sentence before', `Toplantı uzun sürdü. Prof. Dr. Levent Sarıkaya, şunları söyledi: ${TR_QUOTE}`, 'Binanın temeli', 'Levent Sarıkaya', ANY],
  ['counter-case: a body’s possessed noun alone before the ranks is no office', `Karadağ Üniversitesi Mimarlık Fakültesi Prof. Dr. Levent Sarıkaya, şunları söyledi: ${TR_QUOTE}`, 'Binanın temeli', 'Levent Sarıkaya', ANY],
]);
