/** Spanish: `«…», dijo X`, `—afirmó X—`, `, añadió.` (subject dropped), `según X`, `X dijo: «…»`. */

import { alternation, definiteDescriptor, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { withAdjunctOnly } from './dropped';

const SINGULAR_VERBS = (
  ('dijo dice declaró declara afirmó afirma explicó explica añadió añade agregó agrega aseguró asegura señaló señala ' +
    'indicó indica subrayó subraya destacó destaca advirtió advierte sostuvo sostiene manifestó manifiesta comentó ' +
    'comenta insistió insiste apuntó apunta precisó precisa recordó recuerda reconoció reconoce escribió escribe ' +
    'respondió responde concluyó concluye expresó expresa opinó opina lamentó lamenta ha\\s+dicho ha\\s+declarado ' +
    'ha\\s+afirmado ha\\s+explicado ha\\s+asegurado ha\\s+señalado ha\\s+añadido contó cuenta relató relata admitió admite ' +
    'reiteró reitera denunció denuncia prometió promete justificó justifica resume resumió confirma confirmó ' +
    'apela apeló disparó dispara lanzó lanza remarcó remarca enfatizó enfatiza sentenció sentencia completó planteó ' +
    'plantea cuestionó cuestiona replicó replica retrucó ironizó puntualizó puntualiza detalló detalla refirió refiere ' +
    'acotó aclaró aclara mencionó externó abundó defendió defiende calcula calculó estima estimó considera consideró acusó acusa anunció anuncia ' +
    // (A reproach is words said: `», le reprochó X`.)
    'reprochó reprocha ' +
    // (The pluperfect of words said before the story's moment: `», había dicho ante el tribunal`.)
    'había\\s+dicho había\\s+declarado había\\s+afirmado había\\s+explicado había\\s+asegurado había\\s+advertido había\\s+prometido ' +
    // The imperfect of a scene told as it unfolds (`Al salir, X resumía el ánimo: «…»`, `», decía X`).
    'decía resumía explicaba contaba comentaba recordaba relataba insistía aseguraba advertía lamentaba').split(' ')
);
/**
 * The plural (`», dicen los vecinos`, `contaron los padres`): a group speaks, a description, never the person named
 * before. Present `-a`/`-e` take `-n`; preterite `-ió` is `-ieron`, `-ó` `-aron`; irregular ones listed.
 */
const PLURAL_VERBS = [
  ...SINGULAR_VERBS.filter((verb) => /^\p{Ll}+[ae]$/u.test(verb)).map((verb) => `${verb}n`),
  ...SINGULAR_VERBS.filter((verb) => /^\p{Ll}+ió$/u.test(verb)).map((verb) => verb.replace(/ió$/u, 'ieron')),
  ...SINGULAR_VERBS.filter((verb) => /^\p{Ll}+[^i]ó$/u.test(verb)).map((verb) => verb.replace(/ó$/u, 'aron')),
  ...'dijeron sostuvieron'.split(' '),
];
const VERBS = alternation(SINGULAR_VERBS);
/** (Read only after the words: before a verb, `Fuentes de la Dirección General … señalaron que` is no subject the reader can bound.) */
const PLURAL = alternation(PLURAL_VERBS);

/** Verbs of an exchange, read only after the words (`—¿Cobró usted? —preguntó el fiscal.`): `la pregunta` is also a noun. */
const EXCHANGE_VERBS = alternation('preguntó pregunta inquirió interrumpió interrumpe contestó contesta repuso exclamó insistió zanjó concedió protestó ironizó bromeó suspiró'.split(' '));

const cues = latinCues(
  {
    // `—le advirtió la magistrada—`, `—le preguntó Carranza.`: an object pronoun may stand before the verb.
    afterVerbs: `${VERBS}|${PLURAL}|${EXCHANGE_VERBS}|(?:le|les|me|nos|te)\\s+(?:${VERBS}|${PLURAL}|${EXCHANGE_VERBS})`,
    subjectVerbs: VERBS,
    pronouns: { él: 'male', ella: 'female' },
    dropsSubject: true,
    according: '[Ss]egún|[Dd]e\\s+acuerdo\\s+con',
    hasArticles: true,
    articles: 'el|la|los|las|un|una|unos|unas|su|sus|este|esta',
    stops: 'pero|ma|a|al|en|entre|sin|ante|durante|tras|detrás|junto|frente|bajo|desde|este|esta|ayer|hoy|el\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|por|con|entrevistad[oa]|consultad[oa]|antes\\s+de|después\\s+de|mientras|sentad[oa]|de\\s+pie',
    recipients: 'a|al|ante',
    // `lamenta la octogenaria`, `agregó el especialista`: the person just named.
    ...definiteDescriptor(
      { female: ['la'], male: ['el'] },
      'fuente|entidad|superintendencia|policía|guardia|junta|confederación|empresa|secretaría|dependencia|fiscalía|alcaldía|diputación|comisión|familia|defensa|oposición|organización|asociación|gobierno|ayuntamiento|ministerio|consejo|sindicato|grupo|partido|tribunal|juzgado|municipio|estado',
    ),
    outlet: /^(?:diario|periódico|agencia|cadena|emisora|radio|televisión|canal|revista|semanario|medio|portal|País|Mundo|Vanguardia|Clarín|Nación|Tiempo|Universal|Razón|Confidencial|Público|ABC|EFE|Europa|RTVE|Cadena|SER|COPE)$/iu,
  },
);

/** `«…», resume sentada en su despacho`: the verb with only how and where after it; the subject is left out, her. */
const POSTURE_ONLY = new RegExp(`^[\\s,]*[—–-]?\\s*(?:${VERBS})\\s+(?:sentad([oa])s?|de\\s+pie|recostad([oa])|apoyad([oa]))\\s+(?:en|junto|ante|frente|sobre|bajo)(?![\\p{L}])`, 'u');

/**
 * `», se quejó Rubén Zapata`, `—se lamentó la vecina`: a reflexive verb in the preterite right after a quote reports
 * how it was said, whichever verb it is (no list): read as `dijo`.
 */
const REFLEXIVE_AFTER = /^([\s,]*[—–-]?\s*)se\s+\p{Ll}{3,}(?:ó|aba)(?=\s+(?:\p{Lu}|el\s|la\s|un\s|una\s|su\s))/u;
/**
 * `», informó el presidente municipal, X,`: any preterite in -ó right after the quote's comma or dash, then the subject, reports
 * the words as a listed verb does (no list holds every verb of saying); read as `dijo`.
 */
// (`», le espetó desde el fondo de la sala X`: an object pronoun before it, and a place opened by a preposition after it.)
const PRETERITE_AFTER = /^(\s*(?:[,—–-]\s*)?(?:(?:le|les|me|nos|te)\s+)?)\p{Ll}{3,}ó(?=\s+(?:\p{Lu}|el\s|la\s|su\s|desde\s+(?:el|la|los|las)\s))/u;

/**
 * `…inscrito en el programa departamental «…»`, `la campaña denominada «…»`: a noun for a named thing (a programme, a plan, a
 * campaign, a book, a slogan) and at most an adjective or `denominado` right before the marks: the quoted words are its name,
 * said by no one, however the sentence opened.
 */
const TITLED_NOUN = /(?:^|\s)(?:programa|proyecto|plan|campaña|iniciativa|estrategia|lema|consigna|libro|película|canción|documental|festival|feria|ley|decreto|fondo|convenio|concurso|premio)(?:\s+(?:denominad[oa]|llamad[oa]|titulad[oa]|\p{Ll}{4,}(?:al|ar|ano|ana|ico|ica|ivo|iva)))?\s*$/u;

export const spanish: LanguageCues = withAdjunctOnly({
  ...cues,
  before: (frame) => (TITLED_NOUN.test(frame) ? null : cues.before(frame)),
  after(frame) {
    const found = cues.after(frame.replace(REFLEXIVE_AFTER, '$1dijo')) ?? (PRETERITE_AFTER.test(frame) ? cues.after(frame.replace(PRETERITE_AFTER, '$1dijo')) : null);
    if (found) return found;
    const posture = POSTURE_ONLY.exec(frame);
    if (!posture) return null;
    const ending = posture[1] ?? posture[2] ?? posture[3];
    return ending === 'a' ? pronoun('she', 'female') : ending === 'o' ? pronoun('he', 'male') : pronoun('they');
  },
}, VERBS, 'en|a|al|ante|durante|tras|desde|con|sin|entre|por');
