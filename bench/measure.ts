/** Small timing helpers for the bench: warm up, then report the median and 95th percentile. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export async function time(name: string, runs: number, fn: () => unknown | Promise<unknown>, warmup = Math.min(5, runs)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95) };
}

export const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
