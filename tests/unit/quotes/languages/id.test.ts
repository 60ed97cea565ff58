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
];

attributionTable('Indonesian', CASES);
