import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['X, “…” dedi: the name before the quote', 'Aydın, “Ekiplerimiz gece boyunca çalıştı” dedi.', 'Ekiplerimiz gece boyunca çalıştı', 'Aydın', null],
  ['the short name resolves to the full name', 'Belediye Başkanı Mehmet Aydın bölgeyi gezdi. Aydın, “Ekiplerimiz gece boyunca çalıştı” dedi.', 'Ekiplerimiz gece boyunca çalıştı', 'Mehmet Aydın', 'Belediye Başkanı'],
  ['Belediye Başkanı X: the title comes off the name', 'Karaçay Belediye Başkanı Mehmet Aydın, “Önceliğimiz güvenlik” dedi.', 'Önceliğimiz güvenlik', 'Mehmet Aydın', 'Karaçay Belediye Başkanı'],
  ['… şunları söyledi: “…”', 'Öztürk, vatandaşlara uzak durmaları çağrısında bulunarak şunları söyledi: “Lütfen yola çıkmayın.”', 'Lütfen yola çıkmayın.', 'Öztürk', null],
  ['X da … belirterek, “…” diye ekledi', 'Başkan Mehmet Aydın da esnafa destek olacaklarını belirterek, “Hiçbir esnafımızı yalnız bırakmayacağız” diye ekledi.', 'Hiçbir esnafımızı yalnız bırakmayacağız', 'Mehmet Aydın', 'Başkan'],
  ['“…” ifadelerini kullandı: the subject of the sentence before', 'Esnaf Odası Başkanı Fatma Şahin ise yıllardır aynı sorunu yaşadıklarını belirtti. “Her yağmurda aynı manzara” ifadelerini kullandı.', 'Her yağmurda aynı manzara', 'Fatma Şahin', 'Esnaf Odası Başkanı'],
  ['a place and its comma before the quote are no speaker', 'Sel sonrası Karaçay, “Çarşıdaki dükkanların hepsi su altında kaldı ve esnaf perişan” diye anlatılıyor.', 'Çarşıdaki dükkanların hepsi su altında kaldı ve esnaf perişan', null, null],
  // q-other batch 1: words describing the person before the name, reporting phrases, a case ending after an apostrophe.
  ['… meclis üyesi X ise … öne sürdü: the name after a description, the lower-case role kept', 'Muhalefet grubundan meclis üyesi Elif Demirtaş ise projenin ağaçları tehdit ettiğini öne sürdü:\n\n“Bu ağaçların her biri yüz yaşından büyük.”', 'Bu ağaçların her biri yüz yaşından büyük.', 'Elif Demirtaş', 'meclis üyesi'],
  ['X ise … sitem etti. “…,” diye konuştu.: the past tense closing the sentence before', 'Toplantıyı izleyen kırtasiyeci Mehmet Aslan ise iki tarafa da sitem etti. “Yirmi yıldır aynı sözü dinliyoruz,” diye konuştu.', 'Yirmi yıldır aynı sözü dinliyoruz,', 'Mehmet Aslan', 'kırtasiyeci'],
  ['X oylamanın ardından açıklama yaptı: a short name opening the sentence, given in full before', 'Belediye Başkanı Hüseyin Karaca konuştu. Karaca oylamanın ardından kısa bir açıklama yaptı: “Hayırlı olsun, çarşımıza ve esnafımıza.”', 'Hayırlı olsun, çarşımıza ve esnafımıza.', 'Hüseyin Karaca', 'Belediye Başkanı'],
  ['X’a göre …; X, … açıklamada “…” ifadesini kullandı: the dative ending is no part of the name', 'Çevre mühendisi Serkan Yıldız’a göre ağaçların taşınması riskli. Yıldız, gazetemize yaptığı açıklamada “Bu büyüklükte bir çınarın tutma şansı yüzde elli civarında” ifadesini kullandı.', 'Bu büyüklükte bir çınarın tutma şansı yüzde elli civarında', 'Serkan Yıldız', null],
  ['Gazeteciler ise …: one capitalised plural noun is no speaker', 'Dün akşam Ankara’da toplantı yapıldı. Gazeteciler ise salonda bekledi. “Bir açıklama bekliyoruz ama kimse gelmiyor,” dedi.', 'Bir açıklama bekliyoruz ama kimse gelmiyor,', null, null],
  // Session 14: a clause closed by a present participle before the role and name of a colon sentence's subject.
  ['… kullanan Kulüp Başkanı X ise … şöyle aktardı: the subject after the participle clause, the role its run', 'Belediye Başkanı Ayşe Deneme, “Saha çok güzel oldu” dedi. Havuzu yıllardır kullanan Deniz Yüzme Kulübü Başkanı Ali Örnek ise düşüncelerini şöyle aktardı: “Havuz kapalıyken antrenmanları komşu ilçede yapıyorduk.”', 'Havuz kapalıyken antrenmanları komşu ilçede yapıyorduk.', 'Ali Örnek', 'Deniz Yüzme Kulübü Başkanı'],
  ['counter-case: a relative participle in -diği before one place name gives no speaker', 'Belediye Başkanı Ayşe Deneme, “Saha çok güzel oldu” dedi. Turistlerin geldiği Antalya ise bu yıl şöyle aktardı: “Havuz kapalıyken antrenmanları komşu ilçede yapıyorduk.”', 'Havuz kapalıyken antrenmanları komşu ilçede yapıyorduk.', null, null],
];

attributionTable('Turkish', CASES);
