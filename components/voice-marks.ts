/**
 * Shows one person's quotes alone in the article: their marks are stressed, everyone else's lose
 * their highlight (and leave the Tab order), and the view scrolls to their first quote. `null`
 * puts every mark back as highlighting drew it.
 */
export function showVoice(body: Element, name: string | null, { scroll = true } = {}): void {
  const marks = [...body.querySelectorAll<HTMLElement>('mark.ql-quote')];
  for (const mark of marks) {
    const chosen = name !== null && mark.dataset.speaker === name;
    const muted = name !== null && !chosen;
    mark.classList.toggle('ql-voice-chosen', chosen);
    mark.classList.toggle('ql-voice-muted', muted);
    if (muted && mark.hasAttribute('tabindex') && mark.dataset.tabindex === undefined) {
      mark.dataset.tabindex = mark.getAttribute('tabindex')!;
      mark.tabIndex = -1;
    } else if (!muted && mark.dataset.tabindex !== undefined) {
      mark.setAttribute('tabindex', mark.dataset.tabindex);
      delete mark.dataset.tabindex;
    }
  }
  if (scroll && name !== null) marks.find((mark) => mark.dataset.speaker === name)?.scrollIntoView?.({ block: 'center' });
}
