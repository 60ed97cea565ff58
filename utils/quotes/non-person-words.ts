/** Words that make a capitalised run a place or an organisation rather than a person. */
export const NOT_A_PERSON = new Set(
  ('university college school party house senate congress court board department ministry agency council committee ' +
    'institute center centre association union bank group inc corp company co ltd news times post journal press ' +
    'high elementary academy primary kindergarten polytechnic ' +
    'globe global network tv radio channel magazine tower foundation fund street avenue road square city county ' +
    'state states republic kingdom tribe nation region province district island islands airport station cosmodrome spaceport ' +
    'stadium stadion estadio stade stadio arena oval trophy gardens heights estate estates lane boulevard highway highways railways expressway motorway crescent army navy force forces police church museum hospital club team league campaign administration government office ' +
    'north south east west new los las san santa saint st fort mount lake river creek canyon valley bayou gulf sea ocean day week month year ' +
    'act bill law project program programme initiative summit conference games cup world international national ' +
    'authority commission bureau corporation ' +
    // Bodies of members (`the Twin Ports Landlords Coalition`, `the Harbor Growers Alliance`).
    'coalition alliance federation league caucus cooperative consortium society ' +
    // The same institutions in the Romance languages (`docente all’Università di Pisa`: "di Pisa" is no family name).
    'università université universidad universidade universitat ospedale hôpital hospital istituto instituto institut fondazione fundación fundação ' +
    // (`La Agencia Estatal de Meteorología`, `a 2ª Vara Cível`: an agency and a civil court.)
    'agencia agência agenzia estatal cível ' +
    // (Regions and provinces as the Romance languages write them, `Palazzo della Regione`, `in Regione`, as English `region`.)
    'regione región região provincia província ' +
    // Town halls and councils (`Prefeitura de Itaquirá`, `Mairie de Chassagny`, `Comune di Bassanello`).
    'prefeitura préfecture mairie municipalidad ayuntamiento alcaldía municipio comune gemeinde primăria primăriei ' +
    // Romanian councils (`o interpelare la Consiliu Local`, `Consiliul Județean`).
    'consiliu consiliul consiliului ' +
    // Vietnamese institutes, departments, ministries and bureaus (`Viện Khoa học …`, `Sở Nông nghiệp`), no given names.
    'viện sở bộ cục ' +
    // Slovene and Croatian companies, societies, unions and municipalities (`Družba Pohorje`, `Smučarska zveza`, `Udruga X`).
    'družba družbe društvo zveza zavod občina podjetje tvrtka udruga savez ' +
    // Turkish associations, municipalities, ministries, foundations and chambers (`Oda, …`, `Belediyesi`).
    'dernek derneği belediye belediyesi bakanlık bakanlığı vakıf vakfı oda odası sendika sendikası kooperatifi ' +
    // Welsh societies, councils, governments and schools (`Cymdeithas Trigolion X`, `Cyngor Caerdydd`).
    'cymdeithas cyngor llywodraeth ysgol ' +
    // Hausa governments and states (`Gwamnatin Jihar Kano`).
    'gwamnati gwamnatin jiha jihar ' +
    // Malay and Indonesian departments, boards, councils, ministries and associations (`Jabatan Kerja Raya`, `Lembaga …`).
    'jabatan lembaga kementerian persatuan gabungan suruhanjaya pertubuhan angkatan rancangan balai universiti sekolah pusat pejabat syarikat perbadanan ' +
    // (Committees, unions and foundations too: `Pengerusi Jawatankuasa Kerja Raya Negeri, Datuk X` is an office over a body; `Ketua Polis X` heads the police.)
    'jawatankuasa kesatuan yayasan polis ' +
    // Directorates (`la Dirección Local de X`, `a Direção Regional de Y`, `la Direzione regionale`): a body, no given name.
    'dirección direção direzione ' +
    'superintendencia superintendência secretaría procuraduría fiscalía defensoría gobernación ministerio ministère ministero ' +
    // Compass points closing a place's name (`casello di Padova Est`, `Bruxelles-Ouest`, `Buenavista del Norte`).
    'est ovest ouest oeste norte sur sud ' +
    'federal republican democrat democratic democrats republicans white wall korea russia china america europe ' +
    // Agencies and firms named "<word> Canada" ("Environment Canada", "Parks Canada", "Air Canada"), likewise for a few countries rarely a surname.
    'canada australia britain africa india ' +
    // Firms by the word closing their name ("Aurelian Therapeutics", "Coldharbour Securities").
    'therapeutics pharmaceuticals technologies holdings partners securities industries airlines airways laboratories biosciences ventures logistics ' +
    // Groups closing a body's name (`the Cassia Grove Residents’ Committee` runs only to the apostrophe).
    'residents tenants ' +
    // German bodies written alone (`der Gewerkschaft Verdi`, `die Behörde`).
    'gewerkschaft behörde verband verein stiftung partei regierung polizei feuerwehr universität hochschule ' +
    // Hungarian societies, firms, foundations, councils, offices and schools closing a body's name (`a Zöldváros Egyesület`,
    // `a Tiszai Vízművek Kft.`), with the forms a possessor or a case gives them (`Egyesülete`, `Egyesületnél`).
    'egyesület egyesülete egyesületnél egyesülettől egyesületet kft zrt nyrt bt alapítvány alapítványa alapítványnál szövetség szövetsége ' +
    'önkormányzat önkormányzata önkormányzatnál minisztérium minisztériuma hivatal hivatala hivatalnál kórház kórháza egyetem egyeteme ' +
    'társaság társasága intézet intézete bíróság bírósága rendőrség párt pártja ' +
    // Polish "the boss" of a body opening a sentence (`Szef Orła mówi …`): a description of its head, no family name.
    'szef szefowa ' +
    // Sums and shares (`rund 1,4 Millionen Euro`, `zwei Milliarden Franken`): capitalised German nouns, never a name.
    'millionen milliarden million milliarde euro prozent franken ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche').split(' '),
);

