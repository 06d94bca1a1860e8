// Worker entry: registers the TypeScript loader (workers do not inherit it), then loads the worker.
import { register } from 'tsx/esm/api';
register();
await import('./store-worker.ts');
