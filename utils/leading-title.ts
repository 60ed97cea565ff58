/**
 * Older pages set their headline in the story's own cell (`<font size="5"><b>Headline</b></font><br>`), where Readability,
 * which drops only an h1 or h2 that repeats the title, keeps it: the reader would show the headline twice. The body's
 * first line, when it is exactly the title, goes.
 */

const sameText = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

/** Removes the body's leading element whose whole text is the title (nothing when the body opens otherwise). */
export function removeLeadingTitle(body: Element, title: string): void {
  const wanted = sameText(title);
  if (wanted.length < 4) return;
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let first: Node | null = walker.nextNode();
  while (first && !first.nodeValue?.trim()) first = walker.nextNode();
  let line = first?.parentElement ?? null;
  // The outermost element holding that text and nothing else: `<span><b>Headline</b></span>`.
  while (line && line !== body && line.parentElement && line.parentElement !== body && sameText(line.parentElement.textContent ?? '') === sameText(line.textContent ?? '')) line = line.parentElement;
  if (!line || line === body || sameText(line.textContent ?? '') !== wanted || line.querySelector('img, picture, video, figure')) return;
  line.remove();
}
