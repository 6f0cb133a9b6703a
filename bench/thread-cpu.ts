// CPU seconds used so far by each thread of this process, from Linux's /proc: where a run's time went, whatever else the machine is doing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on every Linux build Node runs on). */
const TICKS = 100;

/**
 * Thread id → CPU seconds (user + system), or an empty map where there is no /proc.
 * @example threadCpuSeconds().get(process.pid) // this process's main thread
 */
export function threadCpuSeconds(): Map<number, number> {
  const out = new Map<number, number>();
  if (!existsSync('/proc/self/task')) return out;
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after "(comm)": state is the first; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS);
  }
  return out;
}

/** How a run's CPU time split: the main (writer's) thread, the `readers` busiest other threads (the workers), and the rest (GC, I/O helpers). */
export function cpuSplit(before: Map<number, number>, after: Map<number, number>, readers: number): { main: number; workers: number; rest: number } {
  const used = [...after].map(([tid, s]) => [tid, s - (before.get(tid) ?? 0)] as const);
  const main = used.find(([tid]) => tid === process.pid)?.[1] ?? 0;
  const others = used.filter(([tid]) => tid !== process.pid).map(([, s]) => s).sort((a, b) => b - a);
  const workers = others.slice(0, readers).reduce((a, b) => a + b, 0);
  return { main, workers, rest: others.slice(readers).reduce((a, b) => a + b, 0) };
}
