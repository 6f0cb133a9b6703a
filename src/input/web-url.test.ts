// Tests for keeping only absolute http(s) URLs from untrusted pages and feeds.
import { describe, expect, it } from 'vitest';
import { webUrl } from './web-url.js';

describe('webUrl', () => {
  it('keeps absolute http and https URLs, normalised', () => {
    expect(webUrl(' https://News.Example/a b ', null)).toBe('https://news.example/a%20b');
  });

  it('resolves a relative URL against the base', () => {
    expect(webUrl('../world/talks', 'https://news.example/home/index.html')).toBe('https://news.example/world/talks');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>x()</script>', 'file:///etc/passwd', 'ftp://news.example/a', 'not a url', '', null])(
    'drops %j',
    (value) => {
      expect(webUrl(value, null)).toBeNull();
    },
  );
});
