"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PressModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const press_release_entity_1 = require("./press-release.entity");
const press_service_1 = require("./press.service");
/** The public archive of press releases; kept apart from the digest so any module can publish. */
let PressModule = class PressModule {
};
exports.PressModule = PressModule;
exports.PressModule = PressModule = __decorate([
    (0, common_1.Module)({
        imports: [typeorm_1.TypeOrmModule.forFeature([press_release_entity_1.PressRelease])],
        providers: [press_service_1.PressService],
        exports: [press_service_1.PressService],
    })
], PressModule);
//# sourceMappingURL=press.module.js.map