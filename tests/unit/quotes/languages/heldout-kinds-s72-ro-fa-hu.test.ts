// Kinds the seventy-second held-out set showed in Romanian, Persian and Hungarian copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, DESCRIBED, ANY, UNNAMED } from './kind-table';

const RO_ANNOUNCED_BEFORE_COLON =
  'Ministrul Andrei Costache a anunțat, la o conferință de presă: „Vom construi trei spitale noi în județ până la sfârșitul anului viitor.”\n\n' +
  '„Știm că oamenii așteaptă de mult și au dreptate”, a adăugat ministrul.';
const RO_ANNOUNCED_NO_ONE = 'Ieri s-a anunțat, într-un comunicat: „Livrările vor fi reluate de luni dimineață în tot județul.”';

/** `Ministrul X a anunțat, la o conferință: „…”`: announcing is a verb of saying before the colon too (lang/ro.ts). */
kindTable('Romanian: `a anunțat` before a colon names the one announcing', [
  ['ro: `Ministrul X a anunțat, la o conferință de presă:` is X', RO_ANNOUNCED_BEFORE_COLON, 'Vom construi', 'Andrei Costache', ANY],
  ['ro: `a adăugat ministrul` after is the same minister', RO_ANNOUNCED_BEFORE_COLON, 'Știm că oamenii', 'Andrei Costache', ANY],
  ['counter-case ro: `s-a anunțat, într-un comunicat:` names no one', RO_ANNOUNCED_NO_ONE, 'Livrările vor fi', UNNAMED, ANY],
]);

const RO_WARNING_COMES_FROM =
  'Maria Dobre a vorbit despre școală la ședința părinților.\n\n' +
  '„Consiliul județean știa de trei ani că acoperișul se prăbușește și nu a mișcat un deget.” Avertismentul vine de la Cristian Lupu, profesor de fizică, care a strâns semnături.';
const RO_FUNDING_COMES_FROM =
  'Maria Dobre a vorbit despre școală la ședința părinților.\n\n' +
  '„Consiliul județean știa de trei ani că acoperișul se prăbușește și nu a mișcat un deget.” Finanțarea vine de la Cristian Lupu, om de afaceri.';

/** `„…” Avertismentul vine de la X, medic de familie.`: a noun of saying "comes from" the speaker (lang/ro-source-noun.ts). */
kindTable('Romanian: `<noun of saying> vine de la X` after a quote names X', [
  ['ro: `Avertismentul vine de la X, profesor de fizică` is X', RO_WARNING_COMES_FROM, 'Consiliul județean', 'Cristian Lupu', 'profesor'],
  ['counter-case ro: `Finanțarea vine de la X` names a payer, no speaker', RO_FUNDING_COMES_FROM, 'Consiliul județean', 'Maria Dobre', ANY],
]);

const FA_THIS_SAYS_AND_DOES =
  '«مادربزرگم این باغ را با دست خودش کاشت. من از کودکی اینجا بازی می‌کردم.» این را نسرین کاظمی، باغبان ۶۴ ساله روستا، می‌گوید و خاک را از دستش می‌تکاند.';
const FA_BODY_WROTE_AND =
  'حمید توکلی، دهیار روستا، گفت: «زمین فروخته نمی‌شود.»\n\n' +
  '«قرارداد تا پایان سال تمدید نمی‌شود.» این را شورای روستا، در نامه‌ای کوتاه، نوشت و آن را به دیوار زد.';

/** `«…» این را X، role، می‌گوید و …`: "this X says", joined by و to what they did next (lang/fa.ts). */
kindTable('Persian: `این را X، role، می‌گوید و …` after a quote names X', [
  ['fa: `این را X، باغبان …، می‌گوید و خاک را …` is X', FA_THIS_SAYS_AND_DOES, 'مادربزرگم این باغ', 'نسرین کاظمی', 'باغبان'],
  ['counter-case fa: `این را شورای روستا، …، نوشت و …` is a body, no name', FA_BODY_WROTE_AND, 'قرارداد تا پایان', 'حمید توکلی', ANY],
]);

const FA_PRONOUN_AFTER_FAMILY_NAME =
  'نسرین کاظمی، باغبان روستا، سی سال است که از این باغ مراقبت می‌کند. دهیار روستا، حمید توکلی، گفت: «زمین فروخته نمی‌شود.»\n\n' +
  'کاظمی هر صبح زود به باغ می‌آید. «شاید باران بیاید. هر روز به آسمان نگاه می‌کنم»، او آهسته می‌گوید.';
