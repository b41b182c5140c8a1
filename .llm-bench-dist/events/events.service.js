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
Object.defineProperty(exports, "__esModule", { value: true });
exports.EventsService = void 0;
exports.toJsonLines = toJsonLines;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const clock_1 = require("../common/clock");
const game_event_entity_1 = require("./game-event.entity");
/** Appends to and reads the per-campaign event log. */
let EventsService = class EventsService {
    events;
    clock;
    constructor(events, clock) {
        this.events = events;
        this.clock = clock;
    }
    /**
     * Appends an event inside the caller's write transaction. The sequence number is read from and
     * bumped on the campaign row in that transaction, so a rolled-back change leaves no event and
     * no gap.
     */
    async append(manager, campaignId, actorUserId, type, payload) {
        const campaign = await manager.findOneByOrFail(campaign_entity_1.Campaign, { id: campaignId });
        const seq = campaign.nextEventSeq;
        await manager.update(campaign_entity_1.Campaign, campaignId, { nextEventSeq: seq + 1 });
        campaign.nextEventSeq = seq + 1;
        return manager.save(manager.create(game_event_entity_1.GameEvent, {
            campaignId,
            seq,
            at: this.clock.now(),
            actorUserId,
            type,
            payload,
        }));
    }
    /** Events with `fromSeq ≤ seq ≤ toSeq`, in order. */
    findRange(campaignId, fromSeq, toSeq) {
        return this.events.find({
            where: { campaignId, seq: (0, typeorm_2.Between)(fromSeq, toSeq) },
            order: { seq: 'ASC' },
        });
    }
    countRange(campaignId, fromSeq, toSeq) {
        return this.events.countBy({ campaignId, seq: (0, typeorm_2.Between)(fromSeq, toSeq) });
    }
    /** Events an actor caused, newest first. */
    findByActor(campaignId, actorUserId, limit) {
        return this.events.find({
            where: { campaignId, actorUserId },
            order: { seq: 'DESC' },
            take: limit,
        });
    }
    /** The events of one type whose payload has `key` equal to `value`, newest first. */
    findByPayload(campaignId, type, key, value) {
        return this.events
            .createQueryBuilder('event')
            .where('event.campaign_id = :campaignId AND event.type = :type', { campaignId, type })
            .andWhere(`json_extract(event.payload, :path) = :value`, { path: `$.${key}`, value })
            .orderBy('event.seq', 'DESC')
            .getMany();
    }
};
exports.EventsService = EventsService;
exports.EventsService = EventsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(game_event_entity_1.GameEvent)),
    __param(1, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, Object])
], EventsService);
/** Formats events as JSON Lines: one JSON object per line, each line ending in `\n`. */
function toJsonLines(events) {
    return events
        .map((event) => {
        const line = {
            seq: event.seq,
            at: event.at.toISOString(),
            actor: event.actorUserId,
            type: event.type,
            payload: event.payload,
        };
        return `${JSON.stringify(line)}\n`;
    })
        .join('');
}
//# sourceMappingURL=events.service.js.map