// An ESLint rule: user-visible text in components goes through the message catalogs
// (src/i18n), never as a literal. It reports JSX text with letters in it, string literals in
// the attributes a user reads or hears (aria-label, title, alt, placeholder, …), and
// sentence-like string literals anywhere else in a file (a table of error messages, say).
// Brand names may stand alone: they are not translated.

const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);
const LETTER = /\p{L}/u;
// "Two words, the first capitalised": prose, not a class name, a key or a path.
const SENTENCE = /^\s*\p{Lu}[\p{L}'’]*[,.:;!?]?\s+[\p{L}\d]/u;

/** @param {string} text @param {readonly string[]} allowed */
function isAllowed(text, allowed) {
  let rest = text;
  for (const word of allowed) rest = rest.split(word).join(' ');
  return !LETTER.test(rest);
}

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text comes from the message catalogs (src/i18n), not literals.' },
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } } }],
    messages: {
      text: 'User-visible text "{{text}}": put it in a messages.ts (defineMessages) and show it with t() or <T>.',
    },
  },
  create(context) {
    const allowed = /** @type {{ allow?: string[] }} */ (context.options[0] ?? {}).allow ?? [];
    /** @param {import('estree').Node} node @param {string} text */
    const report = (node, text) => {
      if (!isAllowed(text, allowed))
        context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
    };
    /** Whether a string literal is code, not text: an import, a key, a comparison, an error for developers. */
    const isCode = (/** @type {any} */ node) => {
      const parent = node.parent;
      if (!parent) return true;
      if (
        ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(
          parent.type,
        )
      )
        return true;
      if (parent.type === 'Property' && parent.key === node) return true;
      if (parent.type === 'BinaryExpression' || parent.type === 'SwitchCase') return true;
      if (parent.type === 'TSLiteralType') return true;
      if (parent.type === 'NewExpression' || parent.type === 'CallExpression') {
        const callee = parent.callee;
        const name =
          callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? callee.object?.name : '';
        if (/Error$/.test(name ?? '') || name === 'console') return true;
        // defineMessages('namespace', { key: 'English' }) is where text belongs.
        if (callee.type === 'Identifier' && callee.name === 'defineMessages') return true;
      }
      return false;
    };
    return {
      JSXText(node) {
        report(node, node.value);
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
        if (!VISIBLE_ATTRIBUTES.has(name) || !node.value) return;
        const value = node.value;
        if (value.type === 'Literal' && typeof value.value === 'string') report(value, value.value);
        if (value.type === 'JSXExpressionContainer') {
          const expression = value.expression;
          if (expression.type === 'Literal' && typeof expression.value === 'string')
            report(expression, expression.value);
          if (expression.type === 'TemplateLiteral')
            report(expression, expression.quasis.map((q) => q.value.cooked).join(''));
        }
      },
      Literal(node) {
        if (typeof node.value !== 'string' || !SENTENCE.test(node.value)) return;
        const parent = /** @type {any} */ (node).parent;
        if (parent?.type === 'JSXAttribute' || isCode(node)) return;
        if (parent?.type === 'Property' && parent.parent?.parent?.type === 'CallExpression' && isCode(parent.parent))
          return;
        report(node, node.value);
      },
      TemplateLiteral(node) {
        const text = node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
        if (!SENTENCE.test(text) || isCode(node)) return;
        if (/** @type {any} */ (node).parent?.type === 'TaggedTemplateExpression') return;
        report(node, text);
      },
    };
  },
};
