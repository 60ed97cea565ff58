/**
 * "Lee's cousin, Rosa Lima, is the superintendent of the Hill district": a role the sentence states after "is the", so a
 * later "the superintendent" stands for her. Only for a run that is the sentence's subject: one opening it, or after a
 * short head set off by a comma (`Lee's cousin, `); `X, who sued Y, is the candidate's first backer` owns, no role.
 */

import { roleFromAppositive, ROLE_NOUNS } from './roles';
import { asRole } from './as-role';

const IS_THE = /^(?:,[^,.;"“]{1,80},|,)?\s+(?:is|was)\s+(the\s+[^,.;"“]{3,60}?)(?=[,.;]|\s+(?:and|who|since|but)\s)/u;

/** `after`: the text right after the name's run; `sentenceLead`: its sentence up to the run. */
export function copularRole(after: string, sentenceLead: string): string | null {
  const taken = postTaken(after, sentenceLead);
  if (taken) return taken;
  const relative = relativeClauseRole(after);
  if (relative) return relative;
  // (`X przepracował … lat. Dziś, jako emeryt, przychodzi …`: a West Slavic aside "as a …", as-role.ts.)
  const aside = asRole(after, sentenceLead);
  if (aside) return aside;
  const stated = IS_THE.exec(after)?.[1];
  if (!stated || /[’']s\b/u.test(stated) || (sentenceLead.trim() && !/^[^,]{1,40},\s*$/u.test(sentenceLead))) return null;
  return roleFromAppositive(stated);
}

/**
 * `X, 52, a former nurse and school board member, was sworn in as Hartley's first mayor in January`: the office the
 * subject took (`sworn in as`, `elected`, `became`) is her post now, whatever the appositive says she was; its last word
 * must be an office noun (`was elected in a landslide` states none).
 */
const TOOK_POST = /^(?:(?:,[^,.;"“”]{1,80})*,)?\s+(?:was\s+(?:sworn\s+in\s+as|elected(?:\s+as)?|appointed(?:\s+as)?|named(?:\s+as)?)|became)\s+([^,.;"“”]{2,60}?)(?=[,.;]|\s+(?:and|in|on|after|since|last|this|when|by|with|who)\s)/u;

function postTaken(after: string, sentenceLead: string): string | null {
  const phrase = TOOK_POST.exec(after)?.[1];
  if (!phrase || sentenceLead.trim()) return null;
  const office = phrase.split(/\s+/u).at(-1)!.toLowerCase();
  return ROLE_NOUNS.has(office) ? office : null;
}

/**
 * `said X, who is the county's chief engineer`, `X, who was the paper's night editor until 2015 and now teaches …`: a
 * relative clause right after the name stating what the person is (or was: then a former one) gives the role wherever
 * the name stands; `X, who was the first to arrive` states no role noun (roleFromAppositive).
 */
const WHO_IS = /^,\s+who\s+(is|was|had\s+been|has\s+been)\s+((?:the|a|an)\s+[^,.;"“”]{3,60}?)(?=[,.;]|\s+(?:and|who|since|until|till|before|but|when|for|from)\s)/u;

function relativeClauseRole(after: string): string | null {
  const match = WHO_IS.exec(after);
  if (!match) return null;
  const role = roleFromAppositive(match[2]!);
  if (!role) return null;
  const past = /^(?:was|had\s+been)$/u.test(match[1]!);
  return past && !/^(?:former|retired|ex-|onetime|then)/iu.test(role) ? `former ${role}` : role;
}
