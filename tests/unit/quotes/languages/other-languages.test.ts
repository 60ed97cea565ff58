// Rules read by several of the languages with no module of their own or a small one (q-other batch 1):
// the page's own name in another case, a bare verb after the quote, Scandinavian definite role nouns.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { isDroppedSubjectTag } from '../../../../utils/quotes/lang/adjacent';
import { isNewLanguageRoleNoun } from '../../../../utils/quotes/lang/newlang-roles';
import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['Hungarian: – hangsúlyozta. after a role and the name between commas', 'A Nagykunsági Gazdakör elnöke, Tóth Gábor azt kéri, hogy a kormány hirdesse ki az aszályhelyzetet.\n\n„Addigra a gazdák fele hitelből él majd” – hangsúlyozta.', 'Addigra a gazdák fele hitelből él majd', 'Tóth Gábor', 'elnöke'],
  ['Croatian: – dodao je. is the man the sentence before introduces', 'Ravnatelj bolnice Marko Horvat kaže da nema dovoljno liječnika.\n\n„Tražimo još šest specijalista” – dodao je.', 'Tražimo još šest specijalista', 'Marko Horvat', 'Ravnatelj bolnice'],
  ['Hungarian: mondta lapunknak X <role>: the dative listener is no role, the words after the name are', '„Ilyen száraz júliusra nem emlékszem” – mondta lapunknak Kiss Ferenc kisújszállási gazdálkodó, aki 220 hektáron termel.', 'Ilyen száraz júliusra nem emlékszem', 'Kiss Ferenc', 'kisújszállási gazdálkodó'],
  ['Hungarian: a possessed role before the name between commas, then – fogalmazott.', 'A HungaroMet ügyeletes meteorológusa, Szabó Eszter szerint nem lesz eső. „Legfeljebb helyi záporokra számíthatunk” – fogalmazott.', 'Legfeljebb helyi záporokra számíthatunk', 'Szabó Eszter', 'meteorológusa'],
  ['Finnish: toiminnanjohtaja X at her first mention, the role carried to X muistuttaa', 'Suomen Vapaa-ajankalastajien toiminnanjohtaja Marja Nieminen kehottaa varovaisuuteen.\n\n”Jään paksuus voi vaihdella”, Nieminen muistuttaa.', 'Jään paksuus voi vaihdella', 'Marja Nieminen', 'Suomen Vapaa-ajankalastajien toiminnanjohtaja'],
  // q-other batch 2.
  ['Croatian: ”, objašnjava. after a paragraph introducing her', 'Vlasnica obiteljskog restorana u staroj jezgri, Marija Kovač, kaže da od kruzerista ima malo koristi.\n\n„Dođu na četiri sata i kupe bocu vode”, objašnjava.', 'Dođu na četiri sata i kupe bocu vode', 'Marija Kovač', null],
  ['Croatian: rekla je nakon glasanja vijećnica X: the occasion is no part of the role', '„Ovo je poraz za sve koji ovdje žive”, rekla je nakon glasanja vijećnica Ivana Matić (Možemo!), koja je predložila ograničenje.', 'Ovo je poraz za sve koji ovdje žive', 'Ivana Matić', 'vijećnica'],
  ['Croatian: Gradonačelnik X, then – kazao je X: the office is no first name', 'Gradonačelnik Ante Perić (HDZ) smatra da bi to stajalo grad 1,8 milijuna eura.\n\n– Lučke pristojbe plaćaju vrtiće i javni prijevoz – kazao je Perić.', 'Lučke pristojbe plaćaju vrtiće i javni prijevoz', 'Ante Perić', 'Gradonačelnik'],
  ['Croatian: Ravnatelj Lučke uprave … poručio je …: a role and an institution are no name', 'Ravnatelj Lučke uprave Sveti Juraj Zoran Babić poručio je da luka poštuje odluku vijeća: „Nastavljamo s postojećim rasporedom za iduću sezonu.”', 'Nastavljamo s postojećim rasporedom za iduću sezonu.', null, null],
  ['Vietnamese: Anh X, ở quận Y, …, then anh kể: the form of address off, the district no person', 'Anh Nguyễn Văn Tâm, ở quận Ninh Kiều, có con trai 6 tuổi đang điều trị tại đây. “Cháu sốt cao ba ngày liền. Tôi sợ lắm,” anh kể.', 'Cháu sốt cao ba ngày liền. Tôi sợ lắm,', 'Nguyễn Văn Tâm', null],
  ['English: Anh Tran alone is a first and family name', '"We will rebuild the bakery by the spring," said Anh Tran.', 'We will rebuild the bakery by the spring,', 'Anh Tran', null],
];

attributionTable('Rules shared by the other languages', CASES);

describe('a verb alone after the quote (lang/adjacent.ts isDroppedSubjectTag)', () => {
  it.each([' – hangsúlyozta.', ' – tette hozzá.', ' – dodao je.', 'objašnjava.', 'dodao je.'])('%s is a tag with its subject left out', (tag) => expect(isDroppedSubjectTag(tag)).toBe(true));
  it.each([' – w poniedziałek.', ' – he said.', ' – добавила она.', ' – a hétfői ülésen.', 'applause.', 'then silence.'])('%s is not', (tag) => expect(isDroppedSubjectTag(tag)).toBe(false));
});

describe('a Scandinavian agent noun with its definite ending is a role (newlang-roles.ts)', () => {
  it.each(['Analytikern', 'analytikeren', 'Forskaren', 'Meteorologen', 'Journalisten'])('%s', (word) => expect(isNewLanguageRoleNoun(word)).toBe(true));
  it.each(['Andersen', 'Jensen', 'Mortensen', 'Holmgren', 'Bjørn', 'Halvorsen'])('%s, a family or first name, is not', (word) => expect(isNewLanguageRoleNoun(word)).toBe(false));
});

describe('the page’s own name in another case is never the speaker (outlets.ts)', () => {
  const text = 'Starosta Jiří Pospíšil připouští, že peníze nejsou.\n\n„Kamery nás vyjdou zhruba na 200 tisíc korun,“ řekl Zpravodaji.';
  it('řekl Zpravodaji on "Vyškovský zpravodaj"', () => {
    expect(findQuotes(text, { siteName: 'Vyškovský zpravodaj' })[0]?.speaker).toBe('Jiří Pospíšil');
  });
  it('a name that only begins like a word of the site’s name stays a person', () => {
    const other = '„Kamery nás vyjdou zhruba na 200 tisíc korun,“ řekl Zpravodajský.';
    expect(findQuotes('Josef Zpravodajský je starosta.\n\n' + other, { siteName: 'Vyškovský zpravodaj' })[0]?.speaker ?? null).toBe('Josef Zpravodajský');
  });
});
