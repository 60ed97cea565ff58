import { startsTable } from '../starts-table';

/**
 * Offices met in passing: an office before a name at the end of a longer French clause, an English office with a list of
 * portfolios, a tag after a parenthesis inside the quote, Hebrew complements and family names opening with בן, and an
 * office opening a colon-ended sentence. Each case has a counter-case the reading must leave alone.
 */
startsTable('Offices met in passing', [
  ['fr: an office before the name after "par"', 'Le projet a été présenté jeudi aux riverains par la conseillère municipale déléguée aux parcs, Julie Marchand. « Les travaux commenceront après la saison des fêtes », a-t-elle précisé.', 'Les travaux', 'Julie Marchand', 'conseillère municipale déléguée aux parcs'],
  ['fr counter: a body before the name is no office', 'Le projet a été présenté jeudi aux riverains par la ville de Lorient, Julie Marchand en tête. « Les travaux commenceront après la saison des fêtes », a-t-elle précisé.', 'Les travaux', 'Julie Marchand', null],
  ['fr: the tag after a parenthesis inside the quote', 'La conseillère municipale déléguée aux parcs, Julie Marchand, a présenté le projet jeudi.\n\nLe coût dépasse largement le budget voté. « Nous aurions préféré une autre solution, soyons honnêtes, reconnaît la conseillère. Reste que le calendrier est serré. »', 'Reste que le calendrier', 'Julie Marchand'],
  ['fr counter: a parenthesis alone stays in the quote', '« Nous avons, je le répète, tout essayé pour garder le parc ouvert », a dit Julie Marchand.', 'Nous avons, je le répète, tout essayé', 'Julie Marchand'],
  ['he: a complement after the office is no name', 'מיכל כהן, מורה להיסטוריה בתיכון, מספרת שהכיתות צפופות מאוד השנה. "יש לי ארבעים תלמידים בכיתה, ואין מקום אפילו לשולחן נוסף", אמרה.', 'יש לי ארבעים', 'מיכל כהן', 'מורה להיסטוריה'],
  ['he: a family name opening with בן, in full and alone', 'חבר המועצה רון בן עמי תקף את ההחלטה. "אף אחד לא שאל את התושבים לפני שסגרו את הקו", אמר.\n\nבן עמי הוסיף: "נגיש עתירה אם ההחלטה לא תבוטל עד סוף החודש".', 'נגיש עתירה', 'רון בן עמי'],
  ['he counter: בן and an age', 'דני לוי, בן 45, סיפר על הלילה. "שמענו פיצוץ ורצנו החוצה", אמר.', 'שמענו פיצוץ', 'דני לוי'],
  ['it: an office opening a colon-ended sentence', 'La sindaca di Clusone, Marta Ghilardi, ha scritto alle famiglie. «Le lezioni finiranno alle 12 fino a nuovo avviso», ha detto.\n\nIntanto i genitori protestano davanti ai cancelli.\n\nMa la sindaca non nasconde i dubbi sul calendario: «Con meno ore, finire il programma sarà difficile».', 'Con meno ore', 'Marta Ghilardi'],
  ['fr: an office and its complement opening a colon-ended sentence', 'La directrice de l’école, Anne Roux, a écrit aux parents.\n\nLe maire, Paul Girard, a répondu aux élus.\n\nMais la directrice de l’école ne cache pas son inquiétude : « Nous manquons de remplaçants depuis septembre. »', 'Nous manquons', 'Anne Roux'],
  ['it counter: no office opens the sentence', 'La sindaca di Clusone, Marta Ghilardi, ha scritto alle famiglie. «Le lezioni finiranno alle 12 fino a nuovo avviso», ha detto.\n\nIntanto i genitori protestano davanti ai cancelli.\n\nMa la situazione resta difficile: «Con meno ore, finire il programma sarà difficile».', 'Con meno ore', null],
  ['en: an office with a list of portfolios before the name', 'Engineers worked through the night at the pumping station.\n\nOn Tuesday, the Kano State Commissioner for Water, Sanitation and Hygiene, Mr Bello Sani, inspected the burst pipe with his engineers.\n\n“Every household will have water by Friday. We are working round the clock,” the commissioner said.', 'Every household', 'Bello Sani', 'Commissioner for Water, Sanitation and Hygiene'],
  ['en counter: a list of places before a name is no office', 'The meeting drew residents of Oak, Elm and Pine, Mr Bello Sani among them.\n\n“Every household will have water by Friday. We are working round the clock,” the commissioner said.', 'Every household', 'the commissioner'],
]);
