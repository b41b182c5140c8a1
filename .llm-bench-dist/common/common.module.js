"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var CommonModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.CommonModule = void 0;
const common_1 = require("@nestjs/common");
const clock_1 = require("./clock");
const random_1 = require("./random");
/** The clock and the random source, swappable through their tokens. */
let CommonModule = CommonModule_1 = class CommonModule {
    static forRoot(options = {}) {
        return {
            module: CommonModule_1,
            providers: [
                { provide: clock_1.CLOCK, useValue: options.clock ?? clock_1.systemClock },
                { provide: random_1.RANDOM, useValue: options.random ?? random_1.seededRandomSource },
            ],
            exports: [clock_1.CLOCK, random_1.RANDOM],
        };
    }
};
exports.CommonModule = CommonModule;
exports.CommonModule = CommonModule = CommonModule_1 = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({})
], CommonModule);
//# sourceMappingURL=common.module.js.map