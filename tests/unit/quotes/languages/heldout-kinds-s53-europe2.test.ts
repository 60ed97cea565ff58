// Kinds the fifty-third held-out set showed in Dutch copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const PRODUCT_AFTER_ARTICLE =
  '‘De oven is al tien jaar oud, en het werk wordt niet makkelijker’, zegt bakker Joris Peeters (48), die de zaak van zijn moeder overnam. Hij verkoopt ook minder van de Vlaamse Mik in de winkel.\n\n' +
  '‘We hebben veel geprobeerd’, zegt hij. ‘Zelfs taarten.’';
const VENUE_WITH_HET =
  '‘Het dorp verandert snel, en het is niet meer wat het was.’ Dat zegt Anja Wuyts, die al twintig jaar restaurant Het Gouden Hoofd uitbaat. Ook haar zoon werkt er.\n\n' +
  '‘Mijn moeder kookte hier al’, vertelt ze.';
const NAME_WITH_PARTICLES =
  'De zaak is al honderd jaar van de familie. Tegenwoordig werkt ook Lotte van de Berg in de winkel.\n\n' +
  '‘We hebben veel geprobeerd’, zegt ze.';
const FAMILY_NAME_WITH_DE =
  'Het museum is niet groot, maar het trekt veel bezoekers. Ook burgemeester Marc De Wever is tevreden. ‘Het is een parel’, zegt hij.';

/** `van de Vlaamse Mik`, `restaurant Het Gouden Hoofd`: a product or venue after an article is no person a pronoun can take (dutch-things.ts). */
kindTable('A Dutch product or venue name after an article is no one "zegt hij" stands for', [
  ['nl: `van de Vlaamse Mik` is a product: `zegt hij` is the baker quoted before', PRODUCT_AFTER_ARTICLE, 'We hebben veel', 'Joris Peeters', ANY],
  ['nl: `restaurant Het Gouden Hoofd` is a venue: `vertelt ze` is its owner', VENUE_WITH_HET, 'Mijn moeder kookte', 'Anja Wuyts', ANY],
  ['counter-case nl: `Lotte van de Berg`, particles inside a name, stays a person', NAME_WITH_PARTICLES, 'We hebben veel', 'Lotte van de Berg', ANY],
  ['counter-case nl: `burgemeester Marc De Wever`, a family name opening on De, stays a person', FAMILY_NAME_WITH_DE, 'Het is een parel', 'Marc De Wever', ANY],
]);

const TWO_WORD_PORTFOLIO =
  'Ook de stad reageert. Het is een grote zaak die niet zomaar wordt afgesloten. Schepen van Openbare Werken Tom Hendrickx: ‘We bekijken de plannen.’\n\n' +
  'Volgens de schepen gaat het om ‘een dure fout’ die niemand wil.';
const ONE_WORD_PORTFOLIO =
  'Het plan is niet nieuw en het wordt al jaren besproken. Ook de buurt is verdeeld. Schepen van Economie Lieve De Smet: ‘We bekijken het dossier.’\n\n' +
  'Volgens de krant gaat het om ‘een dure fout’, zei een buurman.';

/** `Schepen van Openbare Werken X Y:`: a portfolio of an adjective and its noun is no part of the name (name-bounds.ts). */
kindTable('A Dutch portfolio of two words before the holder’s name', [
  ['nl: `Schepen van Openbare Werken X Y:` is X Y', TWO_WORD_PORTFOLIO, 'We bekijken de plannen', 'Tom Hendrickx', 'Schepen van Openbare Werken'],
  ['counter-case nl: `Schepen van Economie X De Smet:` keeps the family name’s particle', ONE_WORD_PORTFOLIO, 'We bekijken het dossier', 'Lieve De Smet', ANY],
]);

/** `Volgens de schepen gaat het om ‘…’`: an office after its article and the verb second is the office's holder (lang/newlang-shared.ts). */
kindTable('Dutch `Volgens de <office>` and the verb before a quotation', [
  ['nl: `Volgens de schepen gaat het om ‘…’` is the schepen named before', TWO_WORD_PORTFOLIO, 'een dure fout', 'Tom Hendrickx', ANY],
  ['counter-case nl: `Volgens de krant gaat het om ‘…’, zei een buurman` is the neighbour', ONE_WORD_PORTFOLIO, 'een dure fout', DESCRIBED, ANY],
]);

const FEMININE_JOB_WORD =
  'Het probleem is niet nieuw. Juriste Eva Smet van de Universiteit Gent volgt de zaak al jaren. ‘Het is een sluipend verlies’, aldus Smet.';
const MASCULINE_JOB_WORD =
  'Het probleem is niet nieuw. Econoom Pieter Smet van de Universiteit Gent volgt de zaak al jaren. ‘Het is een sluipend verlies’, aldus Smet.';

/** `Economiste X Y`, `Juriste X Y` opening a sentence: a Dutch feminine job word is the role, not a first name (lang/newlang-roles.ts). */
kindTable('A Dutch feminine job word in -e opening a sentence before a name', [
  ['nl: `Juriste X Y van de …` is X Y', FEMININE_JOB_WORD, 'Het is een sluipend', 'Eva Smet', 'juriste'],
  ['counter-case nl: `Econoom X Y`, the masculine word, the same', MASCULINE_JOB_WORD, 'Het is een sluipend', 'Pieter Smet', 'econoom'],
]);

const STATION_AFTER_APPOSITION =
  'Im Dorf ist man besorgt. Anna Huber, Obfrau des örtlichen Bauernbundes, sagte Radio Lavanttal: „Ohne die Molkerei verlieren wir die Jungen.“ Huber spricht von einem Einschnitt.';
const OFFICE_AFTER_VERB =
  'Im Dorf ist man besorgt. Dazu sagte Bürgermeister Paul Huber: „Ohne die Molkerei verlieren wir die Jungen.“';

/** `X, Obfrau des …, sagte Radio Y: „…“`: the station after the verb is whom it was said to (lang/de.ts). */
kindTable('A German station after `sagte` before a colon is the one spoken to', [
  ['de: `X, Obfrau des …, sagte Radio Y:` is X', STATION_AFTER_APPOSITION, 'Ohne die Molkerei', 'Anna Huber', 'Obfrau'],
  ['counter-case de: `Dazu sagte Bürgermeister X Y:` names the speaker after the verb', OFFICE_AFTER_VERB, 'Ohne die Molkerei', 'Paul Huber', 'Bürgermeister'],
]);

const ADJUNCT_BEFORE_VERB =
  '„Mój syn ma teraz dojeżdżać rowerem dziesięć kilometrów”. Tak o decyzji gminy mówi Anna Nowak, mieszkanka wsi.';
const ADJUNCT_THEN_NO_NAME =
  '„Mój syn ma teraz dojeżdżać rowerem dziesięć kilometrów”. Tak o decyzji gminy mówi cała wieś Zalesie Dolne.';

/** `„…”. Tak o decyzji gminy mówi X Y`: what the words are about stands before the verb and the name (lang/pointed-back-tag.ts). */
kindTable('Words pointing back, an adjunct, the verb, then the speaker', [
  ['pl: `„…”. Tak o decyzji gminy mówi X Y, …` is X Y', ADJUNCT_BEFORE_VERB, 'Mój syn ma', 'Anna Nowak', ANY],
  ['counter-case pl: `Tak o decyzji gminy mówi cała wieś X Y` names no speaker', ADJUNCT_THEN_NO_NAME, 'Mój syn ma', UNNAMED, ANY],
]);
