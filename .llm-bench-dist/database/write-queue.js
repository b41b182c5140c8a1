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
var WriteQueue_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.WriteQueue = exports.ShuttingDownError = void 0;
const common_1 = require("@nestjs/common");
const async_mutex_1 = require("async-mutex");
const typeorm_1 = require("typeorm");
const game_error_1 = require("../common/game-error");
/** A write refused because the service is stopping. */
class ShuttingDownError extends game_error_1.GameError {
    constructor() {
        super('database.shutting_down', 'write refused during shutdown', 'The Great Work is restarting, and nothing was changed. Try again in a minute.');
    }
}
exports.ShuttingDownError = ShuttingDownError;
/**
 * Runs every write of the game in its own transaction, one at a time. The sqlite3 driver shares a
 * single connection across TypeORM, so two transactions started together would fail with "cannot
 * start a transaction within a transaction"; the mutex queues them instead. Reads run without the
 * queue and may see an open transaction's rows; `readCommitted` is for reads that must not.
 */
let WriteQueue = WriteQueue_1 = class WriteQueue {
    dataSource;
    logger = new common_1.Logger(WriteQueue_1.name);
    mutex = new async_mutex_1.Mutex();
    isClosing = false;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /**
     * Runs `work` inside a transaction after every earlier write has finished. Once shutdown has
     * begun it rejects with `ShuttingDownError`, unless the write is a completion.
     */
    run(work, options = {}) {
        // A completion records an effect that already happened outside the database (a post that
        // Discord accepted), so it is still let through while the service stops.
        if (this.isClosing && !options.isCompletion) {
            return Promise.reject(new ShuttingDownError());
        }
        return this.mutex.runExclusive(() => this.dataSource.transaction(work));
    }
    /**
     * Refuses new writes and waits for the running and queued ones to commit, before TypeORM
     * closes the connection in the shutdown hook that follows.
     */
    async beforeApplicationShutdown() {
        this.isClosing = true;
        if (this.mutex.isLocked()) {
            this.logger.log({ message: 'waiting for writes to finish before shutdown' });
        }
        while (this.mutex.isLocked()) {
            await this.mutex.waitForUnlock();
        }
    }
    /**
     * Runs a read between writes. Reads on the shared connection otherwise see the rows of a write
     * transaction that is still open and may yet roll back; use this where acting on such a row
     * would be wrong, such as sending a queued post to Discord.
     */
    readCommitted(read) {
        return this.mutex.runExclusive(read);
    }
    /** True while a write holds the queue. */
    get isBusy() {
        return this.mutex.isLocked();
    }
};
exports.WriteQueue = WriteQueue;
exports.WriteQueue = WriteQueue = WriteQueue_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], WriteQueue);
//# sourceMappingURL=write-queue.js.map