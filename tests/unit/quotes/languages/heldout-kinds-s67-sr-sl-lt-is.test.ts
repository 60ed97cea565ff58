// Kinds the sixty-seventh held-out set showed in Serbian, Slovene and Icelandic copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const SR_THUS_NAMED =
  'Општина је пројекат потврдила прошле године.\n\n' +
  '„Радници су годинама радили без заштитне опреме, док су се милиони трошили на скупе машине.“ Тако је одлуку прокоментарисао Милош Петровић, председник удружења грађана. Гласање је у недељу.';
const SR_THUS_NO_ONE =
  'Општина је пројекат потврдила прошле године.\n\n' +
  '„Радници су годинама радили без заштитне опреме, док су се милиони трошили на скупе машине.“ Тако је било и прошле зиме, а гласање је у недељу.';
const IS_THIS_SAYS =
  'Bærinn samþykkti verkefnið í fyrra.\n\n' +
  '„Kórinn hefur aldrei haft jafn marga nýja söngvara á einu ári. Við erum orðin fjörutíu.“ Þetta segir Guðrún Helgadóttir, stjórnandi kórsins, sem hefur starfað með honum lengi.';
const IS_THIS_SAYS_NO_NAME =
  'Bærinn samþykkti verkefnið í fyrra.\n\n' +
  '„Kórinn hefur aldrei haft jafn marga nýja söngvara á einu ári. Við erum orðin fjörutíu.“ Þetta segir sína sögu um áhugann í bænum.';
const SL_THUS_LONG_ADJUNCT =
  'Občina je projekt potrdila lani.\n\n' +
  '»Gradnja mostu se še ni začela, zato je vsaka razprava o cestnini za zdaj preuranjena.« Tako je na vprašanja naših bralcev odgovoril Marko Kranjc, vodja oddelka za ceste na ministrstvu.';
const SL_THUS_LONG_ADJUNCT_NO_NAME =
  'Občina je projekt potrdila lani.\n\n' +
  '»Gradnja mostu se še ni začela, zato je vsaka razprava o cestnini za zdaj preuranjena.« Tako je na vprašanja naših bralcev odgovorila tudi občinska uprava na Ptuju.';

/** `„…“ Тако је … прокоментарисао X Y`, `„…“ Þetta segir X Y, …`, `»…« Tako je <five words> odgovoril X Y`: "thus"/"this says" points back (next-sentence-unnamed.ts, pointed-back-tag.ts). */
kindTable('A quote standing alone, then "thus said X Y" in Serbian Cyrillic, Icelandic, Slovene with a long adjunct', [
  ['sr: `„…“ Тако је одлуку прокоментарисао X Y, председник …` is X Y', SR_THUS_NAMED, 'Радници су годинама', 'Милош Петровић', ANY],
  ['counter-case sr: `Тако је било и прошле зиме` names no one', SR_THUS_NO_ONE, 'Радници су годинама', UNNAMED, ANY],
  ['is: `„…“ Þetta segir X Y, stjórnandi …` is X Y', IS_THIS_SAYS, 'Kórinn hefur aldrei', 'Guðrún Helgadóttir', ANY],
  ['counter-case is: `Þetta segir sína sögu` names no one', IS_THIS_SAYS_NO_NAME, 'Kórinn hefur aldrei', UNNAMED, ANY],
  ['sl: `Tako je na vprašanja naših bralcev odgovoril X Y` is X Y', SL_THUS_LONG_ADJUNCT, 'Gradnja mostu', 'Marko Kranjc', ANY],
  ['counter-case sl: `… odgovorila tudi občinska uprava na Ptuju` names no one', SL_THUS_LONG_ADJUNCT_NO_NAME, 'Gradnja mostu', UNNAMED, ANY],
]);

const SR_OUTLET_AFTER_SURNAME =
  'Његов бранилац, адвокат Петар Марковић, најавио је жалбу, а пресуду је назвао „срамотом“.\n\n' +
  '„Суд није дозволио ниједно ново вештачење“, рекао је Марковић за РТС.';
const SR_LATIN_OUTLET_AFTER_SURNAME =
  'Bivši ministar Goran Janković kritikovao je odluku vlade, nazvavši je „sramotom“.\n\n' +
  '„Ovo je loš dan za celu zemlju“, rekao je Janković za Radio Beograd.';
const SR_BODY_WITH_ZA =
  'Opozicija je najavila proteste.\n\n„Nećemo odustati od zahteva za nove izbore“, saopštio je Savez za Promene.';

/** `„…“, рекао је X за РТС.`: the outlet spoken to closes the tag after the name (outlet-listener.ts). */
kindTable('South Slavic: the outlet spoken to after the name closing the tag', [
  ['sr: `рекао је Марковић за РТС.` is the lawyer named before', SR_OUTLET_AFTER_SURNAME, 'Суд није дозволио', 'Петар Марковић', ANY],
  ['sr-Latn: `rekao je Janković za Radio Beograd.` is the minister named before', SR_LATIN_OUTLET_AFTER_SURNAME, 'Ovo je loš dan', 'Goran Janković', ANY],
  ['counter-case sr-Latn: `saopštio je Savez za Promene` is a body, not a person called Savez', SR_BODY_WITH_ZA, 'Nećemo odustati', UNNAMED, ANY],
]);

