import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['X 장관은 “…”라고 말했다', '김민수 장관은 “다리를 3월에 개통하겠다”라고 말했다.', '다리를 3월에 개통하겠다', '김민수', '장관'],
  ['a family name with an office', '김 장관은 “다리를 3월에 개통하겠다”라고 밝혔다.', '다리를 3월에 개통하겠다', '김', '장관'],
  ['a ministry before the office', '박진 외교부 장관은 “북한과의 대화를 계속하겠다”라고 강조했다.', '북한과의 대화를 계속하겠다', '박진', '외교부 장관'],
  ['the office after the quote', '“북한과의 대화를 계속하겠다”라고 박진 장관은 말했다.', '북한과의 대화를 계속하겠다', '박진', '장관'],
  ['씨 is dropped', '이지은 씨는 “가게는 월요일에 문을 연다”라고 말했다.', '가게는 월요일에 문을 연다', '이지은', null],
  ['씨 written together', '이지은씨는 “가게는 월요일에 문을 연다”라고 말했다.', '가게는 월요일에 문을 연다', '이지은', null],
  ['a president', '윤석열 대통령은 “한미 동맹을 더욱 강화하겠다”고 말했다.', '한미 동맹을 더욱 강화하겠다', '윤석열', '대통령'],
  ['a party leader', '이재명 대표는 “민생을 먼저 챙기겠다”고 밝혔다.', '민생을 먼저 챙기겠다', '이재명', '대표'],
  ['a professor, with a date between', '최영호 교수는 13일 “금리 인하는 시기상조”라고 지적했다.', '금리 인하는 시기상조', '최영호', '교수'],
  ['그는 after the man who spoke', '김민수 장관은 “다리를 3월에 개통하겠다”라고 말했다.\n\n그는 “공사는 아주 순조롭게 진행 중이다”라고 덧붙였다.', '공사는 아주 순조롭게 진행 중이다', '김민수', '장관'],
  ['그녀는 after the woman who spoke', '이지은 씨는 “가게는 월요일에 문을 연다”라고 말했다.\n\n그녀는 “가격은 당분간 그대로 유지한다”라고 말했다.', '가격은 당분간 그대로 유지한다', '이지은', null],
  ['the subject left out: the last speaker', '김민수 장관은 “다리를 3월에 개통하겠다”라고 말했다.\n\n“공사는 아주 순조롭게 진행 중이다”라고 설명했다.', '공사는 아주 순조롭게 진행 중이다', '김민수', '장관'],
  ['a family name alone is the full name used before', '김민수 장관은 “다리를 개통하겠다”라고 말했다.\n\n김 장관은 “공사는 아주 순조롭게 진행 중이다”라고 덧붙였다.', '공사는 아주 순조롭게 진행 중이다', '김민수', '장관'],
  ['a spokesperson', '정수진 대변인은 “정부 입장에 변화가 없다”라고 말했다.', '정부 입장에 변화가 없다', '정수진', '대변인'],
  ['a company chairman with 이 particle', '정의선 회장이 “전기차 투자를 늘리겠다”고 말했다.', '전기차 투자를 늘리겠다', '정의선', '회장'],
  ['a topic that is no name is skipped', '이번 회의에서는 김민수 장관이 “다리를 3월에 개통하겠다”라고 말했다.', '다리를 3월에 개통하겠다', '김민수', '장관'],
  ['an office with its city written in', '이수진 부산시장은 “버스 노선을 다음 달부터 늘리겠다”라고 말했다.', '버스 노선을 다음 달부터 늘리겠다', '이수진', '부산시장'],
  ['a school and department before the name', '서울대학교 경제학과 한지민 교수는 “금리는 당분간 오르지 않을 것”이라고 설명했다.', '금리는 당분간 오르지 않을 것', '한지민', '교수'],
  ['a department that begins with a family name', '국문과 김철수 교수는 “학생들의 글쓰기 실력이 좋아졌다”라고 말했다.', '학생들의 글쓰기 실력이 좋아졌다', '김철수', '교수'],
  ['a clause and a resident before the name', '이 마을에서 태어난 주민 최은희 씨는 “다시 아이들 소리를 듣고 싶다”라고 했다.', '다시 아이들 소리를 듣고 싶다', '최은희', null],
  ['a full-sentence quote: the name before it beats the dropped subject after it', '정우성 위원장은 “예산을 내년에 두 배로 늘리겠습니다.”라고 말했다.', '예산을 내년에 두 배로 늘리겠습니다.', '정우성', '위원장'],
  // Counter-cases.
  ['an office with no name is no speaker', '부산시장은 “버스 노선을 다음 달부터 늘리겠습니다.”라고 말했다.', '버스 노선을 다음 달부터 늘리겠습니다.', null, null],
  ['a full-sentence quote with nothing before it: the last speaker', '김민수 장관은 “다리를 개통하겠습니다.”라고 말했다.\n\n공사는 1년 넘게 이어졌다.\n\n“공사는 아주 순조롭습니다.”라고 덧붙였다.', '공사는 아주 순조롭습니다.', '김민수', '장관'],
  ['X 씨 with a family name alone is the full name written before', '최순자(74) 씨도 첫 손님을 맞았다. 최 씨는 “단골손님들이 찾아와 줘서 눈물이 났다”고 했다.', '단골손님들이 찾아와 줘서 눈물이 났다', '최순자', null],
  ['an unnamed official (관계자) is described, not the last speaker', '박정란 보건소장은 “원격 진료 장비를 설치하겠다”고 말했다. 보건복지부 관계자는 “섬 지역에 우선 배치하는 방안을 검토하고 있다”고 말했다.', '섬 지역에 우선 배치하는 방안을 검토하고 있다', '보건복지부 관계자', null],
  ['an age in brackets between the name and 씨', '대표를 맡고 있는 강민준(34) 씨는 “회사에 다닐 때보다 수입은 적지만 보람을 느낀다”고 말했다.', '회사에 다닐 때보다 수입은 적지만 보람을 느낀다', '강민준', '대표'],
  ['할머니 after the name is dropped like 씨', '김말순(82) 할머니는 “지난겨울에는 배가 안 떠서 며칠을 버텼다”며 “이제는 마음이 놓인다”고 했다.', '이제는 마음이 놓인다', '김말순', null],
  ['과장 is an office; 측 is described', '도서관을 운영하는 미추홀구 이정훈 문화교육과장은 “야간 근무자들의 요청이 많았다”고 설명했다. 도서관 측은 “안전 문제는 철저히 대비했다”고 밝혔다.', '안전 문제는 철저히 대비했다', '도서관 측', null],
  ['an office joined by 인 before the name (이장인 X 씨) is the role', '섬의 이장인 오경수 씨는 “주민들이 할 수 있는 일은 다 하겠다”고 밝혔다.', '주민들이 할 수 있는 일은 다 하겠다', '오경수', '이장'],
  ['a plain description joined by 인 is no role', '올해 일흔인 오경수 씨는 “배를 탄 지 오십 년이 됐다”고 말했다.', '배를 탄 지 오십 년이 됐다', '오경수', null],
  ['재판부 (the bench) and 변호인 (defence counsel) are described, never named', '재판부는 “피해자 대부분이 전 재산을 잃었다”고 양형 이유를 밝혔다.', '피해자 대부분이 전 재산을 잃었다', '재판부', null],
  ['a named lawyer keeps his name', '김태윤 변호사는 “조직적인 사기라는 점이 인정됐다”고 말했다.', '조직적인 사기라는 점이 인정됐다', '김태윤', '변호사'],
  // Sports and business pages: a bare name, the connective 며, offices after a school and department, 측 with a time, 이모 씨.
  ['a bare full name right before the quote, and 며 after it', '결승골의 주인공은 주장 정우진이었다. 선제골을 넣은 정우진은 “감독님이 세트피스를 준비시켰다”며 웃었다.', '감독님이 세트피스를 준비시켰다', '정우진', null],
  ['a noun shaped like a name (전문가) is no name: the subject left out stays the last speaker', '김민수 장관은 “다리를 개통하겠다”라고 말했다.\n\n관련 업계 전문가는 “다리 개통은 늦어질 것”이라고 말했다.', '다리 개통은 늦어질 것', '김민수', '장관'],
  ['라며 alone after the quote: the last speaker', '김민수 장관은 “다리를 3월에 개통하겠다”라고 말했다.\n\n“공사는 아주 순조롭게 진행 중이다”라며 웃었다.', '공사는 아주 순조롭게 진행 중이다', '김민수', '장관'],
  ['a school and a department between the name and the office', '이정아 한빛대 경영학과 교수는 “데이터의 가치까지 따져야 한다”고 말했다.', '데이터의 가치까지 따져야 한다', '이정아', '한빛대 경영학과 교수'],
  ['측 with a time between it and the quote is described', '박성민 감독은 “팬들이 만든 기적”이라고 말했다. 서해유나이티드 측은 경기 후 “판정에 대해 질의할 예정”이라고 밝혔다.', '판정에 대해 질의할 예정', '서해유나이티드 측', null],
  ['이모(47) 씨: a person the paper does not name is described', '치킨집을 운영하는 이모(47) 씨는 “매출의 30%가 나간다”고 말했다.', '매출의 30%가 나간다', '이모 씨', null],
  ['a given name starting with 모 is a name (이모란 씨)', '치킨집을 운영하는 이모란(47) 씨는 “매출의 30%가 나간다”고 말했다.', '매출의 30%가 나간다', '이모란', null],
  // The second batch: a party before its spokesman, joined by 인.
  ['a party and an office joined by 인 before the name (여당 원내대변인인 X 의원)', '여당 원내대변인인 김도윤 의원은 국회 브리핑에서 “야당이 민생 예산을 볼모로 잡고 있다”고 밝혔다.', '야당이 민생 예산을 볼모로 잡고 있다', '김도윤', '원내대변인'],
  // The third batch: a festival — an office joined by 인 before a name with another office, a modifier before a name, 웃었다.
  ['the office joined by 인 before the name wins over the one after it', '집행위원장인 배정민 감독은 개막식에서 “관객과 감독이 같은 배를 타는 축제”라고 말했다.', '관객과 감독이 같은 배를 타는 축제', '배정민', '집행위원장'],
  ['a verb modifier before the name (연출한 X 감독) is no name', '개막작을 연출한 서지우 감독은 “할머니들의 이야기를 담은 영화”라고 말했다.', '할머니들의 이야기를 담은 영화', '서지우', '감독'],
  ['a name ending like a modifier is still a name when nothing follows it but the office', '김정은 감독은 “할머니들의 이야기를 담은 영화”라고 말했다.', '할머니들의 이야기를 담은 영화', '김정은', '감독'],
  ['"…"고 웃었다 alone: the last speaker', '서지우 감독은 “할머니들의 이야기”라고 말했다.\n\n“촬영 내내 할머니들이 밥을 해 주셨다”고 웃었다.', '촬영 내내 할머니들이 밥을 해 주셨다', '서지우', '감독'],

  // The fourth batch (intl9): a modifier clause, the name, a body and an office; then the family name and the office.
  ['a modifier, the name, a body and its office (광역수사대장)', '수사를 맡은 김도현 서울경찰청 광역수사대장은 “조직의 규모가 예상보다 컸다”고 말했다.', '조직의 규모가 예상보다 컸다', '김도현', '서울경찰청 광역수사대장'],
  ['김 대장 after it is the same person', '수사를 맡은 김도현 서울경찰청 광역수사대장은 “조직의 규모가 예상보다 컸다”고 말했다. 김 대장은 “끝까지 추적해 모두 검거하겠다”고 말했다.', '끝까지 추적해 모두 검거하겠다', '김도현', '대장'],

  ['이씨 after 이모(47) 씨: the person the paper does not name stays described', '서울에 사는 이모(47) 씨는 “가격을 올릴 수밖에 없다”고 말했다. 이씨는 “손님이 줄어들까 봐 걱정이다”라고 덧붙였다.', '손님이 줄어들까 봐 걱정이다', '이모 씨', null],
  ['이씨 after a full name with 씨 is that person', '서울에 사는 이동훈(47) 씨는 “가격을 올릴 수밖에 없다”고 말했다. 이씨는 “손님이 줄어들까 봐 걱정이다”라고 덧붙였다.', '손님이 줄어들까 봐 걱정이다', '이동훈', null],

  ['이에 대해 최 대표는: a family name alone before the office, after an adverbial phrase', '최재호 대표는 “매출이 크게 늘었다”고 말했다. 이에 대해 최 대표는 “앞으로도 계속 늘 것”이라고 말했다.', '앞으로도 계속 늘 것', '최재호', '대표'],
  ['이에 대해 회사 대표는: the adverbial phrase is no name, the office is described', '이에 대해 회사 대표는 “올해 매출이 작년보다 크게 늘어 역대 최고를 기록했다”고 말했다.', '올해 매출이 작년보다 크게 늘어 역대 최고를 기록했다', '회사 대표', null],

  ['an occupation after the name (교사) like an office', '김민수 교사는 “아이들이 많이 달라졌다”고 말했다.', '아이들이 많이 달라졌다', '김민수', '교사'],

  ['a body (기상청) is described, with 당부했다', '기상청은 “이번 주말까지 폭염이 이어지겠다”며 “한낮에는 야외 활동을 자제해 달라”고 당부했다.', '한낮에는 야외 활동을 자제해 달라', '기상청', null],
  ['a person\'s name ending like no body stays a name', '박지원 씨는 “다음 달부터 가게 문을 다시 열겠다”고 밝혔다.', '다음 달부터 가게 문을 다시 열겠다', '박지원', null],

  // The fifth intl9 batch: a city and a team before the name and its office.
  ['a city and team before the name (서울 타이거즈 이강민 감독): the name right before the office', '패장 서울 타이거즈 이강민 감독은 “상대가 더 간절했다. 내년에 다시 도전하겠다”고 밝혔다.', '상대가 더 간절했다. 내년에 다시 도전하겠다', '이강민', '감독'],
  ['a school and department before the name stay the role', '한빛대학교 사회학과 정민호 교수는 “청년 인구가 계속 줄고 있다”고 말했다.', '청년 인구가 계속 줄고 있다', '정민호', '교수'],

  ['a boy\'s age and 군 (김도윤(18)군) like 씨', '시험을 마치고 나온 수험생 김도윤(18)군은 “수학이 생각보다 어려웠지만 후회는 없다”며 웃었다.', '수학이 생각보다 어려웠지만 후회는 없다', '김도윤', '수험생'],
  ['a county (청원군은) is described, not the last speaker', '김민수 씨는 “버스가 너무 적다”고 했다. 청원군은 “내년부터 버스 노선을 두 배로 늘리겠다”고 밝혔다.', '내년부터 버스 노선을 두 배로 늘리겠다', '청원군', null],
  // intl10: an occupation right before a person named with 씨, known by its ending, is the role.
  ['an occupation in -원 before X(41) 씨, after a clause', '인근 아파트에 사는 회사원 이준호(41) 씨는 “출퇴근길이 지금도 막히는데 더 심해질 것 같다”고 걱정했다.', '출퇴근길이 지금도 막히는데 더 심해질 것 같다', '이준호', '회사원'],
  ['an occupation in -생 before X 씨', '대학생 한소희(21) 씨는 “등록금이 너무 올라서 걱정이다”라고 말했다.', '등록금이 너무 올라서 걱정이다', '한소희', '대학생'],
  ['counter-case: a hospital (a body ending in -원) before X 씨 is no role', '대학병원 김민수 씨는 “출퇴근길이 지금도 막히는데 더 심해질 것 같다”고 말했다.', '출퇴근길이 지금도 막히는데 더 심해질 것 같다', '김민수', null],
  // intl11: a person named by a letter only (A씨), 진술했다, the office carried to the second quote of a 며 chain.
  ['a person named by a letter (A씨) opening the text is described, with 진술한 것으로 전해졌다', 'A씨는 경찰 조사에서 "사람을 친 줄 몰랐다"고 진술한 것으로 전해졌다.', '사람을 친 줄 몰랐다', 'A씨', null],
  ['the same with an age in brackets (A(23)씨), after other sentences', '경찰은 대학생을 검거했다. A(23)씨는 "무언가 부딪힌 느낌만 있었다"고 진술했다.', '무언가 부딪힌 느낌만 있었다', 'A(23)씨', null],
  ['the second quote of a 며 chain keeps the office', '서해경찰서 김동욱 팀장은 "주변 CCTV 40여 대를 분석해 동선을 추적했다"며 "대여 기록과 대조해 신원을 특정했다"고 말했다.', '대여 기록과 대조해 신원을 특정했다', '김동욱', '팀장'],
  ['counter-case: a full name with 씨 stays a name', '대학생 김하늘 씨는 "사람을 친 줄 몰랐다"고 진술했다.', '사람을 친 줄 몰랐다', '김하늘', '대학생'],
  // intl12: a name opening the sentence, then where or through whom (오세린은 경기 후 인터뷰에서), a foreign player's full name.
  // (Its role, 주장 before the name in the sentence before, is carried since batch 13: koreanRoleBefore.)
  ['a name as the topic, then where it was said', '주장 오세린(29)은 27점을 올렸다. 오세린은 경기 후 인터뷰에서 "선수들 눈빛이 살아 있었다"고 말했다.', '선수들 눈빛이 살아 있었다', '오세린', '주장'],
  ['a foreign player\'s last name is the full name written with age and country', '외국인 선수 마리아 코스타(27·브라질)도 18점을 보탰다. 코스타는 통역을 통해 "가장 힘든 경기였다"며 웃었다.', '가장 힘든 경기였다', '마리아 코스타', null],
  ['counter-case: a body as the topic (정부는 회의에서) is described, not named', '김민수 장관은 "예산을 늘리겠다"고 말했다. 정부는 회의에서 "내년 예산안을 다시 짜겠다"고 밝혔다.', '내년 예산안을 다시 짜겠다', '정부', null],
  // q-intl batch 13: an office or occupation before the name in a plain sentence, carried to the quote after it.
  ['an occupation before a name with 씨 in the sentence before (화물차 기사 X씨는), then 그는 "…"', '컨테이너 트레일러를 모는 화물차 기사 최동욱(47)씨는 하루 세 시간을 대기한다. 그는 "터미널 진입로가 하나뿐이라 새벽에도 줄을 선다"고 말했다.', '터미널 진입로가 하나뿐이라 새벽에도 줄을 선다', '최동욱', '화물차 기사'],
  ['counter-case: a verb\'s modifier before the name (트레일러를 모는 X씨는) gives no role', '컨테이너 트레일러를 모는 최동욱(47)씨는 하루 세 시간을 대기한다. 그는 "터미널 진입로가 하나뿐이라 새벽에도 줄을 선다"고 말했다.', '터미널 진입로가 하나뿐이라 새벽에도 줄을 선다', '최동욱', null],

  // Batch 14 (a regional broadcaster's web copy): the caption before a sound bite names the speaker, the office after the slash.
  ['[인터뷰:name/office] "…": the caption names the speaker', '[인터뷰:한도윤/어촌계장] "올해는 오징어가 거의 잡히지 않았습니다."', '올해는 오징어가 거의 잡히지 않았습니다.', '한도윤', '어촌계장'],
  ['a caption with no name (주민) is described, never the last speaker', '한도윤 어촌계장은 "배를 띄울 수가 없다"고 말했습니다.\n\n[인터뷰:항구 주민] "비만 오면 길이 잠겨요."', '비만 오면 길이 잠겨요.', '항구 주민', null],
  // Session 14: an official known by the ending 관; a lone 도/시 between a full name and the office is its province or city.
  ['an office ending in 관 no list holds (연구관) after a name ending like the topic particle (한지은)', '해양수산부 어업자원연구소 한지은 연구관은 "수온이 오르면서 어장이 북쪽으로 옮겨 가고 있다"고 설명했다.', '수온이 오르면서 어장이 북쪽으로 옮겨 가고 있다', '한지은', '연구관'],
  ['counter-case: a building ending in 관 (체육관) after a name is no office', '이순신 체육관은 "내일부터 문을 닫는다"고 밝혔다.', '내일부터 문을 닫는다', null, null],
  ['a lone 도 between a full name and the office is the province, not a family name', '한수진 도 복지정책과장은 "신청 기간을 한 달 늘리겠다"고 밝혔다.', '신청 기간을 한 달 늘리겠다', '한수진', '도 복지정책과장'],
  ['counter-case: a family name alone before the office is still the person (최 대표)', '이에 대해 최 대표는 "사실이 아니다"라고 말했다.', '사실이 아니다', '최', '대표'],
  // Session 44: heads of schools, education offices and villages; a child called by the given name and 양 or 군.
  ['an education office head after the office\'s name (X 교육지원청 교육장)', '윤재석 봉화교육지원청 교육장은 “작은 도서관이 마을을 살린 사례”라고 평가했다.', '작은 도서관이 마을을 살린 사례', '윤재석', '봉화교육지원청 교육장'],
  ['a branch-school head with an age in brackets (X(52) 분교장)', '서가를 정리하던 한미숙(52) 분교장은 “처음엔 문을 닫을 생각이었다”고 말했다.', '처음엔 문을 닫을 생각이었다', '한미숙', '분교장'],
  ['a village head by family name, "이렇게 말했다", then the quote as its own paragraph', '30년째 마을에 사는 정태호(71) 이장은 빈집을 고쳤다. 정 이장은 이렇게 말했다.\n\n“불이 켜지니 마을에 사람이 돌아온다.”', '불이 켜지니 마을에 사람이 돌아온다.', '정태호', '이장'],
  ['a girl called by her given name and 양 is the full name written before', '3학년 윤하린(10)양은 매일 도서관에 온다. 하린양은 “여기서 만화책을 다 읽었다”며 웃었다.', '여기서 만화책을 다 읽었다', '윤하린', null],
  ['counter-case: a name ending in 양 is no full name: the girl named before speaks', '6학년 박민서(12)양은 학생회장이다. 민서양은 “친구가 많아졌다”며 웃었다.', '친구가 많아졌다', '박민서', null],
  ['counter-case: troops (정부군) ending in 군 are a body, no boy\'s name', '정부군은 “반군의 공격을 모두 막아냈다”고 밝혔다.', '반군의 공격을 모두 막아냈다', '정부군', null],
  ['counter-case: a county (봉화군) with no boy named before stays a body', '김민수 씨는 “버스가 너무 적다”고 했다. 봉화군은 “다음 달부터 버스를 늘리겠다”고 밝혔다.', '다음 달부터 버스를 늘리겠다', '봉화군', null],
  ['counter-case: the bare office after its holder is the last speaker', '윤재석 교육장은 “예산을 늘리겠다”고 밝혔다. 교육장은 또 “주민들이 먼저 나섰다”고 말했다.', '주민들이 먼저 나섰다', '윤재석', '교육장'],

  // A committee in brackets after the office; a civic alliance or a union as the subject is a body.
  ['the committee in brackets after the office (구의원(복지위원회)은) is no bar to the name', '야당 소속 정민규 구의원(복지위원회)은 “구청이 약속을 어겼다”며 “대책부터 내놓아야 한다”고 비판했다.', '대책부터 내놓아야 한다', '정민규', '구의원'],
  ['그는 after X 구의원(…)은 opening the sentence before is that member', '야당 소속 정민규 구의원(복지위원회)은 회의에서 반발했다.\n\n그는 “구청이 약속을 어겼다”고 비판했다.', '구청이 약속을 어겼다', '정민규', '구의원'],
  ['counter-case: a civic alliance with its kind in brackets (…연대(시민단체)는) is a body, not the last speaker', '김민수 씨는 “버스가 너무 적다”고 했다. 한빛교통연대(시민단체)는 “요금 인상을 철회하라”고 밝혔다.', '요금 인상을 철회하라', '한빛교통연대', null],
  ['counter-case: a union (…노조는) is a body too', '김민수 씨는 “버스가 너무 적다”고 했다. 철도노조는 “인력부터 늘려야 한다”고 밝혔다.', '인력부터 늘려야 한다', '철도노조', null],
  ['counter-case: a given name ending in 연대 (정연대 씨) is still a name', '김민수 씨는 “버스가 너무 적다”고 했다. 정연대 씨는 “인력부터 늘려야 한다”고 밝혔다.', '인력부터 늘려야 한다', '정연대', null],
];

attributionTable('Korean', CASES);
