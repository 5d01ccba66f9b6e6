// @vitest-environment happy-dom
// Only the reader acts for the reader (issue 14, finding 6): on our hosts and roots, a page
// script's click, key or submit reaches none of our handlers and does nothing by default (no
// "Save" of a quote by "Fabricated Person" through the open root), while the reader's own do.
import { afterEach, describe, expect, it } from 'vitest';
import { acceptOnlyTrusted } from '../../../../entrypoints/reader.content/dom/trusted';
import { readerClick, trusted } from '../../../helpers/trusted';

afterEach(() => {
  document.body.innerHTML = '';
});

function saveForm() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const form = document.createElement('form');
  const speaker = document.createElement('input');
  const save = document.createElement('button');
  save.type = 'submit';
  form.append(speaker, save);
  root.append(form);
  const saved: string[] = [];
  form.addEventListener('submit', (e) => (e.preventDefault(), saved.push(speaker.value)));
  save.addEventListener('click', () => saved.push(`click:${speaker.value}`));
  const stop = new AbortController();
  acceptOnlyTrusted([host, root], stop.signal);
  return { host, root, form, speaker, save, saved, stop };
}

describe('acceptOnlyTrusted', () => {
  it('ignores what a page script does through an open root: click, submit, typed keys', () => {
    const { form, speaker, save, saved } = saveForm();
    speaker.value = 'Fabricated Person';
    save.click();
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    speaker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(saved).toEqual([]);
  });

  it('lets the reader act, and stops guarding when the reader stops', () => {
    const { form, speaker, save, saved, stop } = saveForm();
    speaker.value = 'Mara Quist';
    readerClick(save);
    form.dispatchEvent(trusted(new Event('submit', { bubbles: true, cancelable: true })));
    expect(saved).toContain('click:Mara Quist');
    expect(saved).toContain('Mara Quist');
    stop.abort();
    saved.length = 0;
    save.click();
    expect(saved).toEqual(['click:Mara Quist', 'Mara Quist']); // the click, then the form it submits
  });
});
