// Speaker names checked against the text's own mentions of the person (speaker-name-check.ts): a word glued to the name
// goes, a description ending in a named person is that person; in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const ESTONIAN_VILLAGE_AFTER_NAME =
  'Torm murdis öösel Rabivere vallas liine.\n\n' +
  '„Kaks ööd istusin pimedas ja kuulasin raadiot.“\n\n' +
  'Nii kirjeldab tormijärgseid päevi 79-aastane Ants Kuusk Rabivere külast. Rabivere küla sai voolu tagasi alles neljapäeval.\n\n' +
  'Ants Kuusk ütleb, et ostab nüüd generaatori.';
const SLOVAK_CONJUNCTION_BEFORE_NAME =
  'Povodeň zasiahla obec Lipník. Ondrej Hrabal býva pri potoku, keď prší, nespí.\n\n' +
  'Keď Ondrej Hrabal otvoril dvere, voda bola po kolená. „Toto som ešte nevidel,“ povedal.';
const SPANISH_DOUBLE_FAMILY_NAME =
  'El agua llegó a la plaza. "Faltan bombas en todo el valle", dijo Maria Lopez Garcia, alcaldesa de Ribera.\n\n' +
  'Lopez Garcia pidió ayuda al gobierno.';
const HINDI_FAMILY_NAME_ALSO_A_PLACE =
  'झील का पानी काला हो गया है। “हमारी बात कोई नहीं सुनता,” मछुआरे रामू लाल केवट ने कहा। केवट टोला के लोग परेशान हैं। ' +
  'रामू लाल ने बताया कि मछलियां मर रही हैं।';

/** `X Y Kaasiku külast`, `Keď X Y …`: a word glued to a name the text also writes on its own, read elsewhere as no name part. */
kindTable('A word glued to a full name the text writes on its own', [
  ['et: `Ants Kuusk Rabivere külast`, the village written apart, is Ants Kuusk', ESTONIAN_VILLAGE_AFTER_NAME, 'Kaks ööd istusin', 'Ants Kuusk', ANY],
  ['sk: `Keď Ondrej Hrabal otvoril`, `keď` written in lower case, is Ondrej Hrabal', SLOVAK_CONJUNCTION_BEFORE_NAME, 'Toto som ešte', 'Ondrej Hrabal', ANY],
  ['counter-case es: a double family name written alone later keeps the given name', SPANISH_DOUBLE_FAMILY_NAME, 'Faltan bombas', 'Maria Lopez Garcia', ANY],
  ['counter-case hi: a family name also a settlement (`केवट टोला`) stays, no capitals to tell', HINDI_FAMILY_NAME_ALSO_A_PLACE, 'हमारी बात', 'रामू लाल केवट', ANY],
]);

const VISIBLY_TIRED_NAMED =
  'Power cuts left the city without fans for a week.\n\n' +
  '"My grandson cannot sleep in this heat," said a visibly tired Nasreen Qadir, 68, who lives near the old canal.';
const SPOKESPERSON_OF_BANK = 'Rates rose again.\n\n"Borrowers will feel it," said a spokesperson for Harbor Bank.';
const ECONOMIST_AT_GROUP = 'Rates rose again.\n\n"Borrowers will feel it," said a senior economist at Harbor Bank Group.';

/** `said a visibly distressed X Y, 70,`: lower-case words before a person the text names are no part of the name. */
kindTable('Lower-case words opening a named speaker', [
  ['en: `a visibly tired X Y, 68,` is X Y', VISIBLY_TIRED_NAMED, 'My grandson cannot', 'Nasreen Qadir', ANY],
  ['counter-case en: `a spokesperson for Harbor Bank` stays a description', SPOKESPERSON_OF_BANK, 'Borrowers will feel', DESCRIBED, ANY],
  ['counter-case en: `a senior economist at Harbor Bank Group` stays a description', ECONOMIST_AT_GROUP, 'Borrowers will feel', DESCRIBED, ANY],
]);

const TAMIL_INITIAL_READ_ALONE =
  'மழை தொடர்கிறது. விவசாயி க. முருகேசன் தனது வயலை இழந்தார்.\n\n"எல்லாம் போய்விட்டது," என்றார் க.';
const TAMIL_INITIAL_OF_TWO =
  'மழை தொடர்கிறது. விவசாயி க. முருகேசன் தனது வயலை இழந்தார். அவரது அண்டை வீட்டார் க. செல்வம் படகு கேட்டார்.\n\n"எல்லாம் போய்விட்டது," என்றார் க.';

/** `ப` read as the speaker of a text that writes `ப. ராமசாமி`: the one fuller form the text writes beginning with it. */
kindTable('A name cut short widened to the one fuller form the text writes', [
  ['ta: an initial read alone is the `<initial>. <name>` the text writes', TAMIL_INITIAL_READ_ALONE, 'எல்லாம் போய்விட்டது', 'க. முருகேசன்', ANY],
  ['counter-case ta: two people share the initial, no widening', TAMIL_INITIAL_OF_TWO, 'எல்லாம் போய்விட்டது', 'க', ANY],
]);
