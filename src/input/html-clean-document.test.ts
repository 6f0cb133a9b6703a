// Tests for building the cleaned document tag by tag: head and body, matched closes, capped depth and node counts.
import { describe, expect, it } from 'vitest';
import { CleanDocument, MAX_DEPTH } from './html-clean-document.js';
import { readTag } from './html-tag.js';

const tag = (html: string) => readTag(html, 0)!;

describe('CleanDocument', () => {
  it('writes clean tags: no event handlers, quotes escaped', () => {
    const doc = new CleanDocument();
    doc.open(tag('<p onclick="steal()" title=\'a "b"\'>'));
    doc.text('Hi');
    expect(doc.html()).toBe('<!DOCTYPE html><html><head></head><body><p title="a &quot;b&quot;">Hi</body></html>');
  });

  it('drops attributes whose names a parser would not accept', () => {
    const doc = new CleanDocument();
    doc.open(tag('<p "x=1 a<b=2 data-ok=3>'));
    expect(doc.html()).toContain('<p data-ok="3">');
  });

  it('drops the close tags of elements opened too deep, so outer elements stay open', () => {
    const doc = new CleanDocument();
    for (let i = 0; i < MAX_DEPTH + 5; i++) doc.open(tag('<div>'));
    for (let i = 0; i < 5; i++) doc.close('div');
    doc.text('still inside');
    expect(doc.html()).toContain(`${'<div>'.repeat(MAX_DEPTH)}still inside</body>`);
  });

  it('counts elements, character references and stray "<" as nodes', () => {
    const doc = new CleanDocument();
    doc.open(tag('<p>'));
    doc.text('A &amp; B &#8217; & C');
    doc.strayLessThan();
    doc.title('Talks');
    expect({ elements: doc.elements, nodes: doc.nodes }).toEqual({ elements: 1, nodes: 5 });
  });
});
