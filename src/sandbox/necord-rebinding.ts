import { MODULE_METADATA } from '@nestjs/common/constants';
import { NecordBaseDiscovery } from 'necord';
import { DiscordModule } from '../discord/discord.module';

type AnyClass = abstract new (...args: never[]) => unknown;

/** Every class the Discord module provides: command handlers and their helpers. */
function providedClasses(): AnyClass[] {
  const providers = (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, DiscordModule) ??
    []) as unknown[];

  return providers.filter((provider): provider is AnyClass => typeof provider === 'function');
}

/**
 * Forgets which application instance Necord bound each command handler to. Necord 6.14 binds a
 * handler the first time an application is built and keeps that binding (`??=`) for the life of
 * the process, so a second application in the same process would run the first one's closed
 * providers. The flow tests, the demo and the benchmark restart the service in one process, so
 * they call this before each start.
 */
export function resetNecordBindings(): void {
  for (const commandClass of providedClasses()) {
    const prototype = commandClass.prototype as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[name];
      if (typeof method !== 'function') {
        continue;
      }
      for (const key of Reflect.getMetadataKeys(method)) {
        const item: unknown = Reflect.getMetadata(key, method);
        if (item instanceof NecordBaseDiscovery) {
          const binding = item as unknown as { discovery?: unknown; contextCallback?: unknown };
          binding.discovery = undefined;
          binding.contextCallback = undefined;
        }
      }
    }
  }
}
