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
Object.defineProperty(exports, "__esModule", { value: true });
exports.DiscordGatewayHealthIndicator = void 0;
exports.isGatewayReady = isGatewayReady;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const discord_js_1 = require("discord.js");
/**
 * Returns true while the client is logged in and every shard's session is ready. discord.js
 * 14.28 leaves `client.ws.status` at Ready after the first READY, even while a shard
 * reconnects, so the shards' own statuses decide.
 */
function isGatewayReady(client) {
    const { ws } = client;
    return (ws.status === discord_js_1.Status.Ready &&
        ws.shards.size > 0 &&
        ws.shards.every((shard) => shard.status === discord_js_1.Status.Ready));
}
/** Reports the Discord gateway connection: up only while every shard's session is ready. */
let DiscordGatewayHealthIndicator = class DiscordGatewayHealthIndicator {
    client;
    health;
    constructor(client, health) {
        this.client = client;
        this.health = health;
    }
    check(key) {
        const indicator = this.health.check(key);
        const { ws } = this.client;
        const details = {
            gateway: ws.shards.map((shard) => discord_js_1.Status[shard.status] ?? String(shard.status)).join(',') ||
                discord_js_1.Status[ws.status],
            // Milliseconds of the last heartbeat round trip; −1 until the first acknowledgement.
            pingMs: ws.ping,
            guilds: this.client.guilds.cache.size,
        };
        return isGatewayReady(this.client) ? indicator.up(details) : indicator.down(details);
    }
};
exports.DiscordGatewayHealthIndicator = DiscordGatewayHealthIndicator;
exports.DiscordGatewayHealthIndicator = DiscordGatewayHealthIndicator = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [discord_js_1.Client,
        terminus_1.HealthIndicatorService])
], DiscordGatewayHealthIndicator);
//# sourceMappingURL=discord-gateway.health.js.map