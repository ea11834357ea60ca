import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ActionModule } from './action/action.module';
import { ActivityModule } from './activity/activity.module';
import { AdviceRequestModule } from './advice-request/advice-request.module';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { ClientCouncilModule } from './client-council/client-council.module';
import { CoreGroupModule } from './core-group/core-group.module';
import { ClockResolver } from './common/clock.resolver';
import { LocalDate } from './common/date.scalar';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { AppErrorFilter } from './graphql/app-error.filter';
import { GraphqlSetupModule } from './graphql/graphql-setup';
import { OperationInterceptor } from './graphql/operation.interceptor';
import { HealthController } from './health/health.controller';
import { MunicipalityModule } from './municipality/municipality.module';
import { PillarModule } from './pillar/pillar.module';
import { ProgrammeStatsModule } from './programme-stats/programme-stats.module';
import { ProviderModule } from './provider/provider.module';
import { PublicationModule } from './publication/publication.module';
import { RegionModule } from './region/region.module';
import { UserModule } from './user/user.module';
import { WmczSubjectModule } from './wmcz-subject/wmcz-subject.module';

@Global()
@Module({})
class DatabaseModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }],
      exports: [DataSource],
    };
  }
}

@Module({})
export class AppModule {
  /** The data source is created (and migrated) before Nest starts, so boot fails fast on a bad database. */
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSource),
        AuditModule,
        AuthModule,
        GraphqlSetupModule,
        RegionModule,
        MunicipalityModule,
        ProviderModule,
        ClientCouncilModule,
        UserModule,
        PillarModule,
        CoreGroupModule,
        ActivityModule,
        ActionModule,
        ProgrammeStatsModule,
        WmczSubjectModule,
        AdviceRequestModule,
        PublicationModule,
      ],
      controllers: [HealthController],
      providers: [
        LocalDate,
        ClockResolver,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: OperationInterceptor },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
