/**
 * A role's list of portfolios written with commas before the name (`l’échevine de l’Enseignement, de la Petite
 * enfance et des Affaires sociales, X`, `l’assessora all’istruzione, ai servizi educativi e alle politiche giovanili,
 * X`, `la consejera de Salud, de Familia y de Igualdad, X`): a comma group opening with a preposition after a
 * role-led group continues that role, so the group after it is the person and not a second role or a body.
 */

/** A preposition, alone or fused with its article, opening a portfolio (French, Spanish, Italian, Portuguese, German). */
const PORTFOLIO_OPENING = /^(?:de|du|des|d['’]|à|au|aux|del|de\s+la|de\s+los|de\s+las|di|della|dello|dei|degli|delle|dell['’]|al|alla|allo|ai|agli|alle|all['’]|do|da|dos|das|ao|aos|às|für|zur|zum)(?:(?<=['’])\p{L}|\s+\S)/iu;

/** The comma groups of a speaker phrase with each portfolio group joined to the role-led group before it. */
export function joinPortfolios(groups: string[], roleLed: (group: string) => boolean, isName: (group: string) => boolean): string[] {
  const joined: string[] = [];
  for (const [i, group] of groups.entries()) {
    const previous = joined.at(-1);
    // Only between a role and a name: `le maire, de bonne humeur,` with no name after stays two groups; nor after a group
    // that already ends in a name, nor an age (`a professora X Y, de 61 anos, moradora de …`).
    const namedAlready = previous !== undefined && /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(previous);
    const portfolio = previous !== undefined && !namedAlready && PORTFOLIO_OPENING.test(group) && !/\d/u.test(group) && roleLed(joined[0]!) && groups.slice(i + 1).some(isName);
    if (portfolio) joined[joined.length - 1] = `${previous}, ${group}`;
    else joined.push(group);
  }
  return joined;
}
