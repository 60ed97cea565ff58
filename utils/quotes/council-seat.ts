/**
 * Whether a councillor's title on the name (`Cr O'Dwyer said`) is the seat under an office learned before, `Mayor Tamsin
 * O'Dwyer`: Australian, New Zealand and British mayors and council leaders sit as councillors, and papers write the
 * seat's title on later mentions; the office says more.
 */
export function councilSeatOf(title: string, role: string): boolean {
  return /^(?:Cr|Cllr|Councillor|Councilor)\.?$/u.test(title) && /(?:^|\s)(?:mayor|leader|chair(?:man|woman|person)?|cathaoirleach)(?:\s|$)/iu.test(role);
}
