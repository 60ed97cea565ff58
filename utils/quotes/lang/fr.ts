/** French: `« … », a déclaré X`, `…, estime X`, `…, confie-t-elle`, `selon X`, `Pour X, « … »`, `X a déclaré : « … »`. */

import { alternation, definiteDescriptor, described, lazy, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { latinCues } from './latin';

const PARTICIPLES = alternation([
  ...('déclaré dit affirmé expliqué ajouté souligné indiqué estimé assuré précisé confié lancé répondu annoncé insisté ' +
    'raconté écrit reconnu averti rappelé poursuivi martelé tweeté regretté jugé commenté résumé admis prévenu ' +
    'témoigné dénoncé relevé observé noté conclu plaidé avoué glissé détaillé argumenté réagi tranché justifié répété réitéré constaté déploré souligné accusé confirmé ' +
    'nuancé tempéré calculé promis complété renchéri concédé analysé soufflé murmuré rassuré protesté asséné').split(' '),
  // (`a-t-il laissé tomber`, "he let drop": a remark made in passing.)
  'laissé\\s+tomber',
]);
const PRESENT = alternation(
  ('déclare dit affirme explique ajoute souligne indique estime assure précise confie lance répond annonce insiste ' +
    'raconte écrit reconnaît rappelle poursuit martèle regrette juge commente résume admet prévient témoigne dénonce ' +
    'relève observe note conclut plaide avoue glisse détaille argumente réagit tranche s\'exclame sourit lâche ironise soupire répète réitère constate déplore accuse confirme ' +
    // The imperfect of a scene (`», lançait Abdelkader, 58 ans`), common in reportage and sports pages.
    // (More of reportage's present: `nuance la retraitée`, `tempère le maire`, `calcule-t-elle`, `promet-il`.)
    'nuance tempère calcule promet avertit complète renchérit concède analyse souffle murmure plaisante rassure s\'agace s\'inquiète s\'indigne ' +
    // (Protesting and hammering a point home: `», proteste une cliente`, `assène l’élue`.)
    'proteste assène ' +
    // (Putting a figure on it: `», chiffre le président`.)
    'chiffre ' +
    'disait lançait confiait expliquait racontait soupirait témoignait glissait résumait ironisait souriait plaisantait assurait affirmait ajoutait précisait').split(' '),
);
/**
 * The plural of the present and imperfect (`», racontent les habitants`, `», expliquaient les parents`): a group speaks,
 * a description, never the person named before (regular endings, and the few irregular ones of the list). Read only
 * after the words, as in Spanish (es.ts).
 */
const PRESENT_PLURAL = alternation([
  ...PRESENT.split('|').filter((verb) => /^[\p{Ll}]+e$/u.test(verb)).map((verb) => `${verb}nt`),
  ...PRESENT.split('|').filter((verb) => /ait$/u.test(verb)).map((verb) => verb.replace(/ait$/u, 'aient')),
  ...'disent écrivent reconnaissent poursuivent admettent préviennent concluent réagissent sourient'.split(' '),
]);
/** "a déclaré", "ont dit", "avait affirmé", "a-t-il dit", and the present "estime", "confie-t-elle". */
const COMPOUND = `(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\\s+(?:${PARTICIPLES})`;
const VERBS = `${COMPOUND}|${PRESENT}`;

/** Verbs of an exchange, read only after the words (`– Et maintenant ? demande le juge.`). */
const EXCHANGE_VERBS = `(?:a|ont)(?:-t-(?:il|elle|ils|elles))?\\s+(?:${alternation('demandé rétorqué répliqué interrogé coupé questionné repris enchaîné'.split(' '))})|${alternation('demande rétorque réplique interroge coupe questionne reprend enchaîne'.split(' '))}`;

const cues = latinCues(
  {
    afterVerbs: `${VERBS}|${PRESENT_PLURAL}|${EXCHANGE_VERBS}`,
    // Before a quote only the compound past and a few present forms no English sentence has.
    subjectVerbs: `${COMPOUND}|(?:déclare|affirme|explique|ajoute|souligne|estime|précise|confie|raconte|martèle|prévient)`,
    pronouns: { il: 'male', elle: 'female', lui: 'male' },
    dropsSubject: false,
    according: "[Ss]elon|[Dd]['’]après",
    openingSource: '(?:Pour|Selon)',
    hasArticles: true,
    articles: "le|la|les|l['’]|un|une|des|son|sa|ses|leur|cette|ce",
    stops: 'mais|à|au|aux|lors|dans|en|devant|derrière|sous|chez|près|entre|avec|sans|sur|auprès|après|avant|depuis|pendant|par|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette',
    recipients: "à|au|aux|auprès",
    outlet: /^(?:journal|quotidien|hebdomadaire|magazine|mensuel|radio|télévision|chaîne|agence|site|Échos?|Echos?|Monde|République|Dauphiné|Figaro|Parisien|Presse|Courrier|Dépêche|Gazette|Tribune|Libération|Express|Croix|Nouvelliste|Progrès|Républicain|Humanité|franceinfo|BFMTV|LCI|RTL|France|Ouest-France|Télégramme|Voix|Midi|Journal)$/iu,
    // `la septuagénaire`, `la retraitée`, `le sexagénaire`: the person just named.
    ...definiteDescriptor(
      { female: ['la', 'cette'], male: ['le', 'ce', 'cet'], either: ["l'", 'l’'] },
      'source|mairie|préfecture|gouvernement|police|ministère|direction|agence|parquet|société|entreprise|groupe|syndicat|association|région|ville|commune|municipalité|justice|gendarmerie|défense|famille|presse|majorité|opposition|intersyndicale',
    ),
  },
);

/** `le groupe Ferrand-Koch`, `la société Dubreuil`: a name after the kind of organisation is the organisation's. */
const ORGANISATION_KIND = /^(?:le|la|l['’])\s*(?:groupe|société|entreprise|cabinet|laboratoire|compagnie|marque|enseigne|chaîne|fonds|holding|famille)$/iu;
const personOnly = (found: SpeakerPhrase | null) => (found && found.kind === 'name' && !found.pronoun && found.role && ORGANISATION_KIND.test(found.role.split(',')[0]!.trim()) ? null : found);

/**
 * `», s’agace X`, `», s’indigne-t-elle`, `», s’est emportée X`: a reflexive verb right after a quote reports how it was
 * said, whichever verb it is (no list): read as `dit`.
 */
const REFLEXIVE_AFTER = /^([\s,]*)(?:s['’]|se\s+)(?:est\s+)?\p{Ll}{3,}(?:e|ée|é)(?=\s+\p{Lu}|-t-|\s+(?:le|la|l['’]|un|une)\s)/u;

/**
 * `», a tonné le substitut X`, `», a-t-elle cinglé`: a compound past right after a quote, its subject after it, reports
 * how the words were said, whichever verb it is (no list): read as `a dit`.
 */
const COMPOUND_AFTER = /^([\s,]*)(?:a|ont)(-t-(?:il|elle|ils|elles))?\s+\p{Ll}{3,}(?:é|ée|i|u)(?=\s+(?:\p{Lu}|le\s|la\s|l['’]|un\s|une\s|son\s|sa\s)|\s*[.,]|$)/u;

/**
 * `», reconnaissait après la rencontre l’entraîneur X`, `», estimait le président, X`: the imperfect of a scene right after
 * a quote, its subject after it, reports the words whichever verb it is (no list, as COMPOUND_AFTER): read as `a dit`.
 * (The plural `-aient` stays a group, PRESENT_PLURAL.)
 */
const IMPERFECT_AFTER = /^([\s,]*)\p{Ll}{3,}ait(?=\s+(?:\p{Lu}|(?:le|la|les|l['’]|un|une|son|sa|de|après|alors|encore|aussi|ensuite|à|au|lors|dans)(?:\s|(?<=['’]))))/u;

/** `», s’est-il interrogé`, `», s’est-elle emportée`: a reflexive compound past with its pronoun glued on, read as `dit-il`. */
const REFLEXIVE_INVERTED = /^([\s,]*)s['’]est-(il|elle)\s+\p{Ll}{3,}(?:é|ée)(?![\p{L}])/u;

/** `», grimace-t-elle`, `», souffle-t-il`: a present tense with its pronoun glued on, whichever verb it is, read as `dit-elle`. */
const INVERTED_AFTER = /^([\s,]*)\p{Ll}{3,}(?:-t)?-(il|elle)(?![\p{L}-])/u;

/**
 * `affirme M. Dorvilus`: `M.` (Monsieur) before a family name alone is an address, not an initial, so the phrase is
 * the family name (resolved to the Wilner Dorvilus named before). `M. Sié Ouattara` is handled by names.ts.
 */
export const monsieur = (found: SpeakerPhrase | null): SpeakerPhrase | null => {
  // (`Selon M.` cut from `Selon M. Théberge` where a reader took the address's full stop for a sentence's: no one.)
  if (found?.phrase === 'M.') return null;
  const family = found?.kind === 'name' && !found.pronoun ? /^M\.\s+(\p{Lu}[\p{L}’'-]+)$/u.exec(found.phrase) : null;
  return family ? { ...found!, phrase: family[1]! } : found;
};

/** Nouns for a person by what they do or are, which an indefinite article brings in (`une productrice`, `un voisin`). */
const PERSON_NOUN = String.raw`(?:\p{Ll}{3,}(?:euse|trice|ière|ienne|icien|iste)|(?:agricult|product|travaill|chauff|camionn|vend|achet|cherch|pêch|chass|élev|électr|lect|spectat|conduct|entrepren|enseign|employ)(?:eur|eure|euse|ant|ante|é|ée)|habitante?|résidente?|citoyen|commerçante?|manifestante?|militante?|participante?|représentante?|étudiante?|cliente?|patiente?|agente?|retraitée?|employée?|élue?|parent|père|mère|homme|femme|jeune|voisine?|médecin|témoin|bénévole|ouvrier|infirmier|pompier|policier|fermier|cuisinier|conseiller|propriétaire|locataire|fonctionnaire|membre|responsable|porte-parole|cadre)`;
/**
 * `Plus loin, une productrice de la région, qui a préféré taire son nom, raconte des nuits trop courtes. « … »`: an
 * indefinite person brought in as the subject of the sentence right before the words, with a relative clause set off by
 * commas, is who says them, whatever the verb; someone unnamed, a description (the one quoted before does not go on).
 */
const INDEFINITE_SUBJECT = lazy(() => new RegExp(String.raw`(?:^|[,.!?]\s+)((?:[Uu]n|[Uu]ne)\s+${PERSON_NOUN}(?:\s[^,.;:!?«»]{1,80})?),\s+qui\s[^.;:!?«»]{3,200}?,\s+(?:se\s+|s['’])?\p{Ll}{3,}[^.;!?«»]*[.:]\s*$`, 'u'));

function indefiniteSubject(frame: string): SpeakerPhrase | null {
  const subject = INDEFINITE_SUBJECT().exec(frame);
  return subject ? described(subject[1]!) : null;
}

export const french: LanguageCues = {
  ...cues,
  after: (frame) => monsieur(personOnly(cues.after(frame.replace(REFLEXIVE_INVERTED, '$1dit-$2').replace(REFLEXIVE_AFTER, '$1dit').replace(COMPOUND_AFTER, '$1a$2 dit').replace(IMPERFECT_AFTER, '$1a dit').replace(INVERTED_AFTER, '$1dit-$2')))),
  before: (frame) => monsieur(personOnly(cues.before(frame))) ?? indefiniteSubject(frame),
};
