import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '@sopr/shared';

export const PASSWORD_MIN_LENGTH = 10;

export class LoginDto {
  @ApiProperty({ example: 'metodist@demo.sopr.ru' })
  @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Demo-2026!', format: 'password' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'Refresh-токен, выданный при входе или прошлом обновлении' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', example: 'Demo-2026!' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, example: 'New-password-2026' })
  @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(200)
  newPassword: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) regionId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) regionName: string | null;
  @ApiProperty({ nullable: true, type: String }) municipalityName: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) staffMemberId: string | null;
  @ApiProperty({ type: [String], description: 'Разрешения роли' }) permissions: string[];
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ example: 900, description: 'Срок жизни access-токена, секунд' }) expiresIn: number;
  @ApiProperty({ type: MeDto }) user: MeDto;
}
