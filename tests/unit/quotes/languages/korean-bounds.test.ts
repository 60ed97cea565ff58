import { ANY, DESCRIBED, kindTable, type KindCase } from './kind-table';

/**
 * Korean kinds from the non-Latin batch (quotes-ko-*): where a name starts after the words before it (`이사인`, `소속`),
 * an office as the topic with no name (`노동조합 위원장은`, `제주도 해양수산국장은`) and an office compound before a
 * name carried to a quote whose subject is dropped. Each kind has counter-cases it must leave alone.
 */
const CASES: KindCase[] = [
  // 1. An office joined by 인 (who is) or 소속 (of) before the name is no part of it (lang/ko.ts).
  ['ko 학회 이사인 X 교수는', '한국기후학회 이사인 문재혁 교수는 "폭염 일수가 두 배로 늘었다"고 말했다.', '폭염 일수가', '문재혁', '교수'],
  ['ko 위원회 소속 X 의원은', '국회 교육위원회 소속 한지민 의원은 "예산이 턱없이 부족하다"고 지적했다.', '예산이 턱없이', '한지민', '의원'],
  ['ko 출신 before a name', '부산 출신 배성호 감독은 "고향에서 첫 경기를 치러 기쁘다"고 말했다.', '고향에서 첫 경기', '배성호', '감독'],
  ['counter: ko a given name ending in 인 before an office stays whole', '박지인 교수는 "연구 결과가 놀라웠다"고 말했다.', '연구 결과가', '박지인', '교수'],

  // 2. An office as the topic with no name is its unnamed holder; one the text gave someone stays theirs (lang/unnamed-office.ts).
  ['ko 노동조합 위원장은 after someone else was quoted', '이정훈 사장은 "노선은 유지한다"고 말했다.\n\n운수노동조합 위원장은 "휴식 시간이 줄어든다"고 주장했다.', '휴식 시간이', DESCRIBED, null],
  ['ko a province and its office, no name', '최미숙 의원은 "대책이 늦었다"고 말했다.\n\n경상남도 해양수산국장은 "지원 예산을 늘리겠다"고 밝혔다.', '지원 예산을', DESCRIBED, null],
  ['counter: ko the office the text gave someone before is theirs', '김정호 의료원장은 "지원자가 없었다"고 말했다.\n\n의료원장은 "야간 진료는 다음 달 중단된다"고 밝혔다.', '야간 진료는', '김정호', ANY],
  ['counter: ko a family name alone before the office is that person', '김정호 의료원장은 "지원자가 없었다"고 말했다.\n\n김 원장은 "야간 진료는 다음 달 중단된다"고 밝혔다.', '야간 진료는', '김정호', ANY],
  ['counter: ko a name before a province\'s office is that person', '경상남도 해양수산국장 윤태식 씨는 "지원 예산을 늘리겠다"고 밝혔다.', '지원 예산을', '윤태식', ANY],

  // 3. An office compound before a name (`해녀회장 고순자씨는`) is the role of the quote after, its subject dropped.
  ['ko an office compound before a name, the quote in the next sentence', '어촌계 해녀회장 고말순(68)씨는 40년 넘게 물질을 해왔다. "요즘은 바다에 들어가도 빈손이다"고 말했다.', '요즘은 바다에', '고말순', '해녀회장'],
];

kindTable('Korean kinds of the non-Latin batch', CASES);
