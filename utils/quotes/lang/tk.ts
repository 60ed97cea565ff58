/**
 * Turkmen (Latin script) closes a quote with the quotative `diýip` ("saying"), then the subject, then the verb:
 * `” — diýip, X Y aýtdy.`, `” — diýip, ol belledi.` (he or she), `” — diýip, başlyk sözüni jemledi.` (the one the text
 * gave that office), or with the verb first, `” — diýdi X Y.`; before a quote `X şeýle diýdi: “…”`, `Xnyň pikiriçe, “…”`
 * and `Xnyň sözlerine görä, “…”` ("according to X", the genitive glued to the name). `bir …` ("a …") brings in someone the
 * text does not name. Offices are possessed by the body before them (`mekdebiň direktory`), so a bare office noun after
 * `diýip` is matched in its possessed form.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** The quotative and the verbs of saying that close a sentence (said, says). */
const OWN_WORD = /(?:^|[^\p{L}])(?:diýip|diýdi|diýýär|diýipdir|pikiriçe|sözlerine\s+görä|aýtmagyna\s+görä)(?![\p{L}])/u;
/** The dash after the closing mark (`” — diýip`), which some papers set before the mark or leave out. */
const DASH = '(?:[–—-]\\s*)?';
/** A verb in the past or present closing the tag (`aýtdy`, `belledi`, `gürrüň berdi`, `sözüni dowam etdi`, `diýýär`). */
const CLOSING_VERB = '(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+(?:dy|di|du|dü|ýar|ýär|ar|är)';
/** The genitive glued to a name (`Gurbanowiň`, `Myradowanyň`), which comes off before `pikiriçe`. */
const GENITIVE = /(?:nyň|niň|nuň|nüň|yň|iň|uň|üň)$/u;
/**
 * A name in a case other than the subject's (from, in, of, the object's, to after a vowel) is whom or where, not who speaks;
 * a plain -a or -e is no case here, as feminine family names end so (`-owa`, `-ewa`).
 */
const OBLIQUE = /\p{Ll}{2}(?:dan|den|nan|nen|nda|nde|nyň|niň|yň|iň|uň|üň|ny|ni|ýa|ýe)$/u;
/** Back vowels: a word whose last vowel is one takes `-y`, else `-i`. */
const BACK_VOWEL = /[aouy](?=[^aeiouyäöü]*$)/u;
/** Final consonants voiced before a vowel ending (`başlyk` → `başlygy`, `kitap` → `kitaby`). */
const VOICED: Record<string, string> = { k: 'g', p: 'b', ç: 'j', t: 'd' };

/** A noun's third-person possessed form, as offices are written (`direktor` → `direktory`, `başlyk` → `başlygy`, `wekil` → `wekili`). */
export function possessed(noun: string): string {
  const vowel = BACK_VOWEL.test(noun) ? 'y' : 'i';
  if (/[aeiouyäöü]$/u.test(noun)) return `${noun}s${vowel}`;
  const last = noun.at(-1)!;
  // (Only a word of more than one syllable voices its last consonant: `at` → `aty`.)
  const stem = VOICED[last] && (noun.match(/[aeiouyäöü]/gu)?.length ?? 0) > 1 ? `${noun.slice(0, -1)}${VOICED[last]}` : noun;
  return `${stem}${vowel}`;
}

