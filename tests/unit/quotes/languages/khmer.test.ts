// Khmer (lang/km.ts): a titled name before the quote with its role, a relative clause and the one told between it and the verb
// (`លោក X Y <role> ដែល … បានប្រាប់<outlet>ថា៖ «…»`), after it (`» លោក X Y មានប្រសាសន៍។`), a quote standing alone after a sentence in
// which a titled name speaks, `នាងបន្តថា៖` / `លោក<title>បានបន្ថែមថា៖` for the person just quoted, and a pronoun alone after the
// quote (`» នាងនិយាយ។`) left to the sentence before. Each in short paragraphs of my own about invented people, with
// counter-cases: someone left unnamed, a body, a name as an object, a sign's words.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'សាលាបឋមសិក្សាមួយនៅខេត្តព្រៃវែង បានបើកបណ្ណាល័យថ្មីកាលពីថ្ងៃច័ន្ទ។\n\n' +
  'លោក សុខ ដារ៉ា នាយកសាលា ដែលបានរៀបចំគម្រោងនេះអស់រយៈពេលពីរឆ្នាំ បានប្រាប់អ្នកសារព័ត៌មានថា៖ «សិស្សរបស់យើងអាចខ្ចីសៀវភៅយកទៅផ្ទះបានរៀងរាល់ថ្ងៃ»។\n\n' +
  'អ្នកស្រី ពៅ ស្រីនិច គ្រូបង្រៀនថ្នាក់ទីបួន បាននិយាយទាំងញញឹម ខណៈកំពុងរៀបសៀវភៅលើធ្នើ។\n\n' +
  '«ក្មេងៗចូលចិត្តរឿងនិទានខ្មែរជាងគេ។ ពួកគេមកអានរាល់ពេលសម្រាក»។\n\n' +
  'នាងបន្តថា៖ «ឪពុកម្ដាយខ្លះក៏មកអានជាមួយកូនដែរ»។\n\n' +
  '«យើងនៅត្រូវការសៀវភៅវិទ្យាសាស្ត្របន្ថែមទៀត» លោក សុខ ដារ៉ា មានប្រសាសន៍។';

const HARVEST =
  'កសិករនៅស្រុកបាទីបានចាប់ផ្ដើមច្រូតស្រូវប្រាំងហើយ។\n\n' +
  'លោកស្រី ទេព វណ្ណី មន្ត្រីកសិកម្មស្រុក បាននិយាយថា៖ «ភ្លៀងធ្លាក់ទាន់ពេលនៅឆ្នាំនេះ ដូច្នេះស្រូវផ្លែល្អ»។\n\n' +
  'កសិការិនីម្នាក់ដែលសុំមិនបញ្ចេញឈ្មោះ បានប្រាប់ថា តម្លៃជីឡើងថ្លៃខ្លាំងកាលពីឆ្នាំមុន។ «យើងលក់ស្រូវបានតិចជាងដើមទុនដែលយើងចំណាយ» នាងនិយាយ។\n\n' +
  'លោក យឹម សំណាង ប្រធានសហគមន៍កសិកម្ម បានបញ្ជាក់ថា សហគមន៍នឹងទិញស្រូវក្នុងតម្លៃសមរម្យ។ «យើងចង់ជួយកសិករឱ្យមានប្រាក់ចំណូលទៀងទាត់ជារៀងរាល់ឆ្នាំ» លោកមានប្រសាសន៍។\n\n' +
  'កសិករជាច្រើននាក់ បានចូលរួមកិច្ចប្រជុំនៅវត្ត។ ប្រធានសហគមន៍រូបនេះ បានបន្ថែមថា៖ «ឆ្នាំក្រោយយើងនឹងសាងសង់ឃ្លាំងស្តុកស្រូវមួយទៀត»។';

const BRIDGE =
  'ស្ពានបេតុងថ្មីមួយនៅខេត្តកំពត ត្រូវបានសម្ពោធនៅព្រឹកនេះ។\n\n' +
  '«ស្ពាននេះនឹងជួយឱ្យអ្នកភូមិដឹកផលដំណាំទៅផ្សារបានលឿនជាងមុន» ឯកឧត្តម កែវ រតនា អភិបាលខេត្ត បានថ្លែង។\n\n' +
  'វេជ្ជបណ្ឌិត ឈឹម ពិសិដ្ឋ នាយកមន្ទីរពេទ្យខេត្ត បានឱ្យដឹងថា រថយន្តសង្គ្រោះអាចមកដល់ភូមិឆ្ងាយៗបានលឿនជាងមុន។\n\n' +
  '«ពីមុនយើងត្រូវជិះទូកឆ្លងទន្លេ ដែលចំណាយពេលជិតមួយម៉ោង»។\n\n' +
  'លោកវេជ្ជបណ្ឌិតបានបន្ថែមថា៖ «ឥឡូវនេះ អ្នកជំងឺអាចមកដល់មន្ទីរពេទ្យក្នុងរយៈពេលដប់នាទី»។\n\n' +
  'ផ្ទាំងបដានៅមាត់ស្ពានសរសេរថា «សូមបើកបរដោយប្រុងប្រយ័ត្ន និងគោរពល្បឿនកំណត់»។';

