import { Module } from '@nestjs/common';
import { MunicipalityResolver } from './municipality.resolver';
import { MunicipalityService } from './municipality.service';

@Module({ providers: [MunicipalityService, MunicipalityResolver], exports: [MunicipalityService] })
export class MunicipalityModule {}
