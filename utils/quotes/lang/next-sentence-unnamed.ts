/**
 * A quote opening its paragraph as a sentence of its own, then a sentence that brings in someone unnamed as the one who
 * said it: `"…" A pensioner at the bus stop, who asked not to be named, said …`, `"…" That was how one father put
 * it.`, `„…“ Mit diesen Worten schilderte eine Pendlerin …`, `„…” Nii kirjeldas üks müüja, kes palus oma nime mitte
 * avaldada, …`, `«…». Так пояснила вахтерша, яка попросила не вказувати її прізвища.` The quote is that person's, a
 * description, never the person quoted before. Read when no cue beside the quote names anyone (attribute.ts), and only
 * in the quote's own paragraph: a quote after a sentence of its paragraph goes on that sentence's speaker.
 */

import type { SpeakerPhrase } from '../cues';
import { INDEFINITE, withheldNameIntroduction } from '../anonymity-clause';
import { introductionIn } from '../unnamed-introduction';
import { isUnnamedOnPurpose } from './anonymous';
import { lazy } from './shared';
import { sentenceAfterQuote } from './sentence-after';
import { WORDS_OWNED_NORDIC } from './words-owned-after';

/**
 * A sentence opening that points back at the quote (`thus`, `with these words`, `that was how`, `it is the complaint of`), in
 * the languages read with capitals and in Cyrillic, Hebrew and Arabic; the subject comes after it.
 */
/** "That is what X says": `Det säger X`, `Det siger X`, `Dat zegt X`, Greek `Αυτό λέει ο X`, where the one who says it may be named first here. */
// (And the Dutch cleft "the one who says that is X": `Wie dat zegt, is X`.)
// (German writes the same cleft `Der das sagt, ist X` — two capitals after it, a noun alone being no name: `ist seit Jahren Fischer`; Norwegian and Danish "that tells X": `Det forteller X (34)`.)
// (`Sådan lyder det fra X`, `Så låter det från X`, `Zo klinkt het bij X`: "so it sounds from X", the same; German `Das versicherte X`.)
// (And the Romance clefts `Quem o diz é X`, `Quien lo dice es X`, `Ces mots sont ceux du député, X`, and the words' owner:
// `La charge vient de X`, `La denuncia pertenece al concejal X`, `A frase é de X`, `La stoccata arriva da X`.)
// (`La phrase est de X`, `O relato é da professora X`, `Ces mots sont de X`: the words, or the account, "are X's".)
const WORDS_OWNED = String.raw`(?:(?:La|Le|L['’]|El|A|O|Il)\s*(?:charge|critique|phrase|remarque|plainte|réponse|formule|denuncia|frase|crítica|queja|advertencia|respuesta|afirmación|reclamo|denúncia|queixa|advertência|resposta|afirmação|desabafo|critica|accusa|risposta|affermazione|sfogo|stoccata|relato|récit|témoignage|testimonio|testemunho|testimonianza|racconto)\s+(?:vient|provient|émane|pertenece|corresponde|viene|pertence|vem|arriva|è|é|es|est)|(?:Ces|Les|Estas|Esas|Las|Essas|Estas|As|Queste|Le)\s+(?:mots|paroles|propos|palabras|palavras|parole|frases)\s+(?:sont|son|são|sono))\s+(?:de\s+la|de|du|des|d['’]|al|a|à|ao|del|do|da|di|della|dello|dal|dalla)`;
// (`Sono le prime parole di X, 19 anni`, `Son las palabras de X`, `Ce sont les premiers mots de X`: "these are the (first) words of".)
export const WORDS_OF = String.raw`Sono\s+le\s+(?:\p{Ll}+\s+)?parole\s+(?:di|del|della|dello|dell['’])|Son\s+las\s+(?:\p{Ll}+\s+)?palabras\s+(?:de|del)|Ce\s+sont\s+les\s+(?:\p{Ll}+\s+)?(?:mots|paroles)\s+(?:de|du|d['’])|São\s+as\s+(?:\p{Ll}+\s+)?palavras\s+(?:de|do|da)|Das\s+sind\s+die\s+(?:\p{Ll}+\s+)?Worte\s+(?:von|des|der)|Dat\s+zijn\s+de\s+(?:\p{Ll}+\s+)?woorden\s+van`;
// (`È lo sfogo di X, titolare …`, `Es el lamento de X`: "it is the outburst of X", named here for the first time too.)
// (`Le diagnostic est signé X`, `La formule est signée X`: "the verdict is signed X".)
// (Greek `Αυτό επεσήμανε ο X`, `Αυτά δήλωσε η X`, `Τα παραπάνω ανέφερε ο X`: "this" or "the above" as the object of a verb of
// saying, past or present, with the augmented past spellings `επεσήμανε`, `υπεγράμμισε` too.)
const GREEK_THIS_SAID = String.raw`(?:Αυτό|Αυτά|Τα\s+παραπάνω)\s+(?:λέει|υποστηρίζει|δηλώνει|τονίζει|εξηγεί|σημειώνει|είπε|δήλωσε|επεσήμανε|επισήμανε|επισημαίνει|ανέφερε|αναφέρει|τόνισε|εξήγησε|σημείωσε|υποστήριξε|υπογράμμισε|υπεγράμμισε|υπογραμμίζει|σχολίασε|σχολιάζει|πρόσθεσε|προσθέτει|ξεκαθάρισε|απάντησε|έγραψε|γράφει|δήλωσαν|λένε)`;
export const SAYS_IT = String.raw`${WORDS_OWNED}|${WORDS_OF}|${WORDS_OWNED_NORDIC}|(?:Le|La|L['’])\s*(?:constat|diagnostic|phrase|formule|réponse|message|témoignage|bilan|verdict)\s+est\s+signée?|(?:Es|È|É)\s+(?:el|lo|il|o|la|a)\s+(?:testimonio|lamento|relato|sfogo|desabafo|testemunho|racconto|grito|grido|commento|comentario|comentário|denuncia|denúncia)\s+d[ei]|Quem\s+(?:fala|o\s+(?:diz|afirma))\s+é|Quien\s+(?:habla|lo\s+(?:dice|afirma))\s+es|Chi\s+parla\s+è|Qui\s+parle,?\s+c['’]est|Ces\s+(?:mots|propos|paroles)\s+sont\s+ceux\s+d(?:e\s+la|es|e|u|['’])|(?:Sådan|Slik|Så)\s+(?:lyder|låter)\s+det\s+(?:fra|från)|Zo\s+klinkt\s+het\s+(?:bij|van)|Det\s+(?:säger|sa|sade|sier|seier|siger|sagde|forteller|fortalte|fortæller|fortalde|berättar|berättade)|Das\s+(?:sagt|sagte|versichert|versicherte|betont|betonte|erklärt|erklärte|meint|meinte|verspricht|versprach|berichtet|berichtete|erzählt|erzählte|bestätigt|bestätigte|fordert|forderte|kritisiert|kritisierte|befürchtet|befürchtete|hofft|hoffte)|Dat\s+(?:zegt|zei|belooft|beloofde|vertelt|vertelde|bevestigt|bevestigde)|Wie\s+dat\s+(?:zegt|zei),?\s+is|(?:Der|Die)\s+(?:das|dies)\s+(?:sagt|sagte|erzählt|erzählte),?\s+(?:ist|war)(?=\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu})|Þetta\s+(?:segir|sagði|segja|sögðu|útskýrir|útskýrði)|${GREEK_THIS_SAID}`;

