// Turkish participle clauses joined by a comma (`… anlatan, … söyleyen X,`) describe the one subject after them (the
// fifty-eighth held-out set showed it), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const TR = '“Kış gelmeden çatıyı bitirmezsek okul yine kapanır.”';

/** `… anlatan, … söyleyen X, … şöyle tamamladı:`: both clauses describe X, the subject (lang/tr.ts SUBJECT). */
kindTable('Two Turkish participle clauses joined by a comma describe the one subject after them', [
  ['two clauses, a family name known in full before', `Köy okulunda görev yapan Elif Karataş da endişeli.\n\nVeliler toplantısında söz aldıklarını anlatan, çatının kasıma kadar bitmesi gerektiğini söyleyen Karataş, sözlerini şöyle tamamladı: ${TR}`, 'Kış gelmeden', 'Elif Karataş', ANY],
  ['counter-case: one clause still reads as before', `Bütçenin yetmediğini belirten Hasan Erdem, şunları söyledi: ${TR}`, 'Kış gelmeden', 'Hasan Erdem', ANY],
]);
