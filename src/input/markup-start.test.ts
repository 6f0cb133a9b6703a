// Tests for reading how a markup text begins: BOM, XML declaration, comments, DOCTYPE and the first element.
import { describe, expect, it } from 'vitest';
import { doctypeEnd, markupStart } from './markup-start.js';

describe('markupStart', () => {
  it('finds the root of a feed after an XML declaration, a stylesheet instruction and a comment', () => {
    const xml = '\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- a feed -->\n<rss version="2.0">';
    expect(markupStart(xml)).toEqual({ doctype: null, element: 'rss' });
  });

  it('lower-cases the DOCTYPE and element names', () => {
    expect(markupStart('<!DOCTYPE HTML>\n<HTML lang="en">')).toEqual({ doctype: 'html', element: 'html' });
    expect(markupStart('<rdf:RDF xmlns:rdf="r">')).toEqual({ doctype: null, element: 'rdf:rdf' });
  });

  it('skips a DOCTYPE whose internal subset holds ">" characters', () => {
    expect(markupStart('<!DOCTYPE r [<!ENTITY a "x>y">]><r/>').element).toBe('r');
  });

  it('gives nulls for plain text and for an unterminated comment', () => {
    expect(markupStart('ISLAMABAD: The ministers met.')).toEqual({ doctype: null, element: null });
    expect(markupStart('<!-- never closed')).toEqual({ doctype: null, element: null });
  });

  it('looks only at the start of a huge text', () => {
    expect(markupStart(`<!--${'x'.repeat(5_000_000)}-->`).element).toBeNull();
  });
});

describe('doctypeEnd', () => {
  it('returns the index after the closing ">" of the DOCTYPE, past quoted "]" in the subset', () => {
    const xml = '<!DOCTYPE rss [<!ENTITY a "]>">]><rss/>';
    expect(xml.slice(doctypeEnd(xml, 0))).toBe('<rss/>');
  });

  it('returns the text length for an unterminated DOCTYPE', () => {
    expect(doctypeEnd('<!DOCTYPE rss [', 0)).toBe(15);
  });
});
