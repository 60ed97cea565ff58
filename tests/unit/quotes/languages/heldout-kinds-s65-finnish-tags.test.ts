// A Finnish tag in the present tense with the paper spoken to or the town the speaker is in after the name, in fresh
// sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

/** `sanoo X Y Aamulehdelle`: the present tense as well as the past, the allative listener no part of the name (lang/listener-after-name.ts). */
kindTable('A Finnish present-tense tag with the listener or the town after the name', [
  ['fi: `sanoo kunnanjohtaja X Y Lehdelle` is X Y, the role kept',
    'Valtuusto hyväksyi talousarvion maanantaina.\n\n– Tämä on meille iso askel eteenpäin, sanoo kunnanjohtaja Pirjo Lahtinen Järviseudun Sanomille.',
    'Tämä on meille', 'Pirjo Lahtinen', 'kunnanjohtaja'],
  ['fi: `kertoo X Y Helsingin Sanomille`: the paper’s town in the genitive goes with it',
    'Päätös tuli yllätyksenä koko kylälle. ”Emme osanneet odottaa tätä”, kertoo Matti Rautio Tampereen Sanomille.',
    'Emme osanneet', 'Matti Rautio', ANY],
  ['fi: `sanoo X Y Kuopiossa`: the town in the inessive is no part of the name',
    'Tehdas suljetaan keväällä. ”Tämä on koko seudulle kova isku”, sanoo Anneli Koskela Iisalmessa.',
    'Tämä on koko', 'Anneli Koskela', ANY],
  ['counter-case fi: a family name ending in -n before the paper stays whole (`Antti Lindtman Aamulehdelle`)',
    'Päätös tuli yllätyksenä. ”Emme osanneet odottaa tätä”, sanoo Antti Lindtman Aamulehdelle.',
    'Emme osanneet', 'Antti Lindtman', ANY],
  ['counter-case fi: a three-word name ending in -nen stays whole before the paper',
    'Päätös tuli yllätyksenä. ”Emme osanneet odottaa tätä”, sanoo Maija Liisa Korhonen Aamulehdelle.',
    'Emme osanneet', 'Maija Liisa Korhonen', ANY],
  ['counter-case it: a family name ending in -ssa outside Finnish stays whole',
    'La giunta ha approvato il bilancio. «È un passo enorme», ha detto Maria Grossa.',
    'È un passo', 'Maria Grossa', ANY],
]);
