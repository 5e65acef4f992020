import { performance } from "node:perf_hooks";

/** Runs `work` several times and returns the median in milliseconds: one noisy run does not decide. */
export async function medianMs(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Measures two variants interleaved (A, B, A, B ...) so that a burst of load from another process
 * on this shared machine hits both alike, and returns the medians and their ratio.
 */
export async function interleavedRatio(runs: number, variant: () => unknown | Promise<unknown>, baseline: () => unknown | Promise<unknown>) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await medianMs(1, variant));
    b.push(await medianMs(1, baseline));
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  return { variantMs: median(a), baselineMs: median(b), ratio: median(a) / median(b) };
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  /** Null for a reference figure: it has no target of its own, so it is neither met nor missed. */
  met: boolean | null;
  baseline: string;
}

export function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}
