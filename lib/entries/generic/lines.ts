import { entryLines, lineMarks, linesOf } from '../../detect/lines';
import type { Entry } from '../../types';
import { type Extractor, selectIncludingRoot } from '../extractor';
import { makeEntry } from '../make';
import { uniqueSelector } from './selector';

/**
 * The extractor for a story set as lines of one block (lib/detect/lines.ts): each entry is
 * anchored on the element its first line starts with (a bold time or the `<br>` before the line)
 * and reads the lines after it up to the next entry or "___" rule, a paragraph per line. With
 * `datelines`, entries open with their dateline line, which is text, not a time.
 */
export function lineExtractor(doc: Document, block: Element, pageUrl: string, datelines: boolean): Extractor {
  const selector = uniqueSelector(doc, block);
  const blocksIn = (root: ParentNode): Element[] => (selector ? selectIncludingRoot(root, selector) : root === doc || (root as Node).contains?.(block) ? [block] : []);
  const marksOf = (b: Element) => {
    const lines = linesOf(b);
    return { lines, marks: lineMarks(lines, datelines) };
  };
  return {
    kind: 'line-stream',
    elements: (root) => blocksIn(root).flatMap((b) => marksOf(b).marks.map((m) => m.element)),
    entry(el: Element): Entry {
      const { lines, marks } = marksOf(el.parentElement!);
      const at = marks.findIndex((m) => m.element === el);
      const body = at >= 0 ? entryLines(lines, marks, at) : [];
      const label = at >= 0 ? marks[at]!.label : null;
      return makeEntry(
        { element: el, id: null, timeLabel: label, title: '', paragraphs: body.map((l) => ({ kind: 'p', text: l.text })) },
        pageUrl,
      );
    },
  };
}

