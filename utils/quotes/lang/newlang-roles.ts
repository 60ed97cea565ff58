/**
 * Offices and occupations of the languages read by the newlang-*.ts modules (Dutch, Polish,
 * Swedish, Turkish, Indonesian, Romanian, Czech, Greek), as a paper writes them before a name:
 * `Wethouder Pieter van Dam`, `radny Tomasz Nowak`, `Belediye Başkanı Mehmet Aydın`, `Kepala Dinas X`,
 * `primarul Ion Popescu`, `ο δήμαρχος X`. Such a word is the person's role, never part of the name.
 * Kept with no imports, because role-nouns.ts (read by names.ts and roles.ts) reads it.
 */

const WORDS = (
  // Dutch
  'wethouder burgemeester raadslid gemeenteraadslid gedeputeerde woordvoerder woordvoerster directeur directrice voorzitter ' +
  'minister staatssecretaris kamerlid fractievoorzitter ecoloog bioloog econoom onderzoeker onderzoekster hoogleraar ' +
  'boer boerin melkveehouder chauffeur buschauffeur agent advocaat rechter officier trainer aanvoerder keeper spits ' +
  'arts huisarts verpleegkundige docent leraar lerares bewoner bewoonster ondernemer eigenaar eigenares winkelier ' +
  'deskundige dijkgraaf commissaris bestuurder vakbondsbestuurder predikant dominee pastoor vogelteller ' +
  // Polish (nominative and the genitive after `według`)
  'radny radna radnego radnej burmistrz burmistrza prezydent prezydenta starosta starosty wójt wójta dyrektor dyrektora ' +
  'dyrektorka dyrektorki rzecznik rzecznika rzeczniczka minister ministra poseł posła posłanka senator prezes prezesa ' +
  'trener trenera szkoleniowiec szkoleniowca kapitan bramkarz napastnik sędzia sędziego prokurator adwokat lekarz lekarka ' +
  'profesor profesora ekspert eksperta ekspertka mieszkaniec mieszkanka sołtys przewodniczący przewodnicząca komendant ' +
  'policjant strażak nauczyciel nauczycielka kierownik kierowniczka właściciel właścicielka rolnik ratownik zastępca ' +
  // Swedish
  'kommunalråd kommunalrådet oppositionsråd oppositionsrådet ordförande ordföranden rektor rektorn talesperson ' +
  'pressekreterare ministern borgmästare chef chefen vd forskare forskaren professorn läkare läkaren åklagare ' +
  'åklagaren tränare tränaren förbundskapten lärare läraren landshövding förvaltningschef kyrkoherde lantbrukare bonden ' +
  // Turkish
  'başkan başkanı başkanvekili müdür müdürü bakan bakanı vali valisi kaymakam kaymakamı muhtar muhtarı milletvekili ' +
  'sözcü sözcüsü profesör uzman öğretmen direktör direktörü hakem avukat savcı başsavcı sekreter sekreteri rektör ' +
  'rektörü dekan dekanı başhekim başhekimi antrenör teknik ' +
  // Indonesian
  'kepala wali bupati gubernur menteri camat lurah ketua wakil direktur juru kapolres kapolda kapolsek pengamat dosen ' +
  'guru dokter pedagang petani warga sekretaris anggota pelatih kapten ' +
  // Romanian
  'primarul primarului primar viceprimarul consilierul consilierului consilier directorul directorului directoarea ' +
  'ministrul ministrului purtătorul purtătoarea președintele președintelui prefectul actorul actrița antrenorul ' +
  'profesorul medicul deputatul senatorul procurorul avocatul inspectorul managerul rectorul ' +
  // Czech
  'starostka ředitel ředitele ředitelka mluvčí ministr ministryně hejtman hejtmanka poslanec poslankyně senátor předseda ' +
  'předsedy předsedkyně sklář trenér kapitán lékař lékařka profesorka radní zastupitel zastupitelka primátor primátorka ' +
  'místostarosta náměstek náměstkyně policista soudce soudkyně advokát obhájce majitel majitelka odborník analytik ' +
  // Greek (nominative and genitive)
  'δήμαρχος δημάρχου υπουργός υπουργού πρόεδρος προέδρου γραμματέας εκπρόσωπος βουλευτής περιφερειάρχης ' +
  'αντιπεριφερειάρχης διευθυντής διευθύντρια καθηγητής καθηγήτρια γιατρός προπονητής αστυνομικός εισαγγελέας ' +
  'ξενοδόχος ταβερνιάρης'
).split(' ');

const ROLES = new Set(WORDS);

/**
 * Dutch and Swedish glue a role onto another noun (`buschauffeur`, `vakbondsbestuurder`,
 * `förvaltningschef`): a long word ending in one of these is a role too.
 */
const COMPOUND_HEADS = ['chauffeur', 'bestuurder', 'voorzitter', 'woordvoerder', 'directeur', 'houder', 'teller', 'deskundige', 'chef', 'råd', 'rådet', 'ordförande'];

/** A role noun of these languages, whatever its capital: `Wethouder`, `radny`, `Başkanı`, `Primarul`. */
export function isNewLanguageRoleNoun(word: string): boolean {
  const plain = word.toLowerCase().replace(/[.,;:]+$/u, '');
  if (ROLES.has(plain)) return true;
  return plain.length > 7 && COMPOUND_HEADS.some((head) => plain.endsWith(head) && plain.length - head.length >= 3);
}

/** A word opening with a capital, no particle. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * What names.ts keeps of a name run in these languages, past its role (`role`: the role word
 * dropped before it, if any):
 *   `Starosta Dolní Lhoty Martin Kučera`, `Prezes Warty Henryk Mazur`: three capitalised words or
 *   more after a role of these languages are the role's place and the name, the name the last two;
 *   `Lotte Hoekstra van de Hogeschool Noordwold`: `van (de)` before two capitalised words opens the
 *   place she comes from, not her family name (`Pieter van Dam` keeps his).
 */
export function tidyNameWords(words: string[], role: string | undefined): string[] {
  if (role && isNewLanguageRoleNoun(role) && words.length >= 3 && words.every((word) => CAPITALISED.test(word))) return words.slice(-2);
  const from = words.indexOf('van');
  if (from < 1) return words;
  const after = words.slice(from + 1);
  const place = after[0] === 'de' || after[0] === 'het' || after[0] === 'der' || after[0] === 'den' ? after.slice(1) : after;
  return place.length >= 2 && place.every((word) => CAPITALISED.test(word)) ? words.slice(0, from) : words;
}

/** Prepositions of these languages before a place: `w Lublinie Paweł Zając`, `z Lublina`. */
const PLACE_PREPOSITION = /(?:^|\s)(?:w|we|z|ze|na|v|ve|do|în|din|på|från|di|dari|ke|σε|στο|στη|στην|από)\s+$/u;

/** `w Lublinie Paweł Zając`: after a preposition of these languages, three capitalised words are a place and a name. */
export function withoutPlaceAfterPreposition(name: string, before: string): string {
  const words = name.split(' ');
  return words.length === 3 && words.every((word) => CAPITALISED.test(word)) && PLACE_PREPOSITION.test(before) ? words.slice(1).join(' ') : name;
}
