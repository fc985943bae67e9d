import { buildApp } from './app.ts';
import { loggerOptions } from './http/logger.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createDb, DataDirLockedError } from './db/client.ts';
import { SEED_LOCK_KEY } from './db/locks.ts';
import { migrate } from './db/migrate.ts';
import { shutdown } from './http/shutdown.ts';
import { seedDemo } from './seed/demo.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }

  const { default: pino } = await import('pino');
  const log = pino(loggerOptions(config.logLevel) as object);
  let database;
  try {
    database = await createDb(config, log);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(3);
    }
    throw error;
  }
  await migrate(database);
  // Replicas starting together on an empty database must not both seed it.
  const seeded = config.seedDemo ? await database.withAdvisoryLock(SEED_LOCK_KEY, (db) => seedDemo({ db })) : undefined;

  const app = await buildApp({ config, database });
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal, gracePeriodMs: config.shutdownGraceMs }, 'shutting down');
    shutdown({ app, database, gracePeriodMs: config.shutdownGraceMs }).then(
      ({ graceful, durationMs }) => {
        app.log.info({ graceful, durationMs }, 'shut down');
        process.exit(graceful ? 0 : 1);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  await app.listen({ port: config.port, host: config.host });
  await app.jobs.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.includes(`:${config.port}`)
    ? config.publicUrl.replace(`:${config.port}`, `:${port}`)
    : config.publicUrl;
  const lines = [
    '',
    `  Ambassador is running at ${url}`,
    `  Database: ${database.driver === 'pg' ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`}`,
    `  API docs: ${url}/api/docs`,
    `  Mail: ${config.smtpUrl ? `sent through ${new URL(config.smtpUrl).host} (${app.jobs.kind} jobs)` : 'no SMTP_URL, mails stay in the outbox'}`,
  ];
  if (seeded) {
    lines.push(
      `  Demo organisation "${seeded.organisationName}"${seeded.created ? ' (just created)' : ''}; log in as:`,
    );
    for (const user of seeded.logins) lines.push(`    ${user.role.padEnd(11)} ${user.email}  /  ${user.password}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
