import { createHash } from "node:crypto";
import forge from "node-forge";
import type { AuditAnchor, AuditAnchorCheck } from "../../shared/model/audit";
import type { PdfVerification, ReportRegisterEntry, SignatureFindings, VerificationVerdict } from "../../shared/model/reports";
import { AUDIT_ANCHOR_PDF_KEY, parseAuditAnchor } from "../audit/auditAnchor";
import { formatMoment } from "../../shared/time/zonedTime";
import { describeForgeCertificate } from "./signingCertificate";

/**
 * Checks a signed PDF the way a PDF reader does, without trusting anything the file says about itself:
 * finds the signature's byte ranges, recomputes their digest, and verifies the PKCS#7 SignedData with
 * node-forge (the signed messageDigest attribute equals that digest; the signature over the signed
 * attributes verifies with the embedded certificate's public key). It also tells whether the ranges
 * cover the whole file, which is what catches bytes added after signing. It never throws: anything
 * unreadable is reported as unsigned or invalid.
 */

const DIGESTS: Record<string, { node: string; forge: "sha1" | "sha256" | "sha384" | "sha512" }> = {
  "1.3.14.3.2.26": { node: "sha1", forge: "sha1" },
  "2.16.840.1.101.3.4.2.1": { node: "sha256", forge: "sha256" },
  "2.16.840.1.101.3.4.2.2": { node: "sha384", forge: "sha384" },
  "2.16.840.1.101.3.4.2.3": { node: "sha512", forge: "sha512" },
};
const OID_CONTENT_TYPE = "1.2.840.113549.1.9.3";
const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_TIME = "1.2.840.113549.1.9.5";

/** What can be read from the file alone. */
export interface PdfInspection {
  sha256: string;
  byteSize: number;
  isPdf: boolean;
  /** How many signature dictionaries the file has; the last (outermost) one is the one checked. */
  signatureCount: number;
  signature: SignatureFindings | null;
  /** Why the signature could not be checked at all, in plain words; null when it could. */
  unreadable: string | null;
  /** The audit log anchor a signed report records in its document information (auditAnchor.ts). */
  auditAnchor: AuditAnchor | null;
}

type Asn1 = forge.asn1.Asn1;

function asn1Children(node: Asn1 | undefined): Asn1[] {
  return node && Array.isArray(node.value) ? (node.value as Asn1[]) : [];
}

function asn1Bytes(node: Asn1 | undefined): string {
  return node && typeof node.value === "string" ? node.value : "";
}

const stripZeros = (hex: string) => hex.toLowerCase().replace(/^0+/, "");

/** Decodes a PDF literal string "(...)" with its backslash escapes, or a hex string "<...>". */
function pdfString(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw.startsWith("<")) {
    const bytes = Buffer.from(raw.slice(1, -1).replace(/\s+/g, ""), "hex");
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString("utf16le") : bytes.toString("latin1");
  }
  const body = raw.slice(1, -1);
  const text = body.replace(/\\(\d{1,3}|.)/gs, (_, escape: string) => {
    if (/^\d+$/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
    return ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" } as Record<string, string>)[escape] ?? escape;
  });
  if (text.startsWith("\u00fe\u00ff")) return Buffer.from(text.slice(2), "latin1").swap16().toString("utf16le");
  return text;
}

