import { constants, createPrivateKey, createPublicKey, privateEncrypt, type KeyObject } from "node:crypto";
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import signpdf, { Signer } from "@signpdf/signpdf";
import forge from "node-forge";
import type { Content } from "pdfmake/interfaces";
import type { AuditAnchor } from "../../shared/model/audit";
import { formatMoment } from "../../shared/time/zonedTime";
import { factTable, paragraph, sectionHeading, smallPrint, type DocumentFrame } from "./pdfDocument";

/**
 * Signing happens in two steps. First pdfmake draws the visible signature block into the document
 * (name, title, meaning, date and time, certificate), so what a reader sees is part of what is
 * signed. Then a PKCS#7 detached signature (adbe.pkcs7.detached) over every byte of the file except
 * the signature itself is placed in a signature field, made with the signer's own key.
 */

export interface VisibleSignature {
  fullName: string;
  title: string;
  meaning: string;
  signedAt: string;
  certificateSerial: string;
  certificateFingerprint: string;
  /** The audit log's last entry when the report was signed (see auditAnchor.ts); null for an empty log. */
  auditAnchor: AuditAnchor | null;
}

export interface SigningKeys {
  certificatePem: string;
  /** PKCS#8 PEM, straight from the vault; held only in memory. */
  privateKeyPem: string;
}

const SIGN_OFF_ID = "sign-off";

function splitFingerprint(fingerprint: string): string {
  const bytes = fingerprint.split(":");
  const half = Math.ceil(bytes.length / 2);
  return `${bytes.slice(0, half).join(":")}\n${bytes.slice(half).join(":")}`;
}

function auditAnchorFact(anchor: AuditAnchor) {
  // Two lines of 32 hex digits, like the certificate fingerprint.
  const hash = `${anchor.hash.slice(0, 32)}\n${anchor.hash.slice(32)}`;
  return { label: "Audit log at signing", value: { text: `Entry ${anchor.seq.toLocaleString("en-US")}, SHA-256\n${hash}`, fontSize: 8 } };
}

/** The sign-off section and the one-line summary the cover repeats. */
export function signOffContent(frame: DocumentFrame, signature: VisibleSignature | null): { summary: string; section: Content[] } {
  const heading = sectionHeading("Sign-off", SIGN_OFF_ID);
  if (frame.preview) {
    return {
      summary: "This is a preview for review. It is not signed and is not recorded in the report register.",
      section: [
        heading,
        paragraph("This is a preview for review before sign-off. It carries no signature and is not recorded in the practice's report register."),
      ],
    };
  }
  if (!signature) {
    return {
      summary: "This copy was exported without a signature.",
      section: [
        heading,
        paragraph(
          `This copy was exported without a signature by ${frame.generatedBy}. It is recorded in the practice's report register` +
            (frame.reportId ? ` as report ${frame.reportId}` : "") +
            ", so it can be matched later by its fingerprint (SHA-256).",
        ),
      ],
    };
  }
  const when = formatMoment(signature.signedAt, frame.practice.timeZone);
  return {
    summary: `Signed digitally by ${signature.fullName}${signature.title ? `, ${signature.title},` : ""} on ${when}. Meaning of the signature: ${signature.meaning}. The sign-off and the signature's details are at the end of this document.`,
    section: [
      {
        unbreakable: true,
        // The heading is inside the unbreakable block: on its own before it, it could be left at the foot of a page.
        // The block keeps it with the signature, so it is not a headline that may break the page itself
        // (pdfmake loses an unbreakable block that breaks inside).
        stack: [
          { ...(heading as object), headlineLevel: undefined } as Content,
          {
            table: {
              widths: ["*"],
              body: [
                [
                  {
                    // Read like a signature line on paper: what the signature means, the name, the title.
                    stack: [
                      { text: "DIGITALLY SIGNED", style: "coverKicker", margin: [0, 0, 0, 6] },
                      { text: signature.meaning, fontSize: 11, italics: true },
                      { text: signature.fullName, bold: true, fontSize: 18, margin: [0, 2, 0, 0] },
                      { text: [signature.title, frame.practice.name].filter(Boolean).join(", "), fontSize: 10, margin: [0, 0, 0, 10] },
                      factTable(
                        [
                          { label: "Date and time", value: when },
                          { label: "Meaning of this signature", value: signature.meaning },
                          { label: "Certificate serial number", value: signature.certificateSerial },
                          // Two lines of 16 bytes: the colon-separated hex has nowhere else to wrap.
                          { label: "Certificate fingerprint (SHA-256)", value: { text: splitFingerprint(signature.certificateFingerprint), fontSize: 8 } },
                          ...(signature.auditAnchor ? [auditAnchorFact(signature.auditAnchor)] : []),
                        ],
                        150,
                      ),
                    ],
                  },
                ],
              ],
            },
            layout: {
              hLineWidth: () => 1.5,
              vLineWidth: () => 1.5,
              hLineColor: () => "#000000",
              vLineColor: () => "#000000",
              paddingLeft: () => 12,
              paddingRight: () => 12,
              paddingTop: () => 10,
              paddingBottom: () => 6,
            },
            margin: [0, 4, 0, 10],
          },
          smallPrint(
            "This document carries a digital signature (PKCS#7) made with the signer's own certificate, kept in the practice's encrypted vault. " +
              "Changing any part of the file after signing makes the signature invalid. To check it, open the file in Safeguard Desk (Reports, Verify a report) " +
              "or in a PDF reader's signature panel, and compare the certificate fingerprint above with the certificate file the signer provides." +
              (signature.auditAnchor
                ? " The audit log entry above was the practice's latest when this report was signed: checking this file in Safeguard Desk later also shows whether any audit log entry up to it has been changed or removed since."
                : ""),
          ),
        ],
      },
    ],
  };
}

