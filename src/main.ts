import 'reflect-metadata';
import type { Server } from 'node:http';
import { ConsoleLogger, Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { EnvironmentError, validateEnvironment, type Environment } from './config/env.validation';
import { startSandboxWorld, type SandboxWorld } from './sandbox/sandbox-bootstrap';

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Starts the service. Without DISCORD_TOKEN it first starts the local Discord-compatible server
 * and points the bot at it, so the game runs with no Discord account.
 */
async function bootstrap(): Promise<void> {
  const environment = validateEnvironment(process.env);
  const logger = new ConsoleLogger('GreatWork', {
    json: isJsonLogging(environment),
    logLevels: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(environment.LOG_LEVEL) + 1),
  });

  let world: SandboxWorld | null = null;
  if (environment.DISCORD_TOKEN === '') {
    world = await startSandboxWorld(environment.SANDBOX_PORT, { stableIds: true });
    process.env.DISCORD_TOKEN = world.token;
    process.env.DISCORD_API_URL = world.sandbox.apiBaseUrl;
    process.env.DISCORD_SANDBOX = 'true';
    logger.log({
      message: 'sandbox mode: no DISCORD_TOKEN, serving a local Discord-compatible server',
      apiUrl: world.sandbox.apiBaseUrl,
      guildId: world.guild.id,
    });
  }

  const app = await NestFactory.create(AppModule.register(), { logger, bufferLogs: true });
  app.enableShutdownHooks();
  if (world) {
    const sandbox = world.sandbox;
    (app.getHttpServer() as Server).on('close', () => void sandbox.stop());
  }
  await app.listen(environment.HTTP_PORT, environment.HTTP_HOST);
  Logger.log(
    {
      message: 'http listening',
      url: await app.getUrl(),
      routes: ['/health', '/health/ready', '/metrics'],
    },
    'GreatWork',
  );
}

/** Returns true for JSON logs: LOG_FORMAT=json, or production with LOG_FORMAT unset. */
function isJsonLogging(environment: Environment): boolean {
  if (!process.env.LOG_FORMAT) {
    return environment.NODE_ENV === 'production';
  }

  return environment.LOG_FORMAT === 'json';
}

bootstrap().catch((error: unknown) => {
  if (error instanceof EnvironmentError) {
    console.error(error.message);
  } else {
    // The message names what failed (a refused connection, an invalid token, a port in use); the
    // stack only helps a developer, so it is printed at debug level alone.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`The Great Work failed to start: ${message}`);
    if (['debug', 'verbose'].includes(process.env.LOG_LEVEL ?? '') && error instanceof Error) {
      console.error(error.stack);
    }
  }
  process.exit(1);
});
