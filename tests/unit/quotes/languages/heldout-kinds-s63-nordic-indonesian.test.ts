// Kinds the sixty-third held-out set showed in Finnish, Norwegian, Danish and Indonesian copy, each in fresh sentences of
// my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY } from './kind-table';

const FI_INTRO = 'Kunnan rakennusvalvoja Pekka Saarinen pitää lupapäätöstä outona. Päätös tehtiin ilman kuulemista.\n\n';

/** `– …, Mäkinen sanoo Radio Pohjolalle. – …`: a Finnish allative after the name and verb is whom it was said to (outlet-listener.ts). */
kindTable('Finnish: an outlet in the allative closing a name-first dash tag', [
  ['fi: `Saarinen sanoo Radio Pohjolalle.` cuts the speech and names Saarinen', FI_INTRO + '– Hakemus oli täysin kunnossa, Saarinen sanoo Radio Pohjolalle. – Lupa pitää käsitellä uudelleen, ja teemme sen syksyllä.\n\nAsia käsitellään lokakuussa.', 'Hakemus oli täysin kunnossa', 'Pekka Saarinen', ANY],
  ['fi: the speech reopened after the tag is his too', FI_INTRO + '– Hakemus oli täysin kunnossa, Saarinen sanoo Radio Pohjolalle. – Lupa pitää käsitellä uudelleen, ja teemme sen syksyllä.\n\nAsia käsitellään lokakuussa.', 'Lupa pitää käsitellä', 'Pekka Saarinen', ANY],
  ['counter-case fi: verb first, a given name in -lle is the name (`sanoo Kalle Niemi`)', 'Kylän tie on ollut kiinni viikon.\n\n– Tie pitää avata ennen talvea, sanoo Kalle Niemi.', 'Tie pitää avata', 'Kalle Niemi', ANY],
]);

/** `– …` ¶ `Näin kuvailee tilannetta X, …`: a Finnish object in the partitive between "so describes" and the speaker (words-owned-after.ts). */
kindTable('Finnish: `Näin <verb> <object> X` after an untagged dash paragraph', [
  ['fi: `Näin kuvailee tilannetta Aino Kettunen` owns the dash paragraph before', 'Tulva nousi kylään maanantaina.\n\nKylä kärsii\n\n– Monen kellari on ollut veden alla jo viikon. Jotkut ovat joutuneet muuttamaan sukulaisilleen.\n\nNäin kuvailee tilannetta Aino Kettunen, Jokivarren kyläyhdistyksen sihteeri. Kylässä asuu noin 300 ihmistä.', 'Monen kellari', 'Aino Kettunen', ANY],
]);

const NB_INTRO = 'Landslagstrener Kari Holt fulgte løpet fra tribunen i Bodø, og hun var klar: «Dette er en viktig dag for hele klubben.»\n\n';

/** `sier landslagstreneren til Radio X`: a definite role noun in -en, then whom it was said to (newlang-roles.ts, newlang-shared.ts). */
kindTable('Norwegian: a definite role noun and a listener of two words closing a dash tag', [
  ['nb: `sier landslagstreneren til Radio Nordvest` is the coach named before', NB_INTRO + '– Vi har ventet på denne dagen i tjue år. Den betyr alt for klubben, sier landslagstreneren til Radio Nordvest.', 'Vi har ventet på denne dagen', 'Kari Holt', ANY],
  ['counter-case nb: a name after the role is the speaker, not the one named before', NB_INTRO + '– Vi har ventet på denne dagen i tjue år. Den betyr alt for klubben, sier treneren Per Lund.', 'Vi har ventet på denne dagen', 'Per Lund', 'treneren'],
]);

const NB_TWO_PARAGRAPHS = 'Fiskeren Ole Brekke har drevet i fjorden i førti år.\n\nOm framtiden er han usikker.\n\n– Jeg vet ikke hvor lenge jeg orker å holde på. Båten er gammel og prisene er lave.\n\n– Men i dag er jeg glad for at vi fikk en god fangst, sier Brekke.\n\nKvoten for neste år blir klar i desember.';
const NB_LIST_LINE = 'Fiskeren Ole Brekke har drevet i fjorden i førti år.\n\nDette står på lista:\n\n– Ny kai ved fiskemottaket i Vestvik innen neste sommer.\n\n– Men i dag er jeg glad for at vi fikk en god fangst, sier Brekke.';

