// A Finnish or Estonian paragraph bringing in someone unnamed and reporting what they say, then their words as an untagged
// dash line (the fifty-fourth held-out set showed `Eräs …, joka ei halua nimeään julki, sanoo …` / `– …`), in fresh
// sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const LEAD = 'Satamassa kalastajat ovat huolissaan Teemu Saarisen päätöksestä. Hänen mukaansa kiintiöt pienenevät.\n\n';

kindTable('An untagged dash line after a paragraph reporting what an unnamed person says is theirs', [
  ['Finnish: `Eräs kalastaja, joka … , sanoo …` / `– …`', `${LEAD}Rannalla asiasta ei puhuta mielellään. Eräs kalastaja, joka ei halua nimeään lehteen, sanoo saaliiden pienentyneen.\n\n– Ennen verkot olivat aamulla täynnä. Nyt saa olla iloinen yhdestä ahvenesta.\n\nKunta päättää asiasta syksyllä.`, 'Ennen verkot', DESCRIBED, null],
  ['Finnish, past tense: `Eräs viljelijä, joka …, kertoi …`', `${LEAD}Eräs viljelijä, joka ei halua nimeään julkisuuteen, kertoi pelänneensä tulvaa koko kevään.\n\n– Kellari oli vedessä jo kahtena vuonna peräkkäin, eikä kukaan tullut auttamaan.\n\nKunta päättää asiasta syksyllä.`, 'Kellari oli', DESCRIBED, null],
  ['counter-case: a named person reported so is named, not described', `${LEAD}Kalastaja Ville Koskinen sanoo saaliiden pienentyneen.\n\n– Ennen verkot olivat aamulla täynnä. Nyt saa olla iloinen yhdestä ahvenesta.\n\nKunta päättää asiasta syksyllä.`, 'Ennen verkot', 'Ville Koskinen', ANY],
]);
