import {
  getGetEventQueryKey,
  getListEventParticipantsQueryKey,
  getListEventsQueryKey,
  getListStaffEventsQueryKey,
  ListEventsParams,
  useAddEventParticipant,
  useCreateEvent,
  useDeleteEvent,
  useGetEvent,
  useListEventParticipants,
  useListEvents,
  useListStaffEvents,
  useRemoveEventParticipant,
  useUpdateEvent,
} from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';

export const EVENTS_PATH = '/api/v1/events';
const STAFF_PATH = '/api/v1/staff';

export function useEventList(params: ListEventsParams) {
  const scope = useScopeKey();
  return useListEvents(params, { query: { queryKey: [...scope, ...getListEventsQueryKey(params)], placeholderData: keepPreviousData } });
}

export function useEvent(id: string) {
  const scope = useScopeKey();
  return useGetEvent(id, { query: { queryKey: [...scope, ...getGetEventQueryKey(id)] } });
}

export function useEventParticipants(id: string) {
  const scope = useScopeKey();
  return useListEventParticipants(id, { query: { queryKey: [...scope, ...getListEventParticipantsQueryKey(id)] } });
}

/** The events a staff member took part in (GET /staff/{id}/events). */
export function useStaffEvents(staffMemberId: string) {
  const scope = useScopeKey();
  return useListStaffEvents(staffMemberId, { query: { queryKey: [...scope, ...getListStaffEventsQueryKey(staffMemberId)] } });
}

/** Create, change and delete events; each refreshes the lists, the event pages and staff cards' events. */
export function useEventMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(EVENTS_PATH, STAFF_PATH);
  return {
    create: useCreateEvent({ mutation: { onSuccess } }),
    update: useUpdateEvent({ mutation: { onSuccess } }),
    remove: useDeleteEvent({ mutation: { onSuccess } }),
  };
}

/** Participants of an event; a change also refreshes «Участие в мероприятиях» on staff cards. */
export function useParticipantMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(EVENTS_PATH, STAFF_PATH);
  return {
    add: useAddEventParticipant({ mutation: { onSuccess } }),
    remove: useRemoveEventParticipant({ mutation: { onSuccess } }),
  };
}
