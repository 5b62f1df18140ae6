import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgStructureModule } from '@sopr/server-org-structure';
import { StaffModule } from '@sopr/server-staff';
import { DifficultyBankController } from './bank/difficulty-bank.controller';
import { DifficultyBankService } from './bank/difficulty-bank.service';
import { Deficit } from './deficits/deficit.entity';
import { DeficitsController } from './deficits/deficits.controller';
import { DeficitsService } from './deficits/deficits.service';
import { Competence } from './framework/competence.entity';
import { CompetenceFramework } from './framework/competence-framework.entity';
import { FrameworksController } from './framework/frameworks.controller';
import { FrameworksService } from './framework/frameworks.service';
import { DiagnosticProcedure } from './procedures/diagnostic-procedure.entity';
import { ProcedureCompetence } from './procedures/procedure-competence.entity';
import { ProceduresController } from './procedures/procedures.controller';
import { ProceduresService } from './procedures/procedures.service';
import { DiagnosticResult } from './results/diagnostic-result.entity';
import { ResultImport, ResultImportError, ResultImportFile } from './results/import/result-import.entity';
import { ResultImportHandlers } from './results/import/result-import.handlers';
import { ResultImportsController } from './results/import/result-imports.controller';
import { ResultImportsService } from './results/import/result-imports.service';
import { ResultsController } from './results/results.controller';
import { ResultsService } from './results/results.service';
import { Questionnaire } from './self-assessment/questionnaire.entity';
import { SelfAssessment } from './self-assessment/self-assessment.entity';
import { SelfAssessmentController } from './self-assessment/self-assessment.controller';
import { SelfAssessmentService } from './self-assessment/self-assessment.service';

export const DIAGNOSTICS_ENTITIES = [
  CompetenceFramework, Competence, DiagnosticProcedure, ProcedureCompetence, DiagnosticResult, Deficit, Questionnaire, SelfAssessment,
  ResultImport, ResultImportFile, ResultImportError,
];

@Module({
  imports: [TypeOrmModule.forFeature(DIAGNOSTICS_ENTITIES), OrgStructureModule, StaffModule],
  controllers: [FrameworksController, ProceduresController, ResultsController, ResultImportsController, DeficitsController, DifficultyBankController, SelfAssessmentController],
  providers: [FrameworksService, ProceduresService, ResultsService, ResultImportsService, ResultImportHandlers, DeficitsService, DifficultyBankService, SelfAssessmentService],
  exports: [ProceduresService, ResultsService, ResultImportsService],
})
export class DiagnosticsModule {}