/** `Kreisklinik Wettenbach`, `Stadtwerke X`, Dutch `Zuidelijke Tuindersbond`, Swedish `Svenska Fiskeförbund`: a compound closing on an institution's noun names the body. */
export const GERMAN_BODY_COMPOUND = /^\p{Lu}[\p{Ll}.]+(?:-\p{Lu}\p{Ll}+)*(?:klinik|klinikum|krankenhaus|schule|verein|verband|gemeinde|werke|kasse|stiftung|kammer|behörde|gericht|genossenschaft|gewerkschaft|partei|bund|bond|vereniging|stichting|federatie|coöperatie|partij|genootschap|förbund|forbund|förening|forening|-Klinik|-Klinikum|-Krankenhaus|-Schule|-Stiftung)$/u;

/**
 * `a Vízügyi Igazgatóság`, `a Rendőr-főkapitányság`, `a Megyei Kormányhivatal`: a Hungarian compound closing on an
 * institution's noun (the -ság/-ség of "directorate", "authority", "command") names a body, never a person, possessed or
 * cased as it may be (`Igazgatósága`, `Hatóságnál`). At least three letters before the noun: `Tanács` alone is a family name.
 */
export const HUNGARIAN_BODY_COMPOUND = /^\p{Lu}[\p{Ll}-]{2,}(?:ság|ség|hivatal|intézet|központ|kamara|tanács|múzeum|minisztérium|önkormányzat)(?:a|e|nál|nél|tól|től|hoz|hez|ot|et|on|en)?$/u;

/** A capitalised article of another language alone is no name: "La ciudad planea …", "Le village attend …", "De gemeente bezuinigt …". */
export const LONE_ARTICLES = new Set('le la les el los las il gli un une una uno o os um uma der die dem den ein eine de het een det en ett'.split(' '));
/**
 * Capitalised pronouns and possessives opening a sentence in French, German, Spanish, Italian and
 * Portuguese (`Mi abuelo decía:`, `Se puede`, `Sa mère`) are no name alone. Words that are also common
 * family names (Ma, Son, Su, Le, Lo) are left out: `Jack Ma … Ma dijo:`.
 */
export const LONE_FUNCTION_WORDS = new Set(
  ('mi mis tu tus sus nuestro nuestra se me te nos les mio mia suo sua nostro nostra ci ne si ti vi gli ' +
    'meu minha seu lhe lhes mon mes ton ta tes sa ses notre votre leur leurs elle ils elles nous vous ' +
    'mein meine sein seine ihr ihre unser unsere er es wir ' +
    // German conjunctions opening a clause before the main verb (`Dass sie …, bestätigt X`).
    'dass ob weil obwohl nachdem sobald ' +
    // Russian and Ukrainian (`Її сусід, інженер X, думає інакше:`).
    // (And the Malay and Indonesian respectful "he/she", `Beliau menambah:`; not `Dia`, a family name too.)
    'его её ее их її його їх їхній їхня мой моя мои наш наша наши ваш ваша мій мої свой своя свій он она они він вона вони beliau').split(' '),
);

/** Words that make a place or a thing only in one position: "West Virginia" but "Allen West", "Farm Bill" but "Bill Clinton". */
export const PLACE_WHEN_FIRST = new Set('north south east west white'.split(' '));
export const THING_WHEN_LAST = new Set(['bill']);
/**
 * The level of government a Romance body's name gives right after its capitalised head noun (`a Secretaria Municipal de
 * Economia`, `la Consejería Provincial de Salud`, `l’Assessorato Regionale`): no given name is one of these, so a run opening
 * with one after such a noun is the rest of the body's name, not a person's.
 */
