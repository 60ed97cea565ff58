/**
 * The small words and letters of the languages read since their batch (nl, pl, sv, da/no, ro, cs, id, cy, ga, mt, af, sq):
 * a frame longer than a bare name and verb is tested on their cues only when it holds one (lang/index.ts).
 * (Dutch also by its pronouns and commonest verbs: `Na de zomer gaan de ploegen door, legt hij uit in de keet aan de rand
 * van de polder.` holds neither `het` nor `een`, and its tag was never read.)
 */
export const NEW_LATIN_WORD = /[ąćęłńśźżčďěňřšťůăâîșțğışøæåľôäħġċë]|\b(?:het|een|zegt|zei|volgens|aldus|hij|zij|niet|ook|wordt|werd|heeft|hebben|maar|naar|vertelt|vertelde|legt|stelt|stelde|vindt|och|att|är|säger|enligt|og|ikke|siger|sier|ifølge|się|nie|jest|według|już|și|în|nu|este|potrivit|že|podle|podľa|yang|dan|tidak|menurut|kata|ujar|berkata|katanya|dengan|meddai|mae|yn|[Dd]ywedodd|ychwanegodd|[Dd]úirt|deir|agus|réir|[Dd]ar|sise|seisean|gheall|mhínigh|fhreagair|admhaigh|fhiafraigh|bygevoeg|hulle|tha|shtoi|deklaroi|pohoi|theksoi|sipas|nuk|dhe)\b/u;
