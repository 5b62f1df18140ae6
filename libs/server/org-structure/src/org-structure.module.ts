import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesController, OrganizationsController, RegionsController } from './hierarchy.controllers';
import { MunicipalitiesService } from './municipalities.service';
import { Municipality } from './municipality.entity';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { Region } from './region.entity';
import { RegionsService } from './regions.service';
import { OwnerPlacementsService } from './owner-placements.service';

export const ORG_STRUCTURE_ENTITIES = [Region, Municipality, Organization];

@Module({
  imports: [TypeOrmModule.forFeature(ORG_STRUCTURE_ENTITIES)],
  controllers: [RegionsController, MunicipalitiesController, OrganizationsController],
  providers: [RegionsService, MunicipalitiesService, OrganizationsService, OwnerPlacementsService],
  exports: [RegionsService, MunicipalitiesService, OrganizationsService, OwnerPlacementsService],
})
export class OrgStructureModule {}
