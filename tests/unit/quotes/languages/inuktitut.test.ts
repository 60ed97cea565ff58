// Inuktitut in syllabics (lang/iu.ts): the verb first after a quote, `,” ᐅᖃᖅᑐᖅ X Y, <role>.`, and before one `X ᐅᖃᓚᐅᖅᑐᖅ:`,
// `ᐅᓇ ᐃᓚᒋᐊᖅᓯᓚᐅᖅᑐᖅ:` (this one added), in short paragraphs of my own about invented people, with counter-cases: a body
// (`ᑎᒥᖓ`, the company), an office alone, someone described as one (`ᐊᑕᐅᓯᖅ`).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const SCHOOL =
  'ᓄᓇᓕᖕᒥ ᐃᓕᓐᓂᐊᕐᕕᒃ ᓄᑖᖅ ᐱᓕᕆᐊᖑᓂᐊᖅᑐᖅ.\n\n' +
  '“ᓄᑕᖅᑲᐃᑦ ᐃᓕᓐᓂᐊᕐᕕᒃᓴᖃᕆᐊᖃᖅᑐᑦ ᓄᑖᒥᒃ,” ᐅᖃᖅᑐᖅ ᒪᓕᐊ ᑯᓪᓗᒃ, ᐃᓕᓐᓂᐊᕐᕕᒻᒥ ᐊᖓᔪᖅᑳᖅ, 52−ᓂᒃ ᐅᑭᐅᓕᒃ.\n\n' +
  '“ᐃᓕᓐᓂᐊᖅᑏᑦ ᐊᒥᓱᓪᓚᕆᐅᓕᖅᑐᑦ,” ᐅᖃᖅᑐᖅ ᑯᓪᓗᒃ.\n\n' +
  '“ᐊᕐᕌᒍᒥ ᐅᓇᑕ ᐱᓕᕆᓕᕐᓂᐊᖅᑐᒍᑦ,” ᐃᓚᒋᐊᖅᓯᓚᐅᖅᑐᖅ.\n\n' +
  '“ᐃᓕᓐᓂᐊᕐᕕᒃ ᓴᓇᔭᐅᓂᐊᖅᑐᖅ ᐊᕐᕌᒍᓂ ᒪᕐᕉᓐᓂ,” ᐅᖃᖅᑐᖅ ᑎᒥᖓ.';

const HUNT =
  'ᐊᖑᓇᓱᒃᑏᑦ ᐃᓱᒫᓘᑎᖃᖅᑐᑦ ᓯᑯ ᐊᐅᓚᐅᑎᒃᑲᓂᖅᑎᓪᓗᒍ.\n\n' +
  'ᐊᖑᓇᓱᒃᑎ ᐳᐃᑦᑐᖅ ᐊᓗᒃ, 58−ᓂᒃ ᐅᑭᐅᓕᒃ, ᐅᖃᓚᐅᖅᑐᖅ:\n\n' +
  '“ᓯᑯ ᓯᒃᑭᑦᑐᖅ ᐊᕐᕌᒍᑕᒫᑦ. ᐃᖃᓗᒐᓱᐊᕈᓐᓇᙱᑦᑐᒍᑦ.”\n\n' +
  'ᐅᓇ ᐃᓚᒋᐊᖅᓯᓚᐅᖅᑐᖅ: “ᖃᒧᑏᑦ ᐊᑐᕈᓐᓇᙱᑦᑐᑦ.”\n\n' +
  '“ᓄᓇᓕᒃ ᐃᑲᔪᖅᑕᐅᔭᕆᐊᖃᖅᑐᖅ,” ᐅᖃᖅᑐᖅ ᒪᐃᔭ ᔮᓂ ᑲᓇᔪᖅ.\n\n' +
  '“ᐱᓕᕆᖃᑎᒌᒃᑐᒍᑦ,” ᐅᖃᖅᑐᖅ ᐊᖏᔪᖅᑳᖅ.';

const ROWS: KindCase[] = [
  ['iu: `,” ᐅᖃᖅᑐᖅ X Y, <role>, <age>.` (says X Y) is X Y with the role, not the age', SCHOOL, 'ᓄᑕᖅᑲᐃᑦ ᐃᓕᓐᓂᐊᕐᕕᒃᓴᖃᕆᐊᖃᖅᑐᑦ', 'ᒪᓕᐊ ᑯᓪᓗᒃ', 'ᐊᖓᔪᖅᑳᖅ'],
  ['iu: `,” ᐅᖃᖅᑐᖅ Y.` with the family name alone is the person named in full before', SCHOOL, 'ᐃᓕᓐᓂᐊᖅᑏᑦ ᐊᒥᓱᓪᓚᕆᐅᓕᖅᑐᑦ', 'ᒪᓕᐊ ᑯᓪᓗᒃ', ANY],
  ['iu: `,” ᐃᓚᒋᐊᖅᓯᓚᐅᖅᑐᖅ.` (added, no subject) is the person just quoted', SCHOOL, 'ᐊᕐᕌᒍᒥ ᐅᓇᑕ', 'ᒪᓕᐊ ᑯᓪᓗᒃ', ANY],
  ['iu: counter-case: `,” ᐅᖃᖅᑐᖅ ᑎᒥᖓ.` (says the organisation) is a body, no person', SCHOOL, 'ᐃᓕᓐᓂᐊᕐᕕᒃ ᓴᓇᔭᐅᓂᐊᖅᑐᖅ', UNNAMED, null],
  ['iu: `<role> X Y, <age>, ᐅᖃᓚᐅᖅᑐᖅ:` and the quote as the next paragraph is X Y', HUNT, 'ᓯᑯ ᓯᒃᑭᑦᑐᖅ', 'ᐳᐃᑦᑐᖅ ᐊᓗᒃ', ANY],
  ['iu: `ᐅᓇ ᐃᓚᒋᐊᖅᓯᓚᐅᖅᑐᖅ: “…”` (this one added) is the person just quoted', HUNT, 'ᖃᒧᑏᑦ ᐊᑐᕈᓐᓇᙱᑦᑐᑦ', 'ᐳᐃᑦᑐᖅ ᐊᓗᒃ', ANY],
  ['iu: `,” ᐅᖃᖅᑐᖅ ᒪᐃᔭ X Y.` (says mayor X Y) is X Y, the title no part of the name', HUNT, 'ᓄᓇᓕᒃ ᐃᑲᔪᖅᑕᐅᔭᕆᐊᖃᖅᑐᖅ', 'ᔮᓂ ᑲᓇᔪᖅ', 'ᒪᐃᔭ'],
  ['iu: counter-case: `,” ᐅᖃᖅᑐᖅ ᐊᖏᔪᖅᑳᖅ.` (says the boss) names no one the text tied to it', HUNT, 'ᐱᓕᕆᖃᑎᒌᒃᑐᒍᑦ', UNNAMED, null],
];

kindTable('Inuktitut verb-first tags, titles and unnamed speakers', ROWS);
