// Romance copy glues the outlet spoken to before the speaker (`explicó a Diario del Sur Ana Gil`), sets a discourse
// marker off by commas after a name (`Gil, por su parte, dijo`), and introduces a person with a long office
// (`Ana Gil, presidenta de la Cooperativa de Pescadores de Punta Brava, …`): each with a counter-case.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { fromPersonAfterOutlet, personAfterOutlet } from '../../../utils/quotes/outlet-run';

const said = (...paragraphs: string[]) => findQuotes(paragraphs.join('\n\n')).map((quote) => [quote.speaker, quote.role]);

describe('an outlet glued before the speaker', () => {
  it.each([
    ['Spanish, after `a`', '“La lonja abre el lunes”, explicó a Diario del Sur Ana Gil, gerente de la cooperativa.', ['Ana Gil', 'gerente de la cooperativa']],
    ['Portuguese, after `ao`', '“A lota abre na segunda”, disse ao Jornal do Porto Rui Faria, gerente da cooperativa.', ['Rui Faria', 'gerente da cooperativa']],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual([expected]);
  });

  it('the short name later is the person, not the run with the outlet', () => {
    expect(said('“La lonja abre el lunes”, explicó a Diario del Sur Ana Gil, gerente de la cooperativa.', 'Gil recorrió el muelle. “Habrá hielo para todos”, prometió Gil.').map(([speaker]) => speaker)).toEqual(['Ana Gil', 'Ana Gil']);
  });

  it('counter-case: a run with no kind of publication and particle before the name stays whole', () => {
    expect(personAfterOutlet('Ana Gil Ortega')).toBeNull();
    expect(personAfterOutlet('Radio Ana Gil')).toBeNull();
    expect(fromPersonAfterOutlet('Diario del Sur, que publicó la nota')).toBeNull();
    expect(personAfterOutlet('Diario del Sur Ana Gil')).toBe('Ana Gil');
  });
});

describe('a discourse marker after a name is no role', () => {
  it.each([
    ['`por su parte`', 'Ana Gil llegó tarde. Gil, por su parte, aseguró: «Habrá hielo para todos».', [['Ana Gil', null]]],
    ['`pour sa part`', 'Marc Roux est arrivé. Roux, pour sa part, a déclaré : « Il y aura de la glace pour tous ».', [['Marc Roux', null]]],
    ['counter-case: an office set off the same way is the role', 'Ana Gil llegó tarde. Gil, gerente de la cooperativa, aseguró: «Habrá hielo para todos».', [['Ana Gil', 'gerente de la cooperativa']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('the office a person was introduced with', () => {
  it('a long office in apposition is carried to a later quote', () => {
    expect(said('Ana Gil, presidenta de la Cooperativa de Pescadores de Punta Brava, vende pescado desde 1990.', '“La lonja abre el lunes”, dijo Gil.')).toEqual([['Ana Gil', 'presidenta de la Cooperativa de Pescadores de Punta Brava']]);
  });
  it('counter-case: an apposition that is no office gives no role', () => {
    expect(said('Ana Gil, conocida en todo el puerto de Punta Brava por su buen humor, vende pescado desde 1990.', '“La lonja abre el lunes”, dijo Gil.')).toEqual([['Ana Gil', null]]);
  });
});
