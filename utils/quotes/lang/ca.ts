/**
 * Catalan: `«…», diu X`, `va explicar X`, `ha afegit l'alcaldessa, X`, `, va dir.` (subject dropped), `segons X`,
 * `X explica: «…»`. Its past is `va` + infinitive (`va dir`, `van explicar`) or `ha` + participle.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, definiteDescriptor, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { withAdjunctOnly } from './dropped';
import { joinedFamilyName } from './catalan-joined-name';

const PRESENT = (
  'diu explica afegeix assegura afirma declara comenta reconeix lamenta apunta assenyala remarca recorda insisteix admet ' +
  'adverteix subratlla detalla destaca sosté manifesta puntualitza precisa respon conclou escriu relata denuncia confessa ' +
  'resumeix avisa critica defensa argumenta opina considera celebra deia explicava recordava afegia'
).split(' ');
/** `va dir`, `va explicar`: the periphrastic past's infinitives. */
const INFINITIVES = (
  'dir explicar afegir assegurar afirmar declarar comentar reconèixer lamentar apuntar assenyalar remarcar recordar ' +
  'insistir admetre advertir subratllar detallar destacar sostenir manifestar puntualitzar precisar respondre concloure ' +
  'escriure relatar denunciar confessar resumir avisar criticar defensar argumentar opinar considerar celebrar'
).split(' ');
const PARTICIPLES = (
  'dit explicat afegit assegurat afirmat declarat comentat reconegut lamentat apuntat assenyalat remarcat recordat insistit ' +
  'admès advertit subratllat detallat destacat sostingut manifestat puntualitzat precisat respost conclòs escrit relatat ' +
  'denunciat confessat resumit avisat criticat defensat argumentat'
).split(' ');
/** An object or indirect clitic may stand before the verb: `li va dir`, `ens explica`, `m'ha dit`. */
const CLITIC = "(?:(?:li|els|ens|us|em|et|ho|ho\\s+va|l['’]|m['’]|t['’]|n['’]|s['’])\\s*)?";
// (`li va retreure`, `va etzibar`: after a clitic, `va` and any infinitive is the past of a verb the lists may lack.)
const VERBS = `${CLITIC}(?:va\\s+(?:${alternation(INFINITIVES)})|(?<=(?:li|els|ens|us|em|et)\\s+)va\\s+\\p{Ll}{3,}(?:ar|er|re|ir)(?![\\p{L}])|ha\\s+(?:${alternation(PARTICIPLES)})|${alternation(PRESENT)})`;
/**
 * The plural (`», diuen els veïns`, `van explicar els pares`): a group speaks, a description, never the person named
 * before; read only after the words.
 */
const PLURAL = `van\\s+(?:${alternation(INFINITIVES)})|han\\s+(?:${alternation(PARTICIPLES)})|${alternation(
  'diuen expliquen afegeixen asseguren afirmen declaren comenten reconeixen lamenten apunten recorden insisteixen admeten adverteixen destaquen denuncien critiquen'.split(' '),
)}`;
/** Verbs of an exchange, read only after the words (`—I ara? —pregunta el periodista.`): `la pregunta` is also a noun. */
const EXCHANGE_VERBS = alternation('pregunta preguntava replica interromp exclama somriu sospira'.split(' ').concat(['va\\s+preguntar', 'va\\s+replicar', 'ha\\s+preguntat']));

const cues = withAdjunctOnly(latinCues(
  {
    afterVerbs: `${VERBS}|${PLURAL}|${EXCHANGE_VERBS}`,
    subjectVerbs: VERBS,
    pronouns: { ell: 'male', ella: 'female' },
    dropsSubject: true,
    according: '[Ss]egons|[Dd]\'acord\\s+amb|[Dd]’acord\\s+amb',
    hasArticles: true,
    articles: "el|la|l['’]|els|les|un|una|el\\s+seu|la\\s+seva|aquest|aquesta",
    stops: 'però|a|al|als|en|durant|després|abans|ahir|avui|amb|per|sense|des|davant|darrere|sota|entre|mentre|entrevistat|entrevistada',
    recipients: "a|al|als|a\\s+l['’]",
    // `diu l'alcaldessa`, `afegeix el pagès`: the person just named.
    ...definiteDescriptor(
      { female: ['la'], male: ['el'], either: ["l'", 'l’'] },
      'font|policia|empresa|família|associació|ajuntament|govern|generalitat|conselleria|consell|sindicat|partit|tribunal|jutjat|diputació|comissió|oposició|organització|entitat|cooperativa|federació',
    ),
    outlet: /^(?:diari|agència|emissora|ràdio|televisió|canal|revista|setmanari|portal|Ara|Avui|Vilaweb|Nació|Punt|TV3|3Cat|Betevé|ACN)$/iu,
  },
), VERBS, 'a|al|als|en|durant|després|abans|amb|per|sense|des|davant|entre');

/** `diu en Pere Serra`, `explica na Maria`: Catalan's personal article before a given name is no part of who speaks. */
const PERSONAL_ARTICLE = /(^[\s,]*[—–-]?\s*(?:\p{Ll}+\s+){1,2})(?:en|na)\s+(?=\p{Lu}\p{Ll})/u;

/** `va dir Núria Casadevall i Pujol`: the second family name after `i` is still the name (catalan-joined-name.ts). */
function withJoinedFamilyName(found: SpeakerPhrase | null, frame: string): SpeakerPhrase | null {
  if (found?.kind !== 'name' || found.pronoun || !found.phrase.includes(' ')) return found;
  const at = frame.indexOf(found.phrase);
  const joined = at >= 0 ? joinedFamilyName(frame.slice(at + found.phrase.length)) : '';
  return joined ? { ...found, phrase: `${found.phrase} i ${joined}` } : found;
}

export const catalan: LanguageCues = {
  ...cues,
  after: (frame) => withJoinedFamilyName(cues.after(frame.replace(PERSONAL_ARTICLE, '$1')), frame),
  before: (frame) => withJoinedFamilyName(cues.before(frame), frame),
};
