"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MANAGE_GUILD = void 0;
exports.startSandboxWorld = startSandboxWorld;
const node_crypto_1 = require("node:crypto");
const discord_sandbox_1 = require("./discord-sandbox");
/** Bits of Discord's Manage Server permission. */
exports.MANAGE_GUILD = 1n << 5n;
/**
 * Starts the local Discord-compatible server on 127.0.0.1 with a server that has the channels a
 * campaign expects (#gazette, #table-talk, #admin) and an owner who may run /gw_admin.
 */
async function startSandboxWorld(port = 0) {
    const token = `sandbox.${(0, node_crypto_1.randomBytes)(18).toString('base64url')}`;
    const sandbox = new discord_sandbox_1.DiscordSandbox({ token, port, heartbeatIntervalMs: 15_000 });
    await sandbox.start();
    const guild = sandbox.createGuild({
        name: 'The Sandbox Academy',
        channels: ['general', 'gazette', 'table-talk', 'admin'],
    });
    const owner = sandbox.addMember(guild.id, { username: 'dean', permissions: exports.MANAGE_GUILD });
    return { sandbox, token, guild, owner };
}
//# sourceMappingURL=sandbox-bootstrap.js.map