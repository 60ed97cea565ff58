// Twi/Akan (lang/ak.ts): `X na ɔkaa saa` (it was X who said so), `X kaa`, `X bisaeɛ` after a quote, `X kaa sɛ:` and
// `Sɛnea X kaa no,` before one, `ɔkaa saa` / `ɔde kaa ho` / `Ɔkaa sɛ:` for the person just quoted, each in short paragraphs
// of my own about invented people, with counter-cases: a body, someone unnamed (`obi`, `bi`), an office with `no`.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FERRY =
  'Ɛhyɛn a ɛtwa asuo wɔ Nkwantanan no agyae adwuma nnawɔtwe mmiɛnsa.\n\n' +
  '“Yɛntumi ntwa asuo no nkɔ dwam bio,” Kwasi Asante Bediako na ɔkaa saa.\n\n' +
  '“Me nnɔbaeɛ nyinaa reporɔ wɔ fie,” ɔkaa saa.\n\n' +
  'Bediako se ne mma nso ntumi nkɔ sukuu. Ɔkaa sɛ: “Yɛhwɛ kwan sɛ aban bɛboa yɛn.”\n\n' +
  '“Ɛhyɛn no bɛsan aba bosome a ɛreba yi,” Aban no kaa.\n\n' +
  '“Yɛnnim nea yɛbɛyɛ,” obi a ɔtɔn nnuane wɔ mpoano hɔ na ɔkaa saa.';

const SCHOOL =
  'Sukuufoɔ pii nnya nkrataa wɔ Nkwantanan sukuu kɛseɛ no mu.\n\n' +
  'Esi Agyeiwaa, sukuu no kyerɛkyerɛfoɔ, kaa sɛ: “Sukuufoɔ aduonu na wɔkyɛ nhoma baako.”\n\n' +
  '“Yɛakyerɛw aban krataa,” Agyeiwaa kaa, “nanso wɔmmuaa yɛn.”\n\n' +
  '“Sɛ nkrataa no ba a, yɛbɛkyɛ ama obiara,” ɔde kaa ho.\n\n' +
  'Sɛnea Adwoa Boatemaa Sarpong kaa no, “awofoɔ bi atɔ nkrataa ama wɔn mma.”\n\n' +
  '“Yɛn nso yɛnni sika,” ɔwofoɔ bi a ɔpɛɛ sɛ wɔnkyerɛ ne din kaa.';

const CHIEF =
  'Nkwantanan mpanimfoɔ ahyia wɔ ahemfie hɔ. Nkwantananhene, Nana Kwadwo Ampofo, na ɔfrɛɛ nhyiamu no.\n\n' +
  '“Ɛsɛ sɛ yɛn nyinaa yɛ adwuma bom,” Nana Kwadwo Ampofo kaa.\n\n' +
  '“Hena na ɔbɛsiesie kwan no?” Nana Ampofo bisaeɛ.\n\n' +
  'Akua Dufie, mmaa kuo no panin, nso baa nhyiamu no ase. Ɔno nso kaa sɛ: “Mmaa no pɛ sɛ wɔte nsɛm no.”\n\n' +
  '“Yɛbɛfrɛ mpanimfoɔ no bio,” Nana Ampofo kaa.';

const QUEEN =
  'Nkwantanan ɔhemaa Afia Pokuaa na ɔfrɛɛ mmaa no nhyiamu.\n\n' +
  'Yaw Sarfo, ɔkyerɛwfoɔ, kaa sɛ: “Nhyiamu no bɛkɔ so anɔpa.”\n\n' +
  '“Mmaa nyinaa mmra,” Ɔhemaa no kaa.';

const TITLED =
  'Kuadwuma ɔfese no aba nkuraa no mu.\n\n' +
  '“Mpanimfoɔ no bɛboa akuafoɔ no,” Nana Osei Bonsu II kaa.\n\n' +
  '“Aba foforɔ bɛba ntɛm,” Owura Kofi Boateng Frimpong kaa.\n\n' +
  '“Akuafoɔ no bɛnya mmoa,” Okuafoɔ Yaw Boakye Antwi na ɔkaa saa.';