export const GOVERNMENT_LEVEL = new Set(
  'municipal municipale estadual estatal provincial provinciale departamental distrital comunal comunale regional regionale nacional nazionale metropolitana metropolitano'.split(' '),
);

/** First words that keep a compass word a region: "Middle East", "Far West". */
export const REGION_OPENERS = new Set('middle far near deep wild mountain upper lower great old pacific central northern southern eastern western'.split(' '));

/** Portuguese, Spanish and Italian nouns of land, settlement and town hall opening a name before `de`/`da`/`do`/`del` (and islands: `a travessia até a Ilha do X`, `Isola di Y`). */
const ROMANCE_PLACE_HEAD = new Set('vale vila serra ribeira quinta aldeia monte rio porto lagoa campo villa valle sierra cerro puerto câmara cámara ilha isla isola'.split(' '));

/**
 * `Vale de Cima`, `Vila do Conde`, `Câmara Municipal de X`: a place or a town hall, where `Ana Vale`, `João Vale de
 * Almeida` and `Rui Câmara` are people.
 */
export function opensRomancePlace(words: readonly string[]): boolean {
  return words.length > 2 && ROMANCE_PLACE_HEAD.has(words[0]!.toLowerCase()) && /^(?:de|da|do|das|dos|del|della|di|Municipal)$/u.test(words[1]!);
}

/**
 * `Salió de X con su camión`, `Chegou do Porto ontem`, `Tornò da Roma`: a past-tense verb opening the sentence (Spanish -ó,
 * Portuguese and Galician -ou/-iu, Italian -ò/-ì) before `de`/`da`/`do` and a place is no given name and a family name.
 * (`Niccolò da X` is a given name, and three letters at least stand before the ending: `Lou de X` is a person.)
 */
function opensRomancePastVerb(words: readonly string[]): boolean {
  return words.length > 2 && /^\p{Lu}\p{Ll}{2,}(?:ó|ò|ì|ou|iu)$/u.test(words[0]!) && !/col[òo]$/u.test(words[0]!) && /^(?:de|da|do|das|dos|del|desde)$/u.test(words[1]!);
}

/**
 * `Ao Diário da Serra, a autarca foi clara:`, `Aux Échos du Val, il a confié`: a Portuguese or French preposition fused with its
 * article opens whom the words were said to (or by whom, `Pelo Sindicato X`), never a name (not `Al`, `Au`: names too).
 */
const FUSED_PREPOSITION = /^(?:Ao|Aos|À|Às|Aux|Pelo|Pela|Pelos|Pelas)$/u;

/** Whether a capitalised run opens a Romance clause, not a name: a past-tense verb before a place, or a fused preposition. */
export function opensRomanceClause(words: readonly string[]): boolean {
  return (words.length > 1 && FUSED_PREPOSITION.test(words[0]!)) || opensRomancePastVerb(words);
}

/** Malay nouns of a street, town, valley, garden estate, river, hill, estuary, cape or bay opening a place's name. */
const MALAY_PLACE_HEAD = new Set('jalan bandar lembah taman sungai bukit kuala tanjung teluk'.split(' '));

/**
 * `Bandar Seri Kenanga`, `Jalan Kenari`, `Lembah Jati`: a place, so `penduduk Lembah Jati` or `Polis Bandar X` is
 * no one a tag or a descriptor goes to; `Bandar bin Sultan` (a name with `bin`) stays a person.
 */
export function opensMalayPlace(words: readonly string[]): boolean {
  return words.length > 1 && MALAY_PLACE_HEAD.has(words[0]!.toLowerCase()) && !words.some((word) => /^(?:bin|binti)$/iu.test(word));
}

/** Vietnamese heads of a body's name, none a family name (`Đài Khí tượng`, `Ban Quản lý`, `Hội Nông dân`, `Báo Tuổi Trẻ`). */
const VIETNAMESE_BODY_HEAD = /^(?:Đài|Ban|Hội|Báo|Phòng|Quỹ|Tòa|Toà|Ủy|Uỷ|UBND|HĐND|Bệnh|Tổng|Tập|Học|Hợp)$/u;

/**
 * `Theo Đài Khí tượng thủy văn tỉnh X, …`: a Vietnamese run opening on a body's head, maybe after `Theo` (according to)
 * or `Tại` (at), names the body; `Theo` is no given name there. Gated on Vietnamese letters, as `Theo Walcott` is a person.
 */
export function opensVietnameseBody(words: readonly string[]): boolean {
  const head = /^(?:Theo|Tại|Từ|Của)$/u.test(words[0]!) ? words[1] : words[0];
  return words.length > 1 && !!head && VIETNAMESE_BODY_HEAD.test(head) && words.some((word) => /[ăâđơưĂÂĐƠƯ\u1ea0-\u1ef9]/u.test(word));
}
