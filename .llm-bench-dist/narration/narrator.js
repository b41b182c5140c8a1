"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NARRATOR = void 0;
/** Injection token for the narrator; the template narrator is the default. */
exports.NARRATOR = Symbol('NARRATOR');
//# sourceMappingURL=narrator.js.map