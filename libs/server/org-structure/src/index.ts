export { OrgStructureModule, ORG_STRUCTURE_ENTITIES } from './org-structure.module';
export { Region } from './region.entity';
export { Municipality } from './municipality.entity';
export { Organization } from './organization.entity';
export { RegionsService } from './regions.service';
export { MunicipalitiesService } from './municipalities.service';
export { OrganizationsService, placementOfOrganization } from './organizations.service';
export { OWNER_LEVELS, OwnerLevel, OwnerPlacementsService } from './owner-placements.service';
