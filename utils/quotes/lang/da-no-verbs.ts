/**
 * Danish and Norwegian verbs of saying, read by da-no.ts's tags (`– …, siger X`) and kept apart so that English's
 * person-noun shapes (roles.ts: `-er` as in "farmer") never take `siger` or `mener` for a role.
 */
export const DANISH_NORWEGIAN_SAYING = (
  'siger sagde sier sa fortæller fortalte forteller skriver skrev forklarer forklarte forklarede mener synes svarer ' +
  'svarte svarede understreger understreket understregede tilføjer tilføjede legger lægger erkender innrømmer ' +
  // Nynorsk: `– …, seier ho.`, `fortel X`, `meiner X`.
  'seier fortel fortalde meiner svarar svara forklarar understrekar vedgår'
).split(' ');
