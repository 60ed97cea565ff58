/**
 * Korean: `김민수 장관은 “…”라고 말했다`, `“…”라고 김 장관은 밝혔다`, `그는 “…”라고 말했다`, and
 * `“…”라고 말했다` alone (the last speaker). An office after the name (장관, 대통령, 대표) is its
 * role, with the ministry before it (`외교부 장관`) or written into it (`한빛시장`, mayor of Hanbit);
 * the honorific 씨 is dropped (the age may follow it, `정미경 씨(67)는`), and `이모(47) 씨` (a certain Lee) is described. `"…"며 웃었다` reports words like
 * `"…"라고 말했다`; a bare full name (`정우진은 "…"`) speaks when nothing else in the frame does. A name begins with a family name, so the school or department written
 * before it (`한빛대학교 사회학과 정민호 교수`) is never read as the name.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, pronoun, type LanguageCues } from './shared';

export const ROLES = alternation(
  ('장관 대통령 총리 대표 의원 위원장 대변인 사장 회장 교수 시장 지사 원내대표 비서실장 부총리 차관 국장 소장 감독 선수 ' +
    '변호사 청장 실장 처장 본부장 이사장 총장 원장 의장 수석 대사 특보 부장 팀장 연구원 위원 당선인 후보 전무 상무 ' +
    '대표이사 이사 애널리스트 고문 검사 판사 총재 과장 계장 주무관 관장 사서 박사 약사 세무사 회계사 노무사 수의사 한의사 ' +
    // Police and field offices: `형사기동대장`, `경찰서장`, `단장`, `센터장`.
    '대장 서장 단장 센터장 지검장 조합장 ' +
    // Occupations and ranks written after the name like offices: `김민수 교사`, `박지은 간호사`, `이정훈 경위`.
    '교사 간호사 의사 군수 경위 경감 경정 소방관 교감 작가 배우 코치 주장 목사 신부 스님 기자 연구위원 사무총장 ' +
    // Heads of a school, an education office and a village or township: `X 교장`, `X 분교장`, `X 교육장`, `X 이장`, `X 면장`.
    '교장 분교장 학교장 교육장 이장 면장 읍장').split(' '),
);
/**
 * An official known by the ending 관 (官: 연구관, 감독관, 수사관) after a name, beside the listed offices; buildings and bodies
 * ending so (도서관, 체육관, 대사관, 기관) are none. (`최민호 도 …국장`: the one-syllable 도, 시, 군 before the office is the
 * province or city it serves, not the particle 도, which is written against its word.)
 */
const OFFICIAL_SHAPE = '[가-힣]{1,4}관(?<!(?:도서|미술|박물|체육|영화|대사|기념|전시|회|여|본|별|기)관)';
/** The commonest family names (two-syllable ones first); together they cover nearly every Korean. */
export const SURNAME = alternation(
  ('남궁 황보 제갈 선우 독고 사공 서문 김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 ' +
    '심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 ' +
    '왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 부 가 복 태 목 형 계 피 두 감 음 빈 동 온 호 범 좌 춘 승 상 갈').split(' '),
);
const VERB = '(?:말했|밝혔|강조했|전했|덧붙였|웃었|설명했|주장했|했|지적했|말한|밝힌|언급했|답했|촉구했|경고했|토로했|당부했|조언했|호소했|우려했|요청했|반박했|해명했|털어놨|꼬집었|전망했|평가했|비판했|한숨을 쉬었|진술했|진술한|증언했|증언한|고백했|적었)';
/**
 * A name (a family name alone too: 김 장관), an optional ministry, then, after a space, an office (its
 * place may be written into it: 한빛시장) or 씨 (written apart or not), then the subject particle.
 */
/** Trades of a feature story, a role after a full name and the age in brackets (`김영자(81) 해녀가`); alone they are common nouns (`한 해녀가`). */
export const TRADES = '(?:해녀|어민|농민|상인|선장)';
/**
 * A two-syllable word before a full name and its office is a clause's verb, not a name (`기자회견에 나선 박민수 시장은`:
 * 나선, "who appeared", starts like the family name 나); the full name after it is the speaker. A word naming a city, a
 * county or a school (`서울시`, `한빛대`) may stand there and is left to the office, and so may
 * an office itself (`김진 국장은`).
 */
