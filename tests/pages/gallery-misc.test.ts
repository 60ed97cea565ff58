// Comments, credits, promos and contact lines on whole story pages (the command line's pipeline):
// each gallery folder pins one kind of clutter in one language or platform; each keep- folder holds
// the same words inside the story's own prose, which must stay.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import type { RemovedKind } from '../../utils/types';

interface GalleryExpectation {
  url: string;
  textMustContain?: string[];
  textMustNotContain?: string[];
  /** Kinds that must be among the removed blocks. */
  removedInclude?: RemovedKind[];
  /** Kinds that must not be among them. */
  removedExclude?: RemovedKind[];
  /** Texts that must be shown inside a <figcaption> (visible, not story text). */
  captions?: string[];
  /** Texts that must not be in any <figcaption>. */
  notCaptions?: string[];
  /** Blocks that must be removed, each with its kind, found by how its text starts. */
  removedBlocks?: { kind: RemovedKind; startsWith: string }[];
}

const FIXTURES = path.resolve(__dirname, '../fixtures');
const OURS = /^(?:gallery-(?:comments|credit|promo|contact)-|keep-(?:comment-quoted|photo-credit|subscriptions|email-in-quote))/;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function galleryFixtures(): [string, GalleryExpectation][] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && OURS.test(entry.name) && existsSync(path.join(FIXTURES, entry.name, 'expected.json')))
    .map((entry): [string, GalleryExpectation] => [entry.name, JSON.parse(readFileSync(path.join(FIXTURES, entry.name, 'expected.json'), 'utf8'))])
    .sort(([a], [b]) => a.localeCompare(b));
}

function captionsOf(content: string): string[] {
  const doc = new JSDOM(`<!DOCTYPE html><body>${content}</body>`).window.document;
  return Array.from(doc.querySelectorAll('figcaption'), (el) => collapse(el.textContent ?? ''));
}

