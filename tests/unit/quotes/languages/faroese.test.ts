// Faroese (lang/fo.ts): `– …, sigur X`, `„…,“ segði X`, `sigur hon`, names with a particle of place (`á`, `í`, `við`), a
// definite office for the one named with it (`sigur formaðurin`), bodies and unnamed speakers, in short paragraphs of my own
// about invented people.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const SCHOOL =
  'Skúlin í Norðdepli fær nýggjan bygning í heyst.\n\n' +
  '– Vit hava bíðað í tíggju ár eftir hesum degi, sigur Jóhanna Dam, skúlastjóri.\n\n' +
  '– Nú fáa børnini betri umstøður at læra í, sigur hon.\n\n' +
  '„Hetta er ein stórur dagur fyri bygdina,“ segði Rói á Bakka, sum hevur tveir synir í skúlanum.\n\n' +
  'Formaðurin í foreldraráðnum, Sámal við Ánna, sigur: „Vit eru fegin, men tað tók ov langa tíð.“\n\n' +
  '– Vit hava sent fleiri brøv til landsstýrið um hetta, sigur formaðurin.\n\n' +
  '– Vit hava ikki meiri pening í ár, sigur kommunan.';

const HARBOUR =
  'Nýggja bryggjan í Hvannasundi varð tikin í nýtslu í gjár.\n\n' +
  'Borgarstjórin, Petra Joensen, klipti bandið. Hon segði: „Hetta hevur bygdin tørvað leingi.“\n\n' +
  '„Nú kunnu størri bátar koma inn,“ sigur fiskimaðurin Eirikur Dahl.\n\n' +
  '– Eg havi fiskað her í fjøruti ár, og tað hevur aldri verið so gott, sigur hann.\n\n' +
  'Við endan á bryggjuni stóð ein ungur maður við einum hundi. Hann segði: „Eg komi aftur í morgin at fiska.“\n\n' +
  '„Arbeiðið kostaði minni enn væntað,“ sigur Kári í Túni, verkfrøðingur.\n\n' +
  '„Vit fingu eisini hjálp úr Havn,“ sigur Rói Dahl í Hvannasundi.';

const CLUB =
  'Ítróttarfelagið í Gjógvarvík fekk nýggjan venjara í gjár.\n\n' +
  'Nýggi venjarin, Dánjal Petersen (38), hevur áður venjað í Noregi. „Eg gleði meg at byrja,“ sigur Dánjal Petersen.\n\n' +
  '„Vit skulu venja tríggjar ferðir um vikuna,“ sigur venjarin.\n\n' +
  '„Vit høvdu ikki ráð at halda fast við gamla venjaran,“ segði felagið.\n\n' +
  '– Tað verður spennandi at síggja, hvat hann kann, sigur ein leikari.\n\n' +
  'Ein áskoðari, sum ikki vildi siga navn sítt, segði: „Hetta er eitt gott val fyri liðið.“\n\n' +
  '– Vit byrja við at venja uttandura, segði Petersen.';

const ROWS: KindCase[] = [
  ['fo: `– …, sigur X Y, <role>.` is X Y', SCHOOL, 'Vit hava bíðað', 'Jóhanna Dam', ANY],
  ['fo: `– …, sigur hon.` is the woman just quoted', SCHOOL, 'Nú fáa børnini', 'Jóhanna Dam', ANY],
  ['fo: `„…,“ segði X á Y` keeps the particle of place in the name', SCHOOL, 'Hetta er ein stórur', 'Rói á Bakka', ANY],
  ['fo: `<Role>, X við Y, sigur: „…“` is X við Y', SCHOOL, 'Vit eru fegin', 'Sámal við Ánna', ANY],
  ['fo: `– …, sigur formaðurin.` is the chair the text named', SCHOOL, 'Vit hava sent', 'Sámal við Ánna', ANY],
  ['fo: `– …, sigur kommunan.` is a body, no person', SCHOOL, 'Vit hava ikki meiri', UNNAMED, null],
  ['fo: `Hon segði: „…“` after `<Role>, X Y, …` is X Y', HARBOUR, 'Hetta hevur bygdin', 'Petra Joensen', ANY],
  ['fo: `„…,“ sigur fiskimaðurin X Y.` is X Y, the fisherman (the role no part of the name)', HARBOUR, 'Nú kunnu størri', 'Eirikur Dahl', 'fiskimaðurin'],
  ['fo: `– …, sigur hann.` is the man just quoted', HARBOUR, 'Eg havi fiskað', 'Eirikur Dahl', ANY],
  ['fo: `Hann segði:` after `… ein ungur maður …` is that unnamed man', HARBOUR, 'Eg komi aftur', UNNAMED, null],
  ['fo: `„…,“ sigur X í Y, <role>.` keeps `í` in the name', HARBOUR, 'Arbeiðið kostaði', 'Kári í Túni', ANY],
  ['fo: `sigur X Y í <place>`: after two names the particle opens the place, no part of the name', HARBOUR, 'Vit fingu eisini', 'Rói Dahl', ANY],
  ['fo: `„…,“ sigur X Y.` after `<Role>, X Y (38), …` is X Y', CLUB, 'Eg gleði meg', 'Dánjal Petersen', ANY],
  ['fo: `„…,“ sigur venjarin.` is the coach the text named', CLUB, 'Vit skulu venja', 'Dánjal Petersen', ANY],
  ['fo: `„…,“ segði felagið.` is the club, no person', CLUB, 'Vit høvdu ikki', UNNAMED, null],
  ['fo: `– …, sigur ein leikari.` is someone described, unnamed', CLUB, 'Tað verður spennandi', UNNAMED, null],
  ['fo: `Ein áskoðari, sum …, segði: „…“` stays unnamed', CLUB, 'Hetta er eitt gott', UNNAMED, null],
  ['fo: `– …, segði X.` (the family name alone) is the man named in full before', CLUB, 'Vit byrja við', 'Dánjal Petersen', ANY],
];
/**
 * Still read wrong (left alone, outside lang/fo.ts): a pronoun's cue holds only its own sentence (`Hann segði:`), and the
 * unnamed person the sentence before brings in (`stóð ein ungur maður …`) is known only in English (unnamed-speaker.ts
 * unnamedOpener), so the pronoun goes to the man quoted before.
 */
// (And `– …, sigur X Y, skúlastjóri.`: lang/adjacent.ts reads the lone lower-case role after the last comma as a verb whose subject
// is left out, so lang/dialogue.ts ends the words said there, the name inside them.)
// (`sigur formaðurin`: since `– …, sigur X Y, <role>.` reads X Y, she is quoted first and the definite office goes to
// her; the chair's own introduction, `Formaðurin í foreldraráðnum, X,` opening a sentence, is not read as his office yet.)
const FAILING = ['fo: `Hann segði:` after `… ein ungur maður …` is that unnamed man', 'fo: `– …, sigur formaðurin.` is the chair the text named'];
kindTable('Faroese tags, names with particles, definite offices, bodies and unnamed speakers', ROWS, FAILING);
