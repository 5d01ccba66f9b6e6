import { describe, expect, it } from 'vitest';
import { hasLiveTitle } from '../../../lib/detect/cues';

describe('hasLiveTitle', () => {
  it.each([
    'Storm Ellen LIVE: ferries cancelled',
    'The Latest: Storm knocks out power to thousands',
    'Harbour Town v River City - minute-by-minute',
    'Unwetter: Alle Entwicklungen im Liveticker',
    '+++ Unwetter im Süden +++',
    'EN DIRECT - Remaniement : suivez les annonces',
    'Le fil info du mardi 14 mai',
    'Israele - Hamas, la guerra in diretta',
    'Elecciones, en directo: última hora',
    'Relacja na żywo: Unia - Falubaz',
    'Coast Kings vs Hill Rangers: ball by ball commentary',
  ])('hears "live" in %s', (title) => expect(hasLiveTitle(title)).toBe(true));

  // A gate, not a verdict: "Where we live now" opens it too, and only costs the page a closer look.
  it.each(['Olive oil cake with lemon', 'Delivery drivers to strike', 'Directors of the year', 'Alive and well after rescue', 'Tickets on sale'])(
    'hears no "live" in %s',
    (title) => expect(hasLiveTitle(title)).toBe(false),
  );
});
