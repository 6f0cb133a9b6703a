// Turns the FILE arguments of `dyad extract` into a stream of articles or per-input errors, in order.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DyadError } from '../errors.js';
import type { ArticleInput } from '../index.js';
import { readArticleFile, readArticleStream, unreadable } from '../input/decode.js';
import { readHtmlArticle } from '../input/html.js';
import { readJsonl } from '../input/jsonl.js';
import type { ExtractOptions } from './options.js';

/** An article ready to read (`label` names it in messages: "a.txt", "in.jsonl:3"), or why an input failed. */
export type InputItem = { ok: true; label: string; article: ArticleInput } | { ok: false; error: DyadError };

/** What the messages call an input: the path as given, or "stdin" for `-`. */
export const inputName = (file: string): string => (file === '-' ? 'stdin' : file);

/**
 * Yields the articles of every FILE in order: one per text file, one per JSONL line. Nothing is
 * read ahead, so a consumer that stops early (a closed pipe) stops the reading too.
 * @example for await (const item of readInputs(options, process.stdin)) …
 */
export async function* readInputs(options: ExtractOptions, stdin: Readable): AsyncGenerator<InputItem> {
  const { maxBytes, published } = options;
  for (const file of options.files) {
    const name = inputName(file);
    if (options.input === 'text') {
      const result = file === '-' ? await readArticleStream(stdin, name, { maxBytes }) : await readArticleFile(file, { maxBytes });
      yield result.ok ? { ok: true, label: name, article: { id: name, text: result.text, published } } : result;
      continue;
    }
    let stream: Readable = stdin;
    if (file !== '-') {
      try {
        const info = await stat(file);
        if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      } catch (error) {
        yield { ok: false, error: unreadable(name, error) };
        continue;
      }
      stream = createReadStream(file);
    }
    let lines = 0;
    try {
      for await (const item of readJsonl(stream, name, { maxBytes })) {
        lines++;
        const label = `${name}:${item.line}`;
        if (!item.ok) yield item;
        else if (item.article.html === null) yield { ok: true, label, article: { ...item.article, published: item.article.published ?? published } };
        else {
          // A line that gives a page: its main text is the article, as `dyad ingest` reads it.
          const page = readHtmlArticle(item.article.html, { name: label, url: item.article.url ?? null });
          if (!page.ok) yield { ok: false, error: page.error };
          else yield { ok: true, label, article: { ...item.article, text: page.article.text, published: item.article.published ?? page.article.published ?? published } };
        }
      }
      if (lines === 0) yield { ok: false, error: new DyadError('INPUT_EMPTY', `${name}: has no JSONL lines; there is no article to read`) };
    } catch (error) {
      yield { ok: false, error: unreadable(name, error) };
    } finally {
      if (stream !== stdin) stream.destroy();
    }
  }
}
