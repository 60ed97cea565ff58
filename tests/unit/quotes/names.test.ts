import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../utils/quotes/names';

describe('cleanName: what is left of a capitalised run is a name or nothing', () => {
  it.each([
    ['a Spanish article opening a sentence', 'La', ''],
    ['a French article opening a sentence', 'Le', ''],
    ['a German article and its capitalised noun', 'Die Stadt', ''],
    ['a German newspaper after its article', 'Der Spiegel', ''],
    ['a sentence opener in another language', 'Pour Claire Martin', 'Claire Martin'],
    ['counter-case: an article that is part of a name', 'Le Pen', 'Le Pen'],
    ['counter-case: a family name that is also a German article', 'Das', 'Das'],
    ['counter-case: a particle inside a name', 'Ursula von der Leyen', 'Ursula von der Leyen'],
  ])('%s', (_name, run, expected) => {
    expect(cleanName(run)).toBe(expected);
  });
});
