import type { RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import { Roles } from '@ambassador/shared/constants';
import { useAuthStore } from '../stores/auth.ts';

/** Admins and HR start on the rounds, an ambassador on the rounds she is asked to answer. */
function feedbackHome(): RouteLocationRaw {
  return useAuthStore().role === 'ambassador' ? { name: 'feedback-my-rounds' } : { name: 'feedback-rounds' };
}

/** Runs after the session guard, so the role is known even on the first page load. */
function trainingHome(): RouteLocationRaw {
  return useAuthStore().role === 'hr' ? { name: 'training-coverage' } : { name: 'training-calendar' };
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../views/auth/LoginView.vue'),
    meta: { guestOnly: true, titleKey: 'auth.login.title' },
  },
  {
    path: '/signup',
    name: 'signup',
    component: () => import('../views/auth/SignupView.vue'),
    meta: { guestOnly: true, titleKey: 'auth.signup.title' },
  },
  {
    path: '/invite/:token',
    name: 'accept-invite',
    component: () => import('../views/auth/AcceptInviteView.vue'),
    meta: { public: true, titleKey: 'auth.invite.title' },
  },
  {
    // The same page for links that carry the token as a query parameter.
    path: '/accept-invite',
    name: 'accept-invite-query',
    component: () => import('../views/auth/AcceptInviteView.vue'),
    meta: { public: true, titleKey: 'auth.invite.title' },
  },
  {
    // Public rather than guest-only: a reset link also works for someone still logged in on this device.
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('../views/auth/ForgotPasswordView.vue'),
    meta: { public: true, titleKey: 'account.forgot.title' },
  },
  {
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('../views/auth/ResetPasswordView.vue'),
    meta: { public: true, titleKey: 'account.reset.title' },
  },
  {
    path: '/',
    component: () => import('../components/layout/AppLayout.vue'),
    children: [
      {
        path: '',
        name: 'dashboard',
        component: () => import('../views/dashboard/DashboardView.vue'),
        meta: { roles: ['admin', 'hr'], titleKey: 'nav.dashboard' },
      },
      {
        // Everyone's own: no roles.
        path: 'profile',
        name: 'profile',
        component: () => import('../views/account/ProfileView.vue'),
        meta: { titleKey: 'account.profile.title' },
      },
      {
        path: 'notifications',
        name: 'notifications',
        component: () => import('../views/account/NotificationsView.vue'),
        meta: { titleKey: 'notifications.page.title' },
      },
      {
        path: 'me',
        name: 'my-overview',
        component: () => import('../views/me/MyOverviewView.vue'),
        meta: { roles: ['ambassador'], titleKey: 'nav.myOverview' },
      },
      {
        // HR may read the structure (no navigation item yet); importing stays with the admins.
        path: 'organisation',
        name: 'organisation',
        component: () => import('../views/organisation/OrganisationView.vue'),
        meta: { roles: ['admin', 'hr'], titleKey: 'nav.organisation' },
        redirect: { name: 'organisation-departments' },
        children: [
          {
            path: 'departments',
            name: 'organisation-departments',
            component: () => import('../views/organisation/DepartmentsView.vue'),
            meta: { titleKey: 'organisation.tabs.departments' },
          },
          {
            path: 'layers',
            name: 'organisation-layers',
            component: () => import('../views/organisation/LayersView.vue'),
            meta: { titleKey: 'organisation.tabs.layers' },
          },
          {
            path: 'employees',
            name: 'organisation-employees',
            component: () => import('../views/organisation/EmployeesView.vue'),
            meta: { titleKey: 'organisation.tabs.employees' },
          },
          {
            path: 'import',
            name: 'organisation-import',
            component: () => import('../views/organisation/ImportView.vue'),
            meta: { roles: ['admin'], titleKey: 'organisation.tabs.import' },
          },
        ],
      },
      {
        path: 'ambassadors',
        name: 'ambassadors',
        component: () => import('../views/ambassadors/AmbassadorsView.vue'),
        meta: { roles: ['admin'], titleKey: 'nav.ambassadors' },
      },
      {
        path: 'ambassadors/:id',
        name: 'ambassador-detail',
        component: () => import('../views/ambassadors/AmbassadorDetailView.vue'),
        meta: { roles: ['admin'], titleKey: 'ambassadors.detail.title' },
      },
      {
        path: 'coverage',
        name: 'coverage',
        component: () => import('../views/heatmap/CoverageView.vue'),
        meta: { roles: ['admin', 'hr'], titleKey: 'nav.coverage' },
      },
      {
        path: 'training',
        component: () => import('../views/training/TrainingView.vue'),
        meta: { roles: [...Roles], titleKey: 'nav.training' },
        children: [
          {
            // HR reads training coverage and the cascade only; everyone else starts on the calendar.
            path: '',
            name: 'training',
            component: () => import('../views/training/TrainingCalendarView.vue'),
            meta: { prefetch: false },
            beforeEnter: trainingHome,
          },
          {
            path: 'calendar',
            name: 'training-calendar',
            component: () => import('../views/training/TrainingCalendarView.vue'),
            meta: { roles: ['admin', 'ambassador'], titleKey: 'training.tabs.calendar', prefetch: false },
          },
          {
            path: 'list',
            name: 'training-list',
            component: () => import('../views/training/TrainingListView.vue'),
            meta: { roles: ['admin', 'ambassador'], titleKey: 'training.tabs.list' },
          },
          {
            path: 'planner',
            name: 'training-planner',
            component: () => import('../views/training/PlannerView.vue'),
            meta: { roles: ['admin'], titleKey: 'training.tabs.planner' },
          },
          {
            path: 'coverage',
            name: 'training-coverage',
            component: () => import('../views/training/TrainingCoverageView.vue'),
            meta: { roles: ['admin', 'hr'], titleKey: 'training.tabs.coverage' },
          },
          {
            path: 'cascade',
            name: 'training-cascade',
            component: () => import('../views/training/CascadeView.vue'),
            meta: { roles: ['admin', 'hr'], titleKey: 'training.tabs.cascade' },
          },
        ],
      },
      {
        path: 'training/sessions/:id',
        name: 'training-session',
        component: () => import('../views/training/SessionView.vue'),
        meta: { roles: ['admin', 'ambassador'], titleKey: 'training.session.title' },
      },
      {
        // The session's trainers are ambassadors; the page itself tells anyone else it is not theirs.
        path: 'training/sessions/:id/attendance',
        name: 'training-attendance',
        component: () => import('../views/training/AttendanceView.vue'),
        meta: { roles: ['admin', 'ambassador'], titleKey: 'training.attendance.title' },
      },
      {
        // Admins and HR see the network's activity; an ambassador her own, with the button to log more.
        path: 'activity',
        name: 'activity',
        component: () => import('../views/activity/ActivityView.vue'),
        meta: { roles: ['admin', 'hr', 'ambassador'], titleKey: 'nav.activity' },
      },
      {
        path: 'feedback',
        component: () => import('../views/feedback/FeedbackView.vue'),
        meta: { roles: [...Roles], titleKey: 'nav.feedback' },
        children: [
          { path: '', name: 'feedback', redirect: feedbackHome },
          {
            path: 'rounds',
            name: 'feedback-rounds',
            component: () => import('../views/feedback/RoundsView.vue'),
            meta: { roles: ['admin', 'hr'], titleKey: 'feedback.tabs.rounds' },
          },
          {
            path: 'my-rounds',
            name: 'feedback-my-rounds',
            component: () => import('../views/feedback/MyRoundsView.vue'),
            meta: { roles: ['ambassador'], titleKey: 'feedback.tabs.myRounds' },
          },
          {
            path: 'findings',
            name: 'feedback-findings',
            component: () => import('../views/feedback/FindingsBoardView.vue'),
            meta: { roles: ['admin'], titleKey: 'feedback.tabs.findings' },
          },
          {
            path: 'my-findings',
            name: 'feedback-my-findings',
            component: () => import('../views/feedback/MyFindingsView.vue'),
            meta: { roles: ['ambassador'], titleKey: 'feedback.tabs.myFindings' },
          },
          {
            path: 'we-did',
            name: 'feedback-we-did',
            component: () => import('../views/feedback/WeDidView.vue'),
            meta: { titleKey: 'feedback.tabs.weDid' },
          },
          {
            path: 'content',
            name: 'feedback-content',
            component: () => import('../views/content/ContentRegisterView.vue'),
            meta: { roles: ['admin', 'hr', 'ambassador'], titleKey: 'feedback.tabs.content' },
          },
        ],
      },
      {
        path: 'feedback/rounds/new',
        name: 'feedback-round-new',
        component: () => import('../views/feedback/RoundBuilderView.vue'),
        meta: { roles: ['admin'], titleKey: 'rounds.builder.title' },
      },
      {
        path: 'feedback/rounds/:id/edit',
        name: 'feedback-round-edit',
        component: () => import('../views/feedback/RoundBuilderView.vue'),
        meta: { roles: ['admin'], titleKey: 'rounds.builder.title' },
      },
      {
        path: 'feedback/rounds/:id',
        name: 'feedback-round',
        component: () => import('../views/feedback/RoundView.vue'),
        meta: { roles: ['admin'], titleKey: 'rounds.detail.title' },
      },
      {
        path: 'feedback/rounds/:id/results',
        name: 'feedback-round-results',
        component: () => import('../views/feedback/RoundResultsView.vue'),
        meta: { roles: ['admin', 'hr'], titleKey: 'rounds.results.title' },
      },
      {
        // Phone-first: one question at a time.
        path: 'feedback/rounds/:id/answer',
        name: 'feedback-round-answer',
        component: () => import('../views/feedback/AnswerRoundView.vue'),
        meta: { roles: ['ambassador'], titleKey: 'answer.title' },
      },
      {
        // HR's section; admins reach it through the report link on Dekking.
        path: 'reports',
        name: 'reports',
        component: () => import('../views/reports/ReportsView.vue'),
        meta: { roles: ['admin', 'hr'], titleKey: 'nav.reports' },
      },
      {
        path: 'reports/coverage',
        name: 'reports-coverage',
        component: () => import('../views/reports/CoverageReportView.vue'),
        meta: { roles: ['admin', 'hr'], titleKey: 'reports.report.title' },
      },
      {
        path: 'settings',
        component: () => import('../views/settings/SettingsView.vue'),
        meta: { roles: ['admin'] },
        children: [
          {
            path: '',
            name: 'settings-organisation',
            component: () => import('../views/settings/OrganisationSettingsView.vue'),
            meta: { titleKey: 'settings.organisation.title' },
          },
          {
            path: 'users',
            name: 'settings-users',
            component: () => import('../views/settings/UsersView.vue'),
            meta: { titleKey: 'users.title' },
          },
          {
            path: 'outbox',
            name: 'settings-outbox',
            component: () => import('../views/settings/OutboxView.vue'),
            meta: { titleKey: 'outbox.title' },
          },
          {
            path: 'provisioning',
            name: 'settings-provisioning',
            component: () => import('../views/settings/ProvisioningView.vue'),
            meta: { titleKey: 'provisioning.title' },
          },
          {
            path: 'sso',
            name: 'settings-sso',
            component: () => import('../views/settings/SsoSettingsView.vue'),
            meta: { titleKey: 'sso.title' },
          },
          {
            path: 'audit',
            name: 'settings-audit',
            component: () => import('../views/settings/AuditView.vue'),
            meta: { titleKey: 'audit.title' },
          },
        ],
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../views/common/NotFoundView.vue'),
    meta: { public: true, titleKey: 'notFound.title' },
  },
];
