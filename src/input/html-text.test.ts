// Tests for turning a DOM subtree into paragraphs: blocks, whitespace, entities, skipped code and navigation, deep trees.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './html-text.js';

const bodyOf = (inner: string) => parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`).document.body;

describe('paragraphsOf', () => {
  it('makes one paragraph per block: p, li, headings, table cells', () => {
    const body = bodyOf('<h1>Talks resume</h1><p>The two <b>ministers</b> met.</p><ul><li>One</li><li>Two</li></ul><table><tr><td>A</td><td>B</td></tr></table>');
    expect(paragraphsOf(body)).toEqual(['Talks resume', 'The two ministers met.', 'One', 'Two', 'A', 'B']);
  });

  it('collapses whitespace, line breaks and no-break spaces inside a paragraph and decodes entities', () => {
    expect(paragraphsOf(bodyOf('<p>  Rubio&nbsp;and\n\n   Dar &amp; aides<br>met.  </p>'))).toEqual(['Rubio and Dar & aides met.']);
  });

  it('splits text that runs around a nested block', () => {
    expect(paragraphsOf(bodyOf('<div>Before<p>Inside</p>After</div>'))).toEqual(['Before', 'Inside', 'After']);
  });

  it('leaves out scripts, styles, navigation, forms and buttons', () => {
    const body = bodyOf('<nav>Home | World</nav><p>Talks</p><form><button>Subscribe</button></form><script>x()</script><style>p{}</style>');
    expect(paragraphsOf(body)).toEqual(['Talks']);
  });

  it('walks a tree 10,000 elements deep without overflowing the stack', () => {
    const body = bodyOf('<p>Top</p>');
    let node: Element = body;
    for (let i = 0; i < 10_000; i++) node = node.appendChild(body.ownerDocument.createElement('span'));
    node.appendChild(body.ownerDocument.createTextNode('Deep'));
    expect(paragraphsOf(body)).toEqual(['Top', 'Deep']);
  });
});
