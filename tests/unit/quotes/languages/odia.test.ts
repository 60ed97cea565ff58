// Odia (lang/or.ts): short articles of my own about a broken river embankment, cashew prices and a village football club,
// with invented people. Tags after the words (`’ ବୋଲି X କହିଛନ୍ତି`, `,’ ସେ କହିଛନ୍ତି`, `,’ କହିଲେ X`) and before them (`X କହିଛନ୍ତି,
// ‘…’`, `X ଙ୍କ ମତରେ, ‘…’`, `ତାଙ୍କ କହିବା ଅନୁସାରେ …`); counter-cases are bodies (a district administration, a traders'
// union), someone unnamed (`ଜଣେ`, "one"), an office with no one named with it, and words to whom it was said.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const RIVER =
  'ଦେବୀ ନଦୀ କୂଳର ବନ୍ଧ ଦୁଇ ଜାଗାରେ ଭାଙ୍ଗିଛି।\n\n' +
  'ଜଳସେଚନ ବିଭାଗର ସହକାରୀ ଯନ୍ତ୍ରୀ ଅମର ନାଥ ବେହେରା କହିଛନ୍ତି, ‘ଆସନ୍ତା ସପ୍ତାହରେ ମରାମତି କାମ ଶେଷ ହେବ।’\n\n' +
  '‘ବାଲିବସ୍ତା ପହଞ୍ଚିସାରିଛି,’ ସେ କହିଛନ୍ତି।\n\n' +
  '‘କାମ ଠିକ୍ ସମୟରେ ନହେଲେ ଆମେ ରାସ୍ତା ଅବରୋଧ କରିବୁ’ ବୋଲି ଗାଁର ସରପଞ୍ଚ ଲକ୍ଷ୍ମୀ ପ୍ରଧାନ ଚେତାବନୀ ଦେଇଛନ୍ତି।\n\n' +
  '‘ବନ୍ଧ ଉପରେ ଦିନରାତି ନଜର ରଖାଯାଉଛି’ ବୋଲି ଜିଲ୍ଲା ପ୍ରଶାସନ ଜଣାଇଛି।\n\n' +
  'ଜଣେ ବୃଦ୍ଧ ଚାଷୀ ଭିଜା ଧାନ ଦେଖାଇ କହିଲେ, ‘ମୋ ଜମିରେ ଏବେ ବି ଆଣ୍ଠୁଏ ପାଣି।’';

const CASHEW =
  'କାଜୁ ଦର ଚଳିତ ବର୍ଷ ବହୁତ ଖସିଛି।\n\n' +
  'ବ୍ୟବସାୟୀ ସନ୍ତୋଷ ଚନ୍ଦ୍ର ନାୟକ ସାମ୍ବାଦିକଙ୍କୁ କହିଛନ୍ତି ଯେ, ‘ବିଦେଶରୁ ଚାହିଦା କମିଯାଇଛି।’\n\n' +
  '‘ଆମେ କ୍ଷତିରେ କାଜୁ ବିକୁଛୁ,’ କହିଲେ କୃଷକ ଗୀତାଞ୍ଜଳି ସ୍ୱାଇଁ।\n\n' +
  'କୃଷକ ନେତା ପ୍ରମୋଦ ବିଶ୍ୱାଳଙ୍କ ମତରେ, ‘ସରକାର ସମର୍ଥନ ମୂଲ୍ୟ ଘୋଷଣା କରିବା ଦରକାର।’\n\n' +
  '‘ଗୋଦାମରେ ଆଉ ଜାଗା ନାହିଁ’ ବୋଲି ସଂଘର ଜଣେ ସଦସ୍ୟ କହିଛନ୍ତି।\n\n' +
  '‘ଆମେ ମନ୍ତ୍ରୀଙ୍କୁ ଚିଠି ଦେବୁ’ ବୋଲି କାଜୁ ବ୍ୟବସାୟୀ ସମିତି ଜଣାଇଛି।\n\n' +
  '‘ଋଣ ସୁଝିବା କଷ୍ଟ ହେଉଛି,’ ଶ୍ରୀମତୀ ସ୍ୱାଇଁ କହିଛନ୍ତି।';

