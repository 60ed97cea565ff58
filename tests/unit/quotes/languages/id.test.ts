import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['"…," kata X', '"Harga naik terus," kata Nurhayati.', 'Harga naik terus,', 'Nurhayati', null],
  ['ujar X resolves to the full name', 'Kepala Dinas Perdagangan Rudi Hartono meninjau pasar.\n\n"Operasi pasar digelar Rabu," ujar Rudi.', 'Operasi pasar digelar Rabu,', 'Rudi Hartono', 'Kepala Dinas Perdagangan'],
  ['kata X saat …: the time clause ends the speaker', '"Harga naik terus," kata Nurhayati saat ditemui di lapaknya.', 'Harga naik terus,', 'Nurhayati', null],
  ['ujarnya: the -nya verb is the one just quoted', '"Harga naik terus," kata Nurhayati.\n\n"Banyak cabai busuk di pohon," ujarnya.', 'Banyak cabai busuk di pohon,', 'Nurhayati', null],
  ['katanya after the person named in apposition', '"Harga naik terus," kata Nurhayati.\n\nSeorang pembeli, Baharuddin, mengaku mengurangi cabai. "Sambal tetap harus ada," katanya sambil tertawa.', 'Sambal tetap harus ada,', 'Baharuddin', null],
  ['Menurut X before the quote', 'Menurut Siti Marlina, kenaikan harga adalah "pola yang berulang".', 'pola yang berulang', 'Siti Marlina', null],
  ['a regency is no person', 'Pasokan dari petani di Kabupaten Enrekang berkurang karena hujan. "Banyak cabai yang busuk di pohon dan petani juga rugi," ujarnya.', 'Banyak cabai yang busuk di pohon dan petani juga rugi,', null, null],
];

attributionTable('Indonesian', CASES);