const SR_LEFT_OUT_WITH_ADJUNCT =
  'Оптужницу је заступала тужитељка Марија Костић, која је тражила казну од пет година.\n\n' +
  '„Задовољни смо што је суд усвојио наше доказе“, изјавила је после рочишта.';
const SR_LATIN_LEFT_OUT_WITH_TIME =
  'Optužnicu je zastupala tužiteljka Marija Kostić, koja je tražila kaznu od pet godina.\n\n' +
  '„Zadovoljni smo što je sud usvojio naše dokaze“, izjavila je tada na ročištu.';
const SR_NAMED_AFTER_ADJUNCT =
  'Оптужницу је заступала тужитељка Марија Костић, која је тражила казну од пет година.\n\n' +
  '„Жалићемо се на ову пресуду“, изјавио је бранилац Душан Илић.';

/** `„…“, изјавила је после рочишта.`: a South Slavic past whose subject is left out (south-slavic-left-out.ts). */
kindTable('South Slavic: a tag with its subject left out and an adjunct after the verb', [
  ['sr: `изјавила је после рочишта.` is the prosecutor just introduced', SR_LEFT_OUT_WITH_ADJUNCT, 'Задовољни смо', 'Марија Костић', ANY],
  ['sr-Latn: `izjavila je tada na ročištu.` is the prosecutor just introduced', SR_LATIN_LEFT_OUT_WITH_TIME, 'Zadovoljni smo', 'Marija Kostić', ANY],
  ['counter-case sr: `изјавио је бранилац X Y` names its own speaker, not the one introduced', SR_NAMED_AFTER_ADJUNCT, 'Жалићемо се', 'Душан Илић', ANY],
]);

const IS_QUOTED_WORDS_THEN_SAID =
  'Húsið er í eigu fyrirtækis í Reykjavík. Jón Helgason sveitarstjóri kallaði opnunina „merkisdag“ og sagði í samtali við Ríkisútvarpið: „Við ætlum að kaupa húsið fyrir vorið. Það væri synd að láta það standa autt.“';
const EN_QUOTED_WORDS_THEN_SAID =
  'The mill has stood empty since 1990. Mayor Nora Quill called the sale "a turning point" and told the Courier: "We will bid for the building before spring. Letting it rot again would be a shame."';
const IS_QUOTED_WORDS_THEN_SENTENCE =
  'Jón Helgason sveitarstjóri kallaði opnunina „merkisdag“. Formaður félagsins, Anna Ragnarsdóttir, sagði: „Við ætlum að kaupa húsið fyrir vorið.“';

/** `X kallaði opnunina „merkisdag“ og sagði: „…“`: a few quoted words inside the sentence before a quote end no frame (own-cue.ts). */
kindTable('A few quoted words inside the sentence before the quote do not hide its subject', [
  ['is: `X sveitarstjóri kallaði … „merkisdag“ og sagði …: „…“` is X', IS_QUOTED_WORDS_THEN_SAID, 'Við ætlum að kaupa', 'Jón Helgason', ANY],
  ['en: `Mayor X called the sale "a turning point" and told the Courier: "…"` is X', EN_QUOTED_WORDS_THEN_SAID, 'We will bid', 'Nora Quill', ANY],
  ['counter-case is: a new sentence after the quoted words names its own speaker', IS_QUOTED_WORDS_THEN_SENTENCE, 'Við ætlum að kaupa', 'Anna Ragnarsdóttir', ANY],
]);

const LT_INNER_PRONOUN_TAG =
  'Rūta Jankauskienė, bendrijos pirmininkė, tvirtina, kad gyventojai laukė atsakymo.\n\n' +
  'Pirmininkė neatmeta ir griežtesnių veiksmų. „Jei iki vasaros niekas nepasikeis, – sakė ji, – eisime prie savivaldybės su visais kaimynais.“';
const LT_INNER_DASHES_NO_TAG =
  'Rūta Jankauskienė, bendrijos pirmininkė, tvirtina, kad gyventojai laukė atsakymo.\n\n' +
  '„Vanduo brangsta, – ir šildymas brangsta, – o atlyginimai nedidėja“, – sakė R. Jankauskienė.';

/** `„A, – sakė ji, – B“`: a Lithuanian tag set off by dashes inside one pair of marks parts the quote (lang/ru-uk-dialogue.ts). */
kindTable('Lithuanian: the tag between dashes inside the marks', [
  ['lt: `„A, – sakė ji, – B“`: A is the chair the paragraph is about', LT_INNER_PRONOUN_TAG, 'Jei iki vasaros', 'Rūta Jankauskienė', ANY],
  ['lt: `„A, – sakė ji, – B“`: B is hers too', LT_INNER_PRONOUN_TAG, 'eisime prie savivaldybės', 'Rūta Jankauskienė', ANY],
  ['counter-case lt: dashes inside the marks around no verb part nothing', LT_INNER_DASHES_NO_TAG, 'Vanduo brangsta, – ir šildymas brangsta', 'Rūta Jankauskienė', ANY],
]);

/** The reading through a few quoted words counts only when it names someone (own-cue.ts quotedWordsReadThrough). */
kindTable('Quoted words read through only to a name', [
  ['counter-case en: `She described the climate in what investors have dubbed a “…” as “…”` is hers',
    'Ms Clara Teo runs the firm. She described the fundraising climate in what investors have dubbed a “funding winter” as “the coldest I have seen in 20 years of finance”.',
    'the coldest I have seen', 'Clara Teo', ANY],
]);
