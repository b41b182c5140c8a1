"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.queueOrders = queueOrders;
exports.timeDigest = timeDigest;
const load_driver_1 = require("./load-driver");
/** Milliseconds to wait for an edition's posts before counting the digest as failed. */
const DELIVERY_TIMEOUT_MS = 30_000;
/** Queues two theories per player and returns how many orders were queued. */
async function queueOrders(world, guild) {
    let orders = 0;
    for (const [index, player] of guild.players.entries()) {
        for (const round of [0, 1]) {
            const timing = await (0, load_driver_1.dispatch)(world, guild, player.id, {
                label: 'submit_theory',
                name: 'submit_theory',
                options: {
                    claim: `Order ${round} of lead ${index}: the eastern causeway predates the flood.`,
                    confidence: round === 0 ? 'certain' : 'suspect',
                },
            });
            if (timing.isDropped) {
                throw new Error(`a queued order was dropped in guild ${guild.guild.id}`);
            }
            orders += 1;
        }
    }
    return orders;
}
/**
 * Has the admin run `/gw_admin digest_now` and times it until every post of the edition reaches
 * the gazette channel.
 */
async function timeDigest(world, guild, orders) {
    const before = world.sandbox.channelMessages(guild.gazette).length;
    const interaction = world.sandbox.invokeCommand({
        guildId: guild.guild.id,
        channelId: guild.general,
        userId: guild.admin.id,
        name: 'gw_admin',
        subcommand: 'digest_now',
    });
    const reply = await interaction.waitForReply(DELIVERY_TIMEOUT_MS);
    const messages = Number(/(\d+) message\(s\)/.exec(reply.content)?.[1] ?? NaN);
    if (!Number.isFinite(messages)) {
        throw new Error(`digest_now replied without a message count: ${reply.content}`);
    }
    await world.sandbox.waitForMessages(guild.gazette, before + messages, DELIVERY_TIMEOUT_MS);
    const stored = world.sandbox.channelMessages(guild.gazette);
    const lastPostAt = performance.timeOrigin + performance.now();
    const lastStoredAt = stored[stored.length - 1].createdAt;
    const finishedAt = Math.min(lastPostAt, lastStoredAt) - performance.timeOrigin;
    return {
        players: guild.players.length,
        orders,
        messages,
        totalMs: finishedAt - interaction.dispatchedAt,
    };
}
//# sourceMappingURL=digest-bench.js.map