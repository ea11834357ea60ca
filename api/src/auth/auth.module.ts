import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';

@Module({
  imports: [AuditModule],
  providers: [SessionService, AuthService, AuthResolver],
  exports: [SessionService],
})
export class AuthModule {}
