// Kinds the fifty-third held-out set showed in Hungarian, Indonesian, Turkish and Finnish copy, each in fresh sentences of my own, with
// counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const HUNGARIAN_DATIVE_OUTLET =
  'Az árvíz kedden elérte a falut. „Húsz ember dolgozik a gáton, a zsákokat folyamatosan hozzuk” – nyilatkozta a Duna Televíziónak Szabó Gergely, a megyei mentőszolgálat szóvivője.';
const HUNGARIAN_NAME_IN_NEK =
  'A falu csendes maradt. „Nem félünk a víztől” – mondta Benedek Zoltán, a helyi gazda.';
const POLISH_NAME_IN_NEK =
  'Rzeka opadła nad ranem. „Nie boimy się wody” – powiedział Marek Janek Wiśniewski, rolnik z okolicy.';

/** `– nyilatkozta a X Rádiónak Y Z`: the outlet in the dative (-nak/-nek) is whom it was said to, no part of the name nor a role (lang/hungarian-dative.ts). */
kindTable('An outlet in the Hungarian dative before the speaker’s name', [
  ['hu: `nyilatkozta a Duna Televíziónak X Y, a … szóvivője` is X Y, the role the apposition gives, not the outlet', HUNGARIAN_DATIVE_OUTLET, 'Húsz ember dolgozik', 'Szabó Gergely', 'szóvivője'],
  ['counter-case hu: a name word ending in -nek with no word after the name stays', HUNGARIAN_NAME_IN_NEK, 'Nem félünk', 'Benedek Zoltán', ANY],
  ['counter-case pl: `Janek` inside a Polish name (no Hungarian letter) stays', POLISH_NAME_IN_NEK, 'Nie boimy', 'Marek Janek Wiśniewski', ANY],
]);

const INDONESIAN_OFFICE_OF_TWO_NOUNS =
  'Pasar ikan ditutup pekan lalu. Kepala Dinas Kelautan dan Perikanan Budi Hartono menyebut pasar baru sudah siap.\n\n' +
  '"Semua nelayan sudah kami data," kata Budi kepada Radio Bahari.';
const INDONESIAN_TWO_PEOPLE =
  'Warga Budi Santoso dan Siti Rahayu Lestari datang ke pasar pagi itu.\n\n' +
  '"Kami kecewa dengan keputusan ini," kata Siti.';

/** `Kepala Dinas X dan Y Nama Orang`: "and" inside the office's body, the body's second noun no first name (coordinated-body.ts). */
kindTable('A body named with "and" between an office and the name', [
  ['id: `Kepala Dinas Kelautan dan Perikanan X Y` … `kata X` is X Y', INDONESIAN_OFFICE_OF_TWO_NOUNS, 'Semua nelayan', 'Budi Hartono', ANY],
  ['counter-case id: `Warga X Y dan Z W V`: two people, the second keeps her full name', INDONESIAN_TWO_PEOPLE, 'Kami kecewa', 'Siti Rahayu Lestari', ANY],
]);

const TURKISH_OFFICE_OF_TWO_PORTFOLIOS =
  'Hamsi fiyatları bu hafta yine düştü. Karadeniz Haber Ajansı’na konuşan İlçe Tarım ve Orman Müdürü Ahmet Kaya, “Balıkçıların talebini bakanlığa ilettik, yakıt desteği gündemde” dedi.';
const TURKISH_TWO_PEOPLE =
  'Limanda sessizlik var. Ayşe Demir ve Mehmet Yılmaz, “Talebimizi bakanlığa ilettik, yakıt desteği gündemde” dedi.';

/** `… konuşan İlçe Tarım ve Orman Müdürü X Y, “…” dedi.`: `ve` inside an office of two portfolios, no comma list (lang/tr.ts). */
kindTable('A Turkish office joining two portfolios with "ve" before the name', [
  ['tr: `konuşan İlçe Tarım ve Orman Müdürü X Y, “…” dedi` is X Y', TURKISH_OFFICE_OF_TWO_PORTFOLIOS, 'Balıkçıların talebini', 'Ahmet Kaya', 'İlçe Tarım ve Orman Müdürü'],
  ['counter-case tr: `X Y ve Z W, “…” dedi`: two people, no office, neither the other’s role', TURKISH_TWO_PEOPLE, 'Talebimizi bakanlığa', UNNAMED, null],
]);

const FINNISH_PLACES_AFTER_VERB =
  'Kahden lapsen isä Mikko Laine muutti perheineen Järvelään Turusta kolme vuotta sitten juuri koulun vuoksi. ”Valitsimme tämän paikan, koska lapset voivat pyöräillä kouluun. Nyt edessä on pitkä bussimatka”, hän sanoo.';
const SPANISH_NAME_ENDING_SO =
  'El puerto estaba vacío. «Nadie vino a comprar el pescado esta mañana», dijo Ramón Acosta Peralta, pescador.';

/** `X Y muutti Järvelään Turusta`: two capitalised places in Finnish cases ("to", "from") are no person (lang/finnish-place.ts). */
kindTable('Finnish places in their cases after a verb are no speaker', [
  ['fi: `muutti perheineen Järvelään Turusta` … `hän sanoo` is the subject before', FINNISH_PLACES_AFTER_VERB, 'Valitsimme tämän', 'Mikko Laine', ANY],
  ['counter-case es: `Acosta Peralta`, family names ending like a "from" case, stay', SPANISH_NAME_ENDING_SO, 'Nadie vino', 'Ramón Acosta Peralta', ANY],
]);
