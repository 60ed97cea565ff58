/**
 * Armenian professions by their suffix, for the ones no list holds (`Կենսաբան X Y`, biologist; `Տնտեսագետ X Y`, economist;
 * `Ֆիզիոլոգ X Y`; `Լրագրող X Y`, journalist): -գետ and -բան (one versed in), -լոգ (-ologist), -պետ (chief), -վար (leader,
 * `ղեկավար`), -իստ, -ագործ (maker). Armenian given names end in none of these, so such a word opening a name run is the role.
 */
const ARMENIAN_PROFESSION = /^[\u0561-\u0587]{3,}(?:գետ|բան|լոգ|պետ|վար|իստ|ագործ)$/u;

/** `word` (any capital) is an Armenian profession by its shape. */
export function isArmenianProfession(word: string): boolean {
  return ARMENIAN_PROFESSION.test(word.toLowerCase());
}
