"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BenchWorld = void 0;
const node_crypto_1 = require("node:crypto");
const discord_sandbox_1 = require("../sandbox/discord-sandbox");
const sandbox_bootstrap_1 = require("../sandbox/sandbox-bootstrap");
/** The local Discord-compatible server populated with many guilds of simulated players. */
class BenchWorld {
    sandbox;
    token;
    guilds = [];
    constructor(sandbox, token) {
        this.sandbox = sandbox;
        this.token = token;
    }
    static async start() {
        const token = `bench.${(0, node_crypto_1.randomBytes)(18).toString('base64url')}`;
        const sandbox = new discord_sandbox_1.DiscordSandbox({ token, heartbeatIntervalMs: 30_000 });
        await sandbox.start();
        return new BenchWorld(sandbox, token);
    }
    /** Adds `count` guilds with `playersPerGuild` players each, named by their index. */
    addGuilds(count, playersPerGuild) {
        const added = [];
        for (let i = 0; i < count; i++) {
            const index = this.guilds.length;
            const guild = this.sandbox.createGuild({
                name: `Bench Academy ${index}`,
                channels: ['general', 'gazette', 'table-talk', 'admin'],
            });
            const channel = (name) => guild.channels.find((c) => c.name === name).id;
            const admin = this.sandbox.addMember(guild.id, {
                username: `dean${index}`,
                permissions: sandbox_bootstrap_1.MANAGE_GUILD,
            });
            const players = Array.from({ length: playersPerGuild }, (_, p) => this.sandbox.addMember(guild.id, { username: `lead${index}x${p}` }));
            const benchGuild = {
                guild,
                general: channel('general'),
                gazette: channel('gazette'),
                admin,
                players,
            };
            this.guilds.push(benchGuild);
            added.push(benchGuild);
        }
        return added;
    }
    get apiBaseUrl() {
        return this.sandbox.apiBaseUrl;
    }
    stop() {
        return this.sandbox.stop();
    }
}
exports.BenchWorld = BenchWorld;
//# sourceMappingURL=bench-world.js.map