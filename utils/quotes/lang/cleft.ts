/**
 * A cleft puts the subject last, after the copula: `A spiegarlo è stata ieri la sindaca X`, `Quien dio la noticia fue X`,
 * `Quem abriu a sessão foi X`, `C’est le maire X qui`, `Fue la alcaldesa X quien`, `Foi o autarca X quem`.
 */
export const CLEFT_SUBJECT = /^\s*(?:Ad?\s+\p{Ll}+(?:are|ere|ire|arl[oaie]|erl[oaie]|irl[oaie]|arne|erne|irne)\s[^.!?:;]*\s(?:è|fu)\s+stat[oa]|(?:Quien|Quienes|Quem)\s[^.!?:;]*\s(?:fue|foi)|(?:C[’']est|Fue|Foi))(?:\s[^.!?:;]*)?\s+$/u;
