// An ambient declaration file (no import or export), so the wildcard module applies everywhere.
declare module "*?url" {
  /** Vite answers the built file's address in the app (a worker script, for instance). */
  const url: string;
  export default url;
}