const FA_PRONOUN_AFTER_THING =
  'نسرین کاظمی، باغبان روستا، سی سال است که از این باغ مراقبت می‌کند. دهیار روستا، حمید توکلی، گفت: «زمین فروخته نمی‌شود.»\n\n' +
  'باغ هر صبح زود آب می‌خورد. «شاید باران بیاید. هر روز به آسمان نگاه می‌کنم»، او آهسته می‌گوید.';

/** `X هر صبح … . «…»، او آهسته می‌گوید.`: او after the quote is the person whose family name opens the sentence before (lang/fa.ts, fa-subject.ts). */
kindTable('Persian: `«…»، او … می‌گوید` after a sentence opening on a family name', [
  ['fa: `کاظمی هر صبح …. «…»، او … می‌گوید` is the Kazemi named in full before', FA_PRONOUN_AFTER_FAMILY_NAME, 'شاید باران بیاید', 'نسرین کاظمی', ANY],
  ['counter-case fa: a sentence opening on a thing, `باغ هر صبح …`, leaves او to the latest speaker', FA_PRONOUN_AFTER_THING, 'شاید باران بیاید', 'حمید توکلی', ANY],
]);

const FA_SHARED_FAMILY_NAME =
  'حسن رحیمی، نانوای ۷۰ ساله محله، پنجاه سال است که تنور را روشن می‌کند. «آرد هر ماه گران‌تر می‌شود.» این را حسن رحیمی می‌گوید.\n\n' +
  'مریم رحیمی، دختر او، حساب‌های نانوایی را نگه می‌دارد. او گفت: «مشتری‌ها هنوز می‌آیند.»\n\n' +
  'رحیمی هر صبح زود تنور را روشن می‌کند. «تا دستم نان می‌پزد، اینجا می‌مانم»، او می‌گوید.';
const FA_ONE_PERSON_TWICE =
  'مریم رحیمی، حسابدار نانوایی، از صبح پشت دخل نشسته است. دهیار محله، حمید توکلی، گفت: «نانوایی باید بماند.»\n\n' +
  'رحیمی هر صبح زود تنور را روشن می‌کند. «تا دستم حساب می‌نویسد، اینجا می‌مانم»، او می‌گوید.';

/** Two people sharing a family name (a father, then his daughter): the bare family name is the one brought in first (fa-subject.ts). */
kindTable('Persian: a family name two people share stays with the first brought in', [
  ['fa: `رحیمی هر صبح …` after father and daughter is the father', FA_SHARED_FAMILY_NAME, 'تا دستم نان', 'حسن رحیمی', ANY],
  ['counter-case fa: one person of that family name is that person', FA_ONE_PERSON_TWICE, 'تا دستم حساب', 'مریم رحیمی', ANY],
]);

const FA_BARE_AGENT_NOUN =
  'زهره نادری، گل‌فروش ۵۸ ساله میدان، سی سال است که همین‌جا گل می‌فروشد. «گل‌های هلندی دیگر نمی‌رسند.» این را نادری می‌گوید.\n\n' +
  'گل‌فروش پیر درباره قیمت گلخانه‌ها گفت: «مشتری‌ها کمتر شده‌اند و من دیگر شاگرد ندارم.»';
const FA_INDEFINITE_AGENT_NOUN =
  'زهره نادری، گل‌فروش ۵۸ ساله میدان، سی سال است که همین‌جا گل می‌فروشد. «گل‌های هلندی دیگر نمی‌رسند.» این را نادری می‌گوید.\n\n' +
  'یک گل‌فروش جوان درباره قیمت گلخانه‌ها گفت: «مشتری‌ها کمتر شده‌اند و من دیگر شاگرد ندارم.»';

/** `گل‌فروش پیر … گفت:`: a bare agent noun (-فروش, -دار, -گر …) is the person the story is writing of (lang/fa.ts). */
kindTable('Persian: a bare agent noun opening the frame is the person written of', [
  ['fa: `گل‌فروش پیر … گفت:` is the florist named before', FA_BARE_AGENT_NOUN, 'مشتری‌ها کمتر', 'زهره نادری', ANY],
  ['counter-case fa: `یک گل‌فروش جوان … گفت:` is someone new, unnamed', FA_INDEFINITE_AGENT_NOUN, 'مشتری‌ها کمتر', DESCRIBED, ANY],
]);

