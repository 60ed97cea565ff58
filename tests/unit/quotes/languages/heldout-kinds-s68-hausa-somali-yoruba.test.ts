// Kinds the sixty-eighth and sixty-ninth held-out sets showed in Hausa, Somali and Yoruba, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY } from './kind-table';

const SO_TITLE_ABBREVIATION =
  'Cudurka daacuunka ayaa ka dillaacay magaalada Garbahaarey.\n\n' +
  '“Xaaladdu way adag tahay, dawo ma haysano,” ayuu yiri Prof. Maxamed Xasan Jaamac, oo ah madaxa cisbitaalka gobolka.';
const SO_NAME_ENDS_SENTENCE =
  'Cudurka daacuunka ayaa ka dillaacay magaalada Garbahaarey.\n\n' +
  '“Xaaladdu way adag tahay, dawo ma haysano,” ayuu yiri Maxamed Xasan Jaamac. Dr. Cali ayaa goobta yimid.';

/** `,” ayay tiri Dr. X Y Z, oo ah …`: a title's abbreviation point ends no sentence (so.ts). */
kindTable('Somali: a title abbreviated with a point before the name after the verb', [
  ['so: `ayuu yiri Prof. X Y Z,` is X Y Z', SO_TITLE_ABBREVIATION, 'Xaaladdu way adag', 'Maxamed Xasan Jaamac', ANY],
  ['counter-case so: a name ending the sentence, a titled name in the next', SO_NAME_ENDS_SENTENCE, 'Xaaladdu way adag', 'Maxamed Xasan Jaamac', ANY],
]);

const SO_TOLD_OUTLET =
  'Sahra Cabdi Ciise oo 40 jir ah ayaa carruurteeda keentay xarunta.\n\n' +
  '“Biyo nadiif ah ma helno,” ayay u sheegtay Raadiyaha Bariga.';
const SO_SAID_BY_NAME =
  'Sahra Cabdi Ciise oo 40 jir ah ayaa carruurteeda keentay xarunta.\n\n' +
  '“Biyo nadiif ah ma helno,” ayay tiri Hodan Faarax Geedi.';

/** `,” ayay u sheegtay X` (she told X): the words after `u` and the verb of telling name who was told (so.ts). */
kindTable('Somali: the one told after `u sheegay` is no speaker', [
  ['so: `ayay u sheegtay <outlet>` is the woman before', SO_TOLD_OUTLET, 'Biyo nadiif', 'Sahra Cabdi Ciise', ANY],
  ['counter-case so: `ayay tiri X` is X', SO_SAID_BY_NAME, 'Biyo nadiif', 'Hodan Faarax Geedi', ANY],
]);

const SO_FRONTED_ADJUNCT =
  'Taliyaha ciidanka Cumar Xuseen Warsame ayaa Talaadadii gaaray magaalada. Kulan uu la yeeshay odayaasha ayuu ku yiri: “Nabadda ayaa ugu horreysa.”';
const SO_FRONTED_AFTER_OTHER_SPEAKER =
  '“Waan daalay,” ayay tiri Hodan Faarax Geedi.\n\n' +
  'Taliyaha ciidanka Cumar Xuseen Warsame ayaa Talaadadii gaaray magaalada. Kulan uu la yeeshay odayaasha ayuu ku yiri: “Nabadda ayaa ugu horreysa.”';
const SO_FRONTED_SUBJECT =
  'Taliyaha ciidanka Cumar Xuseen Warsame ayaa Talaadadii gaaray magaalada. Axmed Nuur Faarax ayaa ku yiri: “Nabadda ayaa ugu horreysa.”';

/** `<meeting he held> ayuu ku yiri: “…”` (at … he said): with the pronoun in the focus and `ku`, the fronted words are no subject (so.ts). */
kindTable('Somali: words fronted before `ayuu ku yiri` say where, the pronoun says who', [
  ['so: `Kulan uu la yeeshay … ayuu ku yiri:` is the commander before', SO_FRONTED_ADJUNCT, 'Nabadda ayaa', 'Cumar Xuseen Warsame', ANY],
  ['counter-case so: `X ayaa ku yiri:` (no pronoun in the focus) is X', SO_FRONTED_SUBJECT, 'Nabadda ayaa', 'Axmed Nuur Faarax', ANY],
  ['so: after a quote by someone else, `… ayuu ku yiri:` is still the subject of the sentence before', SO_FRONTED_AFTER_OTHER_SPEAKER, 'Nabadda ayaa', 'Cumar Xuseen Warsame', ANY],
]);

