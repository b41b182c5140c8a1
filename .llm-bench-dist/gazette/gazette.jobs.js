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
var GazetteJobs_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.GazetteJobs = void 0;
const common_1 = require("@nestjs/common");
const schedule_1 = require("@nestjs/schedule");
const gazette_delivery_service_1 = require("./gazette-delivery.service");
const gazette_service_1 = require("./gazette.service");
/** Milliseconds between checks for a due digest slot; digest times have minute precision. */
const DIGEST_CHECK_INTERVAL_MS = 20_000;
/** Milliseconds between retries of Gazette posts that failed. */
const DELIVERY_RETRY_INTERVAL_MS = 15_000;
/** Timers that publish due editions, catch up missed ones at start, and retry failed posts. */
let GazetteJobs = GazetteJobs_1 = class GazetteJobs {
    gazette;
    delivery;
    logger = new common_1.Logger(GazetteJobs_1.name);
    constructor(gazette, delivery) {
        this.gazette = gazette;
        this.delivery = delivery;
    }
    /**
     * Catches up any slot missed while the service was down. Not awaited: the posts wait for the
     * Discord client, which logs in during a later bootstrap hook.
     */
    onApplicationBootstrap() {
        void this.publishDue();
    }
    async publishDue() {
        try {
            const published = await this.gazette.publishDueEditions();
            if (published.length > 0) {
                await this.delivery.deliverDue();
            }
        }
        catch (error) {
            this.logger.error({ message: 'digest run failed', error: error.stack });
        }
    }
    async retryDeliveries() {
        try {
            await this.delivery.deliverDue();
        }
        catch (error) {
            this.logger.error({ message: 'gazette delivery failed', error: error.stack });
        }
    }
};
exports.GazetteJobs = GazetteJobs;
__decorate([
    (0, schedule_1.Interval)(DIGEST_CHECK_INTERVAL_MS),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], GazetteJobs.prototype, "publishDue", null);
__decorate([
    (0, schedule_1.Interval)(DELIVERY_RETRY_INTERVAL_MS),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], GazetteJobs.prototype, "retryDeliveries", null);
exports.GazetteJobs = GazetteJobs = GazetteJobs_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [gazette_service_1.GazetteService,
        gazette_delivery_service_1.GazetteDeliveryService])
], GazetteJobs);
//# sourceMappingURL=gazette.jobs.js.map