// Kinds the thirty-sixth session read (a twenty-fifth set of invented articles), each in fresh sentences of my own, with
// counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const FARM_BILL =
  'Senate Democrats have refused the offer.\n\n' +
  'Senator Hollis Brandt, an Oregon Democrat on the Agriculture Committee, called the proposal a dead end. “There will be no bill on those terms,” Brandt told me.\n\n' +
  'At a fair in Salem, Oregon, last summer, she told a tent of wheat growers that “the kitchen and the silo are one budget,” a line her aides have repeated in nearly every release since.\n\n' +
  'Democrat Rena Moss said: “We will wait for the markup.”';

/** `a Minnesota Democrat`: a party is no family name, so `Minnesota` later is no mention of a person (non-person-words.ts). */
kindTable('English party words are no names', [
  ['en: `X Y, an Oregon Democrat, … ¶ At a fair in Z, Oregon, … she told … that “…”` is X Y', FARM_BILL, 'the kitchen and the silo', 'Hollis Brandt', ANY],
  ['en: `Democrat X Y said: “…”` is still X Y', FARM_BILL, 'We will wait for the markup', 'Rena Moss', ANY],
]);

const TEXTS =
  '“Return the cards by Monday. The checks clear on the 20th,” according to a text message Ruben Halloway sent to several drivers in May, which one of them shared with the Courier.\n\n' +
  '“Pay it back by June,” according to a memo the company circulated to staff.';

/** `“…,” according to a text message X sent …`: the one who sent the message, not the message (cues.ts). */
kindTable('English messages a named person sent', [
  ['en: `“…,” according to a text message X Y sent …` is X Y', TEXTS, 'Return the cards by Monday', 'Ruben Halloway', ANY],
  ['en: `“…,” according to a memo the company circulated` stays described', TEXTS, 'Pay it back by June', DESCRIBED, ANY],
]);

describe('English work titles set beside their noun (filter.ts)', () => {
  const text =
    'Lena Ostrova led the state parks board for a decade, then published a memoir, “Fence Posts and Rain,” that her critics quoted at the hearing.\n\n' +
    'Asked about the book, Ostrova said, “Read It Twice.”';
  const quotes = findQuotes(text).map((quote) => quote.text);
  it('`wrote a memoir, “Fence Posts and Rain,” that …` is a title, no quote', () => expect(quotes.some((quote) => quote.startsWith('Fence Posts'))).toBe(false));
  it('`Ostrova said, “Read It Twice.”` stays a quote', () => expect(quotes.some((quote) => quote.startsWith('Read It Twice'))).toBe(true));
});

const TRIAL =
  'Rättegången fortsatte på tisdagen i tingsrätten.\n\n' +
  '– Jag hörde ett skott bakom ladan, sade Nyberg. Det var mörkt och jag sprang dit direkt.\n\n' +
  '– Det är svårt att förklara, säger Holm. Hon är 45 år och bor sedan länge i byn.\n\n' +
  'Hans syster Karin Dahl följde förhandlingen. Efter rättegången sade hon till tidningen att familjen inte söker hämnd.\n\n' +
  '– Vi vill bara att domen ska säga att det här inte fick hända.';

/**
 * Swedish dash paragraphs: after a comma tag closed by its stop the speaker goes on in the first person; a dash paragraph after
 * one reporting what a pronoun's person said is that person's words (lang/dialogue.ts, lang/dash-introduced.ts).
 */
kindTable('Swedish dash paragraphs going on after the tag', [
  ['sv: `– A, sade X. Det var … jag …` goes on as X', TRIAL, 'Det var mörkt och jag sprang', 'Nyberg', ANY],
  ['sv: `– A, sade X.` keeps its first part', TRIAL, 'Jag hörde ett skott', 'Nyberg', ANY],
  ['sv: `X Y följde … sade hon till tidningen att … ¶ – …` is X Y', TRIAL, 'Vi vill bara att domen', 'Karin Dahl', ANY],
]);

describe('Narrative after a dash line’s tag stays the writer’s (lang/dialogue.ts)', () => {
  const quotes = findQuotes(TRIAL).map((quote) => quote.text);
  it('sv: `– …, säger Holm. Hon är 45 år …` is no quote after the tag', () => expect(quotes.some((quote) => quote.startsWith('Hon är 45'))).toBe(false));
  const bairro = findQuotes('A feira voltou ao bairro no sábado.\n\n— Isso é o que a gente esperava há meses, disse Ana Lima. Os moradores reclamaram da demora nas obras da praça.').map((quote) => quote.text);
  it('pt: `— …, disse X. Os moradores …` (`os`, an article, no first person) is no quote after the tag', () => expect(bairro.some((quote) => quote.startsWith('Os moradores'))).toBe(false));
});

