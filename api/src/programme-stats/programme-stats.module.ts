import { Module } from '@nestjs/common';
import { ProgrammeStatsResolver } from './programme-stats.resolver';
import { ProgrammeStatsService } from './programme-stats.service';

@Module({ providers: [ProgrammeStatsService, ProgrammeStatsResolver], exports: [ProgrammeStatsService] })
export class ProgrammeStatsModule {}
