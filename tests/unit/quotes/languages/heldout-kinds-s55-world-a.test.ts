// Kinds the fifty-fifth held-out set showed in Swahili copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const NAME_THEN_WHEN_CLAUSE =
  'Mkurugenzi wa hospitali ya Tumbi, Salma Kombo, alisema jana kuwa dawa zimeanza kufika.\n\n' +
  '“Hatuna vitanda vya kutosha kwa wagonjwa wote,” alisema Kombo akizungumza na wanahabari katika ofisi yake. “Tunaomba msaada wa haraka.”';
const NAME_THEN_PO_CLAUSE =
  'Mwenyekiti wa ushirika wa wavuvi, Omari Salim Bakari, aliitisha mkutano wa dharura.\n\n' +
  '“Hatuwezi kwenda baharini wiki hii,” alisema Bakari alipohutubia wanachama wake bandarini.';
const BODY_THEN_CLAUSE =
  'Hamisi Mwakyusa, mvuvi mwenye umri wa miaka 64, alikaa kando ya mtumbwi wake.\n\n' +
  '“Nyavu zangu zote zimechanika,” alisema Kampuni Bahari Safi ikisema kwenye taarifa.';

/** `,” alisema X alipozungumza na …`: a name, then the clause of when or how he spoke (lang/sw.ts `leadingName`). */
kindTable('Swahili: a name after the tag verb, then a clause of when or how', [
  ['sw: `alisema X akizungumza na …` is X', NAME_THEN_WHEN_CLAUSE, 'Hatuna vitanda', 'Salma Kombo', ANY],
  ['sw: the quote continued after that tag is X too', NAME_THEN_WHEN_CLAUSE, 'Tunaomba msaada', 'Salma Kombo', ANY],
  ['sw: `alisema X alipohutubia …` is X', NAME_THEN_PO_CLAUSE, 'Hatuwezi kwenda', 'Omari Salim Bakari', ANY],
  ['counter-case sw: `alisema Kampuni X ikisema …` is a body, no person', BODY_THEN_CLAUSE, 'Nyavu zangu', DESCRIBED, ANY],
]);

const POINTED_NOUN_BEFORE_VERB =
  'Hamisi Mwakyusa, mvuvi mwenye umri wa miaka 64, alikaa kando ya mtumbwi wake.\n\n' +
  '“Nyavu zangu zote zimechanika,” alisema.\n\n' +
  'Mzee huyo alisema hajawahi kuona dhoruba kama hiyo. “Bahari ilikuwa imechafuka kuliko zamani,” mzee huyo alisema.';
const NAMED_AFTER_VERB_NOT_POINTED =
  'Hamisi Mwakyusa, mvuvi mwenye umri wa miaka 64, alikaa kando ya mtumbwi wake.\n\n' +
  '“Bahari ilikuwa imechafuka kuliko zamani,” alisema Bi. Neema Lyimo, mkazi wa kijiji hicho.';

/** `,” mzee huyo alisema.` (that elder said): the noun pointed at before the verb is the person the text gave it. */
kindTable('Swahili: a pointed noun before the tag verb', [
  ['sw: `,” mzee huyo alisema.` is the person just described', POINTED_NOUN_BEFORE_VERB, 'Bahari ilikuwa', 'Hamisi Mwakyusa', ANY],
  ['counter-case sw: `,” alisema Bi. X, mkazi …` names someone new, not the one described before', NAMED_AFTER_VERB_NOT_POINTED, 'Bahari ilikuwa', 'Neema Lyimo', ANY],
]);
