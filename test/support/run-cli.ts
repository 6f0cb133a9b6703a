// Test support for the eval sets: runs `dyad` in-process with the real pipeline and captures what it prints.
import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/**
 * Runs `dyad argv` with empty stdin; returns the exit code and what went to stdout and stderr.
 * @example const r = await runCli(['eval', 'seed']); r.code // 0
 */
export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run(argv, { stdin: Readable.from(['']), stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
