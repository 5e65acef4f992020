/** Saves bytes as a file through the browser's download, which Electron turns into a Save dialog. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves a file the main process sent as base64 (a PDF, a certificate, an attachment). */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadBlob(fileName, new Blob([base64ToBytes(base64)], { type }));
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file's name, type and bytes as the channels carry them, both ways. */
export interface Base64File {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/** A file the user picked, ready for a channel that takes one. */
export async function readFileForUpload(file: File): Promise<Base64File> {
  return { fileName: file.name, mimeType: file.type, contentBase64: await readFileAsBase64(file) };
}

/** Reads a file the user picked, as base64 for a channel that takes file contents. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(new Error(`"${file.name}" could not be read. Choose it again.`));
    reader.readAsDataURL(file);
  });
}
