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
exports.AppConfig = void 0;
exports.parseGazetteTimes = parseGazetteTimes;
const common_1 = require("@nestjs/common");
const config_1 = require("@nestjs/config");
const game_config_1 = require("./game-config");
/** Typed access to the validated environment, grouped by concern. */
let AppConfig = class AppConfig {
    discord;
    database;
    http;
    schedule;
    game;
    logging;
    /** Base URL of the public archive without a trailing slash, or null when not published. */
    publicBaseUrl;
    llm;
    constructor(config) {
        const get = (key) => config.get(key, { infer: true });
        this.discord = {
            token: get('DISCORD_TOKEN'),
            apiUrl: get('DISCORD_API_URL'),
            developmentGuildId: get('DISCORD_DEVELOPMENT_GUILD_ID') || null,
            sandbox: get('DISCORD_SANDBOX'),
        };
        this.database = { path: get('DATABASE_PATH'), driver: get('DATABASE_DRIVER') };
        this.http = { host: get('HTTP_HOST'), port: get('HTTP_PORT') };
        this.schedule = {
            gazetteTimes: parseGazetteTimes(get('GAZETTE_TIMES')),
            timeZone: get('GAZETTE_TIMEZONE'),
        };
        this.game = { ...(0, game_config_1.loadGameConfig)(get('GAME_CONFIG_PATH')), seed: get('GAME_SEED') };
        this.logging = { format: get('LOG_FORMAT'), level: get('LOG_LEVEL') };
        this.publicBaseUrl = get('PUBLIC_BASE_URL').replace(/\/+$/, '') || null;
        this.llm = {
            baseUrl: get('LLM_BASE_URL') || null,
            apiKey: get('LLM_API_KEY'),
            model: get('LLM_MODEL'),
            timeoutMs: get('LLM_TIMEOUT_MS'),
            maxRetries: get('LLM_MAX_RETRIES'),
            pricePer1kPrompt: get('LLM_PRICE_PER_1K_PROMPT'),
            pricePer1kCompletion: get('LLM_PRICE_PER_1K_COMPLETION'),
            digestTokenBudget: get('LLM_DIGEST_TOKEN_BUDGET'),
        };
    }
    /** True when the service started its own local Discord-compatible server. */
    get isSandbox() {
        return this.discord.sandbox;
    }
};
exports.AppConfig = AppConfig;
exports.AppConfig = AppConfig = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [config_1.ConfigService])
], AppConfig);
/** Splits `13:00, 21:00` into sorted, distinct `HH:MM` strings. */
function parseGazetteTimes(value) {
    const times = value
        .split(',')
        .map((time) => time.trim())
        .filter((time) => time !== '');
    return [...new Set(times)].sort();
}
//# sourceMappingURL=app-config.js.map