// Issue 6: `dyad ingest URL --follow` polls a feed and stores only what is new at each round.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dyad-follow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Items written for this test.
const ITEMS = [
  ['Manila protests to Beijing', 'https://harbour.example/1', 'MANILA - The Philippines lodged a diplomatic protest with China on Tuesday over a water cannon attack near Scarborough Shoal.'],
  ['Seoul and Tokyo sign fisheries deal', 'https://harbour.example/2', 'SEOUL - South Korea and Japan signed a fisheries agreement in Seoul on Monday after two years of talks.'],
  ['Warsaw sanctions Minsk', 'https://harbour.example/3', 'WARSAW - Poland imposed new sanctions on Belarus on Thursday over a surge in border crossings.'],
];
const feed = (n: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title>${ITEMS.slice(0, n)
    .map(([title, link, text]) => `<item><title>${title}</title><link>${link}</link><pubDate>Wed, 07 May 2025 08:00:00 GMT</pubDate><description>${text}</description></item>`)
    .join('')}</channel></rss>`;

describe.skipIf(!existsSync(CLI))('dyad ingest --follow', () => {
  it('reads the feed again after the interval and stores only the new item', async () => {
    let items = 2;
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(items)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const child = spawn(process.execPath, [CLI, 'ingest', url, '--db', join(dir, 'follow.db'), '--follow', '10s', '--allow-private', '--threads', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          lines.push(...d.toString().split('\n').filter((l) => l.trim() !== ''));
          if (lines.length === 1) items = 3; // a new item appears before the next round
          if (lines.length >= 2) resolve();
        });
        child.on('exit', () => reject(new Error(`dyad exited early: ${stderr}`)));
      });
    } finally {
      child.kill();
      server.close();
    }
    expect(lines[0]).toMatch(/^2 inputs: 2 articles ingested, 0 near-duplicate copies, 0 duplicates, 0 skipped, 0 failed;/);
    expect(lines[1]).toMatch(/^3 inputs: 1 article ingested, 0 near-duplicate copies, 2 duplicates, 0 skipped, 0 failed;/);
  }, 60_000);
});
