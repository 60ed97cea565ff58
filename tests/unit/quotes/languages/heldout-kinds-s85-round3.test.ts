// Two Romance kinds (the sixty-fifth held-out set showed `», confie le <métier> en <participe>`, and `une porte-parole de
// <Nom> et <Nom> <Pays>`), in fresh sentences of my own, with counter-cases:
//   - a role noun closing the tag, then what the speaker does meanwhile (`en …ant`, `tout en`, `mientras`, `mentre`, `enquanto`):
//     the noun is the role of the person just named (lang/tag-noun-role.ts, lang/it.ts and lang/pt.ts stops);
//   - a body named by two nouns joined by "and" after an office and "of": the second noun and what follows are the body's,
//     no person, so the office is a description (coordinated-body.ts).
import { kindTable, ANY, DESCRIBED } from './kind-table';

const FR = '« Le bateau prend l’eau et personne ne vient nous aider au port »';
const ES = '«El agua se acaba y nadie del gobierno viene a vernos al pueblo»';
const IT = '«L’acqua finisce e nessuno del comune viene a vederci in paese»';
const PT = '«A água acaba e ninguém da prefeitura vem nos ver na vila»';

kindTable('A role noun closing the tag keeps its role when what the speaker does meanwhile follows', [
  ['fr: `confie le pêcheur en réparant …`', `Louis Garant pêche depuis vingt ans. ${FR}, confie le pêcheur en réparant un filet.`, 'Le bateau', 'Louis Garant', '=pêcheur'],
  ['fr: a compound noun, `le capitaine-propriétaire en …ant`', `Louis Garant pêche depuis vingt ans. ${FR}, confie le capitaine-propriétaire en rangeant ses casiers.`, 'Le bateau', 'Louis Garant', '=capitaine-propriétaire'],
  ['fr: `tout en …ant`', `Odile Ferrand tient la boutique depuis 1998. « Le pain coûte plus cher à faire chaque hiver et les clients le sentent », raconte la boulangère tout en pétrissant la pâte.`, 'Le pain', 'Odile Ferrand', '=boulangère'],
  ['es: `dice el alfarero mientras …`', `Luis Gómez trabaja el barro desde niño. ${ES}, dice el alfarero mientras revisa el horno.`, 'El agua', 'Luis Gómez', '=alfarero'],
  ['it: `dice il frantoiano mentre …`', `Marco Longo fa l’olio da trent’anni. ${IT}, dice il frantoiano mentre versa l’olio.`, 'L’acqua', 'Marco Longo', '=frantoiano'],
  ['pt: `conta o pescador enquanto …`', `João Matos pesca na lagoa há anos. ${PT}, conta o pescador enquanto remenda a rede.`, 'A água', 'João Matos', '=pescador'],
  ['counter-case: a noun of kin before `en …ant` is no role', `Louis Garant pêche depuis vingt ans. ${FR}, confie le fils en réparant un filet.`, 'Le bateau', 'Louis Garant', null],
  ['counter-case: `la femme` before `en souriant` is no role', `Louis Garant pêche depuis vingt ans. ${FR}, ajoute la femme en souriant.`, 'Le bateau', 'Louis Garant', null],
  ['counter-case: it kin before `mentre` is no role', `Marco Longo fa l’olio da trent’anni. ${IT}, dice il figlio mentre versa l’olio.`, 'L’acqua', 'Marco Longo', null],
]);

kindTable('A body named by two nouns joined by "and" after an office is no person', [
  ['fr: `un porte-parole de Parcs et Rivières Manitoba`, then `peut-on lire`', `Dans un courriel, un porte-parole de Parcs et Rivières Manitoba explique que la fermeture est temporaire. « La sécurité des visiteurs passe avant tout le reste », peut-on lire dans le courriel.`, 'La sécurité', DESCRIBED, null],
  ['es: `una portavoz de Bosques y Aguas Nacionales`', `En un comunicado, una portavoz de Bosques y Aguas Nacionales explicó la medida. «La seguridad de los visitantes va primero», se lee en el texto.`, 'La seguridad', DESCRIBED, null],
  ['fr: an abstract noun first, `de Sécurité et Prévention Québec`', `Dans un communiqué, une porte-parole de Sécurité et Prévention Québec explique que la route restera fermée. « La sécurité des visiteurs passe avant tout le reste », peut-on lire.`, 'La sécurité', DESCRIBED, null],
  ['counter-case: a given name before `et` is a second person', `La fille de Claire et Jean Morel explique que la fermeture est temporaire. « La sécurité des visiteurs passe avant tout le reste », dit-elle.`, 'La sécurité', 'Jean Morel', ANY],
  ['counter-case: the office of such a body, then the person named', `Un porte-parole de Parcs et Rivières Manitoba, Luc Gagné, explique que la fermeture est temporaire. « La sécurité des visiteurs passe avant tout le reste », dit-il.`, 'La sécurité', 'Luc Gagné', 'Parcs et Rivières Manitoba'],
]);

// A body in capitals (and a number) glued after a lower-case role noun before a full name, with no preposition, as languages
// with cases write it (the sixty-fifth held-out set showed `директор <АББР>-7 Имя Отчество Фамилия`): the acronym is the
// role's complement (lang/complement-role.ts).
const RU = '«Котёл был остановлен ещё ночью, никто из людей не пострадал»';
kindTable('A role noun and a body in capitals before a full name are one role', [
  ['ru: `директор ГРЭС-4 Имя Отчество Фамилия`, then `сказал он`', `Утром директор ГРЭС-4 Игорь Степанович Волков провёл брифинг у проходной. Он признал, что трубу должны были заменить. ${RU}, — сказал он.`, 'Котёл', 'Игорь Степанович Волков', '=директор ГРЭС-4'],
  ['ru: `глава МЧС` after an opening adverb', `Вчера глава МЧС Олег Николаевич Руденко приехал на место. ${RU}, — сказал он.`, 'Котёл', 'Олег Николаевич Руденко', '=глава МЧС'],
  ['uk: `директор ТЕЦ-5 Ім’я Прізвище`', `Зранку директор ТЕЦ-5 Олег Мельник зібрав журналістів. «Котел зупинили ще вночі, ніхто з людей не постраждав», — сказав він.`, 'Котел', 'Олег Мельник', 'директор ТЕЦ-5'],
  ['counter-case: a role noun with a lower-case complement keeps it', `Директор завода Иван Петрович Семёнов провёл брифинг. ${RU}, — сказал он.`, 'Котёл', 'Иван Петрович Семёнов', 'директор завода'],
]);
