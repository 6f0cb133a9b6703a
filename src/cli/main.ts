#!/usr/bin/env node
// The `dyad` executable: runs the CLI on the process's arguments and stdio and sets the exit code.
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
