/**
 * "Lee's cousin, Rosa Lima, is the superintendent of the Hill district": a role the sentence states after "is the", so a
 * later "the superintendent" stands for her. Only for a run that is the sentence's subject: one opening it, or after a
 * short head set off by a comma (`Lee's cousin, `); `X, who sued Y, is the candidate's first backer` owns, no role.
 */

import { roleFromAppositive } from './roles';

const IS_THE = /^(?:,[^,.;"“]{1,80},|,)?\s+(?:is|was)\s+(the\s+[^,.;"“]{3,60}?)(?=[,.;]|\s+(?:and|who|since|but)\s)/u;

/** `after`: the text right after the name's run; `sentenceLead`: its sentence up to the run. */
export function copularRole(after: string, sentenceLead: string): string | null {
  const stated = IS_THE.exec(after)?.[1];
  if (!stated || /[’']s\b/u.test(stated) || (sentenceLead.trim() && !/^[^,]{1,40},\s*$/u.test(sentenceLead))) return null;
  return roleFromAppositive(stated);
}
