/** Runs a command and measures what the benchmark reports of it: wall time and peak memory. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  /** Peak resident memory of the command and every process it started (Pagefind's indexer …), together, in MiB. */
  peakRssMiB: number;
  /** Peak resident memory of the largest single process of the command's tree (the `astro build` process), in MiB. */
  peakOwnRssMiB: number;
  output: string;
}

function readProc(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

const kib = (status: string, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

/** The process and its descendants, from the parent ids in /proc (Linux). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // The parent id is the second field after the command name, which may itself hold spaces and ")".
    const stat = readProc(`/proc/${name}/stat`);
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let output = '';
    let peakTree = 0;
    let peakOwn = 0;
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk));
    const sampler = setInterval(() => {
      const statuses = processTree(child.pid!).map((pid) => readProc(`/proc/${pid}/status`));
      peakOwn = Math.max(peakOwn, ...statuses.map((status) => kib(status, 'VmHWM')));
      peakTree = Math.max(
        peakTree,
        statuses.reduce((sum, status) => sum + kib(status, 'VmRSS'), 0),
      );
    }, 100);
    child.on('exit', (status) => {
      clearInterval(sampler);
      const mib = (value: number) => Math.round(value / 1024);
      resolve({
        status,
        seconds: (performance.now() - started) / 1000,
        peakRssMiB: mib(Math.max(peakTree, peakOwn)),
        peakOwnRssMiB: mib(peakOwn),
        output,
      });
    });
  });
}
