/** Runs a command and measures what the benchmark reports of it: wall time and peak memory of its process. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  /** Peak resident memory of the process, sampled from /proc (Linux), in MiB. */
  peakRssMiB: number;
  output: string;
}

function peakRssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk));
    const sampler = setInterval(() => void (peak = Math.max(peak, peakRssKiB(child.pid!))), 100);
    child.on('exit', (status) => {
      clearInterval(sampler);
      resolve({ status, seconds: (performance.now() - started) / 1000, peakRssMiB: Math.round(peak / 1024), output });
    });
  });
}
