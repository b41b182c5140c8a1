"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var SymposiumWeekService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.SymposiumWeekService = void 0;
const common_1 = require("@nestjs/common");
const luxon_1 = require("luxon");
const typeorm_1 = require("typeorm");
const influence_1 = require("../campaigns/influence");
const player_entity_1 = require("../campaigns/player.entity");
const random_1 = require("../common/random");
const app_config_1 = require("../config/app-config");
const game_event_entity_1 = require("../events/game-event.entity");
const events_service_1 = require("../events/events.service");
const press_service_1 = require("../gazette/press.service");
const scholar_profile_1 = require("../scholars/scholar-profile");
const symposium_debt_entity_1 = require("./symposium-debt.entity");
const symposium_pledge_entity_1 = require("./symposium-pledge.entity");
const symposium_rules_1 = require("./symposium-rules");
const symposium_schedule_1 = require("./symposium-schedule");
const symposium_session_entity_1 = require("./symposium-session.entity");
const symposium_topic_entity_1 = require("./symposium-topic.entity");
const symposium_topics_1 = require("./symposium-topics");
const symposium_vote_entity_1 = require("./symposium-vote.entity");
/**
 * The weekly symposium cycle, run inside a digest's write transaction: at the first digest after
 * each weekly call slot it closes the open symposium, settles pledges, and calls the next topic.
 */
