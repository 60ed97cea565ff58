import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';

// European batch 15 (Dutch regional and Flemish sport, Polish wire and mountain rescue, Swedish tenants, Danish farm
// protest, Czech hockey, Greek olive harvest): the kinds it showed, in sentences of my own.
describe('European batch 15: role nouns standing for the person they introduced, "as" openers, listeners, relative-clause roles', () => {
  it.each([
    ['pl "– mówi naczelnik" after "Naczelnik GOPR X" and another rescuer quoted before: the one introduced with that noun', 'Ratownik dyżurny GOPR Piotr Gąsior przyjął zgłoszenie. – Turyści nie mieli latarek i bali się ruszyć – relacjonuje ratownik Gąsior.\n\nNaczelnik GOPR Tadeusz Hanula nie krył irytacji. – To już dziesiąta taka akcja tego lata i nikt nie wyciąga wniosków – mówi naczelnik.', 'Tadeusz Hanula', 'naczelnik'],
    ['da "siger ministeren" after "Skatteminister X": a compound ending in the noun introduced them', 'Skatteminister Mette Lund (S) afviser kritikken. Over for Vestkysten siger hun, at aftalen står.\n\n»Vi har lyttet til alle parter,« siger ministeren.', 'Mette Lund', 'ministeren'],
    ['nl "zuchtte de leider" after "leider X": an agent noun by its shape, introducing someone', 'Hij nadert tot op vier punten van leider Koen Smets, die zesde werd.\n\nSmets reed lang vooraan, maar viel in de laatste ronde.\n\n“Zo gaat dat in de modder”, zuchtte de leider.', 'Koen Smets', 'leider'],
    ['counter-case: nl "zuchtte de leider" with no one introduced so stays a description', 'Smets reed lang vooraan, maar viel in de laatste ronde.\n\n“Zo gaat dat in de modder”, zuchtte de leider.', 'de leider', null],
    ['sv a relative clause at the introduction gives the role to the later full-name tag', 'Lena Berg, som är ordförande i föreningen, menar att höjningen är för stor.\n\n– Ingen har bett om nya kök och nya dörrar, säger Lena Berg.', 'Lena Berg', 'ordförande'],
    ['counter-case: a relative clause saying where the person was born gives no role', 'Lena Berg, som är född i Umeå, menar att höjningen är för stor.\n\n– Ingen har bett om nya kök och nya dörrar, säger Lena Berg.', 'Lena Berg', null],
    ['el an outlet in guillemets between the verb and the subject is stepped over', '«Τώρα μετράμε κάθε κουταλιά», είπε στο «Νέα Μεσσηνία» η συνταξιούχος Ελένη Μαρκοπούλου.', 'Ελένη Μαρκοπούλου', 'η συνταξιούχος'],
    ['el "Role of a place, ο X," before the name: the role ends at the comma before the article', 'Ιδιοκτήτης ελαιοτριβείου στην Κορώνη, ο Σπύρος Βλάχος, εκτιμά ότι οι τιμές θα μείνουν ψηλά. «Οι έμποροι παίρνουν ό,τι βρουν», σχολίασε.', 'Σπύρος Βλάχος', 'Ιδιοκτήτης ελαιοτριβείου στην Κορώνη'],
    ['pl "przewodniczący zakładowej „Solidarności” X": a body in low-high marks stays in the role', 'Jak poinformował przewodniczący zakładowej „Solidarności” Jan Nowak, w proteście bierze udział 40 osób. – Ludzie są zmęczeni i chcą rozmawiać z zarządem – powiedział.', 'Jan Nowak', 'przewodniczący zakładowej „Solidarności”'],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });

  it.each([
    ['pl "Jak napisał w komunikacie, „…”": "as" opening the clause is no name', 'Burmistrz Adam Lis zaapelował o spokój. Jak napisał w komunikacie, „bezpieczeństwo ludzi jest najważniejsze”.', 'Adam Lis'],
    ['pl "Jak powiedziała burmistrz X, „…”": the subject after the verb', 'Jak powiedziała burmistrz Anna Lis, „most zostanie otwarty w maju”.', 'Anna Lis'],
    ['counter-case: a name opening with the same letters ("Jakub") is a name', 'Jakub Nowak powiedział: „Most zostanie otwarty w maju”.', 'Jakub Nowak'],
    ['pl "Zdaniem dr. Pawła X": the fleeting e comes back in the nominative (Paweł)', 'Zdaniem dr. Pawła Wilka, ekonomisty z Katowic, spór dopiero się zaczyna. – Kopalnie mają coraz mniej pieniędzy na wypłaty – ocenił.', 'Paweł Wilk'],
    ['pl "Zdaniem Marka X": Marka -> Marek', 'Zdaniem Marka Nowickiego spór dopiero się zaczyna. – Kopalnie mają coraz mniej pieniędzy na wypłaty – ocenił Nowicki.', 'Marek Nowicki'],
    ['counter-case: a vowel before the last consonant keeps the stem (Michała -> Michał)', 'Zdaniem Michała Górskiego spór dopiero się zaczyna. – Kopalnie mają coraz mniej pieniędzy na wypłaty – ocenił.', 'Michał Górski'],
    ['nl "Dronepiloot X" opening the sentence: the compound occupation is no part of the name', 'Dronepiloot Sanne Mulder zag de man als eerste. ‘Eerst dacht ik dat het een hert was’, vertelt zij.', 'Sanne Mulder'],
  ])('%s', (_, text, speaker) => {
    expect(findQuotes(text).at(-1)?.speaker).toBe(speaker);
  });

  it('sv a dash line after "X säger till Tidningen att …": the paper spoken to is not a second person introduced', () => {
    const quotes = findQuotes('Kommunalrådet Olof Nyström (S) säger till Norra Posten att han vill se över informationen.\n\n– Jag förstår att många är oroliga. Vi ska inte tvinga ut folk ur sina hem.');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Olof Nyström']);
  });

  it('counter-case: a paragraph naming two people introduces no one, so the untagged dash line is no speech', () => {
    const quotes = findQuotes('Kommunalrådet Olof Nyström (S) har träffat Karin Holm och hennes grannar.\n\n– Jag förstår att många är oroliga. Vi ska inte tvinga ut folk ur sina hem.');
    expect(quotes).toEqual([]);
  });

  it('pl "– …, powiedział, że …" inside a dash line is reported speech, not the tag: the tag after the dash names the speaker', () => {
    const quotes = findQuotes('Przed bramą zebrało się kilkanaście osób.\n\n– Mąż zadzwonił rano, powiedział, że zostaje na dole. Łatwo powiedzieć – mówiła nam Ewa Kos.');
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['Mąż zadzwonił rano, powiedział, że zostaje na dole. Łatwo powiedzieć', 'Ewa Kos']]);
  });

  it('counter-case: a French comma tag mid-paragraph is still a tag', () => {
    const quotes = findQuotes('Le juge entre.\n\n– On ne partira pas, lance-t-elle, avant midi. – Bon.');
    expect(quotes[0]?.text.startsWith('On ne partira pas')).toBe(true);
  });
});
