// Somali (lang/so.ts): the focus particle fused with a pronoun before the verb (`ayuu yiri` he said, `ayay tiri` she said),
// `X ayaa yiri:`, `Wuxuu intaa ku daray:` (he added), `sidaas waxaa yiri X`, `Sida uu sheegay X` (according to), three-word
// names and offices before them, in short paragraphs of my own about invented people, with counter-cases: a body, someone
// described, a pronoun tag after a named speaker, a split quote, an office's portfolio that is no name.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const PORT =
  'Kalluumeysatada dekedda yar ee Dhagaxyar ayaa ka cabanaya qiimaha shidaalka oo kordhay.\n\n' +
  'Ayaan Jaamac Guuleed, oo ah kalluumeyste muddo dheer ka shaqeynayay badda, ayaa sheegay in doonnidiisa ay fadhido. ' +
  '"Shidaalku wuxuu noqday mid aan awoodi karin," ayuu yiri Guuleed.\n\n' +
  'Wuxuu intaa ku daray: "Haddii aan badda u bixi waayo, qoyskayga wax ma cunayaan."\n\n' +
  '"Waxaan sugaynaa taageero dowladda," ayay tiri Hibo Yuusuf Ciise, oo ah iibiso kalluun ah, "laakiin weli waxba ma iman."\n\n' +
  'Wasiirka Kalluumeysiga, Siciid Cali Xirsi, ayaa yiri: "Waxaan qorsheyneynaa in shidaal raqiis ah la siiyo kalluumeysatada."\n\n' +
  '"Barnaamijkan wuxuu bilaaban doonaa bisha soo socota," ayuu raaciyay.\n\n' +
  'Nin da\' ah oo shabaq ka iibiya suuqa ayaa yiri: "Ganacsigu aad buu u yaraaday."\n\n' +
  'Wasaaradda Maaliyadda ayaa sheegtay: "Miisaaniyadda waa la ansixiyay."\n\n' +
  '"Annagu ma joojin doonno shaqada," sidaas waxaa yiri Guuleed.';

const SCHOOL =
  'Ardayda dugsiga sare ee Dhagaxyar ayaa sugaya kuraas cusub.\n\n' +
  'Sida uu sheegay Guddoomiyaha guddiga waalidiinta, Cumar Aadan Dirir, "fasallada waxay u baahan yihiin dayactir degdeg ah."\n\n' +
  '"Carruurtu dhulka ayay fadhiyaan," ayuu yiri Dirir.\n\n' +
  'Macallimadda fasalka saddexaad, Sahra Nuuriye Jaamac, ayaa tiri: "Waxaan wax ku baraynaa saddex fasal oo isku jira."\n\n' +
  '"Buugaagtu waa yar yihiin," ayay tiri macallimaddu.\n\n' +
  'Maareeyaha dugsiga, Xuseen Cawil Faarax, ayaa u sheegay wariyeyaasha: "Lacagta waxaa laga helay ganacsatada."\n\n' +
  'Waalid aan magaciisa la sheegin ayaa yiri: "Kharashka waxbarashada aad buu u kordhay."';

const ROWS: KindCase[] = [
  ['so: `," ayuu yiri X.` is the three-word name given before', PORT, 'Shidaalku wuxuu', 'Ayaan Jaamac Guuleed', ANY],
  ['so: `Wuxuu intaa ku daray: "…"` (he added to that) is the one just quoted', PORT, 'Haddii aan badda', 'Ayaan Jaamac Guuleed', ANY],
  ['so: `," ayay tiri X Y Z, oo ah <role>,` (she said) is X Y Z with the role', PORT, 'Waxaan sugaynaa', 'Hibo Yuusuf Ciise', 'iibiso'],
  ['so: a split quote `"…," ayay tiri X, "…"` is X after the tag too', PORT, 'laakiin weli', 'Hibo Yuusuf Ciise', ANY],
  ['so: `Wasiirka <portfolio>, X Y Z, ayaa yiri:` is X Y Z, the minister\'s portfolio no name', PORT, 'Waxaan qorsheyneynaa', 'Siciid Cali Xirsi', 'Wasiirka'],
  ['so: `," ayuu raaciyay.` (he added) after a named speaker is that speaker', PORT, 'Barnaamijkan wuxuu', 'Siciid Cali Xirsi', ANY],
  ['so: `Nin … oo … ayaa yiri:` (a man who …) is someone described', PORT, 'Ganacsigu aad', DESCRIBED, null],
  ['so: `Wasaaradda <portfolio> ayaa sheegtay:` is a ministry, no person', PORT, 'Miisaaniyadda waa', UNNAMED, null],
  ['so: `," sidaas waxaa yiri X.` (so said X) is the full name given before', PORT, 'Annagu ma joojin', 'Ayaan Jaamac Guuleed', ANY],
  ['so: `Sida uu sheegay Guddoomiyaha …, X Y Z, "…"` (according to) is X Y Z with the office', SCHOOL, 'fasallada waxay', 'Cumar Aadan Dirir', 'Guddoomiyaha'],
  ['so: `," ayuu yiri X.` is the chairman named before', SCHOOL, 'Carruurtu dhulka', 'Cumar Aadan Dirir', ANY],
  ['so: `<the teacher of …>, X Y Z, ayaa tiri: "…"` is X Y Z, the office her role', SCHOOL, 'Waxaan wax ku', 'Sahra Nuuriye Jaamac', 'Macallimadda'],
  ['so: `," ayay tiri macallimaddu.` (the teacher) is the one the text gave that noun', SCHOOL, 'Buugaagtu waa', 'Sahra Nuuriye Jaamac', ANY],
  ['so: `<office>, X Y Z, ayaa u sheegay wariyeyaasha:` (told the reporters) is X Y Z', SCHOOL, 'Lacagta waxaa', 'Xuseen Cawil Faarax', 'Maareeyaha'],
  ['so: `Waalid aan magaciisa la sheegin ayaa yiri:` (a parent not named) is no one named', SCHOOL, 'Kharashka', UNNAMED, null],
];
kindTable('Somali tags, three-word names, offices and unnamed speakers', ROWS);
