import type { InvitePreview, MeResponse, Organisation, Role, SignupBody, User } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as authApi from '../api/auth.ts';
import { isApiError } from '../api/http.ts';

export const useAuthStore = defineStore('auth', () => {
  // Kept in memory only: a token in localStorage would be readable by any injected script.
  const accessToken = ref<string | null>(null);
  const user = ref<User | null>(null);
  const organisation = ref<Organisation | null>(null);
  const employee = ref<MeResponse['employee'] | null>(null);
  const ambassador = ref<MeResponse['ambassador'] | null>(null);
  let bootstrapping: Promise<void> | null = null;

  const isAuthenticated = computed(() => user.value !== null && accessToken.value !== null);
  const role = computed<Role | null>(() => user.value?.role ?? null);

  /** Every new token (login, signup, invitation, refresh) means the server holds a refresh cookie for us. */
  function setAccessToken(token: string): void {
    accessToken.value = token;
    authApi.markSession(true);
  }

  function applyMe(me: MeResponse): void {
    user.value = me.user;
    organisation.value = me.organisation;
    employee.value = me.employee ?? null;
    ambassador.value = me.ambassador ?? null;
  }

  /** Forgets the user in this page only; the refresh cookie (and its marker) may still be good. */
  function forgetUser(): void {
    accessToken.value = null;
    user.value = null;
    organisation.value = null;
    employee.value = null;
    ambassador.value = null;
  }

  /** The session is over (logout, a refused refresh): the next page load need not ask for a refresh. */
  function clearSession(): void {
    authApi.markSession(false);
    forgetUser();
  }

  async function loadMe(): Promise<void> {
    applyMe(await authApi.getMe());
  }

  /** Logged in by the server (login, signup, accepted invitation): the token arrives, the rest comes from /me. */
  async function startSession(token: string): Promise<void> {
    setAccessToken(token);
    try {
      await loadMe();
    } catch (error) {
      // The server did set the refresh cookie; only /me failed, so the next load may still restore the session.
      forgetUser();
      throw error;
    }
  }

  /**
   * Restores the session from the httpOnly refresh cookie. Runs once; the router waits for it before the
   * first navigation, so guards see the real state. No cookie, or a refused one, means anonymous. A device that
   * never logged in, or logged out, does not ask at all (see markSession in api/auth.ts).
   */
  function bootstrap(): Promise<void> {
    bootstrapping ??= (async () => {
      if (authApi.sessionSurelyAbsent()) return;
      try {
        const token = await authApi.refreshAccessToken();
        await startSession(token);
      } catch (error) {
        // Only the server's "no valid refresh cookie" ends the session for good; a network blip or an outage
        // leaves this load anonymous and the next one asks again.
        if (isApiError(error) && error.status === 401) clearSession();
        else forgetUser();
      }
    })();
    return bootstrapping;
  }

  async function login(email: string, password: string): Promise<void> {
    const result = await authApi.login({ email, password });
    await startSession(result.accessToken);
  }

  /**
   * Where to log in for this address: the identity provider's page (single sign-on), or null for a password. The
   * page sends the browser there; the provider sends it back to the server, which sets the refresh cookie.
   */
  async function startSso(email: string): Promise<string | null> {
    const answer = await authApi.startSso(email);
    return answer?.sso ? answer.redirectUrl : null;
  }

  /** Back from the identity provider: the server has set the refresh cookie, which now becomes the session. */
  async function completeSso(): Promise<void> {
    const token = await authApi.refreshAccessToken();
    await startSession(token);
  }

  async function signup(body: SignupBody): Promise<void> {
    const result = await authApi.signup(body);
    await startSession(result.accessToken);
  }

  /** What an invitation link is for (organisation, role, until when), before its password is chosen. */
  function getInvite(token: string): Promise<InvitePreview> {
    return authApi.getInvite(token);
  }

  async function acceptInvite(token: string, password: string): Promise<void> {
    const result = await authApi.acceptInvite({ token, password });
    await startSession(result.accessToken);
  }

  /** Asks for a reset link; the server answers the same whether or not the address is known. */
  async function forgotPassword(email: string): Promise<void> {
    await authApi.forgotPassword({ email });
  }

  /** Sets a new password with the mailed token and logs in with the session that comes back. */
  async function resetPassword(token: string, password: string): Promise<void> {
    const result = await authApi.resetPassword({ token, password });
    await startSession(result.accessToken);
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout();
    } catch (error) {
      // The session ends here regardless; the cookie expires on its own if the server missed the call.
      if (!isApiError(error)) throw error;
    } finally {
      clearSession();
    }
  }

  function setOrganisation(next: Organisation): void {
    organisation.value = next;
  }

  /** After she renamed herself on her profile: the top bar follows without asking /me again. */
  function setUserName(name: string): void {
    if (user.value) user.value = { ...user.value, name };
  }

  return {
    accessToken,
    user,
    organisation,
    employee,
    ambassador,
    isAuthenticated,
    role,
    setAccessToken,
    clearSession,
    loadMe,
    bootstrap,
    login,
    startSso,
    completeSso,
    signup,
    getInvite,
    acceptInvite,
    forgotPassword,
    resetPassword,
    logout,
    setOrganisation,
    setUserName,
  };
});
