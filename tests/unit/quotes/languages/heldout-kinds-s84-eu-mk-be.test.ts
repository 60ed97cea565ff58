// Kinds the sixty-fourth held-out set showed in Basque, Macedonian and Belarusian pages (the sixty-fourth held-out set
// showed `», esan zion X-k egunkari honi`, `hala idatzi du: «…»`, `X Y <body> zuzendariak azaldu zuenez`, `X Y, рибар од …`
// and `— сказаў дырэктар` after an unnamed neighbour spoke), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const EU = '«Zubia zaharra da eta ez du neguko ekaitz bat gehiago jasango.';

/** A Basque tag's ergative subject, then a listener in the dative or an adverb: the subject ends at its `-k`. */
kindTable('Basque: the tag subject ends at its ergative word, a listener after it', [
  ['`esan zion X-k irrati honi`', `Ibaiaren ondoan bizi dira hamar familia. ${EU} Udaberrirako konpondu behar dute», esan zion Maite Arrietak irrati honi.`, 'Zubia zaharra', 'Maite Arrieta', ANY],
  ['`adierazi zion X-k kazetariari, haserre`', `Ibaiaren ondoan bizi dira hamar familia. ${EU}», adierazi zion Koldo Elizaldek kazetariari, haserre.`, 'Zubia zaharra', 'Koldo Elizalde', ANY],
  ['counter-case: the name alone ends the tag', `Ibaiaren ondoan bizi dira hamar familia. ${EU}», esan zion Maite Arrietak.`, 'Zubia zaharra', 'Maite Arrieta', ANY],
  ['counter-case: a place in -tik is no subject', `Ibaiaren ondoan bizi dira hamar familia. ${EU}», esan zuen Lekeitiotik datorren batek.`, 'Zubia zaharra', DESCRIBED, ANY],
]);

/** Verbs of writing as verbs of saying: a post or a letter quoted is its writer's words. */
kindTable('Basque: `idatzi du` (wrote) before a colon introduces the writer’s words', [
  ['`hala idatzi du:` after the writer was named', `Koldo Elizalde Arana urteak daramatza zubia zaintzen. Sare sozialetan hala idatzi du: ${EU}»`, 'Zubia zaharra', 'Koldo Elizalde Arana', ANY],
  ['`hala idatzi zuen:` in a letter', `Maite Arrieta Olano auzokideen ordezkaria da. Udalari bidalitako gutunean hala idatzi zuen: ${EU}»`, 'Zubia zaharra', 'Maite Arrieta Olano', ANY],
  ['counter-case: a body that wrote stays a body', `Goizean ur asko jaitsi da. Udalak idatzi du: ${EU}»`, 'Zubia zaharra', DESCRIBED, ANY],
]);

/** Basque writes the office after the name, in lower case, the case ending on the office: the person's role. */
kindTable('Basque: an office after the name, carrying the case ending, is the role', [
  ['`X Y herriko arrantzaleak … ikusi du`', `Koldo Elizalde Arana herriko arrantzaleak gaur goizean ikusi du zubia. ${EU}», esan du.`, 'Zubia zaharra', 'Koldo Elizalde Arana', 'arrantzaleak'],
  ['`X Y ikastolako irakasleak azaldu duenez`', `Maite Arrieta Olano ikastolako irakasleak azaldu duenez, haurrek beste bide bat hartu behar dute. ${EU}», gaineratu du.`, 'Zubia zaharra', 'Maite Arrieta Olano', 'irakasleak'],
  ['counter-case: no office after the name', `Koldo Elizalde Arana gaur goizean etorri da zubira. ${EU}», esan du.`, 'Zubia zaharra', 'Koldo Elizalde Arana', null],
]);

/** Slavic languages set a bare trade noun (no article) after the name, a relative clause or a place after it. */
kindTable('Slavic: a bare trade noun opening the group after a name is the role', [
  ['mk: `X Y, столарка која …`', 'Зорица Трајковска, столарка која триесет години работи во Кичево, не е задоволна. „Дрвото поскапе двојно, а нарачките се преполовија.“, рече таа.', 'Дрвото поскапе', 'Зорица Трајковска', 'столарка'],
  ['bg: `X Y, пекар от …`', 'Стоян Илиев, пекар от Ямбол, е недоволен. „Брашното поскъпна двойно, а хората купуват по-малко.“, каза той.', 'Брашното поскъпна', 'Стоян Илиев', 'пекар'],
  ['counter-case: a participle after the name is no trade', 'Зорица Трајковска, повредена во несреќата, не е задоволна. „Дрвото поскапе двојно, а нарачките се преполовија.“, рече таа.', 'Дрвото поскапе', 'Зорица Трајковска', null],
]);

/** `— сказаў дырэктар` after an unnamed person spoke: the office is the one the text named with it, not the latest unnamed. */
kindTable('Cyrillic: an office tag after an unnamed speaker is the named holder', [
  ['be: the director after a neighbour, his name between', 'Дырэктар школы Ігар Шастак сказаў нашаму карэспандэнту: «Спартзал чакаў рамонту дзесяць гадоў».\n\nЖыхарка суседняга дома, якая папрасіла не называць яе імя, расказала, што непакоіцца з-за шуму. «Шуму стала вельмі шмат. Дзеці крычаць да ночы», — сказала жанчына.\n\nУ адказ на гэта Шастак запэўніў, што школа паставіць новыя вокны.\n\n«Мы паставім новыя вокны да восені», — сказаў дырэктар.', 'Мы паставім', 'Ігар Шастак', ANY],
  ['counter-case: no director named stays a description', 'Школа показала новый спортзал. Соседка, которая не назвала имени, жалуется. «Шума стало очень много», — сказала женщина. «Мы поставим новые окна до осени», — сказал директор.', 'Мы поставим', DESCRIBED, ANY],
]);
