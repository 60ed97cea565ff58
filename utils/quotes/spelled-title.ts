/**
 * A contracted title written with the name and no stop (`Cllr`, `Cr`, `Supt`, `Insp`) says less than a description of the
 * same person that spells it out: `Cllr Peadar X (SF) said …` … `“…,” the Sinn Féin councillor said` gives the quote
 * the role "Sinn Féin councillor". The description must hold a word the title shortens (its letters in order, from the
 * first) and qualify it: `Cllr` … `the club's coach said` or `the councillor said` keeps `Cllr`.
 */
export function spelledOutTitle(role: string | null, descriptionRole: string | null): string | null {
  // (`the councillor said` only spells the title out and says nothing more: `Cllr` stays as written.)
  if (!role || !descriptionRole || !CONTRACTED_TITLE.test(role) || !/\s/u.test(descriptionRole.trim())) return role;
  const short = role.toLowerCase();
  const inOrder = new RegExp(`^${[...short].join('\\p{L}*')}`, 'u');
  return descriptionRole.split(/\s+/u).some((word) => word.length > short.length + 2 && inOrder.test(word.toLowerCase())) ? descriptionRole : role;
}

/** One capitalised word of two to five letters, no stop: the British and Irish contraction of an office. */
const CONTRACTED_TITLE = /^\p{Lu}\p{Ll}{1,4}$/u;