const WORKSHOP =
  'Yangın sabah saatlerinde başladı.\n\n' +
  'Yaralananlardan biri de 41 yaşındaki Nurten Koçak\'tı. Taburcu edilen Koçak, o sabahı muhabirimize anlattı.\n\n' +
  '“İki yıldır orada çalışıyorum” diyen Koçak, “Sigortamız bile yoktu. Maaşı kim ödeyecek?” dedi.\n\n' +
  'Koçak\'a göre “kapı hep kilitliydi.”';

/** `… Nurten Koçak'tı.`: the copula after a name's apostrophe is no part of the name (name-forms.ts). */
kindTable('Turkish names with the copula after the apostrophe', [
  ['tr: `X Y\'tı. … “…” diyen Y, “…” dedi.` is X Y', WORKSHOP, 'İki yıldır orada', 'Nurten Koçak', ANY],
  ['tr: the part after `diyen Y,` is X Y too', WORKSHOP, 'Sigortamız bile yoktu', 'Nurten Koçak', ANY],
  ['tr: `Y\'a göre “…”`, the dative, is still X Y', WORKSHOP, 'kapı hep kilitliydi', 'Nurten Koçak', ANY],
]);

const FIRE =
  'Η φωτιά ξέσπασε το απόγευμα στο δάσος.\n\n' +
  '«Η εικόνα είναι καλύτερη από το βράδυ», δήλωσε στο ραδιόφωνο η εκπρόσωπος του Λιμενικού Σώματος, ανθυποπλοίαρχος Ευτυχία Ράλλη.\n\n' +
  'Ο πρόεδρος του χωριού Στέλιος Καρράς έμεινε εκεί όλη νύχτα. «Είδαμε τη φωτιά να κατεβαίνει από τη ρεματιά», περιγράφει ο κ. Καρράς.\n\n' +
  'Τα αίτια ερευνώνται. Η κ. Ράλλη πάντως εμφανίστηκε επιφυλακτική: «Είναι νωρίς για συμπεράσματα».\n\n' +
  'Η ανακοίνωση του δήμου ήταν σαφής: «Κανείς δεν θα μείνει έξω από το σπίτι του».';

/**
 * Greek: a rank in lower case between the comma and the name; `περιγράφει` (describes) as a verb of saying; a sentence opening
 * with `Η κ. X` and ending in a colon is X's lead-in (lang/el.ts).
 */
kindTable('Greek ranks, describing verbs and colon lead-ins', [
  ['el: `», δήλωσε … η εκπρόσωπος του Σώματος, ανθυποπλοίαρχος X Y.` is X Y', FIRE, 'Η εικόνα είναι καλύτερη', 'Ευτυχία Ράλλη', ANY],
  ['el: `», περιγράφει ο κ. X.` is the X the text named', FIRE, 'Είδαμε τη φωτιά', 'Στέλιος Καρράς', ANY],
  ['el: `Η κ. X πάντως εμφανίστηκε επιφυλακτική: «…»` is X', FIRE, 'Είναι νωρίς για', 'Ευτυχία Ράλλη', ANY],
  ['el: `Η ανακοίνωση του δήμου ήταν σαφής: «…»` names no one', FIRE, 'Κανείς δεν θα μείνει', UNNAMED, ANY],
]);

const STRIKE =
  'Dyrektor szpitala Paweł Grabiec przekonuje, że placówka nie ma pieniędzy. „Nasz dług rośnie co miesiąc” – powiedział we wtorek.\n\n' +
  'Grabiec mówi, że placówka wystąpi do oddziału Narodowego Funduszu Zdrowia o wyższą stawkę. – Rozumiem gniew pielęgniarek – dodał dyrektor – lecz kasa jest pusta.\n\n' +
  'Głos zabrał też starosta Edward Mularczyk, któremu podlega szpital. Pieniądze przyszły z programu „Bezpieczna Gmina 2029”. Starosta zapewnia, że nie zamknie oddziału.\n\n' +
  '„Ten szpital to dla ludzi z całej okolicy sprawa pierwszej wagi” – stwierdził.';

