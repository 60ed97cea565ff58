// Kinds the sixtieth held-out set showed in Slovene and Lithuanian copy, in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const AGED_GIVEN_NAME_FROM_PLACE =
  'Na postaji je bilo mirno. »Avtobus mi ne ustreza, zato hodim peš,« pravi 15-letna Maja iz Brestovega, ki obiskuje šolo v mestu.';
const FULL_NAME_FROM_PLACE = 'Na postaji je bilo mirno. »Avtobus mi ne ustreza, zato hodim peš,« pravi Maja Kovač iz Dolenje vasi.';
const OWNER_BEFORE_ROLE = 'Kokous venyi iltaan. ”Aikataulu pitää, ja urakka valmistuu keväällä”, sanoi Kuusiston seurakunnan kirkkoherra Aapo Lindholm.';

/** `pravi 15-letna Maja iz Brestovega`: an age, a given name alone, then "from" and a place — the name speaks, not the place (tag-particles.ts ORIGIN_WORD). */
kindTable(
  'A given name alone after an age, then where the person is from',
  [
    ['sl: `pravi 15-letna Maja iz Brestovega` is Maja', AGED_GIVEN_NAME_FROM_PLACE, 'Avtobus mi ne ustreza', 'Maja', ANY],
    ['counter-case sl: `pravi Maja Kovač iz Dolenje vasi` is the full name', FULL_NAME_FROM_PLACE, 'Avtobus mi ne ustreza', 'Maja Kovač', ANY],
    ['counter-case fi: a capitalised owner before a lower-case role stays the role’s', OWNER_BEFORE_ROLE, 'Aikataulu pitää', 'Aapo Lindholm', ANY],
  ],
);

const RELATION_BEFORE_NAME_COLON = 'Festivalis baigėsi sekmadienį. Režisieriaus sūnus Tomas Kairys sakė: „Tėvas visada norėjo.“';
const RELATION_NAME_LISTENER_OUTLET_COLON =
  'Festivalis baigėsi sekmadienį. Režisieriaus duktė Rūta Kairytė-Jonaitienė portalui „Kino naujienos“ sakė: „Tėvas visada norėjo.“';
const OUTLET_IN_QUOTES_COLON = 'Festivalis baigėsi sekmadienį. Tomas Kairys dienraščiui „Šiaurės žinios“ sakė: „Tėvas visada norėjo.“';
const PREPOSITION_BEFORE_NAME_COLON =
  'Festivalis baigėsi sekmadienį. Su režisieriaus sūnumi Tomu Kairiu kalbėjomės: „Tėvas visada norėjo, kad filmas būtų rodomas čia, namuose, prie upės.“';

/** `<Genitive> sūnus X Y [portalui „…“] sakė: „…“`: a relation opening the sentence is the speaker's role, the name after it speaks (role-name-colon.ts). */
kindTable(
  'A relation noun with its genitive before a name and a colon tag',
  [
    ['lt: `Režisieriaus sūnus X Y sakė:` is X Y', RELATION_BEFORE_NAME_COLON, 'Tėvas visada', 'Tomas Kairys', 'sūnus'],
    ['lt: `… duktė X Y-Z portalui „…“ sakė:` is X Y-Z, the outlet in quotes no quote', RELATION_NAME_LISTENER_OUTLET_COLON, 'Tėvas visada', 'Rūta Kairytė-Jonaitienė', 'duktė'],
    ['counter-case lt: `X Y dienraščiui „…“ sakė:` keeps the name with no role', OUTLET_IN_QUOTES_COLON, 'Tėvas visada', 'Tomas Kairys', null],
    ['counter-case lt: `Su … X Y kalbėjomės:` opens on a preposition: whom the paper spoke with is no speaker', PREPOSITION_BEFORE_NAME_COLON, 'Tėvas visada', UNNAMED, ANY],
  ],
);
