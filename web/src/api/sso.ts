import type { SsoSettings, SsoSettingsBody } from '@ambassador/shared';
import { http } from './http.ts';

/** The organisation's single sign-on settings (admins); never the client secret, only whether one is stored. */
export const getSsoSettings = () => http.get<SsoSettings>('/organisation/sso');

/** Saves the whole configuration; without `clientSecret` the stored one stays. */
export const saveSsoSettings = (body: SsoSettingsBody) => http.put<SsoSettings>('/organisation/sso', body);
