import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto, QueryBoolean } from '@sopr/server-core';
import { Role } from '@sopr/shared';
import { User } from '../users/user.entity';
import { PASSWORD_MIN_LENGTH } from './auth.dto';

/** Roles a person can hold; INTEGRATION is for API keys only. */
export const USER_ROLES = Object.values(Role).filter((role) => role !== Role.INTEGRATION);

export class CreateUserDto {
  @ApiProperty({ example: 'ivanova@school1.ru' })
  @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Иванова Мария Петровна', maxLength: 200 })
  @IsString() @IsNotEmpty() @MaxLength(200)
  fullName: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole', example: Role.TEACHER })
  @IsEnum(USER_ROLES.reduce((all, role) => ({ ...all, [role]: role }), {}))
  role: Role;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, example: 'Start-password-2026' })
  @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Регион (для регионального администратора)' })
  @IsOptional() @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Муниципалитет (для ролей муниципального уровня)' })
  @IsOptional() @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Организация (для педагога и администратора ОО)' })
  @IsOptional() @IsUUID()
  organizationId?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Иванова Мария Петровна', maxLength: 200 })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ example: 'ivanova@school1.ru' })
  @IsOptional() @IsEmail() @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: true, description: 'false — заблокировать вход' })
  @IsOptional() @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ format: 'password', minLength: PASSWORD_MIN_LENGTH, description: 'Новый пароль (сброс администратором)' })
  @IsOptional() @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(200)
  password?: string;
}


export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional() @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional() @QueryBoolean() @IsBoolean()
  active?: boolean;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) regionId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(user: User): UserDto {
    return {
      id: user.id, email: user.email, fullName: user.fullName, role: user.role, regionId: user.regionId,
      municipalityId: user.municipalityId, organizationId: user.organizationId, active: user.active,
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null, createdAt: user.createdAt.toISOString(),
    };
  }
}