/** DER of DigestInfo's AlgorithmIdentifier for SHA-256, which precedes the 32-byte hash (RFC 8017, 9.2 note 1). */
const SHA256_DIGEST_INFO_PREFIX = Buffer.from("3031300d060960864801650304020105000420", "hex");

/**
 * The PKCS#7 (CMS SignedData) signer. node-forge assembles the structure (certificate, signed
 * attributes, content digest); the RSA operation itself is Node's (OpenSSL), which is hundreds of
 * times faster than forge's JavaScript big numbers. forge hands over the SHA-256 of the signed
 * attributes; RSASSA-PKCS1-v1_5 is the private-key operation with type 1 padding over that hash's
 * DigestInfo, which is what `privateEncrypt` with PKCS#1 padding computes.
 */
class VaultKeySigner extends Signer {
  private readonly privateKey: KeyObject;
  private readonly certificate: forge.pki.Certificate;

  constructor(keys: SigningKeys) {
    super();
    this.privateKey = createPrivateKey(keys.privateKeyPem);
    this.certificate = forge.pki.certificateFromPem(keys.certificatePem);
    // A key that is not the certificate's would make a signature no reader accepts: refuse it here.
    const spki = (pem: string) => pem.replace(/\s+/g, "");
    const fromKey = createPublicKey(this.privateKey).export({ type: "spki", format: "pem" }).toString();
    if (spki(fromKey) !== spki(forge.pki.publicKeyToPem(this.certificate.publicKey))) {
      throw new Error("The signing key does not belong to the signing certificate.");
    }
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const privateKey = this.privateKey;
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString("binary"));
    p7.addCertificate(this.certificate);
    p7.addSigner({
      // forge calls key.sign(md) once, with the digest of the signed attributes.
      key: {
        sign: (md: forge.md.MessageDigest) =>
          privateEncrypt(
            { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
            Buffer.concat([SHA256_DIGEST_INFO_PREFIX, Buffer.from(md.digest().getBytes(), "binary")]),
          ).toString("binary"),
      } as unknown as forge.pki.rsa.PrivateKey,
      certificate: this.certificate,
      digestAlgorithm: forge.pki.oids.sha256!,
      // The order matters to EU validators (as @signpdf's own signer has it); messageDigest is filled in by forge.
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime!, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest! },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), "binary");
  }
}

/** The signature format pdfsig and Acrobat name "adbe.pkcs7.detached". */
const SUBFILTER_ADOBE_PKCS7_DETACHED = "adbe.pkcs7.detached";

/** Room for the PKCS#7 blob: one RSA-3072 certificate and signature need about 2.5 KB. */
const SIGNATURE_LENGTH = 8192;

/**
 * @signpdf/placeholder-plain's incremental update points `startxref` at the blank line before its
 * `xref` keyword; readers cope, but qpdf --check warns. Point it at the keyword itself. This runs
 * before signing, so the signature covers the corrected bytes.
 */
function pointStartXrefAtXref(pdf: Buffer): Buffer {
  const tailStart = Math.max(0, pdf.length - 64);
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.subarray(tailStart).toString("latin1"));
  if (!match?.[1]) return pdf;
  const offset = Number(match[1]);
  let actual = offset;
  while (actual < offset + 8 && /\s/.test(String.fromCharCode(pdf[actual] ?? 0))) actual += 1;
  if (actual === offset || pdf.subarray(actual, actual + 4).toString("latin1") !== "xref") return pdf;
  const numberAt = tailStart + match.index + match[0].indexOf(match[1], "startxref".length);
  return Buffer.concat([pdf.subarray(0, numberAt), Buffer.from(String(actual), "latin1"), pdf.subarray(numberAt + match[1].length)]);
}

/**
 * Adds the signature field and signs. `signedAt` is the same moment the visible block shows; it goes
 * into the signature dictionary (/M) and the signed signingTime attribute.
 */
export async function signPdf(
  pdf: Buffer,
  keys: SigningKeys,
  details: { signerName: string; meaning: string; location: string; signedAt: Date },
): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: details.meaning,
    contactInfo: "",
    name: details.signerName,
    location: details.location,
    signingTime: details.signedAt,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    appName: "Safeguard-Desk", // written as a PDF name, which cannot hold a space
  });
  return signpdf.sign(pointStartXrefAtXref(withPlaceholder), new VaultKeySigner(keys), details.signedAt);
}
