/**
 * Chinese names written right after an office (`镇长黄志明`, `读者陈思远`, `副教授赵敏`): the name is
 * the last two to four characters and begins with a family name; the office before it ends with a
 * known role or with a character that makes nouns of people (长 head, 员 member, 师 master, 者 one who…).
 */

import { lazy } from './shared';

/** The commonest family names, simplified and traditional (a few hundred cover nearly everyone). */
const SURNAMES = new Set(
  ('王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 林 高 罗 羅 郑 鄭 梁 谢 謝 宋 唐 许 許 ' +
    '韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 蕭 田 董 袁 潘 于 蒋 蔣 蔡 余 杜 叶 葉 程 苏 蘇 魏 吕 呂 丁 任 沈 姚 卢 盧 姜 崔 钟 鍾 ' +
    '谭 譚 陆 陸 汪 范 金 石 廖 贾 賈 夏 韦 韋 付 傅 方 白 邹 鄒 孟 熊 秦 邱 江 尹 薛 闫 閆 段 雷 侯 龙 龍 史 陶 黎 贺 賀 ' +
    '顾 顧 毛 郝 龚 龔 邵 万 萬 钱 錢 严 嚴 覃 武 戴 莫 孔 向 汤 湯 常 温 溫 康 施 文 牛 樊 葛 邢 安 齐 齊 易 乔 喬 伍 ' +
    '庞 龐 颜 顏 倪 庄 莊 聂 聶 章 鲁 魯 岳 翟 殷 詹 申 欧 歐 耿 关 關 兰 蘭 焦 俞 左 柳 甘 祝 包 宁 寧 尚 符 舒 阮 柯 ' +
    '纪 紀 梅 童 凌 毕 畢 单 單 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 駱 蓝 藍 路 游 辛 靳 管 柴 蒙 鲍 鮑 华 華 喻 祁 蒲 ' +
    '房 滕 屈 饶 饒 解 牟 艾 尤 阳 陽 穆 卓 古 吉 简 簡 车 車 项 項 连 連 麦 麥 褚 娄 婁 窦 竇 戚 岑 景 宫 宮 费 費 卜 ' +
    '冷 晏 席 卫 衛 米 柏 宗 瞿 桂 全 佟 应 應 臧 闵 閔 邬 鄔 边 邊 卞 姬 仇 栾 欒 隋 商 刁 沙 荣 榮 巫 寇 桑 郎 甄 ' +
    '仲 虞 敖 巩 鞏 佘 池 洪 賴 赖 侯 黄 楚 鄧 歐陽 欧阳 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 令狐 慕容 司徒 ' +
    '公孙 公孫 夏侯 长孙 長孫 端木 尉迟 尉遲').split(' '),
);

/** Characters that end a noun for a person: 馆长, 议员, 律师, 读者, 负责人, 摊商, 摊贩, 村民, 选手, and an owner (档主, 船主, 户主). */
export const PERSON_SUFFIX = /[长長员員师師者人家授商贩販民手官士生工监監裁主]$/u;

function startsWithSurname(name: string): boolean {
  return SURNAMES.has(name.slice(0, 2)) || SURNAMES.has(name[0] ?? '');
}

/**
 * Splits `office + name` at the name: the split whose office ends with a known role wins over one
 * whose office only ends with a person suffix; among equals a three-character name comes first.
 */
export function splitOfficeAndName(chunk: string, roles: () => RegExp): { role: string; name: string } | null {
  let best: { role: string; name: string; score: number } | null = null;
  for (const length of [3, 2, 4]) {
    const name = chunk.slice(-length);
    const role = chunk.slice(0, -length);
    if (role.length === 0 || name.length < length || !startsWithSurname(name)) continue;
    if (length === 4 && !SURNAMES.has(name.slice(0, 2))) continue;
    const score = roles().test(role) ? 2 : PERSON_SUFFIX.test(role) ? 1 : 0;
    // (`董事长孙浩`: a two-character name after an office ending in 长 wins over the compound family name 长孙.)
    // (`记者长孙明`: an office already ending in a noun for a person, 者, keeps the compound family name.)
    const compoundTaken = best?.name.length === 3 && SURNAMES.has(best.name.slice(0, 2)) && length === 2 && best.name.endsWith(name) && !PERSON_SUFFIX.test(best.role);
    if (score > 0 && (!best || score > best.score || (compoundTaken && score >= best.score))) best = { role, name, score };
  }
  return best && { role: best.role, name: best.name };
}

/** A name of its own (`王明`), as opposed to a place or body before an office (`交通局` in 交通局局长). */
export function looksLikeChineseName(name: string): boolean {
  return name.length >= 1 && name.length <= 4 && startsWithSurname(name);
}

/** A family name alone (`张`, `歐陽`): with 女士/先生 after it, the only name the paper gives. */
export function isFamilyNameAlone(name: string): boolean {
  return SURNAMES.has(name);
}

export const endsWithRole = (roles: string) => lazy(() => new RegExp(`(?:${roles})$`, 'u'));
