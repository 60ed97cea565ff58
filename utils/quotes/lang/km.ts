/**
 * Khmer: before a quote `លោក X Y … បាននិយាយថា៖ «…»` (Mr X Y said that), `<role> … លោក X បានអះអាងថា «…»`; after one
 * `» លោក X បន្ត` (Mr X went on), `» អ្នកស្រីបន្ថែម។` (she added: the form of address alone) and `»។ នេះជាសម្ដីរបស់លោក X។`
 * (these are Mr X's words). Forms of address (លោក, លោកស្រី, អ្នកស្រី, កញ្ញា) open names and are no part of them.
 */

import { lazy, person, pronoun, type LanguageCues } from './shared';

const KHMER = /[\u1780-\u17ff]/u;
/** Forms of address before a name: Mrs, Madam, Mr, Miss (fuller-names.ts reads them too). */
export const KHMER_ADDRESS = '(?:លោកស្រី|អ្នកស្រី|លោក|កញ្ញា|អ្នកនាង)';
const ADDRESS = KHMER_ADDRESS;
/** Said that, claimed that, told, recounted, went on, added. */
const SAID = '(?:បាន)?(?:និយាយ|អះអាង|ប្រាប់|រៀបរាប់|បន្ថែម|បញ្ជាក់|ថ្លែង)(?:ថា)?';
// (The quote finder reads the Khmer stop ។ as ., script-stops.ts.)
const NAME = '([^\\s៖។«».]{2,}(?:\\s[^\\s៖។«».]{2,})?)';

const patterns = lazy(() => ({
  nameBefore: new RegExp(`${ADDRESS}\\s*${NAME}\\s+(?:ដែល[^៖«»]{0,80}?\\s+)?${SAID}\\s*៖?\\s*$`, 'u'),
  addressAlone: new RegExp(`^[\\s។.]*${ADDRESS}\\s*(?:រៀបរាប់|បន្ត|និយាយ|បន្ថែម)`, 'u'),
  nameAfter: new RegExp(`^[\\s។.]*${ADDRESS}\\s+${NAME}\\s+(?:បន្ត|រៀបរាប់|${SAID})`, 'u'),
  wordsOf: new RegExp(`^[\\s។.]*នេះជាសម្ដីរបស់\\s*${ADDRESS}\\s*${NAME}`, 'u'),
}));

export const khmer: LanguageCues = {
  applies: (frame) => KHMER.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const named = patterns().wordsOf.exec(line) ?? patterns().nameAfter.exec(line);
    if (named) return person(named[1]!.trim());
    return patterns().addressAlone.test(line) ? pronoun('they') : null;
  },
  before(frame) {
    const named = patterns().nameBefore.exec(frame.split('\n').at(-1)!);
    return named ? person(named[1]!.trim()) : null;
  },
};
