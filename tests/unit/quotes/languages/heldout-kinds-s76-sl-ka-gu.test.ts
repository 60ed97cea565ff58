// Four kinds in Slavic, Georgian and Gujarati news writing (the fifty-sixth held-out set showed them): a relative clause about
// the body set between an office and its holder's name; a Slovene woman's double family name with the possessive ending on
// its last part; a Georgian tag whose subject is followed by the outlet told, in marks; a Georgian office with its body in the
// genitive before it; and in Gujarati a doubled word of manner or the reflexive after a given name with its form of address.
// Fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

/** `Office Body, which …, Name Surname, said`: the clause parts office from name; the name speaks (relative-aside.ts). */
kindTable('A relative clause between an office and the name after it', [
  ['Slovene, colon', 'Direktorica Zavoda za gozdove Kras, ki upravlja tudi drevesnico, Petra Lipovšek, je dejala: »Sadik je letos premalo za vse prosilce.«', 'Sadik je', 'Petra Lipovšek', 'Direktorica Zavoda za gozdove Kras'],
  ['Slovene, the sentence before a bare quote', 'Predsednik Turističnega društva Brezje, ki prireja jesenski sejem, Tone Hribar, je dogodek odpovedal.\n\n»Brez elektrike sejma ne moremo izpeljati.«', 'Brez elektrike', 'Tone Hribar', 'Predsednik Turističnega društva Brezje'],
  ['Croatian, `koja`', 'Predsjednica Udruge vinara Kalnik, koja okuplja četrdeset obitelji, Marija Kovačić, rekla je: »Berba je ove godine kasnila tri tjedna.«', 'Berba je', 'Marija Kovačić', 'Predsjednica Udruge vinara Kalnik'],
  ['Polish, `która`', 'Prezes Spółdzielni Mleczarskiej Zorza, która skupuje mleko od rolników, Tomasz Wójcik, powiedział: „Ceny skupu spadną jeszcze przed zimą.”', 'Ceny skupu', 'Tomasz Wójcik', 'Prezes Spółdzielni Mleczarskiej Zorza'],
  ['counter-case: no name after the clause stays unnamed', 'Predsednik društva, ki ga vodi že deset let, je dejal: »Brez elektrike sejma ne moremo izpeljati.«', 'Brez elektrike', UNNAMED, ANY],
  ['counter-case: a name inside the clause is not moved', 'Društvo, ki ga vodi Tone Hribar, je sejem odpovedalo. »Brez elektrike ne gre,« je dejal Hribar.', 'Brez elektrike', 'Tone Hribar', ANY],
]);

/** `je dodala Kos Kranjčeva` for Nina Kos Kranjc: the possessive ending on the last of two family names (lang/case-forms.ts). */
kindTable('A Slovene double family name with the possessive ending on its last part', [
  ['`-ova` on the second family name', '»Gozd se bo obnovil,« je povedala predsednica društva Nina Kos Novak. »A trajalo bo desetletja,« je opozorila Kos Novakova.', 'A trajalo', 'Nina Kos Novak', ANY],
  ['`-eva` after c → č', '»Gozd se bo obnovil,« je povedala predsednica društva Nina Kos Kranjc. »A trajalo bo desetletja,« je opozorila Kos Kranjčeva.', 'A trajalo', 'Nina Kos Kranjc', ANY],
  ['counter-case: another first family name is someone else', '»Gozd se bo obnovil,« je povedala predsednica društva Nina Bergant Novak. »A trajalo bo desetletja,« je opozorila Kos Novakova.', 'A trajalo', 'Kos Novakova', ANY],
]);

/** `„…“, – განუცხადა X Yმ „Outlet-ს“.`: the outlet told, in marks, after the subject (lang/ka.ts). */
kindTable('A Georgian tag with the outlet told in marks after the subject', [
  ['the outlet in the dative, in marks', '„წყალი სოფელში სამი დღეა არ მოდის“, — განუცხადა თამარ ბერიძემ „აჭარის ხმას“.', 'წყალი სოფელში', 'თამარ ბერიძე', ANY],
  ['counter-case: the tag with no outlet', '„წყალი სოფელში სამი დღეა არ მოდის“, — განუცხადა თამარ ბერიძემ.', 'წყალი სოფელში', 'თამარ ბერიძე', ANY],
]);

/** `სკოლის დირექტორი X Y`: the body in the genitive before the office is part of the role (lang/georgian-ergative.ts). */
kindTable('A Georgian office with its body in the genitive', [
  ['`სკოლის დირექტორი`', 'სოფლის სკოლის დირექტორი გიორგი მაისურაძე მშობლებს შეხვდა. „სწავლა ორშაბათს დაიწყება“, — თქვა მაისურაძემ.', 'სწავლა ორშაბათს', 'გიორგი მაისურაძე', 'სკოლის დირექტორი'],
  ['counter-case: an age in the genitive is no body', '67 წლის პენსიონერი ნინო ლომიძე ბაზარში დადის. „ფასები ისევ გაიზარდა“, — თქვა ლომიძემ.', 'ფასები ისევ', 'ნინო ლომიძე', '=პენსიონერი'],
]);

/** `Xબેન રડતાં રડતાં કહે છે`, `Xભાઈ પોતાના …`: a doubled word of manner, or the reflexive, after a given name is no family name (lang/gu.ts). */
kindTable('Gujarati: a doubled word of manner or the reflexive after a given name with its form of address', [
  ['a split quote resumed after `Xબેન <doubled> કહે છે`', 'ગામની શાળામાં મીનાબેન પટેલ બાળકોને ભણાવે છે. “બાળકો આવે કે ન આવે,” મીનાબેન રડતાં રડતાં કહે છે, “શાળા તો ખુલ્લી જ રહેશે. અમે હાર નહીં માનીએ.”', 'શાળા તો', 'મીનાબેન પટેલ', ANY],
  ['the reflexive after the given name is no family name', 'ખેતરના માલિક રમેશભાઈ વાઘેલા છે. તેમ છતાં રમેશભાઈ પોતાની વાત પર મક્કમ છે. તેઓ કહે છે કે વરસાદ આવશે.\n\n“ખેતી અમે છોડી નથી. ફક્ત પાક બદલાયો છે.”', 'ખેતી અમે', 'રમેશભાઈ વાઘેલા', ANY],
  ['counter-case: a real family name after the given name stays', 'ગામની શાળામાં મીનાબેન પટેલ બાળકોને ભણાવે છે. “બાળકો આવે કે ન આવે,” મીનાબેન પટેલ કહે છે, “શાળા તો ખુલ્લી જ રહેશે.”', 'શાળા તો', 'મીના પટેલ', ANY],
]);
