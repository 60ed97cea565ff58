// Kinds the fifty-fourth held-out set showed in Armenian, Georgian and Amharic, each in fresh sentences of my own, with
// counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const ARMENIAN_PROFESSION_OPENING =
  'Գետի ափին նոր կամուրջ են կառուցում։ Կենսաբան Անահիտ Սարգսյանը երեք տարի ուսումնասիրել է գետը։ «Ձուկը վերադառնում է»,- ասաց նա։';
const ARMENIAN_PLAIN_NAME_OPENING =
  'Գետի ափին նոր կամուրջ են կառուցում։ Գրիգոր Վարդանյանը երեք տարի ուսումնասիրել է գետը։ «Ձուկը վերադառնում է»,- ասաց նա։';

/** `Սոցիոլոգ X Y…` opening a sentence: a profession by its suffix (-բան, -գետ, -լոգ …) is the role (armenian-role-shape.ts). */
kindTable('An Armenian profession opening a sentence before the name is the role, not part of the name', [
  ['hy: `Կենսաբան X Yը …։ «…»,- ասաց նա` is X Y', ARMENIAN_PROFESSION_OPENING, 'Ձուկը վերադառնում', 'Անահիտ Սարգսյան', ANY],
  ['counter-case hy: a given name opening the sentence stays in the name', ARMENIAN_PLAIN_NAME_OPENING, 'Ձուկը վերադառնում', 'Գրիգոր Վարդանյան', ANY],
]);

const ARMENIAN_PERFECT_BEFORE =
  'Գյուղում ջուր չկա արդեն երկու շաբաթ։\n\n' +
  'Արմեն Մանուկյանը «Լուսաբաց» թերթին ասել է. «Մեր այգիները չորանում են, և ոչ ոք չի օգնում»։\n\n' +
  'Համայնքապետարանը խոստացել է նոր խողովակ։';
const ARMENIAN_PERFECT_OTHER_VERB =
  'Գյուղում ջուր չկա արդեն երկու շաբաթ։\n\n' +
  'Արմեն Մանուկյանը «Լուսաբաց» թերթում աշխատել է. «Մեր այգիները չորանում են, և ոչ ոք չի օգնում»։';

/** `X Yը «Outlet» թերթին ասել է. «…»`: the perfect of a verb of saying (-ել է) before a quote (hy.ts). */
kindTable('An Armenian perfect verb of saying before a quote gives its subject', [
  ['hy: `X Yը … թերթին ասել է. «…»` is X Y', ARMENIAN_PERFECT_BEFORE, 'Մեր այգիները', 'Արմեն Մանուկյան', ANY],
  ['counter-case hy: the perfect of a verb not of saying (`աշխատել է`, worked) gives no speaker', ARMENIAN_PERFECT_OTHER_VERB, 'Մեր այգիները', UNNAMED, ANY],
]);

const GEORGIAN_ERGATIVE_ROLE =
  'ქალაქში ახალი ხიდი შენდება. ინჟინერი გიორგი მაისურაძე ამბობს, რომ სამუშაოები დროზე დასრულდება.\n\n' +
  '„ხიდი ზამთრამდე მზად იქნება“, — აღნიშნა ინჟინერმა. მისი შეფასებით, ხარჯები არ გაიზრდება.';
const GEORGIAN_ERGATIVE_APPOSED_AND =
  '„წყალი ცივია“, — ამბობს ნინო კაპანაძე, 54 წლის მებაღე სოფლიდან.\n\n' +
  'კაპანაძე საღამომდე ბაღში იყო. „ბაღი მაინც ლამაზია“, — თქვა მოხუცმა მებაღემ და სახლისკენ წავიდა.';
const GEORGIAN_ERGATIVE_NO_ONE_SO_INTRODUCED =
  'ქალაქში ახალი ხიდი შენდება. ინჟინერი გიორგი მაისურაძე ამბობს, რომ სამუშაოები დროზე დასრულდება.\n\n' +
  '„ხიდზე ბევრი მანქანა ივლის“, — აღნიშნა ექიმმა.';

