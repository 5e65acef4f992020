/** Saves a PDF sent as base64 through the browser's download, which Electron turns into a Save dialog. */
export function downloadPdf(fileName: string, pdfBase64: string): void {
  const bytes = Uint8Array.from(atob(pdfBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address stops working.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
