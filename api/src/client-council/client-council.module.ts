import { Module } from '@nestjs/common';
import { ClientCouncilResolver } from './client-council.resolver';
import { ClientCouncilService } from './client-council.service';

@Module({ providers: [ClientCouncilService, ClientCouncilResolver], exports: [ClientCouncilService] })
export class ClientCouncilModule {}
