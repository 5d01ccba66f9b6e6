// @vitest-environment happy-dom
// The private-window setting on the library page: off by default, a change is saved, and a
// failed save puts the box back.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrivacySetting } from '../../../components/library/PrivacySetting';
import { LibraryContainer } from '../../../entrypoints/library/App';
import { backgroundFor } from '../../helpers/background';
import { emptyDb } from '../../unit/export/sample';
import { expectNoAxeViolations } from './helpers';
import { renderT } from '../../helpers/i18n';

afterEach(cleanup);

describe('private windows setting', () => {
  it('is a labelled checkbox that reports changes', async () => {
    const changes: boolean[] = [];
    const { container } = renderT(<PrivacySetting storeInPrivateWindows={false} onChange={(on) => changes.push(on)} />);
    const box = screen.getByRole('checkbox', { name: /private windows/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    expect(changes).toEqual([true]);
    await expectNoAxeViolations(container);
  });

  it('loads the stored choice in the library and saves a change; a failed save is undone', async () => {
    const saved: boolean[] = [];
    let fail = false;
    const store = {
      load: async () => false,
      save: async (on: boolean) => {
        if (fail) throw new Error('storage unavailable');
        saved.push(on);
      },
    };
    const db = await emptyDb();
    renderT(<LibraryContainer db={db} send={backgroundFor(db)} timeZone="UTC" privateWindows={store} />);
    const box = (await screen.findByRole('checkbox', { name: /private windows/ })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(saved).toEqual([true]));
    expect(box.checked).toBe(true);
    fail = true;
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect(saved).toEqual([true]);
  });
});
