#!/usr/bin/env node
// Thin entry point: all behaviour lives in main(), which is tested in-process too.
import { main } from '../dist/cli/main.js';

process.exitCode = await main({
  argv: process.argv.slice(2),
  // A getter: process.stdin is made only if the run reads it (see MainIO.stdin).
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
