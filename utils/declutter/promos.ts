/**
 * Signal: the publisher's own promotions inside the body, in many languages — "support our
 * journalism" appeals, "this article is offered to you" and subscribers-only notes, "subscribe to…"
 * pitches, live-blog promos ("Follow our live coverage"), and "Read also" boxes the teaser signal
 * does not know (Arabic, Dutch, Japanese). Short blocks only, tested from their first words, so a
 * story paragraph that merely talks about subscriptions stays.
 */
import { type Candidate, hasStoryProse, isCovered } from './blocks';
import { linksIn, textOf, wordCount } from './text';
import type { RemovedKind } from '../types';
import { queryAll } from '../walk';
import { firstWordChoice } from '../patterns';

const either = (parts: string[]) => new RegExp(`^(?:${parts.join('|')})`, 'iu');
/** The same, with only the alternatives that can open with the text's first letters built and tried. */
const eitherByOpening = (name: string, parts: string[]) => firstWordChoice(name, parts, 'iu');

/** Appeals, offered-article notes, subscriber-only labels and sign-up pitches, each by its opening words. */
const PROMO = eitherByOpening('promos PROMO', [
  // Support appeals.
  'support (?:our|local|independent|quality|trusted|this) (?:journalism|reporting|newsroom)',
  'soutenez (?:notre|le|un) journalisme|soutenez[- ]nous',
  'unterstützen sie (?:unseren|den|unabhängigen|guten) journalismus|unterstützen sie uns',
  'apoya (?:el|nuestro) periodismo|apóyanos',
  'sostieni (?:il nostro |il )?giornalismo|sostienici',
  'apoie o (?:nosso )?jornalismo|apoie-nos',
  'steun (?:onze|de|goede) journalistiek|steun ons',
  'поддержите (?:нашу |независимую )?журналистику|поддержите (?:нас|редакцию)',
  'ادعم(?:وا)? (?:الصحافة|صحافتنا)',
  '(?:私たちの)?(?:ジャーナリズム|報道)を(?:支援|応援)',
  // "This article is offered to you" and subscriber-only notes.
  'this (?:article|story) (?:is|was) (?:offered|brought|made available) to you',
  'cet article vous est offert|(?:article )?réservé aux abonnés',
  'dieser artikel ist (?:für sie )?(?:kostenlos|frei verfügbar)|(?:nur|exklusiv) für (?:abonnenten|abonnentinnen)',
  'este art[íi]culo (?:es gratuito|te lo ofrece)|(?:exclusivo|solo) para (?:suscriptores|assinantes)',
  'questo articolo (?:ti )?è offerto|riservato agli abbonati',
  'este (?:artigo|conteúdo) é (?:oferecido|gratuito|exclusivo)',
  'dit artikel (?:is gratis|wordt u aangeboden)|alleen voor abonnees',
  'эта статья (?:доступна )?бесплатно|только для подписчиков',
  'هذا (?:المقال|المحتوى) (?:مجاني|متاح مجانا)|للمشتركين فقط',
  'この記事は(?:無料|有料会員)|有料会員限定',
  // Sign-up pitches that open the block.
  'subscribe (?:to|now|today|for)\\b|become a (?:member|subscriber|supporter)\\b',
  'abonnez-vous|devenez abonné',
  '(?:jetzt )?abonnieren sie|jetzt abonnieren|werden sie abonnent',
  'suscr[íi]bete|hazte (?:socio|suscriptor)',
  'abbonati (?:a|ora|subito)|diventa (?:socio|abbonato)',
  'assine (?:já|agora|o|a)\\b|torne-se assinante',
  'abonneer (?:je|nu|u)\\b|word abonnee',
  'подпишитесь|оформите подписку',
  'اشترك(?:وا)? (?:الآن|في|ب)',
  '(?:今すぐ)?購読(?:する|はこちら|を申し込)',
  // Live-blog promos.
  'follow (?:our|the) live (?:coverage|updates|blog)|follow (?:all )?(?:the )?latest (?:news|updates) (?:live|in our live)',
  '(?:suivez|retrouvez) (?:notre|le|en) direct',
  '(?:verfolgen sie|alle (?:aktuellen )?entwicklungen) (?:im|in unserem) (?:live-?blog|live-?ticker|newsblog)',
  'sigue (?:en directo|en vivo|nuestra cobertura en (?:directo|vivo)|el minuto a minuto)',
  'segui (?:la diretta|il nostro live|in diretta)',
  'acompanhe (?:ao vivo|a cobertura ao vivo|em tempo real)',
  'volg (?:ons liveblog|het liveblog|alles live)',
  'следите за (?:\\p{L}+ ){0,4}(?:в )?(?:онлайн|нашей онлайн-трансляции|прямом эфире)',
  'تابع(?:وا)? (?:التغطية|البث) (?:المباشرة|المباشر)',
  '(?:ライブ|速報)(?:で|を)?(?:お伝え|配信|更新)',
]);

/** "Read also" labels the teaser signal does not cover; the box is the label and a link. */
const READ_ALSO = either(['(?:ا|إ)قرأ (?:أيضا|أيضاً|ايضا|ايضاً)', 'lees (?:ook|meer)', 'あわせて読みたい|関連記事', '추천 기사']);

const MAX_WORDS = 45;
const BLOCKS = 'p, div, section, aside, footer, h2, h3, h4, h5, h6, li';

function kindOf(block: Element): RemovedKind | null {
  const text = textOf(block);
  const words = wordCount(text);
  if (words === 0 || words > MAX_WORDS) return null;
  const opening = text.replace(/^[^\p{L}\p{N}]+/u, '');
  if (READ_ALSO.test(opening) && linksIn(block).length > 0) return 'teaser';
  if (!PROMO.test(opening)) return null;
  // A promo is short or, when longer, carries no running story prose of its own.
  return words <= 25 || !hasStoryProse(block) ? 'promo' : null;
}

export function findPromos(root: Element): Candidate[] {
  const found: Candidate[] = [];
  for (const block of queryAll(root, BLOCKS)) {
    if (isCovered(found, block)) continue; // the outermost block that is all promo
    const kind = kindOf(block);
    if (kind) found.push({ kind, nodes: [block] });
  }
  return found;
}
