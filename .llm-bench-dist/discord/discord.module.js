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
exports.DiscordModule = void 0;
const common_1 = require("@nestjs/common");
const campaigns_module_1 = require("../campaigns/campaigns.module");
const expeditions_module_1 = require("../expeditions/expeditions.module");
const campaign_admin_module_1 = require("../events/campaign-admin.module");
const gazette_module_1 = require("../gazette/gazette.module");
const metrics_service_1 = require("../metrics/metrics.service");
const recruitment_module_1 = require("../scholars/recruitment.module");
const scholars_module_1 = require("../scholars/scholars.module");
const symposium_module_1 = require("../symposium/symposium.module");
const theories_module_1 = require("../theories/theories.module");
const admin_commands_1 = require("./admin.commands");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const events_commands_1 = require("./events.commands");
const expeditions_commands_1 = require("./expeditions.commands");
const player_commands_1 = require("./player.commands");
const scholars_commands_1 = require("./scholars.commands");
const symposium_commands_1 = require("./symposium.commands");
const theories_commands_1 = require("./theories.commands");
/** Command names, for zeroing their metric series at start. */
const COMMAND_NAMES = [
    'status',
    'wager',
    'submit_theory',
    'scholar',
    'gazette',
    'gw_admin',
    'launch_expedition',
    'conference',
    'challenge',
    'symposium_propose',
    'symposium_vote',
    'symposium_status',
    'export_log',
    'recruit',
    'recruit_odds',
    'poach',
    'counter',
    'offers',
    'mentor',
    'assign_lab',
];
/** Slash commands: thin handlers that read options, call a game service and reply. */
let DiscordModule = class DiscordModule {
    metrics;
    constructor(metrics) {
        this.metrics = metrics;
    }
    onModuleInit() {
        this.metrics.initialiseCommands(COMMAND_NAMES);
    }
};
exports.DiscordModule = DiscordModule;
exports.DiscordModule = DiscordModule = __decorate([
    (0, common_1.Module)({
        imports: [
            campaigns_module_1.CampaignsModule,
            scholars_module_1.ScholarsModule,
            theories_module_1.TheoriesModule,
            gazette_module_1.GazetteModule,
            expeditions_module_1.ExpeditionsModule,
            symposium_module_1.SymposiumModule,
            campaign_admin_module_1.CampaignAdminModule,
            recruitment_module_1.RecruitmentModule,
        ],
        providers: [
            theories_commands_1.TheoriesCommands,
            player_commands_1.PlayerCommands,
            admin_commands_1.AdminCommands,
            symposium_commands_1.SymposiumCommands,
            events_commands_1.EventsCommands,
            expeditions_commands_1.ExpeditionsCommands,
            scholars_commands_1.ScholarsCommands,
            expeditions_commands_1.ExpeditionAutocompleteInterceptor,
            theories_commands_1.ScholarAutocompleteInterceptor,
            command_metrics_interceptor_1.CommandMetricsInterceptor,
        ],
    }),
    __metadata("design:paramtypes", [metrics_service_1.MetricsService])
], DiscordModule);
//# sourceMappingURL=discord.module.js.map