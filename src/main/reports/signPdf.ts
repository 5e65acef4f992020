import { randomBytes } from "node:crypto";
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { P12Signer } from "@signpdf/signer-p12";
import signpdf from "@signpdf/signpdf";
import forge from "node-forge";
import type { Content } from "pdfmake/interfaces";
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
              "or in a PDF reader's signature panel, and compare the certificate fingerprint above with the certificate file the signer provides.",
          ),
        ],
      },
    ],
  };
}

/** The forge key and certificate wrapped in a PKCS#12 in memory, under a throwaway passphrase. */
function inMemoryP12(keys: SigningKeys): { p12: Buffer; passphrase: string } {
  const passphrase = randomBytes(18).toString("base64");
  const privateKey = forge.pki.privateKeyFromPem(keys.privateKeyPem);
  const certificate = forge.pki.certificateFromPem(keys.certificatePem);
  // A single PBKDF iteration: the bundle never leaves this worker's memory, so stretching the
  // throwaway passphrase would only cost time.
  const asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], passphrase, { algorithm: "aes256", count: 1 });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"), passphrase };
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
  const { p12, passphrase } = inMemoryP12(keys);
  try {
    return await signpdf.sign(pointStartXrefAtXref(withPlaceholder), new P12Signer(p12, { passphrase }), details.signedAt);
  } finally {
    p12.fill(0);
  }
}
