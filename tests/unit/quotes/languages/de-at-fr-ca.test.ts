// Austrian German (lang/de.ts, de-roles.ts) and Quebec French (lang/fr.ts) as their regional papers write them: a woman's
// degree with its feminine ending (`Mag.a`, `Dr.in`), a name set off by commas as the subject before any verb, the
// guillemets' incise (`lance sa présidente, X`), `la mairesse`, `le préfet`, `le député caquiste`, and someone unnamed
// brought in with `une …, qui …,` before the words; each in short paragraphs of my own about invented people, with
// counter-cases: a clause fronted before an inverted subject, a plain `Dr.` before a first name, a thing brought in like a
// person, a named neighbour after the indefinite noun.
import { kindTable, ANY, DESCRIBED, type KindCase } from './kind-table';

const AUSTRIAN: KindCase[] = [
  ['de-AT: `Dr.in` after an office, the degree no part of the name', '„Die Ambulanz bleibt offen“, sagte Landesrätin Dr.in Ingrid Pammer.', 'Die Ambulanz bleibt offen', 'Ingrid Pammer', '=Landesrätin'],
  ['de-AT: `Mag.a` alone before the name', '„Die Ambulanz bleibt offen“, sagte Mag.a Ingrid Pammer.', 'Die Ambulanz bleibt offen', 'Ingrid Pammer', ANY],
  ['de-AT: `Mag.a` is a degree, not her role', '„Die Ambulanz bleibt offen“, sagte Mag.a Ingrid Pammer.', 'Die Ambulanz bleibt offen', 'Ingrid Pammer', null],
  [
    'de-AT: `die Stadträtin` is the woman apposed with `Mag.a` before',
    'Die zuständige Gesundheitsstadträtin, Mag.a Ingrid Pammer, lud am Dienstag die Primarärzte ins Rathaus.\n\n„Wir schließen keine einzige Station“, sagte die Stadträtin.',
    'Wir schließen keine einzige Station',
    'Ingrid Pammer',
    ANY,
  ],
  ['de-AT: `Dr.` before a first name in -in stays a name', '„Die Ambulanz bleibt offen“, sagte Dr. Ina Berger.', 'Die Ambulanz bleibt offen', 'Ina Berger', null],
  [
    'de: Rolle, `Dr.in` Name, Verb Objekt: the apposed name is the subject, not the noun after the verb',
    'Die Leiterin des Gesundheitsamts, Dr.in Ingrid Pammer, bestätigt Fälle von Salmonellen. „Drei Kinder liegen im Spital. Die Küche bleibt zu.“',
    'Drei Kinder liegen im Spital.',
    'Ingrid Pammer',
    '=die Leiterin des Gesundheitsamts',
  ],
  [
    'de: Rolle, Ing. Name, Verb: the same with a man and a degree',
    'Der Kommandant der Feuerwehr, Ing. Markus Hörmann, bestätigt Schäden am Dach der Halle. „Zwei Träger sind gebrochen. Wir sperren die Halle bis März.“',
    'Zwei Träger sind gebrochen.',
    'Markus Hörmann',
    '=der Kommandant der Feuerwehr',
  ],
  [
    'de: Name, Rolle, separable verb: the name opening the sentence is its subject',
    'Markus Hörmann, Kommandant der Feuerwehr, weist die Kritik zurück. „Wir waren nach acht Minuten vor Ort. Schneller geht es nicht.“',
    'Wir waren nach acht Minuten vor Ort.',
    'Markus Hörmann',
    '=Kommandant der Feuerwehr',
  ],
  ['de: after a fronted clause the subject still follows the verb', 'Die Lage sei ernst, betont Markus Hörmann: „Zwei Träger sind gebrochen.“', 'Zwei Träger sind gebrochen.', 'Markus Hörmann', null],
  ['de-AT: Bürgermeisterin X opening the sentence before the words', 'Bürgermeisterin Ingrid Pammer hat den Bericht am Montag vorgelegt. „Wir sparen nicht bei den Kindern.“', 'Wir sparen nicht bei den Kindern.', 'Ingrid Pammer', '=Bürgermeisterin'],
];

const QUEBEC: KindCase[] = [
  [
    'fr-CA: `« A, lance sa présidente, X. B »`: both parts hers',
    '« On a perdu deux saisons de suite, lance sa présidente, Odette Caron. Personne ne nous a aidés. »',
    'Personne ne nous a aidés.',
    'Odette Caron',
    '=sa présidente',
  ],
  ['fr-CA: `a dit la mairesse de …, X`', '« Le pont sera rouvert en juin », a dit la mairesse de Rimouski, Nathalie Gagnon.', 'Le pont sera rouvert en juin', 'Nathalie Gagnon', '=la mairesse de Rimouski'],
  ['fr-CA: `Selon le préfet de la MRC, X, « … »`', 'Selon le préfet de la MRC, Gilles Bouchard, « la route 132 ne tiendra pas un autre hiver ».', 'la route 132', 'Gilles Bouchard', '=le préfet de la MRC'],
  ['fr-CA: `déplore le député caquiste de …, X`', '« Le dossier avance trop lentement », déplore le député caquiste de Matane, Pascal Gendron.', 'Le dossier avance', 'Pascal Gendron', '=le député caquiste de Matane'],
  ['fr-CA: `affirme-t-elle` inside the guillemets', 'Nathalie Gagnon a visité le chantier lundi. « Le pont sera rouvert en juin, affirme-t-elle. On tient parole. »', 'On tient parole.', 'Nathalie Gagnon', null],
  ['fr-CA: `a dit le préfet` for the man named before', 'Gilles Bouchard dirige la MRC depuis 2017. « La route ne tiendra pas », a dit le préfet.', 'La route ne tiendra pas', 'Gilles Bouchard', null],
  [
    'fr-CA: `une infirmière …, qui a requis l’anonymat, décrit …` before the words: someone unnamed, not the one quoted before',
    'Odette Caron a pris la parole devant les élus. « Nous voulons des réponses. »\n\nPlus loin, une infirmière de Rimouski, qui a requis l’anonymat, décrit des quarts de seize heures. « On ne dort plus. On court toute la journée. »',
    'On ne dort plus.',
    DESCRIBED,
    null,
  ],
  [
    'fr-CA: `Un voisin, qui …, se souvient :` with a reflexive verb',
    'Odette Caron a pris la parole devant les élus.\n\nUn voisin, qui habite le rang depuis 1990, se souvient : « Les camions passaient toute la nuit. »',
    'Les camions passaient',
    DESCRIBED,
    null,
  ],
  [
    'fr-CA: a neighbour named after the indefinite noun is that person',
    'Odette Caron a pris la parole devant les élus. « Nous voulons des réponses. »\n\nUn voisin, Gaétan Pelletier, qui habite le rang depuis 1990, décrit des nuits blanches. « Les camions passent toute la nuit. »',
    'Les camions passent',
    'Gaétan Pelletier',
    ANY,
  ],
  [
    'fr-CA: a truck brought in with `un …, qui …,` is no one',
    'Odette Caron a pris la parole devant les élus. « Nous voulons des réponses. »\n\nUn camion, qui transportait du gravier, a bloqué la route 132 pendant une heure. « On ne pouvait plus passer. »',
    'On ne pouvait plus passer.',
    'Odette Caron',
    null,
  ],
];

// (`Mag.a` read as her role: roles.ts takes `Mag.` for a form of address, not yet `Mag.a`.)
kindTable('Austrian German', AUSTRIAN);
kindTable('Quebec French', QUEBEC);
