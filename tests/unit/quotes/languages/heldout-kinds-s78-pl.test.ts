// West Slavic: a form of address and the given name alone (`Pan Henryk`, `Paní Jana`, `Pán Ján`) for someone the story
// named in full earlier (the fifty-eighth held-out set showed `Pan X ma nadzieję … „…” – mówi cicho`). Fresh sentences of
// my own, with counter-cases.
import { kindTable } from './kind-table';

kindTable('Polish, Czech, Slovak: an address and a given name stand for the full name written earlier', [
  ['Polish: `Pan Tadeusz ma nadzieję … „…” – mówi cicho`', 'Tadeusz Wrona przepracował w porcie trzydzieści lat.\n\nRadni milczą.\n\nPan Tadeusz ma nadzieję, że most zostanie. „Bez niego nie ma miasta” – mówi cicho.', 'Bez niego', 'Tadeusz Wrona', null],
  ['Polish: `Pani Bożena` in the tag', 'Bożena Urbańska prowadzi kiosk przy dworcu od dwudziestu lat.\n\nAutobusy kursują rzadziej.\n\n„Klientów jest coraz mniej” – mówi Pani Bożena.', 'Klientów jest', 'Bożena Urbańska', null],
  ['Czech: `Paní Jana` opening the sentence', 'Jana Dvořáková vede pekárnu na náměstí.\n\nObec plánuje opravy.\n\nPaní Jana doufá, že silnice bude hotová. „Bez ní nepřežijeme,“ říká.', 'Bez ní', 'Jana Dvořáková', null],
  ['counter-case: two people of that given name leave it as written', 'Tadeusz Wrona przepracował w porcie trzydzieści lat. Tadeusz Lipa był jego brygadzistą.\n\nPan Tadeusz ma nadzieję, że most zostanie. „Bez niego nie ma miasta” – mówi cicho.', 'Bez niego', 'Pan Tadeusz', null],
  ['counter-case: `Pan` as a Chinese family name stays', 'Pan Wei runs a noodle shop on the corner. "The rent doubled," Pan Wei said.', 'The rent', 'Pan Wei', null],
]);

// An aside "as a …" set off by commas after a name opening the sentence, or in the next sentence whose subject is left
// out, gives the role (the fifty-eighth held-out set showed `X Y przepracował … lat. Dziś, jako emeryt, przychodzi …`).
kindTable('Polish, Czech, Slovak: `, jako emeryt,` gives the named subject a role', [
  ['Polish: in the next sentence, the subject left out', 'Zofia Kurek uczyła w tej szkole czterdzieści lat. Teraz, jako emerytka, prowadzi kółko szachowe.\n\n„Dzieci się zmieniły” – mówi Kurek.', 'Dzieci się', 'Zofia Kurek', '=emerytka'],
  ['Polish: in the sentence the name opens', 'Zofia Kurek, jako emerytka, prowadzi kółko szachowe.\n\n„Dzieci się zmieniły” – mówi Kurek.', 'Dzieci się', 'Zofia Kurek', '=emerytka'],
  ['Czech: `Dnes, jako důchodce,`', 'Karel Hruška pracoval v dole třicet let. Dnes, jako důchodce, chodí k šachtě každý den.\n\n„Byl to můj život,“ říká Hruška.', 'Byl to', 'Karel Hruška', '=důchodce'],
  ['Slovak: `Dnes, ako dôchodca,`', 'Jozef Baláž robil v bani tridsať rokov. Dnes, ako dôchodca, chodí k šachte každý deň.\n\n„Bol to môj život,“ hovorí Baláž.', 'Bol to', 'Jozef Baláž', '=dôchodca'],
  ['counter-case: `pracowała jako kucharka`, no aside, says what the work was', 'Zofia Kurek przez lata pracowała jako kucharka w stołówce.\n\n„Dzieci się zmieniły” – mówi Kurek.', 'Dzieci się', 'Zofia Kurek', null],
  ['counter-case: the aside in a next sentence naming someone else is theirs', 'Zofia Kurek uczyła w tej szkole czterdzieści lat. Dziś Jan Lis, jako emeryt, prowadzi kółko.\n\n„Dzieci się zmieniły” – mówi Kurek.', 'Dzieci się', 'Zofia Kurek', null],
]);
