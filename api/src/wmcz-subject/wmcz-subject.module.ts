import { Module } from '@nestjs/common';
import { WmczSubjectResolver } from './wmcz-subject.resolver';
import { WmczSubjectService } from './wmcz-subject.service';

@Module({ providers: [WmczSubjectService, WmczSubjectResolver], exports: [WmczSubjectService] })
export class WmczSubjectModule {}
