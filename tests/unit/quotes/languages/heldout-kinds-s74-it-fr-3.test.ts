// Italian and French shapes (the fifty-fourth held-out set showed each): Italian's "first citizen" for the mayor opening the
// sentence before an untagged quote; an office, then between commas a degree of address (`l’ingegnere`) and the name; an age
// set off by commas between the name and the occupation; and a French unnamed speaker brought in after `Du côté de …,`.
// In fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const MAYOR = '«Non ce la facciamo più», attacca il sindaco Ettore Vannucci, che ieri ha scritto alla Regione.\n\nLa strada provinciale resta chiusa da marzo.\n\n';
const QUOTE_IT = '«Abbiamo scritto tre volte alla Provincia e nessuno ci risponde».';

/** `Il primo cittadino non nasconde …. «…»`: the mayor the text named before (described-opening.ts, office-holder.ts). */
kindTable('Italian: `il primo cittadino` opening the sentence before a quote is the mayor named before', [
  ['`Il primo cittadino` then an untagged quote', `${MAYOR}Il primo cittadino non nasconde la propria rabbia. ${QUOTE_IT}`, 'Abbiamo scritto', 'Ettore Vannucci', 'sindaco'],
  ['`La prima cittadina` for a woman mayor', `«Non ce la facciamo più», attacca la sindaca Graziella Monti, che ieri ha scritto alla Regione.\n\nLa strada provinciale resta chiusa da marzo.\n\nLa prima cittadina non nasconde la propria rabbia. ${QUOTE_IT}`, 'Abbiamo scritto', 'Graziella Monti', 'sindaca'],
  ['counter-case: `Il sindaco` already read so', `${MAYOR}Il sindaco non nasconde la propria rabbia. ${QUOTE_IT}`, 'Abbiamo scritto', 'Ettore Vannucci', 'sindaco'],
]);

/** `Il direttore tecnico, l’ingegnere X, sostiene …` then `ha spiegato X`: the office is the role, with the degree (lang/office-before-degree.ts). */
kindTable('Italian: an office before a degree of address between commas is the role', [
  ['`Il responsabile commerciale, l’avvocato X,`', 'La società replica. Il responsabile commerciale, l’avvocato Fulvio Marchetti, sostiene che i contratti sono regolari.\n\n«Abbiamo rispettato ogni clausola del bando», ha spiegato Marchetti.', 'Abbiamo rispettato', 'Fulvio Marchetti', 'responsabile commerciale'],
  ['`Il progettista, l’architetto X,`', 'Il cantiere è fermo. Il progettista, l’architetto Sara Landi, sostiene che il ritardo dipende dalla Soprintendenza.\n\n«Aspettiamo il parere da aprile», ha spiegato Landi.', 'Aspettiamo il parere', 'Sara Landi', 'progettista'],
  ['`Il primario di …, il dottor X,` with the name in the tag', 'L’ospedale replica. Il primario di cardiologia, il dottor Franco Riva, sostiene che i turni sono coperti.\n\n«Abbiamo tre medici in meno da gennaio», ha spiegato Riva.', 'Abbiamo tre medici', 'Franco Riva', 'primario di cardiologia'],
  ['counter-case: an opening "according to" is no office', 'Il cantiere è fermo. Secondo il progettista, l’architetto Sara Landi, il ritardo dipende dalla Soprintendenza.\n\n«Aspettiamo il parere da aprile», ha spiegato Landi.', 'Aspettiamo il parere', 'Sara Landi', '=l’architetto'],
  ['counter-case: an office and a name with no degree', 'Il cantiere è fermo. Il geometra del Comune, Piero Salvi, sostiene che il ritardo dipende dalla Soprintendenza.\n\n«Aspettiamo il parere da aprile», ha spiegato Salvi.', 'Aspettiamo il parere', 'Piero Salvi', '=il geometra del Comune'],
]);

/** `X, 74 anni, pensionata, abita …`: the age between commas is skipped, the occupation after it is the role (lang/introduced-role.ts). */
kindTable('Romance: an age between commas before the occupation apposed to a name', [
  ['it: `X, 74 anni, pensionata,`', 'La frana ha isolato la frazione. Ornella Bettini, 74 anni, pensionata, abita da sola in fondo alla valle.\n\n«La corriera non passa più da marzo – racconta – e io esco solo quando mio figlio sale».', 'La corriera', 'Ornella Bettini', 'pensionata'],
  ['es: `X, 74 años, jubilada,`', 'El derrumbe aisló el pueblo. Ramona Quiroga, 74 años, jubilada, vive sola al fondo del valle.\n\n«El autobús ya no pasa desde marzo», cuenta.', 'El autobús', 'Ramona Quiroga', 'jubilada'],
  ['fr: `X, 74 ans, retraitée,`', 'Le glissement a isolé le hameau. Odette Vernier, 74 ans, retraitée, vit seule au fond de la vallée.\n\n« Le car ne passe plus depuis mars », raconte-t-elle.', 'Le car ne passe', 'Odette Vernier', 'retraitée'],
  ['counter-case: an age and no occupation', 'La frana ha isolato la frazione. Ornella Bettini, 74 anni, abita da sola in fondo alla valle.\n\n«La corriera non passa più da marzo – racconta – e io esco solo quando mio figlio sale».', 'La corriera', 'Ornella Bettini', null],
  ['counter-case: an age then where she is from', 'La frana ha isolato la frazione. Ornella Bettini, 74 anni, di Roccalta, abita da sola in fondo alla valle.\n\n«La corriera non passa più da marzo – racconta – e io esco solo quando mio figlio sale».', 'La corriera', 'Ornella Bettini', null],
]);

const NAMED_FR = 'La mairesse de Val-Perdu, Martine Gauvreau, a confirmé le vote. « Nous avons fait notre part », a-t-elle dit.\n\n';
const QUOTE_FR = '« Les quotas seront revus en juin, comme toujours », a-t-elle indiqué par courriel.';

/** `Du côté de X, une porte-parole a rappelé … « … », a-t-elle indiqué`: the unnamed newcomer, not the woman named before (inner-introduction.ts). */
kindTable('French: an unnamed person brought in after `Du côté de …,` takes the pronoun', [
  ['`Du côté du syndicat, une porte-parole`', `${NAMED_FR}Du côté du syndicat des pêcheurs, une porte-parole a rappelé que les quotas restent fixes. ${QUOTE_FR}`, 'Les quotas', DESCRIBED, ANY],
  ['`Du côté de la Fédération des X, un porte-parole`', `${NAMED_FR}Du côté de la Fédération des pêcheurs du Nord, un porte-parole a rappelé que les quotas restent fixes. ${QUOTE_FR.replace('elle', 'il')}`, 'Les quotas', DESCRIBED, ANY],
  ['`Chez le transporteur, une porte-parole`', `${NAMED_FR}Chez le transporteur, une porte-parole a rappelé que les quotas restent fixes. ${QUOTE_FR}`, 'Les quotas', DESCRIBED, ANY],
  ['counter-case: `Du côté de X,` and the woman named before as subject', `${NAMED_FR}Du côté de la mairie, Martine Gauvreau a rappelé que les quotas restent fixes. ${QUOTE_FR}`, 'Les quotas', 'Martine Gauvreau', ANY],
  ['counter-case: no newcomer, the pronoun is the woman named before', `${NAMED_FR}Du côté de la mairie, on rappelle que les quotas restent fixes. ${QUOTE_FR}`, 'Les quotas', 'Martine Gauvreau', ANY],
]);
