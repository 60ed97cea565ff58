import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => (quote.speakerKind === 'description' ? `(${quote.speaker})` : quote.speaker));

describe('a pronoun after another\'s family name alone is that person\'s, not the subject\'s (coreference.ts)', () => {
  it.each([
    ['"Judge X told Example he had …" makes Example the "he", so the judge stays who "she" is', 'Graham Example admitted theft from the rowing club at the county court.\n\nSentencing him on Monday, Judge Ann Sample told Example he had “let down every member who paid their fees”.\n\n“You treated their savings as your own pocket money,” she said.', ['Ann Sample', 'Ann Sample']],
    ['counter-case: with no other name before it, the pronoun is the subject\'s own ("X said he …" then "he said")', 'Tom Sample chaired the meeting. Ann Example arrived late.\n\nTom Sample said he had “no intention of resigning”.\n\n“We will finish the job,” he said.', ['Tom Sample', 'Tom Sample']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('the person a run names is the same for the mention finder and the entity book (run-mention.ts)', () => {
  it.each([
    ['it: a portfolio opening the run and an outlet named later leave the dropped subject its person', 'Il direttore Rossi è tornato in città.\n\nL’ex assessore alla Cultura Marco Esempio parla di «una vetrina elettorale». «Nessuno ha previsto le spese per la manutenzione», ha detto al Giornale di Valmonte.', ['Marco Esempio']],
    ['counter-case: the outlet\'s own run names no one', '«Nessuno ha previsto le spese per la manutenzione», ha detto al Giornale di Valmonte.', [null]],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a role a tag gives is carried to the person\'s later quotes in scripts without capitals too (entities.ts learnRole)', () => {
  it.each([
    ['he: "אמר מנהל המחלקה, אבי לוי" then "הוסיף" keeps the role', '"אנחנו עובדים יום ולילה בלי הפסקה", אמר מנהל המחלקה, אבי לוי.\n\n"ביקשנו עוד שמונה אחיות ממשרד הבריאות", הוסיף.', [['אבי לוי', 'מנהל המחלקה'], ['אבי לוי', 'מנהל המחלקה']]],
    ['ar: "قال مدير المستشفى، سامي نصار" then "وأضاف نصار" keeps the role', 'قال مدير المستشفى، سامي نصار: "نعمل فوق طاقتنا منذ أسابيع".\n\nوأضاف نصار: "نحتاج إلى عشرين طبيبا إضافيا على الأقل".', [['سامي نصار', 'مدير المستشفى'], ['سامي نصار', 'مدير المستشفى']]],
    ['counter-case he: another person quoted next gets no role of the first', '"אנחנו עובדים יום ולילה בלי הפסקה", אמר מנהל המחלקה, אבי לוי.\n\n"חיכיתי שש שעות על אלונקה", אמרה רונית כהן.', [['אבי לוי', 'מנהל המחלקה'], ['רונית כהן', null]]],
  ])('%s', (_, text, expected) => {
    expect(findQuotes(text).map((quote) => [quote.speaker, quote.role ?? null])).toEqual(expected);
  });
});

describe('a pronoun tag read as the person a paragraph introduced still gives that person\'s gender (attribute.ts)', () => {
  it.each([
    ['de: "sagte er" read as the man the paragraph introduced still makes him a man, so a later "sie" is the woman named since', 'Trainer Roland Beispiel sprach lange. „Die Mannschaft hat heute Charakter gezeigt“, sagte er.\n\nAm Spielfeldrand zitterte auch Mutter Brigitte Muster mit. „Ich habe beim Elfmeter die Augen zugemacht“, erzählte sie.', ['Roland Beispiel', 'Brigitte Muster']],
    ['counter-case de: the man quoted last is no surer "er" than the subject of the new paragraph (salience.ts, a new turn)', 'Präsident Hans Gisel kritisierte die Kosten. «Jetzt bauen wir einen Palast», so Gisel.\n\nAuch Gemeinderat Peter Beispiel warb für das Projekt. Der Steuerfuss müsse nicht steigen, versicherte er. «Die Finanzierung ist gesichert.»\n\nGisel kündigte nach der Versammlung an, ein Referendum zu prüfen. «Wir schauen uns das genau an», sagte er.', ['Hans Gisel', 'Peter Beispiel', 'Hans Gisel']],
    ['counter-case es: a subject left out ("dijo.") gives no gender, so a later "dijo ella" is still the woman introduced', 'La alcaldesa Ana Ejemplo habló en la plaza. «Seguiremos con las obras del puente», dijo.\n\n«No vamos a parar por la lluvia», dijo ella.', ['Ana Ejemplo', 'Ana Ejemplo']],
  ])('%s', (_, text, expected) => {
    expect(findQuotes(text).map((quote) => quote.speaker)).toEqual(expected);
  });
});
