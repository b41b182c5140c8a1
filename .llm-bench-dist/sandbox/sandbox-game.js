"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxGame = void 0;
const core_1 = require("@nestjs/core");
const promises_1 = require("node:timers/promises");
const app_module_1 = require("../app.module");
const necord_rebinding_1 = require("./necord-rebinding");
const sandbox_bootstrap_1 = require("./sandbox-bootstrap");
/** Milliseconds to wait for the bot to log in and register its commands. */
const READY_TIMEOUT_MS = 20_000;
/**
 * The whole service running in this process against the local Discord-compatible server, with
 * helpers to act as players. Used by the flow tests, the demo and the benchmark.
 */
class SandboxGame {
    world;
    app;
    options;
    constructor(world, app, options) {
        this.world = world;
        this.app = app;
        this.options = options;
    }
    /** Starts the sandbox (unless one is given) and the service, and waits until it is ready. */
    static async start(options) {
        const world = options.world ?? (await (0, sandbox_bootstrap_1.startSandboxWorld)());
        Object.assign(process.env, {
            DISCORD_TOKEN: world.token,
            DISCORD_API_URL: world.sandbox.apiBaseUrl,
            DISCORD_SANDBOX: 'true',
            DATABASE_PATH: options.databasePath,
            HTTP_PORT: '0',
            ...options.env,
        });
        (0, necord_rebinding_1.resetNecordBindings)();
        const app = await core_1.NestFactory.create(app_module_1.AppModule.register(options), {
            logger: options.logger ?? false,
        });
        await app.listen(0, '127.0.0.1');
        const game = new SandboxGame(world, app, options);
        await game.waitUntilReady();
        return game;
    }
    get sandbox() {
        return this.world.sandbox;
    }
    get guild() {
        return this.world.guild;
    }
    /** The channel of the given name in the sandbox server. */
    channel(name) {
        const channel = this.guild.channels.find((candidate) => candidate.name === name);
        if (!channel) {
            throw new Error(`no channel #${name} in the sandbox server`);
        }
        return channel.id;
    }
    addPlayer(username, options = {}) {
        return this.sandbox.addMember(this.guild.id, {
            username,
            permissions: options.manageServer ? sandbox_bootstrap_1.MANAGE_GUILD : undefined,
        });
    }
    /** Dispatches a slash command as `user` and returns the interaction. */
    invoke(user, call) {
        return this.sandbox.invokeCommand({
            guildId: this.guild.id,
            channelId: call.channelId ?? this.channel('general'),
            userId: user.id,
            name: call.name,
            subcommand: call.subcommand,
            options: call.options,
        });
    }
    /** Runs a slash command as `user` and resolves with the visible reply. */
    command(user, call) {
        return this.invoke(user, call).waitForReply(5_000);
    }
    autocomplete(user, call) {
        return this.sandbox.invokeAutocomplete({
            guildId: this.guild.id,
            channelId: call.channelId ?? this.channel('general'),
            userId: user.id,
            name: call.name,
            subcommand: call.subcommand,
            options: call.options,
            focused: call.focused,
        });
    }
    gazetteMessages() {
        return this.sandbox.channelMessages(this.channel('gazette'));
    }
    /** Stops the service and starts it again on the same database and sandbox. */
    async restart(overrides = {}) {
        await this.app.close();
        return SandboxGame.start({ ...this.options, ...overrides, world: this.world });
    }
    /** Stops the service, and the sandbox unless `keepSandbox` is set. */
    async stop(options = {}) {
        await this.app.close();
        if (!options.keepSandbox) {
            await this.sandbox.stop();
        }
    }
    async waitUntilReady() {
        const deadline = Date.now() + READY_TIMEOUT_MS;
        while (Date.now() < deadline) {
            const response = await fetch(`${await this.app.getUrl()}/health/ready`);
            if (response.ok && this.sandbox.registeredCommands().length > 0) {
                return;
            }
            await (0, promises_1.setTimeout)(20);
        }
        throw new Error(`the service was not ready within ${READY_TIMEOUT_MS} ms`);
    }
}
exports.SandboxGame = SandboxGame;
//# sourceMappingURL=sandbox-game.js.map