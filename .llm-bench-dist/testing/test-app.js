"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var TestSupportModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.RecordingChannelPoster = void 0;
exports.createTestApp = createTestApp;
const common_1 = require("@nestjs/common");
const testing_1 = require("@nestjs/testing");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const typeorm_1 = require("typeorm");
const yaml_1 = require("yaml");
const campaigns_module_1 = require("../campaigns/campaigns.module");
const clock_1 = require("../common/clock");
const common_module_1 = require("../common/common.module");
const config_module_1 = require("../config/config.module");
const database_module_1 = require("../database/database.module");
const gazette_module_1 = require("../gazette/gazette.module");
const outgoing_message_1 = require("../gazette/outgoing-message");
const metrics_service_1 = require("../metrics/metrics.service");
const theories_module_1 = require("../theories/theories.module");
/** A channel poster that records every message and can be told to fail the next sends. */
class RecordingChannelPoster {
    posts = [];
    /** Every call, including the ones that failed, in call order. */
    attempts = [];
    failuresLeft = 0;
    failureMessage = '';
    /** Makes the next `count` sends throw an error with `message`. */
    failNext(count, message = 'Discord returned 503 Service Unavailable') {
        this.failuresLeft = count;
        this.failureMessage = message;
    }
    post(channelId, message, nonce) {
        this.attempts.push({ channelId, nonce });
        if (this.failuresLeft > 0) {
            this.failuresLeft -= 1;
            return Promise.reject(new Error(this.failureMessage));
        }
        const messageId = String(900000000000000000n + BigInt(this.posts.length + 1));
        this.posts.push({ channelId, message, nonce, messageId });
        return Promise.resolve(messageId);
    }
}
exports.RecordingChannelPoster = RecordingChannelPoster;
/**
 * The recording poster, plus the real `MetricsService` on its own: `MetricsModule` also builds
 * Discord gateway metrics, which need a discord.js client that these tests do not start.
 */
let TestSupportModule = TestSupportModule_1 = class TestSupportModule {
    static forRoot(poster) {
        return {
            module: TestSupportModule_1,
            providers: [{ provide: outgoing_message_1.CHANNEL_POSTER, useValue: poster }, metrics_service_1.MetricsService],
            exports: [outgoing_message_1.CHANNEL_POSTER, metrics_service_1.MetricsService],
        };
    }
};
TestSupportModule = TestSupportModule_1 = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({})
], TestSupportModule);
/**
 * Builds the campaign, theory and Gazette modules over a new SQLite file in a temporary folder,
 * migrated by the real migrations. Timers stay off because `init()` is never called and the
 * schedule module is not imported, so tests drive digests and deliveries by hand.
 */
async function createTestApp(options) {
    const folder = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'great-work-unit-'));
    const databasePath = (0, node_path_1.join)(folder, 'game.sqlite');
    const gameConfigPath = (0, node_path_1.join)(folder, 'game.yaml');
    (0, node_fs_1.writeFileSync)(gameConfigPath, (0, yaml_1.stringify)(options.game ?? {}));
    const savedEnvironment = { ...process.env };
    Object.assign(process.env, {
        NODE_ENV: 'test',
        DISCORD_TOKEN: '',
        DATABASE_PATH: databasePath,
        GAME_CONFIG_PATH: gameConfigPath,
        GAZETTE_TIMES: '13:00,21:00',
        GAZETTE_TIMEZONE: 'UTC',
        ...options.env,
    });
    const clock = new clock_1.ManualClock(options.start);
    const poster = new RecordingChannelPoster();
    const restore = () => {
        for (const key of Object.keys(process.env)) {
            if (!(key in savedEnvironment)) {
                delete process.env[key];
            }
        }
        Object.assign(process.env, savedEnvironment);
    };
    let module;
    try {
        module = await testing_1.Test.createTestingModule({
            imports: [
                config_module_1.ConfigModule.forRoot(),
                common_module_1.CommonModule.forRoot({ clock }),
                database_module_1.DatabaseModule,
                TestSupportModule.forRoot(poster),
                campaigns_module_1.CampaignsModule,
                theories_module_1.TheoriesModule,
                gazette_module_1.GazetteModule,
            ],
        }).compile();
    }
    catch (error) {
        restore();
        (0, node_fs_1.rmSync)(folder, { recursive: true, force: true });
        throw error;
    }
    return {
        module,
        clock,
        poster,
        dataSource: module.get(typeorm_1.DataSource),
        databasePath,
        get: (type) => module.get(type),
        close: async () => {
            await module.close();
            restore();
            (0, node_fs_1.rmSync)(folder, { recursive: true, force: true });
        },
    };
}
//# sourceMappingURL=test-app.js.map