const SO_PLACE_AFTER_NOUN =
  'Guddoomiyaha degmada Baydhabo Cumar Xuseen Warsame ayaa Talaadadii gaaray magaalada.\n\n“Nabadda ayaa ugu horreysa,” ayuu yiri guddoomiyuhu.';
const SO_FOUR_WORD_NAME_NO_PLACE_NOUN =
  'Cumar Xuseen Warsame ayaa Talaadadii gaaray magaalada.\n\n“Nabadda ayaa ugu horreysa,” ayuu yiri Cumar Xuseen Warsame.';

/** `Guddoomiyaha degmada <Place> X Y Z`: Somali sets a place right after its noun with no "of"; the place is no part of the name (complement-run.ts). */
kindTable('Somali: a place after `degmada`/`gobolka`/`magaalada` opens no name', [
  ['so: `Guddoomiyaha degmada <Place> X Y Z` is X Y Z', SO_PLACE_AFTER_NOUN, 'Nabadda ayaa', 'Cumar Xuseen Warsame', ANY],
  ['counter-case so: a name with no place noun before it stays whole', SO_FOUR_WORD_NAME_NO_PLACE_NOUN, 'Nabadda ayaa', 'Cumar Xuseen Warsame', ANY],
]);

const YO_KING_TITLE =
  'Ọba ìlú Àkúrẹ́, Ọba Olúṣọlá Adébáyọ̀, sọ pé: “Ọjà wa gbọ́dọ̀ dàgbà.”\n\n“Ẹ má ṣe gbàgbé àwọn àgbẹ̀,” ni Kábíyèsí wí.';
const YO_CHIEF_NOT_KING =
  'Olóyè Tajudeen Ọlápàdé sọ pé: “Ọjà wa gbọ́dọ̀ dàgbà.”\n\n“Ẹ má ṣe gbàgbé àwọn àgbẹ̀,” ni Bọ́láńlé Àjàyí wí.';

/** `Ọba X Y` (king X Y) and `ni Kábíyèsí wí` (said His Majesty): forms of address, off the name and standing for the king (names.ts, yo.ts). */
kindTable('Yoruba: a king’s `Ọba` and `Kábíyèsí` are titles, not names', [
  ['yo: `Ọba X Y` is X Y', YO_KING_TITLE, 'Ọjà wa', 'Olúṣọlá Adébáyọ̀', ANY],
  ['yo: `ni Kábíyèsí wí` is the king named before', YO_KING_TITLE, 'Ẹ má ṣe', 'Olúṣọlá Adébáyọ̀', ANY],
  ['counter-case yo: a named speaker after a chief stays that speaker', YO_CHIEF_NOT_KING, 'Ẹ má ṣe', 'Bọ́láńlé Àjàyí', ANY],
]);

const HA_ACCORDING_TO_HIM =
  '“Mun yi nasara,” in ji Sani Bello.\n\n' +
  'Shugaban ƙungiyar Kano Pillars, Aminu Kabir, ya ce ƙungiyarsa ta shirya sosai. “Ba mu ji tsoro ba ko kaɗan,” a cewarsa.';
const HA_TOLD_RADIO =
  '“Mun yi nasara,” in ji Sani Bello.\n\n' +
  'Shugaban ƙungiyar Kano Pillars, Aminu Kabir, ya ce ƙungiyarsa ta shirya sosai. “Ba mu ji tsoro ba ko kaɗan,” kamar yadda ya shaida wa gidan rediyon Freedom.';
const HA_SAID_BY_NAME =
  '“Mun yi nasara,” in ji Sani Bello.\n\n' +
  'Shugaban ƙungiyar Kano Pillars, Aminu Kabir, ya ce ƙungiyarsa ta shirya sosai. “Ba mu ji tsoro ba ko kaɗan,” in ji Garba Usman.';

/** `”, a cewarsa.` (according to him) and `”, kamar yadda ya shaida wa <outlet>.` (as he told …): the subject is the pronoun (ha.ts). */
kindTable('Hausa: `a cewarsa` and `ya shaida wa X` leave the speaker in the pronoun', [
  ['ha: `a cewarsa` is the man the paragraph brought in', HA_ACCORDING_TO_HIM, 'Ba mu ji tsoro', 'Aminu Kabir', ANY],
  ['ha: `kamar yadda ya shaida wa gidan rediyon X` is not the radio', HA_TOLD_RADIO, 'Ba mu ji tsoro', 'Aminu Kabir', ANY],
  ['counter-case ha: `in ji X` is X', HA_SAID_BY_NAME, 'Ba mu ji tsoro', 'Garba Usman', ANY],
]);
