// The whole blog in the view: entries from the open page (over the port), from the blog's other
// pages (fetched HTML, parsed here into inert documents) and live ones, merged by id
// (lib/reader-view/blog.ts) and annotated together by the same pipeline as the page
// (lib/annotate.ts: repeats across pages, speakers counted over the whole blog). Entry elements
// are kept in one inert document of their own, so a page's document goes once it is read; each
// entry is cleaned (lib/reader-view/clean.ts) the first time it is drawn, and kept as a safe tree.
import { type Annotation, createAnnotator } from '@/lib/annotate';
import { ATTR } from '@/lib/page-contract';
import { type BlogEntry, mergeEntries } from '@/lib/reader-view/blog';
import { cleanEntry, type CleaningMode } from '@/lib/reader-view/clean';
import type { BlogInfo, WireEntry } from '@/lib/reader-view/port';
import { furnitureOf, readBlogPage } from '@/lib/reader-view/read-page';
import type { SafeNode } from '@/lib/reader-view/safe-tree';
import type { LexiconData } from '@/lib/speakers/lang';
import type { Entry, SpeakerCount } from '@/lib/types';

const NO_ANNOTATION: Annotation = { duplicateOf: null, related: [], speakers: [], quotes: [] };

/** The blog's entries and what the pipeline found in them. */
export interface BlogModel {
  readonly info: BlogInfo;
  entries(): ReadonlyMap<string, BlogEntry>;
  annotation(id: string): Annotation;
  speakers(): readonly SpeakerCount[];
  /**
   * Entries from the port: the open page's (from their place `from` on it), or live ones;
   * returns those not known before.
   */
  addWire(entries: readonly WireEntry[], live: boolean, from?: number): BlogEntry[];
  /** Another page's HTML: its new entries and its links to other pages. */
  addPage(html: string, url: string): { added: BlogEntry[]; links: string[] };
  /** An entry's cleaned content (cleaned once, when first asked for). */
  content(id: string): readonly SafeNode[];
  /** Pages read so far (the open page is 0). */
  readonly pages: number;
}

/** Options of `createBlogModel` (the bench compares the cleaning modes). */
export interface BlogModelOptions {
  cleaning?: CleaningMode;
  /** Called with each entry's cleaning time, in ms. */
  onCleaned?(ms: number): void;
}

/** A model for the blog `info`, reading speakers with `lexicon` (null: none). */
export function createBlogModel(info: BlogInfo, lexicon: LexiconData | null, options: BlogModelOptions = {}): BlogModel {
  const store = document.implementation.createHTMLDocument('');
  const parser = new DOMParser();
  const annotator = createAnnotator<Element>({ lexicon });
  const furniture = furnitureOf(info, `[${ATTR.ui}]`);
  let merged = new Map<string, BlogEntry>();
  let byElement = new Map<Element, Annotation>();
  let speakers: SpeakerCount[] = [];
  const cleaned = new Map<string, readonly SafeNode[]>();
  let pages = 0;
  let live = 0;

  /** Moves an element into the model's own inert document (its page's document can then go). */
  const keep = (el: Element) => store.adoptNode(el);

  const add = (items: BlogEntry[]): BlogEntry[] => {
    const result = mergeEntries(merged, items);
    merged = result.merged;
    if (result.added.length) {
      // The annotator answers only the entries whose annotation it set or changed (issue 12).
      const update = annotator.add(result.added.map(({ entry: { element, ...data } }) => [element, data] as const));
      for (const [el, note] of update.changed) byElement.set(el, note);
      speakers = update.speakers;
    }
    return result.added;
  };

  const fromWire = (wire: WireEntry): Entry | null => {
    const { html, ...data } = wire;
    // A template parses any element (a table row too) and runs nothing: the document is inert.
    const doc = parser.parseFromString(`<template>${html}</template>`, 'text/html');
    const el = doc.querySelector('template')?.content.firstElementChild;
    return el ? { ...data, element: keep(el) } : null;
  };

  return {
    info,
    entries: () => merged,
    annotation: (id) => {
      const item = merged.get(id);
      return (item && byElement.get(item.entry.element)) ?? NO_ANNOTATION;
    },
    speakers: () => speakers,
    get pages() {
      return pages;
    },
    addWire(wires, isLive, from = 0) {
      const items: BlogEntry[] = [];
      wires.forEach((wire, index) => {
        const entry = fromWire(wire);
        // Live entries go before the page's first (the site's newest-first order; time decides anyway).
        if (entry) items.push({ entry, page: 0, index: isLive ? -1 - live++ : from + index, base: info.url, pinned: entry.pinned });
      });
      return add(items);
    },
    addPage(html, url) {
      const doc = parser.parseFromString(html, 'text/html');
      const page = ++pages;
      const { entries, links } = readBlogPage(doc, url, info, new Set(merged.keys()));
      const items = entries.map((entry, index) => ({ entry: { ...entry, element: keep(entry.element) }, page, index, base: url, pinned: entry.pinned }));
      return { added: add(items), links };
    },
    content(id) {
      const done = cleaned.get(id);
      if (done) return done;
      const item = merged.get(id);
      if (!item) return [];
      const start = performance.now();
      const nodes = cleanEntry(item.entry.element, {
        base: item.base,
        furniture,
        title: item.entry.title,
        timeLabel: item.entry.timeLabel,
        mode: options.cleaning,
        text: item.entry.text,
        paragraphs: item.entry.paragraphs,
      });
      options.onCleaned?.(performance.now() - start);
      cleaned.set(id, nodes);
      return nodes;
    },
  };
}
