// Cleaning one entry for the reader view with @mozilla/readability's own cleaning, then the
// allowlist (safe-tree.ts). Two ways were measured (README, "Reader view"): `parse`, Readability's
// whole article extraction on a one-entry document, and `prepare`, only its article preparation
// (script removal, document preparation, `_prepArticle`: share bars, forms, stray frames and
// buttons, link-heavy or empty blocks, conditional cleaning) applied to the entry as a whole.
// `parse` picks what it scores as "the article" and, on short entries, drops real text (a lone
// tweet, a list, a one-line update); `prepare` keeps the entry and removes the junk, so it is the
// default. The clone lives in its own inert document: nothing in it loads or runs.
import { Readability } from '@mozilla/readability';
import type { Paragraph } from '../types';
import { type SafeNode, safeText, toSafeTree } from './safe-tree';

/** How much of Readability runs on each entry. */
export type CleaningMode = 'prepare' | 'parse';

/** Readability's preparation steps: private in name, stable in @mozilla/readability 0.6 (pinned). */
interface ReadabilitySteps {
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _prepArticle(content: Element): void;
}

/** Options of `cleanEntry`. */
export interface CleanOptions {
  /** The page the entry came from (resolves relative links and images). */
  base: string;
  /** Elements that are furniture, not text (the adapter's: header, time, share bar...). */
  furniture?: string;
  /** The entry's title and printed time: a leading block that only repeats one is dropped. */
  title?: string;
  timeLabel?: string | null;
  mode?: CleaningMode;
  /**
   * The entry's text as the pipeline read it. When the cleaned content keeps less than
   * `MIN_KEPT` of its words (a flat ticker whose text follows its heading element, an entry
   * Readability judged to be junk), the view shows these paragraphs instead: plain, but whole.
   */
  text?: string;
  paragraphs?: readonly Paragraph[];
}

/** The share of the entry's words the cleaned content must keep (else its paragraphs are shown). */
export const MIN_KEPT = 0.6;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The entry's content in a one-entry document of its own, furniture removed. The entry element's
 * children go straight into the container: Readability's conditional cleaning judges every block
 * inside the content, and must not judge (and drop) the entry itself.
 */
function isolate(source: Element, furniture: string | undefined): { doc: Document; content: HTMLElement } {
  const doc = source.ownerDocument.implementation.createHTMLDocument('');
  const content = doc.createElement('div');
  const clone = doc.importNode(source, true);
  if (furniture) for (const el of clone.querySelectorAll(furniture)) el.remove();
  content.append(...clone.childNodes);
  doc.body.append(content);
  return { doc, content };
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The share of `text`'s words that `nodes` keep. */
export function keptShare(nodes: readonly SafeNode[], text: string): number {
  const all = words(text);
  if (!all.length) return 1;
  const kept = new Set(words(safeText(nodes)));
  return all.filter((w) => kept.has(w)).length / all.length;
}

/** The pipeline's paragraphs as a safe tree: quotes as quotes, list items in lists, headings. */
export function fromParagraphs(paragraphs: readonly Paragraph[]): SafeNode[] {
  const out: SafeNode[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'li') {
      const last = out[out.length - 1];
      if (last && typeof last !== 'string' && last.tag === 'ul') last.children.push({ tag: 'li', children: [p.text] });
      else out.push({ tag: 'ul', children: [{ tag: 'li', children: [p.text] }] });
    } else if (p.kind === 'blockquote') out.push({ tag: 'blockquote', children: [{ tag: 'p', children: [p.text] }] });
    else out.push({ tag: p.kind === 'h' ? 'h4' : 'p', children: [p.text] });
  }
  return out;
}

/**
 * Readability's cleaning of one entry element, as the allowlist's safe tree. `charThreshold` is 1,
 * not 0: Readability reads 0 as "use the default" (500 characters), which would make every short
 * entry fail its length check.
 */
export function cleanEntry(source: Element, options: CleanOptions): SafeNode[] {
  const { doc, content } = isolate(source, options.furniture);
  let root: Element = content;
  if (options.mode === 'parse') {
    const article = new Readability<Element>(doc, { charThreshold: 1, serializer: (el) => el as Element, disableJSONLD: true }).parse();
    if (article?.content) root = article.content;
  } else {
    const reader = new Readability(doc, { charThreshold: 1 }) as unknown as ReadabilitySteps;
    reader._removeScripts(doc);
    reader._prepDocument();
    reader._prepArticle(content);
  }
  const nodes = dropRepeatedHead(toSafeTree(root, options.base), [options.title, options.timeLabel]);
  if (options.text && options.paragraphs?.length && keptShare(nodes, options.text) < MIN_KEPT) return fromParagraphs(options.paragraphs);
  return nodes;
}

/** Leading blocks whose whole text is the title or the printed time (shown in the entry's header). */
function dropRepeatedHead(nodes: SafeNode[], heads: Array<string | null | undefined>): SafeNode[] {
  const known = new Set(heads.filter((h): h is string => !!h).map(squash));
  let start = 0;
  while (start < nodes.length) {
    const node = nodes[start]!;
    const text = squash(typeof node === 'string' ? node : textOf(node.children));
    if (text && !known.has(text)) break;
    if (typeof node !== 'string' && node.children.some((c) => typeof c !== 'string' && c.tag === 'img')) break;
    start++;
  }
  return nodes.slice(start);
}

function textOf(nodes: readonly SafeNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : textOf(n.children))).join(' ');
}
