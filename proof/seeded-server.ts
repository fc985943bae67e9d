import { jwtSecret, scratchDatabase, type ScratchDatabase } from './lib.ts';
import { seedOrganisation, type Seeded, type SeedOptions } from './seed.ts';
import { startServer, type ServerProcess } from './server-process.ts';

export type SeededServer = { scratch: ScratchDatabase; seeded: Seeded; server: ServerProcess };

/**
 * A scratch database with a seeded organisation and one server on it, for the length of `fn`; the server is
 * stopped and the database dropped however `fn` ends.
 */
export async function withSeededServer<T>(options: SeedOptions, fn: (setup: SeededServer) => Promise<T>): Promise<T> {
  const scratch = await scratchDatabase();
  const secret = jwtSecret();
  try {
    const seeded = await seedOrganisation(scratch.database.db, secret, options);
    await scratch.closeSeeding();
    const server = await startServer({ databaseUrl: scratch.url, jwtSecret: secret });
    try {
      return await fn({ scratch, seeded, server });
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.drop();
  }
}
