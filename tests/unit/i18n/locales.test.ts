// The six locale files against English: the same keys (plurals with the forms each language
// needs), the same {placeholders}, keys the browser can tell apart, and what the stores read (the
// manifest's name and description) within their limits and as store/listing.md says it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { pluralForms } from '../../../components/i18n';
import config from '../../../wxt.config';
import { ROOT_DIR } from '../../helpers/fixtures';
import { LANGS, localeText } from '../../helpers/i18n';

const FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A locale file as dotted key -> message (the browser's own "@@" messages left out). */
function messages(lang: string): Map<string, string> {
  const parsed = parseMessagesText(localeText(lang), 'YAML') as Array<{ key: string[]; message?: string }>;
  return new Map(parsed.filter((m) => !m.key[0]!.startsWith('@@')).map((m) => [m.key.join('.'), m.message ?? '']));
}

/** Simple keys, and plurals as base -> forms present. */
function shape(all: Map<string, string>) {
  const simple = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of all.keys()) {
    const form = key.slice(key.lastIndexOf('.') + 1);
    if (FORMS.has(form)) {
      const base = key.slice(0, key.lastIndexOf('.'));
      plurals.set(base, (plurals.get(base) ?? new Set()).add(form));
    } else simple.add(key);
  }
  return { simple, plurals };
}

const formsOf = new Map<string, string[]>();
/** pluralForms, once per language. */
const forms = (lang: string) => formsOf.get(lang) ?? formsOf.set(lang, pluralForms(lang)).get(lang)!;
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!))].sort();
const EN = messages('en');
const EN_SHAPE = shape(EN);
const OTHERS = LANGS.filter((l) => l !== 'en');

describe('locale files', () => {
  it('English has the sections by area, plurals and placeholders (so the checks below check something)', () => {
    const sections = new Set([...EN.keys()].map((k) => k.split('.')[0]));
    expect([...sections]).toEqual(['manifest', 'common', 'panel', 'entry', 'saveQuote', 'library', 'background', 'popup', 'options', 'readerView']);
    expect(EN_SHAPE.simple.size).toBeGreaterThan(150);
    expect(EN_SHAPE.plurals.size).toBeGreaterThan(20);
    expect(placeholders(EN.get('panel.counts.some.other')!)).toEqual(['count', 'shown']);
  });

  it.each(OTHERS)('%s has exactly the keys of en (no key missing, none extra)', (lang) => {
    const { simple, plurals } = shape(messages(lang));
    expect({ missing: [...EN_SHAPE.simple].filter((k) => !simple.has(k)), extra: [...simple].filter((k) => !EN_SHAPE.simple.has(k)) }).toEqual({ missing: [], extra: [] });
    expect([...plurals.keys()].sort()).toEqual([...EN_SHAPE.plurals.keys()].sort());
  });

  it.each(LANGS)('%s: every plural has exactly the forms its language uses (CLDR: Polish one, few, many, other)', (lang) => {
    const want = [...forms(lang)].sort();
    const wrong = [...shape(messages(lang)).plurals].filter(([, forms]) => [...forms].sort().join() !== want.join());
    expect(wrong.map(([base, forms]) => `${base}: ${[...forms].join('/')}, wants ${want.join('/')}`)).toEqual([]);
    if (lang === 'pl') expect(want).toEqual(['few', 'many', 'one', 'other']);
  });

  it.each(OTHERS)('%s keeps the {placeholders} of every en message', (lang) => {
    const own = messages(lang);
    const differ: string[] = [];
    for (const [key, text] of EN) {
      const form = key.slice(key.lastIndexOf('.') + 1);
      if (FORMS.has(form)) continue;
      if (placeholders(own.get(key) ?? '').join() !== placeholders(text).join()) differ.push(`${key}: ${own.get(key)}`);
    }
    // A plural's "other" form names every placeholder; the other forms use no others (a "one" may say "the only entry").
    for (const base of EN_SHAPE.plurals.keys()) {
      const want = placeholders(EN.get(`${base}.other`)!);
      if (placeholders(own.get(`${base}.other`) ?? '').join() !== want.join()) differ.push(`${base}.other`);
      for (const f of forms(lang)) if (placeholders(own.get(`${base}.${f}`) ?? '').some((p) => !want.includes(p))) differ.push(`${base}.${f}`);
    }
    expect(differ).toEqual([]);
  });

  it.each(OTHERS)('%s leaves nothing in English (a message equal to en uses only words both languages share)', (lang) => {
    // The brand, key names, and words these languages write as English does ("panel", "Site", "Note",
    // German and Spanish "Sepia", French "page"); "Aa" is the type-settings sign, no word.
    const SHARED = new Set(['Liveblog', 'Lens', 'Alt', 'Shift', 'Esc', 'panel', 'Site', 'Note', 'Sepia', 'page', 'pages', 'Aa']);
    const own = messages(lang);
    const english = [...EN].filter(([key, text]) => own.get(key) === text);
    const untranslated = english.filter(([, text]) => (text.replace(/\{\w+\}/g, '').match(/\p{L}+/gu) ?? []).some((w) => !SHARED.has(w)));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it.each(LANGS)('%s: keys the browser tells apart, messages it reads as plain text, and its own language tag', (lang) => {
    const all = messages(lang);
    // The browser joins the path with "_" and ignores case: "a.bC" and "a_b.c" would be one message.
    const names = [...all.keys()].map((k) => k.replaceAll('.', '_').toLowerCase());
    expect(names.length - new Set(names).size).toBe(0);
    expect([...all.keys()].filter((k) => k.includes('_'))).toEqual([]);
    // "$" starts the browser's own placeholders; every message must be non-empty text.
    expect([...all].filter(([, m]) => m.includes('$') || m.trim() === '').map(([k]) => k)).toEqual([]);
    expect(all.get('common.lang')).toBe(lang);
  });

  it('declares everything the manifest names as __MSG_…__', async () => {
    const make = config.manifest as (env: object) => object;
    const manifest = JSON.stringify(await make({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' }));
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['manifest_name', 'manifest_description', 'manifest_actionTitle', 'manifest_commands_openLibrary']));
    const names = new Set([...EN.keys()].map((k) => k.replaceAll('.', '_')));
    expect(used.filter((u) => !names.has(u))).toEqual([]);
  });

  it.each(LANGS)('%s: the store name and description fit (45 and 132 characters) and match store/listing.md', (lang) => {
    const all = messages(lang);
    const listing = readFileSync(resolve(ROOT_DIR, 'store/listing.md'), 'utf8');
    const short = new Map([...listing.matchAll(/^- \*\*(\w\w)\*\*: (.+)$/gm)].map((m) => [m[1]!, m[2]!]));
    expect(all.get('manifest.name')!.length).toBeLessThanOrEqual(45);
    expect(all.get('manifest.description')!.length).toBeLessThanOrEqual(132);
    expect(all.get('manifest.description')).toBe(short.get(lang));
  });
});
