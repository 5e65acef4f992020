/**
 * The one Content-Security-Policy for the renderer. The custom protocol sends it as a header on every
 * response and src/renderer/index.html repeats it in a meta tag (a test keeps the two equal).
 * Everything comes from our own origin; nothing may be fetched, framed, posted or loaded from anywhere else.
 * `data:`/`blob:` images are allowed because the renderer draws charts and previews exports locally.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // pdf.js draws report previews with a worker script of our own.
  "worker-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
