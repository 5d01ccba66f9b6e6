// Every word a reader sees comes from locales/*.yml through `t`: this fails when a component or an
// entrypoint renders a literal word (JSX text, or the text of aria-label, title, placeholder, alt,
// label), or hands one to a place readers see it (an announcement, a toolbar title, textContent,
// a menu item's title). Symbols ("×", "·", "/") are fine; a word needs a locale key.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../helpers/fixtures';

const FILES = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'components', 'entrypoints'], { cwd: ROOT_DIR, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));

/** Attributes whose text a reader sees or hears. */
const SEEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Calls and properties that put text in front of the reader. */
const SEEN_CALLS = new Set(['announce', 'setTitle', 'alert', 'confirm']);
const SEEN_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel']);
const WORD = /\p{L}{2,}/u;

/** String pieces an expression evaluates to directly (through ?:, &&, ||, ??, +, parentheses and templates), not through calls. */
function literals(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.flatMap((s) => [s.literal, ...literals(s.expression)])];
  if (ts.isParenthesizedExpression(node)) return literals(node.expression);
  if (ts.isConditionalExpression(node)) return [...literals(node.whenTrue), ...literals(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    return [...literals(node.left), ...literals(node.right)];
  }
  if (ts.isJsxExpression(node) && node.expression) return literals(node.expression);
  return [];
}
const textOf = (node: ts.Node) => (ts.isJsxText(node) ? node.text : (node as ts.LiteralLikeNode).text);

/** Each literal word a reader would see in `sf`, as "file:line: text". */
export function literalWords(sf: ts.SourceFile): string[] {
  const found: string[] = [];
  const flag = (node: ts.Node) => {
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    if (WORD.test(text)) found.push(`${sf.fileName}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${text.slice(0, 60)}`);
  };
  const walk = (node: ts.Node) => {
    if (ts.isJsxText(node)) flag(node);
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) literals(node).forEach(flag);
    else if (ts.isJsxAttribute(node) && SEEN_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) literals(node.initializer).forEach(flag);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (SEEN_CALLS.has(name)) node.arguments.forEach((a) => literals(a).forEach(flag));
      if (name === 'setAttribute' && node.arguments[0] && ts.isStringLiteral(node.arguments[0]) && SEEN_ATTRIBUTES.has(node.arguments[0].text) && node.arguments[1]) literals(node.arguments[1]).forEach(flag);
      // A menu item's or notification's title: `contextMenus.create({ title: '…' })`.
      if (name === 'create' || name === 'update') {
        for (const arg of node.arguments) {
          if (!ts.isObjectLiteralExpression(arg)) continue;
          for (const p of arg.properties) if (ts.isPropertyAssignment(p) && ['title', 'message'].includes(p.name.getText(sf))) literals(p.initializer).forEach(flag);
        }
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SEEN_PROPERTIES.has(node.left.name.text)) {
      literals(node.right).forEach(flag);
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  return found;
}

const parse = (name: string, code: string) => ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

describe('no literal words in the interface', () => {
  it('looks at the components and entrypoints (so an empty list cannot pass)', () => {
    expect(FILES.filter((f) => f.startsWith('components/')).length).toBeGreaterThan(25);
    expect(FILES).toContain('entrypoints/reader.content/features/panel.tsx');
  });

  it('finds none in components/ and entrypoints/', () => {
    const found = FILES.flatMap((f) => literalWords(parse(f, readFileSync(ROOT_DIR + f, 'utf8'))));
    expect(found).toEqual([]);
  });

  it('components take words from useT(), never from @wxt-dev/i18n itself (only its key types)', () => {
    const direct = FILES.filter((f) => f.startsWith('components/')).flatMap((f) => {
      const sf = parse(f, readFileSync(ROOT_DIR + f, 'utf8'));
      return sf.statements
        .filter((s): s is ts.ImportDeclaration => ts.isImportDeclaration(s) && /^(#i18n|@wxt-dev\/i18n)/.test((s.moduleSpecifier as ts.StringLiteral).text))
        .filter((s) => !s.importClause?.isTypeOnly)
        .map((s) => `${f}: ${s.getText(sf)}`);
    });
    expect(direct).toEqual([]);
  });

  it('catches each kind of literal word (rules checked on planted code)', () => {
    const planted = parse(
      'components/Bad.tsx',
      `export const Bad = ({ open, n }: { open: boolean; n: number }) => (
        <p aria-label="Close panel" title={open ? 'Hide' : t('ok')}>
          Showing all
          {n === 1 ? '1 entry' : \`\${n} entries\`}
          <b>{t('fine')} · ×</b>
        </p>
      );
      layer.announce('Entry starred');
      tab.textContent = 'Lens';
      tab.setAttribute('aria-label', \`Open the panel\`);
      browser.contextMenus.create({ id: 'x', title: 'Open library' });`,
    );
    expect(literalWords(planted).map((f) => f.replace(/^.*?: /, ''))).toEqual([
      'Close panel', 'Hide', 'Showing all', '1 entry', 'entries', 'Entry starred', 'Lens', 'Open the panel', 'Open library',
    ]);
  });
});
