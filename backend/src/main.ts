import 'reflect-metadata';
import { createApp } from './app.setup.js';
import { loadConfigOrExit } from './config/config.schema.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const logger = app.get(await import('nestjs-pino').then((m) => m.Logger));
  logger.log(`apimon listening on http://${config.host}:${config.port}`, 'Bootstrap');

  // Our own handlers rather than enableShutdownHooks(): Nest re-raises the signal after closing,
  // which makes the process exit 143 instead of 0.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`, 'Bootstrap');
    const force = setTimeout(() => {
      logger.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms, exiting`, 'Bootstrap');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('apimon failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
