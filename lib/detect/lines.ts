import { isStreamPlace, nonSpace } from './blocks';
import { mayStartEntries, orderFits, orderOf } from './order';
import { isDatelineText } from './rules';
import { cleanLabel, isWeakKind, labelKind, labelValue, SKIP } from './time';

// AP stories syndicated as one block of text lines split by `<br>` (older wire feeds and local
// CMSs render the whole story so): "The Latest" becomes `4:14 p.m.<br><br>The governor…<br><br>
// ___<br><br>3:50 p.m.<br>…`, its newer form `___<br><br>WASHINGTON (AP) — …`. No element wraps
// an entry there, so its place is the element its line starts with: a bold time (`<b>4:14
// p.m.</b>`), or else the `<br>` that opens the line.

/** One line of a block: its nodes, the `<br>` before it (null for the first), its text. */
export interface Line {
  nodes: Node[];
  br: Element | null;
  text: string;
}

/** The block's lines, split at `<br>`; blank lines are left out. */
export function linesOf(block: Element): Line[] {
  const lines: Line[] = [];
  let nodes: Node[] = [];
  let br: Element | null = null;
  let opening: Element | null = null;
  const flush = () => {
    const text = nodes.map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
    if (text) lines.push({ nodes, br: opening, text });
    nodes = [];
  };
  for (let n = block.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === 'br') {
      flush();
      br = n as Element;
      continue;
    }
    if ((n.nodeType !== 1 && n.nodeType !== 3) || (n.nodeType === 1 && SKIP.has((n as Element).localName))) continue;
    if (!nodes.length) opening = br;
    nodes.push(n);
  }
  flush();
  return lines;
}

const RULE_LINE = /^[\s_*=~•·—–-]+$/;
/** A line that is only a rule ("___"), as AP separates entries. */
export const isRuleLine = (line: Line): boolean => line.text.length < 40 && nonSpace(line.text) >= 2 && RULE_LINE.test(line.text);

/** A line that starts an entry: where its element is, and its time (null for a dateline). */
export interface LineMark {
  element: Element;
  line: number;
  label: string | null;
}

/** The element a line's entry is anchored on: its first element if that holds the whole line (a bold time), else its `<br>`. */
function anchorOf(line: Line): Element | null {
  const first = line.nodes.find((n) => n.nodeType === 1 || n.textContent?.trim());
  if (first?.nodeType === 1 && (first.textContent ?? '').replace(/\s+/g, ' ').trim() === line.text) return first as Element;
  return line.br;
}

/**
 * The lines of a block that start entries: lines that are only a time ("4:14 p.m."), or, with
 * `datelines`, the first line after a rule when it opens with a dateline ("LONDON (AP) — …").
 */
export function lineMarks(lines: readonly Line[], datelines: boolean): LineMark[] {
  const marks: LineMark[] = [];
  lines.forEach((line, i) => {
    const kind = datelines ? null : labelKind(line.text);
    const starts = datelines ? i > 0 && isRuleLine(lines[i - 1]!) && isDatelineText(line.text) : kind !== null && !isWeakKind(kind);
    const element = starts ? anchorOf(line) : null;
    if (element) marks.push({ element, line: i, label: datelines ? null : cleanLabel(line.text) });
  });
  return marks;
}

/** The lines of a mark's entry: from its line (a dateline is text) or the line after its time, to the next mark or rule. */
export function entryLines(lines: readonly Line[], marks: readonly LineMark[], at: number): Line[] {
  const mark = marks[at]!;
  const end = marks[at + 1]?.line ?? lines.length;
  const out: Line[] = [];
  for (let i = mark.label === null ? mark.line : mark.line + 1; i < end && !isRuleLine(lines[i]!); i++) out.push(lines[i]!);
  return out;
}

const MIN_TEXT = 25;

/** The marks of a block's entries when they make a stream of at least `min` (see `bestLineStream`), else none. */
export function lineStream(block: Element, min: number, urlHint: boolean): LineMark[] {
  const lines = linesOf(block);
  for (const datelines of [false, true]) {
    const marks = lineMarks(lines, datelines);
    if (marks.length < min) continue;
    if (!datelines) {
      const order = orderOf(marks.map((m) => {
        const kind = labelKind(m.label!);
        return { kind, value: kind ? labelValue(m.label!, kind) : null };
      }));
      if (!orderFits(order, urlHint) || !mayStartEntries(order, urlHint)) continue;
    }
    const good = marks.filter((_, i) => nonSpace(entryLines(lines, marks, i).map((l) => l.text).join('')) >= MIN_TEXT);
    if (good.length >= min && good.length >= marks.length * 0.6) return marks;
  }
  return [];
}

/**
 * The best stream of entries set as lines of one block: at least `min` lines that are only a
 * time, newest first (times that only go forward are an agenda; see order.ts), each followed by
 * a line of text; or sections between "___" lines that open with a dateline. Blocks in sidebars
 * or discussions never count.
 */
export function bestLineStream(blocks: readonly Element[], min: number, urlHint: boolean): { block: Element; marks: LineMark[] } | null {
  let best: { block: Element; marks: LineMark[] } | null = null;
  for (const block of blocks) {
    if (!isStreamPlace(block)) continue;
    const marks = lineStream(block, min, urlHint);
    if (marks.length > (best?.marks.length ?? 0)) best = { block, marks };
  }
  return best;
}
