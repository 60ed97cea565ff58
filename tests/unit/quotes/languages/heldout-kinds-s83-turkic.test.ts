// Turkic kinds (the sixty-third held-out set showed them in Kazakh and Uzbek), in fresh sentences of my own, with counter-cases:
// a possessed office head after its body, before the holder's name (`ауыл әкімінің орынбасары X`, `kutubxona direktori X`);
// a body's name in guillemets before such an office (`«…» серіктестігінің басшысы X`), no one's words; the quotative's own
// verb (`деп атап өтті X`) is no role; Uzbek `U` ("he, she") opening a sentence is no name; `X ham` ("X too") is the
// sentence's subject; an age or origin attribute before a noun and a name (`64 yoshli duradgor usta X`); and someone brought
// in after a Turkic participle withholding the name (`аты-жөнін атамауды өтінген бір дәрігер`), whose bare "he said" is theirs.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const KK = '«Биыл жауын аз болды, егін әлсіз шықты»';
const UZ = '«Bu yil yomg‘ir kam yog‘di, hosil kam bo‘ladi»';
const KY = '«Быйыл жаан аз болду, түшүм начар»';
const AZ = '«Bu il yağış az oldu, məhsul zəif olacaq»';

kindTable('A Turkic possessed office before a name is its role', [
  ['kk: `аудан әкімінің орынбасары X`', `Жаңақала аудан әкімінің орынбасары Бауыржан Құдайбергенов жиналыста сөйледі.\n\n${KK}, – деді Құдайбергенов.`, 'Биыл жауын', 'Бауыржан Құдайбергенов', 'орынбасары'],
  ['kk: plain words qualify it, `аға ғылыми қызметкері`', `Топырақтану институтының аға ғылыми қызметкері Әлия Серікқызы жағдайды түсіндірді.\n\n${KK}, – деді Әлия Серікқызы.`, 'Биыл жауын', 'Әлия Серікқызы', 'ғылыми қызметкері'],
  ['kk: a later `деді ол` keeps it', `Серіктестіктің басшысы Мейрам Жолдасов егістікті аралап шықты.\n\n${KK}, – дейді ол.`, 'Биыл жауын', 'Мейрам Жолдасов', 'басшысы'],
  ['uz: `kutubxona direktori X`', `Tuman kutubxona direktori Nigora Saidova yangi zalni ko‘rsatdi. ${UZ}, — dedi Saidova.`, 'Bu yil', 'Nigora Saidova', 'direktori'],
  ['uz (read so already, kept as a guard): `bo‘lim rahbari X`, `deydi u` after', `Suv xo‘jaligi bo‘limi rahbari Anvar Qodirov dalalarni aylanib chiqdi. ${UZ}, — deydi u.`, 'Bu yil', 'Anvar Qodirov', 'rahbari'],
  ['ky: `мектептин директору X`', `Ак-Суу мектебинин директору Бактыгүл Осмонова жыйында сүйлөдү.\n\n${KY}, – деди Бактыгүл Осмонова.`, 'Быйыл жаан', 'Бактыгүл Осмонова', 'директору'],
  ['az (a neighbour, read so already): `idarənin müdiri X`', `Rayon su idarəsinin müdiri Elşən Quliyev tarlalara baxdı. ${AZ}, — dedi Quliyev.`, 'Bu il', 'Elşən Quliyev', 'müdiri'],
  ['counter-case: a resident, `ауыл тұрғыны X`, is no office', `Ауыл тұрғыны Сәуле Нұрланова базарға барды.\n\n${KK}, – деді Нұрланова.`, 'Биыл жауын', 'Сәуле Нұрланова', null],
  ['counter-case: Russian plural `директоры` before a name stays no office', `Вчера директоры школ и Анна Петрова собрались в районе. «Дождей было мало», – сказала Анна Петрова.`, 'Дождей', 'Анна Петрова', null],
]);

