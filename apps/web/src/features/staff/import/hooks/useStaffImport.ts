import {
  customFetch,
  DryRunStaffImportParams,
  getCommitStaffImportUrl,
  getDryRunStaffImportUrl,
  StaffImportReportDto,
} from '@sopr/api-client';
import { useMutation } from '@tanstack/react-query';
import { useInvalidateApi } from '../../../auth/hooks/useScope';
import { importContentType } from '../lib/import-report';

/**
 * The generated dryRunStaffImport/commitStaffImport send `JSON.stringify(blob)` («{}») as the body,
 * so the file goes through `customFetch` directly, to the generated URLs, as the raw request body.
 */
function sendFile(url: string, file: File): Promise<StaffImportReportDto> {
  return customFetch<StaffImportReportDto>(url, {
    method: 'POST',
    headers: { 'Content-Type': importContentType(file.name) },
    body: file,
  });
}

export interface ImportRequest {
  file: File;
  organizationId?: string;
}

const paramsOf = ({ organizationId }: ImportRequest): DryRunStaffImportParams => (organizationId ? { organizationId } : {});

export function useStaffImport() {
  const invalidate = useInvalidateApi();
  return {
    dryRun: useMutation({ mutationFn: (request: ImportRequest) => sendFile(getDryRunStaffImportUrl(paramsOf(request)), request.file) }),
    commit: useMutation({
      mutationFn: (request: ImportRequest) => sendFile(getCommitStaffImportUrl(paramsOf(request)), request.file),
      // The list, the cards and the composition report all live under /api/v1/staff.
      onSuccess: () => invalidate('/api/v1/staff'),
    }),
  };
}
