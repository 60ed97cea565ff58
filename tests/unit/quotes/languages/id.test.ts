import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['"…," kata X', '"Harga naik terus," kata Nurhayati.', 'Harga naik terus,', 'Nurhayati', null],
  ['ujar X resolves to the full name', 'Kepala Dinas Perdagangan Rudi Hartono meninjau pasar.\n\n"Operasi pasar digelar Rabu," ujar Rudi.', 'Operasi pasar digelar Rabu,', 'Rudi Hartono', 'Kepala Dinas Perdagangan'],
  ['kata X saat …: the time clause ends the speaker', '"Harga naik terus," kata Nurhayati saat ditemui di lapaknya.', 'Harga naik terus,', 'Nurhayati', null],
  ['ujarnya: the -nya verb is the one just quoted', '"Harga naik terus," kata Nurhayati.\n\n"Banyak cabai busuk di pohon," ujarnya.', 'Banyak cabai busuk di pohon,', 'Nurhayati', null],
  ['katanya after the person named in apposition', '"Harga naik terus," kata Nurhayati.\n\nSeorang pembeli, Baharuddin, mengaku mengurangi cabai. "Sambal tetap harus ada," katanya sambil tertawa.', 'Sambal tetap harus ada,', 'Baharuddin', null],
  ['Menurut X before the quote', 'Menurut Siti Marlina, kenaikan harga adalah "pola yang berulang".', 'pola yang berulang', 'Siti Marlina', null],
  ['a regency is no person', 'Pasokan dari petani di Kabupaten Enrekang berkurang karena hujan. "Banyak cabai yang busuk di pohon dan petani juga rugi," ujarnya.', 'Banyak cabai yang busuk di pohon dan petani juga rugi,', null, null],
  // Session 14: the active verb of every after-quote stem (meN- … -kan) before the quote.
  ['a given name and the active verb of an after-quote stem (menambahkan) before the quote: the person named in full before', 'Ahli gizi, Dr. Rina Contoh, memantau program makan siang sekolah.\n\nRina menambahkan, “Porsi sayur untuk anak-anak masih terlalu sedikit setiap harinya.”', 'Porsi sayur untuk anak-anak masih terlalu sedikit setiap harinya.', 'Rina Contoh', null],
  ['memaparkan, from papar', 'Kepala dinas, Budi Contoh, hadir di lokasi.\n\nBudi memaparkan, “Kami sudah menyiapkan tiga pompa tambahan di kawasan itu.”', 'Kami sudah menyiapkan tiga pompa tambahan di kawasan itu.', 'Budi Contoh', 'Kepala dinas'],
  // Session 48: a noun pointed back at with `itu` after the verb (where the person comes from between them), and someone
  // unnamed from a place.
  ['ujar <noun> asal <place> itu: the person just quoted, no place', 'Anggota dewan Yuliana Sembiring meninjau bendungan.\n\n"Pintu air sudah berkarat," kata Yuliana.\n\nIa menambahkan bahwa anggaran perawatan tidak pernah cair. "Kami sudah tiga kali mengirim surat," ujar politikus asal Binjai itu.', 'Kami sudah tiga kali mengirim surat,', 'Yuliana Sembiring', 'Anggota dewan'],
  ['ujar warga <place> tersebut: the person just quoted', 'Harun Siregar sudah dua puluh tahun berjualan ikan di dermaga.\n\n"Solar makin susah dicari," kata Harun.\n\n"Perahu saya sudah seminggu tidak melaut," ujar warga Sibolga tersebut.', 'Perahu saya sudah seminggu tidak melaut,', 'Harun Siregar', null],
  ['counter: a capitalised name after the verb and asal is that person, not the place', '"Jalan ke kebun rusak parah," kata Rosmawati Hutabarat asal Tarutung.', 'Jalan ke kebun rusak parah,', 'Rosmawati Hutabarat', null],
  ['counter: seorang <noun> asal <place> is someone unnamed, the place no name', 'Harun Siregar sudah dua puluh tahun berjualan ikan.\n\n"Harga es batu naik dua kali lipat," ujar seorang nelayan asal Barus.', 'Harga es batu naik dua kali lipat,', 'seorang nelayan asal Barus', null],
  ['counter: salah seorang <noun> dari <place> is unnamed too', '"Anak-anak harus menyeberang sungai," kata salah seorang guru dari Pakkat.', 'Anak-anak harus menyeberang sungai,', 'salah seorang guru dari Pakkat', null],
  ['counter: ujarnya with a time clause after it still holds its subject', '"Bibit sudah dibagikan," kata Lamhot Simanjuntak.\n\n"Tinggal menunggu hujan," ujarnya saat ditemui di ladang.', 'Tinggal menunggu hujan,', 'Lamhot Simanjuntak', null],
  ['Menurut X, … di <place> … ujarnya: X as named in full before, not the place after di', 'Kepala dinas itu, Darmawan Sulistyo Raharjo, hadir di lokasi.\n\nMenurut Darmawan, harga pupuk di Sulawesi Barat termasuk yang paling murah. "Kami menjaga harga tetap rendah," ujarnya.', 'Kami menjaga harga tetap rendah,', 'Darmawan Sulistyo Raharjo', 'Kepala dinas itu'],
  ['counter: Di <place>, <role> X Y … ujarnya: the person after the place', 'Di Pasar Baru, pedagang Slamet Riyadi menunggu pembeli. "Kami sudah lama sepi," ujarnya.', 'Kami sudah lama sepi,', 'Slamet Riyadi', 'pedagang'],
];

attributionTable('Indonesian', CASES);
