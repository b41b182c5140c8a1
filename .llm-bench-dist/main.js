"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const app_module_1 = require("./app.module");
const env_validation_1 = require("./config/env.validation");
const sandbox_bootstrap_1 = require("./sandbox/sandbox-bootstrap");
const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
/**
 * Starts the service. Without DISCORD_TOKEN it first starts the local Discord-compatible server
 * and points the bot at it, so the game runs with no Discord account.
 */
async function bootstrap() {
    const environment = (0, env_validation_1.validateEnvironment)(process.env);
    const logger = new common_1.ConsoleLogger('GreatWork', {
        json: isJsonLogging(environment),
        logLevels: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(environment.LOG_LEVEL) + 1),
    });
    let world = null;
    if (environment.DISCORD_TOKEN === '') {
        world = await (0, sandbox_bootstrap_1.startSandboxWorld)(environment.SANDBOX_PORT);
        process.env.DISCORD_TOKEN = world.token;
        process.env.DISCORD_API_URL = world.sandbox.apiBaseUrl;
        process.env.DISCORD_SANDBOX = 'true';
        logger.log({
            message: 'sandbox mode: no DISCORD_TOKEN, serving a local Discord-compatible server',
            apiUrl: world.sandbox.apiBaseUrl,
            guildId: world.guild.id,
        });
    }
    const app = await core_1.NestFactory.create(app_module_1.AppModule.register(), { logger, bufferLogs: true });
    app.enableShutdownHooks();
    if (world) {
        const sandbox = world.sandbox;
        app.getHttpServer().on('close', () => void sandbox.stop());
    }
    await app.listen(environment.HTTP_PORT, environment.HTTP_HOST);
    common_1.Logger.log({
        message: 'http listening',
        url: await app.getUrl(),
        routes: ['/health', '/health/ready', '/metrics'],
    }, 'GreatWork');
}
/** JSON logs when LOG_FORMAT=json, or in production unless LOG_FORMAT says otherwise. */
function isJsonLogging(environment) {
    if (!process.env.LOG_FORMAT) {
        return environment.NODE_ENV === 'production';
    }
    return environment.LOG_FORMAT === 'json';
}
bootstrap().catch((error) => {
    if (error instanceof env_validation_1.EnvironmentError) {
        console.error(error.message);
    }
    else {
        // The message says what failed (a refused connection, an invalid token, a port in use); the
        // stack only helps a developer, so it is printed at debug level alone.
        const message = error instanceof Error ? error.message : String(error);
        console.error(`The Great Work failed to start: ${message}`);
        if (['debug', 'verbose'].includes(process.env.LOG_LEVEL ?? '') && error instanceof Error) {
            console.error(error.stack);
        }
    }
    process.exit(1);
});
//# sourceMappingURL=main.js.map