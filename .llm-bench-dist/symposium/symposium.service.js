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
var SymposiumService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.SymposiumService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const luxon_1 = require("luxon");
const typeorm_2 = require("typeorm");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const clock_1 = require("../common/clock");
const validate_input_1 = require("../common/validate-input");
const app_config_1 = require("../config/app-config");
const write_queue_1 = require("../database/write-queue");
const events_service_1 = require("../events/events.service");
const press_service_1 = require("../gazette/press.service");
const propose_topic_input_1 = require("./dto/propose-topic.input");
const symposium_debt_entity_1 = require("./symposium-debt.entity");
const symposium_rules_1 = require("./symposium-rules");
const symposium_schedule_1 = require("./symposium-schedule");
const symposium_session_entity_1 = require("./symposium-session.entity");
const symposium_topic_entity_1 = require("./symposium-topic.entity");
const symposium_vote_entity_1 = require("./symposium-vote.entity");
const symposium_errors_1 = require("./symposium.errors");
/** Player actions of the weekly symposium: propose a topic, vote, read the state. */
let SymposiumService = SymposiumService_1 = class SymposiumService {
    sessions;
    topics;
    votes;
    debts;
    campaigns;
    press;
    events;
    writes;
    config;
    clock;
    logger = new common_1.Logger(SymposiumService_1.name);
    constructor(sessions, topics, votes, debts, campaigns, press, events, writes, config, clock) {
        this.sessions = sessions;
        this.topics = topics;
        this.votes = votes;
        this.debts = debts;
        this.campaigns = campaigns;
        this.press = press;
        this.events = events;
        this.writes = writes;
        this.config = config;
        this.clock = clock;
    }
    /**
     * Stores a proposal, after checking the per-player and campaign limits on pending proposals.
     * Proposals older than the lifetime no longer count; the weekly call marks them expired.
     */
    async proposeTopic(actor, rawInput) {
        const settings = this.config.game.symposium;
        const input = (0, validate_input_1.validateInput)((0, propose_topic_input_1.proposeTopicSchema)(settings), rawInput);
        const topic = await this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const now = this.clock.now();
            const live = {
                campaignId: campaign.id,
                status: 'pending',
                proposedAt: (0, typeorm_2.MoreThan)(this.expiryCutoff(now)),
            };
            const own = await manager.countBy(symposium_topic_entity_1.SymposiumTopic, { ...live, proposerId: player.id });
            if (own >= settings.maxPendingPerPlayer) {
                throw new symposium_errors_1.TooManyProposalsError(own, settings.maxPendingPerPlayer);
            }
            if ((await manager.countBy(symposium_topic_entity_1.SymposiumTopic, live)) >= settings.maxPendingTotal) {
                throw new symposium_errors_1.ProposalQueueFullError(settings.maxPendingTotal);
            }
            const saved = await manager.save(manager.create(symposium_topic_entity_1.SymposiumTopic, {
                campaignId: campaign.id,
                proposerId: player.id,
                title: input.title,
                status: 'pending',
                builtinKey: null,
                proposedAt: now,
            }));
            const note = await this.press.publish(manager, campaign.id, 'gazette_note', {
                headline: `Gazette Note: ${player.displayName} petitions the symposium`,
                body: `${player.displayName} asks that the Academy debate: “${saved.title}”. The floor decides at the weekly call.`,
            });
            await this.events.append(manager, campaign.id, actor.userId, 'symposium.proposed', {
                topicId: saved.id,
                title: saved.title,
                pressNumber: note.number,
            });
            return saved;
        });
        this.logger.log({
            message: 'symposium topic proposed',
            guildId: actor.guildId,
            userId: actor.userId,
            topicId: topic.id,
        });
        return topic;
    }
    /** Records or changes the player's stance on the open symposium. */
    async vote(actor, stance) {
        return this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const session = await this.findOpenSession(manager, campaign.id);
            if (!session) {
                throw new symposium_errors_1.NoOpenSymposiumError();
            }
            const topic = await manager.findOneByOrFail(symposium_topic_entity_1.SymposiumTopic, { id: session.topicId });
            const existing = await manager.findOneBy(symposium_vote_entity_1.SymposiumVote, {
                sessionId: session.id,
                playerId: player.id,
            });
            const now = this.clock.now();
            if (existing) {
                await manager.update(symposium_vote_entity_1.SymposiumVote, existing.id, { stance, updatedAt: now });
            }
            else {
                await manager.insert(symposium_vote_entity_1.SymposiumVote, {
                    sessionId: session.id,
                    playerId: player.id,
                    stance,
                    updatedAt: now,
                });
            }
            await this.events.append(manager, campaign.id, actor.userId, 'symposium.voted', {
                sessionId: session.id,
                stance,
                previousStance: existing?.stance ?? null,
            });
            return { session, topic, changedFrom: existing?.stance ?? null };
        });
    }
    /** The open symposium, the pending proposals and the player's own standing. */
    async overview(actor) {
        const { campaign, player } = await this.campaigns.enter(actor);
        const settings = this.config.game.symposium;
        const now = this.clock.now();
        const session = await this.sessions.findOneBy({ campaignId: campaign.id, status: 'open' });
        const topic = session ? await this.topics.findOneBy({ id: session.topicId }) : null;
        const votes = session ? await this.votes.findBy({ sessionId: session.id }) : [];
        const counts = { support: 0, oppose: 0, further_study: 0 };
        for (const vote of votes) {
            counts[vote.stance] += 1;
        }
        const pending = await this.topics.find({
            where: {
                campaignId: campaign.id,
                status: 'pending',
                proposedAt: (0, typeorm_2.MoreThan)(this.expiryCutoff(now)),
            },
            order: { proposedAt: 'ASC', id: 'ASC' },
        });
        const standing = await this.debts.findOneBy({ playerId: player.id });
        return {
            campaign,
            player,
            session,
            topic,
            counts,
            ownStance: votes.find((vote) => vote.playerId === player.id)?.stance ?? null,
            pending,
            nextCallAt: (0, symposium_schedule_1.nextSymposiumSlot)(now, settings, campaign.timeZone),
            nextPledge: (0, symposium_rules_1.pledgeSize)(standing?.missStreak ?? 0, settings),
            debt: standing?.debt ?? 0,
            missStreak: standing?.missStreak ?? 0,
        };
    }
    findOpenSession(manager, campaignId) {
        return manager.findOneBy(symposium_session_entity_1.SymposiumSession, { campaignId, status: 'open' });
    }
    expiryCutoff(now) {
        return luxon_1.DateTime.fromJSDate(now)
            .minus({ days: this.config.game.symposium.proposalLifetimeDays })
            .toJSDate();
    }
};
exports.SymposiumService = SymposiumService;
exports.SymposiumService = SymposiumService = SymposiumService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(symposium_session_entity_1.SymposiumSession)),
    __param(1, (0, typeorm_1.InjectRepository)(symposium_topic_entity_1.SymposiumTopic)),
    __param(2, (0, typeorm_1.InjectRepository)(symposium_vote_entity_1.SymposiumVote)),
    __param(3, (0, typeorm_1.InjectRepository)(symposium_debt_entity_1.SymposiumDebt)),
    __param(9, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, Function, Function, Function, campaigns_service_1.CampaignsService,
        press_service_1.PressService,
        events_service_1.EventsService,
        write_queue_1.WriteQueue,
        app_config_1.AppConfig, Object])
], SymposiumService);
//# sourceMappingURL=symposium.service.js.map