/** `– აღნიშნა ეკონომისტმა` (the economist-ERG): read back to the nominative, the person introduced with that noun (ka.ts). */
kindTable('A Georgian role noun in the ergative after the verb is the person the story introduced with it', [
  ['ka: `– აღნიშნა ინჟინერმა` after `ინჟინერი X Y` is X Y', GEORGIAN_ERGATIVE_ROLE, 'ხიდი ზამთრამდე', 'გიორგი მაისურაძე', 'ინჟინერი'],
  ['ka: `– თქვა მოხუცმა მებაღემ და …` after `X Y, 54 წლის მებაღე` is X Y, the verb after და no name', GEORGIAN_ERGATIVE_APPOSED_AND, 'ბაღი მაინც', 'ნინო კაპანაძე', ANY],
  ['counter-case ka: a noun no one was introduced with stays a description', GEORGIAN_ERGATIVE_NO_ONE_SO_INTRODUCED, 'ხიდზე ბევრი', DESCRIBED, ANY],
]);

const AMHARIC_PREPOSITION_AFTER_NAME =
  'ሰኞ ጠዋት ወ/ሮ ሰናይት ከአዳራሹ ውጭ ቆመው ነበር። «ነገ እንመለሳለን» ብለዋል የ38 ዓመቷ መምህርት።';
const AMHARIC_FATHER_NAME_WITH_PREPOSITION_LETTER =
  'አቶ ታደሰ ከበደ ከገበያ ተመለሱ። «ዋጋው ጨምሯል» ብለዋል።';

/** `ወ/ሮ X ከአመዱ …`: a preposition on a vowel-initial word (ከአ-, በአ-) is a noun, no father's name (am.ts). */
kindTable('An Amharic word with a preposition before a vowel letter is no father’s name', [
  ['am: `ወ/ሮ X ከአዳራሹ ውጭ` is X alone', AMHARIC_PREPOSITION_AFTER_NAME, 'ነገ እንመለሳለን', 'ሰናይት', ANY],
  ['counter-case am: a father’s name opening with a preposition’s letter (`ከበደ`) stays', AMHARIC_FATHER_NAME_WITH_PREPOSITION_LETTER, 'ዋጋው ጨምሯል', 'ታደሰ ከበደ', ANY],
]);

const ARMENIAN_ONE_OF_THEM =
  'Կենսաբան Անահիտ Սարգսյանը երեք տարի ուսումնասիրել է գետը։ «Ձուկը վերադառնում է»,- ասաց նա։\n\n' +
  '«Մենք ամեն առավոտ գալիս ենք այստեղ»,- ասաց գյուղի ձկնորսներից մեկը, ով խնդրեց չհրապարակել իր անունը։';
const ARMENIAN_OFFICE_OF_THE_NAMED =
  'Դպրոցի տնօրեն Արամ Պողոսյանը երեկ հանդիպեց ծնողների հետ։\n\n' +
  '«Դասերը կսկսվեն սեպտեմբերին»,- ասաց դպրոցի տնօրենը։';

/** `,- ասաց ուսուցիչներից մեկը` ("one of the teachers"): someone the text leaves unnamed, not the person named before (hy.ts). */
kindTable('An Armenian "one of the <plural>" after the verb is an unnamed speaker', [
  ['hy: `,- ասաց … ձկնորսներից մեկը` is a description, not the biologist before', ARMENIAN_ONE_OF_THEM, 'Մենք ամեն առավոտ', DESCRIBED, ANY],
  ['counter-case hy: `,- ասաց դպրոցի տնօրենը` is the head the story named', ARMENIAN_OFFICE_OF_THE_NAMED, 'Դասերը կսկսվեն', 'Արամ Պողոսյան', ANY],
]);