describe('comments, credits, promos and contact lines on fixture pages', () => {
  const fixtures = galleryFixtures();

  it('has at least twelve gallery folders and four counter-fixtures', () => {
    expect(fixtures.filter(([slug]) => slug.startsWith('gallery-')).length).toBeGreaterThanOrEqual(12);
    expect(fixtures.filter(([slug]) => slug.startsWith('keep-')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures)('%s', (slug, expected) => {
    const html = readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
    const { article, removed } = extractFromHtml(html, expected.url);
    const text = collapse(article.textContent);
    const kinds = removed.map((block) => block.kind);
    const captions = captionsOf(article.content);

    for (const sentence of expected.textMustContain ?? []) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.textMustNotContain ?? []) expect(text).not.toContain(collapse(clutter));
    for (const kind of expected.removedInclude ?? []) expect(kinds).toContain(kind);
    for (const kind of expected.removedExclude ?? []) expect(kinds).not.toContain(kind);
    for (const credit of expected.captions ?? []) expect(captions.some((caption) => caption.includes(credit)), credit).toBe(true);
    for (const prose of expected.notCaptions ?? []) expect(captions.some((caption) => caption.includes(prose)), prose).toBe(false);
    for (const { kind, startsWith } of expected.removedBlocks ?? []) expect(removed.find((block) => block.text.startsWith(startsWith))?.kind, startsWith).toBe(kind);
  });
});

/** One promo or contact line per language, set inside the same story page. */
const LINES: [string, string, RemovedKind][] = [
  ['en', 'Support our journalism: become a subscriber today.', 'promo'],
  ['fr', 'Cet article vous est offert par la rédaction.', 'promo'],
  ['de', 'Unterstützen Sie unseren Journalismus mit einem Abonnement.', 'promo'],
  ['es', 'Suscríbete para seguir leyendo todas nuestras noticias locales.', 'promo'],
  ['it', 'Segui la diretta sul nostro sito con tutti gli aggiornamenti.', 'promo'],
  ['pt', 'Apoie o jornalismo local: assine a partir de 1,90 por mês.', 'promo'],
  ['nl', 'Steun onze journalistiek en word abonnee.', 'promo'],
  ['ar', 'تابعوا التغطية المباشرة على موقعنا.', 'promo'],
  ['ru', 'Поддержите нашу журналистику — оформите подписку.', 'promo'],
  ['ja', 'この記事は有料会員限定です。', 'promo'],
  ['en', 'Contact Jordan Morales at jmorales@herald.example or @jmoralesnews.', 'contact'],
  ['fr', 'Contactez la rédaction à redaction@gazette.example.', 'contact'],
  ['de', 'Hinweise bitte an redaktion@rundschau.example.', 'contact'],
  ['es', 'Escríbenos a redaccion@diario.example con tus pistas.', 'contact'],
  ['it', 'Segnalazioni a redazione@giornale.example.', 'contact'],
  ['pt', 'Envie suas dicas para redacao@jornal.example.', 'contact'],
  ['nl', 'Stuur je tip naar redactie@krant.example.', 'contact'],
  ['ar', 'للتواصل مع الكاتب: writer@almadina.example', 'contact'],
  ['ru', 'Пишите нам: redaktsiya@gazeta.example', 'contact'],
  ['ja', '情報提供は tips@nippo.example まで。', 'contact'],
];

const STORY = [
  'The county council voted on Tuesday to reopen the Marlow Street library after a two-year closure, ending a campaign by parents and pensioners who had petitioned for its return.',
  'Councillors approved a budget of 1.2 million pounds to repair the roof and replace the heating system, work that engineers say will take about five months to finish.',
  'The library closed after inspectors found water damage in the reading room and asbestos in a storage cupboard, and campaigners held weekly story hours on the steps outside.',
  'The council said the reopened library would keep longer evening hours on weekdays and would host a homework club for secondary school pupils.',
];

describe('promo and contact lines in ten languages', () => {
  it.each(LINES)('%s: %s', (lang, line, kind) => {
    const paragraphs = [...STORY.slice(0, 2), line, ...STORY.slice(2)].map((p) => `<p>${p}</p>`).join('');
    const html = `<!DOCTYPE html><html lang="${lang}"><head><title>Library to reopen</title></head><body><article><h1>Library to reopen</h1>${paragraphs}</article></body></html>`;
    const { article, removed } = extractFromHtml(html, 'https://gazette.example/news/library');
    expect(collapse(article.textContent)).not.toContain(line);
    expect(removed.find((block) => block.text === line)?.kind).toBe(kind);
    for (const sentence of STORY) expect(collapse(article.textContent)).toContain(sentence);
  });
});

/** A credit line under a picture, in its common forms and languages: shown as a caption, not story text. */
const CREDITS: [string, string][] = [
  ['en', 'Picture: Jane Doe'],
  ['en', 'Rescue crews at the pier on Monday, photo by Sam Hale'],
  ['en', 'Credit: Harbour Trust'],
  ['es', 'Foto: Marta Ibarra'],
  ['it', 'Foto di Luca Neri'],
  ['pt', 'Foto: Ana Souza/Arquivo'],
  ['nl', 'Foto: ANP'],
  ['ru', 'Фото: Иван Петров'],
  ['ar', 'صورة: أرشيف الصحيفة'],
  ['ko', '사진=연합뉴스'],
  ['zh', '图片来源：视觉中国'],
];

describe('credit lines in many languages', () => {
  it.each(CREDITS)('%s: %s', (lang, credit) => {
    const paragraphs = STORY.map((p) => `<p>${p}</p>`);
    paragraphs.splice(2, 0, `<p><img src="https://img.example/pier.jpg" alt="" width="800" height="533"></p><p>${credit}</p>`);
    const html = `<!DOCTYPE html><html lang="${lang}"><head><title>Library to reopen</title></head><body><article><h1>Library to reopen</h1>${paragraphs.join('')}</article></body></html>`;
    const { article } = extractFromHtml(html, 'https://gazette.example/news/library');
    expect(collapse(article.textContent)).not.toContain(credit);
    expect(captionsOf(article.content)).toContain(credit);
  });
});

describe('comment names on the story’s own boxes', () => {
  it.each([
    ['a state class on the story box', '<div class="story comments-open">', '</div>'],
    ['an <article> inside a box named for comments', '<div class="with-comments-panel"><article>', '</article></div>'],
    ['schema.org article body inside a box named for comments', '<div class="comments-layout"><div itemprop="articleBody">', '</div></div>'],
  ])('keeps the story with %s', (_, open, close) => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Library to reopen</title></head><body><h1>Library to reopen</h1>${open}${STORY.map((p) => `<p>${p}</p>`).join('')}${close}</body></html>`;
    const { article, removed } = extractFromHtml(html, 'https://gazette.example/news/library');
    for (const sentence of STORY) expect(collapse(article.textContent)).toContain(sentence);
    expect(removed.map((block) => block.kind)).not.toContain('comments');
  });
});

describe('reading-time lines', () => {
  const page = (line: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>Library to reopen</title></head><body><article><h1>Library to reopen</h1><p>${line}</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it.each(['Reading time: 4 minutes', 'Tempo de leitura: 1 minuto', 'Lesezeit: 3 Min.', '5 min read', 'Temps de lecture : 2 min'])('removes "%s" as a byline line', (line) => {
    const { article, removed } = extractFromHtml(page(line), 'https://gazette.example/news/library');
    expect(collapse(article.textContent)).not.toContain(line);
    expect(removed.find((block) => block.text === line)?.kind).toBe('byline');
  });

  it('keeps a sentence about reading time', () => {
    const line = 'Reading time for pupils rose to 25 minutes a day after the library reopened, teachers said.';
    expect(collapse(extractFromHtml(page(line), 'https://gazette.example/news/library').article.textContent)).toContain(line);
  });
});