export const POINTS_BACK = lazy(() => new RegExp(
  '^(?:' +
    [
      String.raw`That(?:\s+(?:was|is)|['’]s)\s+(?:how|what|the\s+(?:account|verdict|view|complaint|reaction|response|reply|answer|word|message)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\s+)?(?:of|from))|(?:Those|These)\s+(?:were|are)\s+the\s+words\s+of|So\s+(?:said|says)|Such\s+was`,
      // (`That warning came from X, a researcher …`, `The words came from attorney X`: what the words were, then who gave them;
      // one adjective may qualify them and a figure be what was said, `That sobering estimate came from X`.)
      String.raw`(?:That|The|This|Those|These)\s+(?:\p{Ll}+\s+)?(?:warning|message|assessment|verdict|plea|advice|prediction|criticism|complaint|reaction|response|reply|answer|words|remarks?|comments?|line|quote|figures?|estimates?|forecast|statistic|numbers?|projection|calculation)\s+came\s+from`,
      // (`The figures were shared by Superintendent of Police X at a briefing`: the words' facts, given by someone.)
      String.raw`(?:The|These|Those)\s+(?:figures|remarks|comments|details|numbers)\s+were\s+(?:shared|made|given|offered|released|provided)\s+by`,
      // (Scottish Gaelic `Sin a thuirt X, <role>`: "that is what X said", the verb after its relative particle, lang/gd.ts.)
      String.raw`Sin\s+(?:a|na)\s+thuirt|Mit\s+diesen\s+Worten|So\s+(?:sagt|sagte|schildert|schilderte|beschreibt|beschrieb|erklärt|erklärte|fasst|fasste|sieht|sah)`,
      // (`Das sagt X`, `Das meint X` are SAYS_IT's, with the other German verbs after `Das`.)
      // (`C'est ce qu'a confirmé X`: "that is what X confirmed"; `É assim que o mestre X … explica`: "that is how".)
      // (`C'est l'engagement pris par X`, `C'est le message lancé par X`: what the quote was, then by whom.)
      // (`C'est par ces mots que X a ouvert sa plaidoirie`: "it is with these words that", the cleft of `Par ces mots, X …`.)
      String.raw`C['’]est\s+(?:l['’]engagement|le\s+message|l['’]avertissement|la\s+promesse|le\s+constat|le\s+cri\s+d['’]alarme)\s+(?:pris|lancé|livré|dressé|fait)e?\s+par|C['’]est\s+(?:ainsi|en\s+ces\s+termes|(?:par|avec|sur)\s+ces\s+(?:mots|paroles|propos|phrases?))\s+que?|(?:É|Foi)\s+assim\s+que|Es\s+así\s+como|Así\s+es\s+como|È\s+così\s+che|C['’]est\s+ce\s+qu['’](?:a|avait)|Ainsi|Tels?\s+(?:sont|furent)\s+les\s+mots\s+d['’e]`,
      // (Spanish writes the quote's pronoun before the verb: `Así lo aseguró X`.)
      // (Catalan writes `ho` so: `Ho reconeix X`.)
      // (`Lo pregunta X`, `Lo dice X`, `Lo racconta X`: the clitic alone, the verb right after it, then who.)
      String.raw`Lo\s+(?:dice|dijo|pregunta|preguntó|asegura|aseguró|explica|explicó|afirma|afirmó|resume|resumió|cuenta|contó|reconoce|reconoció|lamenta|lamentó|advierte|advirtió|spiega|chiede|racconta|ammette|ha\s+(?:detto|spiegato|raccontato|ammesso))|Ho\s+(?:diu|deia|va\s+dir|explica|reconeix|assegura|admet|lamenta|afirma|resumeix|recorda|adverteix|explicava)|Así(?:\s+(?:lo|la|los|las))?|Assim|Così|Con\s+(?:estas|esas)\s+palabras|Com\s+(?:estas|essas)\s+palavras|Con\s+(?:queste|quelle)\s+parole`,
      // (`Parole di X, presidente …`, `Palabras de X`: "words of", the quote's owner named after them.)
      String.raw`Parole\s+(?:di|del|della|dello|dell['’])|Palabras\s+(?:de|del)|Paroles\s+(?:de|du|d['’])|Palavras\s+(?:de|do|da)`,
      // (`La promessa è della sindaca X`, `A promessa é do próprio X`, `La respuesta es del alcalde`: "the promise is X's".)
      String.raw`(?:La|A|El|Le|Il|O)\s+(?:promessa|promesa|promesse|garanzia|garantia|garantía|risposta|resposta|respuesta|réponse|avvertimento|advertencia|aviso|appello|apelo|llamado)\s+(?:è|é|es|est)\s+(?:del|della|dello|dell['’]|de\s+la|de\s+los|do|da|de|du|des)`,
      // (Indonesian `Begitu pengakuan X (34), …`, `Demikian penuturan X`: "so went X's admission/account", the noun for the words.)
      String.raw`(?:Begitu|Demikian)(?:lah)?\s+(?:pengakuan|penuturan|keterangan|cerita|kesaksian|keluhan|harapan|penjelasan|ungkapan|komentar|tanggapan|jawaban|pendapat)`,
      String.raw`${SAYS_IT}|Ovako|Tako|Tak|Taip|Tā|Ezt|Demikian|Ovim\s+re(?:č|ijeć)ima|Takto|Tymi\s+słowy|Těmito\s+slovy|Așa|Astfel|Cu\s+aceste\s+cuvinte|Nii|Nõnda|Nende\s+sõnadega|Sådan|Med\s+(?:de|disse)\s+ord|Så\s+(?:siger|sagde|sier|sa|säger|sade)`,
      String.raw`Това|Так|Тако|Овако|Овим\s+речима|Такими\s+словами|Этими\s+словами|Цими\s+словами|כך|במילים\s+(?:אלה|האלה)|و?(?:بهذه|بتلك)\s+(?:الكلمات|العبارة|العبارات|الكلمة)|و?هكذا`,
    ].join('|') +
    String.raw`)(?![\p{L}])[\s,]*`,
  'u',
));

