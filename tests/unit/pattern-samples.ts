/**
 * Strings a regular expression source matches, enough to take every branch of every alternation
 * at least once: the coverage test of utils/patterns.ts runs them through a guarded pattern and
 * its words test. Reads the syntax our patterns use (groups, look-arounds, classes, \p{…},
 * quantifiers); a look-around or word boundary is left out of the sample, so a sample is kept only
 * when the real pattern matches it.
 */

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'skip' }
  | { kind: 'choice'; branches: Node[][] }
  | { kind: 'repeat'; node: Node; min: number };

// A space first: `.` and `[^…]` between two words then keep them words.
const CANDIDATES = [' ', 'a', 'e', 'x', 'A', 'X', 'é', '1', '-', '.', "'", '’', ',', ':', '@', '\u0301', 'я', 'ا', 'あ', '中'];

export function samplesOf(source: string, flags: string): string[] {
  const parser = new Parser(source, flags.replace(/[gy]/g, ''));
  const branches = parser.choice();
  if (parser.at < source.length) throw new Error(`unexpected ${source[parser.at]} at ${parser.at} in ${source}`);
  return [...new Set(expand({ kind: 'choice', branches }))];
}

class Parser {
  at = 0;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  choice(): Node[][] {
    const branches: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches;
  }

  sequence(): Node[] {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items;
  }

  quantified(node: Node): Node {
    const rest = this.source.slice(this.at);
    const quantifier = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(rest);
    if (!quantifier) return node;
    this.at += quantifier[0].length;
    const symbol = quantifier[0][0];
    const min = symbol === '?' || symbol === '*' ? 0 : symbol === '+' ? 1 : Number(quantifier[1]);
    return { kind: 'repeat', node, min };
  }

  atom(): Node {
    const { source } = this;
    const ch = source[this.at]!;
    if (ch === '(') {
      const opener = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/.exec(source.slice(this.at))![0];
      this.at += opener.length;
      const branches = this.choice();
      if (source[this.at] !== ')') throw new Error(`unclosed group in ${source}`);
      this.at++;
      return /^\(\?(?:[=!]|<[=!])/.test(opener) ? { kind: 'skip' } : { kind: 'choice', branches };
    }
    if (ch === '[') {
      let end = this.at + 1;
      if (source[end] === '^') end++;
      while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      const cls = source.slice(this.at, end + 1);
      this.at = end + 1;
      return this.pick(cls);
    }
    if (ch === '^' || ch === '$') {
      this.at++;
      return { kind: 'skip' };
    }
    if (ch === '.') {
      this.at++;
      return this.pick('.');
    }
    if (ch === '\\') {
      const escape = /^\\(?:[pP]\{[^}]+\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/su.exec(source.slice(this.at))![0];
      this.at += escape.length;
      if (escape === '\\b' || escape === '\\B') return { kind: 'skip' };
      if (/^\\[pPdDsSwW]/.test(escape)) return this.pick(escape);
      if (/^\\[ux]/.test(escape)) return { kind: 'text', text: String.fromCodePoint(parseInt(escape.replace(/^\\[ux]\{?|\}$/g, ''), 16)) };
      if (escape === '\\n') return { kind: 'text', text: '\n' };
      if (escape === '\\t') return { kind: 'text', text: '\t' };
      return { kind: 'text', text: escape.slice(1) };
    }
    const point = String.fromCodePoint(source.codePointAt(this.at)!);
    this.at += point.length;
    return { kind: 'text', text: point };
  }

  /** One character the class matches, with the pattern's flags. */
  pick(cls: string): Node {
    const test = new RegExp(`^${cls}$`, this.flags);
    // A class's own first member, when it lists one, else a stock character it takes.
    const first = /^\[([^\\^\]])/u.exec(cls)?.[1];
    const found = [...(first ? [first] : []), ...CANDIDATES].find((candidate) => test.test(candidate));
    if (found === undefined) throw new Error(`no sample character for ${cls}`);
    return { kind: 'text', text: found };
  }
}

/** Sequences up to this many combinations are sampled in full; longer ones in step (each option at least once). */
const FULL_PRODUCT = 2000;

/** Sample strings of a node: every branch at least once. */
function expand(node: Node): string[] {
  switch (node.kind) {
    case 'text':
      return [node.text];
    case 'skip':
      return [''];
    case 'choice':
      return node.branches.flatMap((branch) => {
        const parts = branch.map(expand);
        const product = parts.reduce((size, options) => size * options.length, 1);
        if (product <= FULL_PRODUCT) return parts.reduce<string[]>((heads, options) => heads.flatMap((head) => options.map((option) => head + option)), ['']);
        const count = Math.max(1, ...parts.map((options) => options.length));
        return Array.from({ length: count }, (_, i) => parts.map((options) => options[i % options.length]).join(''));
      });
    case 'repeat': {
      const once = expand(node.node);
      const repeated = once.map((text) => text.repeat(Math.max(1, node.min)));
      return node.min === 0 ? ['', ...repeated] : repeated;
    }
  }
}
