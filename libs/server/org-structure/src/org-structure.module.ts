import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesController, OrganizationsController, RegionsController } from './hierarchy.controllers';
import { MunicipalitiesService } from './municipalities.service';
import { Municipality } from './municipality.entity';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { Region } from './region.entity';
import { RegionsService } from './regions.service';

export const ORG_STRUCTURE_ENTITIES = [Region, Municipality, Organization];

@Module({
  imports: [TypeOrmModule.forFeature(ORG_STRUCTURE_ENTITIES)],
  controllers: [RegionsController, MunicipalitiesController, OrganizationsController],
  providers: [RegionsService, MunicipalitiesService, OrganizationsService],
  exports: [RegionsService, MunicipalitiesService, OrganizationsService],
})
export class OrgStructureModule {}
