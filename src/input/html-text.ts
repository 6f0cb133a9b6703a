// Turns a DOM subtree into plain paragraphs: one per block element, whitespace collapsed, no code or navigation.

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose text is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'nav', 'form', 'button', 'select', 'textarea', 'title', 'head']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The paragraphs of a subtree, in document order. Walks with an explicit stack, so depth
 * cannot overflow the call stack; a `<br>` is a space.
 * @example paragraphsOf(parseHTML('<html><body><p>One &amp;\n two</p><ul><li>Three</li></ul></body></html>').document.body)
 * // ['One & two', 'Three']
 */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const stack: (Node | null)[] = [root]; // null marks the end of a block
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) current += node.nodeValue ?? '';
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'br') current += ' ';
    if (BLOCKS.has(name)) {
      flush();
      stack.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  return paragraphs;
}