const patterns = lazy(() => ({
  // (`— diýip, ol aýtdy.`, `— diýdi ol.`: ol is he or she.)
  pronounAfter: new RegExp(`^[\\s,]*${DASH}(?:diýip,?\\s+ol\\s+${CLOSING_VERB}|(?:diýdi|diýýär)\\s+ol)(?=[\\s.,!?]|$)`, 'u'),
  // (Role words may stand before the name: `— diýip, etrap häkimi X Y belledi.`)
  nameAfter: new RegExp(`^[\\s,]*${DASH}(?:diýip,?|diýdi|diýýär)\\s+((?:\\p{Ll}+\\s+){0,4})(${NAME_RUN})(?=\\s+${CLOSING_VERB}\\s*[.!,]|\\s*[.!,]|\\s*$)`, 'u'),
  // (`— diýip, bir mugallym aýtdy.`: "a teacher", someone the text leaves unnamed.)
  someoneAfter: new RegExp(`^[\\s,]*${DASH}(?:diýip,?|diýdi)\\s+(bir(?:\\s+\\p{Ll}+){1,3}?)(?=\\s+${CLOSING_VERB}\\s*[.!,]|\\s*[.!,]|\\s*$)`, 'u'),
  // (`— diýip, başlyk sözüni jemledi.`, `— diýdi direktor.`: an office noun alone, the one the text gave that office.)
  officeAfter: new RegExp(`^[\\s,]*${DASH}(?:diýip,?\\s+(\\p{Ll}{4,})\\s+${CLOSING_VERB}|diýdi\\s+(\\p{Ll}{4,}))\\s*[.!]`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*${DASH}(?:diýdi|diýýär|diýip,?\\s+${CLOSING_VERB})\\s*(?:[.!?]|$)`, 'u'),
  // (`X şeýle diýdi:`, `X … aýtdy:`: the subject, a few words, the verb and a colon.)
  colon: new RegExp(`(?:^|[.!?]\\s+)((?:\\p{Ll}+\\s+|\\p{Lu}\\p{Ll}+\\s+(?=\\p{Ll})){0,6}?)(${NAME_RUN})\\s+(?:\\p{Ll}+\\s+){0,4}?(?:şeýle\\s+|şu\\s+barada\\s+)?(?:diýdi|aýtdy|belledi|nygtady|gürrüň\\s+berdi|sözüni\\s+dowam\\s+etdi)\\s*:\\s*$`, 'u'),
  pronounColon: /(?:^|[.!?]\s+)(?:Ol|Soňra\s+ol|Şeýle-de\s+ol)\s+(?:\p{Ll}+\s+){0,4}?(?:diýdi|aýtdy|belledi|nygtady)\s*:\s*$/u,
  according: new RegExp(`(?:^|[\\s,])(${NAME_RUN})\\s+(?:pikiriçe|sözlerine\\s+görä|aýtmagyna\\s+görä)\\s*,?\\s*$`, 'u'),
}));

const nameOf = (run: string) => (OBLIQUE.test(run.split(/\s+/u).at(-1)!) ? '' : cleanName(run));
/** A family name's ending (`-ow`, `-ew`, `-owa`, `-ewa`): one capitalised word opening a sentence is a name only so. */
const FAMILY_NAME = /(?:ow|ew|owa|ewa)$/u;

export const turkmen: LanguageCues = {
  applies: (frame) => OWN_WORD.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const someone = patterns().someoneAfter.exec(line)?.[1];
    if (someone) return described(someone);
    const named = patterns().nameAfter.exec(line);
    const name = named ? nameOf(named[2]!) : '';
    if (name) return person(name, named![1]?.trim() || null);
    const office = patterns().officeAfter.exec(line);
    const noun = office?.[1] ?? office?.[2];
    // (`— diýip, gaharly aýtdy.`: a word ending like an adverb or a case is no office.)
    if (noun && !/(?:ly|li|da|de|dan|den|a|e)$/u.test(noun)) return officeDescriptor(possessed(noun));
    return patterns().bareAfter.test(line) ? pronoun('they') : null;
  },
  before(frame) {
    const sentence = frame.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1)!;
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      const words = source.split(/\s+/u);
      const last = words.at(-1)!;
      // (`Onuň pikiriçe,`: "in his or her view", the one speaking already.)
      if (/^(?:Onuň|Olaryň|Meniň|Biziň)$/u.test(last)) return pronoun('they');
      return GENITIVE.test(last) ? person([...words.slice(0, -1), last.replace(GENITIVE, '')].join(' ')) : null;
    }
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence);
    // (`Ministrlik şeýle diýdi:`: a lone capitalised word opening the sentence is a body unless it is a family name.)
    const lone = colon && !colon[1] && !/\s/u.test(colon[2]!) && !FAMILY_NAME.test(colon[2]!);
    const name = colon && !lone ? nameOf(colon[2]!) : '';
    return name ? person(name, colon![1]?.trim() || null) : null;
  },
};
