import { COMMANDS } from "./commands";
import { CommandFailure, EXIT_FAILURE, EXIT_USAGE, UsageError } from "./cliIo";

function usage(): string {
  return ["Usage: npm run cli -- <command> [options]", "", "Commands:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");
}

export async function runCli(argv: string[], out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "help") {
    out(usage());
    return 0;
  }
  if (!name) {
    process.stderr.write(`Name a command.\n${usage()}\n`);
    return EXIT_USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    // Not repeated back: a password typed in the wrong place would stay in the terminal's scrollback and logs.
    process.stderr.write(`Unknown command (what was typed is not repeated here, in case it was a password).\n${usage()}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, { out });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nUsage: npm run cli -- ${command.usage}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CommandFailure) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_FAILURE;
    }
    process.stderr.write(`Unexpected error: ${(error as Error).message}\n`);
    return EXIT_FAILURE;
  }
}

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
