// Kinds the thirty-first session read (kinds left alone in the nineteenth private set, then a twentieth set of invented
// articles), each in fresh sentences of my own, with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, type KindCase } from './kind-table';

const SOURCE_POSTPOSITIONS =
  'A könyvtár felújítása tavasszal kezdődik. Szabó Ildikó építész tervezte az új olvasótermet.\n\n' +
  'Szabó Ildikó szerint „a régi falak többet bírnak, mint gondolnánk, csak a tetőt kell kicserélni”.\n\n' +
  'Mielőtt a munka elkezdődik, a tervek szerint „a teljes gyűjteményt egy raktárba költöztetik”.';

const FINNISH_SOURCE =
  'Kirjaston remontti alkaa keväällä. Arkkitehti Ville Laaksonen suunnitteli uuden lukusalin.\n\n' +
  'Laaksosen mukaan ”vanhat seinät kestävät enemmän kuin luulisi, vain katto pitää uusia”.\n\n' +
  'Johtaja Sari Hakkarainen puhui illalla. Sari Hakkaraisen mukaan ”kokoelma muuttaa varastoon koko kesäksi”.';

/**
 * Hungarian, Finnish and Estonian set their "according to" after the name (`X szerint`, `X:n mukaan`, `X sõnul`); right before
 * an opening mark, the name is the speaker of the words inside (lang/adjacent.ts); a common noun there (`a tervek szerint`,
 * "according to the plans") is no one.
 */
const POSTPOSED_SOURCES: KindCase[] = [
  ['hu: `X Y szerint „…”` is X Y', SOURCE_POSTPOSITIONS, 'a régi falak', 'Szabó Ildikó', null],
  ['fi: `Laaksosen mukaan ”…”` is the Laaksonen named before', FINNISH_SOURCE, 'vanhat seinät', 'Ville Laaksonen', 'arkkitehti'],
  ['fi: `X Hakkaraisen mukaan ”…”` gives the name in its own form, -nen', FINNISH_SOURCE, 'kokoelma muuttaa', 'Sari Hakkarainen', ANY],
];

const GUILD =
  "«Lleida no és Tarragona», afirma Laia Batlle, presidenta de la Cambra de Comerç de Lleida.\n\n" +
  'La regidora Marta Vives ho nega. «Els diners aniran als carrers», diu.\n\n' +
  "La cambra s'hi asseurà. «Parlarem, però no signarem res a cegues», conclou la presidenta de l'associació.";

/**
 * `la presidenta de l'associació`, "the president of the association": a word for any body after the office is the body the
 * holder's role names, so the one the text made president, not the person just named (office-holder.ts); Catalan role nouns.
 */
const ANY_BODY: KindCase[] = [
  ["ca: `conclou la presidenta de l'associació` is the president named before, past a councillor just named", GUILD, 'Parlarem', 'Laia Batlle', ANY],
  ['counter-case ca: `la presidenta del tribunal` is not the chamber’s president but the judge just named', GUILD.replace("presidenta de l'associació", 'presidenta del tribunal').replace('La regidora Marta Vives ho nega.', 'El cas va arribar a la jutgessa Carme Pons.'), 'Parlarem', 'Carme Pons', ANY],
];

kindTable('Names before a postposition of source', POSTPOSED_SOURCES);
kindTable('An office of any body', ANY_BODY);

describe('A common noun before a postposition of source names no one', () => {
  it('counter-case hu: `a tervek szerint „…”` gives its words to no named person', () => {
    const named = findQuotes(SOURCE_POSTPOSITIONS).filter((quote) => quote.text.startsWith('a teljes') && quote.speakerKind === 'name');
    expect(named).toEqual([]);
  });
});