const CLUB =
  'ଗାଁର ଫୁଟବଲ କ୍ଲବ ଏଥର ଜିଲ୍ଲା ଚାମ୍ପିଅନ ହୋଇଛି।\n\n' +
  'ପ୍ରଶିକ୍ଷକ ଦୀପକ ପାଢ଼ୀ କହିଲେ: ‘ପିଲାମାନେ ବର୍ଷାରେ ବି ଅଭ୍ୟାସ କରିଥିଲେ।’\n\n' +
  'ସେ ଆହୁରି କହିଲେ, ‘ଆସନ୍ତା ବର୍ଷ ଆମେ ରାଜ୍ୟ ସ୍ତରରେ ଖେଳିବୁ।’\n\n' +
  '‘ଆମକୁ ଗୋଟିଏ ଭଲ ପଡ଼ିଆ ଦରକାର’ ବୋଲି ଅଧିନାୟକ ଇତିଶ୍ରୀ ପରିଡ଼ା କହିଛନ୍ତି।\n\n' +
  '‘ପଡ଼ିଆ ପାଇଁ ଜମି ଚିହ୍ନଟ ହୋଇସାରିଛି’ ବୋଲି ବିଡିଓ ସ୍ପଷ୍ଟ କରିଛନ୍ତି।\n\n' +
  'ଡାକ୍ତର ରଶ୍ମିତା ଷଡ଼ଙ୍ଗୀଙ୍କ କହିବା ଅନୁସାରେ, ‘ଖେଳାଳିଙ୍କ ପାଇଁ ନିୟମିତ ସ୍ୱାସ୍ଥ୍ୟ ପରୀକ୍ଷା ଦରକାର।’';

const BRIDGE =
  'ନଦୀ ଉପରେ ନୂଆ ପୋଲ ପାଇଁ ଲୋକେ ଦଶ ବର୍ଷ ହେଲା ଦାବି କରୁଛନ୍ତି।\n\n' +
  'ଜିଲ୍ଲାପାଳ ସୁରେଶ ଚନ୍ଦ୍ର ମିଶ୍ରଙ୍କ କହିବା ଅନୁସାରେ ପୋଲ ଦୁଇ ବର୍ଷରେ ତିଆରି ହେବ। ‘ଟେଣ୍ଡର ପ୍ରକ୍ରିୟା ଶେଷ ହୋଇସାରିଛି।’';

const FERRY =
  'ଘାଟରେ ଡଙ୍ଗା ସେବା ବନ୍ଦ ରହିଛି।\n\n' +
  'ବିଭାଗୀୟ ସୂଚନା ଅନୁଯାୟୀ ନୂଆ ଡଙ୍ଗା ପାଇଁ ଅର୍ଥ ମଞ୍ଜୁର ହୋଇଛି। ‘ଆସନ୍ତା ମାସରୁ ଡଙ୍ଗା ଚାଲିବ।’';

