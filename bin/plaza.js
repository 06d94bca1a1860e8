#!/usr/bin/env node
// The `plaza` command: runs the TypeScript CLI through tsx, so `npx plaza …` works right after `npm ci`.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