/** Relative words that end a description (`one commuter who …`, `jedan vozač koji …`). */
const RELATIVE_WORD = /^(?:who|that|which|der|die|dessen|deren|qui|que|che|cui|koji|koja|koje|kes|som|der|care|który|która|který|která|yang)$/iu;

/**
 * The indefinite description in `words` (`ein Landwirt`, `one commuter`, `أحد سكان الحي`): the article or "one" and
 * up to four words, to a comma or a relative word; or null. (Not `o`: Portuguese writes its definite article so.)
 */
function indefiniteDescription(words: string): string | null {
  const tokens = words.split(/\s+/u);
  const start = tokens.findIndex((token) => token !== 'o' && (INDEFINITE.test(token) || /^(?:um|uma|unos|unas|أحد|إحدى)$/iu.test(token)));
  if (start < 0) return null;
  const phrase: string[] = [];
  for (const token of tokens.slice(start, start + 5)) {
    if (phrase.length > 0 && RELATIVE_WORD.test(token)) break;
    phrase.push(token.replace(/[,،;:.]+$/u, ''));
    if (/[,،;:.]$/u.test(token)) break;
  }
  return phrase.length > 1 ? phrase.join(' ').replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()) : null;
}

function unnamed(phrase: string): SpeakerPhrase {
  return { phrase: phrase.trim().replace(/[.,،]+$/u, ''), kind: 'description', pronoun: false, unnamed: true };
}

