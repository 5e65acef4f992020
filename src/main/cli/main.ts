import { COMMANDS } from "./commands";
import { CommandFailure, EXIT_FAILURE, EXIT_USAGE, UsageError } from "./cliIo";

function usage(): string {
  return ["Usage: npm run cli -- <command> [options]", "", "Commands:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");
}

export async function runCli(argv: string[], out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "help") {
    out(usage());
    return name ? 0 : EXIT_USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n${usage()}\n`);
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
