/**
 * A quote whose tag names no one (`‘…’, zegt hij.`, `„…,“ krčí rameny hostinský.`, `«…», λέει μια νεαρή μητέρα.`), then a
 * sentence that gives the speaker's name in so many words: `Hij heet Jeroen Bogaerts en …`, `Jmenuje se Miroslav Havlík …`,
 * `Τη λένε Σοφία Ζερβού …`, `Tema nimi on Ants Mänd …`. Reportage meets someone, lets them speak, then says who they
 * are; the quote is that person's, not the one quoted before nor a description. The words going on after it in the same
 * paragraph, read as the same speaker's, follow.
 */
import type { AttributedSpan } from '../attribute';

/** "He/she is called", "his/her name is", in the languages of the batches, then a name of two or three capitalised words. */
const NAMING = new RegExp(
  '^(?:(?:Hij|Zij|Ze|Han|Hon|Hun|He|She|Er|Sie)\\s+(?:heet|heter|hedder|heißt|is\\s+called)' +
    '|(?:Jmenuje|Zove|Imenuje)\\s+se|Nazywa\\s+się|Volá\\s+sa|Ime\\s+(?:mu|joj)\\s+je|(?:Tema|Hänen|Hänen\\s+nimensä)\\s+(?:nimi\\s+)?on' +
    '|(?:His|Her)\\s+name\\s+is|Τ(?:ον|ην|η)\\s+λένε|Namanya|Казва\\s+се|Se\\s+numește|(?:Viņu|Viņa)\\s+sauc|(?:Jo|Jos)\\s+vardas\\s+–?' +
    '|(?:Il|Elle)\\s+s[’\']appelle|Se\\s+llama|Si\\s+chiama|Chama-se|(?:Его|Её|Ее)\\s+зовут)' +
    '\\s+(\\p{Lu}[\\p{L}’\'-]+(?:\\s+\\p{Lu}[\\p{L}’\'-]+){1,2})(?=[\\s,.;:!?]|$)',
  'u',
);

/** The name the sentence after the quote's own gives its speaker, or null; the tag between must name no one. */
function namedAfter(text: string, span: AttributedSpan): string | null {
  const lineEnd = text.indexOf('\n', span.outerEnd);
  const rest = text.slice(span.outerEnd, lineEnd < 0 ? undefined : lineEnd);
  const tag = /^[^.!?«»“”"„]*?[.!?](?=\s)/u.exec(rest);
  // (A tag with a capital past its first letter may name the speaker itself: `, zegt Mia Claes.`)
  if (!tag || /\s\p{Lu}/u.test(tag[0])) return null;
  return NAMING.exec(rest.slice(tag[0].length).trimStart())?.[1] ?? null;
}

export function namedAfterSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  const result = [...spans];
  result.forEach((span, i) => {
    const name = namedAfter(text, span);
    if (!name || name === span.speaker) return;
    const old = span.speaker;
    result[i] = { ...span, speaker: name, role: null, speakerKind: 'name', speakerMention: null };
    // (The words going on in the paragraph after it, read as the same speaker's, are the named person's too.)
    const lineEnd = text.indexOf('\n', span.outerEnd);
    for (let next = i + 1; next < result.length && (lineEnd < 0 || result[next]!.outerStart < lineEnd); next++) {
      if (result[next]!.speaker === old && result[next]!.attribution !== 'after' && result[next]!.attribution !== 'before') result[next] = { ...result[next]!, speaker: name, role: null, speakerKind: 'name', speakerMention: null };
    }
  });
  return result;
}