/** A PDF date "D:20260301140500+00'00'" or "D:20260301140500Z" as an ISO instant. */
function pdfDate(raw: string | null): string | null {
  const match = raw ? /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(raw) : null;
  if (!match) return null;
  const zone = match[7] && match[7] !== "Z" ? `${match[7].slice(0, 3)}:${match[7].replace(/'/g, "").slice(3, 5)}` : "Z";
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The dictionary around a /ByteRange: from the object's start to its end. */
function signatureDictionary(text: string, byteRangeAt: number): string {
  const start = Math.max(text.lastIndexOf(" obj", byteRangeAt), 0);
  const end = text.indexOf("endobj", byteRangeAt);
  return text.slice(start, end === -1 ? Math.min(text.length, byteRangeAt + 20_000) : end);
}

function dictionaryValue(dictionary: string, key: string): string | undefined {
  // Literal strings may hold balanced or escaped parentheses; signature dictionaries keep them short.
  const match = new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>|/[^\\s/<>\\[\\]()]+)`, "s").exec(dictionary);
  return match?.[1];
}

/** forge reads options the type declarations do not list; `parseAllBytes: false` stops at the object's end. */
const fromDerIgnoringPadding = (bytes: forge.util.ByteStringBuffer) =>
  (forge.asn1.fromDer as unknown as (input: forge.util.ByteStringBuffer, options: { strict: boolean; parseAllBytes: boolean }) => Asn1)(bytes, {
    strict: false,
    parseAllBytes: false,
  });

interface SignerInfoParts {
  serialHex: string;
  digestOid: string;
  signedAttributes: Asn1[] | null;
  signature: string;
}

function signerInfoParts(signerInfo: Asn1): SignerInfoParts {
  const parts = asn1Children(signerInfo);
  const issuerAndSerial = asn1Children(parts[1]);
  const digestOid = forge.asn1.derToOid(asn1Bytes(asn1Children(parts[2])[0]));
  let index = 3;
  let signedAttributes: Asn1[] | null = null;
  if (parts[index]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && parts[index]?.type === 0) {
    signedAttributes = asn1Children(parts[index]);
    index += 1;
  }
  index += 1; // digestEncryptionAlgorithm
  return { serialHex: forge.util.bytesToHex(asn1Bytes(issuerAndSerial[1])), digestOid, signedAttributes, signature: asn1Bytes(parts[index]) };
}

function attributeValue(attributes: Asn1[], oid: string): Asn1 | undefined {
  for (const attribute of attributes) {
    const [type, values] = asn1Children(attribute);
    if (type && forge.asn1.derToOid(asn1Bytes(type)) === oid) return asn1Children(values)[0];
  }
  return undefined;
}

function asn1Time(node: Asn1 | undefined): string | null {
  if (!node) return null;
  try {
    const value = asn1Bytes(node);
    const date = node.type === forge.asn1.Type.UTCTIME ? forge.asn1.utcTimeToDate(value) : forge.asn1.generalizedTimeToDate(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  } catch {
    return null;
  }
}

export function inspectPdf(input: Uint8Array): PdfInspection {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const base = {
    sha256: createHash("sha256").update(bytes).digest("hex"),
    byteSize: bytes.length,
    isPdf: bytes.subarray(0, 1024).includes("%PDF-"),
    signatureCount: 0,
    signature: null,
    unreadable: null,
    auditAnchor: null,
  };
  if (!base.isPdf) return base;
  const text = bytes.toString("latin1");
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return base;
  const inspection = { ...base, signatureCount: ranges.length, auditAnchor: recordedAuditAnchor(text) };
  try {
    return { ...inspection, ...checkSignature(bytes, text, last) };
  } catch {
    return { ...inspection, unreadable: "The file has a signature, but the signature data cannot be read." };
  }
}

function checkSignature(bytes: Buffer, text: string, match: RegExpMatchArray): Pick<PdfInspection, "signature" | "unreadable"> {
  const [a, b, c, d] = [match[1], match[2], match[3], match[4]].map(Number) as [number, number, number, number];
  if (![a, b, c, d].every(Number.isSafeInteger) || a + b > c || c + d > bytes.length) {
    return { signature: null, unreadable: "The signature's byte ranges point outside the file: it was cut short or tampered with." };
  }
  const hole = bytes.subarray(a + b, c).toString("latin1");
  const contents = /^<([0-9A-Fa-f]*)>$/.exec(hole);
  if (!contents?.[1]) return { signature: null, unreadable: "The signature field does not hold a signature where its byte ranges say it is." };
  const dictionary = signatureDictionary(text, match.index ?? 0);
  const subFilterRaw = dictionaryValue(dictionary, "SubFilter");
  const reason = pdfString(dictionaryValue(dictionary, "Reason"));
  const dictionaryTime = pdfDate(pdfString(dictionaryValue(dictionary, "M")));

  const der = forge.util.createBuffer(Buffer.from(contents[1], "hex").toString("binary"));
  // The hex is padded with zeros after the DER object; read the object and ignore the padding.
  const message = forge.pkcs7.messageFromAsn1(fromDerIgnoringPadding(der)) as unknown as {
    certificates: forge.pki.Certificate[];
    rawCapture: { signerInfos?: Asn1[] };
  };
  const signerInfo = message.rawCapture.signerInfos?.[0];
  if (!signerInfo) return { signature: null, unreadable: "The signature names no signer." };
  const parts = signerInfoParts(signerInfo);
  const digest = DIGESTS[parts.digestOid];
  if (!digest) return { signature: null, unreadable: "The signature uses a digest algorithm this app does not check." };
  const certificate = message.certificates.find((candidate) => stripZeros(candidate.serialNumber) === stripZeros(parts.serialHex));

  const signedContent = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  const contentDigest = createHash(digest.node).update(signedContent).digest();
  let digestMatches: boolean;
  let signedOver: string;
  let signedAt = dictionaryTime;
  if (parts.signedAttributes) {
    const messageDigest = Buffer.from(asn1Bytes(attributeValue(parts.signedAttributes, OID_MESSAGE_DIGEST)), "binary");
    digestMatches = messageDigest.length > 0 && messageDigest.equals(contentDigest);
    digestMatches &&= attributeValue(parts.signedAttributes, OID_CONTENT_TYPE) !== undefined;
    signedAt = asn1Time(attributeValue(parts.signedAttributes, OID_SIGNING_TIME)) ?? dictionaryTime;
    // The signature covers the DER of the attributes as a SET OF, not the [0] IMPLICIT tag they travel in.
    signedOver = forge.asn1.toDer(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, parts.signedAttributes)).getBytes();
  } else {
    digestMatches = true;
    signedOver = signedContent.toString("binary");
  }
  let signatureVerifies = false;
  if (certificate) {
    try {
      const md = forge.md[digest.forge].create();
      md.update(signedOver);
      signatureVerifies = (certificate.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().getBytes(), parts.signature);
    } catch {
      signatureVerifies = false;
    }
  }
  const described = certificate ? describeForgeCertificate(certificate) : null;
  return {
    unreadable: null,
    signature: {
      subFilter: subFilterRaw?.startsWith("/") ? subFilterRaw.slice(1) : null,
      digestMatches,
      signatureVerifies,
      coversWholeFile: a === 0 && c + d === bytes.length,
      signedAt,
      reason,
      signer: described
        ? {
            ...described.subject,
            serialNumber: described.serialNumber,
            fingerprintSha256: described.fingerprintSha256,
            notBefore: described.notBefore,
            notAfter: described.notAfter,
            selfSigned: described.selfSigned,
          }
        : null,
    },
  };
}

export interface VerificationContext {
  /** The register entry with this SHA-256, when a vault is open; omit to skip the register. */
  findRegisterEntry?: (sha256: string) => ReportRegisterEntry | null;
  /** Whether this vault issued the certificate with this fingerprint. */
  findCertificate?: (fingerprintSha256: string) => { issuedTo: string; current: boolean } | null;
  /** The zone to state times in; the practice's when a vault is open. */
  timeZone?: string;
  /** Compares an audit log anchor the report recorded with this vault's log. */
  checkAuditAnchor?: (anchor: AuditAnchor) => AuditAnchorCheck;
}

/**
 * The audit log anchor a signed report recorded in its document information. Trusted only from a file
 * whose signature is valid over every byte (verifyPdf), so the value is one the signer's copy really holds.
 */
function recordedAuditAnchor(text: string): AuditAnchor | null {
  // pdfkit writes each document-information value as an object of its own, referred to by number.
  const value = new RegExp(`/${AUDIT_ANCHOR_PDF_KEY}\\s*(?:\\(([^()\\\\]{1,90})\\)|(\\d{1,9})\\s+(\\d{1,5})\\s+R)`).exec(text);
  if (!value) return null;
  if (value[1]) return parseAuditAnchor(value[1]);
  const object = new RegExp(`(?:^|\\s)${value[2]}\\s+${value[3]}\\s+obj\\s*\\(([^()\\\\]{1,90})\\)\\s*endobj`).exec(text);
  return object?.[1] ? parseAuditAnchor(object[1]) : null;
}

function auditAnchorSentence(recorded: AuditAnchor, check: AuditAnchorCheck | null): string {
  const entry = `entry ${recorded.seq.toLocaleString("en-US")}`;
  if (!check) return `The report records the practice's audit log as it was when signed (up to ${entry}). Check it with the practice's vault open to compare the log with it.`;
  switch (check.outcome) {
    case "matches":
      return `The practice's audit log matches this report: entries 1 to ${recorded.seq.toLocaleString("en-US")} are exactly as they were when it was signed.`;
    case "changed":
      return `WARNING: the practice's audit log no longer matches this report. Audit log entries up to ${entry} were changed or rewritten after the report was signed${check.problem ? ` (${check.problem})` : ""}. Keep this report and the vault as they are, and treat it as a possible security incident.`;
    case "missing":
      return `WARNING: the practice's audit log no longer reaches ${entry}, which existed when this report was signed: entries were removed from the log. Keep this report and the vault as they are, and treat it as a possible security incident.`;
  }
}

