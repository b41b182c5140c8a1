"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=sandbox-types.js.map