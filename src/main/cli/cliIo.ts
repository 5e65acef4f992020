/** Exit codes of every command: 0 success, 1 failure with a plain message, 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
export class CommandFailure extends Error {}

/**
 * parseArgs's complaints are usage errors. A stray argument is not repeated back: it may be a
 * password typed in the wrong place, and the terminal's scrollback and logs would keep it. Option
 * names, which parseArgs's other messages quote, are safe to show.
 */
export function usageErrorFrom(parseArgsError: unknown): UsageError {
  if ((parseArgsError as { code?: unknown }).code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return new UsageError(
      "Unexpected argument: this command takes only the options shown below. What was typed is not repeated here, in case it was a password; passwords go on standard input.",
    );
  }
  return new UsageError((parseArgsError as Error).message);
}

/**
 * Passwords come only from standard input, never from arguments (which other users on the machine
 * can read from the process list). One secret per line.
 */
export async function readStdinLines(stdin: NodeJS.ReadableStream = process.stdin): Promise<string[]> {
  if ((stdin as { isTTY?: boolean }).isTTY) {
    throw new UsageError("Give the password on standard input, for example: printf '%s\\n' \"$PASSWORD\" | npm run cli -- ...");
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks)
    .toString("utf8")
    .split(/\r?\n/)
    .filter((line, index, all) => line.length > 0 || index < all.length - 1);
}

export async function readPasswordFromStdin(): Promise<string> {
  const [password] = await readStdinLines();
  if (!password) throw new UsageError("No password arrived on standard input.");
  return password;
}
