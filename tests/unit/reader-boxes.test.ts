// Sign-up boxes, follow promos and calls to action by structure: each rule with the story line it must leave alone.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutter } from '../../utils/declutter';
import { findReaderBoxes, followTargetOf, type BoxRole } from '../../utils/reader-boxes';

const STORY = '<p>The council voted on Tuesday to close the old market hall for repairs, and traders will move to a temporary site by the river until the work ends next spring.</p>';

/** The boxes found in an article of two story paragraphs around snippet, as [role, text]. */
function boxesIn(snippet: string): [BoxRole, string][] {
  const page = `<!DOCTYPE html><body><article><div class="body">${STORY}${snippet}${STORY}</div></article></body>`;
  const root = new JSDOM(page).window.document.querySelector('article')!;
  return findReaderBoxes(root).map(({ role, el }) => [role, (el.textContent ?? '').replace(/\s+/g, ' ').trim()]);
}

describe('links to a follow page', () => {
  const target = (href: string) => {
    const a = new JSDOM('').window.document.createElement('a');
    a.setAttribute('href', href);
    return followTargetOf(a);
  };

  it.each([
    ['https://t.me/citynews', 'channel'],
    ['https://t.me/s/citynews', 'channel'],
    ['https://t.me/+AbCdEf123', 'channel'],
    ['https://www.whatsapp.com/channel/0029VaAbc', 'channel'],
    ['https://chat.whatsapp.com/AbCdEf', 'channel'],
    ['https://line.me/R/ti/p/@citynews', 'channel'],
    ['https://invite.viber.com/?g2=AQAbc', 'channel'],
    ['https://zalo.me/1234567890', 'channel'],
    ['https://apps.apple.com/jp/app/id123', 'store'],
    ['https://play.google.com/store/apps/details?id=com.example', 'store'],
    ['https://news.google.com/publications/CAAqBw', 'aggregator'],
    ['https://www.google.com/preferences/source?q=example.com', 'aggregator'],
    ['https://dzen.ru/citynews', 'aggregator'],
  ])('%s is a %s', (href, kind) => expect(target(href)).toBe(kind));

  it.each([
    // One post, which a story quotes and links.
    'https://t.me/citynews/4821',
    'https://whatsapp.com/channel/0029VaAbc/512',
    'https://dzen.ru/a/ZxYz',
    // An article Google News shows, not the outlet's follow page.
    'https://news.google.com/articles/CBMiAbc',
    'https://example.com/telegram',
    '/news/t.me',
  ])('%s is not', (href) => expect(target(href)).toBeNull());
});

describe('sign-up boxes: a short block around an e-mail field', () => {
  it.each([
    ['typed as e-mail', '<div><h3>Lo esencial</h3><p>Cinco noticias antes del desayuno.</p><form><input type="email"><button>Quiero</button></form></div>', 'Lo esencial'],
    ['autofilled as e-mail', '<div><h4>Resumo</h4><input type="text" autocomplete="email"><button>Receber</button></div>', 'Resumo'],
    ['named for e-mail', '<div><p>รับสรุปข่าวเช้าทุกวัน</p><input type="text" name="subscriber_email"><button>สมัคร</button></div>', 'รับสรุปข่าวเช้าทุกวัน'],
  ])('%s', (_, snippet, opening) => {
    const boxes = boxesIn(snippet);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]![0]).toBe('signup');
    expect(boxes[0]![1].startsWith(opening)).toBe(true);
  });

  it.each([
    ['a comment form', '<form><p>Leave a reply</p><input type="text" name="author"><input type="email" name="email"><textarea></textarea><button>Post</button></form>'],
    ['a log-in form', '<form><p>Already a member?</p><input type="email"><input type="password"><button>Log in</button></form>'],
    ['a search form', '<form><input type="search" name="q"><input type="text" name="query"></form>'],
  ])('leaves %s alone', (_, snippet) => {
    expect(boxesIn(snippet).filter(([role]) => role === 'signup')).toEqual([]);
  });
});

