// Dutch and Afrikaans kinds (the sixty-third held-out set showed an Afrikaans lower-case `me.` before a name taken for the
// speaker, an expert's role after `’n` lost, and `die woordvoerder` of a body given to the expert named before), in fresh
// sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const AF = '“Ons het drie jaar lank vir die pad gewag,”';
const NL = '“We hebben drie jaar op de brug gewacht,”';

/** `sê me. X Y`, `zegt mevr. X Y`: a lower-case form of address before the name, whose dot ends no sentence (address-dot.ts). */
kindTable('A lower-case form of address before a name is no speaker and ends no sentence', [
  ['af `sê me. X`', `${AF} sê me. Marietjie du Preez, eienaar van ’n plaaswinkel naby Wellington. “Niemand luister nie.”`, 'Ons het drie', 'Marietjie du Preez', 'eienaar'],
  ['af `sê mnr. X van Y`', `${AF} sê mnr. Koos van Wyk, eienaar van ’n plaaswinkel.`, 'Ons het drie', 'Koos van Wyk', 'eienaar'],
  ['nl `zegt mevr. X van den Y`', `${NL} zegt mevr. Anneke van den Berg, eigenaar van een boerderij bij Zwolle.`, 'We hebben', 'Anneke van den Berg', 'eigenaar'],
  ['nl `zei dhr. X de Y`', `${NL} zei dhr. Jan de Boer, eigenaar van een boerderij bij Zwolle.`, 'We hebben', 'Jan de Boer', 'eigenaar'],
  ['counter-case: Dutch object `me.` closing a sentence before a name', 'Hij belde me. Jan de Boer, de eigenaar, zei: “We hebben drie jaar gewacht.”', 'We hebben', 'Jan de Boer', ANY],
]);

/** `Dr. X, ’n bioloog aan … wat …, sê …` then `“…,” verduidelik sy.`: the indefinite article and the relative clause frame the role (lang/apposed-role.ts). */
kindTable('A role after a name opened by the Afrikaans or Dutch indefinite article', [
  ['af `’n bioloog aan … wat …`', 'Dr. Elsabe Pretorius, ’n bioloog aan die Universiteit Kaapstad wat die vlei al jare bestudeer, sê dit is moeilik.\n\n“Die vlei word deur fonteine gevoed,” verduidelik sy.', 'Die vlei', 'Elsabe Pretorius', 'bioloog'],
  ['af `’n navorser aan …`', 'Elsabe Pretorius, ’n navorser aan die Universiteit van Kaapstad, sê die grond is onstabiel.\n\n“Die helling beweeg elke winter ’n bietjie,” verduidelik sy.', 'Die helling', 'Elsabe Pretorius', 'navorser'],
  ['nl `een onderzoeker van …`', 'Sanne de Wit, een onderzoeker van de Universiteit Utrecht, zegt dat de grond onstabiel is.\n\n“De helling beweegt elke winter een beetje,” zegt ze.', 'De helling', 'Sanne de Wit', 'onderzoeker'],
  ['counter-case: `een van de bewoners` is no role', 'Sanne de Wit, een van de bewoners, zegt dat de grond onstabiel is.\n\n“De helling beweegt elke winter een beetje,” zegt ze.', 'De helling', 'Sanne de Wit', null],
]);

/** `’n Woordvoerder van die raad het bevestig … “…,” het die woordvoerder gesê.`: someone the sentence brought in unnamed (lang/lowland-article.ts). */
kindTable('An Afrikaans sentence opened by `’n` and a noun brings in someone unnamed', [
  ['af: the spokesperson after an expert', 'Dr. Elsabe Pretorius, ’n navorser aan die Universiteit van Kaapstad, sê die grond is onstabiel.\n\n’n Woordvoerder van die munisipaliteit het bevestig dat ’n klagte ontvang is. “Die munisipaliteit sal die pad sluit en die helling laat ondersoek,” het die woordvoerder gesê.', 'Die munisipaliteit', '’n woordvoerder', ANY],
  ['nl, read so already: `Een woordvoerder van de gemeente`', 'Dr. Sanne de Wit, onderzoeker van de Universiteit Utrecht, zegt dat de grond onstabiel is.\n\nEen woordvoerder van de gemeente bevestigde dat er een klacht is ontvangen. “De gemeente zal de weg afsluiten,” zei de woordvoerder.', 'De gemeente', 'een woordvoerder', ANY],
  ['counter-case: the named spokesperson keeps the quote', 'Mnr. Koos van Wyk, woordvoerder van die munisipaliteit, het bevestig dat ’n klagte ontvang is.\n\n“Die munisipaliteit sal die pad sluit,” het die woordvoerder gesê.', 'Die munisipaliteit', 'Koos van Wyk', ANY],
]);
