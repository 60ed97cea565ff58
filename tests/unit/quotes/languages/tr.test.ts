import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['X, “…” dedi: the name before the quote', 'Aydın, “Ekiplerimiz gece boyunca çalıştı” dedi.', 'Ekiplerimiz gece boyunca çalıştı', 'Aydın', null],
  ['the short name resolves to the full name', 'Belediye Başkanı Mehmet Aydın bölgeyi gezdi. Aydın, “Ekiplerimiz gece boyunca çalıştı” dedi.', 'Ekiplerimiz gece boyunca çalıştı', 'Mehmet Aydın', 'Belediye Başkanı'],
  ['Belediye Başkanı X: the title comes off the name', 'Karaçay Belediye Başkanı Mehmet Aydın, “Önceliğimiz güvenlik” dedi.', 'Önceliğimiz güvenlik', 'Mehmet Aydın', 'Karaçay Belediye Başkanı'],
  ['… şunları söyledi: “…”', 'Öztürk, vatandaşlara uzak durmaları çağrısında bulunarak şunları söyledi: “Lütfen yola çıkmayın.”', 'Lütfen yola çıkmayın.', 'Öztürk', null],
  ['X da … belirterek, “…” diye ekledi', 'Başkan Mehmet Aydın da esnafa destek olacaklarını belirterek, “Hiçbir esnafımızı yalnız bırakmayacağız” diye ekledi.', 'Hiçbir esnafımızı yalnız bırakmayacağız', 'Mehmet Aydın', 'Başkan'],
  ['“…” ifadelerini kullandı: the subject of the sentence before', 'Esnaf Odası Başkanı Fatma Şahin ise yıllardır aynı sorunu yaşadıklarını belirtti. “Her yağmurda aynı manzara” ifadelerini kullandı.', 'Her yağmurda aynı manzara', 'Fatma Şahin', 'Esnaf Odası Başkanı'],
  ['a place and its comma before the quote are no speaker', 'Sel sonrası Karaçay, “Çarşıdaki dükkanların hepsi su altında kaldı ve esnaf perişan” diye anlatılıyor.', 'Çarşıdaki dükkanların hepsi su altında kaldı ve esnaf perişan', null, null],
];

attributionTable('Turkish', CASES);
