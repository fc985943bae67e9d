/** The schema URNs of SCIM 2.0 (RFC 7643, RFC 7644) this service speaks, and its own extension. */
export const SCIM = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  ambassador: 'urn:ambassador:params:scim:schemas:extension:2.0:User',
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
} as const;

export const SCIM_CONTENT_TYPE = 'application/scim+json';

/** The most users one list page holds; a client asking for more gets this many (RFC 7644 §3.4.2.4). */
export const MAX_SCIM_PAGE = 100;

/** What this service supports, for clients that ask before they provision. */
export function serviceProviderConfig(documentationUri: string) {
  return {
    schemas: [SCIM.serviceProviderConfig],
    documentationUri,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_SCIM_PAGE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'A token an administrator creates under Organisation → SCIM; sent as "Authorization: Bearer …"',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig' },
  };
}
