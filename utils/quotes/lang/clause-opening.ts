/**
 * Sentence openings of French, Spanish, Italian, Portuguese and German that stand before the subject
 * and are no name themselves:
 *   a participle clause   `Consultado sobre su futuro, fue tajante:` (the subject left out: the one
 *                          the story is about), `Interrogé sur …, le député X se montre prudent :`,
 *                          `Contactado pelo jornal, o economista X considera…` (the person after it);
 *   an Italian cleft      `A dirlo è Vincenzo Amitrano, che …:` (the subject after `è`);
 *   an object clitic      `Así lo ha explicado hoy la directora, X:`, `Così lo spiega X:` (the subject
 *                          after the verb and its adjuncts).
 * English openings (`Asked about …, Kim said`) are cues.ts's.
 */

import { withheldNameIntroduction } from '../anonymity-clause';
import { ANONYMOUS_SOURCE } from './anonymous';
import type { SpeakerPhrase } from '../cues';
import { FUSED_PREPOSITION_INSTITUTION, openingPerson } from './opening-person';
import { lazy, person, pronoun } from './shared';
import { IBERIAN_CLEFT, ITALIAN_CLEFT } from './cleft';
import { isForeignRoleNoun, ROMANCE_AGENT } from './role-nouns';
import { GERMAN_ROLE_NOUN, isGermanAgentNoun } from './de-roles';
import { cleanName, NAME_RUN } from '../names';

