// A lone quote whose speaker the next paragraph names with "With those words, X …", in fresh sentences of my own, with
// counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const lone = (quote: string, next: string): string => `The board met on Monday.\n\n${quote}\n\n${next}`;

/** `“…”.` ¶ `Con esa frase, el alcalde X Y abrió …`: "with those words" points back at the quote (lang/thus-tells.ts, revealed-after.ts). */
kindTable('"With those words" opening the paragraph after a lone quote', [
  ['es: `Con esa frase, el alcalde X Y abrió` (full stop outside the marks)',
    lone('“Este pueblo no puede esperar otro invierno”.', 'Con esa frase, el alcalde Julián Prieto abrió la sesión extraordinaria del concejo.'),
    'Este pueblo', 'Julián Prieto', ANY],
  ['it: `Con queste parole il sindaco X Y ha aperto`',
    lone('«Questo paese non può aspettare un altro inverno».', 'Con queste parole il sindaco Paolo Ferri ha aperto la seduta del consiglio.'),
    'Questo paese', 'Paolo Ferri', ANY],
  ['pt: `Com essas palavras, a ministra X Y encerrou`',
    lone('“Esta cidade não pode esperar mais um inverno.”', 'Com essas palavras, a ministra Helena Barros encerrou a reunião com os prefeitos.'),
    'Esta cidade', 'Helena Barros', ANY],
  ['en: `With those words, Mayor X Y opened`',
    lone('"This town cannot wait another winter."', 'With those words, Mayor Ada Brennock opened the special session of the council.'),
    'This town', 'Ada Brennock', ANY],
  ['counter-case es: `Con esas obras, el alcalde X Y espera` points back at no words',
    lone('“Este pueblo no puede esperar otro invierno”.', 'Con esas obras, el alcalde Julián Prieto espera ganar votos en mayo.'),
    'Este pueblo', UNNAMED, ANY],
  ['counter-case en: a tag after the lone quote in its own paragraph keeps its speaker',
    lone('"This town cannot wait another winter," said resident Lena Hoyt.', 'With those words, Mayor Ada Brennock opened the special session of the council.'),
    'This town', 'Lena Hoyt', ANY],
]);
