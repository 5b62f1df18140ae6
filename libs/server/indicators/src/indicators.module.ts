import { Module } from '@nestjs/common';
import { IndicatorsController } from './catalogue/indicators.controller';

@Module({ controllers: [IndicatorsController] })
export class IndicatorsModule {}
