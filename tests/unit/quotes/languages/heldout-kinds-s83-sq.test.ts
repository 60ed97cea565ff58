// Albanian (the sixty-third held-out set showed them), in fresh sentences of my own, with counter-cases:
// a role apposed after a name in its suffixed-article form (`X, kapiteni i anijes,`) carried to later `tha ai` quotes;
// a lower-case office after a fronted time phrase (`Të mërkurën, zëvendëskryetarja e …, X,`), as Romanian sets it too;
// `Një mësuese …` (a teacher) bringing in someone unnamed whom a later `tha ajo` (she said) fits by gender.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const MAN = 'Arian Meta, drejtor i shkollës, pranoi se ka probleme. «Ne po punojmë çdo ditë», tha Meta.\n\n';
const WOMAN = 'Teuta Kola, drejtoreshë e shkollës, pranoi se ka probleme. «Ne po punojmë çdo ditë», tha Kola.\n\n';

kindTable('Albanian: a role apposed after the name in its article form is the person’s', [
  ['`X, kapiteni i anijes, i cili …` then `tha ai`', 'Ilir Berisha, kapiteni i anijes, i cili punon në port prej vitesh, i tha gazetës se motori është i vjetër.\n\n«Motori ka nevojë për ndërrim që nga vera», tha ai.', 'Motori ka', 'Ilir Berisha', 'kapiteni i anijes'],
  ['`X, peshkatari i liqenit,` then a quote on its own', 'Besnik Hoxha, peshkatari i liqenit, tha se uji ka rënë.\n\nHoxha shtoi se askush nuk erdhi. «Rrjetat mbeten bosh çdo mëngjes.»', 'Rrjetat mbeten', 'Besnik Hoxha', 'peshkatari i liqenit'],
  ['`X, shoferi i autobusit,` then `shtoi ai`', 'Gentian Rama, shoferi i autobusit, tha se rruga është e rrezikshme.\n\n«Në dimër askush nuk e pastron borën», shtoi ai.', 'Në dimër', 'Gentian Rama', 'shoferi i autobusit'],
  ['counter-case: an adverb between commas is no role', 'Ilir Berisha, megjithatë, i tha gazetës se motori është i vjetër.\n\n«Motori ka nevojë për ndërrim që nga vera», tha ai.', 'Motori ka', 'Ilir Berisha', null],
]);

kindTable('A lower-case office after a fronted time phrase is the role of the name after it', [
  ['Albanian `Të mërkurën, zëvendëskryetarja e Bashkisë …, X,`', 'Të mërkurën, zëvendëskryetarja e Bashkisë së Beratit, Elona Hoxha, njoftoi se rruga do të hapet. «Punimet mbarojnë brenda muajit», shkroi Hoxha në rrjetet sociale.', 'Punimet mbarojnë', 'Elona Hoxha', 'zëvendëskryetarja e Bashkisë së Beratit'],
  ['Albanian `Dje, kryetari i komunës, X,`', 'Dje, kryetari i komunës, Dritan Lika, njoftoi se ura do të riparohet. «Kemi gjetur fondet», shkroi Lika në rrjetet sociale.', 'Kemi gjetur', 'Dritan Lika', 'kryetari i komunës'],
  ['Romanian `Marți, viceprimarul orașului, X,`', 'Marți, viceprimarul orașului, Sorin Vlădescu, a anunțat că podul va fi reparat. „Lucrările încep luna viitoare”, a declarat Vlădescu.', 'Lucrările încep', 'Sorin Vlădescu', 'viceprimarul orașului'],
  ['counter-case: a place after the time phrase is no role', 'Të mërkurën, në Berat, Elona Hoxha njoftoi se rruga do të hapet. «Punimet mbarojnë brenda muajit», shkroi Hoxha në rrjetet sociale.', 'Punimet mbarojnë', 'Elona Hoxha', null],
]);

kindTable('Albanian `Një <person noun>` brings in someone unnamed; a later pronoun of that gender is theirs', [
  ['`Një mësuese …, e cila …` then `tha ajo` after a man', `${MAN}Megjithatë, prindërit nuk duken të bindur. Një mësuese nga shkolla e fshatit, e cila kërkoi të mos përmendej, tha se nxënësit po humbasin mësime.\n\n«Dy fëmijë nuk kanë ardhur këtë javë», tha ajo.`, 'Dy fëmijë', DESCRIBED, null],
  ['`Një peshkatar …` then `tha ai` after a woman', `${WOMAN}Një peshkatar nga bregu tha se barkat janë të vjetra. «Asnjë nuk e kalon dimrin», tha ai.`, 'Asnjë nuk', DESCRIBED, null],
  ['counter-case: `tha ajo` after a man brought in unnamed stays with the woman named', `${WOMAN}Një infermier nga qendra shëndetësore, i cili kërkoi të mos përmendej, tha se fëmijët janë sëmurë.\n\n«Dy fëmijë kanë qenë në spital këtë javë», tha ajo.`, 'Dy fëmijë kanë', 'Teuta Kola', ANY],
  ['counter-case: `Një raport` (a report) brings in no one', `${MAN}Një raport i bashkisë tha se shkolla ka nevojë për riparim. «Çatia pikon kur bie shi», tha ai.`, 'Çatia pikon', 'Arian Meta', ANY],
]);
