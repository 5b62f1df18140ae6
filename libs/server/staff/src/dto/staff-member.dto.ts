import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsEmail, IsEnum, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID,
  Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { PageQueryDto, QueryBoolean } from '@sopr/server-core';
import { AgeGroup, EducationLevel, Employment, ExperienceGroup, Gender, PositionCode, QualificationCategory } from '@sopr/shared';


export class StaffPositionInputDto {
  @ApiProperty({ enum: PositionCode, enumName: 'PositionCode', example: PositionCode.TEACHER })
  @IsEnum(PositionCode)
  position: PositionCode;

  @ApiPropertyOptional({ example: 18, nullable: true, type: Number, description: 'Недельная нагрузка, часов' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(60)
  weeklyHours?: number | null;
}

export class StaffSubjectInputDto {
  @ApiProperty({ format: 'uuid', description: 'Предмет из справочника /subjects' })
  @IsUUID()
  subjectId: string;

  @ApiPropertyOptional({ example: true, default: true, description: 'Образование соответствует профилю предмета' })
  @IsOptional() @IsBoolean()
  profileMatch?: boolean;
}

export class CreateStaffMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ example: '112-233-445 95', description: 'СНИЛС (проверяется контрольное число)' })
  @IsString() @MaxLength(14)
  snils: string;

  @ApiProperty({ example: 'Пестова' }) @IsString() @IsNotEmpty() @MaxLength(80) lastName: string;
  @ApiProperty({ example: 'Анна' }) @IsString() @IsNotEmpty() @MaxLength(80) firstName: string;
  @ApiPropertyOptional({ example: 'Сергеевна', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(80) middleName?: string | null;

  @ApiProperty({ enum: Gender, enumName: 'Gender', example: Gender.FEMALE }) @IsEnum(Gender) gender: Gender;
  @ApiProperty({ example: '1990-04-12', description: 'Дата рождения' }) @IsDateString({ strict: true }) birthDate: string;

  @ApiPropertyOptional({ example: 'pestova@school1.ru', nullable: true, type: String }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
  @ApiPropertyOptional({ example: '+7 912 000-00-00', nullable: true, type: String })
  @IsOptional() @Matches(/^[+\d][\d\s()-]{5,30}$/, { context: { message: 'Телефон: цифры, пробелы, скобки и дефисы' } })
  phone?: string | null;

  @ApiProperty({ enum: EducationLevel, enumName: 'EducationLevel', example: EducationLevel.HIGHER }) @IsEnum(EducationLevel) educationLevel: EducationLevel;
  @ApiPropertyOptional({ example: 'Учитель математики и информатики', nullable: true, type: String })
  @IsOptional() @IsString() @MaxLength(200)
  educationSpecialty?: string | null;

  @ApiProperty({ example: '2013-09-01', description: 'Начало педагогического стажа' }) @IsDateString({ strict: true }) teachingSince: string;

  @ApiPropertyOptional({ enum: QualificationCategory, enumName: 'QualificationCategory', default: QualificationCategory.NONE })
  @IsOptional() @IsEnum(QualificationCategory)
  category?: QualificationCategory;

  @ApiPropertyOptional({ example: '2022-03-15', nullable: true, type: String, description: 'Дата присвоения категории (действует 5 лет)' })
  @IsOptional() @IsDateString({ strict: true })
  categoryAssignedOn?: string | null;

  @ApiPropertyOptional({ enum: Employment, enumName: 'Employment', default: Employment.MAIN }) @IsOptional() @IsEnum(Employment) employment?: Employment;
  @ApiProperty({ example: '2013-09-01', description: 'Дата приёма' }) @IsDateString({ strict: true }) hiredOn: string;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: 'Дата увольнения' }) @IsOptional() @IsDateString({ strict: true }) dismissedOn?: string | null;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() isTutor?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() isSupervisor?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() isExpert?: boolean;
  @ApiPropertyOptional({ example: 'portal-77-1001', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(64) externalId?: string | null;

  @ApiProperty({ type: [StaffPositionInputDto], description: 'Должности (хотя бы одна)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => StaffPositionInputDto)
  positions: StaffPositionInputDto[];

  @ApiPropertyOptional({ type: [StaffSubjectInputDto], description: 'Преподаваемые предметы' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => StaffSubjectInputDto)
  subjects?: StaffSubjectInputDto[];
}

export class UpdateStaffMemberDto extends PartialType(OmitType(CreateStaffMemberDto, ['organizationId'] as const)) {}

export class UpdateStaffContactsDto {
  @ApiPropertyOptional({ example: 'pestova@school1.ru', nullable: true, type: String }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
  @ApiPropertyOptional({ example: '+7 912 000-00-00', nullable: true, type: String })
  @IsOptional() @Matches(/^[+\d][\d\s()-]{5,30}$/, { context: { message: 'Телефон: цифры, пробелы, скобки и дефисы' } })
  phone?: string | null;
}

export class StaffQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() subjectId?: string;
  @ApiPropertyOptional({ enum: PositionCode, enumName: 'PositionCode' }) @IsOptional() @IsEnum(PositionCode) position?: PositionCode;
  @ApiPropertyOptional({ enum: AgeGroup, enumName: 'AgeGroup' }) @IsOptional() @IsEnum(AgeGroup) ageGroup?: AgeGroup;
  @ApiPropertyOptional({ enum: ExperienceGroup, enumName: 'ExperienceGroup' }) @IsOptional() @IsEnum(ExperienceGroup) experienceGroup?: ExperienceGroup;
  @ApiPropertyOptional({ enum: QualificationCategory, enumName: 'QualificationCategory', description: 'Действующая категория на дату' })
  @IsOptional() @IsEnum(QualificationCategory)
  category?: QualificationCategory;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @QueryBoolean() @IsBoolean() youngSpecialist?: boolean;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @QueryBoolean() @IsBoolean() under35?: boolean;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @QueryBoolean() @IsBoolean() pensionAge?: boolean;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @QueryBoolean() @IsBoolean() trainedInLast3Years?: boolean;
  @ApiPropertyOptional({ enum: ['active', 'dismissed', 'all'], default: 'active', description: 'Работающие на дату, уволенные или все' })
  @IsOptional() @IsIn(['active', 'dismissed', 'all'])
  status?: 'active' | 'dismissed' | 'all';
  @ApiPropertyOptional({ example: '2026-09-01', description: 'Дата, на которую считаются возраст, стаж и категории (по умолчанию сегодня)' })
  @IsOptional() @IsDateString({ strict: true })
  asOf?: string;
}

/** The list's filters and sort without paging: an export is exactly the filtered list. */
export class StaffExportQueryDto extends OmitType(StaffQueryDto, ['limit', 'offset'] as const) {}

export class StaffPositionDto {
  @ApiProperty({ enum: PositionCode, enumName: 'PositionCode' }) position: PositionCode;
  @ApiProperty({ nullable: true, type: Number }) weeklyHours: number | null;
}

export class StaffSubjectDto {
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() subjectName: string;
  @ApiProperty() profileMatch: boolean;
}

/** Derived on the as-of date; never stored. */
export class StaffDerivedDto {
  @ApiProperty({ example: 36 }) age: number;
  @ApiProperty({ enum: AgeGroup, enumName: 'AgeGroup' }) ageGroup: AgeGroup;
  @ApiProperty() under35: boolean;
  @ApiProperty({ example: 13 }) experienceYears: number;
  @ApiProperty({ enum: ExperienceGroup, enumName: 'ExperienceGroup' }) experienceGroup: ExperienceGroup;
  @ApiProperty({ description: 'Молодой специалист: стаж меньше 3 полных лет' }) youngSpecialist: boolean;
  @ApiProperty() pensionAge: boolean;
  @ApiProperty() trainedInLast3Years: boolean;
  @ApiProperty() categoryValid: boolean;
  @ApiProperty({ nullable: true, type: String, example: '2027-03-15' }) categoryExpiresOn: string | null;
  @ApiProperty({ description: 'Работает на дату' }) active: boolean;
}

export class StaffMemberListItemDto extends StaffDerivedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ example: 'Пестова Анна Сергеевна' }) fullName: string;
  @ApiProperty({ example: '***-***-*** 95', description: 'СНИЛС, скрытый в списках' }) snilsMasked: string;
  @ApiProperty({ enum: Gender, enumName: 'Gender' }) gender: Gender;
  @ApiProperty({ example: '1990-04-12' }) birthDate: string;
  @ApiProperty({ enum: QualificationCategory, enumName: 'QualificationCategory' }) category: QualificationCategory;
  @ApiProperty({ enum: EducationLevel, enumName: 'EducationLevel' }) educationLevel: EducationLevel;
  @ApiProperty({ enum: Employment, enumName: 'Employment' }) employment: Employment;
  @ApiProperty({ type: [String], example: ['TEACHER'] }) positions: PositionCode[];
  @ApiProperty({ type: [String], example: ['Математика'] }) subjects: string[];
  @ApiProperty({ nullable: true, type: String }) dismissedOn: string | null;
}

export class StaffMemberDto extends StaffMemberListItemDto {
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ nullable: true, type: String }) middleName: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) educationSpecialty: string | null;
  @ApiProperty() teachingSince: string;
  @ApiProperty({ nullable: true, type: String }) categoryAssignedOn: string | null;
  @ApiProperty() hiredOn: string;
  @ApiProperty() isTutor: boolean;
  @ApiProperty() isSupervisor: boolean;
  @ApiProperty() isExpert: boolean;
  @ApiProperty({ nullable: true, type: String }) externalId: string | null;
  @ApiProperty({ type: [StaffPositionDto] }) positionDetails: StaffPositionDto[];
  @ApiProperty({ type: [StaffSubjectDto] }) subjectDetails: StaffSubjectDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class StaffSnilsDto {
  @ApiProperty({ example: '112-233-445 95' }) snils: string;
}

export class SubjectDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MATH' }) code: string;
  @ApiProperty({ example: 'Математика' }) name: string;
}
