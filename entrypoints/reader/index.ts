import { analyzeDocument } from '@/lib/analyze';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const { entries } = analyzeDocument(document, location.href);
    for (const entry of entries) entry.element.setAttribute('data-lbl-entry', entry.id);
  },
});
