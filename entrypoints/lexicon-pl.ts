// The pl speaker lexicon, injected by the background into a live blog's frame only when the blog
// is in this language; it hands its data to the reader through the isolated world.
import { registerLexicon } from '@/lib/lang/registry';
import { pl } from '@/lib/speakers/lexicons/pl';

export default defineUnlistedScript(() => registerLexicon(globalThis, pl));
