/**
 * Two people of one family name who are not kin: a reporter who brings in a namesake says so (`Commissioner Roy
 * Ferris, who is no relation to the chairman,`, `Regionrådet Per Holm (M), ingen släkting till Karin,`, `Nu este rudă cu Ana
 * Ionescu`). Then the family name written alone stands for the one named last (name-resolution.ts
 * latestBearer); without such words the namesakes are taken for one family (`His wife, Ada Carver,`), and the name
 * alone stays with the one named first, whom the story is about.
 */

import type { Gender } from './coreference';

/** "No relation", "not related" and the like, in the languages the readers cover; read only on a page with namesakes. */
const NO_RELATION = new RegExp(
  [
    String.raw`no\s+relation|not\s+related|unrelated\s+to\s|no\s+family\s+(?:connection|relation)`,
    String.raw`(?:pa|nuk\s+(?:ka|kanë))\s+(?:asnjë\s+)?lidhje\s+familjare`, // (Albanian.)
    String.raw`(?:aucun|sans|pas\s+de)\s+lien\s+de\s+parenté|aucune\s+parenté`,
    String.raw`(?:sin|ningún|ninguna|sem|nenhum|nenhuma)\s+(?:parentesco|relación\s+familiar|relação\s+familiar)|no\s+(?:es|son)\s+parientes?|não\s+(?:é|são)\s+parentes?`,
    String.raw`nessun[ao]?\s+(?:legame\s+di\s+|rapporto\s+di\s+)?parentela|non\s+(?:è|sono)\s+parent[ei]`,
    String.raw`(?:no\s+t[ée]|sense)\s+cap\s+(?:relació|parentiu)|no\s+(?:són|és)\s+parents?`,
    String.raw`(?:nicht|weder)\s+(?:[\p{L}-]+\s+){0,4}verwandt|keine\s+Verwandtschaft|geen\s+familie|niet\s+verwant`,
    String.raw`ingen\s+(?:släkting|slægtning|slektning)|inte\s+släkt|ikke\s+(?:i\s+)?(?:slægt|slekt|beslægtet)`,
    String.raw`legătură\s+de\s+rudenie|nu\s+(?:este|sunt)\s+rud[ăe]|niespokrewnion|nie\s+(?:jest|są)\s+spokrewnion|není\s+(?:\p{L}+\s+){0,3}příbuzn|nejsou\s+příbuzní`,
    String.raw`akrabalığı\s+(?:olmadığını|olmayan|yok|bulunmuyor)|akraba\s+değil|nem\s+rokon|ei\s+sukua`,
    String.raw`не\s+(?:является\s+)?родственни|не\s+родич|не\s+состо\p{L}+\s+в\s+родстве|однофамил|однофаміл|καμία\s+συγγένεια|συνονόματ`,
    String.raw`(?:tidak\s+ada|tanpa)\s+hubungan\s+(?:keluarga|darah|saudara)|bukan\s+(?:kerabat|saudara)|không\s+(?:có\s+)?(?:quan\s+hệ\s+)?họ\s+hàng`,
  ].join('|'),
  'iu',
);

/** How far after a namesake's first full mention the words saying they are no kin may stand (their paragraph only). */
const REACH = 300;

/** Whether the text says, after one of these people's first mention, that they are not kin of the other. */
export function namesakesUnrelated(text: string, firstMentions: readonly number[]): boolean {
  return firstMentions.some((at) => {
    const after = text.slice(at, at + REACH);
    const paragraphEnd = after.indexOf('\n');
    return NO_RELATION.test(paragraphEnd < 0 ? after : after.slice(0, paragraphEnd));
  });
}

/** Whether the words right before a mention say the one named is no kin (`Nu este rudă cu Ana Ionescu`). */
export function saidNoKin(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const match = NO_RELATION.exec(before);
  return !!match && !/[.!?\n]/u.test(before.slice(match.index));
}