const MODIFIER_BEFORE_FULL_NAME = `(?![가-힣]{2}\\s+(?:${SURNAME})[가-힣]{2}(?<![가시군구청부처측대])\\s+(?:${ROLES}|씨))`;
const SPEAKER_WORDS = `(?<![가-힣])${MODIFIER_BEFORE_FULL_NAME}((?:${SURNAME})[가-힣]{0,2})(?:\\(\\d{1,3}\\)|\\([가-힣·]{1,8}\\))?(?:\\s*(씨|할머니|할아버지|(?<=\\))군|(?<=\\))양)(?:\\(\\d{1,3}\\))?|\\s+((?:[가-힣A-Za-z]{1,10}(?<![는은을를]|[가-힣]도)\\s+){0,2}[가-힣A-Za-z]{0,8}?(?:${ROLES}|${OFFICIAL_SHAPE})|(?<=[가-힣]{3}\\(\\d{1,3}\\)\\s+)${TRADES}))(?:\\([가-힣·\\s]{2,15}\\))?`;
const SPEAKER = `${SPEAKER_WORDS}(?:은|는|이|가|도(?=\\s))`;

const patterns = lazy(() => ({
  afterNamed: new RegExp(`^(?:이)?라?고\\s*(?:[^.“”"]{0,20}?\\s)?${SPEAKER}(?=\\s)[^.“”"]{0,30}?${VERB}`, 'u'),
  // `"…"며 웃었다`, `"…"라며 말했다`, `"…"면서`: the connective itself reports the words, whatever verb ends the sentence.
  afterConnective: /^(?:이)?(?:라며|라면서|며|면서)(?![가-힣])/u,
  // `“…” 마을 이장 김도현(34)씨의 말이다.`: the words, then whose words they are (X의 말이다, 설명이다, 얘기다), the sentence's end.
  afterWordsOf: new RegExp(`^(?:이)?[.,]?\\s*(?:[^.“”"]{0,30}?\\s)?${SPEAKER_WORDS}의\\s+(?:말|설명|얘기|이야기|주장|지적|전언|하소연)(?:이)?다(?=[.\\s]|$)`, 'u'),
  afterPronoun: /^(?:이)?라?고\s*(그녀|그)(?:는|가)\s/u,
  afterBare: new RegExp(`^(?:이)?라?고\\s*[^.“”"]{0,30}?${VERB}`, 'u'),
  beforeNamed: new RegExp(`(?:^|[\\s“”"‘’,.])${SPEAKER}(?=\\s)`, 'u'),
  beforeNamedAtEnd: new RegExp(`(?:^|[\\s“”"‘’,.])${SPEAKER}\\s*$`, 'u'),
  beforePronoun: /(?:^|[\s“”"‘’,.])(그녀|그)(?:는|가)\s/u,
  name: new RegExp(`^(?:${SURNAME})[가-힣]{1,2}$`, 'u'),
  topicName: /(?:^|[.!?]\s+)([가-힣]{2,4})(?:은|는)\s+(?:[^.“”"\s]+\s+){0,3}[^.“”"\s]*(?:에서|통해|앞에서|에게)\s*$/u,
  // `하린양은 "…"`: a girl called by her given name alone and 양, her full name written before; not an ocean (대서양, 태평양).
  // (A boy's `지호군은` is left alone: a county is written so, `청원군은`, and the frame holds no earlier sentence to tell them apart.)
  // `졸업생 최서윤양은 "…"`: a full name (a family name and two syllables) with 양 written against it, no age; not a sea or a
  // noun in -양 (`한국해양`, `교양`, `태양`).
  girlByFullName: new RegExp(`(?:^|[\\s“”"‘’,.])((?:${SURNAME})[가-힣]{2})(?<!(?:해|교|태|모)(?=양))양(?:은|는|이|가)\\s*$`, 'u'),
  girlByGivenName: /(?:^|[\s“”"‘’,.])[가-힣]{2}양(?<!(?:서|평|도|동서|북극|남극)양)(?:은|는|이|가)\s*$/u,
  // `선제골을 넣은 정우진은 "…"`: a full name with no office, right before the quote, after a clause or at the
  // sentence's start. Three syllables, and not ending like a noun of a group or place (전문가, 이사회, 서울시).
  // `[인터뷰:김영식/송이 채취 농민] "…"`: a broadcaster's caption (interview, sound bite) naming who speaks, then the office.
  caption: /\[\s*(?:인터뷰|녹취|싱크|SYNC|INT)\s*[:：]?\s*([^\]/]{1,20}?)\s*(?:\/\s*([^\]]{1,40}?)\s*)?\]\s*$/u,
  bareOffice: new RegExp(`(?:^|[.!?]\\s+)((?:[가-힣A-Za-z]+\\s+){0,2}[가-힣]{0,6}(?:${ROLES}))(?:은|는)\\s*$`, 'u'),
  bareName: new RegExp(`(?:^|[.!?]\\s+|[가-힣]\\s+)((?:${SURNAME})[가-힣]{2})(?<![가회권시군구청측들국단자장양])(?:은|는)\\s*$`, 'u'),
  // `보건복지부 관계자는`, `기상청은`: an unnamed official or a body, described, never the last speaker (a visitor or customer in
  // -객, `30대 관광객은`, `승객이`, likewise).
  // (`이에 대해 …`, `이와 관련해 …`: a phrase saying what the answer is about comes before the subject and is none of it.)
  // (A civic alliance or a union, `…연대`, `…노조`, is a body, its kind in brackets perhaps: `한빛교통연대(시민단체)는`.)
  // (`A(23)씨는`, `B씨는`: a person the paper names by a letter only; `50대 라이더는`, `인근 주민은`: someone by age group or a
  // common noun for people, unnamed.)
  beforeDescribed: /(?:^|[\s“”"‘’,.])([A-Z](?:\(\d{1,3}\))?\s?씨|(?:(?!(?:대해|대해서는?|대하여|관련해서?|관련하여|관해서?|관하여|따라|반면|한편)\s)[가-힣A-Za-z]+\s+){0,2}(?:관계자|당국자|소식통|측근|대변인실|측|재판부|검찰|변호인|변호인단|[가-힣]{0,3}객|손님|\d{2}대\s+[가-힣]{1,6}|주민|시민|상인|라이더|운전자|택시기사|학부모|직장인|노동자|근로자|환자|이용자|배달원|[가-힣]+(?:청|처|부|위원회|공사|공단|협회|연합회|재단|법원|연구원|연대|노조)|[가-힣]{2,}(?:군|시)))(?:\([가-힣·\s]{2,15}\))?(?:은|는|이|가)(?:\s+(?:이름을\s+밝히지\s+말아\s+달라며|익명을\s+(?:요구하며|전제로)))?(?:\s+[가-힣\d]{1,5}){0,2}\s*$/u,
}));

/** Words that open a sentence and start like a family name (이에 대해, 한편, 오늘): never a name. */
export const NOT_A_NAME = /^(?:이에|이와|이날|이번|이후|이어|이제|이미|이를|오늘|한편|특히|또한|전날|지난|오는|정작|조만간)$/u;

/** Provinces and metropolitan cities (their governments speak through an office: `제주도 해양수산국장`), a closed list. */
const REGION = /^(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주|충청북|충청남|전라북|전라남|경상북|경상남)(?:특별시|광역시|특별자치시|특별자치도|도|시)$/u;

/** A department or body written before a name (`국문과 김철수 교수`) can itself begin with a family name. */
// (Also a guild or sector in -계 (`어민계`, `업계`), a cooperative in -협, a township in -면 or -읍.)
const BODY = /[과부청처원회교대시도군구당실국팀소단관계협면읍]$/u;

/** `섬의 이장인 오경수 씨는`: an office before the name, joined by 인 (who is), is the role. */
const ROLE_BEFORE = lazy(() => new RegExp(`([가-힣]{0,6}(?:${ROLES}|이장|반장|통장|조합장|선장|점주))인\\s+$`, 'u'));
/** `위원장을 맡은 한상민 씨는`: the office the person serves in (을/를 맡은, who holds), for a name with 씨 and no office after it. */
const ROLE_HELD = lazy(() => new RegExp(`([가-힣]{0,6}(?:${ROLES}))[을를]\\s*맡(?:은|고\\s+있는)\\s+$`, 'u'));

/**
 * `회사원 이준호(41) 씨는`, `대학생 김하늘 씨는`: an occupation right before a person named with 씨 is the role. It is
 * known by its ending (-원 회사원 공무원, -사 간호사, -가 사업가, -자 자영업자, -생 대학생; three syllables or more) or is a
 * plain occupation (주부, 상인), or an official in -관 (`예보관 양소라 씨는`); a body ending so (대학병원, 출판사, 도서관) is no occupation.
 */
/** Owners and crews by name: `선주` (shipowner), `점주`, `업주`, `선장`, `선원`. */
export const OWNERS = '선주|점주|업주|건물주|농장주|선장|선원';
const OCCUPATION_BEFORE = new RegExp(`(?<![가-힣])((?:[가-힣]{2,5}(?:원|사|가|자|생))|[가-힣]{1,4}관(?<!(?:도서|미술|박물|체육|영화|대사|기념|전시|회|여|본|별|기)관)|주부|상인|농민|어민|농부|어부|${OWNERS})\\s+$`, 'u');
const BODY_LIKE_OCCUPATION = /(?:병원|학원|공원|법원|정원|연구원|회사|지사|본사|[가-힣]{2}사(?<=(?:출판|여행|건설|방송|신문|증권|보험|항공|운송)사)|국가|전문가|관계자)$/u;

function phrase(match: RegExpExecArray, frame = ''): SpeakerPhrase | null {
  const name = match[1] ?? '';
  // `이모(47) 씨`: the paper writes only the family name and 모 (a certain): a person it does not name.
  if (match[2] === '씨' && new RegExp(`^(?:${SURNAME})모$`, 'u').test(name)) return described(`${name} 씨`);
  // `집행위원장인 배정민 감독은`: the office joined by 인 before the name is the one this story gives.
  const before = ROLE_BEFORE().exec(frame.slice(0, match.index + match[0].indexOf(name)))?.[1] ?? null;
  const held = match[2] && !before ? ROLE_HELD().exec(frame.slice(0, match.index + match[0].indexOf(name)))?.[1] : undefined;
  const occupation = match[2] && !before ? (held ?? OCCUPATION_BEFORE.exec(frame.slice(0, match.index + match[0].indexOf(name)))?.[1]) : undefined;
  const role = (match[3] && before ? before : match[3]) ?? (match[2] ? (before ?? (occupation && !BODY_LIKE_OCCUPATION.test(occupation) ? occupation : null)) : null);
  const [first, ...rest] = role?.split(/\s+/) ?? [];
  const words = [first ?? '', ...rest];
  // `국문과 김철수 교수는`: the first word read as the name is a department; the name is the next word.
  if (first && rest.length > 0 && BODY.test(name) && patterns().name.test(first)) return person(first, rest.join(' '));
  // `연출한 서지우 감독은`, `지휘한 박성민 경기남부경찰청 형사기동대장은`: a word ending like a verb's modifier before a name is no name.
  // (`학회 이사인 정민호 교수는`, `위원회 소속 장수연 의원은`: an office joined by 인 (who is), or 소속/출신 (of, from), before the name.)
  if (first && rest.length > 0 && (/[한은던된인]$/u.test(name) || /^(?:소속|출신)$/u.test(name)) && patterns().name.test(first)) return person(first, rest.join(' '));
  // `제주도 해양수산국장은`, `대전시 교통국장은`: a province or city and its office, no one named: described.
  if (role && REGION.test(name) && !words.some((word) => patterns().name.test(word))) return described(`${name} ${role}`);
  // `여당 원내대변인인 김도윤 의원은`: a party or body, its office joined by 인 (who is), then the name.
  const named = words.findIndex((word) => patterns().name.test(word));
  if (named > 0 && BODY.test(name) && /인$/u.test(words[named - 1]!)) return person(words[named]!, words[named - 1]!.replace(/인$/u, ''));
  // `이 회사 대표는` (this company's head): a family name alone goes right before its office (`김 장관`).
  if (name.length === 1 && rest.length > 0) return null;
  // `패장 서울 타이거즈 이강민 감독은`: a full name right before the office, after a city or team, is the person.
  const inner = words.length >= 3 ? words.length - 2 : -1;
  if (inner >= 1 && patterns().name.test(words[inner]!) && !BODY.test(words[inner]!)) return person(words[inner]!, words.at(-1));
  // `이에 대해 최 대표는`: a family name standing alone right before the office is the person, whatever came before.
  const lone = words.length >= 2 ? words.at(-2)! : '';
  // (Not `최민호 도 농축산유통국장은`: after a full name, a lone 도, 시, 군 or 구 is the province or city of the office.)
  const region = /^[도시군구]$/u.test(lone) && name.length >= 2 && patterns().name.test(name);
  if (rest.length > 0 && !region && new RegExp(`^(?:${SURNAME})$`, 'u').test(lone)) return person(lone, words.at(-1));
  // `이에 대해 회사 대표는`, `한편 …`: a word of the sentence that starts like a family name is no name; the office is described.
  if (NOT_A_NAME.test(name)) return role ? described(role.replace(/^(?:대해|관해|따라)\s+/u, '')) : null;
  return person(name, role);
}

const UNNAMED_OCCUPATION = lazy(() => new RegExp(`(?:^|[\\s“”"‘’,.])(?<!(?:^|\\s)(?:이|그|저|해당)\\s)(?<!(?<![가-힣])(?:${SURNAME})[가-힣]{1,2}\\s)((?:(?!(?:${SURNAME})[가-힣]{1,2}\\s)[가-힣]{2,5}\\s+)?(?!(?:${SURNAME})[가-힣]{2}(?:은|는|이|가)\\s*$)[가-힣]{2,5}(?:원|사|가|자|생)(?<!(?<![가-힣])(?:${SURNAME})[가-힣](?:원|사|가|자|생)))(?:은|는|이|가)\\s*$`, 'u'));

/** An office or occupation written before a name: the offices above, `기사` (a driver), occupations by their ending. */
const ROLE_BEFORE_NAME = lazy(() => new RegExp(`^(?:[가-힣]{0,3}(?:${ROLES})|기사|운전기사|선장|이장|반장|통장|점주|주부|상인|농민|어민|[가-힣]{2,5}(?:원|사|가|자|생))$`, 'u'));

/**
 * `화물차 기사 최동욱(47)씨는 …`, `주장 오세린(29)은 …`: the office or occupation right before a name that is its
 * sentence's subject (with the noun before it, `화물차 기사`), for a later quote whose own words give no role.
 */
export function koreanRoleBefore(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0 || !new RegExp(`^${name}(?:\\(\\d{1,3}\\))?\\s*(?:씨(?:\\(\\d{1,3}\\))?\\s*)?(?:은|는|이|가)\\s`, 'u').test(sentence.slice(at))) return null;
  const words = sentence.slice(0, at).trim().split(/\s+/u).filter(Boolean);
  const last = words.at(-1) ?? '';
  if (!ROLE_BEFORE_NAME().test(last) || BODY_LIKE_OCCUPATION.test(last)) return null;
  // (A word ending in a particle or a verb's modifier is no part of the office: `트레일러를 모는`.)
  const previous = words.at(-2);
  return previous && /^[가-힣]{2,5}$/u.test(previous) && !/(?:은|는|이|가|을|를|의|에|서|한|던|된|인|고|며|도|와|과)$/u.test(previous) ? `${previous} ${last}` : last;
}

/** A caption's speaker: a name (`김영식`, `김영식 씨`) with the office after the slash, else the description it gives (`주민`). */
function captionSpeaker(who: string, office: string | null): SpeakerPhrase | null {
  const name = who.replace(/\s*씨$/u, '');
  return patterns().name.test(name) && !NOT_A_NAME.test(name) ? person(name, office) : described(office ? `${who} ${office}` : who);
}

export const korean: LanguageCues = {
  applies: (frame) => /[가-힣]/u.test(frame),
  after(frame) {
    const { afterNamed, afterPronoun, afterBare } = patterns();
    const named = afterNamed.exec(frame);
    if (named) return phrase(named, frame);
    const wordsOf = patterns().afterWordsOf.exec(frame);
    if (wordsOf) return phrase(wordsOf, frame);
    const said = afterPronoun.exec(frame);
    if (said) return pronoun(said[1] === '그녀' ? 'she' : 'he');
    return afterBare.test(frame) || patterns().afterConnective.test(frame) ? pronoun('they') : null;
  },
  before(frame) {
    const { beforeNamed, beforePronoun, beforeDescribed } = patterns();
    const caption = patterns().caption.exec(frame);
    if (caption) return captionSpeaker(caption[1]!, caption[2] ?? null);
    // (The full name is the latest subject of that sex, the girl the text named in full before.)
    if (patterns().girlByGivenName.test(frame)) return pronoun('she', 'female');
    const official = beforeDescribed.exec(frame);
    if (official) return described(official[1]!);
    // `일손 돕기에 나선 대학생 자원봉사자는 "…"`: an occupation as the subject with no name is someone unnamed (four syllables
    // or more, or three not shaped like a family and given name: `최순자는` is a woman named; `이 간호사는` points back).
    const unnamed = UNNAMED_OCCUPATION().exec(frame);
    // (`박민수 한국해양연구소 연구위원은 "…"`: an office shaped like an occupation after a full name and its body is that person's.)
    const officeOfNamed = unnamed ? patterns().beforeNamedAtEnd.exec(frame) : null;
    if (unnamed && !(officeOfNamed?.[3]?.endsWith(unnamed[1]!) && patterns().name.test(officeOfNamed[1]!))) return described(unnamed[1]!);
    const named = officeOfNamed ?? beforeNamed.exec(frame);
    if (named) return phrase(named, frame);
    const bare = patterns().bareName.exec(frame);
    if (bare) return person(bare[1]!);
    const girl = patterns().girlByFullName.exec(frame);
    if (girl) return person(girl[1]!);
    // `오세린은 경기 후 인터뷰에서 "…"`, `코스타는 통역을 통해 "…"`: a name opening the sentence, then where or through whom.
    const topic = patterns().topicName.exec(frame)?.[1];
    // (Three syllables or more, and not ending like a body, a place or a group: `정부는 회의에서` is the government.)
    if (topic && topic.length >= 3 && !NOT_A_NAME.test(topic) && !new RegExp(`(?:${ROLES})$`, 'u').test(topic) && !/[부청회원시군구단팀측국사당들]$/u.test(topic)) return person(topic);
    const said = beforePronoun.exec(frame);
    if (said) return pronoun(said[1] === '그녀' ? 'she' : 'he');
    // `노동조합 위원장은 "…"`: an office (after its body) as the topic right before the words, no name: its unnamed holder.
    const office = patterns().bareOffice.exec(frame)?.[1];
    // (Read as an office the text may have given someone, `의료원장은` after `김정호 의료원장`: lang/unnamed-office.ts.)
    const owners = office?.split(/\s+/u).slice(0, -1) ?? [];
    // (A bare office, `부산시장은`, is left alone, and so is one pointed back at, `해당 장관은`: lang/demonstrative-role.ts.)
    if (!office || owners.length === 0 || /^(?:이|그|해당|저)$/u.test(owners[0]!) || owners.some((word) => patterns().name.test(word) || new RegExp(`^(?:${SURNAME})$`, 'u').test(word))) return null;
    return { ...described(office)!, role: office.split(/\s+/u).at(-1)!, office: true };
  },
};