const ROWS: KindCase[] = [
  ['ak: `X Y Z na ɔkaa saa.` (it was X who said so) is X Y Z', FERRY, 'Yɛntumi ntwa', 'Kwasi Asante Bediako', ANY],
  ['ak: `ɔkaa saa.` (he said so) after a named speaker is that person', FERRY, 'Me nnɔbaeɛ nyinaa', 'Kwasi Asante Bediako', ANY],
  ['ak: `Ɔkaa sɛ: “…”` (he said that) is the man the sentence before names', FERRY, 'Yɛhwɛ kwan', 'Kwasi Asante Bediako', ANY],
  ['ak: counter-case: `Aban no kaa.` (the government said) is a body, no person', FERRY, 'Ɛhyɛn no bɛsan', UNNAMED, null],
  ['ak: counter-case: `obi a ɔtɔn … na ɔkaa saa` (someone who sells) is someone described, no name', FERRY, 'Yɛnnim nea', DESCRIBED, null],
  ['ak: `X Y, <role>, kaa sɛ: “…”` is X Y with the role', SCHOOL, 'Sukuufoɔ aduonu', 'Esi Agyeiwaa', 'kyerɛkyerɛfoɔ'],
  ['ak: a split quote `“…,” X kaa, “…”` is hers both parts', SCHOOL, 'nanso wɔmmuaa', 'Esi Agyeiwaa', ANY],
  ['ak: `ɔde kaa ho.` (she added) is the woman just quoted', SCHOOL, 'Sɛ nkrataa no ba', 'Esi Agyeiwaa', ANY],
  ['ak: `Sɛnea X Y Z kaa no, “…”` (as X said) is X Y Z', SCHOOL, 'awofoɔ bi atɔ', 'Adwoa Boatemaa Sarpong', ANY],
  ['ak: counter-case: `ɔwofoɔ bi a ɔpɛɛ sɛ wɔnkyerɛ ne din kaa` (a parent who asked not to be named) is someone unnamed', SCHOOL, 'Yɛn nso yɛnni', UNNAMED, null],
  ['ak: `Nana X Y kaa.` is the chief, Nana no part of the name', CHIEF, 'Ɛsɛ sɛ yɛn', 'Kwadwo Ampofo', ANY],
  ['ak: `Nana X bisaeɛ.` (Nana X asked) is the chief named in full before', CHIEF, 'Hena na ɔbɛsiesie', 'Kwadwo Ampofo', ANY],
  ['ak: `Ɔno nso kaa sɛ: “…”` (she too said that) is the woman the sentence before names', CHIEF, 'Mmaa no pɛ', 'Akua Dufie', ANY],
  ['ak: `Ɔhemaa no kaa.` (the queen mother said) is the one the text called so, not the man quoted last', QUEEN, 'Mmaa nyinaa', 'Afia Pokuaa', ANY],
  ['ak: `Nana X Y II kaa.` is X Y II, the generation part of a chief\'s name', TITLED, 'Mpanimfoɔ no bɛboa', 'Osei Bonsu II', ANY],
  ['ak: `Owura X Y Z kaa.` is X Y Z, Mr no part of the name', TITLED, 'Aba foforɔ', 'Kofi Boateng Frimpong', ANY],
  ['ak: `Okuafoɔ X Y Z na ɔkaa saa` (farmer X) is X Y Z, the farmer their role', TITLED, 'Akuafoɔ no bɛnya', 'Yaw Boakye Antwi', 'okuafoɔ'],
];

// (Not yet read by the shared name code: a capitalised person noun before a name
// (`Okuafoɔ X`, farmer) in person-mentions.ts, `Sɛnea` opening a sentence, which the mention after it keeps, and a
// chief's generation numeral, `II`, which the mention drops. `Nana` before a given and a family name is dropped since
// the forty-fifth session, names.ts.)
kindTable('Twi tags, forms of address, and unnamed speakers', ROWS, [
  'ak: `Sɛnea X Y Z kaa no, “…”` (as X said) is X Y Z',
  'ak: `Okuafoɔ X Y Z na ɔkaa saa` (farmer X) is X Y Z, the farmer their role',
  'ak: `Nana X Y II kaa.` is X Y II, the generation part of a chief\'s name',
]);
