import { createHash } from "node:crypto";
import { MAX_EVIDENCE_BYTES } from "../../shared/rules/evidenceFiles";
import { seededBytes, type SeededRandom } from "./tenYearRandom";

/** Where the attachments go; each part of the practice gets its share of the planned bytes. */
export const ATTACHMENT_SHARES = { evidence: 0.4, vendorFiles: 0.15, certificates: 0.15, taskEvidence: 0.3 } as const;
export type AttachmentPart = keyof typeof ATTACHMENT_SHARES;

export interface MadeFile {
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

const KINDS = {
  pdf: { mimeType: "application/pdf", head: Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"), tail: Buffer.from("\n%%EOF\n", "latin1") },
  png: { mimeType: "image/png", head: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), tail: Buffer.alloc(0) },
  jpg: { mimeType: "image/jpeg", head: Buffer.from([0xff, 0xd8, 0xff, 0xe0]), tail: Buffer.from([0xff, 0xd9]) },
} as const;
export type FileKind = keyof typeof KINDS;

/** A scanned document is rarely smaller than this, and a file the app accepts is never larger than 20 MB. */
const SMALLEST = 4 * 1024;
const TYPICAL = 3 * 1024 * 1024;

/**
 * The attachments of the ten years: scanned PDFs and photos whose bytes are deterministic
 * pseudo-random data behind a real header, so the app's type check (the first bytes) accepts them.
 * Sizes are drawn so that each part's files add up to its share of the plan exactly. A file is made
 * in 1 MB chunks (hashed as they come) and handed over on its own, so memory holds one file at a
 * time, never the 500 MB.
 */
export class TenYearAttachments {
  private made = 0;
  bytes = 0;

  constructor(
    private readonly seed: number,
    private readonly totalBytes: number,
  ) {}

  /** The sizes of one part's files, adding up to its share; a part with too small a share gets none. */
  sizesFor(part: AttachmentPart, random: SeededRandom): number[] {
    const share = Math.floor(this.totalBytes * ATTACHMENT_SHARES[part]);
    if (share < SMALLEST) return [];
    const count = Math.max(1, Math.ceil(share / TYPICAL));
    const weights = Array.from({ length: count }, () => 0.25 + random.next() * 1.5);
    const sum = weights.reduce((a, b) => a + b, 0);
    const sizes = weights.map((weight) => Math.max(SMALLEST, Math.min(MAX_EVIDENCE_BYTES, Math.floor((share * weight) / sum))));
    // Whatever rounding left over goes to the files that still have room, so the share is exact.
    let rest = share - sizes.reduce((a, b) => a + b, 0);
    for (let i = 0; rest !== 0 && i < sizes.length; i++) {
      const room = rest > 0 ? MAX_EVIDENCE_BYTES - sizes[i]! : SMALLEST - sizes[i]!;
      const change = rest > 0 ? Math.min(rest, room) : Math.max(rest, room);
      sizes[i] = sizes[i]! + change;
      rest -= change;
    }
    return sizes;
  }

  make(kind: FileKind, fileName: string, size: number): MadeFile {
    const { mimeType, head, tail } = KINDS[kind];
    const bodyLength = Math.max(0, size - head.length - tail.length);
    const hash = createHash("sha256").update(head);
    const chunks: Buffer[] = [head];
    for (const chunk of seededBytes(this.seed, `${this.made}:${fileName}`, bodyLength)) {
      hash.update(chunk);
      chunks.push(chunk);
    }
    hash.update(tail);
    chunks.push(tail);
    const content = Buffer.concat(chunks, head.length + bodyLength + tail.length);
    this.made += 1;
    this.bytes += content.length;
    return { fileName: `${fileName}.${kind}`, mimeType, size: content.length, sha256: hash.digest("hex"), content };
  }
}
