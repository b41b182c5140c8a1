"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DigestStepsModule = void 0;
const common_1 = require("@nestjs/common");
const digest_step_1 = require("./digest-step");
/**
 * The registry of digest steps. Modules that own a rule import it to register their step, and
 * the Gazette imports it to run them; Nest shares the one instance between all importers.
 */
let DigestStepsModule = class DigestStepsModule {
};
exports.DigestStepsModule = DigestStepsModule;
exports.DigestStepsModule = DigestStepsModule = __decorate([
    (0, common_1.Module)({
        providers: [digest_step_1.DigestStepRegistry],
        exports: [digest_step_1.DigestStepRegistry],
    })
], DigestStepsModule);
//# sourceMappingURL=digest-steps.module.js.map