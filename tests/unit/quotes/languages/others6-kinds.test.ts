// Batch others6 (20 articles in hu cs sk pl tr el ro bg hr sl sr lt lv et fi no id): the kinds its first run got wrong that
// recur across those languages, each in fresh sentences (none copied from the batch), with counter-cases left alone.
import { ANY, kindTable, type KindCase } from './kind-table';

/** A trade or standing opening the sentence before a two-word name is the role, not a first given name (lang/newlang-roles.ts). */
const OCCUPATION_OPENER: KindCase[] = [
  ['hr: a fisherman, the family name alone in the tag', 'Ribar Josip Kralj ima čamac u luci.\n\n„Ulov je slab ove godine“, rekao je Kralj.', 'Ulov je slab', 'Josip Kralj', 'ribar'],
  ['sr: a team captain', 'Kapiten Luka Perić postigao je tri gola. „Ovo je najlepši dan u mom životu“, rekao je Perić.', 'Ovo je najlepši', 'Luka Perić', 'kapiten'],
  ['pl: a midwife, a dash quote', 'Położna Ewa Nowak pracuje tu od lat. – Dzieci rodzą się coraz rzadziej – mówi Nowak.', 'Dzieci rodzą się', 'Ewa Nowak', 'położna'],
  ['cs: a hydrologist', 'Hydrolog Pavel Dvořák varuje před suchem. „Hladina klesá každý rok,“ řekl Dvořák.', 'Hladina klesá', 'Pavel Dvořák', 'hydrolog'],
  ['et: a midwife', 'Ämmaemand Mari Saar töötab haiglas kolmkümmend aastat. „Sünnitusi on vähem,“ ütles Saar.', 'Sünnitusi on vähem', 'Mari Saar', 'ämmaemand'],
  ['fi: a compound of a shop steward', 'Pääluottamusmies Timo Laine kertoi asiasta. ”Väki on huolissaan”, Laine sanoo.', 'Väki on huolissaan', 'Timo Laine', 'luottamusmies'],
  ['no: a compound of a lawyer', 'Politiadvokat Nils Moe var fornøyd etter dommen. – Retten var enig med oss, sier Moe.', 'Retten var enig', 'Nils Moe', 'politiadvokat'],
  ['sk: a pensioner in the feminine', 'Dôchodkyňa Mária Šimková býva pri ceste. „Autá tu jazdia príliš rýchlo,“ povedala Šimková.', 'Autá tu jazdia', 'Mária Šimková', 'dôchodkyňa'],
  ['sl: a physician', 'Zdravnik Tomaž Bizjak je odprl novo ambulanto. »Pacientov je vedno več,« je povedal Bizjak.', 'Pacientov je vedno', 'Tomaž Bizjak', 'zdravnik'],
  ['counter-case hr: the same word as a family name after the given name stays the name', 'Za predsjednika je izabran Ivan Ribar. „Radit ćemo zajedno“, rekao je Ribar.', 'Radit ćemo zajedno', 'Ivan Ribar', null],
];

/** A role noun right before the name and the verb after it (`– …, toimitusjohtaja X sanoo.`): the noun is the role, the verb no role (lang/adjacent.ts). */
const ROLE_NAME_VERB: KindCase[] = [
  ['fi: a managing director before the name, the verb closing the tag', '– Tilauksia tulee entistä vähemmän, toimitusjohtaja Jari Heikkinen sanoo.', 'Tilauksia tulee', 'Jari Heikkinen', 'toimitusjohtaja'],
  ['fi: a researcher, a quotation mark', '”Lunta satoi yöllä kolmekymmentä senttiä”, tutkija Aino Mäki kertoo.', 'Lunta satoi', 'Aino Mäki', 'tutkija'],
  ['counter-case fi: the name and the verb alone', '– Tilauksia tulee entistä vähemmän, Jari Heikkinen sanoo.', 'Tilauksia tulee', 'Jari Heikkinen', null],
  ['counter-case hu: the verb first and the role after the name', '– A hidat jövőre felújítják – mondta Kovács Péter polgármester a testületi ülésen.', 'A hidat jövőre', 'Kovács Péter', 'polgármester'],
];

/** A Slovene woman written by her family name's possessive form in the tag (`je dejala Kranjčeva` for Mojca Kranjc; lang/feminine-surname.ts). */
const FEMININE_SURNAME: KindCase[] = [
  ['sl: c becomes č before -eva, the form after the verb', 'Ravnateljica šole Mojca Kranjc je odprla telovadnico. »Otroci so jo težko čakali,« je dejala Kranjčeva.', 'Otroci so jo', 'Mojca Kranjc', ANY],
  ['sl: -ova opening the sentence before, a bare verb after the quote', 'Županja Ana Novak je obiskala vrtec.\n\nNovakova je dodala, da bodo vrtec razširili. »Prostora je premalo,« je dejala.', 'Prostora je premalo', 'Ana Novak', 'županja'],
  ['counter-case cs: -ová with its accent is a woman\'s own name, another person', 'Na schůzi promluvili Petr Novák a Petra Nováková.\n\n„Rozpočet na příští rok je napjatý,“ řekla Nováková.', 'Rozpočet na příští', 'Petra Nováková', null],
];

/** A Lithuanian, Latvian or Turkish role opening the introducing sentence, kept for a pronoun's or family name's tag (lang/newlang-roles.ts, feminine-roles.ts). */
const OPENING_ROLE_KEPT: KindCase[] = [
  ['lt: a feminine -ė of a listed office, then `sakė ji`', 'Bibliotekos direktorė Rūta Mažeikienė atidarė naują skaityklą. „Skaitytojų padaugėjo trečdaliu“, – sakė ji.', 'Skaitytojų padaugėjo', 'Rūta Mažeikienė', 'direktorė'],
  ['lv: an economist, then `viņa sacīja`', 'Bankas ekonomiste Anna Liepa norāda, ka algas augs. "Inflācija mazinās," viņa sacīja.', 'Inflācija mazinās', 'Anna Liepa', 'ekonomiste'],
  ['tr: an engineer with the compound possessive, then the family name and a comma', 'İnşaat mühendisi Ali Demir köprüyü inceledi. Demir, "Köprü güvenli değil" dedi.', 'Köprü güvenli', 'Ali Demir', 'mühendisi'],
  ['counter-case lt: the same sentence with no role', 'Rūta Mažeikienė atidarė naują skaityklą. „Skaitytojų padaugėjo trečdaliu“, – sakė ji.', 'Skaitytojų padaugėjo', 'Rūta Mažeikienė', null],
];

kindTable('others6: a trade opening the sentence before a two-word name', OCCUPATION_OPENER);
kindTable('others6: a Slovene woman by her family name\'s possessive form', FEMININE_SURNAME);
kindTable('others6: a role opening the introducing sentence, kept for the tag', OPENING_ROLE_KEPT);
kindTable('others6: a role noun, the name, then the verb', ROLE_NAME_VERB);
