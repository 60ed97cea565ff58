// Kinds the fifty-fourth held-out set showed in regional copy (Dutch, Quebec French, Japanese), each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const OWNER_OF_SHOP_WITH_ARTICLE =
  'Molenbeek-Oost verliest zijn bakker. Eigenaar Sanne Kuipers van Bakkerij De Zon vertelde maandag dat ze in maart sluit.\n\n' +
  '‘Ik sta hier al dertig jaar om vier uur op,’ zei Kuipers, met tranen in de ogen.';
const GIVEN_NAMES_THEN_PARTICLE =
  'Directeur Anna Maria van Leeuwen vertelde maandag dat de school in maart sluit.\n\n' +
  '‘We hebben alles geprobeerd,’ zei Van Leeuwen.';
const SPOKESWOMAN_OF_ARTICLED_BODY =
  'De provincie neemt de helft van de kosten voor haar rekening.\n\n' +
  'Woordvoerder Lotte Verbeke van De Vlaamse Waterweg bevestigt dat de sluis dicht blijft. ‘De onderdelen zijn besteld,’ zegt ze.';

/** `Eigenaar X Y van Bakkerij De Zon`: Dutch `van` after a full name, before a two-word business, opens the business (names.ts, person-mentions.ts). */
kindTable('A Dutch full name before `van` and a business name keeps the name, and the bare surname resolves to it', [
  ['nl: `Eigenaar X Y van Bakkerij De Zon` … `zei Y` is X Y', OWNER_OF_SHOP_WITH_ARTICLE, 'Ik sta hier', 'Sanne Kuipers', ANY],
  ['counter-case nl: `Anna Maria van Leeuwen`: two given names and a particled family name stay one name', GIVEN_NAMES_THEN_PARTICLE, 'We hebben alles', 'Anna Maria van Leeuwen', ANY],
  ['counter-case nl: `van De Vlaamse Waterweg`: a body opening on an article is left as before', SPOKESWOMAN_OF_ARTICLED_BODY, 'De onderdelen', 'Lotte Verbeke', ANY],
]);

const NEWCOMER_AS_OBJECT =
  '« On ne tiendra pas l’hiver », tranche Sophie Lavoie, propriétaire du dépanneur du village.\n\n' +
  'La fermeture n’étonne pas Paul Gingras, directeur de la caisse populaire. « On le voyait venir depuis deux ans », a-t-il déclaré à la radio locale.';
const NEWCOMER_OTHER_GENDER =
  '« On ne tiendra pas l’hiver », tranche Sophie Lavoie, propriétaire du dépanneur du village.\n\n' +
  'La fermeture n’étonne pas Paul Gingras, directeur de la caisse populaire. « On le voyait venir depuis deux ans », a-t-elle ajouté.';
const TWO_NAMED_IN_PARAGRAPH =
  '« On ne tiendra pas l’hiver », tranche Sophie Lavoie, propriétaire du dépanneur du village.\n\n' +
  'Paul Gingras, directeur de la caisse populaire, a rencontré Luc Pelletier, maire du village. « On le voyait venir », a-t-il déclaré.';

/** A paragraph introducing one new person as its object, `n’étonne pas X, directeur de …`, then `a-t-il déclaré` (paragraph-newcomer.ts). */
kindTable('A pronoun tag after a paragraph that introduces one newcomer goes to that newcomer', [
  ['fr: `n’étonne pas X Y, directeur …. « … », a-t-il déclaré` is X Y', NEWCOMER_AS_OBJECT, 'On le voyait venir', 'Paul Gingras', ANY],
  ['counter-case fr: `a-t-elle ajouté` after a `directeur`: the woman quoted before', NEWCOMER_OTHER_GENDER, 'On le voyait venir', 'Sophie Lavoie', ANY],
  ['counter-case fr: a paragraph naming two people is left to salience', TWO_NAMED_IN_PARAGRAPH, 'On le voyait venir', 'Paul Gingras', ANY],
]);

const QUOTE_THEN_CLEFT_PARAGRAPH =
  '　町によると、今月の被害は5件で、北山中学校は翌日から部活動を中止している。\n\n' +
  '　「朝起きたら畑のトウモロコシが全部倒されていた。もう作る気がしない」\n\n' +
  '　そう話すのは、同町上原地区で野菜を育てる鈴木ハナ子さん（68）だ。鈴木さんは「こんなことは初めて」と肩を落とした。';
const QUOTE_THEN_OTHER_PARAGRAPH =
  '　北山中学校は翌日から部活動を中止している。\n\n' +
  '　「朝起きたら畑のトウモロコシが全部倒されていた。もう作る気がしない」\n\n' +
  '　町によると、今月の被害は5件で、上原地区の鈴木ハナ子さん（68）の畑も荒らされた。';

/** `「…」` alone as a paragraph, then `そう話すのは、…X さん（68）だ。` opening the next (lang/ja-next-cleft.ts). */
kindTable('A Japanese quote alone in its paragraph, named by the cleft that opens the next', [
  ['ja: `「…」` then `そう話すのは、…鈴木ハナ子さん（68）だ。` is 鈴木ハナ子', QUOTE_THEN_CLEFT_PARAGRAPH, '朝起きたら', '鈴木ハナ子', ANY],
  ['ja: the later `鈴木さんは「…」` is the full name the cleft gave', QUOTE_THEN_CLEFT_PARAGRAPH, 'こんなことは', '鈴木ハナ子', ANY],
  ['counter-case ja: a next paragraph opening `町によると` names no speaker', QUOTE_THEN_OTHER_PARAGRAPH, '朝起きたら', UNNAMED, ANY],
]);
