/** An error the user caused (bad file, bad option): printed as one Chinese line, exit code 1. */
export class CliError extends Error {}
