/**
 * The role the words right after a name give, read by their structure in every Latin and Cyrillic language (helper
 * q-roles; table tests/unit/quotes/languages/role-reading.test.ts):
 *   - a relative clause: `X, who works as an engineer at the plant,`, `X, die als Hebamme arbeitet,`, `X, que é
 *     enfermeira,` (the noun after "as" or a copula); `X, que preside a associação,`, `X, der den Verein leitet,`, `X,
 *     who chairs the board,` (a verb of holding an office gives its agent noun: presidente, Leiter, chair of the board);
 *     a clause about anything else (`who lives near the school`, `que perdió su casa`) gives none;
 *   - an apposition whose head no list holds, known by the shape of an agent noun in its language (`X, včelař z Tábora,`,
 *     `X, Leiterin der Chirurgie,`) or by a Turkish genitive and possessive (`X, hastanenin başhekimi,`).
 */

import { isGermanAgentNoun } from './de-roles';
import { isForeignRoleNoun, ROMANCE_AGENT } from './role-nouns';
import { isRoleWord } from '../roles';
import { hungarianApposedRole } from './hungarian-apposed-role';

/** Relative pronouns that open a clause about a person, and whether the pronoun is feminine. */
const RELATIVE = /^,\s+(who|que|quem|quien|qui|che|(?:il|la)\s+quale|der|die|welcher|welche|который|которая|який|яка|který|která|który|która)\s+([^,;:.!?«»„“”"]{2,90})(?=[,;:.!?]|\s*$)/u;
const FEMININE_RELATIVE = /^(?:die|welche|la\s+quale|которая|яка|která|która)$/u;

/** A copula opening the clause, or an "as" word anywhere in it, before the noun saying what the person is. */
const ADVERB = String.raw`(?:(?:also|now|still|auch|aussi|anche|también|também|já|ya|déjà|già|jetzt|teď|teraz|теперь|тепер|зараз|сейчас)\s+)?`;
const ARTICLE = String.raw`((?:(?:a|an|the|un|una|une|um|uma|ein|eine|o|a|la|le|el|il|lo)\s+|l['’])?)`;
const NOUN = String.raw`(\p{L}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)`;
const COPULA_FIRST = new RegExp(String.raw`^(?:is|é|es|est|è|ist|je|jest|є)\s+${ADVERB}${ARTICLE}${NOUN}`, 'u');
const AS_WORD = new RegExp(String.raw`(?:^|\s)(?:(?:works?|serves?)\s+as|as|als|como|comme|come|jako)\s+${ARTICLE}${NOUN}`, 'u');

/** Prepositions, articles and conjunctions that close the noun read after "as" (`an engineer at the plant`). */
const NOUN_STOP = /^(?:at|in|on|of|for|with|since|and|or|an|am|im|in|bei|für|seit|und|oder|en|no|na|nos|nas|em|de|del|da|do|della|di|du|des|à|au|a|al|y|e|et|ed|per|para|pour|desde|depuis|da|в|на|у|з|и|і|v|ve|na|u|w|we|z|i|a|od|from|the|la|le|el|il|o|seit|hier|dort|zu)$/iu;

/** Verbs of holding an office (present tense) and the agent noun each gives, masculine and feminine. */
const OFFICE_VERBS = new Map<string, [string, string]>(Object.entries({
  chairs: ['chair', 'chair'], heads: ['head', 'head'], leads: ['leader', 'leader'], directs: ['director', 'director'],
  manages: ['manager', 'manager'], owns: ['owner', 'owner'], coordinates: ['coordinator', 'coordinator'], coaches: ['coach', 'coach'],
  founded: ['founder', 'founder'], represents: ['representative', 'representative'],
  préside: ['président', 'présidente'], gère: ['gérant', 'gérante'], coordonne: ['coordinateur', 'coordinatrice'],
  anime: ['animateur', 'animatrice'], représente: ['représentant', 'représentante'],
  gestiona: ['gestor', 'gestora'], representa: ['representante', 'representante'],
  encabeza: ['líder', 'líder'], lidera: ['líder', 'líder'], coordena: ['coordenador', 'coordenadora'], comanda: ['comandante', 'comandante'],
  presiede: ['presidente', 'presidente'], gestisce: ['gestore', 'gestrice'], rappresenta: ['rappresentante', 'rappresentante'],
  leitet: ['Leiter', 'Leiterin'], betreibt: ['Betreiber', 'Betreiberin'], koordiniert: ['Koordinator', 'Koordinatorin'], vertritt: ['Vertreter', 'Vertreterin'],
  verwaltet: ['Verwalter', 'Verwalterin'], trainiert: ['Trainer', 'Trainerin'], besitzt: ['Besitzer', 'Besitzerin'],
  возглавляет: ['глава', 'глава'], руководит: ['руководитель', 'руководитель'], управляет: ['управляющий', 'управляющая'], владеет: ['владелец', 'владелица'],
  очолює: ['голова', 'голова'], керує: ['керівник', 'керівниця'], володіє: ['власник', 'власниця'],
  řídí: ['ředitel', 'ředitelka'], vede: ['vedoucí', 'vedoucí'], vlastní: ['majitel', 'majitelka'],
  kieruje: ['kierownik', 'kierowniczka'], przewodniczy: ['przewodniczący', 'przewodnicząca'], zarządza: ['zarządca', 'zarządczyni'],
} as Record<string, [string, string]>));
// (Romance `dirige`, `coordina`, `preside` are one spelling in several languages: the agent noun by the clause's language.)
const ROMANCE_OFFICE_VERBS = new Map<string, Record<string, [string, string]>>(Object.entries({
  dirige: { es: ['director', 'directora'], pt: ['diretor', 'diretora'], it: ['direttore', 'direttrice'], fr: ['directeur', 'directrice'] },
  coordina: { es: ['coordinador', 'coordinadora'], it: ['coordinatore', 'coordinatrice'] },
  preside: { es: ['presidente', 'presidenta'], pt: ['presidente', 'presidente'] },
} as Record<string, Record<string, [string, string]>>));

/** The role a relative clause right after a name gives, or null (`, who lives near the school,` gives none). */
export function roleInRelativeClauseAfter(after: string): string | null {
  const clause = RELATIVE.exec(after);
  if (!clause) return null;
  // (`who chairs the party and who, like many, backed the governor`: a clause running on into another says more than a role.)
  if (/\s(?:and|or|y|e|et|und|oder|и|і|a|i)$/u.test(clause[2]!.trim()) || after.slice(clause[0].length).startsWith(', like')) return null;
  const feminine = FEMININE_RELATIVE.test(clause[1]!);
  const words = clause[2]!.trim();
  for (const [found, named] of [[COPULA_FIRST.exec(words), false], [AS_WORD.exec(words), true]] as const) {
    const noun = found ? nounPhrase(found[2]!) : null;
    const head = noun?.split(/\s+/u)[0] ?? '';
    // (`who is 54`, `who is retired`: an age or an adjective is no role; after an article any noun is one, and after
    // German `als` any noun with its capital.)
    if (noun && (found![1] || isPersonNoun(head) || (named && /^\p{Lu}\p{Ll}/u.test(head)))) return noun;
  }
  for (const word of words.split(/\s+/u)) {
    const forms = ROMANCE_OFFICE_VERBS.get(word)?.[languageOf(clause[1]!, words)] ?? OFFICE_VERBS.get(word);
    if (!forms) continue;
    const agent = forms[feminine ? 1 : 0];
    // (English keeps what the office is over: `who chairs the school board` -> chair of the school board.)
    const object = /^(?:chairs|heads|leads|directs|manages|coaches)\s+((?:the|a|an)\s+[^,;:.]{2,50})$/u.exec(words)?.[1];
    return object ? `${agent} of ${object}` : agent;
  }
  return null;
}

function nounPhrase(words: string): string | null {
  const [first, second] = words.split(/\s+/u);
  if (!first || NOUN_STOP.test(first) || /\d/u.test(first)) return null;
  return second && !NOUN_STOP.test(second) && /^\p{Ll}/u.test(second) && isPersonNoun(second) ? `${first} ${second}` : first;
}

/** The Romance language of a relative clause: its pronoun (`qui`, `che`), else Spanish or Portuguese articles. */
function languageOf(relative: string, words: string): string {
  if (relative === 'qui') return 'fr';
  if (relative === 'che' || /quale$/u.test(relative)) return 'it';
  return /(?:^|\s)(?:el|la|los|las|del|al|un|una)\s/u.test(words) ? 'es' : /(?:^|\s)(?:o|a|os|as|do|da|dos|das|um|uma)\s/u.test(words) ? 'pt' : 'es';
}

/**
 * A noun for a person by its shape, in the languages whose agent nouns have regular endings: English `-er`, `-or`,
 * `-ist`, `-ian`, `-man`; Romance `-tore`, `-ista`, `-ante`…; German capitalised `-er`, `-in`; Czech `-ař`, `-ník`, `-tel`;
 * Polish `-arz`, `-nik`, `-ca`; Russian and Ukrainian `-ник`, `-щик`, `-тель`; Turkish `-cı`. Read only where a role is
 * expected (after a name and a comma, after "as"), never to cut a name.
 */
export function isPersonNoun(word: string): boolean {
  const plain = word.replace(/[.,;:]+$/u, '');
  // (`X, durante la riunione`: Romance words of an agent's shape that are prepositions or things.)
  if (ROMANCE_NO_PERSON.test(plain)) return false;
  if (isRoleWord(plain) || isForeignRoleNoun(plain) || ROMANCE_AGENT.test(plain) || isGermanAgentNoun(plain)) return true;
  return /^\p{Ll}{3,}(?:keeper|owner|maker|worker|seller|operator|er|or|ist|ian|man|woman|ee|ant|ent)$/u.test(plain) && !NOT_PERSON.test(plain)
    || /^\p{Ll}{3,}(?:ař|ář|ník|nice|telka|tel|ařka|ářka|arz|arka|ak|ák|ač|áč|nik|niczka|ista|istka|ca|ник|ниця|ница|щик|щиця|чик|тель|телька|ист|истка|іст|істка|cı|ci|cu|cü|çı|çi|çu|çü)$/u.test(plain);
}
/** Romance prepositions, adverbs and things ending like an agent noun (`-ante`, `-ente`, `-ero`). */
const ROMANCE_NO_PERSON = /^(?:durante|mediante|ambiente|presente|seguente|siguiente|corrente|corriente|gente|mente|intero|intera|entero|entera|volante|frente|diferente|différente)$/u;
/** Words of those shapes that are no people: times, places, things. */
const NOT_PERSON = /^(?:after|other|over|under|never|ever|however|whether|together|either|neither|rather|further|later|water|letter|number|matter|order|power|paper|member?s|center|centre|corner|border|sector|motor|door|floor|floor|error|event|moment|percent|government|department|parent|content|event|agent|amount|element|plant|giant|restaurant|instant|ocean|median|italian|canadian)$/u;

/** A German noun of an agent's shape, however short, before an article. */
const GERMAN_APPOSED = /^\p{Lu}\p{Ll}{2,}(?:er|erin|in|eur|ist|istin|ent|entin|ant|antin|or|orin)$/u;

/** A Romance or English relative clause after an apposed role (`… que cria cabras na serra`, `… who keeps the books`). */
export const RELATIVE_TAIL = /\s+(?:que|qui|che|quien|quem|onde|où|dove|donde|who|which)\s.*$/u;

/** A Turkish apposition: a genitive and a possessive noun (`hastanenin başhekimi`, `derneğin başkanı`). */
const TURKISH_OWNED = /^,\s+(\p{Ll}+(?:nın|nin|nun|nün|ın|in|un|ün)\s+\p{Ll}+(?:sı|si|su|sü|ı|i|u|ü))\s*,/u;

/**
 * `X, včelař z Tábora,`, `X, Leiterin der Chirurgie,`, `X, hastanenin başhekimi,`: the group between commas after a
 * name is its role when its head has a person noun's shape (a German noun with its capital, before an article).
 */
export function appositionByShape(after: string): string | null {
  const turkish = TURKISH_OWNED.exec(after)?.[1];
  if (turkish) return turkish;
  // (`X, produtora de mel de Atibaia que cria abelhas…`: a relative clause closing the group is no part of the role.)
  const group = /^,\s+([^,;:.!?«»„“”"()]{2,80}?)\s*(?:,|\.(?:\s|$)|$)/u.exec(after)?.[1]?.replace(RELATIVE_TAIL, '');
  if (!group) return null;
  const [head, next] = group.split(/\s+/u);
  if (!head) return null;
  // (`Anna Roth, Leiterin der Chirurgie,`: a German noun keeps its capital, an article follows it.)
  // (After a name and its comma a short agent noun is no surname: `Leiterin`, `Pfarrer`, `Direktor`.)
  if (/^\p{Lu}/u.test(head)) return (isGermanAgentNoun(head) || GERMAN_APPOSED.test(head)) && !!next && /^(?:der|des|im|am|vom|beim|für|bei|von)$/u.test(next) ? group : null;
  // (`X et sa compagne, Y, tiennent la boulangerie`: a lower-case word right before an article is a verb and its object,
  // and so is a French plural verb by its ending, `tiennent depuis 2016 …`.)
  if ((next && /^(?:la|le|les|un|une|des|el|los|las|il|lo|gli|os|as|the|an?)$/u.test(next)) || /^\p{Ll}+(?:nnent|aient|issent|oient)$/u.test(head)) return null;
  return isPersonNoun(head) ? group : null;
}

/** `said beekeeper Tom Hale.`: the one lower-case word before a name, after a verb or article, when it has a person noun's shape. */
export function personNounJustBefore(lead: string): string | null {
  const found = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+(\p{Ll}[\p{Ll}-]{3,})\s+$/u.exec(lead);
  return found && !NOUN_STOP.test(found[2]!) && isPersonNoun(found[2]!) ? found[2]! : null;
}

/**
 * The role the quote's own tag gives after the name or just before it (`said Kevin Moss, who heads the union.`, `said
 * beekeeper Tom Hale.`, `Parola di X, amministratrice delegata del pastificio.`), when the cue read none: never the
 * tag's verb (`fortæller Bent Hansen`).
 */
export function roleInOwnTag(text: string, name: string, at: number): string | null {
  const after = text.slice(at + name.length, at + name.length + 100);
  const lead = text.slice(Math.max(0, at - 60), at);
  // (`– mondta X, a Y Gimnázium igazgatója.`: the Hungarian office after the name in the quote's own tag, hungarian-apposed-role.ts.)
  return roleInRelativeClauseAfter(after) ?? appositionByShape(after) ?? hungarianApposedRole(after) ?? (/^[.!?]?(?:\s|$)/u.test(after) ? personNounJustBefore(lead) : null);
}

/** Hebrew and Arabic words of time that take the article (`השבוע`, `الخميس`): no occupation. */
const DEFINITE_TIME = /^(?:[וו]?ה(?:שבוע|שנה|חודש|לילה|יום|בוקר|ערב|צהריים)|[وف]?ال(?:يوم|أسبوع|اسبوع|شهر|عام|سنة|ليلة|صباح|مساء|أحد|اثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت|ماضي|ماضية))$/u;

/** Arabic forms of address that take the article (`الحاج`, `السيدة`, `الدكتور`): no occupation. */
const DEFINITE_ADDRESS = /^[وف]?ال(?:سيد|سيدة|حاج|حاجة|حاجّة|شيخ|شيخة|دكتور|دكتورة|أستاذ|أستاذة|أخ|أخت|عم|خالة|كابتن)$/u;

/**
 * `הכוורן יוסי לוי`, `النحال سعيد منصور`: in scripts without capitals, the definite noun right before a name (article +
 * noun + name, as `the beekeeper X`) is the person's occupation, whatever the noun; never a word of time or a form of
 * address (`الحاجة`).
 */
export function definiteNounJustBefore(lead: string): string | null {
  const word = /(?:^|\s)((?:ה|ال|وال|فال)\p{L}{3,})\s+$/u.exec(lead)?.[1];
  // (Hebrew verbs open with ה too, `הייתה`, `הודיע`: there the noun must open the sentence.)
  if (!word || DEFINITE_TIME.test(word) || DEFINITE_ADDRESS.test(word) || (word.startsWith('ה') && lead.trim() !== word)) return null;
  return word.replace(/^[وف](?=ال)/u, '');
}
