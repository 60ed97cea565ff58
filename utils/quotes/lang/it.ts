/** Italian: `«…», ha detto X`, `ha dichiarato X`, `, ha aggiunto.` (subject dropped), `secondo X`, `X ha detto: «…»`. */

import type { SpeakerPhrase } from '../cues';
import { alternation, definiteDescriptor, person, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { withAdjunctOnly } from './dropped';

const PARTICIPLES = alternation(
  ('detto dichiarato affermato spiegato aggiunto sottolineato ribadito precisato osservato commentato scritto ' +
    'risposto annunciato assicurato concluso ammesso avvertito raccontato spiegato evidenziato rimarcato sostenuto ' +
    'insistito confidato ricordato dichiarata detta attaccato replicato incalzato tuonato rilanciato confermato scherzato ironizzato chiosato sospirato esordito').split(' '),
);
const SIMPLE = alternation(
  ('dice dichiara afferma spiega aggiunge sottolinea ribadisce precisa osserva commenta scrive risponde annuncia ' +
    'assicura conclude ammette avverte racconta ricorda evidenzia sostiene insiste disse dichiarò affermò spiegò aggiunse attacca replica incalza tuona conferma scherza ironizza chiosa sospira').split(' '),
);
/**
 * The plural of the present (`», raccontano i residenti`, `dicono i genitori`): a group speaks, a description, never the
 * person named before. Built by the regular endings (-a → -ano, -isce → -iscono, -e → -ono), read only after the words.
 */
const SIMPLE_PLURAL = alternation([
  ...SIMPLE.split('|').filter((verb) => /^\p{Ll}{3,}a$/u.test(verb)).map((verb) => `${verb}no`),
  ...SIMPLE.split('|').filter((verb) => /^\p{Ll}{2,}[^s]e$/u.test(verb)).map((verb) => verb.replace(/e$/u, 'ono')),
  ...SIMPLE.split('|').filter((verb) => /isce$/u.test(verb)).map((verb) => verb.replace(/isce$/u, 'iscono')),
  'sostengono',
]);
// `ci ha detto Lanzi`, `mi ha spiegato`: an object clitic may stand before the auxiliary.
// `lo ha confermato`, `l’ha detto`: an object pronoun too.
// (`», fa sapere l’assessora X`: "lets it be known", an office's word through a statement.)
const VERBS = `(?:(?:mi|ci|ti|gli|le|vi|lo|la)\\s+|l['’])?(?:ha|hanno|aveva)\\s+(?:${PARTICIPLES})|${SIMPLE}|fa\\s+sapere|ha\\s+fatto\\s+sapere`;
/** Verbs of an exchange, read only after the words (`– E adesso? – chiede il cronista.`): `la domanda` is also a noun. */
const EXCHANGE_VERBS = `(?:(?:mi|ci|ti|gli|le|vi)\\s+)?(?:ha|hanno)\\s+(?:${alternation('chiesto domandato ribattuto interrotto esclamato sbottato'.split(' '))})|${alternation('chiede domanda ribatte interrompe esclama sbotta sorride'.split(' '))}`;
/** `«…», la replica della Bellini`, `, il commento di X`: a noun for the words and whose they were, with no verb. */
const WORDS_OF = "(?:la\\s+(?:risposta|replica|chiosa|battuta|sintesi|conclusione|promessa)|il\\s+(?:commento|monito|parere|racconto))\\s+(?:di|della|del)";
/** `«…», si legge nel testo firmato dal direttore X`: the signer of the document quoted. */
const SIGNED = 'si\\s+legge\\s+(?:nel|nella)\\s+\\p{Ll}+\\s+firmat[oa]\\s+(?:da|dal|dalla|dallo)';

const INSTITUTIONS = 'fonte|polizia|questura|procura|regione|provincia|società|azienda|famiglia|difesa|giunta|prefettura|comune|ministero|governo|sindacato|gruppo|partito|tribunale|consiglio|associazione|amministrazione|opposizione';
const OUTLET = /^(?:giornale|quotidiano|agenzia|emittente|radio|televisione|rete|rivista|settimanale|sito|Corriere|Repubblica|Stampa|Messaggero|Sole|Giornale|Fatto|Gazzetta|Mattino|Tempo|Avvenire|Ansa|Adnkronos|Rai|TG1|Tg1|Sky)$/iu;

const cues = withAdjunctOnly(latinCues(
  {
    afterVerbs: `${VERBS}|${SIMPLE_PLURAL}|${EXCHANGE_VERBS}|${SIGNED}|${WORDS_OF}`,
    subjectVerbs: VERBS,
    // (`Ela disse: “…”`: `disse` is Portuguese too, read here first; its pronouns are no names either.)
    pronouns: { lui: 'male', lei: 'female', ele: 'male', ela: 'female' },
    dropsSubject: true,
    according: '[Ss]econdo|[Aa]\\s+detta\\s+d(?:i|el|ella)',
    hasArticles: true,
    articles: "il|lo|la|l['’]|i|gli|le|un|uno|una|un['’]|suo|sua|questo|questa",
    stops: 'ma|però|eppure|a|al|alla|allo|ai|in|nel|nella|durante|dopo|prima|ieri|oggi|davanti|dietro|accanto|sotto|tra|fra|senza|con|su|sul|sulla|mentre|intervistat[oa]|sentit[oa]',
    recipients: "a|al|alla|allo|ai|all['’]",
    // `racconta la pensionata`, `dice il giovane violinista`: the person just named.
    ...definiteDescriptor({ female: ['la'], male: ['il', 'lo'], either: ["l'", 'l’'] }, INSTITUTIONS),
    outlet: OUTLET,
  },
), VERBS, 'a|al|alla|in|nel|nella|durante|dopo|prima|davanti|con|su|sul|sulla|dal|dalla|tra|fra');

/** `dice don Paolo Ricci`, `ha detto suor Anna Neri`: a cleric's title in lower case before the name is their role, no stop. */
const CLERIC_TITLE = /(?<![\p{L}])(don|suor|monsignor|mons\.|frate|fratel)\s+(?=\p{Lu}\p{Ll})/u;

const OF_BEFORE = /(?:^|\s)(?:di|del|della|dello|dei|degli|delle|da|dal|dalla|a|al|alla|con|per|su|tra|fra)\s+$/u;

function withClericTitle(read: (frame: string) => SpeakerPhrase | null): (frame: string) => SpeakerPhrase | null {
  return (frame) => {
    const title = CLERIC_TITLE.exec(frame);
    // (`i fedeli di don X`: after a preposition the cleric is whom the subject belongs to, left to the reader.)
    if (!title || OF_BEFORE.test(frame.slice(0, title.index))) return read(frame);
    const found = read(frame.slice(0, title.index) + frame.slice(title.index + title[0].length));
    const named = found?.kind === 'name' && !found.pronoun && frame.slice(title.index + title[0].length).startsWith(found.phrase.split(' ')[0]!);
    return found && named ? { ...found, role: [title[1], found.role].filter(Boolean).join(', ') } : read(frame);
  };
}

/**
 * `», ha spiegato La Mantia.`, `ha detto Lo Bianco`: after the verb an article is written in lower case, so a capitalised
 * `Lo`, `La` or `Li` before a capitalised word is the particle of a southern family name, a name, never a description.
 */
const PARTICLE_FAMILY_NAME = /^(?:Lo|La|Li)\s(\p{Lu}\p{Ll}{2,})$/u;
const INSTITUTION = new RegExp(`^(?:${INSTITUTIONS})$`, 'iu');

function withParticleFamilyName(read: (frame: string) => SpeakerPhrase | null): (frame: string) => SpeakerPhrase | null {
  return (frame) => {
    const found = read(frame);
    const word = found?.kind === 'description' ? PARTICLE_FAMILY_NAME.exec(found.phrase)?.[1] : undefined;
    return word && !INSTITUTION.test(word) && !OUTLET.test(word) ? person(found!.phrase) : found;
  };
}

export const italian: LanguageCues = {
  ...cues,
  after: withParticleFamilyName(withClericTitle(cues.after)),
  before: withClericTitle(cues.before),
};
