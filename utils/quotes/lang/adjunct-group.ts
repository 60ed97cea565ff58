/**
 * Words set off by commas after a name or before a name that are an adjunct, never the person's role: a group opening
 * with a preposition and holding no role noun (`X, en tanto, admitió`, `X, de sa part, a rappelé`, `X, da parte sua,`,
 * `X, por lo demás,`), and a lone lower-case word right after a quotation's closing mark, which is the tag's verb
 * (`«…», explica X`, `«…», reclamó X`), whatever its ending (`explica` ends like `la medica`).
 * A group opening with a preposition that holds a role noun stays one (`X, en tant que présidente du club,`).
 * Between an inverted verb and its subject, a short adjunct of a preposition and lower-case words is skipped
 * (`—dijo entre lágrimas Guadalupe Gil`); a capitalised word after the
 * preposition is its object, not the subject (`dijo a RTE`, `ha detto al Corriere`).
 */

import { isForeignRoleNoun } from './role-nouns';

/** Prepositions of French, Spanish, Italian, Portuguese and German that open an adjunct. */
const PREPOSITION = /^(?:en|em|dans|por|pour|par|per|con|com|avec|sin|sem|sans|in|nel|nella|dal|dalla|dal|del|de|du|da|di|à|a|al|ao|au|entre|tra|fra|sur|su|sobre|bei|mit|von|zu|nach|für)\s/iu;

/** A comma group opening with a preposition, no role noun in it (see the file's header). */
export function isAdjunctGroup(words: string): boolean {
  const trimmed = words.trim();
  if (PARTICIPLE_ADJUNCT.test(trimmed) && !isForeignRoleNoun(trimmed.split(/\s/u)[0]!)) return true;
  return PREPOSITION.test(trimmed) && !trimmed.split(/\s+/u).some((word) => isForeignRoleNoun(word));
}

/**
 * A past participle and a preposition: how the person was reached, not what they are (`X, raggiunto al telefono,`,
 * `X, contactée par téléphone,`, `X, consultado por este diario,`, `X, ouvido pela agência,`). A role noun of that
 * shape (`l’avvocato di …`, `el diputado por Lima`) is one the lists hold.
 */
const PARTICIPLE_ADJUNCT = /^\p{Ll}{2,}(?:[aiu]t[oa]|nt[oa]|st[oa]|tt[oa]|ss[oa]|ad[oa]|id[oa]|é|ée|oint|ointe)\s+(?:a|al|alla|allo|ai|da|dal|dalla|dai|per|in|por|par|au|pelo|pela|ao|à|en|em|sul|sur|telefonicamente|téléphoniquement)(?:\s|$)/u;

