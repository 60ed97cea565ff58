/**
 * People mentions in Korean. A name is a family name (the closed class of ko.ts, 남궁 황보 제갈 선우 독고
 * among them) and a given name of two syllables, with a particle glued after it, and is a person's only
 * with evidence beside it: an age in brackets (`김영수(62)`), 씨, an office after it (`이서준 연구사는`,
 * `정하늘 시 관광과장은`: a one-syllable 시/도/군/구 before the office belongs to the office), an
 * occupation before it (`어민 박철민 씨는`), or the name written so before. A family name alone before 씨 or
 * an office (`김 씨는`, `황보 씨`) is the latest full name with that family name. A mention whose particle is
 * 은/는/이/가 is its sentence's topic or subject, for the salience of 그는/그녀는.
 */

import type { Gender } from '../coreference';
import type { CaselessMention } from './caseless-mention';
import { NOT_A_NAME, OWNERS, ROLES, SURNAME, koreanRoleBefore } from './ko';
import { lazy } from './shared';

const PARTICLE = '은|는|이|가|의|와|과|도|을|를|에게|께서|에';
const OFFICE_ENDS = '과장|국장|부장|실장|팀장|원장|소장|회장|청장|단장|센터장|위원장|사무국장|연구사|연구관|주무관|사무관|서기관|조사관|군수|구청장|의원|위원|교수|대표|이사';
/** How words that are no given name end: verbs and links (`지었다`, `하지만`, `기소된`), bodies and places (`목포시`, `서울대`, `하예동`). */
const NOT_GIVEN_END = /[다만된던들에로며면게해님회군시대청계체객동]$/u;
const SUBJECT_PARTICLE = /^(?:은|는|이|가|께서)$/u;

const patterns = lazy(() => ({
  // A name token: family name, given name of two syllables (one with an age or 씨 after it), an age, 씨, a particle.
  // (After the age, 양 or 군 for a girl or a boy as 씨 for an adult: `윤하린(10)양은`.)
  name: new RegExp(`^((?:${SURNAME})[가-힣]{1,2}?)(\\(\\d{1,3}[^)]{0,10}\\))?(씨|(?<=\\))[양군])?(${PARTICLE})?[,.]?$`, 'u'),
  family: new RegExp(`^(?:${SURNAME})(씨)?(${PARTICLE})?$`, 'u'),
  // An office after the name, its particle glued on: `연구사는`, `관광과장은`, `대표가`; the offices of ko.ts or a
  // word ending in an office (`문화교육과장`, `보건소장`), not in 장 alone (`공장`, `현장`).
  // (The committee or party in brackets after the office, `구의원(복지위원회)은`, is no part of it.)
  office: new RegExp(`^([가-힣]*(?:${ROLES}|${OFFICE_ENDS}))(?:\\([가-힣·]{2,15}\\))?(${PARTICLE})?[,.]?$`, 'u'),
  // 씨, or an elder's form of address (`김말순(82) 할머니는`).
  honorific: new RegExp(`^(?:씨|할머니|할아버지)(${PARTICLE})?[,.]?$`, 'u'),
  // An occupation before the name: `어민`, `간호사`, `회사원`, `대학생`, the offices of ko.ts; owners in 주 by name (`선주`,
  // `점주`), as a week (`지난주`) and cities (`광주`) end so too.
  occupation: new RegExp(`^(?:[가-힣]{0,3}(?:${ROLES})|어민|농민|상인|주부|기사|${OWNERS}|[가-힣]{1,5}(?:원|사|가|자|생))$`, 'u'),
  // `이모`: a family name and 모, a certain Lee the paper leaves unnamed.
  withheld: new RegExp(`^(?:${SURNAME})모$`, 'u'),
}));

/** Offices and occupations shaped like bodies or things: `회사`, `출판사`, `병원`, `사과`. */
const NOT_AN_OFFICE = /(?:회사|본사|지사|출판사|여행사|건설사|방송사|신문사|병원|학원|공원|법원|정원|기술원|연구원|농업기술원|전문가|관계자|국가)$/u;
const FEMALE = /(?:할머니|어머니|여사|주부|아내|딸|며느리|여성|여자|간호사|양)$/u;
const MALE = /(?:할아버지|아버지|남편|아들|남성|남자|군)$/u;

interface Token {
  word: string;
  at: number;
}

