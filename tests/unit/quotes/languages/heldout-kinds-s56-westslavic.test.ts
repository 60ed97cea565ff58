// Kinds the fifty-sixth held-out set showed in Czech and Polish copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const CZECH_GENITIVE_NOUN_FAMILY =
  'Lesy kolem Vysočiny letos trápí sucho.\n\n' +
  'Podle hajného Lukáše Skály, který v lese pracuje třicet let, je letos hůř než loni. „Stromy už nevydrží další horké léto a kůrovec se šíří rychleji,“ vysvětluje.';
const CZECH_NOMINATIVE_WOMAN =
  'Lesy kolem Vysočiny letos trápí sucho.\n\n' +
  'V lese pracuje třicet let hajná Jana Skalová. „Stromy už nevydrží další horké léto a kůrovec se šíří rychleji,“ vysvětluje.';
const POLISH_ACCUSATIVE_ADJECTIVE_FAMILY =
  'Kolejki do ortopedy w powiecie rosną.\n\n' +
  'W poczekalni spotykamy Ryszarda Wierzbickiego, 64-letniego rolnika, który czeka na operację biodra.\n\n' +
  '– Kolejka jest coraz dłuższa, a lekarzy brakuje od lat – mówi.';
const POLISH_NOMINATIVE_WOMAN =
  'Kolejki do ortopedy w powiecie rosną.\n\n' +
  'W poczekalni siedzi Marta Wierzbicka, 58-letnia nauczycielka, która czeka na operację biodra.\n\n' +
  '– Kolejka jest coraz dłuższa, a lekarzy brakuje od lat – mówi.';

/** A full name met only in a case (`podle hajného Lukáše Skály`, `spotykamy Ryszarda Wierzbickiego`) is given in the nominative (lang/nominative-name.ts). */
kindTable('A Czech or Polish speaker named only in the genitive or accusative', [
  ['cs: `podle hajného Lukáše Skály` is Lukáš Skála', CZECH_GENITIVE_NOUN_FAMILY, 'Stromy už', 'Lukáš Skála', ANY],
  ['counter-case cs: `hajná Jana Skalová` stays as written', CZECH_NOMINATIVE_WOMAN, 'Stromy už', 'Jana Skalová', ANY],
  ['pl: `spotykamy Ryszarda Wierzbickiego` is Ryszard Wierzbicki', POLISH_ACCUSATIVE_ADJECTIVE_FAMILY, 'Kolejka jest', 'Ryszard Wierzbicki', ANY],
  ['counter-case pl: `siedzi Marta Wierzbicka` stays as written', POLISH_NOMINATIVE_WOMAN, 'Kolejka jest', 'Marta Wierzbicka', ANY],
]);

const CZECH_OUTLET_IN_DATIVE =
  'Ředitel školy Martin Hájek je spokojený. „Nová tělocvična bude hotová do září, děti se dočkají,“ řekl Hájek Brněnskému deníku.';
const POLISH_OUTLET_IN_DATIVE =
  'Trener Adam Kowalski jest zadowolony. „Drużyna gra coraz lepiej, jesteśmy gotowi na ligę,” powiedział Adam Kowalski Gdańskiemu Radiu.';
const CZECH_NAME_WITHOUT_OUTLET =
  'Ředitel školy Martin Hájek je spokojený. „Nová tělocvična bude hotová do září, děti se dočkají,“ řekl Martin Hájek.';

/** `řekl Hájek Brněnskému deníku`: the outlet told, its adjective in the dative, is no part of the name (name-forms.ts). */
kindTable('A Czech or Polish outlet in the dative after the speaker', [
  ['cs: `řekl Hájek Brněnskému deníku` is Martin Hájek', CZECH_OUTLET_IN_DATIVE, 'Nová tělocvična', 'Martin Hájek', ANY],
  ['pl: `powiedział Adam Kowalski Gdańskiemu Radiu` is Adam Kowalski', POLISH_OUTLET_IN_DATIVE, 'Drużyna gra', 'Adam Kowalski', ANY],
  ['counter-case cs: `řekl Martin Hájek.` with no outlet', CZECH_NAME_WITHOUT_OUTLET, 'Nová tělocvična', 'Martin Hájek', ANY],
]);
