/**
 * Czech: `„…“ řekl X`, `uvedla předsedkyně X`, `dodala.` (the subject left out, -la telling a woman),
 * `podle X`, roles before the name without a capital (`mluvčí X`, `generální ředitel X`).
 * Slovak, written the same way, is read here too: `„…,“ uviedla.`, `povedal riaditeľ X`, `podľa X`.
 */

import { alternation } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';

/** Past stems take -l (he) or -la (she). */
const PAST_STEMS = 'řek uved doda prohlási popsa vysvětli upozorni zdůrazni sděli napsa potvrdi poznamena konstatova odpovědě podotk svěři doplni připusti varova ujisti';
const PRESENT = 'míní říká tvrdí dodává uvádí vysvětluje popisuje upozorňuje zdůrazňuje připouští přiznává doplňuje odpovídá potvrzuje varuje hodnotí komentuje poznamenává oponuje namítá';

/** Slovak past stems (-l he, -la she; `uviedol`/`uviedla` apart) and present forms. */
// (`argumentovala`, `konštatoval`, `pripomenul`: a Slovak past's stem apart from the Czech.)
const SLOVAK_PAST_STEMS = 'poveda vysvetli zdôrazni napísa prizna opísa potvrdi doplni upozorni poznamena odpoveda vyhlási argumentova konštatova tvrdi pripomenu reagova ozrejmi zdôvodni';
const SLOVAK = 'uviedol uviedla hovorí dodáva uvádza vysvetľuje myslí priznáva upozorňuje';

const VERBS = alternation([...`${PAST_STEMS} ${SLOVAK_PAST_STEMS}`.split(' ').flatMap((stem) => [`${stem}l`, `${stem}la`]), ...PRESENT.split(' '), ...SLOVAK.split(' ')]);

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: VERBS,
  pronouns: { on: 'male', ona: 'female' },
  dropsSubject: true,
  verbGender: (verb) => (/la$/u.test(verb) ? 'female' : /l$/u.test(verb) ? 'male' : null),
  according: '[Pp]odle|[Pp]odľa',
  articles: 'jeho|její',
  hasArticles: false,
  stops: 'v|ve|na|pro|při|po|před|během|dnes|včera|také|rovněž|už|již',
  recipients: 'pro',
  outlet: /^(?:deník\p{L}*|list\p{L}*|server\p{L}*|ČTK|rozhlas\p{L}*|televiz\p{L}*|ČT|iROZHLAS|Novinky|Seznam\p{L}*|zpravodaj\p{L}*|novin\p{L}*|týdeník\p{L}*|magazín\p{L}*)$/iu,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: roleAnaphor(),
});

export const czech = roleNounReading(cues, { dropsSubject: true, placeAfterRole: true, according: '[Pp]odle|[Pp]odľa' });