/**
 * Polish: a body in the genitive (`Narodowego Funduszu Zdrowia`) is no person (lang/newlang-roles.ts); a quote opening its
 * paragraph with a tag of one verb is the one person the paragraph before introduced, a programme's name in marks there
 * no quote (lang/dash-introduced.ts).
 */
kindTable('Polish bodies in the genitive and one-verb tags', [
  ['pl: `– …– dodał dyrektor –` after `… Narodowego Funduszu Zdrowia …` is the director', STRIKE, 'Rozumiem gniew pielęgniarek', 'Paweł Grabiec', ANY],
  ['pl: `Głos zabrał też starosta X Y … „Z W 2029”. … ¶ „…” – stwierdził.` is X Y', STRIKE, 'Ten szpital to dla ludzi', 'Edward Mularczyk', ANY],
  ['pl: `„…” – powiedział` after `Dyrektor X Y przekonuje …` is still X Y', STRIKE, 'Nasz dług rośnie', 'Paweł Grabiec', ANY],
]);

const MARKET =
  'Diwani Rashidi Kitwana alipinga mpango wa kuhamisha soko. “Tukishindwa kukubaliana, tutaenda kwa Mkuu wa Mkoa,” alisema.\n\n' +
  'Mama mmoja anayeuza maandazi karibu na soko, ambaye aliomba jina lake lisitajwe, alisema wateja wake ni wavuvi. “Wakiondoka wao, nitauza kwa nani?” alihoji.\n\n' +
  'Mwenyekiti wa wachuuzi, Saidi Mbwambo, ambaye jina lake linajulikana sokoni, alisema: “Hatuna pa kwenda.”';

/** Swahili: `Diwani` (councillor) is a title; `ambaye … jina lake lisitajwe` withholds the name (names.ts, anonymity-clause.ts). */
kindTable('Swahili titles and withheld names', [
  ['sw: `Diwani X Y … “…,” alisema.` is X Y', MARKET, 'Tukishindwa kukubaliana', 'Rashidi Kitwana', ANY],
  ['sw: `Mama mmoja …, ambaye aliomba jina lake lisitajwe, … “…” alihoji.` is the woman, unnamed', MARKET, 'Wakiondoka wao', DESCRIBED, ANY],
  ['sw: `X Y, ambaye jina lake linajulikana …, alisema:` is still X Y', MARKET, 'Hatuna pa kwenda', 'Saidi Mbwambo', ANY],
]);

const COURT =
  'Die saak is Dinsdag in die hof aangehoor.\n\n' +
  'Die staatsaanklaer, adv. Ronel Smit, het die hof versoek om Mouton in aanhouding te hou. “Mouton woon nêrens vas nie. Vorige jaar het hy ook weggebly van die hof,” het sy aangevoer.\n\n' +
  'Landdros Hester Joubert het die staat se argument aanvaar. Tydens die uitspraak het sy verduidelik die hof moet ook aan die boere se vrese dink.\n\n' +
  '“Diefstal van vee tref hierdie gemeenskap baie swaar, elke jaar weer.”\n\n' +
  '“Die hof is nie oortuig dat hy sal opdaag nie,” het die landdros bygevoeg.';

/**
 * Afrikaans: `aangevoer` (argued) closes the perfect; `In haar uitspraak het sy gesê …` keeps its pronoun subject; `Landdros`
 * (magistrate) is a role, and `die landdros` the one named with it (lang/af.ts, lang/newlang-roles.ts).
 */
kindTable('Afrikaans perfect tags, inverted pronouns and the magistrate', [
  ['af: `“…,” het sy aangevoer.` after `adv. X Y` is X Y', COURT, 'Mouton woon nêrens vas', 'Ronel Smit', ANY],
  ['af: `Tydens die uitspraak het sy verduidelik … ¶ “…”` is the magistrate just named', COURT, 'Diefstal van vee tref', 'Hester Joubert', ANY],
  ['af: `“…,” het die landdros bygevoeg.` is the magistrate', COURT, 'Die hof is nie oortuig', 'Hester Joubert', ANY],
]);

const POOL =
  'A képviselő-testület kedden bezárta az uszodát.\n\n' +
  'Az ülésen a közönség soraiban ült Fekete Zoltán, a Tiszamenti Delfin Úszóklub vezetőedzője is. A 41 éves szakember a döntés után sokáig hallgatott.\n\n' +
  '– Hetvenkét gyerek edz nálunk, a legfiatalabbak még óvodások. Most vagy a megyeszékhelyre hordjuk őket, vagy feladják.';

