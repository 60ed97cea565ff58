// An Estonian tag closing on the paper spoken to, named by its place in the genitive and a head noun
// (`rääkis Kask Järva Teatajale`): the place word belongs to the paper, not to the name (the fifty-fifth held-out set
// showed a surname read together with the paper's place word), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const INTRO = 'Valla ehitusnõunik Peeter Kuusik on uue silla plaanidega rahul.';
const QUOTE = '„Sild peab valmis saama enne talve, muidu jääb küla kaheks kuuks ilma bussita“';

kindTable('An Estonian place-named paper after the speaker is no part of the name', [
  ['surname alone, then `Place Teatajale`', `${INTRO} ${QUOTE}, rääkis Kuusik Saarte Teatajale.`, 'Sild peab', 'Peeter Kuusik', ANY],
  ['full name, then `Place Häälele`', `Vallas on sillast palju räägitud. ${QUOTE}, ütles Maret Lillepuu Hiiu Häälele.`, 'Sild peab', 'Maret Lillepuu', ANY],
  ['counter-case: a name ending in a vowel before a bare paper stays whole', `Vallas on sillast palju räägitud. ${QUOTE}, ütles Maret Karu Postimehele.`, 'Sild peab', 'Maret Karu', ANY],
  ['counter-case: a consonant-closed surname before a one-word listener', `Vallas on sillast palju räägitud. ${QUOTE}, rääkis Maret Lillepuu Kullerile.`, 'Sild peab', 'Maret Lillepuu', ANY],
]);
