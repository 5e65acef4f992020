import { createHash, generateKeyPair, randomBytes } from "node:crypto";
import { promisify } from "node:util";
import forge from "node-forge";
import type { CertificateSubject } from "../../shared/model/reports";

/**
 * Each Administrator signs with a certificate of their own, made here and kept in the vault. It is
 * self-signed: nobody outside the practice vouches for it, so an auditor trusts it by comparing its
 * SHA-256 fingerprint with the certificate file the signer gives them (see the certificate export).
 *
 * RSA-3072 (NIST SP 800-57 Part 1: 128-bit strength, acceptable beyond 2030). Measured here: key
 * generation 0.2–0.6 s, off the event loop; one signature in node-forge's JavaScript about 90 ms.
 */
export const SIGNING_KEY_BITS = 3072;
export const CERTIFICATE_VALIDITY_YEARS = 3;

/** id-kp-documentSigning (RFC 9336); forge knows emailProtection by name, this one by its number. */
const DOCUMENT_SIGNING_OID = "1.3.6.1.5.5.7.3.36";
/** X.520 upper bounds for these attributes; strict readers reject longer values. */
const MAX_ATTRIBUTE_LENGTH = 64;

const generateKeyPairAsync = promisify(generateKeyPair);

export interface SigningIdentity {
  fullName: string;
  title: string;
  practiceName: string;
}

export interface NewSigningCertificate {
  certificatePem: string;
  /** PKCS#8 PEM. Store it only inside the encrypted vault; never write it to a file. */
  privateKeyPem: string;
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: string;
  notAfter: string;
}

export interface CertificateDescription {
  subject: CertificateSubject;
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: string;
  notAfter: string;
  selfSigned: boolean;
  der: Buffer;
}

const clip = (text: string) => text.trim().slice(0, MAX_ATTRIBUTE_LENGTH);

function subjectAttributes(identity: SigningIdentity): forge.pki.CertificateField[] {
  // UTF8String, so that "José Núñez" survives; forge would otherwise write PrintableString.
  const utf8 = forge.asn1.Type.UTF8;
  const attributes: forge.pki.CertificateField[] = [{ name: "commonName", value: clip(identity.fullName), valueTagClass: utf8 as unknown as forge.asn1.Class }];
  if (identity.title.trim()) attributes.push({ name: "title", value: clip(identity.title), valueTagClass: utf8 as unknown as forge.asn1.Class });
  attributes.push({ name: "organizationName", value: clip(identity.practiceName), valueTagClass: utf8 as unknown as forge.asn1.Class });
  return attributes;
}

/** A positive 128-bit serial number (RFC 5280 4.1.2.2: at most 20 octets, not negative), as upper-case hex. */
function newSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes.toString("hex").toUpperCase();
}

/** "AB:CD:..." as `openssl x509 -fingerprint -sha256` prints it, so an auditor can compare by eye. */
export function fingerprintOf(der: Buffer): string {
  return createHash("sha256").update(der).digest("hex").toUpperCase().match(/../g)!.join(":");
}

export function derFromPem(pem: string): Buffer {
  const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
  return Buffer.from(body, "base64");
}

export async function createSigningCertificate(identity: SigningIdentity, now = new Date()): Promise<NewSigningCertificate> {
  // Node's generator runs on the libuv pool, so the window stays responsive while the key is made.
  const { privateKey: privateKeyPem } = await generateKeyPairAsync("rsa", {
    modulusLength: SIGNING_KEY_BITS,
    publicExponent: 0x10001,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const privateKey = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  certificate.serialNumber = newSerialNumber();
  const notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000); // a minute's grace for clock drift
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + CERTIFICATE_VALIDITY_YEARS);
  certificate.validity.notBefore = notBefore;
  certificate.validity.notAfter = notAfter;
  const subject = subjectAttributes(identity);
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
    { name: "extKeyUsage", emailProtection: true, [DOCUMENT_SIGNING_OID]: true },
    { name: "subjectKeyIdentifier" },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());
  const certificatePem = forge.pki.certificateToPem(certificate);
  return {
    certificatePem,
    privateKeyPem,
    serialNumber: certificate.serialNumber.toUpperCase(),
    fingerprintSha256: fingerprintOf(derFromPem(certificatePem)),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
  };
}

function field(certificate: forge.pki.Certificate, name: string): string | null {
  const found = certificate.subject.getField({ name }) as { value?: unknown } | null;
  return typeof found?.value === "string" ? found.value : null;
}

export function describeForgeCertificate(certificate: forge.pki.Certificate): CertificateDescription {
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), "binary");
  let selfSigned = false;
  try {
    selfSigned = certificate.isIssuer(certificate) && certificate.verify(certificate);
  } catch {
    selfSigned = false;
  }
  return {
    subject: { commonName: field(certificate, "commonName") ?? "(no name)", title: field(certificate, "title"), organization: field(certificate, "organizationName") },
    serialNumber: certificate.serialNumber.toUpperCase(),
    fingerprintSha256: fingerprintOf(der),
    notBefore: certificate.validity.notBefore.toISOString(),
    notAfter: certificate.validity.notAfter.toISOString(),
    selfSigned,
    der,
  };
}

export function describeCertificate(pem: string): CertificateDescription {
  return describeForgeCertificate(forge.pki.certificateFromPem(pem));
}

/** Whether the certificate still names the person as they are now: a new name or title calls for a new one. */
export function subjectMatches(description: CertificateDescription, identity: SigningIdentity): boolean {
  const wanted = subjectAttributes(identity);
  const value = (name: string) => (wanted.find((attribute) => attribute.name === name)?.value as string | undefined) ?? null;
  return (
    description.subject.commonName === value("commonName") &&
    description.subject.title === value("title") &&
    description.subject.organization === value("organizationName")
  );
}
