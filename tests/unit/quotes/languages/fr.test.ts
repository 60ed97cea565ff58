import { attributionTable, NARROW_NBSP as S, NBSP, type AttributionCase } from './attribution-table';

const q = (words: string) => `«${S}${words}${S}»`;

const CASES: AttributionCase[] = [
  ['a déclaré X', `${q('Nous rouvrirons le pont en mars')}, a déclaré Claire Martin.`, 'Nous rouvrirons le pont en mars', 'Claire Martin', null],
  ['estime X', `${q('Le chantier a pris trop de retard')}, estime Claire Martin.`, 'Le chantier a pris trop de retard', 'Claire Martin', null],
  ['confie-t-elle after a named woman', `Claire Martin tient la boulangerie depuis vingt ans.\n\n${q('Les clients reviennent enfin')}, confie-t-elle.`, 'Les clients reviennent enfin', 'Claire Martin', null],
  ['a-t-il ajouté', `Paul Girard a visité le chantier lundi.\n\n${q('Les travaux avancent bien')}, a-t-il ajouté.`, 'Les travaux avancent bien', 'Paul Girard', null],
  ['le maire, X, : role before the name', `${q('Le pont rouvrira en mars')}, a annoncé le maire, Paul Girard, devant le conseil.`, 'Le pont rouvrira en mars', 'Paul Girard', 'le maire'],
  ['X, maire de Lyon : role after the name', `${q('Le pont rouvrira en mars')}, a déclaré Paul Girard, maire de Lyon.`, 'Le pont rouvrira en mars', 'Paul Girard', 'maire de Lyon'],
  ['role written before the name', `${q('Le pont rouvrira en mars')}, a déclaré le ministre de la Santé Paul Girard.`, 'Le pont rouvrira en mars', 'Paul Girard', 'le ministre de la Santé'],
  ['a déclaré à <outlet>: the outlet is not the speaker', `Claire Martin dirige la coopérative.\n\n${q('Nous manquons de bras cet été')}, a-t-elle déclaré à L'Écho de la Vallée.`, 'Nous manquons de bras cet été', 'Claire Martin', null],
  ['X a confié à <outlet> after the name', `${q('Nous manquons de bras cet été')}, a confié Claire Martin à L'Écho de la Vallée.`, 'Nous manquons de bras cet été', 'Claire Martin', null],
  ['selon X', `${q('La rivière est plus propre qu’avant')}, selon Jeanne Roux.`, 'La rivière est plus propre qu’avant', 'Jeanne Roux', null],
  ['Pour X, « … »', `Pour Jeanne Roux, ${q('la rivière est plus propre qu’avant')}.`, 'la rivière est plus propre qu’avant', 'Jeanne Roux', null],
  ['X a déclaré : before the quote', `Jeanne Roux a déclaré${NBSP}: ${q('La rivière est plus propre qu’avant.')}`, 'La rivière est plus propre qu’avant.', 'Jeanne Roux', null],
  ['role and name before the verb', `La présidente de la région, Jeanne Roux, a expliqué${NBSP}: ${q('Nous investirons dans les trains.')}`, 'Nous investirons dans les trains.', 'Jeanne Roux', 'la présidente de la région'],
  ['a described speaker', `${q('Le marché ouvrira plus tôt')}, a précisé un porte-parole de la mairie.`, 'Le marché ouvrira plus tôt', 'un porte-parole de la mairie', null],
  ['selon <outlet>: no speaker from the paper', `Paul Girard a signé le contrat.\n\n${q('Le chantier commencera en juin')}, a-t-il déclaré au journal Le Progrès.`, 'Le chantier commencera en juin', 'Paul Girard', null],
  ['interviewed by: not a role', `${q('Nous manquons de bras')}, estime Claire Martin, interrogée par L'Écho de la Vallée.`, 'Nous manquons de bras', 'Claire Martin', null],
  ['la septuagénaire: the woman named before', `Jeanne Roux vit au village depuis 1970.\n\n${q('Tout a changé ici')}, raconte la septuagénaire.`, 'Tout a changé ici', 'Jeanne Roux', null],
  ['an elided article in the role', `${q('Le marché ouvrira plus tôt')}, a précisé l'adjoint au maire, Paul Girard.`, 'Le marché ouvrira plus tôt', 'Paul Girard', "l'adjoint au maire"],
  ['a newspaper that writes is not a speaker', `Le village attend son pont depuis dix ans.\n\n${q('Le chantier a pris beaucoup trop de retard')}, écrit L'Écho de la Vallée.`, 'Le chantier a pris beaucoup trop de retard', null, null],
  ['initials in the role', `${q('Nous embaucherons vingt personnes')}, a annoncé le PDG Jean Roux.`, 'Nous embaucherons vingt personnes', 'Jean Roux', 'le PDG'],
  ['poursuit-il after a named man', `Jean Roux a visité l’usine.\n\n${q('Nous embaucherons vingt personnes')}, poursuit-il.`, 'Nous embaucherons vingt personnes', 'Jean Roux', null],
  ['a relative clause between the subject and the verb', `Jean Roux, qui a dirigé l’usine pendant vingt ans, a déclaré${NBSP}: ${q('Nous embaucherons vingt personnes.')}`, 'Nous embaucherons vingt personnes.', 'Jean Roux', null],
  ['Swiss guillemets without spaces', '«Nous ouvrirons lundi», a déclaré Claire Martin.', 'Nous ouvrirons lundi', 'Claire Martin', null],
  [
    'a déclaré à <outlet> then the role and the name',
    `${q('C’est un investissement nécessaire')}, a déclaré à L'Écho de Valmont le président du département, Jean Roux.`,
    'C’est un investissement nécessaire',
    'Jean Roux',
    'le président du département',
  ],
  [
    'Pour opening a sentence is not part of the name',
    `Pour Claire Martin, qui tient la boulangerie, tout compte.\n\n${q('Mes clients font vingt kilomètres de détour')}, confie-t-elle.`,
    'Mes clients font vingt kilomètres de détour',
    'Claire Martin',
    null,
  ],
  ['la retraitée: the woman just named', `Josette Caradec vit au village depuis 1970.\n\n${q('Tout a changé ici')}, confie la retraitée.`, 'Tout a changé ici', 'Josette Caradec', null],
  ['la préfecture: an institution stays a description', `Le pont est fermé.\n\n${q('La circulation est déviée')}, a indiqué la préfecture.`, 'La circulation est déviée', 'la préfecture', null],
  ['cette ancienne institutrice: the woman just named', `Monique Ferrand attendait depuis quarante minutes.\n\n${q('Je comprends leurs raisons')}, soupire cette ancienne institutrice.`, 'Je comprends leurs raisons', 'Monique Ferrand', null],
  ['cette source: an unnamed source stays a description', `Le chantier a pris du retard.\n\n${q('Les travaux reprendront lundi')}, a indiqué cette source.`, 'Les travaux reprendront lundi', 'cette source', null],
  [
    'elle after a sentence opening with a newly introduced woman is her, not the earlier speaker',
    '« Nous avons tout essayé », a reconnu le directeur de l’hôpital, Marc Delorme.\n\nNadia Benali, sage-femme dans le service, ne cache pas son amertume. « On apprend la fermeture par un communiqué », a-t-elle déclaré.',
    'On apprend la fermeture par un communiqué',
    'Nadia Benali',
    null,
  ],
  [
    'il after a sentence with no name opening it stays with the earlier speaker',
    '« Nous avons tout essayé », a reconnu le directeur de l’hôpital, Marc Delorme.\n\nLe service fermera en juin. « Les patientes iront à Saint-Dié », a-t-il ajouté.',
    'Les patientes iront à Saint-Dié',
    'Marc Delorme',
    'le directeur de l’hôpital',
  ],
];

attributionTable('French', CASES);
