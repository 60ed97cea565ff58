/**
 * Hausa: after a quote `”, in ji X.` (said X), `”, X ya ce.` (X he-said; `ta ce`, she), `”, ya ce.` (the subject left out),
 * `”, kwamishinan ya ce.` (an office: the one the text gave it); before one `X ya ce: “…”`, `Ya ƙara da cewa: “…”` (he
 * added that) and `A cewar <role>, X Y, “…”` (according to). Forms of address (Malam, Alhaji, Hajiya, Dakta) open names
 * and come off them (names.ts). `”, a cewarsa.` (according to him) and `”, kamar yadda ya shaida wa X.` (as he told X) leave
 * the subject in the pronoun.
 */

import { cleanName, NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const SAY = '(?:ce|ƙara|kara|bayyana|jaddada|tambaya)';
const patterns = lazy(() => ({
  inJi: new RegExp(`^[\\s,]*in\\s+ji\\s+(${NAME_RUN})`, 'u'),
  // (`”, in ji shi.`; `”, a cewarsa.` / `a cewarta` (according to him, her): the subject in the pronoun.)
  inJiPronoun: /^[\s,]*(?:in\s+ji\s+(?:shi|ta|ita)|a\s+cewar(?:sa|ta))(?=[\s.,]|$)/u,
  // (`”, kamar yadda ya shaida wa gidan rediyon X.` (as he told radio X): the one told, after `wa`, is no speaker.)
  toldAfter: /^[\s,]*(?:kamar\s+yadda\s+)?(?:ya|ta)\s+(?:shaida|gaya|faɗa|fada)\s+wa(?=[\s.,]|$)/u,
  pronounAfter: new RegExp(`^[\\s,]*(?:ya|ta)\\s+${SAY}(?=[\\s.,]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*(${NAME_RUN})\\s+(?:ya|ta)\\s+${SAY}(?=[\\s.,]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*(\\p{Ll}{4,})\\s+(?:ya|ta)\\s+${SAY}(?=[\\s.,]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:Ya|Ta)\\s+(?:ƙara\\s+da\\s+cewa|kara\\s+da\\s+cewa|${SAY})\\s*:?\\s*$`, 'u'),
  according: /(?:^|[.!?]\s+)A\s+cewar\s+([^“”"]{3,160}?)\s*,?\s*$/u,
  nameBefore: new RegExp(`(?:^|[.!?]\\s+)(${NAME_RUN})\\s+(?:ya|ta)\\s+(?:ƙara\\s+da\\s+cewa|${SAY})\\s*:\\s*$`, 'u'),
}));

export const hausa: LanguageCues = {
  applies: (frame) => /[ƙɗɓƘƊƁ]/u.test(frame) || /(?:^|\s)(?:in\s+ji|[yt]a\s+ce|A\s+cewar|a\s+cewar(?:sa|ta)|[yt]a\s+shaida\s+wa|da\s+cewa)(?=[\s:,.]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { inJi, inJiPronoun, pronounAfter, toldAfter, nameAfter, officeAfter } = patterns();
    if (inJiPronoun.test(line) || pronounAfter.test(line) || toldAfter.test(line)) return pronoun('they');
    const named = inJi.exec(line) ?? nameAfter.exec(line);
    const name = named ? cleanName(named[1]!) : '';
    if (name) return person(name);
    const office = officeAfter.exec(line)?.[1];
    return office ? officeDescriptor(office) : null;
  },
  before(frame) {
    const { pronounBefore, according, nameBefore } = patterns();
    if (pronounBefore.test(frame)) return pronoun('they');
    // (`A cewar shugaban kamfanin …, Alhaji X Y,`: the office, then the name after the last comma.)
    const source = according.exec(frame)?.[1];
    if (source) {
      const groups = source.split(/,\s+/u);
      const name = cleanName(groups.at(-1)!);
      return name ? person(name, groups.length > 1 ? groups.slice(0, -1).join(', ') : null) : null;
    }
    const named = nameBefore.exec(frame);
    const name = named ? cleanName(named[1]!) : '';
    return name ? person(name) : null;
  },
};