function verdictOf(inspection: PdfInspection): VerificationVerdict {
  const signature = inspection.signature;
  if (!inspection.isPdf || inspection.signatureCount === 0) return "not-signed";
  if (!signature || !signature.digestMatches || !signature.signatureVerifies) return "invalid";
  return signature.coversWholeFile ? "valid" : "altered";
}

/** The whole answer: verdict, plain sentences, and what this vault knows about the file. */
export function verifyPdf(input: Uint8Array, context: VerificationContext = {}): PdfVerification {
  const inspection = inspectPdf(input);
  const verdict = verdictOf(inspection);
  const timeZone = context.timeZone ?? "UTC";
  const signature = inspection.signature;
  const signer = signature?.signer ?? null;
  const entry = context.findRegisterEntry?.(inspection.sha256) ?? null;
  const issued = signer && context.findCertificate ? context.findCertificate(signer.fingerprintSha256) : null;
  const who = signer ? `${signer.commonName}${signer.title ? `, ${signer.title}` : ""}${signer.organization ? ` (${signer.organization})` : ""}` : "an unknown signer";
  const when = signature?.signedAt ? ` on ${formatMoment(signature.signedAt, timeZone)}` : "";

  const headlines: Record<VerificationVerdict, string> = {
    valid: `The signature is valid and the file is unchanged since it was signed by ${who}${when}.`,
    altered: `The signed part is intact, but something was added to the file after ${who} signed it${when}. Treat this copy as altered and ask for the original.`,
    invalid: inspection.unreadable
      ? `The signature cannot be trusted: ${inspection.unreadable.charAt(0).toLowerCase()}${inspection.unreadable.slice(1)}`
      : "The signature is NOT valid: the file was changed after it was signed, or the signature is damaged.",
    "not-signed": inspection.isPdf ? "This PDF has no digital signature." : "This file is not a PDF, so there is no signature to check.",
  };
  const details: string[] = [];
  if (signature) {
    if (!signature.digestMatches) details.push("The content of the file does not match what was signed.");
    if (!signature.signatureVerifies) details.push(signer ? "The signature does not verify with the signer's certificate." : "The signer's certificate is missing from the signature.");
    if (signature.digestMatches && signature.signatureVerifies && !signature.coversWholeFile) details.push("The signature does not cover the whole file: bytes were added after signing.");
    if (signer) {
      details.push(`Signer: ${who}. Certificate serial number ${signer.serialNumber}, SHA-256 fingerprint ${signer.fingerprintSha256}.`);
      if (signer.selfSigned) {
        details.push("The certificate is the signer's own (self-signed): trust it by comparing its fingerprint with the certificate file the signer gave you.");
      }
      if (signature.signedAt && (signature.signedAt < signer.notBefore || signature.signedAt > signer.notAfter)) {
        details.push("The signing time is outside the certificate's validity period.");
      }
    }
    if (signature.reason) details.push(`Meaning of the signature: ${signature.reason}.`);
    if (signature.subFilter && signature.subFilter !== "adbe.pkcs7.detached") details.push(`Signature format: ${signature.subFilter}.`);
  }
  if (inspection.signatureCount > 1) details.push(`The file carries ${inspection.signatureCount} signatures; the last one was checked.`);
  if (issued) details.push(`This vault issued that certificate to ${issued.issuedTo}${issued.current ? "" : "; it has since been replaced, which does not affect files signed before"}.`);
  if (context.findRegisterEntry) {
    if (entry) {
      const signedPart = entry.signature ? `, signed by ${entry.signature.signedByName} (${entry.signature.meaning})` : ", exported unsigned";
      details.push(`It matches the report register: ${entry.title}, ${entry.periodLabel}, version ${entry.version}, exported ${formatMoment(entry.generatedAt, timeZone)} by ${entry.generatedByName}${signedPart}.`);
    } else {
      details.push("It does not match any report in this vault's register (compared by SHA-256 fingerprint).");
    }
  }
  const recorded = verdict === "valid" ? inspection.auditAnchor : null;
  const auditCheck = recorded && context.checkAuditAnchor ? context.checkAuditAnchor(recorded) : null;
  if (recorded) details.push(auditAnchorSentence(recorded, auditCheck));
  return {
    verdict,
    headline: headlines[verdict],
    details,
    sha256: inspection.sha256,
    byteSize: inspection.byteSize,
    signature,
    register: { checked: context.findRegisterEntry !== undefined, entry },
    knownCertificate: { checked: context.findCertificate !== undefined && signer !== null, issuedTo: issued?.issuedTo ?? null, current: issued?.current ?? false },
    auditLog: recorded ? { recorded, check: auditCheck } : null,
  };
}
