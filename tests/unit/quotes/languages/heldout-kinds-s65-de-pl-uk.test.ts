// Kinds the sixty-fifth held-out set showed in German and Polish copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const NAMED_AFTER_COLON =
  'Der Chor aus Lindenau hat den Landeswettbewerb gewonnen. Die Sänger feierten bis spät in die Nacht.\n\n' +
  '„Die Stimmen waren heuer so sauber wie nie.“ Das sagt eine, die es beurteilen kann: Renate Hofbauer, seit 2015 Leiterin des Chors und früher selbst Sopranistin.';
const NO_NAME_AFTER_COLON =
  'Der Chor aus Lindenau hat den Landeswettbewerb gewonnen. Die Sänger feierten bis spät in die Nacht.\n\n' +
  '„Die Stimmen waren heuer so sauber wie nie.“ Das sagt eine, die es beurteilen kann: die Leiterin des Chors.';

/** `„…“ Das sagt einer, der es wissen muss: X, …`: the name after the colon speaks (lang/de.ts NAMED_AFTER_COLON). */
kindTable('German: a sentence after the quote names its speaker after a colon', [
  ['de: `Das sagt eine, die es beurteilen kann: X, …` is X', NAMED_AFTER_COLON, 'Die Stimmen waren', 'Renate Hofbauer', ANY],
  ['counter-case de: no name after the colon', NO_NAME_AFTER_COLON, 'Die Stimmen waren', UNNAMED, ANY],
]);

const FIRST_SPEAKER = 'Die Leiterin Renate Hofbauer war zufrieden. „Wir haben jeden Dienstag geprobt“, sagte sie.\n\n';
const COPULA_SUBJECT_LAST =
  FIRST_SPEAKER + 'Solistin des Abends war einmal mehr Verena Strobl. Die 19-jährige Schülerin sang zwei Arien. Sie nahm es gelassen: „Ich habe einfach gesungen.“';
const NAME_INSIDE_PREDICATE =
  FIRST_SPEAKER + 'Thema des Abends war ein Lied von Verena Strobl. Sie nahm es gelassen: „Ich habe einfach dirigiert.“';

/** `Matchwinner war einmal mehr X.`: the name closing a sentence with a fronted predicate noun is its subject (lang/german-inverted.ts). */
kindTable('German: the name after a fronted predicate and copula is the subject a later pronoun means', [
  ['de: `Solistin des Abends war einmal mehr X.` then `Sie …:` is X', COPULA_SUBJECT_LAST, 'Ich habe einfach gesungen', 'Verena Strobl', ANY],
  ['counter-case de: `war ein Lied von X` leaves the earlier speaker', NAME_INSIDE_PREDICATE, 'Ich habe einfach dirigiert', 'Renate Hofbauer', ANY],
]);

const ANNOUNCED_BEFORE_COLON =
  'Der Bau der neuen Halle ist beschlossen.\n\n' +
  'Landesrat Gerhard Wimmer spricht von einem „wichtigen Schritt“ und sagt Hilfe zu. Das Land werde die Hälfte der Kosten tragen, kündigte er bei der Eröffnung an:\n\n' +
  '„Wir haben im Landtag bereits darüber gesprochen, und es gibt breite Zustimmung.“';
const ANNOUNCED_BY_NAME =
  'Der Bau der neuen Halle ist beschlossen.\n\nIm Anschluss kündigte Landesrätin Petra Aigner eine zweite Halle an:\n\n„Wir planen schon weiter.“';

/** `…, kündigte er am Rand an: „…“`: the separable `kündigte … an` before a colon is a verb of saying (lang/de.ts), never `sagt Hilfe zu`. */
kindTable('German: `kündigte … an:` introduces the quote, its subject the speaker', [
  ['de: `kündigte er … an:` after `sagt Hilfe zu` is the one named before', ANNOUNCED_BEFORE_COLON, 'Wir haben im Landtag', 'Gerhard Wimmer', ANY],
  ['counter-case de: `kündigte Landesrätin X … an:` names her', ANNOUNCED_BY_NAME, 'Wir planen schon', 'Petra Aigner', ANY],
]);

const PL_FIRST = 'Dr Anna Wilk, hydrolożka z Instytutu Meteorologii w Krakowie, nie ma wątpliwości: „To była najgorsza susza od dekady”.\n\n' +
  'Marek Sowa, rolnik spod Miechowa, stracił połowę plonów. „Nie pamiętam takiego lata” – mówi.\n\n';
const PL_INTERVIEW_IMPERFECTIVE = PL_FIRST + 'W rozmowie z Radiem Kraków Wilk ostrzegała, że takie lata będą częstsze: „Opady są coraz rzadsze, a upały coraz dłuższe”.';
const PL_IMPERFECTIVE_ALONE = PL_FIRST + 'Wilk ostrzegała: „Upały będą coraz dłuższe”.';
const PL_INTERVIEW_OTHER_VERB = PL_FIRST + 'W rozmowie z Radiem Kraków Sowa powiedział, że sprzeda ziemię: „Nie mam już sił”.';

/** `W rozmowie z Radiem X Y ostrzegała, że …: „…”`: an interview opening and the imperfective past `ostrzegała` (lang/pl.ts). */
kindTable('Polish: a surname after an interview opening, with the imperfective past of a verb of saying', [
  ['pl: `W rozmowie z Radiem X Wilk ostrzegała, że …:` is Anna Wilk', PL_INTERVIEW_IMPERFECTIVE, 'Opady są coraz', 'Anna Wilk', ANY],
  ['pl: `Wilk ostrzegała:` is Anna Wilk', PL_IMPERFECTIVE_ALONE, 'Upały będą', 'Anna Wilk', ANY],
  ['counter-case pl: another person after the same opening is that person', PL_INTERVIEW_OTHER_VERB, 'Nie mam już', 'Marek Sowa', ANY],
]);