const MARKET =
  'ផ្សារត្រីថ្មីមួយបានបើកនៅក្រុងកែប។\n\n' +
  'អ្នកលក់ត្រីម្នាក់ កំពុងជជែកជាមួយ លោក អ៊ុំ សុផល នៅមុខតូប ហើយ បានពន្យល់ថា៖ «ទីតាំងថ្មីនេះស្អាត ប៉ុន្តែថ្លៃជួលតូបខ្ពស់ពេក»។\n\n' +
  '«ត្រីរបស់ខ្ញុំលក់អស់មុនម៉ោងដប់ព្រឹក» លោក អ៊ុំ សុផល បន្ត។\n\n' +
  'សាលាក្រុងកែប បានថ្លែងថា៖ «យើងនឹងពិនិត្យថ្លៃជួលតូបឡើងវិញនៅខែក្រោយ»។\n\n' +
  'កញ្ញា ហ៊ុន សុគន្ធា អាយុ ២៤ ឆ្នាំ ជាអ្នកលក់ក្ដាម បានប្រាប់ថា៖ «ភ្ញៀវទេសចរមកទិញច្រើនជាងមុននៅចុងសប្ដាហ៍»។';

const ROWS: KindCase[] = [
  ['km: `លោក X Y <role> ដែល … បានប្រាប់<outlet>ថា៖ «…»` is X Y, the role before the relative clause', LIBRARY, 'សិស្សរបស់យើង', 'សុខ ដារ៉ា', 'នាយកសាលា'],
  ['km: a quote standing alone after `អ្នកស្រី X Y <role> បាននិយាយ …។` is X Y', LIBRARY, 'ក្មេងៗចូលចិត្ត', 'ពៅ ស្រីនិច', ANY],
  ['km: `នាងបន្តថា៖ «…»` (she went on) is the woman just quoted', LIBRARY, 'ឪពុកម្ដាយខ្លះ', 'ពៅ ស្រីនិច', ANY],
  ['km: `«…» លោក X Y មានប្រសាសន៍។` is X Y, not the woman quoted before', LIBRARY, 'យើងនៅត្រូវការ', 'សុខ ដារ៉ា', ANY],
  ['km: `លោកស្រី X Y <role> បាននិយាយថា៖ «…»` is X Y, Mrs no part of the name', HARVEST, 'ភ្លៀងធ្លាក់ទាន់ពេល', 'ទេព វណ្ណី', 'មន្ត្រីកសិកម្មស្រុក'],
  ['km: `<noun>ម្នាក់ដែលសុំមិនបញ្ចេញឈ្មោះ … «…» នាងនិយាយ។` is someone unnamed, not the woman quoted before', HARVEST, 'យើងលក់ស្រូវ', DESCRIBED, null],
  ['km: `លោក X Y <role> បានបញ្ជាក់ថា …។ «…» លោកមានប្រសាសន៍។` is X Y, brought in by the sentence before', HARVEST, 'យើងចង់ជួយកសិករ', 'យឹម សំណាង', ANY],
  ['km: `<role>រូបនេះ បានបន្ថែមថា៖` (this chair added) is the chair just named, no one described', HARVEST, 'ឆ្នាំក្រោយយើង', 'យឹម សំណាង', ANY],
  ['km: `«…» ឯកឧត្តម X Y <role> បានថ្លែង។` is X Y, the title and the role off the name', BRIDGE, 'ស្ពាននេះនឹងជួយ', 'កែវ រតនា', 'អភិបាលខេត្ត'],
  ['km: a quote standing alone after `វេជ្ជបណ្ឌិត X Y <role> បានឱ្យដឹងថា …។` is X Y (a title, no form of address)', BRIDGE, 'ពីមុនយើងត្រូវជិះទូក', 'ឈឹម ពិសិដ្ឋ', ANY],
  ['km: `លោកវេជ្ជបណ្ឌិតបានបន្ថែមថា៖` (Mr Doctor added) is the doctor just quoted', BRIDGE, 'ឥឡូវនេះ អ្នកជំងឺ', 'ឈឹម ពិសិដ្ឋ', ANY],
  ['km: a sign `សរសេរថា «…»` (reads) is no one’s words (counter-case)', BRIDGE, 'សូមបើកបរ', UNNAMED, null],
  ['km: `<someone>ម្នាក់ … ជាមួយ លោក X Y … បានពន្យល់ថា៖` is someone unnamed; X Y after "with" is no speaker (counter-case)', MARKET, 'ទីតាំងថ្មីនេះស្អាត', DESCRIBED, null],
  ['km: `«…» លោក X Y បន្ត។` (went on) is X Y', MARKET, 'ត្រីរបស់ខ្ញុំ', 'អ៊ុំ សុផល', null],
  ['km: a body `សាលាក្រុង … បានថ្លែងថា៖ «…»` is no person (counter-case)', MARKET, 'យើងនឹងពិនិត្យ', UNNAMED, null],
  ['km: `កញ្ញា X Y អាយុ ២៤ ឆ្នាំ ជា<role> បានប្រាប់ថា៖` is X Y, age and `ជា` (is) off the role', MARKET, 'ភ្ញៀវទេសចរ', 'ហ៊ុន សុគន្ធា', '=អ្នកលក់ក្ដាម'],
];

kindTable('Khmer titled names, tags before and after, and unnamed speakers', ROWS);
