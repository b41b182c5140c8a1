"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const typeorm_1 = require("typeorm");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const clock_1 = require("../common/clock");
const game_error_1 = require("../common/game-error");
const gazette_jobs_1 = require("../gazette/gazette.jobs");
const gazette_delivery_service_1 = require("../gazette/gazette-delivery.service");
const sandbox_game_1 = require("../sandbox/sandbox-game");
const mentorship_service_1 = require("../scholars/mentorship.service");
const poaching_service_1 = require("../scholars/poaching.service");
const recruitment_service_1 = require("../scholars/recruitment.service");
const scholar_profile_1 = require("../scholars/scholar-profile");
const theories_service_1 = require("../theories/theories.service");
/**
 * The economy simulator: simple strategies played through the real services in one process, a
 * real SQLite file, and a manual clock that jumps from one Gazette digest to the next. Prints
 * reputation, influence, debt and roster size per in-game day.
 *
 *   npm run simulate -- --players 6 --days 28
 */
/** Monday 08:00 UTC; the digests run at 13:00 and 21:00. */
const START = new Date('2026-03-02T08:00:00Z');
const DIGEST_HOURS = [13, 21];
const STRATEGIES = ['recruiter', 'poacher', 'mentor', 'theorist'];
function options() {
    const { values } = (0, node_util_1.parseArgs)({
        options: { players: { type: 'string', default: '6' }, days: { type: 'string', default: '28' } },
    });
    const players = Number(values.players);
    const days = Number(values.days);
    if (!Number.isInteger(players) || players < 1 || players > 50) {
        throw new Error(`--players must be a whole number from 1 to 50; got ${values.players}`);
    }
    if (!Number.isInteger(days) || days < 1 || days > 365) {
        throw new Error(`--days must be a whole number from 1 to 365; got ${values.days}`);
    }
    return { players, days };
}
/** Runs one order and counts a rule's rejection as a normal outcome of play. */
async function attempt(work) {
    try {
        await work();
        return true;
    }
    catch (error) {
        if (error instanceof game_error_1.GameError) {
            return false;
        }
        throw error;
    }
}
async function unaffiliated(data, campaignId) {
    const rows = await data.query('SELECT id FROM scholars WHERE campaign_id = ? AND employer_id IS NULL ORDER BY id', [campaignId]);
    return rows.map((row) => row.id);
}
async function employedBy(data, playerId) {
    const rows = await data.query('SELECT id FROM scholars WHERE employer_id = ? ORDER BY id', [playerId]);
    return rows.map((row) => row.id);
}
async function richestFaction(data, playerId) {
    const [row] = await data.query(`SELECT ${scholar_profile_1.FACTIONS.map((f) => `influence_${f} AS "${f}"`).join(', ')} FROM players WHERE id = ?`, [playerId]);
    return [...scholar_profile_1.FACTIONS].sort((a, b) => row[b] - row[a])[0];
}
/** One day of orders: each strategy does the one thing it believes in. */
async function playDay(services, players, campaignId, day) {
    for (const [index, player] of players.entries()) {
        const { data } = services;
        const faction = await richestFaction(data, player.id);
        const free = await unaffiliated(data, campaignId);
        const own = await employedBy(data, player.id);
        if (player.strategy === 'recruiter' || own.length === 0) {
            if (free.length > 0) {
                const target = free[(day + index) % free.length];
                await attempt(() => services.recruitment.recruit(player.actor, String(target), faction));
            }
        }
        if (player.strategy === 'poacher') {
            const rival = players[(index + 1 + (day % (players.length - 1 || 1))) % players.length];
            const targets = rival.id === player.id ? [] : await employedBy(data, rival.id);
            if (targets.length > 0) {
                await attempt(() => services.poaching.poach(player.actor, String(targets[0]), faction, 1, 'A better desk.'));
            }
        }
        if (player.strategy === 'mentor' && own.length > 0) {
            await attempt(() => services.mentorship.mentor(player.actor, String(own[0])));
        }
        if (player.strategy === 'theorist' || day % 3 === 0) {
            await attempt(() => services.theories.submitTheory(player.actor, {
                claim: `Day ${day}: the ${faction} archives hide a second calendar.`,
                confidence: 'suspect',
                supporters: own.slice(0, 1).map(String),
            }));
        }
    }
    // Employers counter every open offer with 1 of their richest faction when they can.
    const open = await services.data.query("SELECT DISTINCT scholar_id, employer_id FROM poaching_offers WHERE status = 'open' AND counter_amount IS NULL");
    for (const offer of open) {
        const employer = players.find((candidate) => candidate.id === offer.employer_id);
        if (employer) {
            const faction = await richestFaction(services.data, employer.id);
            await attempt(() => services.poaching.counter(employer.actor, String(offer.scholar_id), faction, 1));
        }
    }
}
function summary(values) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return `${min}/${mean.toFixed(1)}/${max}`;
}
async function report(services, players, day) {
    const rows = await services.data.query(`SELECT id, reputation, ${scholar_profile_1.FACTIONS.map((f) => `influence_${f}`).join(' + ')} AS influence FROM players ORDER BY id`);
    const debts = await services.data.query('SELECT SUM(amount) AS total FROM symposium_debts');
    const rosters = await Promise.all(players.map(async (player) => (await employedBy(services.data, player.id)).length));
    const debt = debts[0]?.total ?? 0;
    return [
        `day ${String(day).padStart(3)}`,
        `reputation min/mean/max ${summary(rows.map((row) => row.reputation))}`,
        `influence ${rows.map((row) => row.influence).join(' ')} (total ${rows.reduce((s, r) => s + r.influence, 0)})`,
        ...(debt > 0 ? [`debt ${debt}`] : []),
        `roster ${rosters.join(' ')}`,
    ].join(' | ');
}
async function main() {
    const { players: count, days } = options();
    const folder = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'great-work-simulate-'));
    const clock = new clock_1.ManualClock(START);
    const game = await sandbox_game_1.SandboxGame.start({
        databasePath: (0, node_path_1.join)(folder, 'game.sqlite'),
        clock,
        timers: false,
    });
    try {
        const services = {
            recruitment: game.app.get(recruitment_service_1.RecruitmentService),
            poaching: game.app.get(poaching_service_1.PoachingService),
            mentorship: game.app.get(mentorship_service_1.MentorshipService),
            theories: game.app.get(theories_service_1.TheoriesService),
            data: game.app.get(typeorm_1.DataSource),
        };
        const guildId = game.guild.id;
        const players = [];
        for (let index = 0; index < count; index += 1) {
            const actor = {
                guildId,
                userId: String(800000000000000000n + BigInt(index)),
                displayName: `Lead ${index + 1}`,
            };
            const { player } = await game.app.get(campaigns_service_1.CampaignsService).enter(actor);
            players.push({ actor, strategy: STRATEGIES[index % STRATEGIES.length], id: player.id });
        }
        const campaignId = (await services.data.query('SELECT id FROM campaigns WHERE guild_id = ?', [
            guildId,
        ]))[0].id;
        console.log(`simulating ${count} players for ${days} days: ${players.map((p) => p.strategy).join(', ')}`);
        for (let day = 1; day <= days; day += 1) {
            await playDay(services, players, campaignId, day);
            for (const hour of DIGEST_HOURS) {
                const at = new Date(START);
                at.setUTCDate(START.getUTCDate() + day - 1);
                at.setUTCHours(hour, 0, 0, 0);
                clock.set(at);
                await game.app.get(gazette_jobs_1.GazetteJobs).publishDue();
                await game.app.get(gazette_delivery_service_1.GazetteDeliveryService).deliverDue();
            }
            console.log(await report(services, players, day));
        }
    }
    finally {
        await game.stop();
        (0, node_fs_1.rmSync)(folder, { recursive: true, force: true });
    }
}
main().then(() => process.exit(0), (error) => {
    console.error(error);
    process.exit(1);
});
//# sourceMappingURL=simulate.js.map