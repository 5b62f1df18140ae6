import { Injectable } from '@nestjs/common';
import { Actor, Placement } from '@sopr/server-core';
import { MunicipalitiesService } from './municipalities.service';
import { OrganizationsService } from './organizations.service';
import { RegionsService } from './regions.service';

/** The level a catalogue record (an event, a procedure) belongs to: what it is shared down from. */
export type OwnerLevel = 'REGION' | 'MUNICIPALITY' | 'ORGANIZATION';
export const OWNER_LEVELS: OwnerLevel[] = ['REGION', 'MUNICIPALITY', 'ORGANIZATION'];

/** Resolves `owner` + `ownerId` of a request to a placement; an owner the actor cannot see is a 404. */
@Injectable()
export class OwnerPlacementsService {
  constructor(
    private readonly regions: RegionsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly organizations: OrganizationsService,
  ) {}

  async placementOf(actor: Actor, owner: OwnerLevel, ownerId: string): Promise<Placement> {
    if (owner === 'ORGANIZATION') {
      const o = await this.organizations.organizations.findOne(actor, ownerId);
      return { regionId: o.regionId, municipalityId: o.municipalityId, organizationId: o.id };
    }
    if (owner === 'MUNICIPALITY') {
      const m = await this.municipalities.municipalities.findOne(actor, ownerId);
      return { regionId: m.regionId, municipalityId: m.id, organizationId: null };
    }
    const r = await this.regions.regions.findOne(actor, ownerId);
    return { regionId: r.id, municipalityId: null, organizationId: null };
  }
}