/** People mentions in one run of Korean text, offsets from `base`; `known` holds the full names read so far. */
export function koreanMentions(text: string, base: number, skip: (at: number) => boolean, known: string[]): CaselessMention[] {
  const tokens: Token[] = [...text.matchAll(/[^\s"“”‘’'「」]+/gu)].map((match) => ({ word: match[0], at: match.index }));
  const found: CaselessMention[] = [];
  let skipTo = 0;
  const { name: nameShape, family: familyShape, office: officeShape, honorific, occupation, withheld } = patterns();
  for (let k = 0; k < tokens.length; k++) {
    const { word, at } = tokens[k]!;
    if (k < skipTo || skip(base + at)) continue;
    const next = tokens[k + 1]?.word ?? '';
    // `김 씨는`, `황보 씨`, `최 대표는`: a family name alone stands for the latest full name it begins.
    const alone = familyShape.exec(word);
    if (alone && (alone[1] || honorific.test(next) || (officeShape.test(next) && !NOT_AN_OFFICE.test(next)))) {
      const family = word.slice(0, word.length - (alone[1]?.length ?? 0) - (alone[2]?.length ?? 0));
      const full = known.findLast((name) => name.startsWith(family) && name.length - family.length >= 1 && name.length - family.length <= 2);
      if (full) {
        const particle = alone[2] ?? honorific.exec(next)?.[1] ?? officeShape.exec(next)?.[2] ?? '';
        found.push({ name: full, at: base + at, subject: SUBJECT_PARTICLE.test(particle), role: null, gender: null });
        continue;
      }
    }
    const shape = nameShape.exec(word);
    if (!shape || NOT_A_NAME.test(shape[1]!)) continue;
    const name = shape[1]!;
    const aged = !!shape[2];
    // (`이모(47) 씨`: a certain Lee, whom the paper leaves unnamed, ko.ts.)
    if ((!aged && NOT_GIVEN_END.test(name)) || withheld.test(name)) continue;
    const titled = !!shape[3] || (!shape[4] && honorific.test(next));
    // The given name is two syllables unless an age or 씨 marks a shorter name.
    if (name.length < 3 && !aged && !titled) continue;
    let particle = shape[4] ?? (titled && !shape[3] ? honorific.exec(next)?.[1] : undefined) ?? '';
    let role: string | null = null;
    if (!shape[4] && !titled) {
      // An office after the name, over up to three words: `시 관광과장은`, `농업기술원 연구사는`.
      for (let j = 1; j <= 3 && k + j < tokens.length; j++) {
        const office = officeShape.exec(tokens[k + j]!.word);
        // (Only an office with its particle: `해녀회장 고순자(71)씨는` is the next name's office.)
        if (office && !NOT_AN_OFFICE.test(office[1]!) && office[2]) {
          role = tokens.slice(k + 1, k + j).map((token) => token.word).concat(office[1]!).join(' ');
          particle = office[2];
          skipTo = k + j + 1;
          break;
        }
        // (`지휘한 박성민 …대장은`, `대한소아청소년과학회 이사인 정민호 교수는`: a name between is the office's.)
        const inner = nameShape.exec(tokens[k + j]!.word);
        if (inner && inner[1]!.length >= 3 && !NOT_GIVEN_END.test(inner[1]!)) break;
        // (Words between the name and the office have no particle: `시`, `관광과`.)
        if (/(?:은|는|이|가|을|를|의|에|도)$/u.test(tokens[k + j]!.word)) break;
      }
    }
    const before = tokens[k - 1]?.word ?? '';
    // (`화물차 기사 최동욱(47)씨는`: the noun before the occupation belongs to it, as ko.ts reads it.)
    const occupied = occupation.test(before) && !NOT_AN_OFFICE.test(before) ? (koreanRoleBefore(text.slice(0, at + word.length + 1), name) ?? before) : null;
    const isKnown = known.includes(name);
    // (An occupation alone before a word is too little: `상인 상당수가` is most of the traders. A reporter, `기자`, writes the story.)
    if ((!aged && !titled && !role && !isKnown) || role === '기자') continue;
    if (!isKnown) known.push(name);
    const described = `${occupied ?? ''} ${role ?? ''} ${word} ${next}`;
    const gender: Gender | null = FEMALE.test(described.replace(/(?:은|는|이|가)$/u, '')) || /할아버지/u.test(next) || /할머니/u.test(next) || /\)양/u.test(word) ? 'female' : MALE.test(described.replace(/(?:은|는|이|가)$/u, '')) || /할아버지/u.test(next) || /\)군/u.test(word) ? 'male' : null;
    found.push({ name, at: base + at, subject: SUBJECT_PARTICLE.test(particle), role: role ?? occupied, gender });
  }
  return found;
}
