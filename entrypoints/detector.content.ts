// Runs on every page of the curated news sites, so it holds nothing but detection: on a page that
// is not a live blog it changes nothing, sets nothing and sends nothing.
import { detect } from '@/lib/detect/index';
import { newsMatchPatterns } from '@/lib/sites/news-domains';
import { MSG_INJECT_READER } from '@/lib/messages';

export default defineContentScript({
  matches: newsMatchPatterns(),
  runAt: 'document_idle',
  main() {
    const start = import.meta.env.LBL_PERF ? performance.now() : 0;
    const detection = detect(document, location.href);
    if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:detect', { start });
    if (!detection.isLiveBlog) return;
    void browser.runtime.sendMessage({ type: MSG_INJECT_READER, detection });
  },
});
