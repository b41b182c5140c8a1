"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resetNecordBindings = resetNecordBindings;
const necord_1 = require("necord");
const admin_commands_1 = require("../discord/admin.commands");
const events_commands_1 = require("../discord/events.commands");
const player_commands_1 = require("../discord/player.commands");
const symposium_commands_1 = require("../discord/symposium.commands");
const theories_commands_1 = require("../discord/theories.commands");
const COMMAND_CLASSES = [
    theories_commands_1.TheoriesCommands,
    player_commands_1.PlayerCommands,
    admin_commands_1.AdminCommands,
    symposium_commands_1.SymposiumCommands,
    events_commands_1.EventsCommands,
];
/**
 * Forgets which application instance Necord bound each command handler to. Necord 6.14 binds a
 * handler the first time an application is built and keeps that binding (`??=`) for the life of
 * the process, so a second application in the same process would run the first one's closed
 * providers. The flow tests, the demo and the benchmark restart the service in one process, so
 * they call this before each start.
 */
function resetNecordBindings() {
    for (const commandClass of COMMAND_CLASSES) {
        const prototype = commandClass.prototype;
        for (const name of Object.getOwnPropertyNames(prototype)) {
            const method = prototype[name];
            if (typeof method !== 'function') {
                continue;
            }
            for (const key of Reflect.getMetadataKeys(method)) {
                const item = Reflect.getMetadata(key, method);
                if (item instanceof necord_1.NecordBaseDiscovery) {
                    const binding = item;
                    binding.discovery = undefined;
                    binding.contextCallback = undefined;
                }
            }
        }
    }
}
//# sourceMappingURL=necord-rebinding.js.map