/** A past participle opening the sentence, then a preposition, its object and a comma. */
const PARTICIPLE_CLAUSE =
  /^\s*(\p{Lu}\p{Ll}{2,}?(?:é|ée|és|ées|ise|ite|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|uto|uta))\s+(?:(?:sur|sobre|par|por|pelo|pela|pelos|pelas|per|dal|dalla|dai|dagli|su|sul|sulla|sui|des|à|au|aux|a|al|ao|en|em|no|na|nel|nella|acerca|quant)(?![\p{L}])|(?:de|del|du|da|do|di)\s+(?=\p{Ll}))[^,.;:!?«»"“”„]{0,140},\s+/u;
// (`Renato de Souza, prefeito…`: a particle before a capital continues a name, so `de`, `da`, `di` need a lower-case word after them.)
const FEMININE_PARTICIPLE = /(?:ée|ées|ise|ite|ada|adas|ida|idas|ata|ate|ita|uta)$/u;
/** The German ones: `Darauf angesprochen, …`, `Gefragt nach …,`. */
const GERMAN_PARTICIPLE_CLAUSE = /^\s*(?:Darauf\s+angesprochen|Angesprochen\s+auf|Gefragt\s+nach|Befragt\s+zu|Auf\s+Nachfrage)(?![\p{L}])[^,.;:!?«»"“”„]{0,140},\s+/u;
/** Articles opening a subject after the clause; a lower-case word other than these is the verb. */
const SUBJECT_ARTICLE = /^(?:le|la|les|l['’]|un|une|el|los|las|un|una|il|lo|gli|i|o|os|as|um|uma|der|die|das|ein|eine|ce|cette|este|esta|questo|questa|esse|essa|sa|son|su|sus|seu|sua|suo)(?![\p{L}])/u;
/** `Así lo ha explicado`, `Così lo spiega`, `Lo ha annunciato`: the object clitic before the verb, the subject after it. */
const CLITIC_OBJECT_VERB = /^\s*(?:(?:Así|Così|Assim|Ainsi)\s+(?:lo|la|o|l['’])\s*(?:\p{Ll}+\s+)?\p{Ll}{3,}|(?:Lo|L['’])\s*(?:ha|han|hanno|a|ont)\s+\p{Ll}+(?:ado|ido|ato|ito|é|u))\s+/u;

/** A name, a comma and a relative clause running to the colon: `Adelino Sampaio, que ontem … se limitou a dizer:`. */
// (`le père de l’adolescent, Didier Fraipont, rencontré à la sortie de l’audience :`: a participle in apposition too.)
// (`la arquitecta X, perito de la fiscalía, que … lo describió así:`: a lower-case apposition may stand before the relative.)
const RELATIVE_BEFORE_COLON = new RegExp(`(${NAME_RUN})(?:,\\s+\\p{Ll}[^,.!?:;«»"“”„]{2,60})?,\\s+(?:que|qui|che|der|die|\\p{Ll}{3,}(?:é|ée|ado|ada|ato|ata|ido|ida))\\s[^.!?:«»"“”„]{2,200}:\\s*$`, 'gu');
/** A lower-case noun and a preposition of origin or belonging right before a name: `un vecino de`, `un viticoltore della frazione di`. */
const NOUN_THEN_PREPOSITION = /\p{Ll}{3,}\s+(?:de|del|di|da|do|dos|das|della|dello|dei|degli|delle|dal|dalla|des|du)\s+$/u;
function isPrepositionObject(before: string): boolean {
  return NOUN_THEN_PREPOSITION.test(before);
}
/** A definite article and one person noun, then the verb: `O responsável foi mais longe:`. */
const DEFINITE_PERSON_OPENING = /^\s*(O|A|Le|La|El|Il|Der|Die)\s+(\p{Ll}[\p{L}-]+)\s+(?!(?:de|da|do|dos|das|di|del|della|du|des|der|von|d['’])\s)\p{Ll}/u;
const FEMININE_ARTICLE = /^(?:A|La|Die)$/u;
/**
 * A view or conviction put before its holder: `Ne è convinto anche il presidente, X:`, `Lo tiene claro X:`,
 * `C’est l’avis de X :`, `Quem o diz é X:`. The subject follows.
 */
const INVERTED_VIEW =
  /^\s*(?:(?:Ne|Lo|La|L['’])\s*(?:è|sono|era|sa|sanno)\s+(?:(?:ben|bene|molto|più|davvero)\s+)?(?:convint[oaie]|sicur[oaie]|certo|cert[aie]|consapevol[ei])|(?:Lo|La)\s+(?:tiene|tienen|sabe|saben)\s+(?:muy\s+)?(?:claro|bien)|De\s+(?:ello|eso)\s+(?:está|están)\s+convencid[oa]s?|C['’]est\s+(?:en\s+tout\s+cas\s+)?(?:l['’]avis\s+de|ce\s+qu['’](?:affirme|explique|estime|résume|assure|souligne|dit|pense))|Quem\s+(?:o\s+)?(?:diz|afirma|explica|garante)\s+é)\s+(?:(?:anche|pure|también|aussi|também)\s+)?/u;

/** `À la barre,`, `Dans la salle,`, `In sala stampa`, `De retour à sa fenêtre,`: a preposition and lower-case words before the subject. */
const ADJUNCT_OPENING = /^\s*(?:(?:À|Dans|Devant|Sur|Sous|En|Al|Ante|Desde|No|Na|Em|Nella|Nel|Alla|In|De|Depuis|Après|Chez|Tras|Dopo|Após)\s+(?:(?:la|le|l['’]|les|el|o|a)\s*)?\p{Ll}[\p{L}’'-]*(?:\s+(?:de|du|des|di|del|della|da|do|d['’]|à|au|aux)?\s*\p{Ll}[\p{L}’'-]*){0,3}(?:,\s+|\s+(?=\p{Ll}+\s+\p{Lu})))/u;
/** A short topic of capitalised and lower-case words with no verb, a comma, and one to three name words before the colon. */
const TOPIC_THEN_NAME = /^\s*\p{Lu}\p{Ll}+(?:\s+[\p{L}’'-]+){0,3},\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}):\s*$/u;

/** A few German words: the sentence is German. */
const GERMAN_WORDS = /(?:^|\s)(?:[Dd]er|[Dd]ie|[Dd]as|und|sich|nicht|sei|ist|war|hat|zeigte|nach|vom|beim|nahm)(?=\s)/u;
/** Reported speech in German (the subjunctive of `sein`, `haben`, `werden` and the modals), its verb second: the sentence itself reports. */
const KONJUNKTIV_SECOND = /^\s*(?:[^\s,]+\s+){1,3}(?:sei|seien|habe|werde|könne|müsse|wolle|solle|gebe|dürfe)(?=[\s,:])/u;
/** A German main clause opening with another element, its verb second: the subject may follow it. */
const GERMAN_VERB_SECOND = /^\s*\p{Lu}\p{Ll}+\s+(?:zeigte|zeigt|gab|gibt|war|ist|blieb|bleibt|meldete|meldet|äusserte|äußerte|reagierte|reagiert)(?:\s+sich)?\s/u;
const ROLE_THEN_INITIALLED_NAME = /^((?:le|la|l['’]|el|il|lo|o|a|der|die)\s*\p{Ll}[^,]{0,60}),\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}(?:\p{Ll}+|\.))+),\s+\p{Ll}/u;

/** An article of these languages and a lower-case noun opening the sentence (`El capitán`, `Sa voisine`, `Die Zeugin`). */
const ROLE_LED_OPENING = /^\s*(?:El|La|Le|Il|Lo|Los|Las|Les|L['’]|Der|Die|Das|Os|As|Sa|Son|Su|Sua|Seu|Suo|Sein|Seine|Ihr|Ihre)\s*\p{L}/u;

/** Verbs of meeting or asking someone, in the first person of the paper or the third, then the person's name. */
const MET_VERBS =
  '(?:(?:a|avons|ai|ont)\\s+(?:rencontré|interrogé|joint|contacté|questionné|interviewé)|(?:posé|posée)\\s+la\\s+question\\s+à|' +
    '(?:conversó|conversamos|habló|hablamos|charló|charlamos)\\s+con|(?:entrevistó|entrevistamos|consultó|consultamos|preguntamos)\\s+a|' +
    '(?:abbiamo|ha)\\s+(?:incontrato|sentito|intervistato|raggiunto|interpellato)|(?:abbiamo\\s+)?chiesto\\s+a|' +
    '(?:conversou|conversamos|falou|falamos)\\s+com|(?:entrevistou|entrevistamos|ouviu|ouvimos)|' +
    '(?:traf|trafen|sprach|sprachen)\\s+mit|(?:fragte|fragten)|haben\\s+(?:mit\\s+)?\\p{L}+\\s+gesprochen)';
const MET_PERSON = new RegExp(
  MET_VERBS +
    `\\s+(?:(?:la|le|l['’]|el|il|lo|o|a|der|die|dem)\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){1,3})?(${NAME_RUN})(?=\\s*[,.]|\\s+\\()`,
  'u',
);
/** The verbs alone, a word for \p{L}+, as a test with no \p class before MET_PERSON: most sentences hold none. */
const MET_VERB = new RegExp(MET_VERBS.replace('\\p{L}+', '\\S+'), 'u');

/**
 * The speaker a sentence with one of these openings gives, or undefined when it opens otherwise
 * (the caller reads it as usual). `read` reads a subject phrase standing at the start of its words.
 */
export function speakerAfterOpening(sentence: string, read: (words: string) => SpeakerPhrase | null): SpeakerPhrase | null | undefined {
  // `Delusione Falconara, Bianchi: «…»`: a standfirst's topic, then the speaker's name right before the colon.
  const topicThenName = TOPIC_THEN_NAME.exec(sentence);
  if (topicThenName) return person(topicThenName[1]!);
  const participle = PARTICIPLE_CLAUSE.exec(sentence) ?? GERMAN_PARTICIPLE_CLAUSE.exec(sentence);
  if (participle) {
    const rest = sentence.slice(participle[0].length);
    // `…, fue tajante:`: the verb at once, its subject left out.
    if (/^\p{Ll}/u.test(rest) && !SUBJECT_ARTICLE.test(rest)) {
      const word = participle[1];
      return word ? (FEMININE_PARTICIPLE.test(word) ? pronoun('she', 'female') : pronoun('he', 'male')) : pronoun('they');
    }
    return openingPerson(rest) ?? read(rest);
  }
  // `Nous avons posé la question à Sarah Benhamou, prévisionniste.`, `A reportagem conversou com X`: the one met or asked answers.
  const met = MET_VERB.test(sentence) ? MET_PERSON.exec(sentence) : null;
  const metName = met ? cleanName(met[1]!) : '';
  if (metName.includes(' ')) return person(metName);
  // `El capitán Franco Delfino, de 33 años, publicó un mensaje:`: a role-led subject before a colon, whatever the verb.
  // (`O técnico X evitou falar…`: the same opening before a plain sentence, in Portuguese with a role noun after `O`/`A`.)
  // (Only a name the verb follows at once: `A bióloga X, investigadora …, defende` is sentence-subject.ts's, with both roles.)
  const portugueseRole = /:\s*$/u.test(sentence) ? undefined : /^\s*(?:O|A|Os|As)\s+(\p{Ll}[\p{L}-]+)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}\s+(?!(?:de|da|do|dos|das|e)\s)\p{Ll}/u.exec(sentence)?.[1];
  if ((/:\s*$/u.test(sentence) && ROLE_LED_OPENING.test(sentence)) || (portugueseRole && isPersonNoun(portugueseRole))) {
    const opening = openingPerson(sentence);
    if (opening) return opening;
  }
  // `…, o vice-governador, Adelino Sampaio, que ontem … se limitou a dizer:`: the colon closes a relative clause about the name.
  const relative = /:\s*$/u.test(sentence) ? [...sentence.matchAll(RELATIVE_BEFORE_COLON)].at(-1) : undefined;
  // (`Un viticultor del pueblo de Monte Claro, que pidió …, contó:`: a name a noun's preposition governs is where the one described comes from, not them.)
  const antecedent = relative && !isPrepositionObject(sentence.slice(0, relative.index)) ? cleanName(relative[1]!) : '';
  // (`Dalla Regione, un funzionario, che …, si limita a dire:`: a fused preposition and an institution are where the words come from.)
  if (antecedent.includes(' ') && !FUSED_PREPOSITION_INSTITUTION.test(antecedent)) return person(antecedent);
  // `O responsável foi mais longe:`, `Le responsable a ajouté :`: a definite person noun alone stands for the one just named.
  const anaphor = /:\s*$/u.test(sentence) ? DEFINITE_PERSON_OPENING.exec(sentence) : null;
  if (anaphor && isPersonNoun(anaphor[2]!)) return { ...pronoun(FEMININE_ARTICLE.test(anaphor[1]!) ? 'she' : 'he', FEMININE_ARTICLE.test(anaphor[1]!) ? 'female' : 'male'), descriptor: true };
  // `À la barre, le prévenu, Kevin D., a lu …`, `In sala stampa coach X ha faticato …`: a place or moment, then the subject.
  const adjunct = ADJUNCT_OPENING.exec(sentence);
  // (`De retour à sa fenêtre, Mme Bergeron demeure sceptique.`: failing an opening person, a name the subject reader finds there.)
  const named = (found: SpeakerPhrase | null) => (found?.kind === 'name' && !found.pronoun ? found : null);
  // (`In a statement, Karuri County police commander X said`: a run the subject reader finds to be the role's owner gives way to it.)
  const opener = adjunct ? openingPerson(sentence.slice(adjunct[0].length)) : null;
  const subject = adjunct ? named(read(sentence.slice(adjunct[0].length))) : null;
  const afterAdjunct = opener && subject?.role?.startsWith(opener.phrase) ? subject : (opener ?? subject);
  if (afterAdjunct) return afterAdjunct;
  if (GERMAN_WORDS.test(sentence)) {
    // `Ganz vom Tisch sei das Projekt nicht:`: reported speech (Konjunktiv) before the colon goes on the last speaker's words.
    // (`Gruber habe im Sommer an der Landung gearbeitet.`: the one reported on is not who speaks next either.)
    if (KONJUNKTIV_SECOND.test(sentence)) return null;
    // `Der Salzburger nahm es gelassen:`: an article and a person noun (a demonym, an agent) for the one just named.
    const described = /:\s*$/u.test(sentence) ? /^\s*(Der|Die)\s+(\p{Lu}[\p{L}-]+)\s+\p{Ll}/u.exec(sentence) : null;
    if (described && (GERMAN_ROLE_NOUN.test(described[2]!) || isGermanAgentNoun(described[2]!))) {
      return { ...pronoun(described[1] === 'Die' ? 'she' : 'he', described[1] === 'Die' ? 'female' : 'male'), descriptor: true };
    }
    // `Enttäuscht zeigte sich Juniorenobmann Beat Hug, der …`: a role noun and a name after the verb of a German main clause.
    const verb = GERMAN_VERB_SECOND.exec(sentence);
    const rest = verb ? sentence.slice(verb[0].length) : '';
    for (const run of verb ? rest.matchAll(new RegExp(NAME_RUN, 'gu')) : []) {
      // (`nach der Sitzung Juniorenobmann Beat Hug`: the run holds the adjunct's noun too; the role nouns right before the name count.)
      const name = cleanName(run[0]);
      const lead = run[0].split(/\s+/u).slice(0, -name.split(' ').length);
      let first = lead.length;
      while (first > 0 && (GERMAN_ROLE_NOUN.test(lead[first - 1]!) || isGermanAgentNoun(lead[first - 1]!))) first--;
      if (first < lead.length && name.includes(' ')) return person(name, lead.slice(first).join(' '));
    }
  }
  // `À la barre, le prévenu, Kevin D., a lu …`: an article-led role and a name with an initial.
  const roleAndInitial = adjunct ? ROLE_THEN_INITIALLED_NAME.exec(sentence.slice(adjunct[0].length)) : null;
  if (roleAndInitial) return person(roleAndInitial[2]!, roleAndInitial[1]!);
  const inverted = INVERTED_VIEW.exec(sentence);
  if (inverted) return openingPerson(sentence.slice(inverted[0].length)) ?? afterAdjuncts(sentence.slice(inverted[0].length), read);
  const cleft = ITALIAN_CLEFT.exec(sentence) ?? IBERIAN_CLEFT.exec(sentence) ?? (/^\s*(?:Así|Così|Assim|Ainsi|Lo|L['’])/u.test(sentence) ? CLITIC_OBJECT_VERB.exec(sentence) : null);
  if (cleft) return openingPerson(sentence.slice(cleft[0].length)) ?? afterAdjuncts(sentence.slice(cleft[0].length), read) ?? roleLedNameToEnd(sentence.slice(cleft[0].length));
  return undefined;
}

/** `ieri in conferenza stampa la direttrice del museo, Anna Sala:`: adjuncts, then an article-led role and the name. */
// (`l’assessora all’istruzione, ai servizi educativi e alle politiche giovanili, X:`: a list of portfolios stays in the role; `ai` is no article.)
const ROLE_THEN_NAME = /(?:^|\s)((?:le|la|l['’]|el|il|lo|o|a|der|die)(?:\s+|(?<=['’]))\p{Ll}[^,:;.]{0,100}(?:,\s+(?:de|du|des|d['’]|di|del|della|dei|degli|delle|dell['’]|al|alla|ai|agli|alle|all['’]|do|da|dos|das|ao|aos)[\s\p{Ll}][^,:;.]{0,80})*),\s+(\p{Lu}\p{Ll}+(?:[- ](?:(?:de|da|di|del|dos|das|do)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3})\s*(?:[,:]|$)/u;

function afterAdjuncts(words: string, read: (words: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const roled = ROLE_THEN_NAME.exec(words);
  return roled ? person(roled[2]!, roled[1]!) : read(words);
}

function isPersonNoun(noun: string): boolean {
  return PERSON_NOUN.test(noun) || isForeignRoleNoun(noun) || ROMANCE_AGENT.test(noun) || /^(?:responsável|responsable|responsabile|interessad[oa]|portavoce)$/u.test(noun);
}

/** People named by what they are rather than a role noun, after an indefinite article. */
const PERSON_NOUN = /^(?:homme|femme|jeune|anziano|anziana|anciano|anciana|idoso|idosa|personne|persona|pessoa|habitant|habitante|passant|passante|client|cliente|employé|employée|salarié|salariée|hombre|mujer|joven|vecino|vecina|empleado|empleada|trabajador|trabajadora|uomo|donna|ragazzo|ragazza|residente|utente|dipendente|impiegato|impiegata|homem|mulher|jovem|morador|moradora|funcionário|funcionária|trabalhador|trabalhadora|Mann|Frau|Anwohner|Anwohnerin|Mitarbeiter|Mitarbeiterin|Passant|Passantin)$/u;

/**
 * `Um funcionário de uma das distribuidoras, que pediu…, admitiu…`, `Une habitante du quartier raconte…`: a
 * sentence opening with an indefinite article and a person noun brings in someone new, so a quote after it
 * does not go on the last speaker's turn.
 */
export function opensWithNewPerson(sentence: string): boolean {
  // (`Un’anziana di Cabbio …`: the Italian feminine article elided before a vowel.)
  const words = /^\s*(?:(?:Un|Une|Um|Uma|Uno|Una|Ein|Eine|Einer)\s+|Un['’])([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(sentence);
  const isPerson = (noun: string | undefined) => !!noun && (isPersonNoun(noun) || isGermanAgentNoun(noun));
  // (`Een conciërge die niet met naam genoemd wil worden, vertelt …`: someone brought in with their name withheld, any noun.)
  // (`Mfanyabiashara mmoja wa sokoni …`: Swahili sets its "one" after the noun.)
  return (!!words && (isPerson(words[1]) || (/^\p{Ll}/u.test(words[1]!) && isPerson(words[2])))) || /^\s*\p{Lu}\p{Ll}+\s+mmoja(?![\p{L}])/u.test(sentence) || withheldOpening(sentence);
}

function withheldOpening(sentence: string): boolean {
  // (`A senior Republican staffer, granted anonymity to …, was less sure.`: an English indefinite subject the sentence leaves unnamed on purpose.)
  if (/^\s*(?:A|An|One|Another)\s/u.test(sentence) && ANONYMOUS_SOURCE.test(sentence.split(/(?<=[.!?])\s/u)[0]!)) return true;
  return withheldNameIntroduction(sentence.trimStart())?.at === 0;
}

/** `il sindaco Luigi Ferro:` after a cleft's copula: an article-led role of lower-case words, then the name closing the sentence. */
function roleLedNameToEnd(rest: string): SpeakerPhrase | null {
  const found = ROLE_LED_NAME_TO_END().exec(rest);
  const name = found ? cleanName(found[2]!) : '';
  // (`el barrio de Marta Gil`: a name after a preposition is whose the thing is, not the subject.)
  return name.includes(' ') && !/\s(?:de|di|da|do|del|della|dello|dei|degli|delle|dos|das|por|para|per|con|com|a|al|alla|ao)$/u.test(found![1]!) ? person(name, found![1]!) : null;
}
// (The role may hold a portfolio's capitals, `l’assessora ai Lavori pubblici Elena Maffei`, and ends on a lower-case word.)
const ROLE_LED_NAME_TO_END = lazy(() => new RegExp(String.raw`^\s*((?:il|la|lo|l['’]|i|gli|le|el|los|las|o|a|os|as)\s*\p{Ll}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,4}?)(?<=(?:^|\s)\p{Ll}[\p{L}’'-]*)\s+(${NAME_RUN})\s*[,:.]?\s*$`, 'u'));
