// Kinds the sixty-seventh held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const AGE_SUBJECT_THEN_AGE_TAG =
  'The ferry between Port Ansel and the islands will stop running in winter.\n\n' +
  'Harbour trust chair Odile Fernsby said the choice had been "painful".\n\n' +
  '"We carry nurses, teachers and the post on that boat," she told the council.\n\n' +
  'The 58-year-old, who has sat on the trust since 1994, said selling the second vessel had also been discussed.\n\n' +
  '"We looked at it for a week," the 58-year-old said. "Then we decided against it."';
const AGE_OF_AN_UNNAMED_MAN =
  'A man was arrested after a boat was set adrift in Port Ansel.\n\n' +
  'Sergeant Odile Fernsby said a 34-year-old man was in custody.\n\n' +
  '"He will be questioned tomorrow," she said.\n\n' +
  'The 34-year-old, who lives in the town, said little when he was charged.\n\n' +
  '"I did nothing wrong," the 34-year-old said.';

/** `"…," she said. ¶ The 58-year-old, who …, said … ¶ "…," the 58-year-old said`: the speaker just quoted (aged-previous-speaker.ts). */
kindTable('A bare age a sentence since the last quote used as subject is that quote’s named speaker', [
  ['en: `The 58-year-old, who …, said` after her quote, then `the 58-year-old said`', AGE_SUBJECT_THEN_AGE_TAG, 'We looked at it', 'Odile Fernsby', ANY],
  ['counter-case en: `a 34-year-old man` brought in earlier is someone else', AGE_OF_AN_UNNAMED_MAN, 'I did nothing wrong', DESCRIBED, ANY],
]);

const ACCOUNT_OF_NAMED =
  'Flames tore through the timber yard overnight.\n\n' +
  'A worker who asked not to be named said she lost her tools.\n\n' +
  '“Everything is gone,” she said.\n\n' +
  '“We rang the brigade at 3am. Nobody came for an hour, and the first truck was empty.”\n\n' +
  'That was the account of Mr. Tobias Renwick-Ojo, a joiner whose workshop backed onto the yard.';
const ACCOUNT_OF_A_SHIFT =
  'Flames tore through the timber yard overnight.\n\n' +
  'A worker who asked not to be named said she lost her tools.\n\n' +
  '“Everything is gone,” she said.\n\n' +
  '“We rang the brigade at 3am. Nobody came for an hour, and the first truck was empty.”\n\n' +
  'That was the account of the night shift. The owner, Tobias Renwick-Ojo, disputes it.';

/** A lone quote, then `That was the account of Mr. X, a …`: X said it, whoever was quoted before (revealed-after.ts). */
kindTable('A lone quote whose next paragraph says "That was the account of <Name>"', [
  ['en: `That was the account of Mr. X, a joiner` after a lone quote', ACCOUNT_OF_NAMED, 'We rang the brigade', 'Tobias Renwick-Ojo', ANY],
  ['counter-case en: `That was the account of the night shift` names no one', ACCOUNT_OF_A_SHIFT, 'We rang the brigade', DESCRIBED, ANY],
]);

const FIRE_DIRECTOR_THEN_FIRE_CHIEF =
  'A warehouse burned in Tema on Friday.\n\n' +
  'But the Director of the Greater Accra Fire and Rescue Authority, Mrs. Efua Mensah-Darko, rejected the claim.\n\n' +
  '“Our crews arrived within twenty minutes,” she said.\n\n' +
  'The fire chief said three engines were sent.\n\n' +
  '“We believe a faulty heater started it,” the fire chief said.';
const FIRE_INVESTIGATOR_NOT_CHIEF =
  'A warehouse burned in Tema on Friday.\n\n' +
  'A fire investigator, Kojo Ampofo-Lartey, examined the site.\n\n' +
  '“The wiring was old,” he said.\n\n' +
  'Officials said three engines were sent.\n\n' +
  '“We believe a faulty heater started it,” the fire chief said.';

/** `the Director of the … Fire … Authority, Mrs. X` … `the fire chief said`: the one leader whose role holds the words (qualified-chief.ts). */
kindTable('"The fire chief" for the one person named leading a body of that name', [
  ['en: `the fire chief said` after `the Director of the … Fire and Rescue Authority, Mrs. X`', FIRE_DIRECTOR_THEN_FIRE_CHIEF, 'We believe a faulty', 'Efua Mensah-Darko', ANY],
  ['counter-case en: a fire investigator leads nothing', FIRE_INVESTIGATOR_NOT_CHIEF, 'We believe a faulty', DESCRIBED, ANY],
]);

const BODY_OPENS_SAID_PERSON =
  'The co-op sold its grain site last week.\n\n' +
  'Northfield Grain will keep all five workers, said Carla Ventimiglia, a spokeswoman for the company, which runs 30 sites.\n\n' +
  '“We plan to keep the old name on the silos,” she said in an email.';
const PERSON_OPENS_SAID_PERSON =
  'The co-op sold its grain site last week.\n\n' +
  'Site manager Tom Lundqvist will stay on for a year, said Carla Ventimiglia, a spokeswoman for the buyer.\n\n' +
  '“I wanted to see the first harvest through,” he said.';

const SAID_NAME_IN_COMPLEMENT =
  'The choir master Eamon Brody died on Sunday, aged 88.\n\n' +
  'A former chorister, now a singer in Cork, said Brody had been demanding but fair. “If you skipped rehearsal, he heard it in the first bar,” she said.';

/** `Y will keep its staff, said X, a spokeswoman …` ¶ `"…," she said`: the one who said it is whom `she` is (entities.ts `reported`). */
kindTable('A person after an inverted `, said X,` is the sentence’s subject for the next pronoun', [
  ['en: `Northfield Grain will keep …, said X, a spokeswoman` then `she said`', BODY_OPENS_SAID_PERSON, 'We plan to keep', 'Carla Ventimiglia', ANY],
  ['counter-case en: `he said` after a man opening the sentence stays his', PERSON_OPENS_SAID_PERSON, 'I wanted to see', 'Tom Lundqvist', ANY],
  ['counter-case en: `…, said X had been strict` reports X, who is not the sayer', SAID_NAME_IN_COMPLEMENT, 'If you skipped', DESCRIBED, ANY],
]);

const ACCORDING_TO_LISTED_OFFICE_NAME =
  'The council met on Monday.\n\n' +
  'The city, according to the Commissioner for Works, Housing, Transport and Planning, Mrs. Ngozi Aderinto-Bello, “will rebuild the bridge before the rains.”';
const ACCORDING_TO_OFFICE_CLAUSE =
  'The council met on Monday. Mrs. Ngozi Aderinto-Bello chaired it.\n\n' +
  'The city, according to the Commissioner for Works, who was not there, “will rebuild the bridge before the rains.”';

/** `according to the Commissioner for A, B and C, Mrs. X, “…”`: the name set off after the office (appositive-after-office.ts). */
kindTable('An office read as the speaker, then its holder’s name in commas before the quote', [
  ['en: `according to the Commissioner for Works, Housing, …, Mrs. X, “…”`', ACCORDING_TO_LISTED_OFFICE_NAME, 'will rebuild the bridge', 'Ngozi Aderinto-Bello', ANY],
  ['counter-case en: a relative clause after the office names no one', ACCORDING_TO_OFFICE_CLAUSE, 'will rebuild the bridge', DESCRIBED, ANY],
]);
