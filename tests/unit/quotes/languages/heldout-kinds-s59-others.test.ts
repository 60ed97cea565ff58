// Kinds the fifty-ninth held-out set showed in Italian copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const VILLAGE_FROM_TOWN =
  'Il sindaco Marco Bellandi guarda la piazza vuota di Pietralunga. «Prima c’erano due panifici», dice.\n\n' +
  'Da anni Bellandi lotta contro la chiusura dei negozi. «Oggi non resta quasi niente», ricorda il primo cittadino.\n\n' +
  'Sua sorella, Anna Bellandi, si è trasferita a Pietralunga da Torino nel 2015.';
const VILLAGE_PART =
  'La scuola di Castelvecchio di Sopra chiuderà a giugno.\n\n' +
  'La maestra Ilaria Conti insegna in paese dal 2004. «Sei bambini sono pochi, ma sono una classe vera», spiega l’insegnante.';
const PERSON_WITH_DA =
  'Il premio per il miglior violino è andato a Pietro da Ponte, liutaio di Cremona. «Non me l’aspettavo davvero», ha detto il liutaio.';

/** `a Pietralunga da Torino` (moved to X from Y), `Castelvecchio di Sopra`: a village read as a given name, particle and family (romance-place-run.ts). */
kindTable('A Romance village with `da`/`di` is no person a descriptor can stand for', [
  ['it: `ricorda il primo cittadino` is the mayor, not `Pietralunga da Torino`', VILLAGE_FROM_TOWN, 'Oggi non resta', 'Marco Bellandi', ANY],
  ['it: `spiega l’insegnante` is the teacher, not `Castelvecchio di Sopra`', VILLAGE_PART, 'Sei bambini', 'Ilaria Conti', ANY],
  ['counter-case it: `a Pietro da Ponte`, a person whose given name the text never writes alone as a place', PERSON_WITH_DA, 'Non me l', 'Pietro da Ponte', ANY],
]);

const MANNER_AFTER_VERB =
  'Tommaso, 8 anni, va in terza. «Non voglio cambiare scuola», racconta, un po’ timido davanti al microfono.';
const PLAIN_PARTICIPLE_AFTER_VERB =
  'Chiara Fontana ha aperto la bottega nel 1990. «Ho cominciato con due sedie e un tavolo», ricorda, emozionata.';
const SUBJECT_BEFORE_MANNER =
  'Tommaso, 8 anni, va in terza. «Non voglio cambiare scuola», racconta Rita Greco, un po’ emozionata.';

/** `», racconta, un po’ timido …`: a participle after the verb's comma tells how the left-out subject spoke (lang/dropped.ts). */
kindTable('A manner phrase after a subjectless verb is no speaker', [
  ['it: `racconta, un po’ timido davanti al microfono` is the boy just named', MANNER_AFTER_VERB, 'Non voglio', 'Tommaso', ANY],
  ['it: `ricorda, emozionata` is the shop owner', PLAIN_PARTICIPLE_AFTER_VERB, 'Ho cominciato', 'Chiara Fontana', ANY],
  ['counter-case it: `racconta X, un po’ emozionata`: the subject written after the verb', SUBJECT_BEFORE_MANNER, 'Non voglio', 'Rita Greco', ANY],
]);

const CONJUNCTION_BEFORE_VERB =
  'Il sindaco Marco Bellandi guarda la piazza vuota. «Prima c’erano due panifici», dice.\n\n' +
  'Anna Bellandi vive in paese dal 2015. Oggi si chiede se abbia sbagliato. Poi aggiunge: «Ci avevano promesso un autobus ogni ora».';
const NAME_AFTER_CONJUNCTION =
  'Il sindaco Marco Bellandi guarda la piazza vuota. «Prima c’erano due panifici», dice.\n\n' +
  'Anna Bellandi vive in paese dal 2015. Poi Luca Ferri aggiunge: «Ci avevano promesso un autobus ogni ora».';

/** `Poi aggiunge: «…»`: a capitalised conjunction opening a subjectless sentence is no name (lang/latin.ts). */
kindTable('A capitalised conjunction before a verb with its subject left out', [
  ['it: `Poi aggiunge:` is the person the paragraph is about', CONJUNCTION_BEFORE_VERB, 'Ci avevano', 'Anna Bellandi', ANY],
  ['counter-case it: `Poi X aggiunge:` is X', NAME_AFTER_CONJUNCTION, 'Ci avevano', 'Luca Ferri', ANY],
]);
