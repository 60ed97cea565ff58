// Kinds the sixty-eighth and sixty-ninth held-out sets showed in English, Nepali and Telugu copy, each in fresh sentences
// of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const DIRECTOR_FIRST = 'Director Lavinia Rolle spoke at the briefing. “We accept every finding,” she said.\n\n';
const MOTHER_AFTER_WHO_CLAUSE =
  DIRECTOR_FIRST +
  'Odessa Pinder, who slept three nights in a church hall during Hurricane Ambrose, said she read the findings “with a sinking heart”.\n\n' +
  '“The roof leaked over the children. We had one lamp for sixty people,” the mother of three said.';
const FATHER_AFTER_WHO_CLAUSE =
  DIRECTOR_FIRST +
  'Cedric Knowles, who slept three nights in a church hall during Hurricane Ambrose, said he read the findings “with a sinking heart”.\n\n' +
  '“The roof leaked over the children. We had one lamp for sixty people,” the mother of three said.';
const NO_REPORTING_VERB_AFTER_CLAUSE =
  DIRECTOR_FIRST +
  'Odessa Pinder, who slept three nights in a church hall during Hurricane Ambrose, praised her in a letter to the editor.\n\n' +
  '“The roof leaked over the children. We had one lamp for sixty people,” the mother of three said.';

/** `X, who … during Hurricane Y, said she …` then `the mother of three said`: the pronoun after the clause is X's (relative-clause-owner.ts). */
kindTable('A reporting verb after a who-clause naming someone else gives the subject the pronoun it reports with', [
  ['en: `X, who … during Hurricane Y, said she …` makes X the mother of three', MOTHER_AFTER_WHO_CLAUSE, 'The roof leaked', 'Odessa Pinder', ANY],
  ['counter-case en: `said he` makes the newcomer a man: the mother of three stays the woman before', FATHER_AFTER_WHO_CLAUSE, 'The roof leaked', 'Lavinia Rolle', ANY],
  ['counter-case en: `praised her` after the clause is no reporting verb: her is someone else', NO_REPORTING_VERB_AFTER_CLAUSE, 'The roof leaked', 'Lavinia Rolle', ANY],
]);

const UNIT_AND_PLACE =
  'Hundreds of dyeing workers blocked the bypass road in Narsingdi on Monday, demanding two months of arrears.\n\n' +
  'Superintendent of Industrial Police-4 Narsingdi Md Kamal Uddin said the road was cleared by noon.\n\n' +
  'Kamal Uddin said, "The area is calm now and our teams are watching the gates."';
const UNIT_ALONE =
  'Hundreds of dyeing workers blocked the bypass road on Monday, demanding two months of arrears.\n\n' +
  'Superintendent of Industrial Police-4 Md Kamal Uddin said the road was cleared by noon.\n\n' +
  'Kamal Uddin said, "The area is calm now and our teams are watching the gates."';
const NAME_THAT_IS_A_PLACE =
  'Officer Jordan Pike said the convoy left at dawn. Pike once served two tours in Jordan.\n\n' +
  'Jordan Pike said, "The drivers were told to keep to the main road."';

/** `Superintendent of Industrial Police-4 <Place> X Y Z`: a numbered unit and the place it covers glued before the name (unit-place.ts). */
kindTable('A numbered unit and its place before a name are no part of it', [
  ['en: `Industrial Police-4 Narsingdi Md X Y`, the text writing `in Narsingdi`, is Md X Y', UNIT_AND_PLACE, 'The area is calm', 'Md Kamal Uddin', ANY],
  ['en: `Industrial Police-4 Md X Y`: a word joined to a number is no name word', UNIT_ALONE, 'The area is calm', 'Md Kamal Uddin', ANY],
  ['counter-case en: `Officer Jordan Pike` keeps a first name the text also writes as a place (no numbered unit)', NAME_THAT_IS_A_PLACE, 'The drivers were told', 'Jordan Pike', ANY],
]);

const TELUGU_SUBJECT_LEFT_OUT =
  'గ్రామానికి చెందిన రైతు కొండా శ్రీనివాసులు (48) తన పొలంలో నిలబడ్డారు. “కాలువ నీళ్లు రాలేదు,” అని ఆయన అన్నారు.\n\n' +
  'సాయంత్రం పొలం గట్టున కూర్చున్న శ్రీనివాసులు ఎండిన కాయలను చేతిలోకి తీసుకుని ఆకాశం వైపు చూశారు. “ఈ ఏడాది పంట పోయింది, అప్పులు మిగిలాయి,” అని నిట్టూర్చారు.';
const TELUGU_GROUP_TAG =
  'గ్రామానికి చెందిన రైతు కొండా శ్రీనివాసులు (48) తన పొలంలో నిలబడ్డారు. “కాలువ నీళ్లు రాలేదు,” అని ఆయన అన్నారు.\n\n' +
  'సాయంత్రం అధికారులు పొలాలు చూశారు. “ఈ ఏడాది పంట పోయింది, అప్పులు మిగిలాయి,” అని రైతులు చెప్పారు.';

/** `,” అని నిట్టూర్చారు.`: a quotative and a verb alone, the subject left out: the one the sentence before brings back (lang/te.ts). */
kindTable('Telugu: a tag with its subject left out is the person the sentence before brings back', [
  ['te: `కూర్చున్న X … చూశారు. “…,” అని నిట్టూర్చారు.` is X, by the full name', TELUGU_SUBJECT_LEFT_OUT, 'ఈ ఏడాది పంట', 'కొండా శ్రీనివాసులు', ANY],
  ['counter-case te: `అని రైతులు చెప్పారు.` names a group of its own', TELUGU_GROUP_TAG, 'ఈ ఏడాది పంట', DESCRIBED, ANY],
]);

const NEPALI_DEMONSTRATIVE_ACCORDING =
  'गाउँका बासिन्दा असन्तुष्ट छन्।\n\n' +
  '“हामीले जग्गा दियौं, तर केही पाएनौं,” खोलागाउँका ६८ वर्षीय हरिप्रसाद थापाले भने। उनको खेत बाँधले डुबाएको छ।\n\n' +
  'ती वृद्धका अनुसार, “गाउँमा अझै पानी छैन। नहर सहरतिर मात्र जान्छ।” स्थानीयले विरोध गरेका छन्।';
const NEPALI_NAMED_ACCORDING =
  'गाउँका बासिन्दा असन्तुष्ट छन्।\n\n' +
  '“हामीले जग्गा दियौं, तर केही पाएनौं,” खोलागाउँका ६८ वर्षीय हरिप्रसाद थापाले भने। उनको खेत बाँधले डुबाएको छ।\n\n' +
  'वडाध्यक्ष सीता गुरुङका अनुसार, “गाउँमा अझै पानी छैन। नहर सहरतिर मात्र जान्छ।” स्थानीयले विरोध गरेका छन्।';

/** `ती वृद्धका अनुसार, “…”` ("according to that old man"): a demonstrative and a noun point back at the person just quoted (lang/ne.ts). */
kindTable('Nepali: "according to that <noun>" is the person the story just brought in', [
  ['ne: `ती वृद्धका अनुसार, “…”` after `६८ वर्षीय X Yले भने` is X Y', NEPALI_DEMONSTRATIVE_ACCORDING, 'गाउँमा अझै पानी', 'हरिप्रसाद थापा', ANY],
  ['counter-case ne: `वडाध्यक्ष X Yका अनुसार` names its own source', NEPALI_NAMED_ACCORDING, 'गाउँमा अझै पानी', 'सीता गुरुङ', ANY],
]);
