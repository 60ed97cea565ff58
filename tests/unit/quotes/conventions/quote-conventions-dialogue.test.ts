import { describe } from 'vitest';
import { NBSP, runConventions, type ConventionCase } from './table';

/** Quotes broken by their attribution, and speech printed after a dialogue dash with its tag after a second dash. */
const BROKEN: ConventionCase[] = [
  ['ru', 'tag inside one pair of guillemets', '«Мы сделали всё, что могли, — сказал он. — Теперь дело за судом».', ['Мы сделали всё, что могли,', 'Теперь дело за судом']],
  ['uk', 'tag inside one pair of guillemets', '«Ми чекали дуже довго, — каже Олена. — Але ніхто так і не приїхав».', ['Ми чекали дуже довго,', 'Але ніхто так і не приїхав']],
  ['fr', 'incise inside one pair of guillemets', `«${NBSP}Nous avons tout essayé, a-t-il expliqué, mais personne ne nous a écoutés.${NBSP}»`, ['Nous avons tout essayé,', 'mais personne ne nous a écoutés.']],
  ['fr', 'incise with a full name inside the guillemets', `«${NBSP}La situation est grave, estime le docteur Paul Martin. Il faut agir vite.${NBSP}»`, ['La situation est grave,', 'Il faut agir vite.']],
  ['es', 'dashes inside straight marks', '"Estamos preocupados —dijo la alcaldesa—, pero no vamos a rendirnos".', ['Estamos preocupados', 'pero no vamos a rendirnos']],
  ['es', 'dashes inside guillemets', '«La obra terminará en junio —aseguró el concejal—. No habrá más retrasos».', ['La obra terminará en junio', 'No habrá más retrasos']],
  ['pt', 'dashes inside curly marks', '“Ninguém nos avisou — contou a moradora — e perdemos tudo.”', ['Ninguém nos avisou', 'e perdemos tudo.']],
];

const DIALOGUE: ConventionCase[] = [
  ['es', 'dash set against the words, tag between dashes', '—Nunca cobré esa comisión —respondió Ortega—. Yo no firmé nada.', ['Nunca cobré esa comisión', 'Yo no firmé nada.']],
  ['es', 'a question with its tag', '—¿Cobró usted esa comisión? —preguntó el fiscal.', ['¿Cobró usted esa comisión?']],
  ['pt', 'spaced em dashes', '— Não temos para onde ir — disse a moradora Ana Souza.', ['Não temos para onde ir']],
  ['pt', 'spaced en dashes', '– A água chegou ao telhado em poucos minutos – contou o pescador.', ['A água chegou ao telhado em poucos minutos']],
  ['it', 'spaced en dashes', '– Siamo stanchi di aspettare – dice Giulia Conti.', ['Siamo stanchi di aspettare']],
  ['fr', 'dash, tag after a question mark', '– Et ce soir-là, où étiez-vous ? demande le président.', ['Et ce soir-là, où étiez-vous ?']],
  ['sv', 'tag after a comma', '– Stänger man skolan så stänger man byn, säger Sandberg.', ['Stänger man skolan så stänger man byn']],
  ['sv', 'tag after a second dash, speech going on', '– Vi visste ingenting – säger Karin Ek. – Ingen ringde oss.', ['Vi visste ingenting', 'Ingen ringde oss.']],
  ['da', 'tag after a comma', '– Vi har aldrig set noget lignende, siger borgmester Jens Hansen.', ['Vi har aldrig set noget lignende']],
  ['no', 'tag after a comma', '– Dette er en viktig dag for oss, sier ordfører Kari Nilsen.', ['Dette er en viktig dag for oss']],
  ['fi', 'tag after a comma', '– Tilanne on todella vakava, sanoo poliisipäällikkö Matti Virtanen.', ['Tilanne on todella vakava']],
  ['fi', 'tag after a second dash', '– Emme saaneet mitään tietoa – kertoo Liisa Korhonen.', ['Emme saaneet mitään tietoa']],
  ['pl', 'tag after a second dash', '– Moja córka urodziła się tutaj – opowiada Anna Nowak.', ['Moja córka urodziła się tutaj']],
  ['pl', 'speech after a colon in the paragraph', 'Kowalski dodał: – Jeśli rząd nie pomoże, zamkniemy szpital.', ['Jeśli rząd nie pomoże, zamkniemy szpital.']],
  ['cs', 'tag after a comma', '– Musíme to zvládnout sami, řekla ministryně Jana Dvořáková.', ['Musíme to zvládnout sami']],
  ['hu', 'tag after a second dash', '– Nem tudtuk, mi történik – mondta Kiss Péter.', ['Nem tudtuk, mi történik']],
  ['ru', 'em dash, tag after a comma and dash', '— Денег в бюджете нет, — признался министр финансов.', ['Денег в бюджете нет']],
  ['ru', 'speech going on after the tag', '— Мы ждали три дня, — говорит Анна Смирнова. — Никто не приехал.', ['Мы ждали три дня', 'Никто не приехал.']],
  ['uk', 'em dash, tag after a comma and dash', '— Ми втратили все, — розповідає пенсіонерка Марія Коваль.', ['Ми втратили все']],
  ['bg', 'en dash, tag after a second dash', '– Всичко е наред – каза министърът.', ['Всичко е наред']],
  ['vi', 'en dash, tag after a second dash', '– Chúng tôi đã chờ ba ngày rồi – bà Lan nói.', ['Chúng tôi đã chờ ba ngày rồi']],
];

describe('quote conventions: broken quotes', () => {
  runConventions(BROKEN);
});

describe('quote conventions: dialogue dashes', () => {
  runConventions(DIALOGUE);
});