/** Hungarian bodies are compounds closing on their noun (`Úszóklub`): no second person beside the one introduced (lang/newlang-roles.ts). */
kindTable('Hungarian clubs are no people', [
  ['hu: `ült X Y, a Z Úszóklub vezetőedzője … ¶ – …` is X Y', POOL, 'Hetvenkét gyerek edz', 'Fekete Zoltán', ANY],
]);

const MATCH =
  'Goolka guusha waxaa dhaliyay kabtanka kooxda, Cabdi Nuur Xaaji, oo 24 jir ah. Kulanka dabadiis, Cabdi oo aad u faraxsan ayaa sidan yiri: “Koobkan waa mid loogu talagalay taageerayaasha.”\n\n' +
  'Guddoomiyaha gobolka, Xasan Cali Muuse, oo ah nin caan ah, ayaa yiri: “Waan ku faraxsanahay guushan.”';

/** Somali: `X oo <how they were> ayaa sidan yiri:` is X, the short form of the name given in full (lang/so.ts). */
kindTable('Somali subjects with an `oo` clause', [
  ['so: `…, X oo ay … ayaa sidan yiri: “…”` is the X the text named in full', MATCH, 'Koobkan waa mid', 'Cabdi Nuur Xaaji', ANY],
  ['so: `Guddoomiyaha gobolka, X Y Z, oo ah …, ayaa yiri:` is still X Y Z', MATCH, 'Waan ku faraxsanahay', 'Xasan Cali Muuse', ANY],
]);

const HEARING_CS =
  'Obhájce Tomáš Beneš řekl: „Můj klient nic neukradl a soud to jistě uzná.“\n\n' +
  'Jako druhá svědkyně vypovídala pokladní obecního úřadu Alena Kubíčková. Před soudem uvedla, že o převodech věděla.\n\n' +
  '„Peníze odešly bez podpisu, to jsem viděla sama a nikomu jsem to neřekla,“ doplnila.';

/** Czech `„…,“ doplnila.` (the comma inside the marks, a verb alone after them) opening its paragraph is the one person introduced before (lang/dash-introduced.ts). */
kindTable('Czech one-verb tags after a paragraph introducing someone', [
  ['cs: `… vypovídala … X Y. … ¶ „…,“ doplnila.` is X Y, not the lawyer quoted before', HEARING_CS, 'Peníze odešly bez podpisu', 'Alena Kubíčková', ANY],
  ['cs: `X Y řekl: „…“` is still X Y', HEARING_CS, 'Můj klient nic', 'Tomáš Beneš', ANY],
]);

const MINE_KA =
  'მაღაროელები მესამე დღეა ქუჩაში არიან.\n\n' +
  '„ჩვენ არ დავნებდებით, სანამ ხელფასს არ მოგვიმატებენ“, – აღნიშნა ნინო კაპანაძემ.\n\n' +
  'ქარხნის პრესსამსახურის უფროსის, გიორგი ბერიძის განცხადებით, საწარმო ზარალშია. მისივე თქმით, შეკვეთები შემცირდა. „ხელფასს ახლა ვერ გავზრდით, ეს შეუძლებელია“, – განუცხადა მან ჟურნალისტებს.\n\n' +
  'აქციას ქალაქის სხვა მცხოვრებლებიც შეუერთდნენ. „ეს ყველას გვეხება“, – თქვა მან.';

/** Georgian `– განუცხადა მან.` (he told) after sentences that give their words by someone's statement is that person (lang/ka.ts, lang/introduced.ts). */
kindTable('Georgian pronoun tags after the source a paragraph names', [
  ['ka: `… X Yის განცხადებით, … . მისივე თქმით, … . „…“, – განუცხადა მან` is X Y', MINE_KA, 'ხელფასს ახლა ვერ', 'გიორგი ბერიძე', ANY],
  ['ka: `„…“, – აღნიშნა X Yმ.` is still X Y', MINE_KA, 'ჩვენ არ დავნებდებით', 'ნინო კაპანაძე', ANY],
  ['ka: `– თქვა მან.` after a paragraph naming no one goes on with the last speaker', MINE_KA, 'ეს ყველას გვეხება', 'გიორგი ბერიძე', ANY],
]);
