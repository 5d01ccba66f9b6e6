// The fr speaker lexicon, injected by the background into a live blog's frame only when the blog
// is in this language; it hands its data to the reader through the isolated world.
import { registerLexicon } from '@/lib/lang/registry';
import { fr } from '@/lib/speakers/lexicons/fr';

export default defineUnlistedScript(() => registerLexicon(globalThis, fr));