export function unnamedInNextSentence(text: string, quoteStart: number, quoteEnd: number): SpeakerPhrase | null {
  const lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  if (!/^[\s«"“„'‘‚»—–-]*$/u.test(text.slice(lineStart, quoteStart))) return null;
  const sentence = sentenceAfterQuote(text, quoteEnd, false);
  if (!sentence) return pointedBackNextParagraph(text, quoteEnd);
  const frame = POINTS_BACK().exec(sentence);
  const rest = frame ? sentence.slice(frame[0].length) : sentence;
  const indefinite = frame ? indefiniteDescription(rest) : null;
  const introduced = indefinite ? null : introductionIn(sentence);
  const withheld = withheldNameIntroduction(rest);
  const onPurpose = withheld !== null || isUnnamedOnPurpose(sentence);
  if (!indefinite && !introduced && !onPurpose) return null;
  if (indefinite) return unnamed(indefinite);
  // (Past an article, a capital is German's noun; elsewhere a capital past the first word is a name: no one unnamed.)
  const found = (frame ? subjectAfterVerb(rest) : introduced?.phrase) ?? withheld?.phrase ?? indefiniteDescription(rest);
  return found && !/\s\p{Lu}/u.test(found) ? unnamed(found) : null;
}

/**
 * After `thus` the verb comes first, then its subject: `Так пояснила продавчиня з ринку, яка …`, `כך סיפרה אחות במחלקה,
 * ש…`; the subject is the words after the verb, to the comma (at most four). Latin-script objects may stand between
 * (`Nii kirjeldas olukorda üks …`): those read by their indefinite article first.
 */
function subjectAfterVerb(rest: string): string | null {
  const words = rest.split(/[,،]/u)[0]!.trim().split(/\s+/u).slice(1, 5);
  return words.length > 0 ? words.join(' ') : null;
}

/** A place after the person's noun: `van de Havenkade`, `från Slite`, `aus dem Dorf`. */
const PLACE_AFTER = /\s(?:van|uit|från|på|i|aus|von|vom|de|du|of|from|at|in)\s.*$/u;

/** A quote that closes its paragraph: only closing marks and a stop after it. */
const CLOSES_PARAGRAPH = /^[\s»"”’'.!?…]*\n/u;

/**
 * A quote standing as a paragraph of its own, then a paragraph opening by pointing back at it with someone unnamed:
 * `‘…’` / `Dat zegt een buurvrouw die …`, `– …` / `Det säger en granne som …`. Across the paragraph break only the
 * pointing-back opening and an indefinite subject count (a bare `Een buurvrouw …` may start a new matter).
 */
function pointedBackNextParagraph(text: string, quoteEnd: number): SpeakerPhrase | null {
  if (!CLOSES_PARAGRAPH.test(text.slice(quoteEnd, quoteEnd + 12))) return null;
  const sentence = sentenceAfterQuote(text, quoteEnd, true);
  const frame = sentence ? POINTS_BACK().exec(sentence) : null;
  // (`een bewoonster van de Havenkade`: where the person lives is no part of the description, and no name.)
  const indefinite = frame ? (indefiniteDescription(sentence!.slice(frame[0].length))?.replace(PLACE_AFTER, '') ?? null) : null;
  return indefinite && /\s/u.test(indefinite) && !/\s\p{Lu}/u.test(indefinite) ? unnamed(indefinite) : null;
}