const ROWS: KindCase[] = [
  ['or: `<genitive> <role> X Y Z କହିଛନ୍ତି, ‘…’` is X Y Z with the role', RIVER, 'ଆସନ୍ତା ସପ୍ତାହରେ', 'ଅମର ନାଥ ବେହେରା', 'ଯନ୍ତ୍ରୀ'],
  ['or: `‘…,’ ସେ କହିଛନ୍ତି` (he said) is the man just quoted', RIVER, 'ବାଲିବସ୍ତା', 'ଅମର ନାଥ ବେହେରା', ANY],
  ['or: `’ ବୋଲି ଗାଁର ସରପଞ୍ଚ X Y ଚେତାବନୀ ଦେଇଛନ୍ତି` (warned) is X Y, a sarpanch', RIVER, 'କାମ ଠିକ୍', 'ଲକ୍ଷ୍ମୀ ପ୍ରଧାନ', 'ସରପଞ୍ଚ'],
  ['or: `’ ବୋଲି ଜିଲ୍ଲା ପ୍ରଶାସନ ଜଣାଇଛି` is a district administration, no person', RIVER, 'ବନ୍ଧ ଉପରେ', UNNAMED, null],
  ['or: `ଜଣେ ବୃଦ୍ଧ ଚାଷୀ … କହିଲେ` (one old farmer) is someone described', RIVER, 'ମୋ ଜମିରେ', DESCRIBED, null],
  ['or: `<role> X Y Z ସାମ୍ବାଦିକଙ୍କୁ କହିଛନ୍ତି ଯେ, ‘…’`: to the reporters is no part of the name', CASHEW, 'ବିଦେଶରୁ', 'ସନ୍ତୋଷ ଚନ୍ଦ୍ର ନାୟକ', 'ବ୍ୟବସାୟୀ'],
  ['or: `‘…,’ କହିଲେ କୃଷକ X Y` (the verb before its subject) is X Y, a farmer', CASHEW, 'ଆମେ କ୍ଷତିରେ', 'ଗୀତାଞ୍ଜଳି ସ୍ୱାଇଁ', 'କୃଷକ'],
  ['or: `<role> X Yଙ୍କ ମତରେ, ‘…’` (in X Y\'s view) is X Y, the honorific genitive off', CASHEW, 'ସରକାର ସମର୍ଥନ', 'ପ୍ରମୋଦ ବିଶ୍ୱାଳ', 'ନେତା'],
  ['or: `’ ବୋଲି ସଂଘର ଜଣେ ସଦସ୍ୟ କହିଛନ୍ତି` (one member of the union) is someone unnamed', CASHEW, 'ଗୋଦାମରେ', DESCRIBED, null],
  ['or: `’ ବୋଲି … ବ୍ୟବସାୟୀ ସମିତି ଜଣାଇଛି` (a traders\' committee) is no person, though a role word stands in it', CASHEW, 'ଆମେ ମନ୍ତ୍ରୀଙ୍କୁ', UNNAMED, null],
  ['or: `‘…,’ ଶ୍ରୀମତୀ Y କହିଛନ୍ତି` is the woman named in full before (lang/fuller-names.ts)', CASHEW, 'ଋଣ ସୁଝିବା', 'ଗୀତାଞ୍ଜଳି ସ୍ୱାଇଁ', ANY],
  ['or: `<role> X Y କହିଲେ: ‘…’` before the words', CLUB, 'ପିଲାମାନେ ବର୍ଷାରେ', 'ଦୀପକ ପାଢ଼ୀ', 'ପ୍ରଶିକ୍ଷକ'],
  ['or: `ସେ ଆହୁରି କହିଲେ, ‘…’` (he further said) is the coach just quoted', CLUB, 'ଆସନ୍ତା ବର୍ଷ', 'ଦୀପକ ପାଢ଼ୀ', ANY],
  ['or: `’ ବୋଲି ଅଧିନାୟକ X Y କହିଛନ୍ତି` is X Y, the captain', CLUB, 'ଆମକୁ ଗୋଟିଏ', 'ଇତିଶ୍ରୀ ପରିଡ଼ା', 'ଅଧିନାୟକ'],
  ['or: `’ ବୋଲି ବିଡିଓ ସ୍ପଷ୍ଟ କରିଛନ୍ତି`: an office in initials no one was named with is no one named, not the captain', CLUB, 'ପଡ଼ିଆ ପାଇଁ', UNNAMED, null],
  ['or: `ଡାକ୍ତର X Yଙ୍କ କହିବା ଅନୁସାରେ, ‘…’` (according to what X Y says) is X Y, a doctor', CLUB, 'ଖେଳାଳିଙ୍କ ପାଇଁ', 'ରଶ୍ମିତା ଷଡ଼ଙ୍ଗୀ', 'ଡାକ୍ତର'],
  ['or: a sentence opening `<role> X Y Zଙ୍କ କହିବା ଅନୁସାରେ …।` (according to X Y Z) gives the words after it to X Y Z', BRIDGE, 'ଟେଣ୍ଡର ପ୍ରକ୍ରିୟା', 'ସୁରେଶ ଚନ୍ଦ୍ର ମିଶ୍ର', 'ଜିଲ୍ଲାପାଳ'],
  ['or: a sentence opening `ବିଭାଗୀୟ ସୂଚନା ଅନୁଯାୟୀ` (according to the department\'s information) names no one', FERRY, 'ଆସନ୍ତା ମାସରୁ', UNNAMED, null],
];

kindTable('Odia tags, views, bodies and unnamed speakers', ROWS);
