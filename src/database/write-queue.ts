import { Injectable } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs every write of the game in its own transaction, one at a time. The sqlite3 driver shares a
 * single connection across TypeORM, so two transactions started together would fail with "cannot
 * start a transaction within a transaction"; the mutex queues them instead. Reads need no queue.
 */
@Injectable()
export class WriteQueue {
  private readonly mutex = new Mutex();

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` inside a transaction after every earlier write has finished. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.mutex.runExclusive(() => this.dataSource.transaction(work));
  }

  /**
   * Runs a read between writes. Reads on the shared connection otherwise see the rows of a write
   * transaction that is still open and may yet roll back; use this where acting on such a row
   * would be wrong, such as sending a queued post to Discord.
   */
  readCommitted<T>(read: () => Promise<T>): Promise<T> {
    return this.mutex.runExclusive(read);
  }

  /** True while a write holds the queue. */
  get isBusy(): boolean {
    return this.mutex.isLocked();
  }
}
