import { annotateAll, type Annotations } from './annotate';
import { detect } from './detect/index';
import { extractEntries } from './entries/index';
import { pageTitle } from './page';
import { blogLanguage, entrySample } from './lang/detect';
import { lexiconFor } from './speakers/lexicons/index';
import type { Detection, Entry, EntryReport, PageReport } from './types';

/** What the pipeline found on one page. */
export interface Analysis {
  detection: Detection;
  title: string;
  entries: Entry[];
  /** Repeats and speakers of the entries (empty for a page that is not a live blog). */
  annotations: Annotations;
}

/**
 * Runs the whole pipeline on a document: detect, and on live blogs only, extract the entries.
 * Pure: the same call serves the content script, the analyser and the tests.
 */
export function analyzeDocument(doc: Document, url: string): Analysis {
  const detection = detect(doc, url);
  const title = pageTitle(doc);
  if (!detection.isLiveBlog) return { detection, title, entries: [], annotations: { byElement: new Map(), speakers: [], related: [] } };
  const entries = extractEntries(doc, url, detection);
  const lexicon = lexiconFor(blogLanguage(doc, entrySample(entries)));
  return { detection, title, entries, annotations: annotateAll(entries, { lexicon }) };
}

/** The public JSON contract of `npm run analyze` for an analysis. */
export function toReport(analysis: Analysis): PageReport {
  const notes = analysis.annotations.byElement;
  const entries: EntryReport[] = analysis.entries.map((e) => ({
    id: e.id,
    time: e.time,
    title: e.title,
    text: e.text,
    author: e.author,
    permalink: e.permalink,
    pinned: e.pinned,
    keyEvent: e.keyEvent,
    duplicateOf: notes.get(e.element)?.duplicateOf ?? null,
    speakers: notes.get(e.element)?.speakers ?? [],
  }));
  return {
    isLiveBlog: analysis.detection.isLiveBlog,
    site: analysis.detection.site,
    title: analysis.title,
    entries,
    related: analysis.annotations.related,
    speakers: analysis.annotations.speakers,
  };
}
