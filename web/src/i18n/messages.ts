import enActivity from './activity/en.json';
import enContent from './content/en.json';
import enDashboard from './dashboard/en.json';
import enCore from './en.json';
import enFeedback from './feedback/en.json';
import enFindings from './findings/en.json';
import enRounds from './rounds/en.json';
import nlActivity from './activity/nl.json';
import nlContent from './content/nl.json';
import nlDashboard from './dashboard/nl.json';
import nlCore from './nl.json';
import nlFeedback from './feedback/nl.json';
import nlFindings from './findings/nl.json';
import nlRounds from './rounds/nl.json';

/** Every message of a language: the core file plus one file per area, each under its own top-level keys. */
export const nl = { ...nlCore, ...nlFeedback, ...nlRounds, ...nlFindings, ...nlActivity, ...nlContent, ...nlDashboard };
export const en = { ...enCore, ...enFeedback, ...enRounds, ...enFindings, ...enActivity, ...enContent, ...enDashboard };