describe('follow promos: a short block whose links all go to follow pages', () => {
  it.each([
    ['an aggregator page, in a sentence', '<p>Obserwuj nas w <a href="https://news.google.com/publications/CAAq">Google News</a>.</p>'],
    ['two channels', '<p>Читайте нас у <a href="https://t.me/misto">Telegram</a> та <a href="https://whatsapp.com/channel/0029Va">WhatsApp</a>.</p>'],
    ['a paragraph that is its link', '<p><a href="https://t.me/kolhaemek">הצטרפו לערוץ הטלגרם שלנו</a></p>'],
    ['a paragraph all in bold', '<p><strong>Подписывайтесь на наш <a href="https://t.me/krai">канал</a>, там новости первыми.</strong></p>'],
    ['a box of its own', '<div class="box-wa"><p>Dapatkan update berita setiap hari. Gabung <a href="https://whatsapp.com/channel/0029VaX">Channel</a> kami.</p></div>'],
    ['a line that is no sentence', '<p>Ακολουθήστε μας στο <a href="https://invite.viber.com/?g2=AQ">Viber</a></p>'],
    ['store badges', '<div><h3>速報はアプリで</h3><p><a href="https://apps.apple.com/jp/app/id1"><img src="a.png" alt="App Store"></a></p></div>'],
  ])('%s', (_, snippet) => {
    expect(boxesIn(snippet).map(([role]) => role)).toEqual(['follow']);
  });

  it.each([
    ['a link to one post', '<p>The minister wrote on <a href="https://t.me/minister/4821">Telegram</a> that the talks had failed.</p>'],
    ['a story line naming a channel', '<p>Канал министра в <a href="https://t.me/minister">Telegram</a> читают двадцать тысяч человек.</p>'],
    [
      'paragraphs a CMS wraps alike',
      '<div class="txt"><p>Kanal itu diikuti <a href="https://whatsapp.com/channel/0029VaW">80.000 warga</a>.</p></div><div class="txt"><p>Vaksinasi akan digelar di semua puskesmas mulai pekan depan, dan orang tua diminta membawa kartu keluarga serta buku kesehatan anak.</p></div>',
    ],
    [
      'a long story paragraph',
      '<p>The mayor, who has posted daily updates on his <a href="https://t.me/mayor">channel</a> since the flood began, said that the pumping stations would run through the night and that schools would stay closed until Monday.</p>',
    ],
    ['a line that also links a story', '<p>Follow <a href="https://t.me/citynews">our channel</a> and read <a href="/news/flood">the flood report</a></p>'],
    ['an app the story is about', '<p>The library app, which lets members reserve books, is free on the <a href="https://apps.apple.com/es/app/id5">App Store</a>.</p>'],
  ])('leaves %s alone', (_, snippet) => {
    expect(boxesIn(snippet)).toEqual([]);
  });
});

describe('calls to action: a line or heading and a button', () => {
  it.each([
    ['a heading and a button link', '<div><h3>Підтримайте незалежну редакцію</h3><a class="btn btn-support" href="/support">Підтримати</a></div>'],
    ['a prompt and two buttons', '<div><p>Recevez nos alertes en temps réel.</p><button type="button">Activer</button><button type="button">Plus tard</button></div>'],
  ])('%s', (_, snippet) => {
    expect(boxesIn(snippet).map(([role]) => role)).toEqual(['cta']);
  });

  it.each([
    ['a lone button', '<p><a class="button" href="/report.pdf">Download the report</a></p>'],
    ['a box that also links a story', '<div><p>Read how we reported it.</p><a href="/news/how-we-reported">Our method</a><a class="btn" href="/donate">Give</a></div>'],
    ['a question that opens its answer', '<div class="faq"><button aria-expanded="false" aria-controls="a1">Who pays the tax?</button><div id="a1"><p>Landlords pay it, not tenants.</p></div></div>'],
    ['a picture with its controls', '<figure><img src="a.jpg" alt=""><figcaption>The new bridge</figcaption><button>Next</button></figure>'],
    [
      'a story paragraph with a button',
      '<div><p>The fund has raised more than two million euros since it opened in March, and the organisers said every donation would go to families who lost their homes.</p><a class="btn" href="/fund">Give</a></div>',
    ],
  ])('leaves %s alone', (_, snippet) => {
    expect(boxesIn(snippet)).toEqual([]);
  });
});

describe('declutter takes a box only when it is a small part of the story', () => {
  it('keeps a short brief that shares its wrapper with a sign-up form', () => {
    const page = '<!DOCTYPE html><body><article><div><p>Le pont rouvre lundi.</p><p>Les travaux ont duré deux ans.</p><form><input type="email"><button>OK</button></form></div></article></body>';
    const article = new JSDOM(page).window.document.querySelector('article')!;
    declutter(article as HTMLElement);
    expect(article.textContent).toContain('Le pont rouvre lundi.');
    expect(article.textContent).toContain('Les travaux ont duré deux ans.');
  });

  it('takes the same form out of a longer story', () => {
    const page = `<!DOCTYPE html><body><article><div>${STORY}<div><p>Le pont rouvre lundi.</p><form><input type="email"><button>OK</button></form></div>${STORY}</div></article></body>`;
    const article = new JSDOM(page).window.document.querySelector('article')!;
    expect(declutter(article as HTMLElement).map((block) => [block.kind, block.text])).toEqual([['newsletter', 'Le pont rouvre lundi.OK']]);
  });
});
