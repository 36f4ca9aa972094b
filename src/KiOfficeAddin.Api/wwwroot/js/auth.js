// The only place that knows how the pane signs in. In Development the server signs in a fixed local user, so no token
// is needed. Entra ID (nested app authentication, MSAL createNestablePublicClientApplication) plugs in here later:
// register a provider that returns an access token for api://<client-id>/access_as_user.

let tokenProvider = async () => null;

/** Replaces how a bearer token is obtained (for example by MSAL NAA). The provider returns a token or null. */
export function useTokenProvider(provider) {
  tokenProvider = provider;
}

/** fetch with the bearer token attached; every API call goes through here. */
export async function authorizedFetch(url, init = {}) {
  const headers = new Headers(init.headers);
  const token = await tokenProvider();
  if (token) {
    headers.set("Authorization", `Bearer ${token}`);
  }
  return fetch(url, { ...init, headers, credentials: "same-origin" });
}
