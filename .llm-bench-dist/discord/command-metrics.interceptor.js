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
exports.CommandMetricsInterceptor = void 0;
exports.correlationIdOf = correlationIdOf;
const common_1 = require("@nestjs/common");
const node_crypto_1 = require("node:crypto");
const necord_1 = require("necord");
const rxjs_1 = require("rxjs");
const game_error_1 = require("../common/game-error");
const metrics_service_1 = require("../metrics/metrics.service");
const correlationIds = new WeakMap();
/**
 * Returns the short reference that ties together the log lines of one interaction, creating it
 * on first use. Players see it in the apology for an unexpected error.
 */
function correlationIdOf(interaction) {
    let correlationId = correlationIds.get(interaction);
    if (!correlationId) {
        correlationId = (0, node_crypto_1.randomUUID)().slice(0, 8);
        correlationIds.set(interaction, correlationId);
    }
    return correlationId;
}
/** Records each slash command's duration by command name and outcome, and logs it at debug level. */
let CommandMetricsInterceptor = class CommandMetricsInterceptor {
    metrics;
    logger = new common_1.Logger('Commands');
    constructor(metrics) {
        this.metrics = metrics;
    }
    intercept(context, next) {
        const [interaction] = necord_1.NecordExecutionContext.create(context).getContext();
        if (!interaction.isChatInputCommand()) {
            return next.handle();
        }
        const command = interaction.commandName;
        const stop = this.metrics.commandDuration.startTimer({ command });
        const finish = (outcome) => {
            const seconds = stop({ outcome });
            this.logger.debug({
                message: 'command handled',
                command,
                outcome,
                guildId: interaction.guildId,
                correlationId: correlationIdOf(interaction),
                durationMs: Math.round(seconds * 1000),
            });
        };
        return next.handle().pipe((0, rxjs_1.tap)({ complete: () => finish('ok') }), (0, rxjs_1.catchError)((error) => {
            finish(error instanceof game_error_1.GameError ? 'rejected' : 'error');
            return (0, rxjs_1.throwError)(() => error);
        }));
    }
};
exports.CommandMetricsInterceptor = CommandMetricsInterceptor;
exports.CommandMetricsInterceptor = CommandMetricsInterceptor = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [metrics_service_1.MetricsService])
], CommandMetricsInterceptor);
//# sourceMappingURL=command-metrics.interceptor.js.map