/** The text before a name ends with a closing quotation mark, a comma and one lower-case word: that word is the tag's verb. */
export function endsWithTagVerb(lead: string): boolean {
  // (Not an apostrophe: `Per l’enologa X` elides an article.)
  return /[»”"“](?:\s*,|\s*[–—])\s*\p{Ll}[\p{Ll}-]*\s*$/u.test(lead);
}

/** A preposition and one to three lower-case words, then a capital: the adjunct between an inverted verb and its subject. */
const ADJUNCT_BEFORE_NAME = /^\s+(?:entre|con|sin|tras|ante|avec|sans|tra|fra|com|sem|mit|unter|ohne|en|em|in)\s+(?:\p{Ll}[\p{L}’'-]*\s+){1,3}(?=\p{Lu})/u;

/** The subject after a short adjunct that follows the verb (see the file's header), read by `read`, or null. */
export function subjectAfterAdjunct<T extends { kind: string; pronoun: boolean }>(rest: string, read: (words: string) => T | null | undefined): T | null {
  const adjunct = ADJUNCT_BEFORE_NAME.exec(rest);
  // (`sostuvo en sesión de Cabildo`: a capital after `de` is the adjunct's own object; the subject is a full name.)
  if (!adjunct || /(?:^|\s)(?:de|del|di|da|do|du|des|la|el|le|il|lo|a|o)\s+$/u.test(adjunct[0])) return null;
  const found = read(rest.slice(adjunct[0].length)) as (T & { phrase?: string }) | null | undefined;
  return found && found.kind === 'name' && !found.pronoun && /\s/u.test(found.phrase ?? '') ? found : null;
}

const WEEKDAY = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю|luni|marți|miercuri|joi|vineri|sâmbătă|duminică)`;
const PART_OF_DAY = String.raw`(?:matin|soir|après-midi|mattina|pomeriggio|sera|abend|morgen|nachmittag|Abend|Morgen|Nachmittag|por\s+la\s+(?:mañana|tarde|noche)|à\s+(?:tarde|noite)|de\s+manhã|утром|вечером|ввечері|вранці)`;
/** French "right away", "bluntly": `a lancé d'entrée de jeu X`, `a répondu d'emblée X`. */
const AT_ONCE = String.raw`(?:d['’]emblée|d['’]entrée\s+de\s+jeu|sans\s+détour)`;
/**
 * A time right after an inverted verb of saying, the subject after it: `», a déclaré hier le maire, X`, `dijo el lunes
 * el alcalde`, `disse ontem o presidente`, `sagte am Montag Bürgermeister X`, `— заявил вчера мэр`. It is no part of
 * the subject or its role. (Only a closed list of days and weekdays, as the subject must still follow; AT_ONCE too.)
 */
const TIME_AFTER_VERB = new RegExp(
  String.raw`^\s+(?:(?:(?:yesterday|today|ayer|hoy|ieri|azi|astăzi|oggi|ontem|hoje|hier|aujourd['’]hui|gestern|heute|gisteren|vandaag|вчера|сегодня|вчора|сьогодні)|(?:(?:el|este|am|op|no|na|neste|nesta|в|во|у)\s+)?${WEEKDAY})(?:\s*${PART_OF_DAY})?|${AT_ONCE})(?=,?\s+\S)`,
  'u',
);

/** The words after an inverted verb without a time opening them (see TIME_AFTER_VERB), or the words unchanged. */
export function withoutTimeAfterVerb(rest: string): string {
  return rest.replace(TIME_AFTER_VERB, '').replace(FROM_PLACE_BEFORE_FULL_NAME, ' ');
}

/** `în`, `într-o`, `la`: Romanian prepositions of an occasion (PREPOSITION holds the other languages'). */
const ROMANIAN_PREPOSITION = /^(?:în|într-o|într-un|la)\s/iu;

/**
 * `”, a declarat joi, într-o conferință de presă, managerul spitalului, X`, `», a dit, dans un communiqué, le maire X`:
 * where it was said, set off by commas between the verb and its subject, is no part of either. Only a group opening with
 * a preposition and holding no role noun, and only when more words follow it (`, a spus, la final.` keeps its words).
 */
// (Only a subject of a full name is taken: `», diz, a rir, sentado à porta do Centro Cultural.` leaves the subject out.)
export function subjectAfterOccasion<T extends { kind: string; pronoun: boolean }>(rest: string, read: (words: string) => T | null | undefined): T | null {
  const group = /^\s*,\s*([^,;:.!?«»"“”„]{3,60}),\s*(?=\S)/u.exec(rest);
  if (!group) return null;
  const words = group[1]!;
  const adjunct = isAdjunctGroup(words) || (ROMANIAN_PREPOSITION.test(words) && !words.split(/\s+/u).some((word) => isForeignRoleNoun(word)));
  const after = rest.slice(group[0].length);
  // (The subject opens the words after the group: an article, a role noun or the name, never a participle (`sentado à …`).)
  if (!adjunct || !/^(?:\p{Lu}|(?:la|le|l[’']|el|il|lo|o|a|der|die|\p{Ll}+(?:ul|ua|a|l))\s)/u.test(after)) return null;
  const found = read(` ${after}`) as (T & { phrase?: string }) | null | undefined;
  return found && found.kind === 'name' && !found.pronoun && /\s/u.test(found.phrase ?? '') ? found : null;
}

/**
 * `—le espetó desde el fondo de la sala X Y`, `a crié depuis le fond de la salle X Y`: "from the" and a place of lower-case
 * words right after the verb, a full name after it, is where the words came from, no part of the subject or its role.
 */
const FROM_PLACE_BEFORE_FULL_NAME = /^\s+(?:desde|depuis|dal|dalla|dallo)\s+(?:(?:el|la|los|las|le|les|l['’])\s*)?(?:\p{Ll}[\p{L}’'-]*\s+){1,5}(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u;
