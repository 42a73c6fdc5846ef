/** What domain code logs through: a pino/Fastify logger fits, and so does a test's recorder. */
export interface Logger {
  info(message: string): void;
  info(bindings: object, message: string): void;
  warn(message: string): void;
  warn(bindings: object, message: string): void;
  error(message: string): void;
  error(bindings: object, message: string): void;
}
