import { createCipheriv, createHash } from "node:crypto";

/**
 * The ten-year practice's source of chance: mulberry32, a 32-bit generator small enough to read in
 * one glance, seeded with a number so that every run makes the same practice. Never used for keys,
 * salts or anything secret; the vault's own randomness stays crypto.randomBytes.
 */
export class SeededRandom {
  private state: number;

  constructor(private readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    if (values.length === 0) throw new Error("Nothing to pick from.");
    return values[Math.floor(this.next() * values.length)]!;
  }

  /** `count` different values, in a random order. */
  sample<T>(values: readonly T[], count: number): T[] {
    const copy = [...values];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.min(count, copy.length));
  }

  /** A version-4-shaped UUID from this generator, so the grown records have the same ids every run. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => Math.floor(this.next() * 0x100000000).toString(16).padStart(8, "0")).join("");
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /**
   * A generator of its own for one part of the practice, made from the seed and a label, so drawing
   * more numbers in one part leaves every other part as it was.
   */
  fork(label: string): SeededRandom {
    const digest = createHash("sha256").update(`${this.seed}:${label}`).digest();
    return new SeededRandom(digest.readUInt32LE(0));
  }
}

/**
 * Deterministic pseudo-random bytes for attachments: AES-256-CTR over zeros, keyed from the seed and
 * a label. A fast keystream, so 500 MB of files cost seconds; handed out in chunks, never as one buffer.
 */
export function* seededBytes(seed: number, label: string, length: number, chunkSize = 1 << 20): Generator<Buffer> {
  const key = createHash("sha256").update(`ten-year-files:${seed}:${label}`).digest();
  const cipher = createCipheriv("aes-256-ctr", key, Buffer.alloc(16));
  const zeros = Buffer.alloc(chunkSize);
  for (let done = 0; done < length; done += chunkSize) {
    yield cipher.update(zeros.subarray(0, Math.min(chunkSize, length - done)));
  }
}
