/**
 * A full name alone on its line ("Litia Naivalu", "By Litia Naivalu") is the writer's credit that a page left above the
 * story, no one the story names: when a person in the story shares the family name, "Ms Naivalu" is that person
 * (name-resolution.ts familyHead).
 */
export function isCreditLine(text: string, at: number, name: string): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  return line === name || line === `By ${name}` || line === `by ${name}`;
}