const HU_NAME_ADJUNCT_COLON =
  'Az egyesület évzáró közgyűlését szombaton tartották.\n\n' +
  'A kör vezetője, dr. Kertész Balázs a közgyűlés után így fogalmazott: „A tagdíjat jövőre sem emeljük, ebben mindenki egyetértett.”';
const HU_NAME_NOT_OPENING =
  'Mészáros Anna elnök megnyitotta az ülést.\n\n' +
  'A közgyűlés után Kertész Balázs levelét a titkár így idézte: „A tagdíjat jövőre sem emeljük, ebben mindenki egyetértett.”';

/** `A kör vezetője, dr. X Y a közgyűlés után így fogalmazott:`: a name, an adjunct, the verb and the colon (lang/hungarian-name-tags.ts). */
kindTable('Hungarian: a name with an adjunct before the verb and colon', [
  ['hu: `A kör vezetője, dr. X Y a közgyűlés után így fogalmazott:` is X Y', HU_NAME_ADJUNCT_COLON, 'A tagdíjat jövőre', 'Kertész Balázs', ANY],
  ['counter-case hu: a name not opening the sentence (`… X Y levelét a titkár így idézte:`) is not the speaker', HU_NAME_NOT_OPENING, 'A tagdíjat jövőre', 'Mészáros Anna', ANY],
]);

const HU_SO_REACTED_NAME =
  'Nagy Ottó, a hazaiak edzője így fogalmazott: „Megérdemelten nyertünk.”\n\n' +
  '„Két pont hiányzott, de a keretet tavasszal teljesen újjáépítjük.” Így reagált Somogyi Tamás, a vendégcsapat edzője, aki a meccs után azonnal elment.';
const HU_THEN_NAME_TRAVELLED =
  'Nagy Ottó, a hazaiak edzője így fogalmazott: „Megérdemelten nyertünk. Két pont hiányzott a biztos sikerhez, de a keretet tavasszal teljesen újjáépítjük.” Ezt követően Somogyi Tamás hazautazott.';

/** `„…” Így reagált X, a … edzője.`: "so" and the verb first after the quote, then the name (lang/hungarian-name-tags.ts). */
kindTable('Hungarian: `Így reagált X, a … edzője` after a quote names X', [
  ['hu: `Így reagált X Y, a vendégcsapat edzője` is X Y', HU_SO_REACTED_NAME, 'Két pont hiányzott', 'Somogyi Tamás', 'edzője'],
  ['counter-case hu: `Ezt követően X Y hazautazott.` is no verb of saying', HU_THEN_NAME_TRAVELLED, 'Megérdemelten nyertünk', 'Nagy Ottó', ANY],
]);

const HU_AGED_ROLE_OPENING =
  'A döntőt a hazai csapat nyerte. – Nagyon büszke vagyok rájuk – mondta Kelemen Ádám edző. A győztes gólt Pintér Rita irányító lőtte az utolsó percben.\n\n' +
  'A 24 éves irányító a lövést „életem legnehezebb pillanatának” nevezte. „Nem láttam mást, csak a kapus kesztyűjét. Aztán hallottam a dudát” – mesélte.\n\n' +
  'A klubot 1990-ben alapították.';
const HU_CROWD_OPENING =
  'A döntőt a hazai csapat nyerte. A győztes gólt Pintér Rita irányító lőtte az utolsó percben. – Nagyon büszke vagyok rájuk – mondta Kelemen Ádám edző.\n\n' +
  'A közönség a lefújás után percekig tapsolt. „Ilyen hangulatot még sosem láttam ebben a csarnokban, pedig harminc éve edzősködöm” – mesélte.\n\n' +
  'A klubot 1990-ben alapították.';

/** `A 24 éves irányító … nevezte. „…” – mesélte.`: a dropped subject after a sentence opening on a title is its holder (lang/hu.ts). */
kindTable('Hungarian: `– mesélte` after a sentence opening on a title noun is the one the text titled so', [
  ['hu: `A 24 éves irányító … . „…” – mesélte.` is the playmaker named before', HU_AGED_ROLE_OPENING, 'Nem láttam mást', 'Pintér Rita', ANY],
  ['counter-case hu: `A közönség …` holds no title: the latest speaker', HU_CROWD_OPENING, 'Ilyen hangulatot', 'Kelemen Ádám', ANY],
]);