/** `– <first person, untagged>` ¶ `– …, sier X.`: the words run over two dash paragraphs, the tag at the end of the last (dialogue.ts). */
kindTable('Norwegian: an untagged first-person dash paragraph before a tagged one', [
  ['nb: the untagged first paragraph is speech, Brekke’s', NB_TWO_PARAGRAPHS, 'Jeg vet ikke hvor lenge', 'Ole Brekke', ANY],
]);
describe('Norwegian: a dash line that is no speech before a tagged one', () => {
  it('counter-case nb: a list line in no person’s words is no quote', () => {
    expect(findQuotes(NB_LIST_LINE).map((quote) => quote.text)).not.toContain('Ny kai ved fiskemottaket i Vestvik innen neste sommer.');
  });
});

const DA_BODY_FIRST = 'Vestås Varme havde natten forinden fundet fejl i tre anlæg.\n\n';
/** `X, driftschef i <Body>, peger på …` ¶ `Hun forklarer: »…«`: the run after a role noun and "in" is the workplace, no person (entities.ts). */
kindTable('Danish: a workplace after a role noun is no person for a pronoun', [
  ['da: `Hun` is the chief, not the utility she works in', DA_BODY_FIRST + 'Hvor ilden startede, er endnu uvist. Mette Kjær, driftschef i Vestås Varme, peger på en defekt ledning som den mest sandsynlige forklaring.\n\nHun forklarer: »Vi fandt en smeltet ledning bag køleskabet i går, og den kan have startet det hele.«', 'Vi fandt en smeltet ledning', 'Mette Kjær', ANY],
  ['counter-case da: with no body before, the same chief', 'Hvor ilden startede, er endnu uvist. Mette Kjær, driftschef i Vestås Varme, peger på en defekt ledning.\n\nHun forklarer: »Vi fandt en smeltet ledning bag køleskabet i går, og den kan have startet det hele.«', 'Vi fandt en smeltet ledning', 'Mette Kjær', 'driftschef'],
]);

/** `»…«` ¶ `Sådan lyder det fra X, …`: the words pointing back are no role (introduced-role.ts). */
kindTable('Danish: `Sådan lyder det fra X` gives no role', [
  ['da: no role `Sådan lyder det`', '»Vi har ventet på bussen i fire dage nu, og ingen kan fortælle os, hvornår den kommer. Det er ikke rimeligt.«\n\nSådan lyder det fra Jonna Holm, pædagog på Skovvej med tre børn. Hun har kørt sine børn selv hele ugen.', 'Vi har ventet på bussen', 'Jonna Holm', null],
  ['counter-case da: a role noun before the name stays', '»Vi har ventet på bussen i fire dage nu, og ingen kan fortælle os, hvornår den kommer. Det er ikke rimeligt.«\n\nSådan lyder det fra pædagog Jonna Holm. Hun har kørt sine børn selv hele ugen.', 'Vi har ventet på bussen', 'Jonna Holm', ANY],
]);

const ID_MARKET = 'Pasar malam di alun-alun kembali dibuka pekan ini setelah dua tahun ditutup.\n\n“Dulu saya jualan keliling kampung. Sekarang pembeli datang sendiri, dan dagangan habis sebelum jam sembilan.”\n\n';
/** `“…”` ¶ `Begitu pengakuan X (41), …`: "so went X's admission" owns the quote before (next-sentence-unnamed.ts). */
kindTable('Indonesian: `Begitu pengakuan X` after a quote standing alone', [
  ['id: `Begitu pengakuan Dewi Lestari (41)` names the speaker', ID_MARKET + 'Begitu pengakuan Dewi Lestari (41), pedagang kue yang sudah berjualan di alun-alun sejak 2015. Ia berharap pasar malam buka setiap pekan.\n\nNamun, ia menyayangkan parkir yang sempit. “Kalau hujan, pembeli tidak bisa masuk,” katanya.', 'Dulu saya jualan', 'Dewi Lestari', ANY],
  ['id: her next quote, `katanya`, stays hers', ID_MARKET + 'Begitu pengakuan Dewi Lestari (41), pedagang kue yang sudah berjualan di alun-alun sejak 2015. Ia berharap pasar malam buka setiap pekan.\n\nNamun, ia menyayangkan parkir yang sempit. “Kalau hujan, pembeli tidak bisa masuk,” katanya.', 'Kalau hujan', 'Dewi Lestari', ANY],
]);
describe('Indonesian: `Begitu` not pointing back at the words', () => {
  it('counter-case id: `Begitu banyak pedagang …` names no speaker', () => {
    const quote = findQuotes(ID_MARKET + 'Begitu banyak pedagang datang sehingga panitia menambah tenda. Dewi Lestari termasuk di antara mereka.').find((found) => found.text.startsWith('Dulu saya jualan'));
    expect(quote?.speaker ?? null).not.toBe('Dewi Lestari');
  });
});
