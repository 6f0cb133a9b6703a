// Tests for reading one HTML tag in linear time: names, quoted and bare values, unterminated and hostile tags.
import { describe, expect, it } from 'vitest';
import { readTag } from './html-tag.js';

describe('readTag', () => {
  it('reads the name and attributes of an open tag, values as written', () => {
    const html = '<A HREF="/x?a=1&amp;b=2" data-x=\'y\' hidden onclick=go()>';
    expect(readTag(html, 0)).toEqual({
      name: 'a',
      closing: false,
      selfClosing: false,
      attributes: [['href', '/x?a=1&amp;b=2'], ['data-x', 'y'], ['hidden', ''], ['onclick', 'go()']],
      end: html.length,
      complete: true,
    });
  });

  it('reads close tags and self-closing tags', () => {
    expect(readTag('</P >', 0)).toMatchObject({ name: 'p', closing: true, end: 5 });
    expect(readTag('<br/>', 0)).toMatchObject({ name: 'br', selfClosing: true });
  });

  it('keeps ">" inside a quoted value', () => {
    expect(readTag('<a title="a > b">', 0)?.attributes).toEqual([['title', 'a > b']]);
  });

  it('returns null where no tag starts ("a < b")', () => {
    expect(readTag('< b', 0)).toBeNull();
    expect(readTag('<3', 0)).toBeNull();
  });

  it('marks a tag cut off by the end of the input as incomplete', () => {
    expect(readTag('<a href="never closed', 0)).toMatchObject({ complete: false, end: 21 });
  });

  it('reads a tag with a million attributes in linear time, keeping 64', () => {
    const html = `<p ${'a=b '.repeat(1_000_000)}>`;
    const tag = readTag(html, 0);
    expect(tag?.attributes).toHaveLength(64);
    expect(tag?.end).toBe(html.length);
  });
});
