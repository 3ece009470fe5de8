#!/usr/bin/env node
// The published CLI runs the built entry; `pnpm build` produces dist/cli/cli.js.
import { main } from '../dist/cli/cli.js';

process.exitCode = await main(process.argv.slice(2));
