/**
 * Nahuatl (Mexico, Latin script, in its modern spelling `kiijto` and the older `quihtoa`): the verb of saying carries its
 * object prefix `ki-`/`qui-` (it) and the past marker `o-` (`okiijto`, `oquihto`). After a quote `”, kiijto X.` (said X),
 * `”, kiijto yejua.` (he or she said), `”, kiijto.` (the subject left out: the sentences before say who), `”, kiijto
 * tlayakanketl.` (the leader: the one the text gave that noun); before one `X kiijto: “…”`, `Yejua kiijto: “…”`,
 * `Se siuatl … kiijto: “…”` (a woman: someone unnamed). Offices and forms of address before a name (Tlayakanketl the
 * leader, Ingeniero, Tata, Nana) are its role.
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { addressedName } from './tag-pattern-reader';

/** Said, says, they say, answered, told: `kiijto`, `kiijtoua`, `okiijto`, `quihtoa`, `oquihto`, `kinankilij`, `kiteneuj`. */
const VERB = '(?:o?(?:kiijto|kijto|kihto|quihto|quijto)(?:a|ua|uaj|hua|huah|j)?|o?(?:kinankilij|quinanquilih|kinankili)|o?kiteneuj)';
/** He or she, they: `yejua`, `yejuatl`, `yejuan`, `ye`, `yehua`. */
const HE_OR_SHE = '(?:yejua|yejuatl|yejuan|yehua|yehuatl|ye)';
/** Offices and forms of address before a name: leader, town leader, teacher, engineer, doctor, father, mother, Mr, Mrs. */
const ADDRESS = /^(?:(?:Tlayakanketl|Tlayakanki|Altepetlayakanketl|Temachtiani|Tlamachtiani|Ingeniero|Ingeniera|Doctor|Doctora|Maestro|Maestra|Tata|Nana|Don|Doña|Señor|Señora|Lic\.|Dr\.|Ing\.)\s+)+/u;
/** Words opening a sentence or a phrase of time or place (and, but, in, now, then, this, all): no name. */
const OPENING = /^(?:Uan|Pero|Ipan|Axkan|Teipa|Ni|Inin|Nochi|Maske|Pampa|Kemaj|Tla|Nojkia|Yejua|Ijkon|Se|Sekimej|Miak)(?![\p{L}])/u;
/** Nouns heading a body's name (government, town, school, assembly, ejido, centre): no person. */
const BODY = /^(?:Tlanauatilli|Tlanauatili|Altepetl|Kalnauatili|Tlamachtiloyan|Ejido|Centro|Gobierno|Municipio|Secretaría|Comisión|Instituto)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  tagVerb: new RegExp(`^[\\s,]*${VERB}(?![\\p{L}])`, 'u'),
  nameAfter: new RegExp(`^\\s*(${NAME_RUN})(?=\\s*[.,;:!?“”"]|\\s*$)`, 'u'),
  pronounAfter: new RegExp(`^\\s*${HE_OR_SHE}(?![\\p{L}])`, 'u'),
  // (`kiijto tlayakanketl`, `kiijto temachtiani`: an office noun, the one the text gave it.)
  nounAfter: new RegExp(`^\\s*(\\p{Ll}{4,}(?:ketl|kej|ki|ni|tli|tl))(?=\\s*[.,;!?]|\\s*$)`, 'u'),
  someoneAfter: new RegExp(`^\\s*(se\\s+[^.,;!?“”"]{2,60})`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?”"]\\s+)(?:Uan\\s+|Nojkia\\s+)?(?:Yejua|Yejuatl|Yehua|Yehuatl)\\s+${VERB}\\s*:\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?”"]\\s+)([^.!?“”"]{2,200}?),?\\s+${VERB}\\s*:\\s*$`, 'u'),
  // (`Se telpochtli tlen … kiijto ika …. “…”, kiijto.`: a sentence of reported speech opened by `Se` (a, one): someone unnamed.)
  someoneReported: new RegExp(`(?:^|[.!?”"]\\s+)(Se\\s+\\p{Ll}+(?:\\s+tlen\\s+[^.!?“”"]{1,80}?)?)\\s+${VERB}(?![\\p{L}])[^.!?“”"]*[.!?]\\s*$`, 'u'),
}));

/** The name in a group of words, its office or form of address kept as its role, or null (a body, an opening word). */
function nahuatlName(group: string): SpeakerPhrase | null {
  return addressedName(group, ADDRESS, [BODY, OPENING], patterns().name);
}

/** The subject before `kiijto:`: someone unnamed (`Se …`), a body, else the last comma-set group that is a name. */
function subjectOf(words: string): SpeakerPhrase | null {
  if (/^Se\s/u.test(words)) return described(words);
  if (BODY.test(words)) return described(words);
  const groups = words.split(/,\s*/u);
  for (const group of groups.reverse()) {
    const found = nahuatlName(group);
    if (found) return found;
  }
  return null;
}

export const nahuatl: LanguageCues = {
  applies: (frame) => /(?:^|[^\p{L}])o?(?:kiijto|kijto|kihto|quihto|quijto)\p{L}*/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const verb = patterns().tagVerb.exec(line);
    if (!verb) return null;
    const rest = line.slice(verb[0].length);
    if (patterns().pronounAfter.test(rest)) return pronoun('they');
    const name = patterns().nameAfter.exec(rest)?.[1];
    const found = name ? nahuatlName(name) : null;
    if (found) return found;
    const someone = patterns().someoneAfter.exec(rest)?.[1];
    if (someone) return described(someone);
    const office = patterns().nounAfter.exec(rest)?.[1];
    // (`”, kiijto.`: no subject; left to the sentences before, which may bring in someone unnamed, `Se telpochtli …`.)
    return office ? officeDescriptor(office) : null;
  },
  before(frame) {
    if (patterns().pronounBefore.test(frame)) return pronoun('they');
    const subject = patterns().subjectBefore.exec(frame)?.[1];
    if (subject) return subjectOf(subject.trim());
    const someone = patterns().someoneReported.exec(frame)?.[1];
    return someone ? described(someone) : null;
  },
};
