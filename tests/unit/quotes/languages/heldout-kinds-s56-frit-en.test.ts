// Kinds the fifty-sixth held-out set showed in English, French and Italian copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, UNNAMED, ANY } from './kind-table';

const FRONTED_THEN_TITLED_NAME =
  '« Nous n’avons pas le choix », répond Claire Aubin, directrice adjointe de la région.\n\n' +
  'Chef du service de radiologie depuis 2009, le docteur Marc Dubreuil conteste ce calcul : « Nous avions proposé deux horaires. La région n’a pas répondu. »';
const FRONTED_THEN_OBJECT =
  '« Nous n’avons pas le choix », répond Claire Aubin, directrice adjointe de la région.\n\n' +
  'Depuis 2009, le service du docteur Marc Dubreuil conteste ce calcul : « Nous avions proposé deux horaires. La région n’a pas répondu. »';

/** `<opening phrase>, le docteur X conteste … : « … »`: a title of address after its article stands before the subject's name (lang/colon-subject.ts). */
kindTable('A colon-ended sentence whose subject is a titled name after an opening phrase', [
  ['fr: `Chef du service …, le docteur X conteste ce calcul :` is X', FRONTED_THEN_TITLED_NAME, 'Nous avions proposé', 'Marc Dubreuil', ANY],
  ['counter-case fr: `le service du docteur X` is no subject of the colon', FRONTED_THEN_OBJECT, 'Nous avions proposé', UNNAMED, ANY],
]);

const AGE_NOUN_AFTER_QUOTE =
  'Il torrente è esondato nella notte.\n\n' +
  '«Vivo qui da quarant’anni — racconta Carla Benassi, seduta su una sedia nella scuola — e non l’avevo mai visto». La 68enne è uscita di casa in pigiama quando i carabinieri hanno suonato. «Ci hanno dato cinque minuti. Ho preso i documenti».';
const AGE_NOUN_SOMEONE_ELSE_BETWEEN =
  'Il torrente è esondato nella notte.\n\n' +
  '«Vivo qui da quarant’anni — racconta Carla Benassi, seduta su una sedia nella scuola — e non l’avevo mai visto». La 68enne è stata soccorsa da Paolo Ferri, vigile del fuoco. «Ci hanno dato cinque minuti. Ho preso i documenti».';

/** `«…» La 74enne è uscita … «…»`: an Italian age noun opening the sentence before a bare quote is the one just quoted (described-opening.ts). */
kindTable('An Italian age noun opening the sentence before a bare quote', [
  ['it: `La 68enne è uscita …` then `«…»` is the woman just quoted', AGE_NOUN_AFTER_QUOTE, 'Ci hanno dato', 'Carla Benassi', ANY],
  ['counter-case it: someone else named in that sentence leaves it unnamed', AGE_NOUN_SOMEONE_ELSE_BETWEEN, 'Ci hanno dato', UNNAMED, ANY],
]);
