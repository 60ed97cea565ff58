// Kinds the fifty-fourth held-out set showed in Baltic and Slavic copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const OCCASION_BEFORE_VERB_LT =
  'Vakar mieste vyko koncertas. „Tai buvo nuostabus vakaras visiems žiūrovams“, – po pertraukos sakė Rasa Jankauskienė. Ji buvo laiminga.';
const OCCASION_BEFORE_VERB_LV =
  'Koncerts bija izpārdots. „Tas bija brīnišķīgs vakars visiem skatītājiem“, – pēc koncerta sacīja diriģents Jānis Ozols.';
const OCCASION_BEFORE_VERB_SK =
  'Koncert bol vypredaný. „Bol to nádherný večer pre všetkých divákov“, – po koncerte povedal dirigent Marek Hudec.';
const OCCASION_THEN_NO_VERB =
  'Vakar mieste vyko koncertas. „Tai buvo nuostabus vakaras visiems žiūrovams“, – po koncerto Rasa Jankauskienė išėjo namo. Salė ištuštėjo.';

/** `„…“, – po koncerto sakė X`: an occasion (a preposition and a noun or two) between the dash and the verb (adjunct-before-verb.ts). */
kindTable('An occasion opening the tag before its verb', [
  ['lt: `– po pertraukos sakė X` is X', OCCASION_BEFORE_VERB_LT, 'Tai buvo nuostabus', 'Rasa Jankauskienė', ANY],
  ['lv: `– pēc koncerta sacīja diriģents X` is X', OCCASION_BEFORE_VERB_LV, 'Tas bija brīnišķīgs', 'Jānis Ozols', ANY],
  ['sk: `– po koncerte povedal dirigent X` is X', OCCASION_BEFORE_VERB_SK, 'Bol to nádherný', 'Marek Hudec', 'dirigent'],
  ['counter-case lt: `– po koncerto X išėjo namo` has no verb of saying before the name', OCCASION_THEN_NO_VERB, 'Tai buvo nuostabus', UNNAMED, ANY],
]);

const QUOTED_CLUB_IN_ROLE =
  'Vakar vyko koncertas. „Tai buvo nuostabus vakaras visiems žiūrovams“, – sakė „Aidos“ choro vadovė Rasa Jankauskienė. Ji buvo laiminga.';
const QUOTED_CLUB_AFTER_OCCASION =
  'Sezonas baigėsi. „Šito laukėme ilgus metus ir pagaliau sulaukėme“, – po paskutinių rungtynių sakė „Nemuno“ treneris Tomas Petraitis.';
const QUOTED_CLUB_ALONE =
  'Vakar vyko koncertas. „Tai buvo nuostabus vakaras visiems žiūrovams“, – po koncerto pranešė „Aidos“ choras.';

/** `– sakė „Aidos“ choro vadovė X`: a club's or firm's name in quotation marks inside the role (adjunct-before-verb.ts). */
kindTable('A body named in quotation marks inside the tag', [
  ['lt: `– sakė „Aidos“ choro vadovė X` is X', QUOTED_CLUB_IN_ROLE, 'Tai buvo nuostabus', 'Rasa Jankauskienė', 'vadovė'],
  ['lt: `– po … rungtynių sakė „Nemuno“ treneris X` is X', QUOTED_CLUB_AFTER_OCCASION, 'Šito laukėme', 'Tomas Petraitis', 'treneris'],
  ['counter-case lt: `– pranešė „Aidos“ choras`: the quoted body is no person', QUOTED_CLUB_ALONE, 'Tai buvo nuostabus', UNNAMED, ANY],
]);

const ALLATIVE_OUTLET_ET =
  'Vallavanem Toomas Kask kutsus elanikke kokku. „Tee tuleb enne talve korda teha, muidu kiirabi meieni ei jõua,“ rääkis Kask Postimehele. Vald ootab.';
const ALLATIVE_OUTLET_FI =
  'Kunnanjohtaja Mikko Laine kutsui asukkaat koolille. ”Tie on korjattava ennen talvea, muuten ambulanssi ei pääse perille”, kertoi Laine Iltalehdelle.';
const NAME_ENDING_LIKE_ALLATIVE =
  'Il sindaco ha convocato i cittadini. «La strada va sistemata prima dell’inverno, altrimenti l’ambulanza non arriva», dice Marco Natale. Il comune aspetta.';

/** `rääkis Kask Postimehele`: the outlet spoken to, in the allative, after the name (listener-after-name.ts). */
kindTable('An outlet in the allative after the name is the listener', [
  ['et: `rääkis X Postimehele` is X', ALLATIVE_OUTLET_ET, 'Tee tuleb enne', 'Toomas Kask', ANY],
  ['fi: `kertoi X Iltalehdelle` is X', ALLATIVE_OUTLET_FI, 'Tie on korjattava', 'Mikko Laine', ANY],
  ['counter-case it: `dice Marco Natale`: a family name ending like an allative after a verb of another language stays', NAME_ENDING_LIKE_ALLATIVE, 'La strada va', 'Marco Natale', ANY],
]);

const QUESTION_PARTICLE_LV =
  'Jānis Ozols jūrā iet jau trīsdesmit gadus. Vai Ozols vēl brauks jūrā nākamgad? Vecais vīrs brīdi klusē. „Laivu neatdošu nevienam, tā ir daļa no manis,” viņš saka.';
const QUESTION_PARTICLE_ET =
  'Peeter Tamm on merel käinud kolmkümmend aastat. Kas Tamm läheb ka järgmisel aastal merele? Vana mees vaikib. „Paati ma ei anna kellelegi, see on osa minust,“ ütles ta.';
const QUESTION_PARTICLE_LT =
  'Jonas Petraitis jūroje praleido trisdešimt metų. Ar Petraitis dar plauks kitais metais? Senas vyras tyli. „Valties niekam neatiduosiu, ji yra mano dalis“, – sakė jis.';
const NAME_OPENING_LIKE_PARTICLE =
  'Arvydas Petraitis jūroje praleido trisdešimt metų. Senas vyras tyli. „Valties niekam neatiduosiu, ji yra mano dalis“, – sakė jis.';

/** `Vai Ozols vēl brauks?`: a question particle opening the sentence is no part of the name after it (name-openers.ts). */
kindTable('A question particle opening a sentence before a name', [
  ['lv: `Vai X …?` then `viņš saka` is X', QUESTION_PARTICLE_LV, 'Laivu neatdošu', 'Jānis Ozols', ANY],
  ['et: `Kas X …?` then `ütles ta` is X', QUESTION_PARTICLE_ET, 'Paati ma ei', 'Peeter Tamm', ANY],
  ['lt: `Ar X …?` then `sakė jis` is X', QUESTION_PARTICLE_LT, 'Valties niekam', 'Jonas Petraitis', ANY],
  ['counter-case lt: `Arvydas` only starts like the particle: the whole name stays', NAME_OPENING_LIKE_PARTICLE, 'Valties niekam', 'Arvydas Petraitis', ANY],
]);
