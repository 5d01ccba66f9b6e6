// The whole pipeline on a generic fixture or a page of HTML, with the kind of extractor it chose:
// what the format tests check (verdict, count, times, text).
import { analyzeDocument } from '../../../lib/analyze';
import { extractorFor } from '../../../lib/entries/index';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

export function analyzeHtml(html: string, url: string) {
  const doc = parseHtml(html);
  const analysis = analyzeDocument(doc, url);
  return { doc, ...analysis, kind: extractorFor(doc, url, analysis.detection)?.kind };
}

/** `analyzeHtml` on `tests/fixtures/generic/<name>`. */
export const analyzeFixture = (name: string, url: string) => analyzeHtml(fixture(`generic/${name}`), url);
