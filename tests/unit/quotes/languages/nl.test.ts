import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['zegt X after the quote', '"We geven het park niet op," zegt Marieke Smit.', 'We geven het park niet op,', 'Marieke Smit', null],
  ['zegt <short name> resolves to the full name', 'Marieke Smit leidt de actiegroep.\n\n"We geven het park niet op," zegt Smit.', 'We geven het park niet op,', 'Marieke Smit', null],
  ['aldus raadslid X: the role comes off the name', '"Dat is geen luxe," aldus raadslid Ahmed Bakker.', 'Dat is geen luxe,', 'Ahmed Bakker', 'raadslid'],
  ['Wethouder X at the sentence start: the title is no part of the name', 'Wethouder Pieter van Dam zei: "We hebben geen geld."', 'We hebben geen geld.', 'Pieter van Dam', 'Wethouder'],
  ['volgens X before the quote', 'Volgens Lotte Hoekstra is de grutto "een verliezer van het landschap".', 'een verliezer van het landschap', 'Lotte Hoekstra', null],
  ['zei hij: the pronoun is the man named before', 'Pieter van Dam is wethouder sinds 2022.\n\n"Het lukt gewoon niet," zei hij.', 'Het lukt gewoon niet,', 'Pieter van Dam', null],
  ['zegt de boer: a role noun with its article is the person just named', 'Gerrit Postma maait pas na half juni.\n\n"Zo’n vos haalt drie nesten leeg," zegt de boer.', 'Zo’n vos haalt drie nesten leeg,', 'Gerrit Postma', 'boer'],
  ['van de Hogeschool: the institution after van is no part of her name', 'Ecoloog Lotte Hoekstra van de Hogeschool Noordwold telt al jaren. "Het geld gaat naar de verkeerde plekken," zegt Hoekstra.', 'Het geld gaat naar de verkeerde plekken,', 'Lotte Hoekstra', 'Ecoloog'],
  ['Pieter van Dam keeps his particle', '"Dan moeten we bezuinigen," zegt Pieter van Dam.', 'Dan moeten we bezuinigen,', 'Pieter van Dam', null],
  ['an age in brackets after the name: the quote after her sentence is hers', 'In Hoogeveld is de verbazing groot. Fatima El Amrani (71) neemt de bus naar het ziekenhuis. "Een taxi kan ik niet betalen."', 'Een taxi kan ik niet betalen.', 'Fatima El Amrani', null],
  ['zei hij tegen de krant: the paper spoken to is skipped', 'Pieter van Dam is wethouder.\n\n"Het lukt niet," zei hij tegen het Dagblad.', 'Het lukt niet,', 'Pieter van Dam', null],
  ['schrijft de krant: a newspaper is no speaker', 'De gemeente wil bezuinigen.\n\n"De bus naar Hoogeveld verdwijnt per 1 januari uit de dienstregeling," schrijft de krant.', 'De bus naar Hoogeveld verdwijnt per 1 januari uit de dienstregeling,', null, null],
  ['aldus De Graaf: the capitalised particle opens his family name', 'Emmerveen-spits Tim de Graaf scoorde twee keer.\n\n‘Dit is een avond om nooit te vergeten,’ aldus De Graaf.', 'Dit is een avond om nooit te vergeten,', 'Tim de Graaf', 'Emmerveen-spits'],
  ['aldus De Volkskrant: a paper named after De is no person', 'De gemeente bezuinigt op de bus.\n\n‘De lijn naar Hoogeveld verdwijnt al per 1 januari uit de dienstregeling,’ aldus De Volkskrant.', 'De lijn naar Hoogeveld verdwijnt al per 1 januari uit de dienstregeling,', null, null],
  // Batch latin8 (housing tower): a quote with no cue after a sentence that opens with a person.
  ['De 29-jarige X: an article and an age before the name of the sentence before', '"We bouwen hier", zei Ruud van der Meulen.\n\nDe 29-jarige Sanne Hofstede woont nog bij haar ouders. "Ik zoek al drie jaar iets betaalbaars."', 'Ik zoek al drie jaar iets betaalbaars.', 'Sanne Hofstede', null],
  ['Raadslid X (partij) wil: a party in brackets between the name and the verb', '"We bouwen hier", zei Ruud van der Meulen.\n\nRaadslid Yusuf Demir (Stadspartij) wil een lagere variant. "Twaalf verdiepingen scheelt veel."', 'Twaalf verdiepingen scheelt veel.', 'Yusuf Demir', 'Raadslid'],
  ['a sentence naming no one before the quote: no speaker', '"We bouwen hier", zei Ruud van der Meulen.\n\nHet plan kost veertig miljoen euro. "Dat geld is er."', 'Dat geld is er.', null, null],
  // Batch latin8b (Flemish cycling).
  ['Ook organisator X was …: "also" and a lower-case agent noun before the name', '‘Het was prachtig’, zei Jonas Verbeke.\n\nOok organisator Luc Vanhoutte was tevreden, ondanks de regen. ‘We hadden meer volk verwacht.’', 'We hadden meer volk verwacht.', 'Luc Vanhoutte', 'organisator'],
  ['Ook X was …: "also" is no first name', '‘Het was prachtig’, zei Jonas Verbeke.\n\nOok Luc Vanhoutte was tevreden, ondanks de regen. ‘We hadden meer volk verwacht.’', 'We hadden meer volk verwacht.', 'Luc Vanhoutte', null],
  ['De West-Vlaming: an article and a regional demonym stand for the man just named', 'Titelverdediger Maxime Vandamme eindigde als tweede. De West-Vlaming baalde van de samenwerking. ‘Niemand wilde rijden’, klonk het ontgoocheld.', 'Niemand wilde rijden', 'Maxime Vandamme', 'Titelverdediger'],
  // Batch latin8d (out-of-hours clinic).
  ['X van Huisartsenzorg …: van and an organisation noun after the name is the employer', '"We krijgen de diensten niet rond", zegt bestuurder Hanneke Visser van Huisartsenzorg Kop van Noord-Holland.', 'We krijgen de diensten niet rond', 'Hanneke Visser', 'bestuurder'],
  ['van den Bosch: a family name with van stays whole', '"Het klopt", zei Anna van den Bosch.', 'Het klopt', 'Anna van den Bosch', null],
];

attributionTable('Dutch', CASES);
