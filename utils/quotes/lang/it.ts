/** Italian: `«…», ha detto X`, `ha dichiarato X`, `, ha aggiunto.` (subject dropped), `secondo X`, `X ha detto: «…»`. */

import { alternation, definiteDescriptor } from './shared';
import { latinCues } from './latin';
import { withAdjunctOnly } from './dropped';

const PARTICIPLES = alternation(
  ('detto dichiarato affermato spiegato aggiunto sottolineato ribadito precisato osservato commentato scritto ' +
    'risposto annunciato assicurato concluso ammesso avvertito raccontato spiegato evidenziato rimarcato sostenuto ' +
    'insistito confidato dichiarata detta attaccato replicato incalzato tuonato rilanciato confermato scherzato ironizzato chiosato sospirato esordito').split(' '),
);
const SIMPLE = alternation(
  ('dice dichiara afferma spiega aggiunge sottolinea ribadisce precisa osserva commenta scrive risponde annuncia ' +
    'assicura conclude ammette avverte racconta evidenzia sostiene insiste disse dichiarò affermò spiegò aggiunse attacca replica incalza tuona conferma scherza ironizza chiosa sospira').split(' '),
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

export const italian = withAdjunctOnly(latinCues(
  {
    afterVerbs: `${VERBS}|${SIMPLE_PLURAL}|${EXCHANGE_VERBS}|${SIGNED}|${WORDS_OF}`,
    subjectVerbs: VERBS,
    // (`Ela disse: “…”`: `disse` is Portuguese too, read here first; its pronouns are no names either.)
    pronouns: { lui: 'male', lei: 'female', ele: 'male', ela: 'female' },
    dropsSubject: true,
    according: '[Ss]econdo|[Aa]\\s+detta\\s+d(?:i|el|ella)',
    hasArticles: true,
    articles: "il|lo|la|l['’]|i|gli|le|un|uno|una|un['’]|suo|sua|questo|questa",
    stops: 'ma|però|eppure|a|al|alla|allo|ai|in|nel|nella|durante|dopo|prima|ieri|oggi|davanti|dietro|accanto|sotto|tra|fra|senza|con|su|sul|sulla|intervistat[oa]|sentit[oa]',
    recipients: "a|al|alla|allo|ai|all['’]",
    // `racconta la pensionata`, `dice il giovane violinista`: the person just named.
    ...definiteDescriptor(
      { female: ['la'], male: ['il', 'lo'], either: ["l'", 'l’'] },
      'fonte|polizia|questura|procura|regione|provincia|società|azienda|famiglia|difesa|giunta|prefettura|comune|ministero|governo|sindacato|gruppo|partito|tribunale|consiglio|associazione|amministrazione|opposizione',
    ),
    outlet: /^(?:giornale|quotidiano|agenzia|emittente|radio|televisione|rete|rivista|settimanale|sito|Corriere|Repubblica|Stampa|Messaggero|Sole|Giornale|Fatto|Gazzetta|Mattino|Tempo|Avvenire|Ansa|Adnkronos|Rai|TG1|Tg1|Sky)$/iu,
  },
), VERBS, 'a|al|alla|in|nel|nella|durante|dopo|prima|davanti|con|su|sul|sulla|dal|dalla|tra|fra');
