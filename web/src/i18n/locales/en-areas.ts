import account from '../account/en.json';
import audit from '../audit/en.json';
import activity from '../activity/en.json';
import content from '../content/en.json';
import dashboard from '../dashboard/en.json';
import feedback from '../feedback/en.json';
import findings from '../findings/en.json';
import privacy from '../privacy/en.json';
import provisioning from '../provisioning/en.json';
import rounds from '../rounds/en.json';
import sso from '../sso/en.json';
import workspace from '../workspace/en.json';

/**
 * The English messages of the areas behind the login (one file per area, each under its own top-level keys): loaded
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
