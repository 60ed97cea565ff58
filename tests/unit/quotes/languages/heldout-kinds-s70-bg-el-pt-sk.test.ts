// Kinds the seventieth held-out set showed in Bulgarian, Greek, Brazilian Portuguese and Slovak copy, each in fresh
// sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const SLOVAK_INTRO = 'Petra Novotná, primátorka mesta Horné Lúky, s tým nesúhlasí. Podľa nej je cesta v zlom stave.\n\n';

/** `„…“, povedala pre Rádio X.`: the outlet alone closing the tag after the verb is the listener (lang/outlet-listener.ts). */
kindTable('The outlet a Slavic tag closes on is whom the words were said to, never the speaker', [
  ['sk: `povedala pre Rádio Sever.` is the woman the text was about', `${SLOVAK_INTRO}„Autobusy tu jazdia každú hodinu. Nikto nám nepomohol,“ povedala pre Rádio Sever.`, 'Autobusy tu jazdia', 'Petra Novotná', ANY],
  ['hr: `rekla je za HRT.` the same', `${SLOVAK_INTRO}„Autobusy tu jazdia každú hodinu,“ rekla je za HRT.`, 'Autobusy tu jazdia', 'Petra Novotná', ANY],
  ['counter-case sk: a full name after the outlet is the speaker', `${SLOVAK_INTRO}„Autobusy tu jazdia každú hodinu,“ povedala pre Rádio Sever Mária Kováčová.`, 'Autobusy tu jazdia', 'Mária Kováčová', ANY],
  ['counter-case sk: `povedal X Y.` with no outlet', `${SLOVAK_INTRO}„Autobusy tu jazdia každú hodinu,“ povedal Ján Novák.`, 'Autobusy tu jazdia', 'Ján Novák', ANY],
]);

const PT_OWNED_BY = (name: string) =>
  'Otávio Reis, diretor da feira, defendeu a mudança. “A feira precisa de reforma. Não havia tempo”, disse.\n\n' +
  `“Planto tomate aqui há 30 anos. Meu avô plantava antes de mim.” A frase é de ${name}, de 70 anos, dona do sítio 4, uma das mais antigas do Vale.\n\n` +
  'Conhecida pelos vizinhos como Dona Bené, a agricultora não é contra a obra. “Se me tirarem daqui, eu perco tudo”, disse ela à Gazeta.';

/** `“…” A frase é de Maria dos Anjos, …`: a surname with its particle (`dos`, `da`, `del`) is one name (lang/next-sentence.ts). */
kindTable('The words’ owner after "A frase é de" keeps a surname particle', [
  ['pt: `A frase é de X dos Y, de 70 anos, …` is X dos Y', PT_OWNED_BY('Benedita dos Reis'), 'Planto tomate', 'Benedita dos Reis', ANY],
  ['pt: her next quote, `disse ela`, stays hers', PT_OWNED_BY('Benedita dos Reis'), 'Se me tirarem', 'Benedita dos Reis', ANY],
  ['counter-case pt: a name with no particle is read as before', PT_OWNED_BY('Benedita Moraes'), 'Planto tomate', 'Benedita Moraes', ANY],
]);

const BG_SELF =
  'Адвокатът на кмета, Мария Иванова, заяви, че ще обжалва. Кметът Георги Петров беше обвинен в злоупотреба.\n\n' +
  'Самият Петров изслуша решението спокойно. „Никога не съм взимал пари“, каза 61-годишният на излизане от сградата.';
const BG_SELF_FEMALE_OTHER =
  'Кметът Георги Петров беше обвинен в злоупотреба.\n\nСамата Иванова мълча. „Никога не съм взимал пари“, каза Петров.';

/** `Самият X …`: Bulgarian "himself" with its article opens the sentence before the name and is no part of it (names.ts). */
kindTable('Bulgarian "himself" before a surname is not a given name', [
  ['bg: `Самият Петров …` then `каза 61-годишният` is Георги Петров', BG_SELF, 'Никога не съм', 'Георги Петров', ANY],
  ['counter-case bg: the tag names the speaker itself', BG_SELF_FEMALE_OTHER, 'Никога не съм', 'Георги Петров', ANY],
]);

const BG_WITHHELD = (clause: string) =>
  '„Никой не ни обясни нищо“, разказа кметът на селото Стоян Колев.\n\n' +
  `Пред сградата хората коментираха новината. „Решението е добро, но пътят пак е разбит“, каза баща на ученичка, който ${clause}.`;

/** `каза баща на ученичка, който пожела да не бъде назоваван`: a noun with no article and a withheld name (lang/bg.ts). */
kindTable('A Bulgarian unnamed source after the verb is described, not the person quoted before', [
  ['bg: `каза баща на ученичка, който пожела да не бъде назоваван` is described', BG_WITHHELD('пожела да не бъде назоваван'), 'Решението е добро', DESCRIBED, ANY],
  ['counter-case bg: a relative clause that withholds nothing is left to the other readers', BG_WITHHELD('живее наблизо'), 'Решението е добро', 'Стоян Колев', ANY],
]);

const EL_COLON = (opening: string) =>
  'Ο Νίκος Παπαδάκης είναι ψαράς στο λιμάνι.\n\nΤα σπίτια μένουν κλειστά τον χειμώνα.\n\n' +
  `${opening}:\n\n«Έχω δύο κόρες. Καμία δεν θέλει να μείνει στο νησί».`;

/** `Στο τέλος, ο X γίνεται πιο προσωπικός:`: an opening phrase, the article and a surname, any verb, then the colon (lang/colon-subject.ts). */
kindTable('A Greek colon-ended sentence whose subject is a surname after an opening phrase', [
  ['el: `Στο τέλος, ο X γίνεται πιο προσωπικός:` is X', EL_COLON('Στο τέλος της συζήτησης, ο Παπαδάκης κοιτάζει τη βάρκα του και γίνεται πιο προσωπικός'), 'Έχω δύο κόρες', 'Νίκος Παπαδάκης', ANY],
  ['counter-case el: a place after the article names no one', EL_COLON('Στο τέλος, η Αθήνα αποφάσισε'), 'Έχω δύο κόρες', UNNAMED, ANY],
]);
