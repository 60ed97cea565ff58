// A lower-case noble particle inside a Nordic name, Swedish and Danish `af` (the fifty-eighth held-out set showed
// `<Given> af <Family>, vd för <Company>` read as the company speaking): the particle now joins the name like `von` and
// `van` do (names.ts PARTICLE), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const SV_QUOTE = '– Vi planterar två nya träd för varje träd vi fäller, säger han.';

kindTable('A lower-case `af` between a given name and a family name stays in the name', [
  ['Swedish: `G af F, vd för Body, menar att …` then `säger han`', `Gustaf af Wetterhjelm, vd för Norrlands Trä, menar att kritiken är överdriven.\n\n${SV_QUOTE}`, 'Vi planterar', 'Gustaf af Wetterhjelm', 'vd för Norrlands Trä'],
  ['Swedish: no role, `G af F menar att …`', `Ebba af Sillén menar att kritiken är överdriven.\n\n${SV_QUOTE.replace('han', 'hon')}`, 'Vi planterar', 'Ebba af Sillén', null],
  ['Swedish: the name after the quote, `säger G af F, role`', '– Vi har väntat i tre år på ett besked, säger Ebba af Sillén, kommunalråd i Hedeby.', 'Vi har', 'Ebba af Sillén', 'kommunalråd'],
  ['Danish: `siger G af F, direktør …`', '– Vi har ventet i tre år på et svar, siger Carl af Rosenholm, direktør i Vestjysk Tegl.', 'Vi har', 'Carl af Rosenholm', ANY],
  ['counter-case: a name without a particle is unchanged', `Gustaf Wetterhjelm, vd för Norrlands Trä, menar att kritiken är överdriven.\n\n${SV_QUOTE}`, 'Vi planterar', 'Gustaf Wetterhjelm', 'vd för Norrlands Trä'],
  ['counter-case: Danish `af` as "by" after a lower-case verb stays out of the name', 'Planen blev vedtaget af Byrådet i går.\n\n– Vi har ventet i tre år på et svar, siger Mette Lund, formand for beboerforeningen.', 'Vi har', 'Mette Lund', ANY],
]);

// A Swedish office's body after `för` ("for"), `vd för <Company>` (the same set: after two more sentences in the
// paragraph, `säger han` went to the company): a body, not a person, like the complement after `i`, `på` or `vid`
// (entities.ts complementOf).
const LATER = ' Han har låtit mäta vattnet i två år. Mätningarna visar små förändringar.';
kindTable('A capitalised body after Swedish `<office> för` is no person a later pronoun can mean', [
  ['`G F, vd för Body, …` then two sentences, then `säger han`', `Gustaf Wetterhjelm, vd för Norrlands Trä, menar att kritiken är överdriven.${LATER}\n\n${SV_QUOTE}`, 'Vi planterar', 'Gustaf Wetterhjelm', 'vd för Norrlands Trä'],
  ['`ordförande för Body` likewise, `säger hon`', `Maja Lindroos, ordförande för Hedeby Sten, tror att fisket klarar sig.${LATER.replace('Han', 'Hon')}\n\n${SV_QUOTE.replace('han', 'hon')}`, 'Vi planterar', 'Maja Lindroos', 'ordförande för Hedeby Sten'],
  ['counter-case: a person after `för` still speaks when named at the quote', 'Lisa Holmgren, pressekreterare för Anna Bergkvist, menar att beslutet är klart.\n\n– Vi har inget mer att tillägga i dag, säger Anna Bergkvist.', 'Vi har', 'Anna Bergkvist', ANY],
  ['counter-case: `röstade för` a name is no office: that person stays', 'Många röstade för Anna Bergkvist i valet.\n\n– Vi har inget mer att tillägga i dag, säger hon.', 'Vi har', 'Anna Bergkvist', ANY],
]);
