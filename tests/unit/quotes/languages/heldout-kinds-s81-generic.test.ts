// Whole-paragraph quotes with no tag read from the paragraph before, and a tag between dashes with no comma (the sixty-first
// held-out set showed a Bulgarian `… заяви:` then a quote paragraph, a newcomer's paragraph then her words, and
// `„… – каза той. – …“`), in fresh sentences of my own in several languages, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

/** `X, who …, wrote on "Site":` / `„…“`: the one person the colon sentence names speaks (lead-in-paragraph.ts). */
kindTable('A sentence naming one person and ending in a colon, then a paragraph that is wholly a quote', [
  ['lv: a deputy writing on a site named in marks', 'Jelgavas novada deputāts Māris Ozols, kurš pats audzē kartupeļus, par domes rīcību sociālajā tīklā „Facebook” rakstīja:\n\n„Lauki stāvēja zem ūdens visu maiju. Es prasīšu, lai dome atskaitās par katru nedēļu.”', 'Lauki stāvēja', 'Māris Ozols', ANY],
  ['ms: a councillor in Malay, a place glued before the name', 'Ahli majlis daerah Kuala Selangor Rosli Hamzah, yang juga seorang nelayan, menulis di laman „Facebook” miliknya:\n\n„Jeti itu rosak sepanjang bulan April dan tiada siapa yang bergerak. Saya akan minta jabatan memberi penjelasan.”', 'Jeti itu rosak', 'Rosli Hamzah', ANY],
  ['counter-case: a body and its document before the colon (bg)', 'Общинският съвет на Горно поле прие в петък дълго решение за пасищата и в него записа:\n\n„Всяко семейство получава парите си до края на месеца. Няма да има нови такси.“', 'Всяко семейство', UNNAMED, ANY],
  ['counter-case: a body and its statement before the colon (is)', 'Sveitarstjórnin í Hólmavík sendi frá sér langa yfirlýsingu á mánudag og þar segir:\n\n„Hver fjölskylda fær greitt fyrir lok mánaðarins. Engin ný gjöld verða lögð á.“', 'Hver fjölskylda', UNNAMED, ANY],
]);

/** `The 63-year-old X has picked … for years.` / `„…“`: one newcomer opening the paragraph before speaks the lone quote. */
kindTable('A paragraph wholly a quote after a paragraph that brings in one new person as its subject', [
  ['bg: an age glued to the article', '58-годишната Деница Колева бере череши от двайсет години. Тази седмица е изкарала едва 60 лева.\n\n„Ставам в пет, в шест съм в градината. Кой ще бере за тези пари догодина?“', 'Ставам в пет', 'Деница Колева', null],
  ['is: an age before the name', 'Hin 63 ára Sigríður Pálsdóttir hefur tínt ber í hlíðinni í tuttugu ár. Í þessari viku fékk hún nánast ekkert.\n\n„Ég vakna klukkan fjögur og er komin út klukkan fimm. Hver ætlar að gera þetta næsta ár?“', 'Ég vakna klukkan', 'Sigríður Pálsdóttir', null],
  ['ms: an age in a phrase set off by commas', 'Wanita berusia 63 tahun, Siti Aminah, telah memetik teh di bukit itu selama dua puluh tahun. Minggu ini dia hampir tidak mendapat apa-apa.\n\n„Saya bangun pukul empat dan sampai di kebun pukul lima. Siapa mahu buat kerja ini tahun depan?“', 'Saya bangun', 'Siti Aminah', null],
  ['lv: an age in words before the name', '71 gadu vecā Zenta Kalniņa savā dobē audzē gurķus jau kopš 1990. gada. Pērn viņa pirmo reizi brauca ar kuģīti.\n\n„Man sāp mugura. Ar laivu bija desmit minūtes, un tu jau esi pie sava dārza.”', 'Man sāp mugura', 'Zenta Kalniņa', null],
  ['sl: guillemets turned outwards', '67-letna Marija Kovač nabira češnje že dvajset let. Ta teden ni zaslužila skoraj nič.\n\n»Vstanem ob štirih in ob petih sem na vrtu. Kdo bo to delal prihodnje leto?«', 'Vstanem ob', 'Marija Kovač', null],
  ['counter-case: the person is named late, as an object, not the opening subject', 'Кооперацията в Горно поле наема берачи от години, сред тях и Деница Колева. Тази седмица плащанията спряха.\n\n„Ставам в пет, в шест съм в градината. Кой ще бере за тези пари догодина?“', 'Ставам в пет', UNNAMED, null],
]);

/** `„A – каза той. – B“`: Bulgarian sets no comma before the dash of a tag inside one pair of marks (lang/ru-uk-dialogue.ts). */
kindTable('A tag set off by dashes with no comma before them, inside one pair of marks', [
  ['bg: a pronoun tag, a stop before the closing dash', 'Тодор Маринов говори пред хората в петък. „Не сме врагове на животновъдите – каза той. – Ако цената падне още, падаме всички заедно.“', 'Ако цената падне', 'Тодор Маринов', null],
  ['bg: a name in the tag', '„Не сме врагове на животновъдите – добави Тодор Маринов. – Ако цената падне още, падаме всички заедно.“', 'Ако цената падне', 'Тодор Маринов', null],
  ['counter-case: an aside between dashes running on in lower case stays in the quote', 'Тодор Маринов говори пред хората. „Ще платим – каза той – до края на месеца всичко, което дължим.“', 'Ще платим – каза той – до края', 'Тодор Маринов', null],
]);
