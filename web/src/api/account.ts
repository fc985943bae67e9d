import type { ChangePasswordBody, Preferences, PreferencesPatch } from '@ambassador/shared';
import { http } from './http.ts';

/** Her name, language and how she wants each kind of mail. */
export const getPreferences = (signal?: AbortSignal) => http.get<Preferences>('/me/preferences', undefined, signal);

/** Only what changed; security kinds stay `immediate` whatever is sent. */
export const updatePreferences = (body: PreferencesPatch) => http.patch<Preferences>('/me/preferences', body);

/** A wrong current password is refused with a problem on `currentPassword`. */
export const changePassword = (body: ChangePasswordBody) => http.post<void>('/me/password', body);
