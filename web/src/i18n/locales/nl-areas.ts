import account from '../account/nl.json';
import audit from '../audit/nl.json';
import activity from '../activity/nl.json';
import content from '../content/nl.json';
import dashboard from '../dashboard/nl.json';
import feedback from '../feedback/nl.json';
import findings from '../findings/nl.json';
import privacy from '../privacy/nl.json';
import provisioning from '../provisioning/nl.json';
import rounds from '../rounds/nl.json';
import sso from '../sso/nl.json';
import workspace from '../workspace/nl.json';

/**
 * The Dutch messages of the areas behind the login (one file per area, each under its own top-level keys): loaded
 * with the first page that needs a session, not with the login page.
 */
export default function messages() {
  return {
    ...workspace,
    ...feedback,
    ...rounds,
    ...findings,
    ...activity,
    ...content,
    ...dashboard,
    ...account,
    ...provisioning,
    ...privacy,
    ...sso,
    ...audit,
  };
}
