// The de speaker lexicon, injected by the background into a live blog's frame only when the blog
// is in this language; it hands its data to the reader through the isolated world.
import { registerLexicon } from '@/lib/lang/registry';
import { de } from '@/lib/speakers/lexicons/de';

export default defineUnlistedScript(() => registerLexicon(globalThis, de));
