/**
 * Weekdays that languages capitalise, written after the speaker's name in a tag: `said Minister X Y Tuesday` (American
 * press style), `alisema X Y Jumanne` (Swahili), `X Y, Selasa (12/3), mengatakan` (Indonesian). The day is when it was
 * said, never a word of the name.
 */
const CAPITALISED_WEEKDAYS = new Set(
  [
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    // Swahili
    'Jumatatu Jumanne Jumatano Alhamisi Ijumaa Jumamosi Jumapili',
    // Indonesian and Malay (not `Ahad`, `Jumat` nor `Jumaat`, which are family names as well: `Azlan Jumat`)
    'Senin Isnin Selasa Rabu Kamis Khamis Sabtu Minggu',
    // German, Afrikaans and Dutch at a sentence's start
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Maandag Dinsdag Woensdag Donderdag Vrydag Saterdag Sondag',
    // Turkish, Somali
    'Pazartesi Salı Çarşamba Perşembe Cumartesi Isniin Talaado Arbaco Khamiis Jimce Sabti Axad',
  ]
    .join(' ')
    .split(' '),
);

/** The name's words without the weekday closing them: `Juma Bakari Tuesday` → `Juma Bakari` (nothing left: no name). */
export function withoutClosingWeekday(words: string[]): string[] {
  let end = words.length;
  while (end > 0 && CAPITALISED_WEEKDAYS.has(words[end - 1]!.replace(/[,.;:]+$/u, ''))) end--;
  return end === words.length ? words : words.slice(0, end);
}
