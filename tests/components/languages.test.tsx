// @vitest-environment happy-dom
// The panel in Polish and the library in German, drawn by the same components as in English: the
// words, plural forms and dates a Polish or German reader sees, no English left anywhere a reader
// sees or hears (text, aria-label, title, placeholder), and no axe violations.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { Panel } from '../../components/panel';
import { quoteItems, starredItems } from '../../lib/library/items';
import { browserMessages, renderT, type Lang } from '../helpers/i18n';
import { sampleSnapshot } from '../unit/export/sample';
import { appProps } from './library/helpers';
import { axeViolations } from './panel/axe';
import { props } from './panel/panel-props';

afterEach(cleanup);

/**
 * English messages that a `lang` reader must never meet: those whose text differs in `lang` and is
 * a phrase (brand names, key names and "Filter"-like words shared by both are fine).
 */
function englishOnly(lang: Lang): Set<string> {
  const own = browserMessages(lang);
  const english = [...browserMessages('en')].filter(([key, text]) => own.get(key) !== text && /\p{L}{3,}/u.test(text) && !text.includes('{'));
  return new Set(english.map(([, text]) => text));
}

/** Every text node and every attribute a reader sees or hears, under `root`. */
function seen(root: Element): string[] {
  const out: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) out.push(n.textContent.trim());
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(name);
      if (v) out.push(v);
    }
  }
  return out;
}

describe('the panel in Polish', () => {
  it('speaks Polish, with the plural forms of each number', () => {
    const { container } = renderT(
      <Panel {...props({ shown: 3, total: 42, filtering: true, selected: new Set(['Anna Keller']), repeats: { found: 5, collapsed: 5, showing: false }})} />,
      'pl',
    );
    const panel = screen.getByRole('complementary', { name: 'Liveblog Lens' });
    // Marked as Polish, so a screen reader reads it with a Polish voice whatever the page's language.
    expect(panel.getAttribute('lang')).toBe('pl');
    expect(screen.getByRole('status').textContent).toBe('Pokazano 3 z 42 wpisów');
    expect(within(panel).getByRole('heading', { name: 'Osoby' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Anna Keller, 3 wpisy' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Tomasz Wierzba, 1 wpis' })).toBeTruthy();
    expect(within(panel).getByText('Zwinięto 5 powtórzonych wpisów.')).toBeTruthy();
    expect(within(panel).getByRole('switch', { name: 'Pokaż powtórzenia' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Zamknij panel' }).getAttribute('title')).toBe('Zamknij (Esc)');
    const english = englishOnly('pl');
    expect(seen(container).filter((s) => english.has(s))).toEqual([]);
  });

  it('has no axe violations in Polish', async () => {
    const { container } = renderT(<Panel {...props({ speakers: Array.from({ length: 12 }, (_, i) => ({ name: `Osoba ${i}`, entries: i + 1 })) })} />, 'pl');
    expect(screen.getByRole('searchbox', { name: 'Filtruj osoby po nazwisku' }).getAttribute('placeholder')).toBe('Filtruj osoby');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the library in German', () => {
  const items = () => quoteItems(sampleSnapshot());

  it('speaks German: lists, counts, filters, actions and dates as Germans write them', () => {
    const { container } = renderT(<LibraryApp {...appProps(items())} />, 'de');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Liveblog-Lens-Bibliothek');
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('6 Zitate');
    expect(screen.getByRole('button', { name: 'Zitate (6)' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Suchen' }).getAttribute('placeholder')).toBe('Wörter in Zitaten, Personen, Titel der Live-Ticker');
    expect(within(screen.getByRole('combobox', { name: 'Person' })).getByRole('option', { name: 'Alle Personen (6)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Keine Person (1)' })).toBeTruthy();
    const reeves = screen.getAllByRole('listitem').find((r) => r.textContent!.includes('Growth is up'))!;
    // The entry's time (13:30 UTC, the props' zone) as a German reader writes a date.
    expect(reeves.textContent).toContain('02.01.2024, 13:30');
    expect(within(reeves).getByRole('button', { name: /^Zitat löschen: Growth is up/ }).textContent).toBe('Löschen');
    expect(within(reeves).getByRole('link', { name: /^Eintrag öffnen: / })).toBeTruthy();
    const english = englishOnly('de');
    expect(seen(container).filter((s) => english.has(s))).toEqual([]);
  });

  it('counts a selection and names bulk actions in German, starred entries included', () => {
    renderT(<LibraryApp {...appProps(starredItems(sampleSnapshot()), { view: 'starred', selected: new Set(['x', 'y']) })} />, 'de');
    expect(screen.getByText('2 ausgewählt')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stern der ausgewählten entfernen' })).toBeTruthy();
    fireEvent.click(screen.getByText('Export / Import'));
    expect(screen.getByRole('radio', { name: 'Alles (Zitate und markierte Einträge) (2)' })).toBeTruthy();
  });

  it('has no axe violations in German', async () => {
    const { container } = renderT(<LibraryApp {...appProps(items())} />, 'de');
    expect(await axeViolations(container)).toEqual([]);
  });
});
