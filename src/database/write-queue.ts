import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { DataSource, type EntityManager } from 'typeorm';
import { GameError } from '../common/game-error';

/** A write refused because the service is stopping. */
export class ShuttingDownError extends GameError {
  constructor() {
    super(
      'database.shutting_down',
      'write refused during shutdown',
      'The Great Work is restarting, and nothing was changed. Try again in a minute.',
    );
  }
}

/**
 * Runs every write of the game in its own transaction, one at a time. The sqlite3 driver shares a
 * single connection across TypeORM, so two transactions started together would fail with "cannot
 * start a transaction within a transaction"; the mutex queues them instead. Reads run without the
 * queue and may see an open transaction's rows; `readCommitted` is for reads that must not.
 */
@Injectable()
export class WriteQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WriteQueue.name);
  private readonly mutex = new Mutex();
  private isClosing = false;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` inside a transaction after every earlier write has finished. Once shutdown has
   * begun it rejects with `ShuttingDownError`, unless the write is a completion.
   */
  run<T>(
    work: (manager: EntityManager) => Promise<T>,
    options: { isCompletion?: boolean } = {},
  ): Promise<T> {
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
  async beforeApplicationShutdown(): Promise<void> {
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
   * transaction that is still open and may yet roll back. Use this where acting on such a row
   * would be wrong, such as sending a queued post to Discord.
   */
  readCommitted<T>(read: () => Promise<T>): Promise<T> {
    return this.mutex.runExclusive(read);
  }

  /** True while a write is running or waiting in the queue. */
  get isBusy(): boolean {
    return this.mutex.isLocked();
  }
}
