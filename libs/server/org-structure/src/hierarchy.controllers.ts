import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, PageQueryDto, Permission } from '@sopr/server-core';
import { CreateMunicipalityDto, MunicipalityDto, MunicipalityQueryDto, UpdateMunicipalityDto } from './dto/municipality.dto';
import { CreateOrganizationDto, OrganizationDto, OrganizationQueryDto, UpdateOrganizationDto } from './dto/organization.dto';
import { CreateRegionDto, RegionDto, UpdateRegionDto } from './dto/region.dto';
import { MunicipalitiesService } from './municipalities.service';
import { OrganizationsService } from './organizations.service';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly service: RegionsService) {}

  @Get()
  @Authenticated({ permission: Permission.REGION_READ })
  @ApiOperation({ operationId: 'listRegions', summary: 'Регионы' })
  @ApiPageResponse(RegionDto)
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<RegionDto>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.REGION_READ })
  @ApiOperation({ operationId: 'getRegion', summary: 'Регион' })
  @ApiOkResponse({ type: RegionDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<RegionDto> {
    return this.service.get(actor, id);
  }

  @Post()
  @Authenticated({ permission: Permission.REGION_WRITE })
  @ApiOperation({ operationId: 'createRegion', summary: 'Создать регион' })
  @ApiCreatedResponse({ type: RegionDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRegionDto): Promise<RegionDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.REGION_WRITE })
  @ApiOperation({ operationId: 'updateRegion', summary: 'Изменить регион' })
  @ApiOkResponse({ type: RegionDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateRegionDto): Promise<RegionDto> {
    return this.service.update(actor, id, dto);
  }
}

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly service: MunicipalitiesService) {}

  @Get()
  @Authenticated({ permission: Permission.MUNICIPALITY_READ })
  @ApiOperation({ operationId: 'listMunicipalities', summary: 'Муниципалитеты' })
  @ApiPageResponse(MunicipalityDto)
  list(@CurrentActor() actor: Actor, @Query() query: MunicipalityQueryDto): Promise<Page<MunicipalityDto>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.MUNICIPALITY_READ })
  @ApiOperation({ operationId: 'getMunicipality', summary: 'Муниципалитет' })
  @ApiOkResponse({ type: MunicipalityDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<MunicipalityDto> {
    return this.service.get(actor, id);
  }

  @Post()
  @Authenticated({ permission: Permission.MUNICIPALITY_WRITE })
  @ApiOperation({ operationId: 'createMunicipality', summary: 'Создать муниципалитет' })
  @ApiCreatedResponse({ type: MunicipalityDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMunicipalityDto): Promise<MunicipalityDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.MUNICIPALITY_WRITE })
  @ApiOperation({ operationId: 'updateMunicipality', summary: 'Изменить муниципалитет' })
  @ApiOkResponse({ type: MunicipalityDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateMunicipalityDto): Promise<MunicipalityDto> {
    return this.service.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.MUNICIPALITY_WRITE })
  @ApiOperation({ operationId: 'deleteMunicipality', summary: 'Удалить муниципалитет без организаций' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.service.remove(actor, id);
  }
}

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly service: OrganizationsService) {}

  @Get()
  @Authenticated({ permission: Permission.ORGANIZATION_READ })
  @ApiOperation({ operationId: 'listOrganizations', summary: 'Образовательные организации' })
  @ApiPageResponse(OrganizationDto)
  list(@CurrentActor() actor: Actor, @Query() query: OrganizationQueryDto): Promise<Page<OrganizationDto>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.ORGANIZATION_READ })
  @ApiOperation({ operationId: 'getOrganization', summary: 'Организация' })
  @ApiOkResponse({ type: OrganizationDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<OrganizationDto> {
    return this.service.get(actor, id);
  }

  @Post()
  @Authenticated({ permission: Permission.ORGANIZATION_WRITE })
  @ApiOperation({ operationId: 'createOrganization', summary: 'Создать организацию' })
  @ApiCreatedResponse({ type: OrganizationDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.ORGANIZATION_WRITE })
  @ApiOperation({ operationId: 'updateOrganization', summary: 'Изменить организацию' })
  @ApiOkResponse({ type: OrganizationDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.service.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.ORGANIZATION_WRITE })
  @ApiOperation({ operationId: 'deleteOrganization', summary: 'Удалить организацию без пользователей' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.service.remove(actor, id);
  }
}
