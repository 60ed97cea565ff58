/**
 * Korean: `김민수 장관은 “…”라고 말했다`, `“…”라고 김 장관은 밝혔다`, `그는 “…”라고 말했다`, and
 * `“…”라고 말했다` alone (the last speaker). An office after the name (장관, 대통령, 대표) is its
 * role, with the ministry before it (`외교부 장관`); the honorific 씨 is dropped.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, lazy, person, pronoun, type LanguageCues } from './shared';

const ROLES = alternation(
  ('장관 대통령 총리 대표 의원 위원장 대변인 사장 회장 교수 시장 지사 원내대표 비서실장 부총리 차관 국장 소장 감독 선수 ' +
    '변호사 청장 실장 처장 본부장 이사장 총장 원장 의장 수석 대사 특보 부장 팀장 연구원 위원 당선인 후보 전무 상무 ' +
    '대표이사 이사 애널리스트 고문 검사 판사 총재').split(' '),
);
const VERB = '(?:말했|밝혔|강조했|전했|덧붙였|설명했|주장했|했|지적했|말한|밝힌|언급했|답했|촉구했|경고했|토로했)';
/** A name (a family name alone too: 김 장관), an optional ministry, then an office or 씨, then the subject particle. */
const SPEAKER = `([가-힣]{1,4})(?:\\s*(씨)|\\s+((?:[가-힣A-Za-z]{1,8}\\s+)?(?:${ROLES}))|(${ROLES}))(?:은|는|이|가)`;

const patterns = lazy(() => ({
  afterNamed: new RegExp(`^(?:이)?라?고\\s*(?:[^.“”"]{0,20}?\\s)?${SPEAKER}(?=\\s)[^.“”"]{0,30}?${VERB}`, 'u'),
  afterPronoun: /^(?:이)?라?고\s*(그녀|그)(?:는|가)\s/u,
  afterBare: new RegExp(`^(?:이)?라?고\\s*[^.“”"]{0,30}?${VERB}`, 'u'),
  beforeNamed: new RegExp(`(?:^|[\\s“”"‘’,.])${SPEAKER}(?=\\s)`, 'u'),
  beforePronoun: /(?:^|[\s“”"‘’,.])(그녀|그)(?:는|가)\s/u,
}));

function phrase(match: RegExpExecArray): SpeakerPhrase | null {
  const role = match[3] ?? match[4];
  return person(match[1] ?? '', role ?? null);
}

export const korean: LanguageCues = {
  applies: (frame) => /[가-힣]/u.test(frame),
  after(frame) {
    const { afterNamed, afterPronoun, afterBare } = patterns();
    const named = afterNamed.exec(frame);
    if (named) return phrase(named);
    const said = afterPronoun.exec(frame);
    if (said) return pronoun(said[1] === '그녀' ? 'she' : 'he');
    return afterBare.test(frame) ? pronoun('they') : null;
  },
  before(frame) {
    const { beforeNamed, beforePronoun } = patterns();
    const named = beforeNamed.exec(frame);
    if (named) return phrase(named);
    const said = beforePronoun.exec(frame);
    return said ? pronoun(said[1] === '그녀' ? 'she' : 'he') : null;
  },
};
