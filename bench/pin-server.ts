// Pins a local database server's processes to the CPUs a bench run has, so "1 core" means one core for the whole
// ingest: left free, PostgreSQL's backend runs on the other core and a 1-core run quietly uses two.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Processes named `name` (e.g. "postgres": the postmaster and every backend and helper it forked). */
function processesNamed(name: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false; // gone since the listing
      }
    })
    .map(Number);
}

/** The CPU mask `taskset -p` reports for a process, as hex. */
const maskOf = (taskset: string, pid: number): string => execFileSync(taskset, ['-p', String(pid)], { encoding: 'utf8' }).trim().split(' ').at(-1)!;

/**
 * Pins every process named `name` (its threads too) to `cpus` ("0" or "0,1"); backends forked later inherit the
 * postmaster's pinning. Returns how to undo it, or why it could not pin (not permitted, no such server).
 */
export function pinServer(taskset: string, name: string, cpus: string): { restore: () => void } | { reason: string } {
  const pids = processesNamed(name);
  if (pids.length === 0) return { reason: `no local "${name}" process` };
  const before = new Map<number, string>();
  try {
    for (const pid of pids) {
      before.set(pid, maskOf(taskset, pid));
      execFileSync(taskset, ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
    }
  } catch (error) {
    restore(taskset, before);
    return { reason: `taskset refused: ${(error as Error).message.split('\n')[0]}` };
  }
  return { restore: () => restore(taskset, before) };
}

function restore(taskset: string, masks: Map<number, string>): void {
  for (const [pid, mask] of masks) {
    try {
      execFileSync(taskset, ['-a', '-p', mask, String(pid)], { stdio: 'ignore' });
    } catch {
      // the process has ended (a backend of a closed connection): nothing to restore
    }
  }
}
