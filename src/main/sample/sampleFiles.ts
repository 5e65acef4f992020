/**
 * Small, real PDF files for the sample's attachments (a signed BAA, a training certificate): one page
 * of Helvetica text that any reader opens, made in memory so the sample needs no files on disk. Each
 * says that it is sample data.
 */

function escapePdfText(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`).replace(/[^\x20-\x7e]/g, "?");
}

export function samplePdf(title: string, lines: readonly string[]): Buffer {
  const body = [
    "BT",
    "/F1 18 Tf 72 720 Td",
    `(${escapePdfText(title)}) Tj`,
    "/F1 11 Tf 0 -32 Td 15 TL",
    ...lines.map((line) => `(${escapePdfText(line)}) ' `),
    "0 -30 Td",
    "(SAMPLE DATA: a made-up document of the Safeguard Desk sample practice.) '",
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(body, "latin1")} >>\nstream\n${body}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** The same, as the channels take an attachment: a file name, its type and base64 content. */
export function samplePdfFile(fileName: string, title: string, lines: readonly string[]) {
  return { fileName, mimeType: "application/pdf", contentBase64: samplePdf(title, lines).toString("base64") };
}