let SymposiumWeekService = SymposiumWeekService_1 = class SymposiumWeekService {
    press;
    events;
    config;
    random;
    logger = new common_1.Logger(SymposiumWeekService_1.name);
    constructor(press, events, config, random) {
        this.press = press;
        this.events = events;
        this.config = config;
        this.random = random;
    }
    /**
     * Runs the latest weekly call due at `at`, once per (campaign, call slot). Calls missed during
     * downtime or a pause are not replayed one by one: only the latest slot is called.
     */
    async runDueCall(manager, campaign, at) {
        const settings = this.config.game.symposium;
        const last = await manager.findOne(symposium_session_entity_1.SymposiumSession, {
            where: { campaignId: campaign.id },
            order: { calledAt: 'DESC' },
        });
        const due = (0, symposium_schedule_1.symposiumSlotsBetween)(last?.calledAt ?? campaign.createdAt, at, settings, campaign.timeZone);
        const slot = due.at(-1);
        if (!slot) {
            return false;
        }
        const open = await manager.findOneBy(symposium_session_entity_1.SymposiumSession, {
            campaignId: campaign.id,
            status: 'open',
        });
        if (open) {
            await this.closeSession(manager, campaign, open, slot);
        }
        await this.callSession(manager, campaign, slot);
        return true;
    }
    async callSession(manager, campaign, slot) {
        const topic = await this.chooseTopic(manager, campaign, slot);
        const session = await manager.save(manager.create(symposium_session_entity_1.SymposiumSession, {
            campaignId: campaign.id,
            topicId: topic.id,
            calledAt: slot,
            status: 'open',
            winningStance: null,
            closedAt: null,
        }));
        const proposer = topic.proposerId
            ? await manager.findOneBy(player_entity_1.Player, { id: topic.proposerId })
            : null;
        const closesAt = (0, symposium_schedule_1.nextSymposiumSlot)(slot, this.config.game.symposium, campaign.timeZone);
        const closes = luxon_1.DateTime.fromJSDate(closesAt, { zone: campaign.timeZone }).toFormat('cccc d LLLL, HH:mm ZZZZ');
        const call = await this.press.publish(manager, campaign.id, 'symposium_call', {
            headline: `Symposium Call: ${topic.title}`,
            body: [
                proposer
                    ? `On the motion of ${proposer.displayName}, the Academy convenes to debate: “${topic.title}”.`
                    : `With no petition before it, the Academy sets its own question: “${topic.title}”.`,
                `Declare support, opposition or further study with /symposium_vote before ${closes}.`,
                `Every member pledges influence from their largest holding. Those who vote keep it; the silent forfeit it, though a first silence in ${this.config.game.symposium.graceDays} days is forgiven.`,
            ].join('\n'),
        });
        await this.events.append(manager, campaign.id, null, 'symposium.called', {
            sessionId: session.id,
            topicId: topic.id,
            title: topic.title,
            proposerId: topic.proposerId,
            calledAt: slot.toISOString(),
            pressNumber: call.number,
        });
        this.logger.log({ message: 'symposium called', guildId: campaign.guildId, topicId: topic.id });
    }
    /**
     * Picks the best pending proposal, expiring the stale ones first; with none, picks a built-in
     * topic not used among the recent ones, seeded by the campaign and the slot.
     */
    async chooseTopic(manager, campaign, slot) {
        const settings = this.config.game.symposium;
        const cutoff = luxon_1.DateTime.fromJSDate(slot).minus({ days: settings.proposalLifetimeDays });
        await manager.update(symposium_topic_entity_1.SymposiumTopic, {
            campaignId: campaign.id,
            status: 'pending',
            proposedAt: (0, typeorm_1.LessThanOrEqual)(cutoff.toJSDate()),
        }, { status: 'expired' });
        const candidates = await manager.find(symposium_topic_entity_1.SymposiumTopic, {
            where: {
                campaignId: campaign.id,
                status: 'pending',
                proposedAt: (0, typeorm_1.MoreThan)(cutoff.toJSDate()),
            },
        });
        const recent = await this.recentTopics(manager, campaign.id, settings.recentTopics);
        const chosen = (0, symposium_rules_1.pickTopic)(candidates, recent.map((topic) => topic.proposerId), slot, settings);
        if (chosen) {
            await manager.update(symposium_topic_entity_1.SymposiumTopic, chosen.id, { status: 'chosen' });
            chosen.status = 'chosen';
            return chosen;
        }
        const recentKeys = new Set(recent.map((topic) => topic.builtinKey));
        const fresh = symposium_topics_1.BUILTIN_TOPICS.filter((topic) => !recentKeys.has(topic.key));
        const stream = this.random.stream(`${campaign.seed}:symposium:${slot.toISOString()}`);
        const builtin = stream.pick(fresh.length > 0 ? fresh : symposium_topics_1.BUILTIN_TOPICS);
        return manager.save(manager.create(symposium_topic_entity_1.SymposiumTopic, {
            campaignId: campaign.id,
            proposerId: null,
            title: builtin.title,
            status: 'chosen',
            builtinKey: builtin.key,
            proposedAt: slot,
        }));
    }
    async recentTopics(manager, campaignId, count) {
        if (count === 0) {
            return [];
        }
        const sessions = await manager.find(symposium_session_entity_1.SymposiumSession, {
            where: { campaignId },
            order: { calledAt: 'DESC' },
            take: count,
        });
        return manager.findBy(symposium_topic_entity_1.SymposiumTopic, { id: (0, typeorm_1.In)(sessions.map((session) => session.topicId)) });
    }
    /** Closes a symposium: settles every member's pledge, then publishes the result. */
    async closeSession(manager, campaign, session, at) {
        const votes = await manager.findBy(symposium_vote_entity_1.SymposiumVote, { sessionId: session.id });
        const stanceOf = new Map(votes.map((vote) => [vote.playerId, vote.stance]));
        const members = await this.membersAtCall(manager, campaign.id, session.calledAt);
        const settled = [];
        for (const player of members) {
            const stance = stanceOf.get(player.id) ?? null;
            settled.push(await this.settlePlayer(manager, campaign, session, player, stance, at));
        }
        const counts = { support: 0, oppose: 0, further_study: 0 };
        for (const vote of votes) {
            counts[vote.stance] += 1;
        }
        const stance = (0, symposium_rules_1.winningStance)(counts);
        await manager.update(symposium_session_entity_1.SymposiumSession, session.id, {
            status: 'closed',
            winningStance: stance,
            closedAt: at,
        });
        const topic = await manager.findOneByOrFail(symposium_topic_entity_1.SymposiumTopic, { id: session.topicId });
        const result = await this.press.publish(manager, campaign.id, 'symposium_result', {
            headline: `Symposium Result: ${symposium_rules_1.STANCE_LABELS[stance]} on “${topic.title}”`,
            body: resultBody(stance, counts, settled),
        });
        await this.events.append(manager, campaign.id, null, 'symposium.closed', {
            sessionId: session.id,
            stance,
            counts,
            pressNumber: result.number,
            pledges: settled.map(({ player, stance: vote, settlement, repaid }) => ({
                playerId: player.id,
                stance: vote,
                outcome: settlement.outcome,
                amount: settlement.amount,
                faction: settlement.faction,
                taken: settlement.taken,
                shortfall: settlement.shortfall,
                repaid,
                debt: settlement.debt,
                reputationChange: settlement.reputationChange,
            })),
        });
        this.logger.log({ message: 'symposium closed', guildId: campaign.guildId, stance });
    }
    /** Players who had joined by the call; a later arrival owes nothing this week. */
    async membersAtCall(manager, campaignId, calledAt) {
        const lateJoins = await manager.find(game_event_entity_1.GameEvent, {
            where: { campaignId, type: 'player.joined', at: (0, typeorm_1.MoreThan)(calledAt) },
        });
        const late = new Set(lateJoins.map((event) => event.actorUserId));
        const players = await manager.find(player_entity_1.Player, { where: { campaignId }, order: { id: 'ASC' } });
        return players.filter((player) => !late.has(player.userId));
    }
    /**
     * Repays old debt from the largest balance, then settles this week's pledge. The pledge row is
     * unique per (session, player), so a forfeit and its shortfall are never counted twice.
     */
    async settlePlayer(manager, campaign, session, player, stance, at) {
        const standing = (await manager.findOneBy(symposium_debt_entity_1.SymposiumDebt, { playerId: player.id })) ??
            manager.create(symposium_debt_entity_1.SymposiumDebt, {
                campaignId: campaign.id,
                playerId: player.id,
                debt: 0,
                missStreak: 0,
                lastGraceAt: null,
            });
        const influence = Object.fromEntries(scholar_profile_1.FACTIONS.map((faction) => [faction, player.influence[faction]]));
        const repayment = (0, symposium_rules_1.repayDebt)(influence, standing.debt);
        if (repayment) {
            influence[repayment.faction] -= repayment.paid;
            standing.debt -= repayment.paid;
        }
        const settlement = (0, symposium_rules_1.settlePledge)({
            influence,
            missStreak: standing.missStreak,
            debt: standing.debt,
            lastGraceAt: standing.lastGraceAt,
        }, stance !== null, at, this.config.game.symposium);
        if (settlement.faction) {
            influence[settlement.faction] -= settlement.taken;
        }
        await manager.insert(symposium_pledge_entity_1.SymposiumPledge, {
            sessionId: session.id,
            playerId: player.id,
            amount: settlement.amount,
            outcome: settlement.outcome,
            faction: settlement.faction,
            taken: settlement.taken,
            shortfall: settlement.shortfall,
        });
        Object.assign(standing, {
            debt: settlement.debt,
            missStreak: settlement.missStreak,
            lastGraceAt: settlement.lastGraceAt,
        });
        await manager.save(standing);
        player.influence = Object.assign(player.influence, influence);
        player.reputation = (0, influence_1.clampReputation)(player.reputation + settlement.reputationChange);
        await manager.save(player);
        return { player, stance, settlement, repaid: repayment?.paid ?? 0 };
    }
};
exports.SymposiumWeekService = SymposiumWeekService;
exports.SymposiumWeekService = SymposiumWeekService = SymposiumWeekService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(3, (0, common_1.Inject)(random_1.RANDOM)),
    __metadata("design:paramtypes", [press_service_1.PressService,
        events_service_1.EventsService,
        app_config_1.AppConfig, Object])
], SymposiumWeekService);
/** The result's body: tallies with names, the silent, and what each forfeit cost. */
function resultBody(stance, counts, settled) {
    const lines = [`The Academy's public stance: **${symposium_rules_1.STANCE_LABELS[stance]}**.`];
    for (const option of symposium_rules_1.SYMPOSIUM_STANCES) {
        const names = settled
            .filter((entry) => entry.stance === option)
            .map((entry) => entry.player.displayName);
        lines.push(`${symposium_rules_1.STANCE_LABELS[option]}: ${counts[option]}${names.length ? ` (${names.join(', ')})` : ''}`);
    }
    const silent = settled.filter((entry) => entry.stance === null);
    lines.push(silent.length
        ? `Stayed silent: ${silent.map((entry) => entry.player.displayName).join(', ')}.`
        : 'No member stayed silent.');
    for (const { player, settlement, repaid } of settled) {
        if (repaid > 0) {
            lines.push(`${player.displayName} repays ${repaid} influence of old symposium debt.`);
        }
        if (settlement.outcome === 'forgiven') {
            lines.push(`${player.displayName}'s pledge of ${settlement.amount} is forgiven this once.`);
        }
        else if (settlement.outcome === 'forfeited') {
            const taken = settlement.faction ? `${settlement.taken} ${settlement.faction}` : 'nothing';
            const owed = settlement.shortfall > 0 ? `; ${settlement.shortfall} more is owed` : '';
            lines.push(`${player.displayName} forfeits a pledge of ${settlement.amount}: ${taken} taken${owed}.`);
        }
        if (settlement.reputationChange < 0) {
            lines.push(`${player.displayName} owes ${settlement.debt} influence to the symposium and loses ${Math.abs(settlement.reputationChange)} reputation.`);
        }
    }
    return lines.join('\n');
}
//# sourceMappingURL=symposium-week.service.js.map