// A capitalised noun for a science's or a craft's practitioner opening a sentence before a full name, in the Baltic and Slavic
// languages that write no article there (`Istorikas X Y`, `Arheolog X Y`, `Zgodovinar X Y`): the role, not a first name
// (the fifty-sixth held-out set showed Lithuanian occupations lost beside their names), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const LT = '„Tokių akmenų šioje pakrantėje niekas nematė kelis dešimtmečius.“';
const SL = '»Takih kamnov na tej obali ni nihče videl že desetletja.«';

/** `Istorikas X Y sakė:`, `Arheolog X Y je dejal:` (lang/role-nouns.ts isOccupationByForm). */
kindTable('A practitioner’s noun opening the run is the role, not part of the name', [
  ['lt: `Istorikas X Y sakė:`', `Istorikas Rokas Žemaitis sakė: ${LT}`, 'Tokių akmenų', 'Rokas Žemaitis', 'Istorikas'],
  ['lt: a woman `Politikė X Y`', `Politikė Aistė Griganavičienė sakė: ${LT}`, 'Tokių akmenų', 'Aistė Griganavičienė', 'Politikė'],
  ['lt: `Fotografas X Y`', `Fotografas Linas Vaitkus pasakojo: ${LT}`, 'Tokių akmenų', 'Linas Vaitkus', 'Fotografas'],
  ['sl: `Arheolog X Y je dejal:`', `Arheolog Tadej Golob je dejal: ${SL}`, 'Takih kamnov', 'Tadej Golob', 'Arheolog'],
  ['sl: `Zgodovinar X Y`', `Zgodovinar Tadej Golob je dejal: ${SL}`, 'Takih kamnov', 'Tadej Golob', 'Zgodovinar'],
  ['hr: `Povjesničar X Y rekao je:`', 'Povjesničar Dario Škarica rekao je: »Takvo kamenje na ovoj obali nitko nije vidio desetljećima.«', 'Takvo kamenje', 'Dario Škarica', 'Povjesničar'],
  ['cs: `Archeolog X Y řekl:`', 'Archeolog Radim Kubeš řekl: „Takové kameny na tomto pobřeží nikdo neviděl desítky let.“', 'Takové kameny', 'Radim Kubeš', 'Archeolog'],
  ['counter-case lt: a given name in -ikas opening the run stays in it', `Henrikas Rokas Žemaitis sakė: ${LT}`, 'Tokių akmenų', 'Henrikas Rokas Žemaitis', ANY],
  ['counter-case lt: a name alone stays whole, no role', `Rokas Žemaitis sakė: ${LT}`, 'Tokių akmenų', 'Rokas Žemaitis', null],
]);
