// Parses `dyad` arguments with node:util parseArgs and validates flag values with zod; a bad flag is a USAGE error.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { DyadError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { checkPublished, parsePublished, showValue } from '../input/published.js';
import { EVAL_SETS } from './eval/sets.js';

export type OutputFormat = 'json' | 'jsonl' | 'text';
export type InputKind = 'text' | 'jsonl';

export interface ExtractOptions {
  /** Paths as given; `-` is stdin. */
  files: string[];
  format: OutputFormat;
  input: InputKind;
  /** YYYY-MM-DD, or null; for JSONL a fallback for lines without "published". */
  published: string | null;
  maxBytes: number;
  /** `--dictionary DIR`: a folder of PETRARCH/TABARI dictionaries that code the events. */
  dictionary?: string;
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'extract'; options: ExtractOptions }
  | { name: 'eval'; set: string; argv: string[] }
  | { name: StoreCommand; argv: string[] };

/** Commands over the store; each parses its own options. */
const STORE_COMMANDS = ['ingest', 'events', 'export', 'timeline', 'actors', 'actor', 'search', 'dyads', 'serve'] as const;
export type StoreCommand = (typeof STORE_COMMANDS)[number];

/** A USAGE error: the CLI prints it with a pointer to --help and exits 2. */
export const usage = (message: string) => new DyadError('USAGE', message);

/** "20000000", "20MB", "512k" → bytes (K/M/G are powers of 1024); null when not a positive size. */
export function parseSize(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?)?$/i.exec(value.trim());
  if (!m) return null;
  const unit = (m[2] ?? '').toLowerCase()[0];
  const bytes = Math.floor(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

const flagsSchema = z.object({
  format: z.enum(['json', 'jsonl', 'text'], { error: (i) => `unknown format ${showValue(String(i.input))}; use json, jsonl or text` }).default('json'),
  input: z.enum(['text', 'jsonl'], { error: (i) => `unknown input kind ${showValue(String(i.input))}; use text or jsonl` }).default('text'),
  'max-bytes': z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return DEFAULT_MAX_BYTES;
      const size = parseSize(v);
      if (size === null) ctx.addIssue({ code: 'custom', message: `--max-bytes ${showValue(v)} is not a size; give bytes such as 20000000 or 20MB` });
      return size ?? 0;
    }),
  published: z.string().optional(),
});

/** The parseArgs error in our words: "unknown option --foo". */
export function usageFromParseArgs(error: Error & { code?: string }): DyadError {
  // "Unknown option '--foo'", "Option '-f, --format <value>' argument missing": keep the long name.
  const option = /'(?:-\w, )?([^' ]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usage(`unknown option ${option}`);
  if (/argument missing/.test(error.message)) return usage(`option ${option} needs a value`);
  if (/does not take an argument/.test(error.message)) return usage(`option ${option} does not take a value`);
  return usage(error.message);
}

/**
 * A --flag that must be a whole number of at least 1; `fallback` when absent.
 * @example countFlag('limit', '20', 50) // 20
 */
export function countFlag(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usage(`--${flag} ${showValue(value)} must be a whole number of at least 1`);
  return n;
}

/**
 * A --flag that must be a day (YYYY-MM-DD or an ISO timestamp, reduced to its day); undefined when absent.
 * @example dayFlag('from', '2025-01-01') // '2025-01-01'
 */
export function dayFlag(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const checked = checkPublished(value);
  if (!checked.ok) throw usage(`--${flag} ${showValue(value)} ${checked.reason}`);
  return checked.date;
}

/**
 * node:util parseArgs with its errors as USAGE errors in our words.
 * @example const { values, positionals } = parseFlags({ args: argv, allowPositionals: true, strict: true, options: { db: { type: 'string' } } })
 */
export function parseFlags<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageFromParseArgs(error as Error);
  }
}

/**
 * Turns argv (without `node` and the script) into a command.
 * @throws DyadError USAGE (unknown option, command or format; no files) or PUBLISHED_INVALID.
 * @example parseCommand(['extract', 'a.txt', '--format', 'text']) // { name: 'extract', options: { files: ['a.txt'], … } }
 */
export function parseCommand(argv: string[]): Command {
  // `dyad eval SET …`: each set parses its own options.
  if (argv[0] === 'eval') {
    const set = argv[1];
    const known = EVAL_SETS.map((s) => s.name);
    if (set === undefined || !known.includes(set)) throw usage(`eval needs a set: ${known.join(', ')} (got ${showValue(set ?? 'none')})`);
    return { name: 'eval', set, argv: argv.slice(2) };
  }
  // `dyad ingest …`, `dyad events …`, `dyad timeline …` and the other store commands: each parses its own options.
  const store = STORE_COMMANDS.find((c) => c === argv[0]);
  if (store !== undefined && !argv.includes('--help') && !argv.includes('-h')) return { name: store, argv: argv.slice(1) };
  const parsed = parseFlags({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
      format: { type: 'string', short: 'f' },
      input: { type: 'string' },
      published: { type: 'string' },
      'max-bytes': { type: 'string' },
      dictionary: { type: 'string' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) throw usage('missing command');
  if (command !== 'extract') throw usage(`unknown command ${showValue(command)}`);
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) throw usage(flags.error.issues[0]!.message);
  if (files.length === 0) throw usage('extract needs at least one FILE (or - for stdin)');
  if (files.filter((f) => f === '-').length > 1) throw usage('- (stdin) can be given only once');
  const published = flags.data.published === undefined ? null : parsePublished(flags.data.published);
  return {
    name: 'extract',
    options: { files, format: flags.data.format, input: flags.data.input, published, maxBytes: flags.data['max-bytes'], ...(typeof values.dictionary === 'string' ? { dictionary: values.dictionary } : {}) },
  };
}
