// Page-facing stylesheets are written plainly and made important as they are injected.
import { describe, expect, it } from 'vitest';
import { important } from '../../../../entrypoints/reader.content/dom/important';

describe('important', () => {
  it('marks every declaration, nested at-rules included, and leaves marked ones alone', () => {
    const css = `a { color: red; margin: 0 } @media (min-width: 10px) { b:not(:hover) { order: 2; font: 12px/1 "Segoe UI", sans-serif } } c { top: 0 !important; }`;
    expect(important(css)).toBe(
      'a { color: red !important; margin: 0 !important; } @media (min-width: 10px) { b:not(:hover) { order: 2 !important; font: 12px/1 "Segoe UI", sans-serif !important; } } c { top: 0 !important; }',
    );
  });

  it('keeps empty rules empty and selectors untouched', () => {
    expect(important('[data-lbl-hidden] {}')).toBe('[data-lbl-hidden] {  }');
  });
});
