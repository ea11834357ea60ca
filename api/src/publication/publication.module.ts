import { Module } from '@nestjs/common';
import { PublicationResolver } from './publication.resolver';
import { PublicationService } from './publication.service';

@Module({ providers: [PublicationService, PublicationResolver] })
export class PublicationModule {}
