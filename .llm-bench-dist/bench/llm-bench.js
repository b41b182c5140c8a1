"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.measureLlmDigests = measureLlmDigests;
const promises_1 = require("node:timers/promises");
const llm_sandbox_server_1 = require("../llm-sandbox/llm-sandbox-server");
const bench_stats_1 = require("./bench-stats");
const bench_run_1 = require("./bench-run");
const digest_bench_1 = require("./digest-bench");
const load_driver_1 = require("./load-driver");
const GOSSIP_TITLE = 'Academic Gossip';
/**
 * Runs `rounds` digests of fresh guilds of `players` players against the service started with a
 * test language model answering after `latencyMs`. Each player submits one theory backed by two
 * scholars, so the digest has reactions to voice.
 */
async function measureLlmDigests(rounds, players, latencyMs) {
    const llm = await llm_sandbox_server_1.LlmSandboxServer.start({ latencyMs });
    const session = await bench_run_1.BenchSession.start(0, players, {
        LLM_BASE_URL: `${llm.url}/v1`,
        LLM_MODEL: 'bench-model',
    });
    try {
        const guilds = session.world.addGuilds(rounds, players);
        await (0, promises_1.setTimeout)(200);
        await session.setUp(guilds);
        const totals = [];
        const reactionReplies = [];
        const tokens = [];
        for (const guild of guilds) {
            await queueBackedTheories(session, guild);
            const tokensBefore = await scrapeSum(session.service.url, 'greatwork_llm_tokens_total');
            const timing = await (0, digest_bench_1.timeDigest)(session.world, guild, players);
            tokens.push((await scrapeSum(session.service.url, 'greatwork_llm_tokens_total')) - tokensBefore);
            totals.push(timing.totalMs);
            reactionReplies.push(gossipDelay(session, guild, timing.totalMs));
        }
        return {
            latencyMs,
            players,
            total: (0, bench_stats_1.summarize)(totals),
            reactionReply: (0, bench_stats_1.summarize)(reactionReplies),
            tokensPerDigest: (0, bench_stats_1.summarize)(tokens),
            requestsPerDigest: llm.reactionRequests.length / Math.max(1, rounds),
            fallbacks: await scrapeSum(session.service.url, 'greatwork_llm_fallbacks_total'),
        };
    }
    finally {
        await session.stop();
        await llm.stop();
    }
}
async function queueBackedTheories(session, guild) {
    const choices = await session.world.sandbox.invokeAutocomplete({
        guildId: guild.guild.id,
        channelId: guild.general,
        userId: guild.players[0].id,
        name: 'submit_theory',
        options: { claim: 'x', confidence: 'suspect', supporter1: '' },
        focused: 'supporter1',
    });
    for (const [index, player] of guild.players.entries()) {
        const timing = await (0, load_driver_1.dispatch)(session.world, guild, player.id, {
            label: 'submit_theory',
            name: 'submit_theory',
            options: {
                claim: `Lead ${index} holds that the eastern causeway predates the flood.`,
                confidence: 'suspect',
                supporter1: String(choices[(2 * index) % choices.length].value),
                supporter2: String(choices[(2 * index + 1) % choices.length].value),
            },
        });
        if (timing.isDropped) {
            throw new Error(`a backed theory was dropped in guild ${guild.guild.id}`);
        }
    }
}
/**
 * Milliseconds from the digest command to the gossip post, from the last post's time: both are
 * stamped by the same server clock, so their difference is exact.
 */
function gossipDelay(session, guild, totalMs) {
    const messages = session.world.sandbox.channelMessages(guild.gazette);
    const gossip = messages.find((message) => message.embeds.some((embed) => embed.title?.includes(GOSSIP_TITLE)));
    if (!gossip) {
        return Number.NaN;
    }
    return totalMs - (messages[messages.length - 1].createdAt - gossip.createdAt);
}
/** Sums every series of a counter in the service's `/metrics` text. */
async function scrapeSum(baseUrl, name) {
    const text = await (await fetch(`${baseUrl}/metrics`)).text();
    return text
        .split('\n')
        .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}
//# sourceMappingURL=llm-bench.js.map