import { scrypt } from "node:crypto";
import { z } from "zod";

/**
 * scrypt is memory-hard, built into Node, and its cost is stored in every key slot so that it can be
 * raised later without touching older slots. N = 2^17, r = 8 uses 128 MiB and takes about 0.4 s on
 * the reference machine (see `npm run bench`), inside the 250–750 ms the unlock may take.
 */
export const kdfParamsSchema = z.object({
  algorithm: z.literal("scrypt"),
  N: z.number().int().min(2).refine((n) => (n & (n - 1)) === 0, "N must be a power of two"),
  r: z.number().int().min(1).max(64),
  p: z.number().int().min(1).max(16),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export const DEFAULT_KDF: KdfParams = { algorithm: "scrypt", N: 2 ** 17, r: 8, p: 1 };

/** For tests and benchmarks that create many vaults; never the default for a real vault. */
export const FAST_TEST_KDF: KdfParams = { algorithm: "scrypt", N: 2 ** 10, r: 8, p: 1 };

export function deriveKey(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * params.p + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    // Async so that a 0.4 s derivation never blocks the main process's event loop.
    scrypt(secret.normalize("NFKC"), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
