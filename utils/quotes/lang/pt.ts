/** Portuguese: `"…", disse X`, `afirmou X`, `, acrescentou.` (subject dropped), `segundo X`, `de acordo com X`, `X disse: "…"`. */

import { alternation, definiteDescriptor, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { withAdjunctOnly } from './dropped';

const VERBS = alternation(
  ('disse diz declarou declara afirmou afirma explicou explica acrescentou acrescenta ressaltou ressalta destacou ' +
    'destaca garantiu garante apontou aponta sublinhou sublinha frisou frisa comentou comenta avaliou avalia ' +
    'disparou escreveu escreve respondeu responde concluiu conclui reconheceu reconhece lembrou lembra ' +
    'defendeu defende criticou critica alertou alerta contou conta admitiu admite salientou salienta desabafou desabafa justificou justifica ' +
    'rebateu rebate ponderou pondera observou observa argumentou argumenta enfatizou enfatiza reforçou reforça ' +
    'questionou questiona completou completa retrucou ironizou relata relatou acusou acusa denunciou denuncia ' +
    'avisou avisa resume resumiu emenda pede pediu reclama reclamou cobra cobrou recorda recordou ' +
    // Galician (batch q-rare), read with Portuguese: `«…», dixo.`, `engadiu o técnico`.
    'dixo engadiu engade recoñeceu recoñece asegurou asegura subliñou subliña indicou indica sinalou sinala lamentou lamenta').split(' '),
);

/**
 * The plural (`», contam os moradores`, `disseram os pais`): a group speaks, a description, never the person named
 * before. Built by the regular endings (present -a/-e → +m; preterite -ou → -aram, -eu → -eram, -iu → -iram), read only
 * after the words.
 */
const PLURAL = alternation([
  ...VERBS.split('|').filter((verb) => /^\p{Ll}{3,}[ae]$/u.test(verb)).map((verb) => `${verb}m`),
  ...VERBS.split('|').filter((verb) => /ou$/u.test(verb)).map((verb) => verb.replace(/ou$/u, 'aram')),
  ...VERBS.split('|').filter((verb) => /eu$/u.test(verb)).map((verb) => verb.replace(/eu$/u, 'eram')),
  ...VERBS.split('|').filter((verb) => /iu$/u.test(verb)).map((verb) => verb.replace(/iu$/u, 'iram')),
  'disseram', 'dizem',
]);

/** Verbs of an exchange, read only after the words (`— E agora? — perguntou o repórter.`): `a pergunta` is also a noun. */
const EXCHANGE_VERBS = alternation('perguntou pergunta indagou interrompeu interrompe emendou devolveu brincou suspirou insistiu insiste repetiu exclamou contestou'.split(' '));

/** `", queixou-se Teresa Nzinga`, `, lamentou-se o pescador`, `», lamenta-se a pensionista`: a reflexive verb after a quote, past or present, reports how it was said: read as `disse`. */
const REFLEXIVE_AFTER = /^([\s,]*[—–-]?\s*)\p{Ll}{3,}(?:ou|eu|iu|a|e)-se(?=\s+(?:\p{Lu}|o\s|a\s|um\s|uma\s))/u;
/** `", considerou o secretário, X`: any preterite right after the quote, then the subject, reports the words: read as `disse`. */
const PRETERITE_AFTER = /^(\s*(?:[,—–-]\s*)?)\p{Ll}{3,}(?:ou|eu|iu)(?=\s+(?:\p{Lu}|o\s|a\s))/u;

const cues = withAdjunctOnly(latinCues(
  {
    afterVerbs: `${VERBS}|${PLURAL}|${EXCHANGE_VERBS}`,
    subjectVerbs: VERBS,
    pronouns: { ele: 'male', ela: 'female' },
    dropsSubject: true,
    according: '[Ss]egundo|[Dd]e\\s+acordo\\s+com|[Cc]onforme|[Nn]as\\s+palavras',
    hasArticles: true,
    articles: 'o|a|os|as|um|uma|seu|sua|este|esta',
    stops: 'mas|ma|porém|ao|à|aos|às|em|no|na|nos|nas|durante|após|antes|atrás|diante|sob|sobre|entre|sem|ontem|hoje|nesta|neste|nessa|nesse|por|com|entrevistad[oa]|ouvid[oa]|consultad[oa]|enquanto',
    recipients: 'ao|à|a|para',
    // `desabafa o pescador`, `afirmou a prefeita`: the person just named.
    ...definiteDescriptor(
      { female: ['a'], male: ['o'] },
      'prefeitura|polícia|tutela|câmara|empresa|secretaria|família|defesa|associação|organização|assembleia|comissão|ministério|governo|sindicato|grupo|partido|tribunal|município|estado|fonte',
    ),
    outlet: /^(?:reportagem|redação|redacção|jornal|diário|agência|emissora|rádio|televisão|canal|revista|site|portal|Globo|Folha|Estadão|Estado|Público|Expresso|Lusa|Valor|Veja|Exame|UOL|CNN|GloboNews|TV)$/iu,
  },
), VERBS, 'na|no|nas|nos|em|durante|após|numa|num|entre|com|sem|ao|à');

/** Brazil's `seu` and `dona` before a first name (`disse seu Antônio`) are a form of address, not "his" or "owner": the name is the person. */
const ADDRESS_BEFORE_NAME = /(^|[\s,])(?:seu|dona)\s+(?=\p{Lu}\p{Ll}+(?:[\s,.]|$))/u;
/**
 * `», declarou Bouzas a Radio Miño.`: Galician (and plain Portuguese) `a` between the name and a capitalised run is "to",
 * the listener, no part of the name: read as `à`, which ends it (`disse a ministra` keeps its article: no capital before).
 */
const TO_AFTER_NAME = /(?<=\s\p{Lu}[\p{L}'’-]+)\s+a\s+(?=\p{Lu})/u;
const afterTag = (written: string) => afterTagRead(written.replace(TO_AFTER_NAME, ' à '));
const afterTagRead = (frame: string) => cues.after(frame.replace(REFLEXIVE_AFTER, '$1disse')) ?? (PRETERITE_AFTER.test(frame) ? cues.after(frame.replace(PRETERITE_AFTER, '$1disse')) : null);

/** `Nas palavras do presidente …, X, “…”`: the words of a person, read as `segundo o presidente`. */
const IN_THE_WORDS_OF = /(^|\s)[Nn]as\s+palavras\s+d(?:([oa]s?)\s|e\s)/u;

export const portuguese: LanguageCues = {
  ...cues,
  applies: (frame) => cues.applies(frame.replace(IN_THE_WORDS_OF, (_all, lead: string, article?: string) => `${lead}segundo ${article ? `${article} ` : ''}`)),
  after: (frame) => afterTag(frame.replace(ADDRESS_BEFORE_NAME, '$1')),
  before: (frame) => cues.before(frame.replace(IN_THE_WORDS_OF, (_all, lead: string, article?: string) => `${lead}segundo ${article ? `${article} ` : ''}`)),
};
