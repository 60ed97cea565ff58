import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const said = (text: string) => findQuotes(text).map((quote) => [quote.speakerKind === 'description' ? `(${quote.speaker})` : quote.speaker, quote.role ?? null]);

describe('an unnamed subject qualified by a capitalised place or class stays unnamed (unnamed-introduction.ts, unnamed-noun.ts)', () => {
  it.each([
    ['"One Riverside Bay resident said she …" then "she said" is that resident, no person "One Riverside Bay"', 'Minister Hemi Example said crews were “ready to move at short notice”.\n\nOne Riverside Bay resident said she had moved her furniture upstairs. “The creek rose over the road in an hour last time,” she said.', [['Hemi Example', 'Minister'], ['(one Riverside Bay resident)', null]]],
    ['"A Class 9 student …, who asked not to be named," then "she said" is the student, not the minister quoted before', '“The new posts will be filled before the exams,” Rana Example said.\n\nA Class 9 student at a village school, who asked not to be named, said she studied from borrowed books. “Without a teacher we copy answers from the older girls,” she said.', [['Rana Example', null], ['(a Class 9 student)', null]]],
    ['counter-case: "One Nation leader X said" names X (a name right after the noun)', 'Ann Example spoke first.\n\nOne Nation leader Pauline Sample said she would vote against it. “It is a bad bill,” she said.', [['Pauline Sample', 'One Nation leader']]],
    ['counter-case: a name set beside the qualified noun names the person ("A Leeds taxi driver, X, said")', 'A Leeds taxi driver, Tom Example, said he was leaving. “I am done with the night shifts,” he said.', [['Tom Example', 'Leeds taxi driver']]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a rank in lower case between the comma and the name of a colon sentence\'s subject (lang/colon-subject.ts)', () => {
  it.each([
    ['pt: "O porta-voz do Comando Distrital, superintendente X, disse:" is X, the office and rank the role', 'A polícia informou que a estrada foi reaberta. O porta-voz do Comando Distrital de Huambo, superintendente Jorge Exemplo, disse: “Não houve feridos na operação.”', [['Jorge Exemplo', 'porta-voz do Comando Distrital de Huambo, superintendente']]],
    ['counter-case: no word between the comma and the name gives no rank', 'Durante a reunião, Ana Exemplo respondeu: “Vamos continuar a trabalhar com os moradores.”', [['Ana Exemplo', null]]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('an organisation after an elided "of" closing the role leaves the person after the comma (lang/latin-reader.ts)', () => {
  it.each([
    ['fr: "a lancé le chef d’Ensemble Lyon, X." is X, the organisation in the role', '« Voilà cinq hivers que la mairie repousse le chantier du gymnase », a déclaré le chef d’Ensemble Lyon, Karim Exemple.', [['Karim Exemple', 'le chef d’Ensemble Lyon']]],
    ['counter-case fr: "le chef de l’opposition, X" as before', '« Voilà cinq hivers que la mairie repousse le chantier du gymnase », a déclaré le chef de l’opposition, Karim Exemple.', [['Karim Exemple', 'le chef de l’opposition']]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('the subject after a tag verb in Romance languages: an adverb before it, a gerund clause after it, an office before it (lang/latin-reader.ts)', () => {
  it.each([
    ['counter-case pt: "disse ainda X" stays X', 'Paulo Exemplo dirige o hospital.\n\n«Contamos abrir a nova ala antes do Natal», disse ainda Paulo Exemplo.', [['Paulo Exemplo', null]]],
    ['it: "ha detto il sindaco X presentando il rapporto" ends the subject at the gerund', '«Il traffico in centro è calato di un terzo», ha detto il sindaco Luca Esempio illustrando i dati dell’ufficio mobilità.', [['Luca Esempio', 'il sindaco']]],
    ['es: "dijo X mostrando las cifras" ends the subject at the gerund', '«Las obras terminarán en marzo», dijo Laura Ejemplo señalando el plano del puente.', [['Laura Ejemplo', null]]],
    ['counter-case pt: "disse o bastonário da Ordem dos Médicos, X." stays X, the office the role', 'A ministra falou de manhã.\n\n«Faltam enfermeiros em todas as urgências do distrito», disse o bastonário da Ordem dos Enfermeiros, Carlos Cunha Exemplo.', [['Carlos Cunha Exemplo', 'o bastonário da Ordem dos Enfermeiros']]],
    ['counter-case it: a gerund inside the quote\'s own words is no part of the tag ("ha detto Marco Esempio.")', '«Stiamo lavorando, cercando soluzioni», ha detto Marco Esempio.', [['Marco Esempio', null]]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a title word glued before a name in Greek and Turkish (lang/newlang-roles.ts)', () => {
  it.each([
    ['el: a portfolio in the genitive plural before the name is no part of it but of the role; the deputy prefix αντι- makes a role', '«Η γέφυρα θα είναι έτοιμη μέσα στο καλοκαίρι», δήλωσε ο αντιδήμαρχος Πολεοδομικών Υπηρεσιών Γιώργος Παράδειγμα, κατά την επίσκεψη.', [['Γιώργος Παράδειγμα', 'ο αντιδήμαρχος Πολεοδομικών Υπηρεσιών']]],
    ['tr: an agent noun with the possessive of a compound title (Yardımcısı) heads the title', 'Açılışta konuşan Belediye Başkan Yardımcısı Ayşe Örnek, “Yeni kütüphane gençlerin buluşma yeri olacak” dedi.', [['Ayşe Örnek', 'Belediye Başkan Yardımcısı']]],
    ['counter-case tr: three names after an office stay a person\'s (Başkanı Ali Rıza Şahin)', 'Kooperatifi Başkanı Ali Rıza Örnek, “Fiyatlar bu yıl çok düşük kaldı” dedi.', [['Ali Rıza Örnek', 'Kooperatifi Başkanı']]],
    ['counter-case el: a family name in -ου stays the person\'s (Μάριος Κωνσταντίνου)', '«Η αγορά θα ανακάμψει», δήλωσε ο Μάριος Κωνσταντίνου.', [['Μάριος Κωνσταντίνου', null]]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a sentence subject taken up by "which" is a thing, never a person (person-mentions.ts)', () => {
  it.each([
    ['"Shutting Harlow, which has 300 pupils, would …" makes no person of the gerund and the school, so the unnamed driver stays unnamed', 'The school board voted on Tuesday to shut Harlow Elementary.\n\nShutting Harlow, which has 300 pupils, would save $1 million, the superintendent said.\n\nA Harlow bus driver who asked not to be named said the drivers got a text message that morning. “We have routes planned through June,” the driver said.', [['(the driver)', null]]],
    ['counter-case: a person subject taken up by "who" stays a person', 'Dana Example, who runs the shelter, spoke first. “We need twenty more beds,” Example said.', [['Dana Example', null]]],
    ['counter-case: "which" after a name inside the sentence leaves the person ("a report by X, which found")', 'The council published a report by Omar Sample, which found the bridge unsafe. “The cracks have doubled since spring,” Sample said.', [['Omar Sample', null]]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('"for their part", "in turn", "also" between a tag verb and its subject are no role (lang/latin-reader-words.ts)', () => {
  it.each([
    ['fr: "explique pour sa part X, présidente …"', '«Nous manquons de bénévoles le week-end», explique pour sa part Claire Exemple, présidente du club de voile.', [['Claire Exemple', 'présidente du club de voile']]],
    ['fr: "explique de son côté X"', '«Nous manquons de bénévoles le week-end», explique de son côté Claire Exemple, présidente du club de voile.', [['Claire Exemple', 'présidente du club de voile']]],
    ['es: "explica por su parte X"', '«Nos faltan voluntarios los fines de semana», explica por su parte Clara Ejemplo, presidenta del club de vela.', [['Clara Ejemplo', 'presidenta del club de vela']]],
    ['it: "spiega dal canto suo X"', '«Ci mancano volontari nei fine settimana», spiega dal canto suo Chiara Esempio, presidente del circolo velico.', [['Chiara Esempio', 'presidente del circolo velico']]],
    ['de: "sagt ihrerseits X"', '„Uns fehlen am Wochenende Freiwillige“, sagt ihrerseits Klara Beispiel, Vorsitzende des Segelvereins.', [['Klara Beispiel', 'Vorsitzende des Segelvereins']]],
    ['counter-case: a role after the phrase stays the role', '«Nous manquons de bénévoles le week-end», explique pour sa part la présidente Claire Exemple.', [['Claire Exemple', 'la présidente']]],
    ['pt: "disse ainda X" with X named nowhere before', '«Contamos ter o serviço a funcionar antes do verão», disse ainda Rui Exemplo.', [['Rui Exemplo', null]]],
    ['es: "dijo además X"', '«Contamos con tener el servicio antes del verano», dijo además Raúl Ejemplo.', [['Raúl Ejemplo', null]]],
    ['it: "ha detto inoltre X"', '«Contiamo di avere il servizio prima dell’estate», ha detto inoltre Rino Esempio.', [['Rino Esempio', null]]],
    ['de: "sagte zudem X"', '„Wir rechnen mit dem Angebot vor dem Sommer“, sagte zudem Rolf Beispiel.', [['Rolf Beispiel', null]]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a plural noun opening the sentence before "union president X" is the body the role belongs to (roles.ts nounModifier)', () => {
  it.each([
    ['"Teachers union president X called …"', 'The board voted 5-2. Not everyone agreed. Teachers union president Ana Example called the vote “a disgrace for the whole district” and said members would appeal.\n\n“They never asked us,” Example said.', [['Ana Example', 'Teachers union president'], ['Ana Example', 'Teachers union president']]],
    ['counter-case: "Police found driver X" keeps the driver alone', 'The board voted 5-2. Police found driver Tom Example at the scene. “I did not see the light,” Example said.', [['Tom Example', 'driver']]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a body and a qualified noun for a person before a name make its sentence about that person (entities.ts opensSentence)', () => {
  it.each([
    ['"Water board senior forecaster X said …" then "he said" is X, not the unnamed volunteer quoted before', 'A volunteer filling sandbags near the bridge said: “We have been here since dawn and we will stay.”\n\nWater board senior forecaster Mark Kowalski said the creek would peak overnight.\n\n“People should stay off the causeway until the water drops,” he said.', [['(A volunteer filling sandbags near the bridge)', null], ['Mark Kowalski', 'senior forecaster']]],
    ['"Department of Water senior forecaster X said …": "of" between capitals is the body\'s name', 'A volunteer filling sandbags near the bridge said: “We have been here since dawn and we will stay.”\n\nDepartment of Water senior forecaster Mark Kowalski said the creek would peak overnight.\n\n“People should stay off the causeway until the water drops,” he said.', [['(A volunteer filling sandbags near the bridge)', null], ['Mark Kowalski', 'Water senior forecaster']]],
    ['an age descriptor is the one person a sports report names, not the stadium', 'GLASGOW: Winger Callum Reid scored twice as his side beat the visitors 3-1 at the Riverside Arena on Saturday.\n\n“I kept making the runs and the ball kept finding me,” the 19-year-old said afterwards.', [['Callum Reid', 'Winger']]],
    ['counter-case: a verb before the noun keeps the sentence about the volunteer', 'A volunteer filling sandbags near the bridge said: “We have been here since dawn and we will stay.”\n\nShe thanked the water board forecaster for the warning. “Nobody here is going home tonight,” she said.', [['(A volunteer filling sandbags near the bridge)', null], ['(A volunteer filling sandbags near the bridge)', null]]],
  ])('%s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
