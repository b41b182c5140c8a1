import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig } from './app-config';
import { validateEnvironment } from './env.validation';

/** Validates the environment once at boot and provides the typed `AppConfig` everywhere. */
@Global()
@Module({})
export class ConfigModule {
  /**
   * Reads `process.env` when called, not when this file loads, so the sandbox and tests can set
   * variables before the application is built.
   */
  static forRoot(): DynamicModule {
    return {
      module: ConfigModule,
      imports: [
        NestConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          cache: false,
          validate: validateEnvironment,
        }),
      ],
      providers: [AppConfig],
      exports: [AppConfig],
    };
  }
}
