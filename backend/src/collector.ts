import { parsePeriodicity } from './collector-args.js';

const USAGE = `usage: collector <periodicity-seconds>

Collects the public-status targets into the configured database (DATABASE_URL, or the embedded one
in DATA_DIR) every <periodicity-seconds> seconds (a whole number from 1 to 86400; each target still
waits its own interval, at least 30 s). Run the API with COLLECTOR=off beside it.

  npm run collector -- 60
  node backend/dist/collector.js 60`;

async function main(): Promise<void> {
  const periodicity = parsePeriodicity(process.argv[2]);
  if (periodicity === undefined || process.argv.length > 3) {
    console.error(
      process.argv[2] === undefined ? 'missing periodicity' : `invalid periodicity: ${process.argv.slice(2).join(' ')}`,
    );
    console.error(USAGE);
    process.exit(2);
  }
  // Loaded only once the arguments are fine: a usage error answers at once.
  await import('reflect-metadata');
  const [
    { NestFactory },
    { Logger },
    { CollectorModule },
    { loadConfigOrExit },
    { openDatabase },
    { TargetsCollector },
  ] = await Promise.all([
    import('@nestjs/core'),
    import('nestjs-pino'),
    import('./collector.module.js'),
    import('./config/config.schema.js'),
    import('./db/database.js'),
    import('./targets/targets.collector.js'),
  ]);
  const config = loadConfigOrExit(process.env);
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl, poolSize: 2 } : { dataDir: config.dataDir },
  );
  await database.migrate();
  const app = await NestFactory.createApplicationContext(CollectorModule.forRoot(config, database), {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.flushLogs();
  const collector = app.get(TargetsCollector);

  let stopping = false;
  let wake: (() => void) | undefined;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing the round in progress`, 'Collector');
    wake?.();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  logger.log(`collecting every ${periodicity} s`, 'Collector');
  while (!stopping) {
    const started = Date.now();
    try {
      const results = await collector.collectDue(new Date());
      const failed = results.filter((r) => r.outcome === 'failed').length;
      logger.log(`round done: ${results.length} collected, ${failed} failed`, 'Collector');
    } catch (error) {
      logger.error(`round failed: ${(error as Error).message}`, 'Collector');
    }
    const waitMs = Math.max(0, periodicity * 1000 - (Date.now() - started));
    if (!stopping) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, waitMs)));
  }
  // Closing the context closes the database (DatabaseModule's shutdown hook).
  await app.close();
  logger.log('database closed, exiting', 'Collector');
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error('collector failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
