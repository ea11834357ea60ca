import { Module } from '@nestjs/common';
import { CoreGroupResolver } from './core-group.resolver';
import { CoreGroupService } from './core-group.service';

@Module({ providers: [CoreGroupService, CoreGroupResolver], exports: [CoreGroupService] })
export class CoreGroupModule {}