kindTable('A body named in guillemets before its office and holder speaks no words', [
  ['kk: `«…» серіктестігінің басшысы X Y` then `дейді ол`', `Ауылдағы 30 гектар жердің иесі, «Көк шалғын» серіктестігінің басшысы Мейрам Жолдасов таңертең егістікті аралап шыққанда көргенін ұмыта алмайды.\n\n${KK}, – дейді ол.`, 'Биыл жауын', 'Мейрам Жолдасов', 'басшысы'],
  ['uz (read so already, kept as a guard): `«…» fermer xo‘jaligi rahbari X Y`', `Qishloqdagi «Oltin vodiy» fermer xo‘jaligi rahbari Jasur Nazarov ertalab bog‘ni aylanib chiqqanini eslaydi. ${UZ}, — deydi u.`, 'Bu yil', 'Jasur Nazarov', 'rahbari'],
]);

kindTable('The Kazakh quotative\'s verb is no role', [
  ['kk: `деп атап өтті X`', `Маман жиналысқа келді. ${KK}, – деп атап өтті Данияр Ерғалиұлы.`, 'Биыл жауын', 'Данияр Ерғалиұлы', null],
  ['kk: `деп қосып қойды X`', `Маман жиналысқа келді. ${KK}, – деп қосып қойды Данияр Ерғалиұлы.`, 'Биыл жауын', 'Данияр Ерғалиұлы', null],
  ['counter-case: an office after the verb stays, `деді аудан әкімі X`', `Жиналыс кеше өтті. ${KK}, – деді аудан әкімі Данияр Ерғалиұлы.`, 'Биыл жауын', 'Данияр Ерғалиұлы', 'әкімі'],
]);

kindTable('Uzbek `U` and `X ham`: a pronoun is no name; "X too" is the subject', [
  ['uz: `U … shunday dedi:` after `X ham bor edi`', `Mehmonlar orasida ispaniyalik talaba Lusiya Gomes ham bor edi. U kitobni qo‘lida ushlagancha shunday dedi: ${UZ.replace(/»$/u, '.»')}`, 'Bu yil', 'Lusiya Gomes', ANY],
  ['uz: an age before a noun and a name, `58 yoshli to‘quvchi usta X`', `Ustaxonaning yuragi — 58 yoshli to‘quvchi usta Akmal Tursunov. U kasbni otasidan o‘rgangan.\n\n${UZ}, — deydi Akmal aka.`, 'Bu yil', 'Akmal Tursunov', 'usta'],
  ['counter-case: `u` after the verb still stands for the one named', `Tuman kutubxona direktori Nigora Saidova zalni ko‘rsatdi. ${UZ}, — dedi u.`, 'Bu yil', 'Nigora Saidova', ANY],
]);

kindTable('Someone brought in after a Turkic participle withholding the name', [
  ['kk: `аты-жөнін атамауды өтінген бір дәрігер` then `деді ол`', `Аудандық ауруханада Мейрам Жолдасов жұмыс істейді. Аты-жөнін атамауды өтінген бір дәрігер дәрі жетпейтінін айтты.\n\n${KK}, – деді ол.`, 'Биыл жауын', DESCRIBED, ANY],
  ['uz: `ismini aytmaslikni so‘ragan bir sotuvchi` then `dedi u`', `Bozorda Nigora Saidova ham bor edi. Ismini aytmaslikni so‘ragan bir sotuvchi narxlar oshganini aytdi. ${UZ}, — dedi u.`, 'Bu yil', DESCRIBED, ANY],
  ['tr (a neighbour, read so already): `adının açıklanmasını istemeyen bir çiftçi` then `dedi`', `Köyde Ahmet Yıldız da vardı. Adının açıklanmasını istemeyen bir çiftçi fiyatların arttığını söyledi. «Bu yıl yağmur az yağdı, ürün zayıf», dedi.`, 'Bu yıl', DESCRIBED, ANY],
  ['counter-case: a named one, no withheld name, keeps the name', `Аудан әкімінің орынбасары Бауыржан Құдайбергенов бір дәрігердің сөзін келтірді.\n\n${KK}, – деді ол.`, 'Биыл жауын', 'Бауыржан Құдайбергенов', ANY],
]);
