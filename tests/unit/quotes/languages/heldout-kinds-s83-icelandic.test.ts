// Icelandic and Faroese kinds (the sixty-third held-out set showed … an Icelandic harbour story in the eighty-third set):
// an office in lower case with the name, glued into a declined compound (`X Y <office> segir að …`, `X Y, <office> <body>,
// segir …`) is the person's role; `Hann`/`Hún` opening the sentence before a quote is a pronoun, no name; `skrifaði hann á
// <page of a body>` is the pronoun, not the body; an office opening a sentence with no name (`Hjúkrunarfræðingur á …`) brings in
// someone unnamed whom `segir hann` then quotes. Fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const IS = '„Við höfum beðið eftir nýju skólahúsi í tíu ár og nú er komið nóg.“';
const IS_TAG = '„Við höfum beðið eftir nýju skólahúsi í tíu ár,“';
const FO_TAG = '„Vit hava bíðað eftir nýggjum skúla í tíggju ár,“';
const BEFORE = '„Skólinn er orðinn allt of lítill,“ segir Ragnheiður Lind Gísladóttir.\n\n';

/** `X Y skólastjóri segir að …` then a quote paragraph; `X Y, formaður …, segir …` then `segir X.` (lang/icelandic-roles.ts, lang/role-after-name.ts). */
kindTable('An Icelandic or Faroese office with the name is its role', [
  ['is: office after the name, no comma, then the verb; the quote paragraph after', `Ragnheiður Lind Gísladóttir skólastjóri segir að húsið sé orðið of lítið.\n\n${IS}`, 'Við höfum beðið', 'Ragnheiður Lind Gísladóttir', 'skólastjóri'],
  ['is: a learned field (`-fræðingur`) after the name, no comma', `Kolbeinn Ari Hrafnsson hagfræðingur telur að kostnaðurinn hækki.\n\n${IS}`, 'Við höfum beðið', 'Kolbeinn Ari Hrafnsson', 'hagfræðingur'],
  ['is: office of a body between commas, then `segir` with the given name', `Ásgerður Pálsdóttir, formaður foreldrafélagsins, segir biðina of langa. ${IS_TAG} segir Ásgerður.`, 'Við höfum beðið', 'Ásgerður Pálsdóttir', 'formaður'],
  ['is: a spokeswoman between commas', `Eydís Harðardóttir, talskona bæjarins, segir málið í skoðun. ${IS_TAG} segir Eydís.`, 'Við höfum beðið', 'Eydís Harðardóttir', 'talskona'],
  ['fo: the neighbour, office of a body between commas', `Sólrun Joensen, formaður í foreldrafelagnum, sigur at bíðitíðin er ov long. ${FO_TAG} sigur Sólrun.`, 'Vit hava bíðað', 'Sólrun Joensen', 'formaður'],
  ['counter-case is: a husband after the name is no office', `Haraldur Snær Ingason eiginmaður hennar segir að húsið sé of lítið.\n\n${IS}`, 'Við höfum beðið', 'Haraldur Snær Ingason', null],
  ['counter-case is: the verb right after the name, no office', `Ragnheiður Lind Gísladóttir segir að húsið sé orðið of lítið.\n\n${IS}`, 'Við höfum beðið', 'Ragnheiður Lind Gísladóttir', null],
]);

/** `Hann bætir við að … . „…“`: the pronoun, the one quoted before (sentence-subject.ts). */
kindTable('Icelandic `Hann`/`Hún` opening the sentence before a quote is a pronoun', [
  ['is: `Hann bætir við að …` then the quote', `„Við töpuðum öllu í fyrra,“ segir Geirmundur Ólason.\n\nHann bætir við að enginn hafi spurt þá álits. ${IS}`, 'Við höfum beðið', 'Geirmundur Ólason', null],
  ['is: `Hún segir að …` then the quote', `${BEFORE}Hún segir að bæjarstjórnin hafi lofað úrbótum. ${IS}`, 'Við höfum beðið', 'Ragnheiður Lind Gísladóttir', null],
  ['counter-case is: a name opening the sentence before the quote is that person', `${BEFORE}Ólöf Hrönn Bjarnadóttir segir að bæjarstjórnin hafi lofað úrbótum. ${IS}`, 'Við höfum beðið', 'Ólöf Hrönn Bjarnadóttir', null],
]);

/** `„…“ skrifaði hann á <page of a body>`: the pronoun before an adjunct (lang/personal-pronouns.ts). */
kindTable('An Icelandic pronoun after the verb, then an adjunct holding a name', [
  ['is: `skrifaði hann á Facebook-síðu X` is the one quoted before', `${BEFORE}${IS_TAG} skrifaði hún á vefsíðu Foreldrafélags Lækjarskóla í gær.`, 'Við höfum beðið', 'Ragnheiður Lind Gísladóttir', null],
  ['counter-case is: a name after the verb speaks', `${BEFORE}${IS_TAG} sagði Ólöf Hrönn Bjarnadóttir í samtali við Austurglugga.`, 'Við höfum beðið', 'Ólöf Hrönn Bjarnadóttir', null],
]);

/** `Sjómaður á bryggjunni segir … „…“ segir hann.`: an office opening the sentence, no name, no article (lang/bare-role-opening.ts). */
kindTable('An Icelandic office opening a sentence with no name brings in someone unnamed', [
  ['is: `Kennari við skólann, sem …, segir …` then `segir hann`', `${BEFORE}Kennari við skólann, sem ekki vildi láta nafns síns getið, segir starfsfólk þreytt. ${IS_TAG} segir hann.`, 'Við höfum beðið', DESCRIBED, null],
  ['is: `Hjúkrunarfræðingur á …` then `segir hann`', `„Við töpuðum öllu í fyrra,“ segir Geirmundur Ólason.\n\nHjúkrunarfræðingur á deildinni segir alla óttast breytingarnar. ${IS_TAG} segir hann.`, 'Við höfum beðið', DESCRIBED, null],
  ['counter-case is: the office with a name after it is that person', `${BEFORE}Kennari við skólann, Ólöf Hrönn Bjarnadóttir, segir starfsfólk þreytt. ${IS_TAG} segir hún.`, 'Við höfum beðið', 'Ólöf Hrönn Bjarnadóttir', ANY],
]);
