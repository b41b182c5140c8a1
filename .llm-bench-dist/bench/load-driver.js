"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.driveLoad = driveLoad;
exports.dispatch = dispatch;
const promises_1 = require("node:timers/promises");
const random_1 = require("../common/random");
const command_mix_1 = require("./command-mix");
/**
 * Sends the weighted command mix at a steady rate from random players of random guilds and
 * records acknowledgement and reply latency as the REST server sees them.
 */
async function driveLoad(world, guilds, options) {
    const random = new random_1.RandomStream(options.seed);
    const intervalMs = 1000 / options.rate;
    const total = Math.round(options.rate * options.durationSeconds);
    const started = performance.now();
    const pending = [];
    for (let sequence = 0; sequence < total; sequence++) {
        const due = started + sequence * intervalMs;
        const wait = due - performance.now();
        if (wait > 1) {
            await (0, promises_1.setTimeout)(wait);
        }
        const guild = random.pick(guilds);
        const player = random.pick(guild.players);
        pending.push(dispatch(world, guild, player.id, (0, command_mix_1.drawCommand)(random, sequence)));
    }
    return Promise.all(pending);
}
/** Sends one planned command or autocomplete request and measures it. */
async function dispatch(world, guild, userId, plan) {
    const target = {
        guildId: guild.guild.id,
        channelId: guild.general,
        userId,
        name: plan.name,
        subcommand: plan.subcommand,
        options: plan.options,
    };
    if (plan.focused) {
        const started = performance.now();
        try {
            await world.sandbox.invokeAutocomplete({ ...target, focused: plan.focused });
            return { label: plan.label, ackMs: performance.now() - started, isDropped: false };
        }
        catch {
            return { label: plan.label, ackMs: NaN, isDropped: true };
        }
    }
    const interaction = world.sandbox.invokeCommand(target);
    try {
        const acknowledged = await interaction.acknowledged;
        const reply = await interaction.waitForReply(5_000).then(() => performance.now());
        return {
            label: plan.label,
            ackMs: acknowledged.receivedAt - interaction.dispatchedAt,
            replyMs: reply - interaction.dispatchedAt,
            isDropped: false,
        };
    }
    catch {
        return { label: plan.label, ackMs: NaN, isDropped: true };
    }
}
//# sourceMappingURL=load-driver.js.map