/** A form of address right before a family name (`s’agace M. Dubois`, `Frau Berg`, `la Sra. Ruiz`, `pani Nowak`). */
const ADDRESS_BEFORE = /(?:^|[\s(])(M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Herr|Frau|Sr\.|Sra\.|Srta\.|Sig\.|Sig\.ra|Pan|Pani|Dhr\.|Mevr\.|Hr\.|Fru|Dl\.|Dna\.|г-н|г-жа|пан|пані)\s+$/u;
const FEMALE_ADDRESS = /^(?:Mme|Mlle|Mrs\.?|Ms\.?|Miss|Frau|Sra\.|Srta\.|Sig\.ra|Pani|Mevr\.|Fru|Dna\.|г-жа|пані)$/u;

/** The gender a form of address right before `at` gives, or null. */
export function addressGender(text: string, at: number): 'male' | 'female' | null {
  const address = ADDRESS_BEFORE.exec(text.slice(Math.max(0, at - 10), at))?.[1];
  return !address ? null : FEMALE_ADDRESS.test(address) ? 'female' : 'male';
}

/** `», s’agace M. Dubois`: a form of address before the tag's family name leaves the choice to its gender (name-resolution.ts). */
export function addressedInTag(text: string, phrase: string, tagAt: number | undefined): boolean {
  const named = tagAt === undefined ? -1 : text.indexOf(phrase, tagAt);
  return named >= 0 && named - tagAt! < 80 && !!addressGender(text, named);
}

const PARENT_BEFORE = /(?<![\p{L}])(?:father|mother|grandfather|grandmother|dad|mom|mum),?\s+$/iu;
const CHILD_BEFORE = /(?<![\p{L}])(?:son|daughter|grandson|granddaughter),?\s+$/iu;

/**
 * `"…," the younger Brandt added` after `his son, Ole Brandt, 31,`: of several bearers of the family name, the elder is
 * the one with the higher age the text gives, else the one it introduces as a parent; the younger the other way round.
 */
export function elderOrYounger(text: string, phrase: string, tagAt: number | undefined, bearers: readonly string[] | undefined, people: readonly { name: string; at: number }[], ageOf: (name: string) => number | null | undefined): string | undefined {
  const named = tagAt === undefined || !bearers || bearers.length < 2 ? -1 : text.indexOf(phrase, tagAt);
  const rank = named < 0 || named - tagAt! > 80 ? undefined : /(?:^|\s)(elder|younger)\s+$/iu.exec(text.slice(Math.max(0, named - 10), named))?.[1]?.toLowerCase();
  if (!rank) return undefined;
  const elder = rank === 'elder';
  const aged = bearers!.filter((bearer) => ageOf(bearer) != null).sort((a, b) => ageOf(a)! - ageOf(b)!);
  if (aged.length >= 2) return elder ? aged.at(-1) : aged[0];
  const introduced = (bearer: string, relation: RegExp) => people.some((person) => person.name === bearer && relation.test(text.slice(Math.max(0, person.at - 16), person.at)));
  return bearers!.find((bearer) => introduced(bearer, elder ? PARENT_BEFORE : CHILD_BEFORE));
}

/**
 * `"…," Mr Hughes said` after `Robert Hughes` and `Eluned Hughes, no relation, …` (`Ms Hughes said: …`): of the
 * bearers of a family name, the one of the gender the tag's form of address gives, when exactly one is known to be
 * of it and every other is known to be of the other (a bearer of unknown gender might be either).
 */
export function bearerOfAddressGender(text: string, phrase: string, tagAt: number | undefined, bearers: readonly string[] | undefined, genderOf: (name: string) => Gender | null | undefined): string | undefined {
  if (!bearers || bearers.length < 2) return undefined;
  const named = tagAt === undefined ? -1 : text.indexOf(phrase, tagAt);
  const inPhrase = addressGender(phrase.trim(), phrase.trim().lastIndexOf(' ') + 1);
  const gender = inPhrase ?? (named >= 0 && named - tagAt! < 80 ? addressGender(text, named) : null);
  if (!gender) return undefined;
  const fitting = bearers.filter((bearer) => genderOf(bearer) === gender);
  const othersOtherwise = bearers.every((bearer) => fitting.includes(bearer) || (!!genderOf(bearer) && genderOf(bearer) !== gender));
  return fitting.length === 1 && othersOtherwise ? fitting[0] : undefined;
}

/** Whether a person fits the gender of a form of address before `at` (anyone, when there is none). */
export function fitsAddress(text: string, at: number, entities: ReadonlyMap<string, { gender: Gender | null }>, genders: ReadonlyMap<string, Gender>): (name: string) => boolean {
  const gender = addressGender(text, at);
  // (A bearer whose gender is unknown may be either: with an address, only one known to fit is taken.)
  return (name) => !gender || (entities.get(name)?.gender ?? genders.get(name)) === gender;
}

/** A saying verb right after a person's first mention, an apposition between (`Her daughter, X Y, said her mother …`). */
const SPEAKING_AFTER = /^(?:,[^,.;:!?"“”]{1,80})?,?\s+(?:said|says|told|explained|recalled|described|added)(?![\p{L}])/u;

/**
 * `Nora X, 86, was brought in …` then `Her daughter, Clodagh X, said her mother …` and `“…,” Ms X said`: of a family's
 * namesakes, the family name after a form of address in a tag is the one the text brought in speaking, when that is the one
 * named last and the only one so introduced (the one the story is about may never speak). The name written bare stays with
 * the one named first (`Concannon said:` in her obituary is hers, though her son spoke since).
 */
export function bearerIntroducedSpeaking(text: string, bearers: readonly string[] | undefined, people: readonly { name: string; at: number }[], at: number): string | undefined {
  if (!bearers || bearers.length < 2) return undefined;
  const firsts = bearers.map((bearer) => ({ bearer, first: people.find((person) => person.name === bearer) })).filter((entry) => entry.first && entry.first.at < at);
  if (firsts.length < 2) return undefined;
  const speaking = firsts.filter(({ bearer, first }) => SPEAKING_AFTER.test(text.slice(first!.at + bearer.length, first!.at + bearer.length + 100)));
  const latest = firsts.reduce((a, b) => (b.first!.at > a.first!.at ? b : a));
  return speaking.length === 1 && speaking[0] === latest ? latest.bearer : undefined;
}
