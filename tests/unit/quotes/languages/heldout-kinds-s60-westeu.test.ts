// Kinds the sixtieth held-out set showed in Belgian French and Romanian copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const LEDE = 'Le procès de l’ancien bourgmestre de Florennes s’est ouvert lundi devant le tribunal correctionnel.\n\n';
const STAMP = 'Școala din Valea Mică rămâne fără profesor de matematică de la 1 martie.\n\n';

/** `», a attaqué d’emblée la procureure, X`: "right away" between a compound past of any verb and its subject (latin.ts PERFECT_TAG). */
kindTable('A compound-past tag with "d’emblée" before its subject', [
  ['fr: `», a attaqué d’emblée la procureure, X` is X', `${LEDE}« Ce dossier est celui d’un système organisé », a attaqué d’emblée la procureure, Sophie Marchal.`, 'Ce dossier', 'Sophie Marchal', 'procureure'],
  ['fr: `», a lancé d’entrée de jeu X` is X', `${LEDE}« Nous plaiderons l’acquittement », a lancé d’entrée de jeu Maître Olivier Renard.`, 'Nous plaiderons', 'Olivier Renard', ANY],
  ['counter-case fr: `», a-t-elle attaqué d’emblée.` names no one', `${LEDE}« Ce dossier est celui d’un système organisé », a-t-elle attaqué d’emblée.`, 'Ce dossier', UNNAMED, ANY],
]);

/**
 * `”, a declarat joi, într-o ședință a consiliului, directoarea școlii, X`: a weekday and where it was said, set off by
 * commas, between the verb and its subject (adjunct-group.ts).
 */
kindTable('A Romanian tag with a weekday and an occasion before its subject', [
  ['ro: `a declarat marți, într-o ședință a consiliului, directoarea școlii, X` is X', `${STAMP}„Nu putem ține ore fără profesor. Copiii merită mai mult”, a declarat marți, într-o ședință a consiliului, directoarea școlii, Elena Dumitrescu.`, 'Nu putem', 'Elena Dumitrescu', 'directoarea școlii'],
  ['ro: `a spus joi primarul comunei, X`: the weekday is no part of the role', `${STAMP}„Vom găsi o soluție până în vară”, a spus joi primarul comunei, Vasile Ionescu.`, 'Vom găsi', 'Vasile Ionescu', 'primarul comunei'],
  ['counter-case ro: `a spus, în fața primăriei.` names no one', `${STAMP}„Nu putem ține ore fără profesor”, a spus, în fața primăriei.`, 'Nu putem', UNNAMED, ANY],
]);
