// The house rules, checked on the code itself (as refined-github does): small files, each saying
// what it is for; no HTML sinks anywhere page text could reach; lib/ free of browser globals and
// components/ free of the extension APIs (imports are checked by `npm run lint`); and every
// `data-lbl-*` name declared once, in lib/page-contract.ts. A failure names the file and line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ATTR } from '../../lib/page-contract';
import { ROOT_DIR } from '../helpers/fixtures';

/** Source files git knows (so a scratch file does not fail the run), without fixtures' data. */
const FILES = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'entrypoints', 'components', 'lib', 'tools', 'tests'], {
  cwd: ROOT_DIR,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('/fixtures/') && !f.endsWith('.d.ts'));
const SHIPPED = FILES.filter((f) => /^(entrypoints|components|lib)\//.test(f));
const text = (file: string) => readFileSync(ROOT_DIR + file, 'utf8');
const parsed = new Map<string, ts.SourceFile>();
const source = (file: string) => {
  let sf = parsed.get(file);
  if (!sf) parsed.set(file, (sf = ts.createSourceFile(file, text(file), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)));
  return sf;
};
const where = (sf: ts.SourceFile, node: ts.Node) => `${sf.fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

function visit(sf: ts.SourceFile, fn: (node: ts.Node) => void): void {
  const walk = (node: ts.Node) => {
    fn(node);
    ts.forEachChild(node, walk);
  };
  walk(sf);
}

/** Every name a file declares anywhere (variables, parameters, functions, classes, imports). */
function declaredNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  visit(sf, (node) => {
    const name = (node as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name) && (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isImportSpecifier(node) || ts.isBindingElement(node))) {
      names.add(name.text);
    }
    if (ts.isImportClause(node) && node.name) names.add(node.name.text);
    if (ts.isNamespaceImport(node)) names.add(node.name.text);
  });
  return names;
}

/** Identifiers used as values of the global scope: not a property name, not a declaration, not a type. */
function freeUses(sf: ts.SourceFile, names: ReadonlySet<string>): string[] {
  const declared = declaredNames(sf);
  const found: string[] = [];
  visit(sf, (node) => {
    if (!ts.isIdentifier(node) || !names.has(node.text) || declared.has(node.text)) return;
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return;
    if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node) return;
    if (ts.isTypeReferenceNode(parent) || ts.isTypeQueryNode(parent) || ts.isQualifiedName(parent) || ts.isJsxAttribute(parent)) return;
    found.push(`${where(sf, node)} uses ${node.text}`);
  });
  return found;
}

describe('house rules', () => {
  it('finds the code it checks (so an empty list cannot pass)', () => {
    expect(SHIPPED.length).toBeGreaterThan(100);
    expect(SHIPPED).toContain('lib/page-contract.ts');
  });

  it('keeps every file under 300 lines', () => {
    const lines = (f: string) => text(f).replace(/\n$/, '').split('\n').length;
    const long = FILES.map((f) => [f, lines(f)] as const).filter(([, n]) => n >= 300);
    expect(long.map(([f, n]) => `${f}: ${n} lines`)).toEqual([]);
  });

  it('opens every code file (not test files) with a comment: a file header, or its first export’s doc comment', () => {
    const exported = (s: ts.Statement) =>
      !ts.isExportDeclaration(s) && (ts.getCombinedModifierFlags(s as unknown as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
    const bare = FILES.filter((f) => !/\.test\.tsx?$/.test(f)).filter((file) => {
      const sf = source(file);
      if (ts.getLeadingCommentRanges(sf.text, 0)?.length) return false;
      const first = sf.statements.find(exported);
      return !first || !ts.getLeadingCommentRanges(sf.text, first.getFullStart())?.length;
    });
    expect(bare).toEqual([]);
  });

  it('never writes HTML from strings: no innerHTML-style sink in shipped code', () => {
    const SINKS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'dangerouslySetInnerHTML', 'srcdoc', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe']);
    const found: string[] = [];
    for (const file of SHIPPED) {
      const sf = source(file);
      visit(sf, (node) => {
        if (ts.isIdentifier(node) && SINKS.has(node.text)) found.push(`${where(sf, node)}: ${node.text}`);
        if (ts.isPropertyAccessExpression(node) && /^write(ln)?$/.test(node.name.text) && node.expression.getText(sf) === 'document') {
          found.push(`${where(sf, node)}: document.${node.name.text}`);
        }
        if (ts.isIdentifier(node) && node.text === 'eval' && ts.isCallExpression(node.parent)) found.push(`${where(sf, node)}: eval`);
      });
    }
    expect(found).toEqual([]);
  });

  it('keeps lib/ free of browser globals (it takes a Document, text or a db)', () => {
    const GLOBALS = new Set([
      'document', 'window', 'location', 'navigator', 'history', 'localStorage', 'sessionStorage', 'indexedDB', 'browser', 'chrome',
      'fetch', 'XMLHttpRequest', 'IntersectionObserver', 'MutationObserver', 'requestAnimationFrame', 'getComputedStyle', 'getSelection',
      'defineContentScript', 'defineBackground', 'defineUnlistedScript', 'storage',
    ]);
    const found = SHIPPED.filter((f) => f.startsWith('lib/')).flatMap((f) => freeUses(source(f), GLOBALS));
    expect(found).toEqual([]);
  });

  it('keeps components/ presentational: no extension API, no storage', () => {
    // `i18n` is WXT's auto-import of @wxt-dev/i18n: components get words through useT() (components/i18n.tsx).
    const GLOBALS = new Set(['browser', 'chrome', 'indexedDB', 'localStorage', 'sessionStorage', 'fetch', 'storage', 'i18n']);
    const found = SHIPPED.filter((f) => f.startsWith('components/')).flatMap((f) => freeUses(source(f), GLOBALS));
    expect(found).toEqual([]);
  });

  it('declares every data-lbl-* name in the page contract, and spells none out in reader or lib code', () => {
    const declared = new Set<string>(Object.values(ATTR));
    const undeclared = FILES.flatMap((f) =>
      [...text(f).matchAll(/data-lbl-[a-z][a-z-]*[a-z]/g)].filter((m) => !declared.has(m[0])).map((m) => `${f}: ${m[0]}`),
    );
    expect(undeclared).toEqual([]);
    // In strings, the names come from the contract; components may write them as JSX attribute names.
    const spelled: string[] = [];
    for (const file of SHIPPED.filter((f) => f !== 'lib/page-contract.ts')) {
      const sf = source(file);
      visit(sf, (node) => {
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && node.text.includes('data-lbl-')) {
          spelled.push(`${where(sf, node)}: ${node.text.slice(0, 60)}`);
        }
      });
    }
    expect(spelled).toEqual([]);
  });

  it('catches what it is for (each rule on a planted bad file)', () => {
    const bad = ts.createSourceFile('lib/bad.ts', 'export const f = (el: Element) => { el.innerHTML = location.href; return document.title; };', ts.ScriptTarget.Latest, true);
    expect(freeUses(bad, new Set(['location', 'document']))).toEqual(['lib/bad.ts:1 uses location', 'lib/bad.ts:1 uses document']);
    const shadowed = ts.createSourceFile('lib/ok.ts', 'export function f(document: Document) { return document.title; }', ts.ScriptTarget.Latest, true);
    expect(freeUses(shadowed, new Set(['document']))).toEqual([]);
  });
});
