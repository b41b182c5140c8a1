"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const typeorm_1 = require("typeorm");
const data_source_options_1 = require("./data-source-options");
/** Data source for the TypeORM command line (`npm run typeorm -- migration:generate ...`). */
exports.default = new typeorm_1.DataSource((0, data_source_options_1.buildDataSourceOptions)(process.env.DATABASE_PATH ?? 'data/great-work.sqlite'));
//# sourceMappingURL=data-source.js.map