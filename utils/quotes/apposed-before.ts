/**
 * The role written before a name and its comma (split from entities.ts): "The General Secretary of the forum, Rev. X,",
 * "the roads minister, Gareth Pryce,", a portfolio list, or another language's articled office ending a longer clause.
 */

import { ROLE_NOUNS, isHonorific, isRoleWord, roleFromAppositive } from './roles';
import { isLeadingNoise } from './names';
import { officeBeforeHonorific } from './honoured-office';
import { portfolioOffice } from './stated-post';
import { articledOffice } from './lang/articled-office';
import { officeBeforeAddress } from './lang/office-before-address';

/** A role group set before a name and a comma, opening its sentence or clause: "The Chairman of the forum, ", "Its executive director, ". */
// ("Its president, junior political science major X": lower-case words describing the name may stand between.)
// (No verb nor function word among them: "…in support, is a Trump delegate" is a clause; "the" may open a style: "The Dean of Wagga, the Very Reverend X".)
const APPOSED_BEFORE = /(?:^|[.!?]\s+|[,;:]\s+|\n\s*)([^,;:.!?"“”\n]{2,90}),\s+(?:(?!(?:is|was|are|were|be|been|has|had|have|a|an|the|and|or|but|who|which|that|to|of|in|on|at|for|with|by|from|as|not|said|says|told|also)\s)\p{Ll}[\p{Ll}-]*(?<!ed|ing)\s+){0,4}(?:the\s+)?$/u;

/** A chamber or a body of one, owning the post before a legislator's name: `the committee’s chairman`, `the panel’s top Democrat`. */
const CHAMBER_POST = /(?:^|\s)(?:(?:sub)?committee|panel|caucus|delegation|conference|Senate|House|Assembly|Council|council)(?:['’]s)?\s/u;

/**
 * "The General Secretary of the forum, Rev. Grace Mensah-Boateng, said", "the roads minister, Gareth Pryce,":
 * the noun phrase before the name is its role. It must read as a noun phrase, not a clause: one article at most
 * and at its start, no verb-like word ("the firm hired a new chief, X" is no role).
 */
export function apposedRole(before: string, runLead: string): string | null {
  // (`Chief (Mrs) X`: the form of address in brackets after a chieftaincy title is no title of its own.)
  const respect = runLead.replace(/\(?\b(?:Mrs|Mr|Ms|Miss|Dr|Prof|Sir|Dame|Lady|Lord)\b\.?\)?\s*/g, '').trim();
  // ("the council's cabinet member for education, Cllr X": a form of office alone before the name leaves the group its role;
  // so does a legislator's before a post in a chamber, `The committee’s chairman, Sen. X,`, not `The bill's sponsor, Sen. X`.)
  const legislator = /^(?:Sen|Rep|Ald)\.?$/.test(respect);
  if (respect && !isHonorific(respect) && !legislator && !/^(?:Cllr|Cr|Councillor|Councilor)\.?$/.test(respect)) return null;
  const group = (portfolioOffice(before) ?? APPOSED_BEFORE.exec(before)?.[1])
    ?.trim()
    .replace(/^(?:But|And|So|Meanwhile|However|Also)\s+/u, '')
    // (`According to the firm's chief executive, X,`: the source's preposition is no part of the office.)
    .replace(/^[Aa]ccording to\s+/u, '')
    .replace(/^(?:Its|His|Her|Their|The|its|his|her|their)\s+/u, 'the ')
    .replace(/^(?:A|An)\s/u, (article) => article.toLowerCase());
  if (legislator && !CHAMBER_POST.test(group ?? '')) return null;
  // (A clause too long for the group may still end in another language's articled office: `… par la conseillère …, X`.)
  // (`Mwenyekiti wa chama cha X, Bw Y Z,`: an office noun of a language with no articles opens the group, lang/office-before-address.ts.)
  // (Only with the form of address right after the comma: `Представитель истца, адвокат X` keeps its own noun; not an English
  // office noun, `Director of the museum, Mr X,`: roleFromAppositive reads that one.)
  const office = group && respect && /,\s*$/u.test(before) && !ROLE_NOUNS.has(group.split(/\s+/u)[0]!.toLowerCase()) ? officeBeforeAddress(group) : null;
  if (office) return office;
  if (!group) return /,\s*$/u.test(before) ? articledOffice(before.replace(/,\s*$/u, '').split(/[,;:.!?"“”\n]/u).at(-1)!) : null;
  const head = group.split(/\s+(?:of|for|at|in|to)\s+/)[0]!.split(/\s+/);
  // ("chief operating officer", "presiding judge": an -ing or -ed word right before the closing role noun qualifies it.)
  const qualifier = (i: number) => i === head.length - 2 && ROLE_NOUNS.has(head.at(-1)!.toLowerCase());
  if (head.length > 6 || head.slice(1).some((word, i) => /^(?:the|a|an|and|or|who|that|which)$/i.test(word) || (/^\p{Ll}+(?:ed|ing)$/u.test(word) && !isRoleWord(word) && !qualifier(i + 1)))) return articledOffice(group);
  // ("Local MP for the area, Hon. X,", "Ceredigion councillor for the ward, Cllr X,": a group opening its sentence is capitalised by its place.)
  const opening = /^\p{Lu}\p{Ll}/u.test(group) && !isLeadingNoise(head[0]!) && head.length <= 3 && ROLE_NOUNS.has(head.at(-1)!.toLowerCase());
  // (`The Sarkin Kasuwa, Alhaji X,`: before an honoured name, the group is the office whatever its noun, honoured-office.ts.)
  return roleFromAppositive(group) ?? (opening ? roleFromAppositive(`the ${group}`) : null) ?? (respect ? officeBeforeHonorific(group) : null);
}

/** Of the people sharing a family name, the one whose known offices include the office an appositive gives. */
