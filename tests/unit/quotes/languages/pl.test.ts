import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['„…” – mówi X', '„Nie poddamy się” – mówi Anna Zielińska.', 'Nie poddamy się', 'Anna Zielińska', null],
  ['– powiedział starosta X: the role before the name', '„Rozmawiamy z funduszem” – powiedział starosta Tomasz Nowak.', 'Rozmawiamy z funduszem', 'Tomasz Nowak', 'starosta'],
  ['a dialogue dash paragraph with its tag', 'Anna Zielińska prowadzi sklep od lat.\n\n– Nie poddamy się. Walczymy dalej – mówi Zielińska.', 'Nie poddamy się. Walczymy dalej', 'Anna Zielińska', null],
  ['the speech reopened after the tag is the same speaker’s', 'Anna Zielińska prowadzi sklep od lat.\n\n– Nie poddamy się – mówi. – Walczymy dalej.', 'Walczymy dalej.', 'Anna Zielińska', null],
  ['a dash opening speech after a sentence, proven by its tag', 'Robert Jankowski nie ukrywał złości. Przyznał, że zespół źle zniósł presję. – To kwestia głowy, nie nóg – stwierdził Jankowski.', 'To kwestia głowy, nie nóg', 'Robert Jankowski', null],
  ['– opowiada.: the subject left out is the woman the paragraph before introduced', 'Zbiórkę zorganizowała Katarzyna Lewandowska, mama dwójki dzieci.\n\n– Urodziłabym w samochodzie – opowiada.', 'Urodziłabym w samochodzie', 'Katarzyna Lewandowska', null],
  ['twierdzi radna: the role noun stands for the person just named', 'Innego zdania jest Ewa Kamińska.\n\n„Nikt nic nie zrobił” – twierdzi radna.', 'Nikt nic nie zrobił', 'Ewa Kamińska', 'radna'],
  ['Według X before the quote', 'Według Ewy Kamińskiej dyrekcja „za późno zaczęła szukać lekarzy”. Kamińska zasiada w radzie.', 'za późno zaczęła szukać lekarzy', 'Ewa Kamińska', null],
  ['a name met only in the genitive is given in the nominative the text attests', 'Gol Dawida Kubiaka dał prowadzenie.\n\nKubiak nie szukał wymówek. „Remis boli jak porażka” – mówił w strefie wywiadów.', 'Remis boli jak porażka', 'Dawid Kubiak', null],
  ['a club after the role noun is no first name', '„Sami jesteśmy sobie winni” – powiedział szkoleniowiec Warty Robert Jankowski.', 'Sami jesteśmy sobie winni', 'Robert Jankowski', 'szkoleniowiec Warty'],
  ['a list line opening with a dash is no speech', 'Tabela po kolejce:\n\n– Warta Kaliszany 45 punktów\n\n„To był dobry mecz” – mówi Anna Zielińska.', 'To był dobry mecz', 'Anna Zielińska', null],
  ['a two-word place after the role noun is no part of the name', 'Obecny wójt Jasienicy Górnej Michał Baran przyznał, że sprawa zaszkodziła urzędowi. „Teraz wszystkie przetargi publikujemy w internecie” – zaznaczył.', 'Teraz wszystkie przetargi publikujemy w internecie', 'Michał Baran', 'Obecny wójt Jasienicy Górnej'],
  ['an untagged dash paragraph after a paragraph introducing one person is that person speaking', 'Ratownik Piotr Kubiak tłumaczy, że woda jest jeszcze bardzo zimna.\n\n– Wystarczy kilka minut, żeby organizm przestał słuchać.', 'Wystarczy kilka minut, żeby organizm przestał słuchać.', 'Piotr Kubiak', 'Ratownik'],
  // q-other batch 1: a one-word sentence opening with no verb of saying is a name only when the text gives it in full.
  ['Przesłał nam …: a capitalised verb opening the sentence is no speaker', 'Producent filmu, Krzysztof Lis ze studia Brzask, nie chciał tego komentować. Przesłał nam tylko krótkie oświadczenie: „Film zostanie pokazany jesienią”.', 'Film zostanie pokazany jesienią', null, null],
  ['Lis przesłał nam …: the family name of a person given in full is', 'Krzysztof Lis nie chciał tego komentować. Lis przesłał nam tylko krótkie oświadczenie: „Film zostanie pokazany jesienią”.', 'Film zostanie pokazany jesienią', 'Krzysztof Lis', null],
  ['twierdzi osoba z zespołu: an unnamed person is not the one named before', 'Dyrektor festiwalu Tomasz Grabowski jest zaskoczony.\n\n– Chodziło o pieniądze – twierdzi osoba z zespołu produkcyjnego.', 'Chodziło o pieniądze', 'osoba z zespołu produkcyjnego', null],
  ['reżyserka X at her first mention: the role carried to – napisała.', 'Zaledwie dwie godziny przed pokazem reżyserka Agnieszka Wilk wycofała film.\n\nW poniedziałek Wilk opublikowała oświadczenie. „Nie mogę pokazać tego filmu” – napisała.', 'Nie mogę pokazać tego filmu', 'Agnieszka Wilk', 'reżyserka'],
  ['przed pokazem X: a lower-case word before the name that is no role gives none', 'Zaledwie dwie godziny przed pokazem Agnieszka Wilk wycofała film.\n\nW poniedziałek Wilk opublikowała oświadczenie. „Nie mogę pokazać tego filmu” – napisała.', 'Nie mogę pokazać tego filmu', 'Agnieszka Wilk', null],
  ['X, radny z Lublina, powiedział: the place after the role noun and z is no speaker', 'Jan Kowalski, radny z Lublina, powiedział: „Nie zgadzam się na taki budżet miasta”.', 'Nie zgadzam się na taki budżet miasta', 'Jan Kowalski', 'radny z Lublina'],
  // Session 14: a role and a full name before the comma keep the name; the capitals of a body in the genitive after it are the office.
  ['a role and full name, then an office naming a body in the genitive: the name stays the person', '– Na drodze było bardzo ślisko – mówi komendant Piotr Zając, szef Komendy Miejskiej Policji.', 'Na drodze było bardzo ślisko', 'Piotr Zając', 'komendant'],
  ['abbreviated ranks, a full name, then an office naming a body: the ranks and the office are the role', '– Woda podniosła się o metr w godzinę – mówi mł. bryg. Jan Kowalski, rzecznik Komendy Powiatowej PSP w Nowym Mieście.', 'Woda podniosła się o metr w godzinę', 'Jan Kowalski', 'mł. bryg., rzecznik Komendy Powiatowej PSP'],
];

attributionTable('Polish', CASES);
