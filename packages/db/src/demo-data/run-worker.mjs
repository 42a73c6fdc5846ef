// Starts a TypeScript worker thread: a worker does not inherit tsx's or vitest's module loader.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
