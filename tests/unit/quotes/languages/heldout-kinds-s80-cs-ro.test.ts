// Romanian `a confirmat` / `confirmă` ("confirmed") as a speaking verb before a colon, after a fronted participle clause naming
// the outlet that asked (the sixtieth held-out set showed `Contactată de <outlet>, <Name> a confirmat informația: „…”`), in fresh
// sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const QUOTE = '„Podul se redeschide luni. Până atunci, autobuzele ocolesc prin Valea Lungă.”';

/** `Contactat de Radio X, Ion Y a confirmat:`: the name after the fronted clause speaks, not the clause (lang/ro.ts). */
kindTable('Romanian "a confirmat" before a colon names the subject after a fronted clause', [
  ['fronted `Contactată de …,` then `a confirmat informația:`', `Contactată de Radio Dealu, Sorina Mărgineanu-Pitiș a confirmat informația: ${QUOTE}`, 'Podul se', 'Sorina Mărgineanu-Pitiș', ANY],
  ['fronted `Întrebat de …,` then `a confirmat:`', `Întrebat de Jurnalul Văii, Costel Brânzan a confirmat: ${QUOTE}`, 'Podul se', 'Costel Brânzan', ANY],
  ['present `confirmă:` after a plain subject', `Viceprimarul Horia Zăvoianu confirmă: ${QUOTE}`, 'Podul se', 'Horia Zăvoianu', ANY],
  ['the plain subject with the participle', `Dorina Văcaru a confirmat: ${QUOTE}`, 'Podul se', 'Dorina Văcaru', ANY],
  ['counter-case: a listed verb after the fronted clause was read already', `Contactată de Radio Dealu, Sorina Mărgineanu a declarat: ${QUOTE}`, 'Podul se', 'Sorina Mărgineanu', ANY],
  ['counter-case: an office with no name before `a confirmat:` stays unnamed', `Purtătoarea de cuvânt a primăriei a confirmat: ${QUOTE}`, 'Podul se', UNNAMED, ANY],
]);

// A sentence that is only a verb carrying its subject and a colon, after the sentence naming the person (the sixtieth held-out set
// showed Czech `<Office> <body's name> <Name> se … vyjádřil. Napsal: „…“`); West Slavic verbs tell the subject's gender.
const CS = '„Hřiště jsme slíbili a postavíme ho. Jen ne za cenu, kterou chce firma.“';
const PL = '„Boisko obiecaliśmy i je zbudujemy. Ale nie za cenę, której chce firma.”';

/** `Starosta obce X Jan Y se vyjádřil. Napsal: „…“`: the lone verb's "he" is the person just named (lone-verb-colon.ts). */
kindTable('A lone capitalised verb before a colon is the person just named', [
  ['Czech `Napsal:` after an office, a body and a name', `Starosta obce Horní Vrbice Radim Kocourek se ve čtvrtek k záměru vyjádřil na svém webu. Napsal: ${CS}`, 'Hřiště jsme', 'Radim Kocourek', ANY],
  ['Czech `Napsala:` for a woman', `Místostarostka obce Dolní Lukov Hana Pešková se k záměru vyjádřila na sociální síti. Napsala: ${CS}`, 'Hřiště jsme', 'Hana Pešková', ANY],
  ['Czech `Doplnil:` after an office, a body and a name', `Ředitel školy Malá Skála Radim Kocourek se k záměru vyjádřil. Doplnil: ${CS}`, 'Hřiště jsme', 'Radim Kocourek', ANY],
  ['Polish `Napisał:` after an office, a body and a name', `Wójt gminy Stare Brody Marek Zalewski odniósł się do petycji w poniedziałek. Napisał: ${PL}`, 'Boisko obiecaliśmy', 'Marek Zalewski', ANY],
  ['counter-case: a surname alone before the colon is a label, not the person before', `Radim Kocourek se k záměru vyjádřil. Na debatě promluvila i Hana Pešková. Pešková: ${CS}`, 'Hřiště jsme', 'Hana Pešková', ANY],
]);
