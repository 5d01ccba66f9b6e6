import { detect } from './detect/index';
import { extractEntries } from './entries/index';
import { pageTitle } from './page';
import type { Detection, Entry, EntryReport, PageReport } from './types';

/** What the pipeline found on one page. */
export interface Analysis {
  detection: Detection;
  title: string;
  entries: Entry[];
}

/**
 * Runs the whole pipeline on a document: detect, and on live blogs only, extract the entries.
 * Pure: the same call serves the content script, the analyser and the tests.
 */
export function analyzeDocument(doc: Document, url: string): Analysis {
  const detection = detect(doc, url);
  if (!detection.isLiveBlog) return { detection, title: pageTitle(doc), entries: [] };
  return { detection, title: pageTitle(doc), entries: extractEntries(doc, url, detection) };
}

/** The public JSON contract of `npm run analyze` for an analysis. */
export function toReport(analysis: Analysis): PageReport {
  const entries: EntryReport[] = analysis.entries.map((e) => ({
    id: e.id,
    time: e.time,
    title: e.title,
    text: e.text,
    author: e.author,
    permalink: e.permalink,
    pinned: e.pinned,
    keyEvent: e.keyEvent,
    duplicateOf: null,
    speakers: [],
  }));
  return {
    isLiveBlog: analysis.detection.isLiveBlog,
    site: analysis.detection.site,
    title: analysis.title,
    entries,
    speakers: [],
  };
}
