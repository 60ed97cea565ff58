import { attributionTable, NARROW_NBSP as S, NBSP, type AttributionCase } from './attribution-table';
import { dialogueTable, type NonQuoteCase } from './dialogue-table';

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
  ['la retraitée: the woman just named, her role the bare descriptor', `Josette Caradec vit au village depuis 1970.\n\n${q('Tout a changé ici')}, confie la retraitée.`, 'Tout a changé ici', 'Josette Caradec', 'retraitée'],
  ['la préfecture: an institution stays a description', `Le pont est fermé.\n\n${q('La circulation est déviée')}, a indiqué la préfecture.`, 'La circulation est déviée', 'la préfecture', null],
  ['cette ancienne institutrice: the woman just named', `Monique Ferrand attendait depuis quarante minutes.\n\n${q('Je comprends leurs raisons')}, soupire cette ancienne institutrice.`, 'Je comprends leurs raisons', 'Monique Ferrand', null],
  ['cette source: an unnamed source stays a description', `Le chantier a pris du retard.\n\n${q('Les travaux reprendront lundi')}, a indiqué cette source.`, 'Les travaux reprendront lundi', 'cette source', null],
  [
    'elle after a sentence opening with a newly introduced woman is her, not the earlier speaker',
    '« Nous avons tout essayé », a reconnu le directeur de l’hôpital, Marc Delorme.\n\nNadia Benali, sage-femme dans le service, ne cache pas son amertume. « On apprend la fermeture par un communiqué », a-t-elle déclaré.',
    'On apprend la fermeture par un communiqué',
    'Nadia Benali',
    // The office written right after her name, with none before it, is her role.
    'sage-femme dans le service',
  ],
  [
    'il after a sentence with no name opening it stays with the earlier speaker',
    '« Nous avons tout essayé », a reconnu le directeur de l’hôpital, Marc Delorme.\n\nLe service fermera en juin. « Les patientes iront à Saint-Dié », a-t-il ajouté.',
    'Les patientes iront à Saint-Dié',
    'Marc Delorme',
    'le directeur de l’hôpital',
  ],
  [
    'Me (Maître) before a lawyer\'s name is neither name nor role; the role the story gave him is carried',
    'Pour l’avocat de la défense, Me Bertrand Oudin, le dossier est fragile. Il a plaidé la relaxe : « Mon client a signé ce que ses services lui présentaient. »',
    'Mon client a signé ce que ses services lui présentaient.',
    'Bertrand Oudin',
    'l’avocat de la défense',
  ],
  [
    'an adjunct clause before the role is not part of it',
    'En rendant sa décision, la présidente du tribunal, Hélène Marchal, a insisté sur la responsabilité des élus. « La confiance des citoyens n’est pas un détail », a-t-elle souligné.',
    'La confiance des citoyens n’est pas un détail',
    'Hélène Marchal',
    'la présidente du tribunal',
  ],
  ['Sa mère disait : a capitalised possessive is no name', 'Le village attend la pluie. Sa mère disait : «Rien ne presse quand la terre est encore sèche».', 'Rien ne presse quand la terre est encore sèche', null, null],
  ['a-t-il répété: repeating is saying; the man named before', 'L’ancien maire de Saint-Aubrac, Gérard Pommier, a été condamné jeudi.\n\nÀ l’audience, le septuagénaire a maintenu sa défense. « Je n’ai jamais touché un centime », a-t-il répété.', 'Je n’ai jamais touché un centime', 'Gérard Pommier', 'l’ancien maire de Saint-Aubrac'],
  ['a-t-il répété after another man spoke last: the last speaker', '« Il s’agit d’un système où les règles ne comptaient plus », a lancé le procureur Yann Le Goff. « Sept marchés sur neuf sont allés à la même entreprise », a-t-il répété.', 'Sept marchés sur neuf sont allés à la même entreprise', 'Yann Le Goff', 'le procureur'],
  ['le groupe X, propriétaire du site: an organisation named after its kind lends no role to the family', 'Le groupe Ferrand-Koch, propriétaire du site depuis 2009, avait annoncé sa fermeture. Sa présidente, Isabelle Ferrand-Koch, a salué une « solution responsable ». Elle a déclaré : « Nous aurions préféré trouver un repreneur industriel ».', 'Nous aurions préféré trouver un repreneur industriel', 'Isabelle Ferrand-Koch', 'sa présidente'],
  ['le président X, : a person’s role before the name stays', 'Le président du groupe, Paul Girard, avait annoncé la fermeture : « Nous ne pouvions plus tenir le site ».', 'Nous ne pouvions plus tenir le site', 'Paul Girard', 'le président du groupe'],
  // Batch 5 (Belgian council, Québec hockey).
  ['l’échevin, X, : a Belgian office is a role, carried to the later a-t-il', 'L’échevine de la Culture, Sophie Renard, a présenté le budget. « Le théâtre restera ouvert tout l’été », a-t-elle assuré.', 'Le théâtre restera ouvert tout l’été', 'Sophie Renard', 'l’échevine de la Culture'],
  ["L'entraîneur X: an elided article on a role noun is no part of the name", "L'entraîneur Marc Tessier n'a pas caché sa colère. « On a donné le match », a-t-il lancé.", 'On a donné le match', 'Marc Tessier', "l'entraîneur"],
  ['D’Amico: an elided particle before a capital stays in the name', '« Nous jouerons à domicile », a déclaré Paolo D’Amico.', 'Nous jouerons à domicile', 'Paolo D’Amico', null],
  ['a party in brackets after a name is no person for a later elle', 'La conseillère Julie Masson a voté contre. Son collègue Marc Lenoir (Vert Horizon) s’est abstenu. Julie Masson est restée ferme. « Ce projet coûte trop cher », a-t-elle répété.', 'Ce projet coûte trop cher', 'Julie Masson', 'la conseillère'],
  ['Les X du Y: a club named with a plural article is no person', 'Anne Colin préside le club Les Mouettes du Lac depuis 2019. « Nous avons enfin un bassin », a-t-elle confié.', 'Nous avons enfin un bassin', 'Anne Colin', null],
  ['a sentence opening with a role and a name: the il after the quote is him', '« Nous avons bien joué », a dit le capitaine Paul Roy.\n\nLe gardien adverse Luc Morin n’a pas souri. « On a manqué de tout ce soir », a-t-il regretté.', 'On a manqué de tout ce soir', 'Luc Morin', 'le gardien adverse'],
  ['a sentence opening with no person: the il after the quote stays with the last speaker', '« Nous avons bien joué », a dit le capitaine Paul Roy.\n\nLe match a duré trois heures. « On a manqué de rien ce soir », a-t-il regretté.', 'On a manqué de rien ce soir', 'Paul Roy', 'le capitaine'],
  ['La bourgmestre a promis…: the woman the story named with that role, not the last speaker', '« Ne rien faire coûterait plus cher », a plaidé la bourgmestre, Hélène Dumont.\n\n« Le mazout, c’est fini », a dit le conseiller Marc Lenoir.\n\nLa bourgmestre a promis une étude. « Je n’ai aucun dogme », a-t-elle répondu.', 'Je n’ai aucun dogme', 'Hélène Dumont', 'la bourgmestre'],
  ['La bourgmestre a promis… with no bourgmestre named: the last speaker', '« Le mazout, c’est fini », a dit la conseillère Julie Masson.\n\nLa bourgmestre a promis une étude. « Je n’ai aucun dogme », a-t-elle répondu.', 'Je n’ai aucun dogme', 'Julie Masson', 'la conseillère'],
  ['X a salué …, then a quote with no cue: the man the sentence opens with', '« On savait qu’on jouait mal », a indiqué l’entraîneur-chef Stéphane Caron.\n\nCaron a salué le travail de son gardien, Félix Roy. « Félix nous a gardés dans le match. »', 'Félix nous a gardés dans le match.', 'Stéphane Caron', 'l’entraîneur-chef'],
  ['a town a gagné …, then a quote with no cue: no person, no speaker', 'Ana Moreau entraîne l’équipe.\n\nLyon a gagné le match. « On a bien joué. »', 'On a bien joué.', null, null],
  // Batch 6 (Swiss French dairy).
  ['constate-t-il after a sentence opening with a role, a name and an age', '« On a tout essayé », résume le président Jean Rochat.\n\nLe fromager, Paul Bovet, 63 ans, part à la retraite. « Les jeunes partent à l’industrie », constate-t-il.', 'Les jeunes partent à l’industrie', 'Paul Bovet', 'le fromager'],
  // Batch 7 (minister and farmers).
  ['affirme-t-il after a sentence opening with an adjunct, a role and a name, holding a few quoted words', '« Ce n’est rien », calcule l’éleveur Yann Le Bihan.\n\nCôté opposition, le député de la circonscription, Erwan Kerbrat, dénonce « un effet d’annonce ». « Les mêmes promesses avaient été faites », affirme-t-il.', 'Les mêmes promesses avaient été faites', 'Erwan Kerbrat', 'le député de la circonscription'],
  ['a time adjunct before the role: the role the story gave is carried', 'En visite dans une ferme de Loudéac, jeudi matin, le ministre de l’Agriculture, Bertrand Lemoine, a annoncé une aide. « L’État sera au rendez-vous », a martelé le ministre.', 'L’État sera au rendez-vous', 'Bertrand Lemoine', 'le ministre de l’Agriculture'],
  ['Pour X, président de …, : an office right after the name is the role', 'Pour Yann Le Bihan, président de la fédération, le compte n’y est pas. « C’est trois mille euros par ferme », calcule l’éleveur.', 'C’est trois mille euros par ferme', 'Yann Le Bihan', 'président de la fédération'],
  // Dialogue dashes (lang/dialogue.ts, lang/romance-dialogue.ts) and untagged exchanges (lang/dash-exchange.ts).
  ['– …, lance-t-elle: the pronoun is the woman just named', 'Marie Dupont tient la boulangerie depuis vingt ans.\n\n– On ne partira pas, lance-t-elle.', 'On ne partira pas', 'Marie Dupont', null],
  ['– … ? demande le président X: a question’s tag with no comma', '– Et ce soir-là, où étiez-vous ? demande le président Paul Morin.', 'Et ce soir-là, où étiez-vous ?', 'Paul Morin', 'le président'],
  ['– … ? a demandé X', '– Vous avez signé ce contrat ? a demandé l’avocate Claire Vidal.', 'Vous avez signé ce contrat ?', 'Claire Vidal', 'l’avocate'],
  ['– …, rétorque X', '– Mon client n’a rien signé, rétorque l’avocate Claire Vidal.', 'Mon client n’a rien signé', 'Claire Vidal', 'l’avocate'],
  ['an untagged exchange: the question is the prosecutor’s the lead-in names', '« Je n’ai rien fait », a déclaré Julien Marchal.\n\nLes questions du procureur, Paul Morin, se sont enchaînées.\n\n– Vous connaissiez la victime ?\n\n– De vue, sans plus.', 'Vous connaissiez la victime ?', 'Paul Morin', 'procureur'],
  ['… and the answer the accused’s, who spoke before', '« Je n’ai rien fait », a déclaré Julien Marchal.\n\nLes questions du procureur, Paul Morin, se sont enchaînées.\n\n– Vous connaissiez la victime ?\n\n– De vue, sans plus.', 'De vue, sans plus.', 'Julien Marchal', null],
  ['– …, ajoute-t-elle. …: a comma tag in the middle of the paragraph', 'Josiane Leroux vend des fromages depuis 1987.\n\n– Je partirai à la retraite avant, ajoute-t-elle. Mais les jeunes, eux, vont couler.', 'Je partirai à la retraite avant', 'Josiane Leroux', null],
  ['a comma inside the words is no tag: the cut is at the comma before the tag', 'Karim Benali tient la boucherie.\n\n– La gare, c’est à vingt minutes, explique-t-il.', 'La gare, c’est à vingt minutes', 'Karim Benali', null],
  // Batch latin8 (student residence): a reflexive verb after the quote, whichever verb.
  ['», s’agace X: a reflexive verb after the quote reports speech', '« On nous a promis une réouverture », s’agace Inès Bouaziz.', 'On nous a promis une réouverture', 'Inès Bouaziz', null],
  ['», s’indigne-t-elle: the reflexive verb with its pronoun', 'Marie Dubois habite ici depuis 1980. « Personne ne vient », s’indigne-t-elle.', 'Personne ne vient', 'Marie Dubois', null],
  ['», s’est emportée la maire, X: the compound past of a reflexive verb', '« Ça suffit », s’est emportée la maire, Catherine Duval.', 'Ça suffit', 'Catherine Duval', 'la maire'],
  ['Girard l’a dit: an object pronoun before the auxiliary is no article', 'Le maire Paul Girard a visité le chantier. Girard l’a dit: « Nous finirons en mars. »', 'Nous finirons en mars.', 'Paul Girard', 'le maire'],
  ['Théo, 19 ans, …: a first name alone with its age is the person le jeune homme stands for', '« Nous cherchons des solutions », a déclaré Anne Le Goff, présidente de l’université.\n\nThéo, 19 ans, en licence d’histoire, fait la navette depuis Clisson. « Je me lève à 5 h 30 », raconte le jeune homme.', 'Je me lève à 5 h 30', 'Théo', null],
  // Batch latin8b (Senegalese fishing).
  ['X, 47 ans, capitaine d’…: the role after the age', '« Avant, on revenait avec la pirogue pleine », témoigne Moussa Diop, 47 ans, capitaine d’une pirogue de quinze hommes.', 'Avant, on revenait avec la pirogue pleine', 'Moussa Diop', 'capitaine d’une pirogue de quinze hommes'],
  ['a long office set between commas before the name, carried to déplore-t-il', 'Le président du Conseil local de pêche artisanale de Mbour, Abdoulaye Sarr, réclame des contrôles. « Personne ne fait rien », déplore-t-il.', 'Personne ne fait rien', 'Abdoulaye Sarr', 'le président du Conseil local de pêche artisanale de Mbour'],
  ['Pour l’économiste X, …, then a quote with no cue: the person whose view the sentence gives', '« Les prix doublent », a dit Fatou Sène.\n\nPour l’économiste Mamadou Kane, chercheur à l’université, l’enjeu dépasse la pêche. « La sardinelle, c’est la protéine du pauvre. »', 'La sardinelle, c’est la protéine du pauvre.', 'Mamadou Kane', 'l’économiste'],
  ['Pour la première fois, …, then a quote with no cue: no person', '« Les prix doublent », a dit Fatou Sène.\n\nPour la première fois, les prix dépassent mille francs. « Ça ne peut pas durer. »', 'Ça ne peut pas durer.', null, null],
  ['Dans la maison voisine, le maçon X …: the subject after an opening phrase', '« Nous avons tout perdu », a dit Elena Castillo.\n\nDans la maison voisine, le maçon Paul Girard termine le deuxième étage. « J’ai tout mis dans cette dalle. »', 'J’ai tout mis dans cette dalle.', 'Paul Girard', 'le maçon'],
  // Batch q-latin 1 (Ivorian business, French live blog, German tabloid and obituary, Spanish science and football, Italian crime and business, Brazilian health, Angolan economy).
  ['M. opening a name is Monsieur, not an initial', '« La fuite des fèves est un délit », a déclaré M. Sié Ouattara Lassina.', 'La fuite des fèves est un délit', 'Sié Ouattara Lassina', null],
  ['an initial inside a name stays', '« La fuite des fèves est un délit », a déclaré Jean M. Roux.', 'La fuite des fèves est un délit', 'Jean M. Roux', null],
  ['Interrogé sur …, le député …, X, se montre prudent : the person after the participle clause', 'Interrogé sur une révision du prix, le député de la circonscription, l’honorable Gnagne Ehui Patrice, se montre prudent : « Je porterai la voix des planteurs à Abidjan. »', 'Je porterai la voix des planteurs à Abidjan.', 'Gnagne Ehui Patrice', 'le député de la circonscription'],
  ['a participle clause with the subject left out: the man the story is about', 'Paul Girard dirige la coopérative depuis vingt ans.\n\nInterrogé sur le prix, il se montre prudent : « Je ne vais rien promettre aux planteurs. »', 'Je ne vais rien promettre aux planteurs.', 'Paul Girard', null],
  ['avons posé la question à X, … then a bare quote: the one asked answers', 'Pourquoi des grêlons aussi gros ? Nous avons posé la question à Sarah Benhamou, prévisionniste à Dijon. « L’air au sol était très chaud et très humide. »', 'L’air au sol était très chaud et très humide.', 'Sarah Benhamou', 'prévisionniste à Dijon'],
  ['a question put to someone with no name: no speaker from it', 'Pourquoi des grêlons aussi gros ? Nous avons posé la question au service météo. « L’air au sol était très chaud et très humide. »', 'L’air au sol était très chaud et très humide.', null, null],
  ['le ministre de la Santé X, 54 ans: a capital closing the role and an age after the name leave the name alone', '« Le pont rouvrira en mars », a déclaré le ministre de la Santé Paul Girard, 54 ans.', 'Le pont rouvrira en mars', 'Paul Girard', 'le ministre de la Santé'],
  // Batch q-latin 2 (Belgian court, Swiss council, Mexican hurricane, Italian basketball, Portuguese trial).
  ['a tonné le substitut …, X: any compound past right after the quote reports it', '« Monsieur avait déjà été intercepté deux fois », a tonné le substitut du procureur du Roi, Benoît Lejeune, qui a requis 30 mois.', 'Monsieur avait déjà été intercepté deux fois', 'Benoît Lejeune', 'le substitut du procureur du Roi'],
  ['a chiffré la mairie: a compound past before an institution leaves it described', '« Trois mois de travaux au minimum », a chiffré la mairie.', 'Trois mois de travaux au minimum', 'la mairie', null],
  ['À la barre, le prévenu, X D., a lu …: the subject after the place, a name with an initial', 'À la barre, le prévenu, Kevin D., a lu un texte d’une voix à peine audible. « Je ne demande pas qu’on me pardonne. »', 'Je ne demande pas qu’on me pardonne.', 'Kevin D.', 'le prévenu'],
  ['…, X, rencontré à la sortie : the person in a participial apposition before the colon', 'Une argumentation qui n’a pas convaincu le père de l’adolescent, Didier Fraipont, rencontré à la sortie de l’audience : « Une deuxième vie ? Mon fils n’en a pas eu de première. »', 'Une deuxième vie ? Mon fils n’en a pas eu de première.', 'Didier Fraipont', null],
  ['a participial apposition of no person before the colon: nobody', 'Une argumentation reprise par la défense, rédigée en une nuit : « Une deuxième vie ? Mon fils n’en a pas eu de première. »', 'Une deuxième vie ? Mon fils n’en a pas eu de première.', null, null],
  ['affirme M. X: Monsieur before the family name of the man named before', 'Le directeur, Wilner Dorvilus, assure que les fonds sont partis. « Les chèques arriveront avant la fin du mois », affirme M. Dorvilus.', 'Les chèques arriveront avant la fin du mois', 'Wilner Dorvilus', 'le directeur'],
  ['an initial that is not the first name\'s stays another person', 'Le directeur, Wilner Dorvilus, assure que les fonds sont partis. « Les chèques arriveront avant la fin du mois », affirme K. Dorvilus.', 'Les chèques arriveront avant la fin du mois', 'K. Dorvilus', null],
  ['a live blog, newest first: the role the later entry introduces the name with', '14 h 30\n\n« Ne traversez pas les rivières en crue », a insisté Rakotondrabe.\n\n09 h 10\n\nLe préfet de Toamasina, Hery Rakotondrabe, a fermé les écoles.', 'Ne traversez pas les rivières en crue', 'Hery Rakotondrabe', 'le préfet de Toamasina'],
  ['le colonel X, porte-parole du …: the rank before the name and the office after it', '« Plus de 4 000 personnes ont rejoint les sites », a précisé le colonel Andry Ratsimba, porte-parole du Bureau national, lors d’un point presse.', 'Plus de 4 000 personnes ont rejoint les sites', 'Andry Ratsimba', 'le colonel, porte-parole du Bureau national'],
  ['le maire X, ancien instituteur: an office before the name is kept', '« Nous rouvrirons l’école », a déclaré le maire Paul Girard, ancien instituteur.', 'Nous rouvrirons l’école', 'Paul Girard', 'le maire'],
  // Session 14: a French perfect after the name is the verb, no English "a" and a noun.
  ['a French perfect after the name (X, a visité le quartier) is the verb, no role', 'Le délégué du gouvernement, Rodrigue Exemple, a visité le quartier. « Nous allons livrer des tentes dès demain », a-t-il dit.', 'Nous allons livrer des tentes dès demain', 'Rodrigue Exemple', 'le délégué du gouvernement'],
  ['counter-case: a feminine pronoun after the same paragraph is the woman it introduced', 'À la barre, Gérard Exemple, agriculteur, a reconnu les faits.\n\nLa présidente du tribunal, Hélène Modèle, lui a rappelé la règle. « La distance est de vingt mètres », a-t-elle ajouté.', 'La distance est de vingt mètres', 'Hélène Modèle', 'la présidente du tribunal'],
  // Session 15: whom a descriptor spoke to, after au/à, is no part of it, whatever the outlet's name.
  ['a assuré la ministre au X: an outlet no list holds is whom the minister spoke to', 'La ministre de la Culture, Claire Dubois, a visité le chantier du théâtre. « Nous tiendrons le calendrier », a assuré la ministre au Wort.', 'Nous tiendrons le calendrier', 'Claire Dubois', 'la ministre de la Culture'],
];

attributionTable('French', CASES);

const NON_QUOTES: NonQuoteCase[] = [
  ['a dash as a parenthesis in prose', 'Le maire – arrivé en retard – n’a pas parlé à la presse.', 'arrivé en retard'],
  ['result lines opening with a dash', 'Résultats de la journée :\n\n– Lyon 2, Nantes 1\n\n– Lens 0, Brest 0', 'Lyon 2, Nantes 1'],
  ['a lone dash paragraph with no tag and no speech before it', 'Le conseil a voté lundi.\n\n– Il reste trois semaines pour déposer un recours.', 'Il reste trois semaines'],
  ['a list of questions is no exchange', 'Questions pratiques :\n\n– Qui paie la nouvelle taxe ?\n\n– Quand entre-t-elle en vigueur ?', 'Qui paie la nouvelle taxe'],
];

dialogueTable('French', NON_QUOTES);
