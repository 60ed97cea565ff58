import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['– …, säger X: a dialogue dash and its tag after the last comma', '– Stänger man skolan så stänger man byn, säger Johan Sandberg.', 'Stänger man skolan så stänger man byn', 'Johan Sandberg', null],
  ['säger rektorn X: the role with its definite ending comes off', '– Övergången ska bli bra, säger rektorn Karin Öberg.', 'Övergången ska bli bra', 'Karin Öberg', 'rektorn'],
  ['”…”, skriver hon: the woman just named', 'Amira Haddad röstade emot.\n\n”Majoriteten har inte utrett alternativen”, skriver hon.', 'Majoriteten har inte utrett alternativen', 'Amira Haddad', null],
  ['säger hon after the paragraph that introduces her', 'Lars Engström leder nämnden.\n\n– Det här är inget vi gör med lätt hjärta, säger Engström.\n\nPå skolgården stod Maria Nyström med sin son.\n\n– Ingen har frågat barnen, säger hon.', 'Ingen har frågat barnen', 'Maria Nyström', null],
  ['enligt X before the quote', 'Enligt Lars Engström är beslutet ”inget vi gör med lätt hjärta”.', 'inget vi gör med lätt hjärta', 'Lars Engström', null],
  ['a party in brackets after the name', '– Vi sparar pengar, säger kommunalrådet Lars Engström (M).', 'Vi sparar pengar', 'Lars Engström', 'kommunalrådet'],
  ['a dash paragraph with no tag and no speech before it is no quote', 'Beslutet togs på tisdagen.\n\n– Norrsjö skola, 38 elever\n\n– Vi sparar pengar, säger Lars Engström.', 'Vi sparar pengar', 'Lars Engström', null],
  ['an untagged dash paragraph after a paragraph introducing one person is that person speaking', 'Eva Lindqvist på länssjukhuset tror att kön kommer att växa.\n\n– Vi har redan fler patienter än sängar i korridorerna i kväll.', 'Vi har redan fler patienter än sängar i korridorerna i kväll.', 'Eva Lindqvist', null],
  ['an untagged dash paragraph after one background paragraph goes on the last dash speaker', '– Vi stänger badet tills vidare, säger Jonas Berg.\n\nBadet byggdes på sjuttiotalet och har renoverats två gånger.\n\n– Vi vill inte ta några risker med taket den här vintern.', 'Vi vill inte ta några risker med taket den här vintern.', 'Jonas Berg', null],
  ['a compound role ending in -läkare before the name comes off', '– Får man feber ska man ringa 1177 först, säger smittskyddsläkare Anders Holmgren.', 'Får man feber ska man ringa 1177 först', 'Anders Holmgren', 'smittskyddsläkare'],
  ['a capitalised compound role ending in -ägaren opening the sentence comes off', 'Butiksägaren Lars-Erik Dahl har beställt mer vatten.\n\n– Folk köpte tio flaskor var, säger han.', 'Folk köpte tio flaskor var', 'Lars-Erik Dahl', 'Butiksägaren'],
  ['a family name ending like a role head stays whole (counter-case)', '– Vi öppnar igen i maj, säger Sara Kläkare.', 'Vi öppnar igen i maj', 'Sara Kläkare', null],
  // q-other batch 1: an agent noun with its definite ending opening the run; a body's name is no person.
  ['Analytikern X från Länsstyrelsen …, säger hon: the definite role noun is no first name', 'Analytikern Anna Berg från Länsstyrelsen varnar för isen.\n\n– Isen bär inte ännu, säger hon.', 'Isen bär inte ännu', 'Anna Berg', 'Analytikern'],
  ['Elnätsbolaget X skriver …, skriver bolaget: a company is no speaker', 'Elnätsbolaget Norrkraft Nät skriver i ett pressmeddelande att det tar tid. ”Vi har över 200 rapporterade träd över ledningarna”, skriver bolaget.', 'Vi har över 200 rapporterade träd över ledningarna', null, null],
  ['kommuns säkerhetssamordnare X: an -are occupation before the name is the role', 'Ragunda kommuns säkerhetssamordnare Erik Nordin uppmanar äldre att ringa.\n\n– Ring oss om ni inte når kommunen, säger han.', 'Ring oss om ni inte når kommunen', 'Erik Nordin', 'säkerhetssamordnare'],
  // An agency's initials opening the sentence before a dropped tag are no person; a person opening it still is (counter-case).
  ['Enligt TRV:s trafikledare X … ”…”, skriver hon i ett mejl till SR: the agency is no speaker', 'Enligt TRV:s trafikledare Maja Holm är vägen öppen igen. ”Det blir halt i natt, men plogbilarna är ute”, skriver hon i ett mejl till SR.', 'Det blir halt i natt, men plogbilarna är ute', 'Maja Holm', 'trafikledare'],
  ['counter-case: a person opening the sentence before a dropped tag speaks', 'Maja Holm leder trafikcentralen. ”Det blir halt i natt, men plogbilarna är ute”, skriver hon i ett mejl till SR.', 'Det blir halt i natt, men plogbilarna är ute', 'Maja Holm', null],
  ['presschef Per Holm: the first name Per is no Italian sentence opener', 'Strömmen är borta i tusentals hem. – Vi jobbar dygnet runt, säger presschef Per Holm.', 'Vi jobbar dygnet runt', 'Per Holm', 'presschef'],
];

attributionTable('Swedish', CASES);

describe('Swedish dash lines that are no speech', () => {
  it('a short list line after a paragraph naming one person is no quote', () => {
    const quotes = findQuotes('Ordförande Anna Berg presenterade kvällens program.\n\n– Invigning av nya hallen\n\n– Musik');
    expect(quotes.map((quote) => quote.text)).toEqual([]);
  });
  it('a dash line after a background paragraph that names someone does not go on the last speaker', () => {
    const quotes = findQuotes('– Vi stänger badet tills vidare, säger Jonas Berg.\n\nBadet byggdes av Lars Holm och Anna Berg på sjuttiotalet.\n\n– Vi vill inte ta några risker med taket den här vintern.');
    expect(quotes.find((quote) => quote.text.startsWith('Vi vill inte'))?.speaker ?? null).not.toBe('Jonas Berg');
  });
});
