// Caseless names a pronoun or a bare given name stands for (the sixty-fourth held-out set showed a Khmer `លោក` / `អ្នកស្រី`
// "he" / "she" tag after a sentence opening on the person's addressed name whose verb is no verb of saying, and an Amharic
// converb of saying with a bare given name before the verb), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

/** A Khmer man quoted first, so a later "he" or "she" with no reading falls back on him. */
const KM_EARLIER = 'លោក ពៅ វិសាល មេភូមិ បាននិយាយថា៖ «ផ្លូវនេះខូចតាំងពីរដូវវស្សាមុនមកម្ល៉េះ»។';
/** A Khmer woman quoted first. */
const KM_EARLIER_SHE = 'អ្នកស្រី ចាន់ ធីតា គ្រូបង្រៀន បាននិយាយថា៖ «សិស្សមិនអាចមកសាលាបានទេ»។';

/** `លោក X Y … បានអំពាវនាវ …។ «…» លោកថ្លែង។`: the "he" after the quote is the one the sentence before opens on. */
kindTable('Khmer: a pronoun tag is the person the sentence before opens on, whatever its verb', [
  ['after the quote, same paragraph: `លោក X Y បានអំពាវនាវ …។ «…» លោកថ្លែង។`', `${KM_EARLIER}\n\nលោក ម៉ៅ សុវណ្ណ បានអំពាវនាវដល់ប្រជាពលរដ្ឋឲ្យចូលរួមជួសជុលស្ពាន។ «យើងត្រូវការកម្លាំងពីគ្រប់គ្នា កុំរង់ចាំតែរដ្ឋ» លោកថ្លែង។`, 'យើងត្រូវការ', 'ម៉ៅ សុវណ្ណ', ANY],
  ['after the quote, the paragraph before introduces him: `លោក X Y … ។ ¶ «…» លោកនិយាយ។`', `${KM_EARLIER}\n\nលោក ម៉ៅ សុវណ្ណ អាយុ៥២ឆ្នាំ ដែលលក់ត្រីនៅផ្សារ ទើបតែត្រឡប់មកពីខេត្តកំពតវិញ។\n\n«ខ្ញុំចំណាយថ្លៃឡានច្រើនជាងមុនទ្វេដង» លោកនិយាយទាំងញញឹម។`, 'ខ្ញុំចំណាយ', 'ម៉ៅ សុវណ្ណ', ANY],
  ['before the quote: `អ្នកស្រី X Y … បានស្វាគមន៍ …។ អ្នកស្រីបានសរសេរនៅលើទំព័ររបស់ខ្លួនថា៖ «…»`', `${KM_EARLIER}\n\nអ្នកស្រី សុខ រចនា ម្ចាស់ហាងកាហ្វេមួយ បានគាំទ្រគម្រោងនេះ។ អ្នកស្រីបានសរសេរនៅលើទំព័ររបស់ខ្លួនថា៖ «ភ្ញៀវរបស់ខ្ញុំនឹងមកបានងាយជាងមុន»។`, 'ភ្ញៀវរបស់ខ្ញុំ', 'សុខ រចនា', ANY],
  ['counter-case: "she" after a sentence opening on a man is not him', `${KM_EARLIER_SHE}\n\nលោក ម៉ៅ សុវណ្ណ បានទៅដល់សាលារៀនកាលពីព្រឹក។ អ្នកស្រីបាននិយាយថា៖ «យើងត្រូវការស្ពានថ្មី»។`, 'យើងត្រូវការស្ពាន', 'ចាន់ ធីតា', ANY],
  ['counter-case: a name in the tag after the quote wins over the sentence before', `លោក ម៉ៅ សុវណ្ណ បានអំពាវនាវដល់ប្រជាពលរដ្ឋឲ្យចូលរួម។ «យើងត្រូវការកម្លាំងពីគ្រប់គ្នា» អ្នកស្រី សុខ រចនា បានបន្ថែម។`, 'យើងត្រូវការ', 'សុខ រចនា', ANY],
]);

/** An Amharic woman quoted first, so a tag read wrong falls back on her. */
const AM_EARLIER = 'ወይዘሮ መሰረት ታደሰ «ገበያው ዘንድሮ ቀዝቃዛ ነው» ብለዋል።';

/** `«…» ሲል X ተናግሯል።`: a given name with no form of address between the converb of saying and the verb is the speaker. */
kindTable('Amharic: a bare given name between the converb of saying and the verb', [
  ['`«…» ሲል X ተናግሯል` after `<trade> የሆነው X Y`', `${AM_EARLIER}\n\nበከተማው ኮሌጅ የሁለተኛ ዓመት ተማሪ የሆነው ዳዊት አለሙ ለውጡን ይደግፋል።\n\n«አውቶቡሱ በሰዓቱ ቢመጣ ለእኛ ትልቅ ነገር ነው» ሲል ዳዊት ተናግሯል።`, 'አውቶቡሱ በሰዓቱ', 'ዳዊት አለሙ', ANY],
  ['feminine: `«…» ስትል X ተናግራለች`', `${AM_EARLIER}\n\nበሆስፒታሉ ነርስ የሆነችው ሄለን ካሳ ስለ ለውጡ ሰምታለች።\n\n«ሌሊት ወደ ቤት መሄድ ከባድ ሆኖብናል» ስትል ሄለን ተናግራለች።`, 'ሌሊት ወደ ቤት', 'ሄለን ካሳ', ANY],
  ['counter-case: `ሲሉ ለጋዜጠኞች ተናግረዋል` (told the journalists) names no one new', `አቶ ገብሩ ወልዴ ትናንት ጣቢያውን ጎብኝተዋል።\n\n«ሥራው በሁለት ወር ይጠናቀቃል» ሲሉ ለጋዜጠኞች ተናግረዋል።`, 'ሥራው በሁለት', 'ገብሩ ወልዴ', ANY],
  ['counter-case: an adverb, `ሲሉ አክለው ተናግረዋል` (said, adding), is no name', `አቶ ገብሩ ወልዴ ትናንት ጣቢያውን ጎብኝተዋል።\n\n«ሥራው በሁለት ወር ይጠናቀቃል» ሲሉ አክለው ተናግረዋል።`, 'ሥራው በሁለት', 'ገብሩ ወልዴ', ANY],
]);
