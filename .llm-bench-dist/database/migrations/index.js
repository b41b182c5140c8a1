"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATIONS = void 0;
const _1796400000000_CreateSchema_1 = require("./1796400000000-CreateSchema");
const _1796500000000_AddExpeditions_1 = require("./1796500000000-AddExpeditions");
const _1796600000000_AddEventsAndSymposium_1 = require("./1796600000000-AddEventsAndSymposium");
const _1796700000000_AddScholarMemory_1 = require("./1796700000000-AddScholarMemory");
/** Migrations in the order they run. */
exports.MIGRATIONS = [
    _1796400000000_CreateSchema_1.CreateSchema1796400000000,
    _1796500000000_AddExpeditions_1.AddExpeditions1796500000000,
    _1796600000000_AddEventsAndSymposium_1.AddEventsAndSymposium1796600000000,
    _1796700000000_AddScholarMemory_1.AddScholarMemory1796700000000,
];
//# sourceMappingURL=index.js.map