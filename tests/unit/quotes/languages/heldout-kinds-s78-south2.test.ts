// An occupation written after a Hebrew name, the name then a comma group (`X, מפעילת מנוף בנמל,`) after a
// verb of saying or in the sentence introducing the person (the fifty-eighth held-out set showed it, with an occupation
// no list held), in fresh sentences of my own, with counter-cases.
import { kindTable } from './kind-table';

const HE = '"זה לא פשוט כמו שזה נראה מבחוץ"';

/** An agent noun in מ (`מתכנתת`, `מלצרית`) or a trade (`סוחר`) set off after the name is the role (he.ts agentNoun, semitic-opening.ts). */
kindTable('An occupation set off by commas after a Hebrew name is the role', [
  ['Hebrew introduction: `X, מתכנתת בחברת תוכנה, גרה…`, later `אמרה <family name>`', `יעל שמיר, מתכנתת בחברת תוכנה, גרה בעפולה ונוסעת כל יום לעבודה.\n\n${HE}, אמרה שמיר.`, 'זה לא פשוט', 'יעל שמיר', 'מתכנתת'],
  ['Hebrew after the verb: `אמרה X, מלצרית בבית קפה.`', `${HE}, אמרה נעמה אלון, מלצרית בבית קפה בנמל.`, 'זה לא פשוט', 'נעמה אלון', 'מלצרית'],
  ['Hebrew `כך אמר X, <trade> …` ending at its relative clause', `${HE}\n\nכך אמר דני גבאי, סוחר ירקות מעפולה שעובד בשוק כבר 20 שנה.`, 'זה לא פשוט', 'דני גבאי', '=סוחר ירקות מעפולה'],
  ['counter-case: an agent noun with no workplace in an introduction stays unread (it may be a present verb)', `יעל שמיר, מתכנתת תוכנה, גרה בעפולה ונוסעת כל יום לעבודה.\n\n${HE}, אמרה שמיר.`, 'זה לא פשוט', 'יעל שמיר', null],
  ['counter-case: a place after "from" set off by commas is no role', `יעל שמיר, מירושלים, גרה בעפולה ונוסעת כל יום לעבודה.\n\n${HE}, אמרה שמיר.`, 'זה לא פשוט', 'יעל שמיר', null],
  ['counter-case: a relative clause set off after the name is no role', `${HE}, אמרה נעמה אלון, שעובדת בנמל כבר שנים.`, 'זה לא פשוט', 'נעמה אלון', null],
]);
