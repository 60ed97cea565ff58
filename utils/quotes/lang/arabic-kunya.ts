/**
 * `قال سليم العمري (أبو خالد)، …` and later `يقول أبو خالد`: an Arabic kunya, "father of" or "mother of" a name, that the
 * text set in brackets after a full name stands for that person (lang/shared.ts `person` leaves the brackets out of the name).
 */

const KUNYA = /^(?:أبو|أم)\s+\p{Script=Arabic}+$/u;

/** The earlier speaker the text wrote with `name` in brackets after them, when `name` is a kunya; else null. */
export function kunyaHolder(text: string, name: string, earlierSpeakers: Iterable<string | null>): string | null {
  if (!KUNYA.test(name)) return null;
  if (!text.includes(`(${name})`)) return calledBy(text, name);
  for (const speaker of earlierSpeakers) if (speaker && speaker !== name && text.includes(`${speaker} (${name})`)) return speaker;
  return null;
}

/** Verbs of calling someone by a name: `يناديه`, `ينادونه`, `يلقبه`, `يسمونها`, `يعرف`. */
const CALLING = '(?:ي|ت)(?:ناد|لقب|لقّب|سم|سمّ|عرف|عرَف)\\p{Script=Arabic}*';

/**
 * `خالد الرواشدة، بائع خضار …، يناديه الجيران بأبي فارس،` then `يقول أبو فارس`: the person a sentence opens with, named in
 * full before its first comma, when the sentence says people call them by the kunya (after ب, أبو is written أبي).
 */
function calledBy(text: string, name: string): string | null {
  const genitive = name.replace(/^أبو(?=\s)/u, 'أبي');
  const called = new RegExp(`(?:^|[.!؟\\n]\\s*)(\\p{Script=Arabic}{2,}(?:\\s\\p{Script=Arabic}{2,}){1,2})\\s*[،,][^.!؟\\n]{0,160}?\\s(?:و|ف)?${CALLING}(?:\\s[^.!؟\\n\\s]+){0,2}\\s(?:ب|باسم\\s)${genitive}(?![\\p{L}])`, 'u').exec(text);
  return called && !/^[وف]?(?:في|على|من|إلى|عن|أما|لكن|غير)$/u.test(called[1]!.split(/\s/u)[0]!) ? called[1]! : null;
}
